"""The quiz in a terminal: numbered answers, back and quit. Input and output are injected."""

from __future__ import annotations

from typing import Callable, TextIO

from .engine import Decision, decide, next_node, start
from .model import Question, Tree

HELP = "Type the number of an answer, 'b' to go back or 'q' to quit."


def ask(tree: Tree, *, input_fn: Callable[[str], str], output: TextIO) -> Decision | None:
    """Ask until an outcome is reached; None when the reader quits (or input ends)."""
    answers: dict[str, str] = {}
    print(f"{tree.title} (tree version {tree.version})\n{HELP}", file=output)
    while True:
        question = _current(tree, answers)
        if question is None:
            return decide(tree, answers)
        _show(question, len(answers) + 1, output)
        reply = _read(input_fn)
        if reply in ("q", "quit", None):
            print("Stopped; no outcome.", file=output)
            return None
        if reply in ("b", "back"):
            if answers:
                answers.popitem()  # dicts keep insertion order: the last answer given
            else:
                print("This is the first question.", file=output)
            continue
        choice = _choice(question, reply)
        if choice is None:
            print(f"{reply!r} is not an answer here. Type 1 to {len(question.options)}, 'b' or 'q'.", file=output)
            continue
        answers[question.id] = choice


def _current(tree: Tree, answers: dict[str, str]) -> Question | None:
    node = start(tree)
    for question_id, option_id in answers.items():
        node = next_node(tree, question_id, option_id)
    return node if isinstance(node, Question) else None


def _show(question: Question, number: int, output: TextIO) -> None:
    print(f"\nQuestion {number}: {question.text}\n  ({question.why})", file=output)
    for index, option in enumerate(question.options, start=1):
        print(f"  {index}. {option.label}", file=output)


def _read(input_fn: Callable[[str], str]) -> str | None:
    try:
        return input_fn("> ").strip().lower()
    except EOFError:
        return None


def _choice(question: Question, reply: str) -> str | None:
    if reply.isdigit() and 1 <= int(reply) <= len(question.options):
        return question.options[int(reply) - 1].id
    return next((o.id for o in question.options if o.id == reply), None)
