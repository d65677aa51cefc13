"""The register of a published version: what its export says, line by line, written once.

A published version's export (``v<N>.json``) must never change: its permalinks, quoted in
design documents, must keep saying what they said. So when a version is published, its register
(``v<N>.published.txt``, written by ``scripts/freeze_version.py``) records a digest of every part
of the export (each question, outcome, source, conclusion and history entry, and each other
field) and every path through its tree with the outcome and verdict it reaches. A test compares
each export with its register in any checkout, and names what moved: the parts that differ and
the published links that would now lead elsewhere.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any, Iterator, Mapping

from ..engine import paths
from ..snapshot import tree_from_export

PART, PATH = "part", "path"
HEADER = (
    "# The register of tree version {version} as published: written once by scripts/freeze_version.py, never edited.\n"
    "# part NAME DIGEST: a digest of each part of v{version}.json; path OUTCOME VERDICT ANSWERS: every path of its tree.\n"
)


def register(text: str, *, origin: str) -> str:
    """The register of an export's text (``origin`` names the file in errors)."""
    data = json.loads(text)
    return HEADER.format(version=data["tree_version"]) + "".join(line + "\n" for line in register_lines(data, origin=origin))


def register_lines(data: Mapping[str, Any], *, origin: str) -> list[str]:
    """A line per part of the export, then a line per path through its tree."""
    parts = [f"{PART} {name} {_digest(value)}" for name, value in _parts(data)]
    tree = tree_from_export(data, origin=origin)
    journeys = [" ".join((PATH, d.result.id, d.result.verdict, *(f"{q}={a}" for q, a in d.answers.items()))) for d in paths(tree)]
    return parts + journeys


def read_register(text: str) -> list[str]:
    """The lines of a register file, without its comments."""
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


def moved(published: list[str], now: list[str]) -> list[str]:
    """What differs between a register as published and the one the file gives now, in words."""
    before, after = _parts_of(published), _parts_of(now)
    found = _differences(before, after, gone="{key} is gone", added="{key} was added", changed="{key} changed")
    if list(before) != list(after) and set(before) == set(after):
        found.append("the parts are in another order")
    return found + _differences(
        _paths_of(published), _paths_of(now),
        gone="the link {key} no longer reaches a result (published: {before})",
        added="the link {key} reaches a result it did not (now: {after})",
        changed="the link {key} now reaches {after} (published: {before})",
    )


# Helper functions ------------------------------------------------------------------------


def _parts(data: Mapping[str, Any]) -> Iterator[tuple[str, Any]]:
    """Every part of an export with its name: an item of a list by its id (a history entry by
    its version), any other field by its own name."""
    for field, value in data.items():
        if isinstance(value, list) and all(isinstance(item, dict) for item in value):
            for index, item in enumerate(value):
                yield f"{field}/{item.get('id', item.get('version', index))}", item
        else:
            yield field, value


def _digest(value: Any) -> str:
    """A digest of a JSON value, whatever the layout and the order of keys in the file."""
    canonical = json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]


def _differences(before: Mapping[str, str], after: Mapping[str, str], **say: str) -> list[str]:
    """Each key that is gone, added or changed, in the words ``say`` gives for each."""
    found = []
    for key in dict.fromkeys([*before, *after]):
        how = "gone" if key not in after else "added" if key not in before else "changed" if before[key] != after[key] else ""
        if how:
            found.append(say[how].format(key=key, before=before.get(key), after=after.get(key)))
    return found


def _parts_of(lines: list[str]) -> dict[str, str]:
    return {fields[1]: fields[2] for fields in (line.split() for line in lines) if fields[0] == PART}


def _paths_of(lines: list[str]) -> dict[str, str]:
    """Each path's answers (as a link's fragment reads them) -> 'outcome (verdict)'."""
    found = {}
    for fields in (line.split() for line in lines):
        if fields[0] == PATH:
            found["&".join(fields[3:])] = f"{fields[1]} ({fields[2]})"
    return found
