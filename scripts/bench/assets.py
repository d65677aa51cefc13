"""Size of the project's own JavaScript and CSS, raw and gzipped."""

from __future__ import annotations

import gzip
from dataclasses import dataclass
from pathlib import Path

PATTERNS = ("docs/javascripts/**/*.js", "docs/stylesheets/*.css")


@dataclass(frozen=True)
class AssetSize:
    """One file's size in bytes, raw and compressed with gzip -9."""

    path: str
    raw: int
    gzipped: int


def measure(root: Path) -> list[AssetSize]:
    """Every project-owned script and stylesheet, in path order."""
    files = sorted(path for pattern in PATTERNS for path in root.glob(pattern))
    if not files:
        raise RuntimeError(f"no files match {PATTERNS} under {root}")
    return [
        AssetSize(path.relative_to(root).as_posix(), path.stat().st_size, len(gzip.compress(path.read_bytes(), 9, mtime=0)))
        for path in files
    ]

