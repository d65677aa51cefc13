"""The guide's decision tree, validated once at import."""

from __future__ import annotations

from ..model import Change, Tree
from ..validate import validated
from .conclusions import CONCLUSIONS
from .outcomes import OUTCOMES
from .questions import QUESTIONS
from .sources import SOURCES

TREE: Tree = validated(
    Tree(
        version=1,
        title="Fine-tuning, RAG or prompting?",
        start="information-source",
        questions=QUESTIONS,
        outcomes=OUTCOMES,
        sources=SOURCES,
        conclusions=CONCLUSIONS,
        history=(Change(version=1, summary="First published tree: 13 questions, 10 outcomes."),),
    )
)
