"""Each edition searches its own pages, for the MkDocs hook (scripts/mkdocs_hooks.py).

The i18n plugin gathers every edition's pages into one search index at the site's root, which
every page of either edition downloads whole; an English search then finds Chinese pages too.
The theme looks for the index, and for the sitemap that tells instant navigation which links it
may take, beside the page's ``base`` (its path to the site's root, in the page's ``__config``).
So, as mkdocs-material expects of a site with one build per language:

- once every edition is built, the index is split by edition (:func:`split_index`): the root
  keeps the default edition's pages, and each other edition's folder (``zh/``) gets its own
  index, of its own pages, addressed from that folder, and a sitemap of its own pages;
- each page of another edition has its ``base`` pointed at its edition's folder
  (:func:`edition_base`), so its search downloads that index alone.

An edition's index keeps the search configuration the build gave it (the Chinese one, English
and Chinese word handling, for the English terms Chinese pages use); the default edition's has
only its own language.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

INDEX = Path("search") / "search_index.json"
SITEMAP = "sitemap.xml"
CONFIG_BASE = re.compile(r'(<script id="__config" type="application/json">\{.*?"base": ")(?P<base>[^"]*)(")', re.S)
SITEMAP_URL = re.compile(r"\s*<url>.*?</url>", re.S)
LOCATION = re.compile(r"<loc>(?P<loc>[^<]*)</loc>")


def edition_base(html: str, folder: str) -> str:
    """Point a page's ``base`` at its edition's folder (``folder`` is e.g. ``"zh/"``; ``""`` for
    the default edition, whose pages are left alone)."""
    if not folder:
        return html
    return CONFIG_BASE.sub(lambda match: match.group(1) + match.group("base").rstrip("/") + "/" + folder + match.group(3), html, count=1)


def split_index(site: Path, default: str, folders: list[str], site_url: str) -> dict[str, int]:
    """Split the site's search index by edition (see the module's docstring); returns the number
    of pages and sections each index holds, by folder (``""`` for the root)."""
    path = site / INDEX
    index = json.loads(path.read_text(encoding="utf-8"))
    docs = index["docs"]
    found = {}
    for folder in folders:
        own = [{**doc, "location": doc["location"][len(folder):]} for doc in docs if doc["location"].startswith(folder)]
        _write(site / folder / INDEX, {**index, "docs": own})
        _edition_sitemap(site, folder, site_url)
        found[folder] = len(own)
    rest = [doc for doc in docs if not doc["location"].startswith(tuple(folders))]
    _write(path, {"config": {**index["config"], "lang": [default]}, "docs": rest})
    found[""] = len(rest)
    return found


def _write(path: Path, index: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")


def _edition_sitemap(site: Path, folder: str, site_url: str) -> None:
    """The edition's own pages, from the site's sitemap, beside its index: instant navigation
    takes the edition's links, and a link to another edition loads that edition's page in full."""
    sitemap = (site / SITEMAP).read_text(encoding="utf-8")
    prefix = site_url.rstrip("/") + "/" + folder
    entries = [m.group(0) for m in SITEMAP_URL.finditer(sitemap) if LOCATION.search(m.group(0)).group("loc").startswith(prefix)]
    head, _, _ = sitemap.partition("<url>")
    (site / folder / SITEMAP).write_text(head.rstrip() + "".join(entries) + "\n</urlset>\n", encoding="utf-8")
