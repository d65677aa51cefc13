"""Decision drift: what an old permalink decided, and what the current tree says now.

A link made with a published version is answered on that version's own tree, then its answers
are carried forward version by version to the current tree (unchanged where the question and
answer keep their ids, or through each version's declared renames to the next) and walked
there: the current tree either reaches a result, reaches one that only lacks a checklist, or
needs more answers. Where several old answers now name needs of one fork, they are read as
one answer that names them all.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping, Sequence

from .compose import Result
from .engine import SEPARATOR, Decision, Step, decide, parse_answer, walk
from .errors import AnswerError
from .model import Outcome, Question, Tree

Renames = Mapping[tuple[str, str], tuple[tuple[str, str], ...]]
Pair = tuple[str, str]


@dataclass(frozen=True, kw_only=True)
class Because:
    """The answer the two versions route differently: where it led then, and where it leads now."""

    step: Step  # the answer, as the current tree reads it
    before: Question | Outcome | None  # where the link's version led (None: it had no such answer)
    after: Question | Outcome


@dataclass(frozen=True, kw_only=True)
class Reading:
    """How the current tree reads one answer of the link: as other answers, or not at all."""

    step: Step  # the answer as the link's version asked it
    now: tuple[Pair, ...]  # the (question, answer) pairs it became; empty when it cannot be read


@dataclass(frozen=True, kw_only=True)
class Drift:
    """An old decision beside the current tree's reading of the same answers."""

    link_tree: Tree
    link: Decision
    current_tree: Tree
    carried: dict[str, str]  # the answers as the current tree reads them
    path: tuple[Step, ...]  # the current tree's path as far as the answers reach
    result: Result | None  # the current result, when the choice answers reach one
    missing: tuple[Question, ...]  # questions the current tree still needs (at most the next one)
    because: Because | None
    readings: tuple[Reading, ...]  # the link's answers the current tree reads differently, or cannot read

    @property
    def verdict_changed(self) -> bool | None:
        """Whether the verdict differs; None while the current tree needs more answers to say."""
        return None if self.result is None else self.result.verdict != self.link.result.verdict


def compare(link_tree: Tree, answers: Mapping[str, str], current_tree: Tree, chain: Sequence[tuple[Tree, Renames]]) -> Drift:
    """The link's decision on its own version, and where its answers lead in the current tree.

    ``chain`` names, for each version after the link's up to the current one, that version's tree
    and the renames that lead to it from the version before (empty for a current link)."""
    link = decide(link_tree, answers)
    carried, readings = carry(link, chain, current_tree)
    path, node = walk(current_tree, carried)
    _, reached = walk(current_tree, carried, refine=False)
    result = reached if isinstance(reached, Result) else None
    missing = (node,) if isinstance(node, Question) else ()
    because = _because(link_tree, current_tree, path) if result is not None else None
    return Drift(link_tree=link_tree, link=link, current_tree=current_tree, carried=carried, path=path,
                 result=result, missing=missing, because=because, readings=readings)


def carry(link: Decision, chain: Sequence[tuple[Tree, Renames]], current: Tree) -> tuple[dict[str, str], tuple[Reading, ...]]:
    """The link's answers as the current tree reads them, carried through each version of the
    chain, and how each answer that is not read as itself was read. An answer a version cannot
    read is left out from there on."""
    merged: dict[str, str] = {}
    readings = []
    for step in link.path:
        given = (step.question.id, step.answer)
        pairs = [given]
        for tree, renames in chain:
            pairs = [p for pair in pairs for p in renames.get(pair, (pair,)) if _readable(tree, p)]
        if pairs != [given]:
            readings.append(Reading(step=step, now=tuple(pairs)))
        for question_id, answer in pairs:
            merged[question_id] = _merge(current.question(question_id), merged.get(question_id), answer)  # type: ignore[arg-type]
    return merged, tuple(readings)


# Helper functions ----------------------------------------------------------------------


def _readable(tree: Tree, pair: Pair) -> bool:
    question = tree.question(pair[0])
    if question is None:
        return False
    try:
        parse_answer(question, pair[1])
    except AnswerError:
        return False
    return True


def _merge(question: Question, before: str | None, answer: str) -> str:
    """Two answers to the same question read as one: a checklist's or a fork's options together
    (in the question's order), unless that is not a valid answer; else the first answer stays."""
    if before is None:
        return answer
    if not question.is_multiple:
        return before
    names = set(before.split(SEPARATOR)) | set(answer.split(SEPARATOR))
    together = SEPARATOR.join(o.id for o in question.options if o.id in names)
    try:
        parse_answer(question, together)
    except AnswerError:
        return before
    return together


def _because(link_tree: Tree, current: Tree, path: tuple[Step, ...]) -> Because | None:
    """The last answer, among the choice questions both versions ask, that now leads elsewhere:
    the one nearest the result, which is what sent the answers to a different result.

    Questions the link's version did not have are skipped: their answers were carried over by
    a rename with the same meaning, so they cannot be what changed.
    """
    for step in reversed(path):
        old_question = link_tree.question(step.question.id)
        if step.question.is_multiple or old_question is None:
            continue
        old_option = old_question.option(step.option.id)
        before = link_tree.node(old_option.next) if old_option else None
        if before is None or before.id != step.option.next:
            return Because(step=step, before=before, after=current.node(step.option.next))  # type: ignore[arg-type]
    return None
