"""Publish the current tree version: freeze its export and write the register of each frozen one.

    .venv/bin/python scripts/freeze_version.py

Writes ``decision_tree/versions/v<N>.json``, N being the current tree version, as
``python -m decision_tree export --format json`` writes it (in English), unless that file is
there already; then writes the register ``v<N>.published.txt`` of every frozen export that has
none (see decision_tree/versions/register.py). It never rewrites an export or a register: a
published version does not change, so commit both files with the version and leave them be.
"""

from __future__ import annotations

import sys
from pathlib import Path

from decision_tree import TREE, __version__
from decision_tree.render.data import export_json
from decision_tree.versions import register_path
from decision_tree.versions.register import register

VERSIONS = Path(__file__).resolve().parent.parent / "decision_tree" / "versions"


def main() -> int:
    current = VERSIONS / f"v{TREE.version}.json"
    if not current.exists():
        current.write_text(export_json(TREE, __version__), encoding="utf-8")
        print(f"freeze_version: wrote {current.relative_to(VERSIONS.parent.parent)}")
    for export in sorted(VERSIONS.glob("v*.json")):
        target = VERSIONS / register_path(export.name)
        if target.exists():
            continue
        target.write_text(register(export.read_text(encoding="utf-8"), origin=str(export)), encoding="utf-8")
        print(f"freeze_version: wrote {target.relative_to(VERSIONS.parent.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
