"""The link gate's checker: every link and anchor of a built site, read from its files.

Each HTML page (and SVG file) is read with the standard library's HTML parser. Every ``href``,
``xlink:href`` and ``src`` that points into the site must name a file that was built, and its
fragment, if any, must be the ``id`` (or ``<a name>``) of an element of that file, unless it is a
quiz permalink's state (``#v=2&question=answer...``: tests/site checks that each one reaches the
result its page names). Links to other hosts are not followed: the offline gate checks that nothing
is loaded from them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urldefrag, urljoin, urlsplit

# Attributes that hold a URL; ``xlink:href`` is how SVG 1.1 (and Graphviz) write links.
URL_ATTRIBUTES = frozenset({"href", "xlink:href", "src"})
CHECKED_FILES = ("*.html", "*.svg")
# Fragments that scroll to the top of the page without naming an element (HTML standard).
TOP = frozenset({"", "top"})
# A quiz permalink's fragment: the tree version, then the answers.
QUIZ_STATE = re.compile(r"v=\d+(&|$)")


@dataclass(frozen=True)
class Link:
    """One URL written in a built file."""

    file: str  # the file it is written in, relative to the site folder: "about/index.html"
    line: int
    attribute: str
    url: str


@dataclass(frozen=True)
class Broken:
    """A link whose page or anchor does not exist."""

    link: Link
    reason: str

    def __str__(self) -> str:
        return f"{self.link.file}:{self.link.line}: {self.link.attribute}={self.link.url!r}: {self.reason}"


class _Reader(HTMLParser):
    """Collects the ids and the URLs of one file."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.urls: list[tuple[int, str, str]] = []  # (line, attribute, value)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if value is None:
                continue
            if name == "id" or (name == "name" and tag == "a"):
                self.ids.add(value)
            elif name in URL_ATTRIBUTES:
                self.urls.append((self.getpos()[0], name, value.strip()))

    handle_startendtag = handle_starttag


@dataclass(frozen=True)
class _Parsed:
    ids: frozenset[str]
    urls: tuple[tuple[int, str, str], ...]


@cache
def _parse(path: Path) -> _Parsed:
    reader = _Reader()
    reader.feed(path.read_text(encoding="utf-8"))
    reader.close()
    return _Parsed(frozenset(reader.ids), tuple(reader.urls))


def page_url(site_url: str, file: str) -> str:
    """The address a built file is served at: ``about/index.html`` is served as ``about/``."""
    folder, _, name = file.rpartition("/")
    if name == "index.html":
        return urljoin(site_url, f"{folder}/" if folder else "")
    return urljoin(site_url, file)


def target_file(site_dir: Path, site_url: str, url: str) -> Path | None:
    """The built file an address inside the site names (a folder means its index.html), or None
    for an address outside the site."""
    if not url.startswith(site_url):
        return None
    path = site_dir / unquote(url[len(site_url):])
    return path / "index.html" if path.is_dir() or url.endswith("/") else path


def links(site_dir: Path) -> list[Link]:
    """Every URL written in the site's HTML and SVG files, in file order."""
    found = []
    for pattern in CHECKED_FILES:
        for path in sorted(site_dir.rglob(pattern)):
            file = path.relative_to(site_dir).as_posix()
            found += [Link(file, line, attribute, url) for line, attribute, url in _parse(path).urls]
    return found


def check(site_dir: Path, site_url: str) -> list[Broken]:
    """Every link of the site built in ``site_dir`` for ``site_url`` (ending in '/') that points into
    the site at a missing file or a missing anchor."""
    if not site_url.endswith("/"):
        raise ValueError(f"the site's address must end in '/', got {site_url!r}")
    _parse.cache_clear()  # the same paths may hold other files in another call
    broken = []
    for link in links(site_dir):
        reason = _problem(site_dir, site_url, link)
        if reason:
            broken.append(Broken(link, reason))
    return broken


def _origin(url: str) -> tuple[str, str]:
    parts = urlsplit(url)
    return parts.scheme, parts.netloc


def _problem(site_dir: Path, site_url: str, link: Link) -> str | None:
    if link.url.startswith(("mailto:", "tel:", "data:", "javascript:")):
        return "javascript: URLs are not links" if link.url.startswith("javascript:") else None
    address, fragment = urldefrag(urljoin(page_url(site_url, link.file), link.url))
    target = target_file(site_dir, site_url, address)
    if target is None:
        if _origin(address) == _origin(site_url):
            return f"leaves the site: {address} is not under {site_url}"
        return None  # another host: not followed
    if not target.is_file():
        return f"no such page or file: {target.relative_to(site_dir).as_posix()} was not built"
    anchor = unquote(fragment)
    if anchor in TOP or QUIZ_STATE.match(anchor) or target.suffix not in (".html", ".svg"):
        return None
    if anchor not in _parse(target).ids:
        return f"no such anchor: {target.relative_to(site_dir).as_posix()} has no element with id {anchor!r}"
    return None
