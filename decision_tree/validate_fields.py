"""What validation walks: every id and every reader-facing text of a tree, and what an option
may carry. Part of :mod:`decision_tree.validate`.
"""

from __future__ import annotations

import unicodedata
from typing import Iterator

from .model import VERDICT_IDS, Evaluation, Option, Question, Tree

# Bidi embeddings, overrides and isolates: in a text shown beside others they can reorder what
# the reader sees. Control characters other than line breaks and tabs have no business in a text.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
ALLOWED_CONTROLS = frozenset("\n\t")


def all_ids(tree: Tree) -> Iterator[tuple[object, str, str | None]]:
    """Every id in the tree: (the id, what kind of id, the node to blame)."""
    for question in tree.questions:
        yield question.id, "question", None
        for option in question.options:
            yield option.id, "option", question.id
    for outcome in tree.outcomes:
        yield outcome.id, "outcome", None
    for composition in tree.compositions:
        yield composition.id, "composition", None
    for source in tree.sources:
        yield source.id, "source", None
    for conclusion in tree.conclusions:
        yield conclusion.id, "conclusion", None


def all_texts(tree: Tree) -> Iterator[tuple[str | None, str, object]]:
    """Every reader-facing text field, with its node."""
    yield None, "title", tree.title
    for question in tree.questions:
        yield question.id, "title", question.title
        yield question.id, "text", question.text
        yield question.id, "why", question.why
        for option in question.options:
            yield question.id, f"label of option {option.id!r}", option.label
            yield question.id, f"rationale of option {option.id!r}", option.rationale
            if option.unsure:
                yield question.id, f"experiment of option {option.id!r}", option.experiment
            if question.is_checklist and not option.exclusive:
                yield question.id, f"next_step of option {option.id!r}", option.next_step
    for outcome in tree.outcomes:
        yield outcome.id, "title", outcome.title
        yield outcome.id, "headline", outcome.headline
        for field in ("reasons", "caveats", "next_steps"):
            for index, text in enumerate(getattr(outcome, field)):
                yield outcome.id, f"{field}[{index}]", text
        if outcome.evaluation is not None:
            yield from _plan_texts(outcome.id, outcome.evaluation)
    for composition in tree.compositions:
        yield composition.id, "title", composition.title
        yield composition.id, "headline", composition.headline
        for field in ("reasons", "next_steps"):
            for index, text in enumerate(getattr(composition, field)):
                yield composition.id, f"{field}[{index}]", text
    for source in tree.sources:
        for field in ("citation", "title", "url"):
            yield source.id, field, getattr(source, field)
    for conclusion in tree.conclusions:
        for field in ("title", "page"):
            yield conclusion.id, field, getattr(conclusion, field)
    for verdict in dict.fromkeys(o.verdict for o in tree.outcomes if isinstance(o.verdict, str)):
        if verdict in VERDICT_IDS:
            yield None, f"label of verdict {verdict!r}", tree.verdicts.get(verdict)


def _plan_texts(node: str, plan: Evaluation) -> Iterator[tuple[str | None, str, object]]:
    """The texts of an outcome's evaluation plan."""
    for index, text in enumerate(plan.measure):
        yield node, f"evaluation.measure[{index}]", text
    for option, text in plan.sets:
        yield node, f"evaluation.sets.{option}", text
    for field in ("size", "threshold", "first"):
        yield node, f"evaluation.{field}", getattr(plan, field)


def option_problem(question: Question, option: Option) -> str | None:
    """What is wrong with an option in its question, or None."""
    if question.is_checklist:
        if option.next or option.unsure or option.assumes:
            return "a checklist answer leads nowhere and is never unsure (remove next, unsure, assumes)"
        return None
    if option.next_step:
        return "next_step belongs to checklist answers only"
    if option.exclusive and not question.is_fork:
        return "exclusive belongs to checklist and fork answers only"
    if not option.unsure and (option.assumes or option.experiment):
        return "only an unsure answer may name an experiment or the answer it assumes"
    if option.assumes:
        assumed = question.option(option.assumes)
        if assumed is None or assumed.unsure:
            sure = [o.id for o in question.options if not o.unsure]
            return f"assumes {option.assumes!r}, which must be one of its question's sure answers {sure}"
    return None


def unsafe_character(text: str) -> str | None:
    """A description of the first control or bidi control character in a text, or None.

    >>> unsafe_character("fine"), unsafe_character("a\\u202eb")
    (None, 'U+202E (a bidi control) at position 1')
    """
    for position, character in enumerate(text):
        if character in BIDI_CONTROLS:
            return f"U+{ord(character):04X} (a bidi control) at position {position}"
        if unicodedata.category(character) == "Cc" and character not in ALLOWED_CONTROLS:
            return f"U+{ord(character):04X} (a control character) at position {position}"
    return None
