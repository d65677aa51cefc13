"""The URLs a rendering links to, computed once by the caller and passed in."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from ..model import Tree


@dataclass(frozen=True, kw_only=True)
class Links:
    """Where renderings link: each question's explanation and each conclusion's page anchor."""

    questions: dict[str, str]
    conclusions: dict[str, str]
    quiz: str  # the quiz page, to which a permalink fragment is appended
    root: str  # the site's root

    @classmethod
    def for_tree(cls, tree: Tree, resolve: Callable[[str], str], tree_page: str = "tree/") -> "Links":
        """Links for every node of the tree; ``resolve`` turns a site-root path into the URL wanted.

        >>> from decision_tree import TREE
        >>> links = Links.for_tree(TREE, lambda path: "/" + path)
        >>> links.questions["task-count"], links.conclusions["no-data-no-fine-tuning"], links.quiz
        ('/tree/#question-task-count', '/conclusions/task-performance/#no-data-no-fine-tuning', '/quiz/')
        """
        return cls(
            questions={q.id: resolve(f"{tree_page}#{anchor('question', q.id)}") for q in tree.questions},
            conclusions={c.id: resolve(c.path) for c in tree.conclusions},
            quiz=resolve("quiz/"),
            root=resolve(""),
        )


def anchor(kind: str, node_id: str) -> str:
    """The page anchor of a node in the text renderings: ``question-<id>`` or ``outcome-<id>``."""
    return f"{kind}-{node_id}"


def svg_id(node_id: str) -> str:
    """The id of a node's group in the diagram's SVG."""
    return f"dt-node-{node_id}"


def svg_edge_id(question_id: str, option_id: str) -> str:
    """The id of an answer's edge in the diagram's SVG (slugs never contain '--')."""
    return f"dt-edge-{question_id}--{option_id}"
