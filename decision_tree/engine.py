"""Walking a validated tree: next node, decide, every path, and what would change a result.

Answers are a mapping from question id to answer: an option id for a choice question, and
for a checklist the ids of the chosen options joined by ``.`` in the order the checklist lists
them (``cite-sources.exact-identifiers``), or its exclusive option alone (``none``). Only the
answers on the path taken count; an answer to a question the path never reaches is an
error, so a typo in a command line or a tampered link is never silently dropped.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator, Mapping

from .errors import AnswerError
from .model import BOLDNESS, Option, Outcome, Question, Tree

SEPARATOR = "."  # joins the answers to a checklist; option ids are slugs and never contain it


@dataclass(frozen=True, kw_only=True)
class Step:
    """One answered question on a path: one option, or for a checklist any number of them."""

    question: Question
    options: tuple[Option, ...]

    @property
    def option(self) -> Option:
        """The answer to a choice question (the first answer of a checklist)."""
        return self.options[0]

    @property
    def answer(self) -> str:
        """The answer as written in permalinks and on the command line."""
        return SEPARATOR.join(o.id for o in self.options)


@dataclass(frozen=True, kw_only=True)
class Decision:
    """Where a complete set of answers leads: the outcome and the path taken."""

    outcome: Outcome
    path: tuple[Step, ...]

    @property
    def answers(self) -> dict[str, str]:
        """The answers on the path, in the order asked."""
        return {step.question.id: step.answer for step in self.path}


@dataclass(frozen=True, kw_only=True)
class Alternative:
    """What a single different answer would lead to.

    ``outcome`` is set when the other answers already decide the result; otherwise
    ``next_question`` is the first question that would still need an answer. ``effect`` says
    how far the change reaches: ``"verdict"`` (it changes, or may change, the verdict),
    ``"outcome"`` (another outcome with the same verdict) or ``"none"``.
    """

    question: Question
    option: Option
    outcome: Outcome | None
    next_question: Question | None
    effect: str


# Walking ---------------------------------------------------------------------------


def start(tree: Tree) -> Question:
    """The first question."""
    return _question(tree, tree.start)


def next_node(tree: Tree, question_id: str, option_id: str) -> Question | Outcome:
    """The node a choice answer leads to, or AnswerError naming the unknown question or option."""
    question = _question(tree, question_id)
    return _following(tree, parse_answer(question, option_id))


def parse_answer(question: Question, answer: str) -> tuple[Option, ...]:
    """The options an answer names, or AnswerError saying what the question accepts."""
    parts = answer.split(SEPARATOR) if question.is_checklist else [answer]
    options = [question.option(part) for part in parts]
    choices = tuple(o.id for o in question.options)
    unknown = next((part for part, option in zip(parts, options) if option is None), None)
    if unknown is not None:
        how = "any of them joined by '.', or the exclusive one alone" if question.is_checklist else "one of them"
        raise AnswerError(
            f"unknown answer {unknown!r} to question {question.id!r} (must be {how}: {list(choices)})",
            question=question.id,
            choices=choices,
        )
    chosen = tuple(o for o in question.options if o in options)  # the checklist's order, once each
    if len(chosen) != len(parts):
        raise AnswerError(f"answer {answer!r} to question {question.id!r} names an option twice", question=question.id, choices=choices)
    if len(chosen) > 1 and any(o.exclusive for o in chosen):
        raise AnswerError(
            f"answer {answer!r} to question {question.id!r} combines {[o.id for o in chosen if o.exclusive][0]!r}, "
            "which stands alone, with other answers",
            question=question.id,
            choices=choices,
        )
    return chosen


def route(tree: Tree, answers: Mapping[str, str]) -> tuple[tuple[Step, ...], Question | Outcome]:
    """Follow the choice answers from the start: the steps, and the outcome or next question."""
    node: Question | Outcome = start(tree)
    steps: list[Step] = []
    while isinstance(node, Question) and node.id in answers:
        options = parse_answer(node, answers[node.id])
        following = _following(tree, options)
        steps.append(Step(question=node, options=options))
        node = following
    return tuple(steps), node


def walk(tree: Tree, answers: Mapping[str, str]) -> tuple[tuple[Step, ...], Question | Outcome]:
    """Like ``route``, then through the reached outcome's checklists: the node is the outcome
    once every checklist is answered, else the first unanswered checklist."""
    steps, node = route(tree, answers)
    if isinstance(node, Question):
        return steps, node
    for checklist_id in node.checklists:
        checklist = _question(tree, checklist_id)
        if checklist_id not in answers:
            return steps, checklist
        steps += (Step(question=checklist, options=parse_answer(checklist, answers[checklist_id])),)
    return steps, node


def decide(tree: Tree, answers: Mapping[str, str]) -> Decision:
    """The outcome and path for a complete set of answers.

    Raises AnswerError for an unknown question, an unknown answer, an answer to a question
    off the path, or answers that stop before the result (naming the question to answer next).
    """
    for question_id in answers:
        _question(tree, question_id)
    steps, node = walk(tree, answers)
    if isinstance(node, Question):
        choices = tuple(o.id for o in node.options)
        how = "any of them joined by '.'" if node.is_checklist else "one of them"
        raise AnswerError(
            f"the answers stop before the result: question {node.id!r} needs an answer ({how}: {list(choices)})",
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
    """Every root-to-outcome path, in declaration order (depth first); a checklist on the way
    is answered with its exclusive option (or its first one when it has none)."""

    def extend(node_id: str, so_far: tuple[Step, ...]) -> Iterator[Decision]:
        outcome = tree.outcome(node_id)
        if outcome is not None:
            checklists = tuple(_question(tree, c) for c in outcome.checklists)
            yield Decision(outcome=outcome, path=so_far + tuple(Step(question=c, options=(_default(c),)) for c in checklists))
            return
        question = _question(tree, node_id)
        for option in question.options:
            yield from extend(option.next, so_far + (Step(question=question, options=(option,)),))

    yield from extend(tree.start, ())


def what_would_change(tree: Tree, decision: Decision) -> tuple[Alternative, ...]:
    """For each choice answer on the path, where each other option would lead if only it changed."""
    alternatives = []
    for step in decision.path:
        if step.question.is_checklist:
            continue  # checklists refine the next steps; they never change the outcome
        for option in step.question.options:
            if option.id == step.option.id:
                continue
            _, node = route(tree, {**decision.answers, step.question.id: option.id})
            outcome = node if isinstance(node, Outcome) else None
            question = node if isinstance(node, Question) else None
            effect = _effect(tree, decision.outcome, node)
            alternatives.append(Alternative(question=step.question, option=option, outcome=outcome, next_question=question, effect=effect))
    return tuple(alternatives)


def reachable_outcomes(tree: Tree, node_id: str) -> tuple[Outcome, ...]:
    """Every outcome some answers lead to from a node, in declaration order."""
    found = _reachable(tree, node_id)
    return tuple(o for o in tree.outcomes if o.id in found)


def boldest(tree: Tree, node_id: str) -> int:
    """The highest boldness (see model.BOLDNESS) of the outcomes reachable from a node."""
    return max(BOLDNESS[o.verdict] for o in reachable_outcomes(tree, node_id))


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


def _following(tree: Tree, options: tuple[Option, ...]) -> Question | Outcome:
    """Where a choice question's one chosen option leads."""
    (option,) = options
    return tree.question(option.next) or tree.outcome(option.next)  # type: ignore[return-value]


def _default(checklist: Question) -> Option:
    return next((o for o in checklist.options if o.exclusive), checklist.options[0])


def _effect(tree: Tree, current: Outcome, node: Question | Outcome) -> str:
    """How far reaching ``node`` instead of ``current`` changes the result."""
    ends = reachable_outcomes(tree, node.id)
    if all(o.id == current.id for o in ends):
        return "none"
    if all(o.verdict == current.verdict for o in ends):
        return "outcome"
    return "verdict"


def _reachable(tree: Tree, node_id: str) -> frozenset[str]:
    """Ids of the outcomes reachable from a node, computed once per tree for every node."""
    cached = _REACHABLE.get(id(tree))
    if cached is None or cached[0] is not tree:
        cached = _REACHABLE[id(tree)] = (tree, _reachable_map(tree))
    if node_id not in cached[1]:
        _question(tree, node_id)  # names the unknown node
    return cached[1][node_id]


def _reachable_map(tree: Tree) -> dict[str, frozenset[str]]:
    found: dict[str, frozenset[str]] = {o.id: frozenset({o.id}) for o in tree.outcomes}
    pending = [q for q in tree.questions]
    while pending:  # a validated tree has no cycle, so every pass settles at least one question
        for question in list(pending):
            targets = () if question.is_checklist else tuple(o.next for o in question.options)
            if all(t in found for t in targets):
                found[question.id] = frozenset().union(*(found[t] for t in targets))
                pending.remove(question)
    return found


_REACHABLE: dict[int, tuple[Tree, dict[str, frozenset[str]]]] = {}
