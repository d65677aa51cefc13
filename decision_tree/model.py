"""The decision tree as data: frozen, keyword-only dataclasses and nothing else.

This module does no I/O and knows nothing of MkDocs, Graphviz or the browser.
Validation lives in :mod:`decision_tree.validate`; walking the tree lives in
:mod:`decision_tree.engine`.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType
from typing import Mapping

# The verdicts an outcome may carry, with the label a reader sees.
# Ids are published (in permalinks, JSON exports and data attributes): never rename one.
VERDICTS: Mapping[str, str] = MappingProxyType(
    {
        "prompting": "Prompting (the input and instructions in the context)",
        "rag": "Retrieval-augmented generation (RAG)",
        "fine-tuning": "Fine-tuning (full or parameter-efficient)",
        "fine-tuning-and-rag": "Fine-tuning combined with RAG",
        "not-ready": "Not ready: build the knowledge base or collect data first",
    }
)


@dataclass(frozen=True, kw_only=True)
class Option:
    """One answer to a question, and where it leads."""

    id: str
    label: str
    next: str  # id of the question or outcome this answer leads to
    rationale: str  # why this answer matters, shown as a reason at the result


@dataclass(frozen=True, kw_only=True)
class Question:
    """A node that asks the reader something."""

    id: str
    title: str  # a short form for the diagram and the "Your answers" list
    text: str
    why: str  # a short "why this matters", shown under the question
    options: tuple[Option, ...]

    def option(self, option_id: str) -> Option | None:
        """The option with this id, or None."""
        return next((o for o in self.options if o.id == option_id), None)


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
    title: str  # the heading it has on the page
    page: str  # the Markdown file that documents it, relative to docs/

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
class Outcome:
    """A leaf: the recommendation the reader ends at."""

    id: str
    verdict: str  # a key of VERDICTS
    title: str  # a short name, e.g. "Use RAG"
    headline: str
    reasons: tuple[str, ...]
    caveats: tuple[str, ...]
    next_steps: tuple[str, ...]
    conclusions: tuple[str, ...]  # ids of the documented conclusions it rests on
    sources: tuple[str, ...]  # ids of Tree.sources

    @property
    def verdict_label(self) -> str:
        """The reader-facing label of the verdict."""
        return VERDICTS[self.verdict]


@dataclass(frozen=True, kw_only=True)
class Change:
    """One entry of the tree's history: what a version changed."""

    version: int
    summary: str


@dataclass(frozen=True, kw_only=True)
class Tree:
    """The whole decision tree: a start node, questions, outcomes and sources."""

    version: int  # bumped whenever the logic changes; part of every export and permalink
    title: str
    start: str
    questions: tuple[Question, ...]
    outcomes: tuple[Outcome, ...]
    sources: tuple[Source, ...]
    conclusions: tuple[Conclusion, ...]  # the register of published conclusions
    history: tuple[Change, ...] = ()

    def question(self, node_id: str) -> Question | None:
        """The question with this id, or None."""
        return next((q for q in self.questions if q.id == node_id), None)

    def outcome(self, node_id: str) -> Outcome | None:
        """The outcome with this id, or None."""
        return next((o for o in self.outcomes if o.id == node_id), None)

    def source(self, source_id: str) -> Source | None:
        """The source with this id, or None."""
        return next((s for s in self.sources if s.id == source_id), None)

    def conclusion(self, conclusion_id: str) -> Conclusion | None:
        """The registered conclusion with this id, or None."""
        return next((c for c in self.conclusions if c.id == conclusion_id), None)

    def node(self, node_id: str) -> Question | Outcome | None:
        """The question or outcome with this id, or None."""
        return self.question(node_id) or self.outcome(node_id)
