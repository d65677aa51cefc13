"""MkDocs hook: renders the decision tree into the pages that ask for it.

Authors write a marker such as ``<!-- decision-tree: diagram -->`` on a line of its own
(``version`` and ``guide-version`` may stand inside a sentence).
One regex finds markers, one dict routes each to a renderer, and an unknown marker stops
the build naming the page and the marker. The tree is imported afresh and validated once
per build, so ``mkdocs serve`` picks up edits to ``decision_tree/``.

``DECISION_TREE_RENDERING=off`` drops every marker instead of rendering it. It exists for the
build-time benchmark (scripts/benchmark.py), which compares builds with and without rendering.
"""

from __future__ import annotations

import importlib
import logging
import os
import re
import sys
from dataclasses import dataclass, field
from typing import Callable

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import AnchorLink
from mkdocs.utils import get_relative_url

log = logging.getLogger("mkdocs.plugins.decision_tree")

MARKER = re.compile(r"<!--\s*decision-tree:\s*(?P<name>[^\s>]*)\s*-->")


@dataclass(frozen=True)
class Build:
    """What every marker of one build needs: the validated tree and its renderers."""

    tree: object
    package: object  # the freshly imported decision_tree package
    diagrams: dict[str, str] = field(default_factory=dict)  # SVG by the page's path to the root


_build: Build | None = None

# Hooks -------------------------------------------------------------------------------


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Import the tree afresh (validating it) before any page renders."""
    global _build
    for name in [m for m in sys.modules if m == "decision_tree" or m.startswith("decision_tree.")]:
        del sys.modules[name]
    try:
        package = importlib.import_module("decision_tree")
    except Exception as error:  # a malformed tree must stop the build with its own message
        raise PluginError(f"decision tree: {error}") from error
    _build = Build(tree=package.TREE, package=package)
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    """Publish every tree version's JSON export at a stable address (``data/tree-v<N>.json``):
    readers can download them, and the quiz reads an old version's texts when a link needs them."""
    package = _build.package
    exports = _module("render.data").version_exports(package.TREE, _module("versions").frozen(), package.__version__)
    for path, text in exports.items():
        files.append(File.generated(config, path, content=text))
    return files


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str | None:
    """Replace every decision-tree marker in the page's HTML.

    Markers pass through Markdown untouched (they are HTML comments), and the renderings go
    in afterwards, so Markdown never re-parses the large SVG and quiz markup.
    """
    if "decision-tree:" not in html:
        return None
    if os.environ.get("DECISION_TREE_RENDERING") == "off":
        log.info("%s: decision-tree markers dropped (DECISION_TREE_RENDERING=off)", page.file.src_uri)
        return MARKER.sub("", html)
    return MARKER.sub(lambda match: _render(match, page), html)


# Marker handlers ------------------------------------------------------------------------


def _render(match: re.Match[str], page: Page) -> str:
    name = match.group("name")
    handler = HANDLERS.get(name)
    if handler is None:
        raise PluginError(
            f"{page.file.src_uri}: unknown marker {match.group(0)!r} "
            f"(expected one of {sorted(HANDLERS)}, written as <!-- decision-tree: NAME -->)"
        )
    try:
        return handler(page)
    except Exception as error:
        raise PluginError(f"{page.file.src_uri}: marker {match.group(0)!r} failed: {error}") from error


def _diagram(page: Page) -> str:
    root, texts = _root(page), _texts()
    if root not in _build.diagrams:  # pages at the same depth share one run of dot
        _build.diagrams[root] = _module("render.dot").render_svg(_build.tree, texts, _links(page))
    return _module("render.figure").diagram_figure(_build.diagrams[root], _build.tree, _links(page), texts)


def _quiz(page: Page) -> str:
    texts = _build.package.ui(_build.tree.language)
    carried = _module("versions").CARRIED
    return _module("render.quiz").quiz_markup(_build.tree, _links(page), _build.package.__version__, texts, carried)


def _outline_part(part: str, parent: str) -> Callable[[Page], str]:
    """A handler for the outline, or one part of it, whose headings are listed in the page's
    table of contents under the heading ``{#parent}``, one level below it."""

    def handler(page: Page) -> str:
        level = _nest_in_toc(page, parent, _module("render.html").outline_toc(_build.tree, part))
        return _module("render.html").outline(_build.tree, _links(page), _texts(), heading=f"h{level}", part=part)

    return handler


def _paths(page: Page) -> str:
    return _module("render.tables").paths_table(_build.tree, _links(page), _texts())


def _conclusions(page: Page) -> str:
    return _module("render.tables").conclusions_table(_build.tree, _links(page), _texts())


def _schema(page: Page) -> str:
    return _module("render.tables").schema_table(_texts())


def _version(page: Page) -> str:
    return f'<span class="dt-version">{_build.tree.version}</span>'


def _guide_version(page: Page) -> str:
    return f'<span class="dt-guide-version">{_build.package.__version__}</span>'


HANDLERS: dict[str, Callable[[Page], str]] = {
    "diagram": _diagram,
    "quiz": _quiz,
    "outline": _outline_part("all", parent="tree-as-text"),
    "outline-questions": _outline_part("questions", parent="questions"),
    "outline-outcomes": _outline_part("outcomes", parent="outcomes"),
    "paths": _paths,
    "conclusions": _conclusions,
    "json-schema": _schema,
    "version": _version,
    "guide-version": _guide_version,
}

# Helper functions ----------------------------------------------------------------------


def _module(name: str):
    """A submodule of the package imported for this build."""
    return importlib.import_module(f"decision_tree.{name}")


def _texts():
    """The interface texts of the tree's language."""
    return _build.package.ui(_build.tree.language)


def _nest_in_toc(page: Page, parent: str, entries: list[tuple[str, str]]) -> int:
    """List generated headings in the page's table of contents under the heading ``{#parent}``;
    returns the level they take. A page without that heading is an authoring error."""
    found = _toc_item(page.toc, parent)
    if found is None:
        raise ValueError(f"the page needs a heading with the id {parent!r} to list the generated headings under")
    found.children.extend(AnchorLink(title, anchor, found.level + 1) for anchor, title in entries)
    return found.level + 1


def _toc_item(items, anchor: str):
    """The table-of-contents entry with this anchor, at any depth, or None."""
    for item in items:
        if item.id == anchor:
            return item
        found = _toc_item(item.children, anchor)
        if found is not None:
            return found
    return None


def _root(page: Page) -> str:
    """The relative path from this page to the site's root: './', '../', '../../' ..."""
    return get_relative_url("", page.url).rstrip("/") + "/"


def _links(page: Page):
    """Links from this page to the tree page, the quiz and every conclusion, through the root.

    Going through the root (``../tree/`` even from the tree page) makes the links depend only
    on the page's depth, so renderings can be shared, and keeps them right under a sub-path.
    """
    root = _root(page)
    return _module("render.links").Links.for_tree(_build.tree, lambda path: root + path)
