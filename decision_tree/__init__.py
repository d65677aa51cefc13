"""An executable guide to choosing between fine-tuning, RAG and prompting.

The tree is data (:mod:`decision_tree.model`), its texts come from a catalogue per language
(:mod:`decision_tree.catalogue`), it is validated once (:mod:`decision_tree.validate`),
walked by :mod:`decision_tree.engine` and rendered by :mod:`decision_tree.render`.
"""

from .content import LANGUAGES, TREE, tree, ui
from .engine import Alternative, Decision, Step, decide, paths, what_would_change
from .errors import AnswerError, DecisionTreeError, GraphvizFailed, GraphvizNotFound, TreeError
from .model import BOLDNESS, VERDICT_IDS, Change, Option, Outcome, Question, Source, Tree
from .validate import validated

__version__ = "3.0.0"

__all__ = [
    "BOLDNESS", "LANGUAGES", "TREE", "VERDICT_IDS", "Alternative", "AnswerError", "Change", "Decision",
    "DecisionTreeError", "GraphvizFailed", "GraphvizNotFound", "Option", "Outcome", "Question", "Source", "Step", "Tree",
    "TreeError", "decide", "paths", "tree", "ui", "validated", "what_would_change", "__version__",
]
