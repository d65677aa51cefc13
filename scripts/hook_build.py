"""One build's state for the MkDocs hook (scripts/mkdocs_hooks.py): the validated tree, what each
page needs from it (its language, texts, links and citable work), and the renderings' cache.

A :class:`Build` is made afresh as every build starts (``on_config``), so ``mkdocs serve`` picks up
edits to ``decision_tree/``; everything a page asks for goes through it.

The diagram's SVG, the table of paths, the outline and the quiz are cached in ``.cache/renderings/``
(``DECISION_TREE_CACHE`` names another folder, ``off`` turns the cache off), named by a hash of
everything they depend on (:meth:`Build.cache_key`), so a rebuild runs ``dot`` only when the drawing
changes.
"""

from __future__ import annotations

import functools
import hashlib
import importlib
import importlib.metadata
import os
import platform
import subprocess
import tempfile
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from mkdocs.structure.files import File
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

CACHE = Path(__file__).resolve().parent.parent / ".cache" / "renderings"
DOT_TIMEOUT = 30.0  # seconds; dot draws the tree in well under one, a hung dot must not hang the build


class DotVersion:
    """What ``dot -V`` prints, asked as the build starts so that the answer is there when the diagram
    is drawn; None when ``dot`` does not run (drawing then stops with its own message)."""

    def __init__(self) -> None:
        self._answer: str | None = None
        self._process: subprocess.Popen[str] | None = None
        if os.environ.get("DECISION_TREE_RENDERING") != "off":
            try:
                self._process = subprocess.Popen(["dot", "-V"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
            except OSError:
                pass

    def get(self) -> str | None:
        if self._process is not None:
            try:
                output, _ = self._process.communicate(timeout=DOT_TIMEOUT)
            except subprocess.TimeoutExpired:
                self._process.kill()
                output = None
            self._answer = output if self._process.returncode == 0 else None
            self._process = None
        return self._answer


@dataclass(frozen=True)
class Build:
    """What every marker of one build needs: the validated tree and its renderers."""

    tree: object
    package: object  # the freshly imported decision_tree package
    # SVG by the page's path to the root and language; a Future while it is being drawn
    diagrams: dict[tuple[str, str], str | Future[str]] = field(default_factory=dict)
    background: ThreadPoolExecutor = field(default_factory=lambda: ThreadPoolExecutor(max_workers=2, thread_name_prefix="decision-tree"))
    after_search: dict[str, list[str]] = field(default_factory=dict)  # renderings held back, by page
    dot_version: DotVersion = field(default_factory=DotVersion)
    site_url: str = ""  # where the guide is published, when the configuration says
    site_author: str = ""  # whom citations name as the guide's author (hook_editions.citation_author)

    # The package and what a page needs of it ------------------------------------------------

    def module(self, name: str):
        """A submodule of the package imported for this build."""
        return importlib.import_module(f"decision_tree.{name}")

    @property
    def default_language(self) -> str:
        return self.package.LANGUAGES[0]

    def language(self, where: Page | File) -> str:
        """The language of the edition a page (or its file) belongs to (the i18n plugin tells each file's)."""
        return getattr(getattr(where, "file", where), "locale", None) or self.default_language

    def source(self, page: Page) -> str:
        """The page's Markdown file as the register names it: a translation ``x.zh.md`` is ``x.md``."""
        return page.file.src_uri.removesuffix(f".{self.language(page)}.md").removesuffix(".md") + ".md"

    def tree_of(self, where: Page | File):
        """The tree in the page's language."""
        return self.package.tree(self.language(where))

    def texts(self, where: Page | File):
        """The interface texts in the page's language."""
        return self.package.ui(self.language(where))

    @staticmethod
    def root(where: Page | File) -> str:
        """The relative path from this page to the site's root: './', '../', '../../' ..."""
        return get_relative_url("", where.url).rstrip("/") + "/"

    def links(self, where: Page | File):
        """Links from this page to the tree page, the quiz and every conclusion, through the root.

        Going through the root (``../tree/`` even from the tree page) makes the links depend only
        on the page's depth, so renderings can be shared, and keeps them right under a sub-path.
        """
        root, language = self.root(where), self.language(where)
        edition = root if language == self.default_language else f"{root}{language}/"
        return self.module("render.links").Links.for_tree(self.tree_of(where), lambda path: edition + path, site=root)

    def work(self, page: Page):
        """The guide as a citable work: its address is the site URL, else the page's path to the root
        (the page's script replaces it with the address the reader sees)."""
        tree, language = self.tree_of(page), self.language(page)
        base = self.site_url or self.root(page)
        if language != self.default_language:  # the edition the reader cites is the one they read
            base = f"{base.rstrip('/')}/{language}/" if base.rstrip("/") else f"{language}/"
        citation = self.module("render.citation")
        return citation.Work(title=tree.title, author=self.site_author, url=base, guide=self.package.__version__, tree=tree.version)

    # The renderings' cache ------------------------------------------------------------------

    @functools.cached_property
    def rendering_digest(self) -> bytes | None:
        """A hash of all that every rendering depends on besides its links, worked out once per
        build: the package's files (the tree's content, its texts and the renderers' code), Python,
        the graphviz package and Graphviz itself; None without ``dot``."""
        dot = self.dot_version.get()
        if dot is None:
            return None
        digest = hashlib.sha256()
        folder = Path(self.package.__file__).parent
        for file in sorted(path for path in folder.rglob("*") if path.is_file() and "__pycache__" not in path.parts):
            digest.update(f"{file.relative_to(folder).as_posix()}\0".encode() + file.read_bytes() + b"\0")
        for part in (dot, importlib.metadata.version("graphviz"), platform.python_version()):
            digest.update(part.encode() + b"\0")
        return digest.digest()

    def cache_key(self, kind: str, links) -> str | None:
        """A hash of everything a rendering depends on: the package's files (the tree's content, its texts
        and the renderers' code), the links, Python, the graphviz package and Graphviz itself; None
        without ``dot``. Renderers are pure functions of the tree and the links, so nothing else counts."""
        common = self.rendering_digest
        if common is None:
            return None
        digest = hashlib.sha256(common)
        for part in (kind, repr(links)):
            digest.update(part.encode() + b"\0")
        return digest.hexdigest()

    def cached(self, kind: str, links, render: Callable[[], str]) -> str:
        """What ``render`` returns (the diagram's SVG, the tables, the outline, the quiz), from the cache when it holds it."""
        setting = os.environ.get("DECISION_TREE_CACHE", "")
        key = None if setting == "off" else self.cache_key(kind, links)
        if key is None:
            return render()
        path = Path(setting or CACHE) / f"{kind}-{key}.html"
        if path.is_file():
            return path.read_text(encoding="utf-8")
        markup = render()
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=path.parent, delete=False) as file:
            file.write(markup)  # written whole, then renamed: a build beside this one never reads half a file
        os.replace(file.name, path)
        return markup
