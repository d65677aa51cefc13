"""The published versions of the tree, each as the JSON export it was published with.

Each ``v<N>.json`` has its register beside it (``v<N>.published.txt``, see register.py), written
once by ``scripts/freeze_version.py`` when the version is published; tests check the export
against it, so a published version cannot drift.
``published()`` reads them all (validating each); ``CARRIED`` says how an answer given in one
version reads in the next, where its question or option was renamed or split with the same
meaning, or is no longer asked (an empty reading). Answers whose question keeps its id and
option ids carry over by themselves; ``chain`` strings the versions together, so a link of any
published version is carried to the current tree one version at a time.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from types import MappingProxyType
from typing import Mapping

from ..drift import Renames
from ..errors import TreeError
from ..model import Tree
from ..snapshot import tree_from_export

# version -> {(question, answer) in that version: ((question, answer), ...) in the next version}
CARRIED: Mapping[int, Renames] = MappingProxyType(
    {
        1: MappingProxyType(
            {
                ("information-source", "stored-knowledge"): (("problem", "missing-knowledge"),),
                ("information-source", "request-input"): (("problem", "request-input"),),
                ("information-source", "not-sure"): (("problem", "not-sure"),),
                ("task-kind", "open-ended"): (("problem", "open-ended"),),
                ("task-kind", "narrow-pattern"): (("problem", "request-input"), ("input-task", "narrow-high-volume")),
            }
        ),
        2: MappingProxyType(
            {
                # The first question became a fork of needs.
                ("problem", "missing-knowledge"): (("needs", "knowledge"),),
                ("problem", "request-input"): (("needs", "request-input"),),
                ("problem", "behaviour"): (("needs", "format"),),
                ("problem", "style"): (("needs", "voice"),),
                ("problem", "open-ended"): (("needs", "open-ended"),),
                ("problem", "not-sure"): (("needs", "not-sure"),),
                # Who runs retrieval, and where, is asked once the knowledge is known to need it.
                ("knowledge-base", "no-team"): (("knowledge-base", "yes"), ("retrieval-where", "managed")),
                ("knowledge-base", "no-retrieval"): (("knowledge-base", "yes"), ("retrieval-where", "in-process")),
                ("knowledge-base", "neither"): (("knowledge-base", "no-data"),),
                # What the model does with the passages became needs of their own.
                ("domain-fit", "answers-well"): (),
                ("domain-fit", "needs-more-accuracy"): (("needs", "skill"), ("skill-reference", "no")),
                ("domain-fit", "misreads-domain"): (("needs", "skill"), ("skill-reference", "no")),
                ("domain-fit", "ignores-instructions"): (("needs", "format"),),
                ("domain-fit", "not-tried"): (),
                # Examples and the means to train are asked once, for every behaviour.
                ("domain-data", "yes"): (("training-data", "yes"),),
                ("domain-data", "too-little-data"): (("training-data", "too-few-examples"),),
                ("domain-data", "no-means"): (("training-data", "no-means"),),
                ("domain-data", "not-sure"): (("training-data", "not-sure"),),
                ("rag-training", "data-and-means"): (("training-data", "yes"),),
                ("rag-training", "no-means"): (("training-data", "no-means"),),
                ("rag-training", "too-little-data"): (("training-data", "too-few-examples"),),
                ("rag-training", "not-sure"): (("training-data", "not-sure"),),
                ("task-count-with-retrieval", "one"): (("task-count", "one"),),
                ("task-count-with-retrieval", "many"): (("task-count", "many"),),
                ("task-count-with-retrieval", "not-sure"): (("task-count", "not-sure"),),
                # Without retrieval, size and change are asked like any knowledge's.
                ("without-retrieval", "fits-prompt"): (("knowledge-volume", "fits"),),
                ("without-retrieval", "stable"): (("knowledge-volume", "exceeds-context"), ("change-frequency", "yearly-or-never")),
                ("without-retrieval", "retrain-often"): (("knowledge-volume", "exceeds-context"), ("change-frequency", "monthly-or-quarterly")),
                ("without-retrieval", "changes-often"): (("knowledge-volume", "exceeds-context"), ("change-frequency", "daily-or-weekly")),
                ("without-retrieval", "not-sure"): (("knowledge-volume", "exceeds-context"), ("change-frequency", "not-sure")),
                # Volume became a need of its own.
                ("input-task", "work-with-it"): (("input-task", "fits-prompt"),),
                ("input-task", "narrow-high-volume"): (("needs", "volume"), ("input-task", "fits-prompt")),
            }
        ),
    }
)


def register_path(export_name: str) -> str:
    """The name of a frozen export's register (see register.py), beside it.

    >>> register_path("v1.json")
    'v1.published.txt'
    """
    return export_name.removesuffix(".json") + ".published.txt"


@cache
def frozen() -> Mapping[int, str]:
    """The text of every published version's export, by version, exactly as it was published."""
    found = {}
    for entry in resources.files(__package__).iterdir():
        match = re.fullmatch(r"v([1-9][0-9]*)\.json", entry.name)
        if match:
            found[int(match.group(1))] = entry.read_text(encoding="utf-8")
    return MappingProxyType(dict(sorted(found.items())))


def chain(version: int, current: Tree) -> tuple[tuple[Tree, Renames], ...]:
    """How a link of ``version`` reaches the current tree: each later version's tree (the current
    one last, in its own language) with the renames that lead to it from the version before."""
    trees = published()
    steps = []
    for later in range(version + 1, current.version + 1):
        steps.append((current if later == current.version else trees[later], CARRIED.get(later - 1, MappingProxyType({}))))
    return tuple(steps)


@cache
def published() -> Mapping[int, Tree]:
    """Every published version by number, read (and validated) from its frozen export."""
    trees = {}
    for version, text in frozen().items():
        origin = f"decision_tree/versions/v{version}.json"
        tree = tree_from_export(json.loads(text), origin=origin)
        if tree.version != version:
            raise TreeError(f"{origin}: holds tree version {tree.version}, not {version}")
        trees[version] = tree
    return MappingProxyType(trees)
