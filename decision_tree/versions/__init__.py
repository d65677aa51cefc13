"""The published versions of the tree, each as the JSON export it was published with.

``published()`` reads them all (validating each); ``CARRIED`` says how an answer given in an
older version reads in the current one, where its question or option was renamed with the
same meaning. Answers whose question keeps its id and option ids carry over by themselves.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from types import MappingProxyType
from typing import Mapping

from ..model import Tree
from ..snapshot import tree_from_export

# version -> {(question, option) in that version: ((question, option), ...) in the current tree}
CARRIED: Mapping[int, Mapping[tuple[str, str], tuple[tuple[str, str], ...]]] = MappingProxyType(
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
    }
)


@cache
def published() -> Mapping[int, Tree]:
    """Every published version by number, read from its frozen export."""
    folder = resources.files(__package__)
    found = {}
    for entry in folder.iterdir():
        if entry.name.startswith("v") and entry.name.endswith(".json"):
            tree = tree_from_export(json.loads(entry.read_text(encoding="utf-8")), origin=f"decision_tree/versions/{entry.name}")
            found[tree.version] = tree
    return MappingProxyType(dict(sorted(found.items())))
