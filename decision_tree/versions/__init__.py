"""The published versions of the tree, each as the JSON export it was published with.

Each ``v<N>.json`` has its register beside it (``v<N>.published.txt``, see register.py), written
once by ``scripts/freeze_version.py`` when the version is published; tests check the export
against it, so a published version cannot drift.
``published()`` reads them all (validating each); ``CARRIED`` says how an answer given in an
older version reads in the current one, where its question or option was renamed with the
same meaning. Answers whose question keeps its id and option ids carry over by themselves.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from types import MappingProxyType
from typing import Mapping

from ..errors import TreeError
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
