"""The URLs a rendering links to, computed once by the caller and passed in."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from ..model import Tree


@dataclass(frozen=True, kw_only=True)
class Links:
    """Where renderings link: each question's explanation, each outcome's and composition's
    card and each conclusion's page anchor."""

    questions: dict[str, str]
    outcomes: dict[str, str]
    compositions: dict[str, str]
    conclusions: dict[str, str]
    quiz: str  # the quiz page, to which a permalink fragment is appended
    text: str  # the tree written out as text on the tree page (its heading {#tree-as-text})
    root: str  # the root of the page's edition (the site's root, or /<language>/ for another language)
    site: str  # the site's root, where files common to every edition live (data/)

    @classmethod
    def for_tree(cls, tree: Tree, resolve: Callable[[str], str], tree_page: str = "tree/", site: str | None = None) -> "Links":
        """Links for every node of the tree; ``resolve`` turns a path from the edition's root into
        the URL wanted; ``site`` is the site's root when the edition has its own (default: the same).

        >>> from decision_tree import TREE
        >>> links = Links.for_tree(TREE, lambda path: "/" + path)
        >>> links.questions["task-count"], links.outcomes["rag"], links.quiz
        ('/tree/#question-task-count', '/tree/#outcome-rag', '/quiz/')
        >>> links.conclusions["no-data-no-fine-tuning"]
        '/conclusions/task-performance/#no-data-no-fine-tuning'
        """
        return cls(
            questions={q.id: resolve(f"{tree_page}#{anchor('question', q.id)}") for q in tree.questions},
            outcomes={o.id: resolve(f"{tree_page}#{anchor('outcome', o.id)}") for o in tree.outcomes},
            compositions={c.id: resolve(f"{tree_page}#{anchor('composition', c.id)}") for c in tree.compositions},
            conclusions={c.id: resolve(c.path) for c in tree.conclusions},
            quiz=resolve("quiz/"),
            text=resolve(f"{tree_page}#tree-as-text"),
            root=resolve(""),
            site=resolve("") if site is None else site,
        )


def anchor(kind: str, node_id: str) -> str:
    """The page anchor of a node in the text renderings: ``question-<id>``, ``outcome-<id>`` or
    ``composition-<id>``."""
    return f"{kind}-{node_id}"


def svg_id(node_id: str) -> str:
    """The id of a node's group in the diagram's SVG."""
    return f"dt-node-{node_id}"


def svg_edge_id(question_id: str, option_id: str) -> str:
    """The id of an answer's edge in the diagram's SVG (slugs never contain '--')."""
    return f"dt-edge-{question_id}--{option_id}"
