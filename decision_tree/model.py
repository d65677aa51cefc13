"""The decision tree as data: frozen, keyword-only dataclasses and nothing else.

A tree comes in one language: its structure (ids, where each answer leads, verdicts, the
conclusions and sources each outcome rests on) is defined once in :mod:`decision_tree.content`,
and every reader-facing text is filled in from that language's catalogue
(:mod:`decision_tree.catalogue`). This module does no I/O and knows nothing of MkDocs,
Graphviz or the browser. Validation lives in :mod:`decision_tree.validate`; walking the tree
lives in :mod:`decision_tree.engine`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from types import MappingProxyType
from typing import Iterable, Mapping, Protocol, TypeVar

# The verdict ids an outcome may carry, in the order the guide presents them. Ids are published
# (in permalinks, JSON exports and data attributes): never rename or remove one. Their labels
# live in the catalogues.
VERDICT_IDS: tuple[str, ...] = (
    "prompting",
    "constrained-output",
    "stronger-model",
    "rag",
    "tool-calls",
    "fine-tuning",
    "fine-tuning-and-rag",
    "not-ready",
)

# How far a verdict commits a team before the approach has proven itself: what it costs to
# build, and how hard it is to undo. An answer of "not sure" must never lead anywhere bolder
# than the answer it stands in for (see decision_tree.engine.boldest).
BOLDNESS: Mapping[str, int] = MappingProxyType(
    {
        "not-ready": 0,
        "prompting": 0,
        "constrained-output": 1,
        "stronger-model": 1,
        "rag": 2,
        "tool-calls": 2,
        "fine-tuning": 3,
        "fine-tuning-and-rag": 4,
    }
)

# The language the site serves at its root; every other language lives under /<language>/.
DEFAULT_LANGUAGE = "en"

# Which verdict a result of several parts carries: the first of these among its parts' verdicts
# and those of the compositions that apply (see decision_tree.compose). Not ready comes first,
# since one part that cannot start holds the whole design back.
PRECEDENCE: tuple[str, ...] = (
    "not-ready",
    "fine-tuning-and-rag",
    "fine-tuning",
    "rag",
    "tool-calls",
    "stronger-model",
    "constrained-output",
    "prompting",
)

# The three kinds of question: one answer that decides where the path goes; a checklist of any
# number of answers (or its exclusive "none" answer) that refines the next steps; and a fork, the
# first question of a tree whose reader may have several needs, where every answer chosen opens a
# branch of its own and the result is composed of the outcome each branch reaches.
CHOICE = "choice"
CHECKLIST = "checklist"
FORK = "fork"


@dataclass(frozen=True, kw_only=True)
class Option:
    """One answer to a question.

    A choice answer leads somewhere (``next``); so does each answer of a fork, to the first
    question of its branch. An answer that admits not knowing (``unsure``) names the cheapest
    ``experiment`` that would settle it, and may name the sure answer the guide ``assumes`` in
    its place. A checklist answer adds a ``next_step`` to the result; an ``exclusive`` answer of
    a checklist or a fork ("none of these", "not sure") stands alone.
    """

    id: str
    label: str = ""
    short: str = ""  # a few words for the diagram's edges, paths and the path so far
    rationale: str = ""  # why this answer matters, shown at the result
    next: str = ""  # id of the question or outcome this answer leads to (choice questions)
    unsure: bool = False
    experiment: str = ""  # unsure answers: the cheapest test that settles the question
    assumes: str = ""  # unsure answers: id of the sibling answer the route stands in for
    next_step: str = ""  # checklist answers: what the answer adds to the next steps
    exclusive: bool = False  # checklist and fork answers: may not be combined with others


@dataclass(frozen=True, kw_only=True)
class Question:
    """A node that asks the reader something."""

    id: str
    options: tuple[Option, ...]
    kind: str = CHOICE  # CHOICE, CHECKLIST or FORK
    title: str = ""  # a short form for the diagram and the "Your answers" list
    text: str = ""
    why: str = ""  # a short "why this matters", shown under the question

    def option(self, option_id: str) -> Option | None:
        """The option with this id, or None."""
        return self._options.get(option_id)

    @cached_property
    def _options(self) -> Mapping[str, Option]:
        return _by_id(self.options)

    @property
    def is_checklist(self) -> bool:
        """Whether it refines the next steps with any number of answers, and leads nowhere."""
        return self.kind == CHECKLIST

    @property
    def is_fork(self) -> bool:
        """Whether each of its answers opens a branch of its own."""
        return self.kind == FORK

    @property
    def is_multiple(self) -> bool:
        """Whether any number of its answers may be given together (a checklist or a fork)."""
        return self.kind in (CHECKLIST, FORK)


@dataclass(frozen=True, kw_only=True)
class Source:
    """A work an outcome rests on, cited by id."""

    id: str
    citation: str  # the short form readers see, e.g. "Ovadia et al. (2024)"
    title: str
    url: str


@dataclass(frozen=True, kw_only=True)
class Conclusion:
    """A documented conclusion: a published, citable anchor on a page of the guide."""

    id: str  # also its anchor on the page; never changes once published
    page: str  # the Markdown file that documents it, relative to docs/
    title: str = ""  # the heading it has on the page

    @property
    def path(self) -> str:
        """Its address relative to the site root, with directory URLs.

        >>> Conclusion(id="x", title="X", page="conclusions/cost.md").path
        'conclusions/cost/#x'
        >>> Conclusion(id="y", title="Y", page="conclusions/index.md").path
        'conclusions/#y'
        """
        stem = self.page.removesuffix(".md")
        if stem == "index" or stem.endswith("/index"):
            directory = stem.removesuffix("index")
        else:
            directory = stem + "/"
        return f"{directory}#{self.id}"


@dataclass(frozen=True, kw_only=True)
class Evaluation:
    """How a team will know an outcome works: what to measure, the test set (as each answer to
    the checklist ``question`` builds it from what the reader has), how many items it needs, the
    threshold that decides, and the cheapest experiment to run first."""

    question: str  # id of the checklist (asked by the outcome) whose answers choose the test set
    sources: tuple[str, ...] = ()  # ids of Tree.sources its texts cite
    measure: tuple[str, ...] = ()
    sets: tuple[tuple[str, str], ...] = ()  # (option id of ``question``, how that answer builds the test set)
    size: str = ""
    threshold: str = ""
    first: str = ""

    def set_for(self, option_id: str) -> str:
        """How the test set is built for one answer to the checklist ("" for an answer it lacks)."""
        return dict(self.sets).get(option_id, "")


@dataclass(frozen=True, kw_only=True)
class Outcome:
    """A leaf: the recommendation the reader ends at."""

    id: str
    verdict: str  # one of VERDICT_IDS
    conclusions: tuple[str, ...]  # ids of the documented conclusions it rests on
    sources: tuple[str, ...]  # ids of Tree.sources
    checklists: tuple[str, ...] = ()  # ids of checklist questions asked once it is reached
    title: str = ""  # a short name, e.g. "Use RAG"
    headline: str = ""
    reasons: tuple[str, ...] = ()
    caveats: tuple[str, ...] = ()
    next_steps: tuple[str, ...] = ()
    evaluation: Evaluation | None = None  # how to know it works (trees published before it lack one)


@dataclass(frozen=True, kw_only=True)
class Composition:
    """What a result of several parts gains when the parts' verdicts include all of ``when``:
    a verdict of its own (counted with the parts' by PRECEDENCE), the conclusions it rests on,
    and the reasons and next steps that only the combination calls for."""

    id: str
    when: tuple[str, ...]  # verdict ids that must all be among the parts' verdicts (two or more)
    verdict: str
    conclusions: tuple[str, ...]
    sources: tuple[str, ...] = ()
    title: str = ""
    headline: str = ""
    reasons: tuple[str, ...] = ()
    next_steps: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class Change:
    """One entry of the tree's history: what a version changed."""

    version: int
    summary: str = ""


@dataclass(frozen=True, kw_only=True)
class Tree:
    """The whole decision tree in one language: start, questions, outcomes and what they cite."""

    version: int  # bumped whenever the logic changes; part of every export and permalink
    start: str
    questions: tuple[Question, ...]
    outcomes: tuple[Outcome, ...]
    sources: tuple[Source, ...]
    conclusions: tuple[Conclusion, ...]  # the register of published conclusions
    history: tuple[Change, ...] = ()
    compositions: tuple[Composition, ...] = ()  # for a tree whose start is a fork
    language: str = "en"
    title: str = ""
    # verdict id -> label in this language; left out of hashing, as a mapping is not hashable
    verdicts: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}), hash=False)

    def question(self, node_id: str) -> Question | None:
        """The question with this id, or None."""
        return self._questions.get(node_id)

    def outcome(self, node_id: str) -> Outcome | None:
        """The outcome with this id, or None."""
        return self._outcomes.get(node_id)

    # The engine looks nodes up by id on every step: once per tree, not along the tuples each time.
    @cached_property
    def _questions(self) -> Mapping[str, Question]:
        return _by_id(self.questions)

    @cached_property
    def _outcomes(self) -> Mapping[str, Outcome]:
        return _by_id(self.outcomes)

    def source(self, source_id: str) -> Source | None:
        """The source with this id, or None."""
        return next((s for s in self.sources if s.id == source_id), None)

    def conclusion(self, conclusion_id: str) -> Conclusion | None:
        """The registered conclusion with this id, or None."""
        return next((c for c in self.conclusions if c.id == conclusion_id), None)

    @property
    def is_composed(self) -> bool:
        """Whether a reader names several needs at its start, and gets a result in parts."""
        start = self.question(self.start)
        return start is not None and start.is_fork

    def node(self, node_id: str) -> Question | Outcome | None:
        """The question or outcome with this id, or None."""
        return self.question(node_id) or self.outcome(node_id)

    def verdict_label(self, verdict: str) -> str:
        """The reader-facing label of a verdict in this tree's language."""
        return self.verdicts.get(verdict, verdict)


class _Identified(Protocol):
    id: str


_Item = TypeVar("_Item", bound=_Identified)


def _by_id(items: Iterable[_Item]) -> Mapping[str, _Item]:
    """Items by id, the first of any that share one (validation reports those as errors)."""
    found: dict[str, _Item] = {}
    for item in items:
        found.setdefault(item.id, item)
    return MappingProxyType(found)
