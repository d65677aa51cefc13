"""BENCHMARKS.md in sections, each rewritten by its own benchmark run and kept by the others."""

from __future__ import annotations

import re
from pathlib import Path

SECTIONS = ("setup", "site")  # in the order they appear
HEADER = """# Benchmarks

Speed is measured here and never asserted in the tests. `.venv/bin/python scripts/benchmark.py --setup`
rewrites the first section (setup and test suite, from a bare Debian and in a set-up checkout);
`.venv/bin/python scripts/benchmark.py` rewrites the second (the site's build, size and speed)."""
PLACEHOLDER = "_Not measured yet: run the command above._"


def update(path: Path, name: str, content: str) -> None:
    """Write ``content`` as section ``name`` of the file, keeping the other sections as they are."""
    if name not in SECTIONS:
        raise ValueError(f"unknown section {name!r} (expected one of {SECTIONS})")
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    sections = {other: _section(text, other) or PLACEHOLDER for other in SECTIONS}
    sections[name] = content.strip()
    blocks = [HEADER] + [f"<!-- benchmark: {s} -->\n{sections[s]}\n<!-- /benchmark: {s} -->" for s in SECTIONS]
    path.write_text("\n\n".join(blocks) + "\n", encoding="utf-8")


def _section(text: str, name: str) -> str | None:
    found = re.search(rf"<!-- benchmark: {name} -->\n(.*?)\n<!-- /benchmark: {name} -->", text, re.S)
    return found.group(1).strip() if found else None
