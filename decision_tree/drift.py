"""Decision drift: what an old permalink decided, and what the current tree says now.

A link made with a published version is answered on that version's own tree, then its answers
are carried to the current tree (unchanged where the question and answer keep their ids, or
through the version's declared renames) and walked there: the current tree either reaches a
result, reaches one that only lacks a checklist, or needs more answers.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

from .engine import Decision, Step, decide, parse_answer, walk
from .errors import AnswerError
from .model import Outcome, Question, Tree


@dataclass(frozen=True, kw_only=True)
class Because:
    """The answer the two versions route differently: where it led then, and where it leads now."""

    step: Step  # the answer, as the current tree reads it
    before: Question | Outcome | None  # where the link's version led (None: it had no such answer)
    after: Question | Outcome


@dataclass(frozen=True, kw_only=True)
class Drift:
    """An old decision beside the current tree's reading of the same answers."""

    link_tree: Tree
    link: Decision
    current_tree: Tree
    carried: dict[str, str]  # the answers as the current tree reads them
    path: tuple[Step, ...]  # the current tree's path as far as the answers reach
    outcome: Outcome | None  # the current outcome, when the choice answers reach one
    missing: tuple[Question, ...]  # questions the current tree still needs (at most the next one)
    because: Because | None

    @property
    def verdict_changed(self) -> bool | None:
        """Whether the verdict differs; None while the current tree needs more answers to say."""
        return None if self.outcome is None else self.outcome.verdict != self.link.outcome.verdict


def compare(link_tree: Tree, answers: Mapping[str, str], current_tree: Tree, renames: Mapping[tuple[str, str], tuple[tuple[str, str], ...]]) -> Drift:
    """The link's decision on its own version, and where its answers lead in the current tree."""
    link = decide(link_tree, answers)
    carried = carry(link, current_tree, renames)
    path, node = walk(current_tree, carried)
    outcome = node if isinstance(node, Outcome) else current_tree.outcome(_last_target(path))
    missing = (node,) if isinstance(node, Question) else ()
    because = _because(link_tree, current_tree, path, link) if outcome is not None else None
    return Drift(link_tree=link_tree, link=link, current_tree=current_tree, carried=carried, path=path,
                 outcome=outcome, missing=missing, because=because)


def carry(link: Decision, current: Tree, renames: Mapping[tuple[str, str], tuple[tuple[str, str], ...]]) -> dict[str, str]:
    """The link's answers as the current tree reads them; answers it cannot read are left out."""
    carried: dict[str, str] = {}
    for step in link.path:
        renamed = renames.get((step.question.id, step.answer))
        pairs = renamed if renamed is not None else ((step.question.id, step.answer),)
        for question_id, answer in pairs:
            question = current.question(question_id)
            if question is None or question_id in carried or not _readable(question, answer):
                continue
            carried[question_id] = answer
    return carried


def _readable(question: Question, answer: str) -> bool:
    try:
        parse_answer(question, answer)
    except AnswerError:
        return False
    return True


def _last_target(path: tuple[Step, ...]) -> str:
    """The node the last choice answer of a path leads to ('' for an empty path)."""
    choices = [s for s in path if not s.question.is_checklist]
    return choices[-1].option.next if choices else ""


def _because(link_tree: Tree, current: Tree, path: tuple[Step, ...], link: Decision) -> Because | None:
    """The last answer, among the questions both versions ask, that now leads elsewhere: the
    one nearest the outcome, which is what sent the answers to a different result.

    Questions the link's version did not have are skipped: their answers were carried over by
    a rename with the same meaning, so they cannot be what changed.
    """
    for step in reversed(path):
        old_question = link_tree.question(step.question.id)
        if step.question.is_checklist or old_question is None:
            continue
        old_option = old_question.option(step.option.id)
        before = link_tree.node(old_option.next) if old_option else None
        if before is None or before.id != step.option.next:
            return Because(step=step, before=before, after=current.node(step.option.next))  # type: ignore[arg-type]
    return None
