"""The registers of what the guide has published, as committed files: read the same way by the
core tests and the built-site tests, so that they hold in any checkout (a shallow clone or a
source tarball has no history to compare with)."""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PUBLISHED_CONCLUSIONS = ROOT / "decision_tree" / "content" / "published_conclusions.txt"
VERSIONS = ROOT / "decision_tree" / "versions"


def published_conclusions() -> dict[str, str]:
    """The published conclusions (id -> page) as the append-only list records them."""
    entries: dict[str, str] = {}
    name = PUBLISHED_CONCLUSIONS.name
    for number, line in enumerate(PUBLISHED_CONCLUSIONS.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split()
        assert len(fields) == 2, f"{name}, line {number}: expected 'ID PAGE' (got {line!r})"
        assert fields[0] not in entries, f"{name}, line {number}: {fields[0]!r} is listed twice"
        entries[fields[0]] = fields[1]
    assert entries, f"{name} lists no conclusion"
    return entries


def frozen_exports() -> dict[str, dict]:
    """Every frozen export in decision_tree/versions/, by file name (v1.json, ...)."""
    return {path.name: json.loads(path.read_text(encoding="utf-8")) for path in sorted(VERSIONS.glob("v*.json"))}


def frozen_conclusions() -> dict[tuple[str, str], str]:
    """Every conclusion a frozen version published: (id, page) -> the first file that has it."""
    found: dict[tuple[str, str], str] = {}
    for name, data in frozen_exports().items():
        for conclusion in data["conclusions"]:
            found.setdefault((conclusion["id"], conclusion["page"]), name)
    return found
