"""The quiz in a terminal: numbered answers, back and quit. Input and output are injected."""

from __future__ import annotations

import re
from typing import Callable, Mapping, TextIO

from .engine import SEPARATOR, Decision, decide, walk
from .model import Question, Tree


def ask(tree: Tree, ui: Mapping[str, str], *, input_fn: Callable[[str], str], output: TextIO) -> Decision | None:
    """Ask until an outcome is reached; None when the reader quits (or input ends).

    The words come from the catalogue's interface texts (``cli-*``), in the tree's language.
    """
    answers: dict[str, str] = {}
    print(ui["cli-title"].format(title=tree.title, version=tree.version), ui["cli-help"], sep="\n", file=output)
    while True:
        _, node = walk(tree, answers)
        if not isinstance(node, Question):
            return decide(tree, answers)
        _show(node, len(answers) + 1, ui, output)
        reply = _read(input_fn)
        if reply in ("q", "quit", None):
            print(ui["cli-stopped"], file=output)
            return None
        if reply in ("b", "back"):
            if answers:
                answers.popitem()  # dicts keep insertion order: the last answer given
            else:
                print(ui["cli-first-question"], file=output)
            continue
        choice = _choice(node, reply)
        if choice is None:
            template = ui["cli-not-answers" if node.is_multiple else "cli-not-an-answer"]
            print(template.format(reply=repr(reply), most=len(node.options)), file=output)
            continue
        answers[node.id] = choice


def _show(question: Question, number: int, ui: Mapping[str, str], output: TextIO) -> None:
    print("\n" + ui["cli-question"].format(number=number, text=question.text, why=question.why), file=output)
    if question.is_multiple:
        print("  " + ui["cli-help-checklist"], file=output)
    for index, option in enumerate(question.options, start=1):
        print(f"  {index}. {option.label}", file=output)


def _read(input_fn: Callable[[str], str]) -> str | None:
    try:
        return input_fn("> ").strip().lower()
    except EOFError:
        return None


def _choice(question: Question, reply: str) -> str | None:
    """The answer a reply names (by number or id), or None when it names none validly."""
    parts = [p for p in re.split(r"[\s,]+", reply) if p] if question.is_multiple else [reply]
    chosen = [_option_id(question, part) for part in parts]
    if not chosen or None in chosen or len(set(chosen)) != len(chosen):
        return None
    options = [o for o in question.options if o.id in chosen]
    if len(options) > 1 and any(o.exclusive for o in options):
        return None
    return SEPARATOR.join(o.id for o in options)


def _option_id(question: Question, part: str) -> str | None:
    if part.isdigit() and 1 <= int(part) <= len(question.options):
        return question.options[int(part) - 1].id
    return next((o.id for o in question.options if o.id == part), None)
