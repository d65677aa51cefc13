"""An executable guide to choosing between fine-tuning, RAG and prompting.

The tree is data (:mod:`decision_tree.model`), validated once (:mod:`decision_tree.validate`),
walked by :mod:`decision_tree.engine` and rendered by :mod:`decision_tree.render`.
"""

from .content import TREE
from .engine import Alternative, Decision, Step, decide, paths, what_would_change
from .errors import AnswerError, DecisionTreeError, GraphvizFailed, GraphvizNotFound, TreeError
from .model import VERDICTS, Change, Option, Outcome, Question, Source, Tree
from .validate import validated

__version__ = "1.0.0"

__all__ = [
    "TREE", "VERDICTS", "Alternative", "AnswerError", "Change", "Decision", "DecisionTreeError",
    "GraphvizFailed", "GraphvizNotFound", "Option", "Outcome", "Question", "Source", "Step", "Tree", "TreeError",
    "decide", "paths", "validated", "what_would_change", "__version__",
]
