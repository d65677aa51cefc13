"""What the built site ships of the project's own JavaScript and CSS, raw and gzipped, and each
edition's search index."""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from pathlib import Path

PATTERNS = ("javascripts/**/*.js", "stylesheets/**/*.css")  # under the built site: the guide's own files
INDEXES = {"English": "search/search_index.json", "Chinese": "zh/search/search_index.json"}


@dataclass(frozen=True)
class AssetSize:
    """One file's size in bytes, raw and compressed with gzip -9."""

    path: str
    raw: int
    gzipped: int


def measure(site: Path) -> list[AssetSize]:
    """Every script and stylesheet of the guide's own that the built site holds, in path order."""
    files = sorted(path for pattern in PATTERNS for path in site.glob(pattern))
    if not files:
        raise RuntimeError(f"no files match {PATTERNS} under {site}")
    return [_size(path, path.relative_to(site).as_posix()) for path in files]


def search_indexes(site: Path) -> dict[str, tuple[AssetSize, int]]:
    """Each edition's search index, by language, with the number of pages and sections it holds."""
    found = {}
    for language, address in INDEXES.items():
        path = site / address
        if not path.is_file():
            raise RuntimeError(f"{path}: no search index for the {language} edition")
        found[language] = (_size(path, address), len(json.loads(path.read_text(encoding="utf-8"))["docs"]))
    return found


def _size(path: Path, name: str) -> AssetSize:
    return AssetSize(name, path.stat().st_size, len(gzip.compress(path.read_bytes(), 9, mtime=0)))
