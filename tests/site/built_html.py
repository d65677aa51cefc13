"""Reading the built site: ids, conclusion blocks and outside loads, with the stdlib HTML parser."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

EDITIONS = ("zh",)  # the folders of the editions other than the default one
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
# (tag, attribute) pairs through which a page loads something.
LOADS = {("script", "src"), ("link", "href"), ("img", "src"), ("iframe", "src"), ("source", "src"),
         ("video", "src"), ("audio", "src"), ("embed", "src"), ("object", "data"), ("image", "href"), ("use", "href")}


@dataclass
class ConclusionBlock:
    """One documented conclusion as built: its block's data and its heading."""

    id: str
    verdict: str
    heading_id: str = ""
    heading_text: str = ""
    text: str = ""


@dataclass
class PageIndex(HTMLParser):
    """Ids, conclusion blocks and loaded URLs of one built page."""

    ids: set[str] = field(default_factory=set)
    conclusions: list[ConclusionBlock] = field(default_factory=list)
    loads: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self._stack: list[str] = []
        self._block_depth: int | None = None
        self._in_heading = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if "id" in a:
            self.ids.add(a["id"])
        for name, value in a.items():
            if (tag, name) in LOADS or (tag, name.split(":")[-1]) in LOADS:
                if tag != "link" or a.get("rel") in ("stylesheet", "preload", "icon", "modulepreload", "manifest"):
                    self.loads.append(value)
        if tag in VOID:
            return
        self._stack.append(tag)
        if tag == "div" and "data-conclusion" in a and self._block_depth is None:
            self.conclusions.append(ConclusionBlock(id=a["data-conclusion"], verdict=a.get("data-verdict", "")))
            self._block_depth = len(self._stack)
        elif self._block_depth is not None and tag in HEADINGS and not self.conclusions[-1].heading_id:
            self.conclusions[-1].heading_id = a.get("id", "")
            self._in_heading = True
        elif tag == "a" and self._in_heading:
            self._in_heading = False  # the permalink that follows the heading text

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID or not self._stack:
            return
        if self._block_depth == len(self._stack):
            self._block_depth = None
        if tag in HEADINGS:
            self._in_heading = False
        self._stack.pop()

    def handle_data(self, data: str) -> None:
        if self._block_depth is not None:
            block = self.conclusions[-1]
            block.text += data
            if self._in_heading:
                block.heading_text += data


def index(path: Path) -> PageIndex:
    """Parse one built HTML file."""
    parser = PageIndex()
    parser.feed(path.read_text(encoding="utf-8"))
    parser.close()
    return parser


def translated(path: str) -> bool:
    """Whether a page's path (``zh/quiz/``, ``quiz/``) is in another edition than the default one."""
    return path.split("/")[0] in EDITIONS


def pages(site_dir: Path, docs_dir: Path, language: str = "en") -> dict[str, PageIndex]:
    """Every built page of one edition, keyed by the English Markdown file it was built from or
    translates (``conclusions/cost.md`` ...); the default edition is at the root, another under
    ``<language>/``."""
    root = site_dir if language == "en" else site_dir / language
    found = {}
    for html in sorted(root.rglob("index.html")):
        relative = html.parent.relative_to(root).as_posix()
        if language == "en" and translated(relative):
            continue  # another edition's page
        candidates = ["index.md"] if relative == "." else [f"{relative}.md", f"{relative}/index.md"]
        source = next((c for c in candidates if (docs_dir / c).exists()), None)
        if source:  # folders such as assets/ or search/ hold no page of ours
            found[source] = index(html)
    return found


class ElementKinds(HTMLParser):
    """The kinds of element in a page's body, each with the kinds it sits in: its tag and classes
    after those of every element around it (``article.md-content__inner.md-typeset > p > a``), which is
    what the stylesheets tell elements apart by. A ``<span>`` with nothing but ``lang`` (a word in
    another language) is passed through: no rule of the guide's or the theme's stylesheets selects
    by language, so it takes the colours around it."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.kinds: set[str] = set()
        self._stack: list[tuple[str, str | None]] = []  # (tag, kind or None when passed through)
        self._in_body = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        self._in_body = self._in_body or tag == "body"
        if not self._in_body:
            return
        kind = None if tag == "span" and set(a) == {"lang"} else tag + "".join(f".{c}" for c in sorted(a.get("class", "").split()))
        if kind:
            self.kinds.add(" > ".join([k for _, k in self._stack if k] + [kind]))
        if tag not in VOID:
            self._stack.append((tag, kind))

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID or tag not in (t for t, _ in self._stack):
            return
        while self._stack.pop()[0] != tag:
            pass


def element_kinds(html: str) -> set[str]:
    """The kinds of element in a page's body (see ElementKinds)."""
    parser = ElementKinds()
    parser.feed(html)
    parser.close()
    return parser.kinds
