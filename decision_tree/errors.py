"""The errors the decision tree raises. Each names the culprit."""

from __future__ import annotations


class DecisionTreeError(Exception):
    """Base class of every error this package raises on purpose."""


class TreeError(DecisionTreeError):
    """Raised when a tree is malformed; ``node`` names the node at fault (or None)."""

    def __init__(self, message: str, *, node: str | None = None) -> None:
        where = f"node {node!r}: " if node else ""
        super().__init__(f"invalid decision tree: {where}{message}")
        self.node = node


class AnswerError(DecisionTreeError):
    """Raised when answers do not fit the tree: unknown question, unknown option, or no outcome."""

    def __init__(self, message: str, *, question: str | None = None, choices: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.question = question
        self.choices = choices


class GraphvizNotFound(DecisionTreeError):
    """Raised when the Graphviz ``dot`` executable is needed but not installed."""


class GraphvizFailed(DecisionTreeError):
    """Raised when the Graphviz ``dot`` executable exits with an error or does not finish in time."""
