"""Walking a validated tree: next node, decide, every path, and what would change a result.

Answers are a mapping from question id to option id. Only the answers on the path taken
count; an answer to a question the path never reaches is reported as an error, so a typo
in a command line or a tampered link is never silently dropped.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator, Mapping

from .errors import AnswerError
from .model import Option, Outcome, Question, Tree


@dataclass(frozen=True, kw_only=True)
class Step:
    """One answered question on a path."""

    question: Question
    option: Option


@dataclass(frozen=True, kw_only=True)
class Decision:
    """Where a complete set of answers leads: the outcome and the path taken."""

    outcome: Outcome
    path: tuple[Step, ...]

    @property
    def answers(self) -> dict[str, str]:
        """The answers on the path, in the order asked."""
        return {step.question.id: step.option.id for step in self.path}


@dataclass(frozen=True, kw_only=True)
class Alternative:
    """What a single different answer would lead to.

    ``outcome`` is set when the other answers already decide the result; otherwise
    ``next_question`` is the first question that would still need an answer.
    """

    question: Question
    option: Option
    outcome: Outcome | None
    next_question: Question | None


# Walking ---------------------------------------------------------------------------


def start(tree: Tree) -> Question:
    """The first question."""
    return _question(tree, tree.start)


def next_node(tree: Tree, question_id: str, option_id: str) -> Question | Outcome:
    """The node an answer leads to, or AnswerError naming the unknown question or option."""
    question = _question(tree, question_id)
    option = question.option(option_id)
    if option is None:
        choices = tuple(o.id for o in question.options)
        raise AnswerError(
            f"unknown answer {option_id!r} to question {question_id!r} (must be one of {list(choices)})",
            question=question_id,
            choices=choices,
        )
    return tree.question(option.next) or tree.outcome(option.next)  # type: ignore[return-value]


def walk(tree: Tree, answers: Mapping[str, str]) -> tuple[tuple[Step, ...], Question | Outcome]:
    """Follow the answers from the start as far as they go: the steps and the node reached."""
    node: Question | Outcome = start(tree)
    steps: list[Step] = []
    while isinstance(node, Question) and node.id in answers:
        following = next_node(tree, node.id, answers[node.id])
        steps.append(Step(question=node, option=node.option(answers[node.id])))  # type: ignore[arg-type]
        node = following
    return tuple(steps), node


def decide(tree: Tree, answers: Mapping[str, str]) -> Decision:
    """The outcome and path for a complete set of answers.

    Raises AnswerError for an unknown question, an unknown answer, an answer to a question
    off the path, or answers that stop before an outcome (naming the question to answer next).
    """
    for question_id in answers:
        _question(tree, question_id)
    steps, node = walk(tree, answers)
    if isinstance(node, Question):
        choices = tuple(o.id for o in node.options)
        raise AnswerError(
            f"the answers stop before an outcome: question {node.id!r} needs an answer (one of {list(choices)})",
            question=node.id,
            choices=choices,
        )
    off_path = [q for q in answers if q not in {s.question.id for s in steps}]
    if off_path:
        raise AnswerError(
            f"question {off_path[0]!r} is not on the path these answers take "
            f"(the path asks {[s.question.id for s in steps]})",
            question=off_path[0],
        )
    return Decision(outcome=node, path=steps)


def paths(tree: Tree) -> Iterator[Decision]:
    """Every root-to-outcome path, in declaration order (depth first)."""

    def extend(node_id: str, so_far: tuple[Step, ...]) -> Iterator[Decision]:
        outcome = tree.outcome(node_id)
        if outcome is not None:
            yield Decision(outcome=outcome, path=so_far)
            return
        question = _question(tree, node_id)
        for option in question.options:
            yield from extend(option.next, so_far + (Step(question=question, option=option),))

    yield from extend(tree.start, ())


def what_would_change(tree: Tree, decision: Decision) -> tuple[Alternative, ...]:
    """For each answer on the path, where each other option would lead if only it changed."""
    alternatives = []
    for step in decision.path:
        for option in step.question.options:
            if option.id == step.option.id:
                continue
            changed = {**decision.answers, step.question.id: option.id}
            _, node = walk(tree, changed)
            alternatives.append(
                Alternative(
                    question=step.question,
                    option=option,
                    outcome=node if isinstance(node, Outcome) else None,
                    next_question=node if isinstance(node, Question) else None,
                )
            )
    return tuple(alternatives)


# Helper functions ----------------------------------------------------------------


def _question(tree: Tree, question_id: str) -> Question:
    question = tree.question(question_id)
    if question is None:
        choices = tuple(q.id for q in tree.questions)
        raise AnswerError(
            f"unknown question {question_id!r} (must be one of {list(choices)})",
            question=question_id,
            choices=choices,
        )
    return question
