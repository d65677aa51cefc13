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
from mkdocs.utils import get_relative_url

log = logging.getLogger("mkdocs.plugins.decision_tree")

MARKER = re.compile(r"<!--\s*decision-tree:\s*(?P<name>[^\s>]*)\s*-->")


@dataclass(frozen=True)
class Build:
    """What every marker of one build needs: the validated tree and its renderers."""

    tree: object
    package: object  # the freshly imported decision_tree package
    diagrams: dict[str, str] = field(default_factory=dict)  # SVG by the page's path to the root
    site_url: str = ""  # where the guide is published, when the configuration says
    site_author: str = ""


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
    site = {"site_url": config.get("site_url") or "", "site_author": config.get("site_author") or ""}
    _build = Build(tree=package.TREE, package=package, **site)
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
    """Replace every decision-tree marker in the page's HTML, and give a page that documents
    conclusions what its script needs to cite each of them.

    Markers pass through Markdown untouched (they are HTML comments), and the renderings go
    in afterwards, so Markdown never re-parses the large SVG and quiz markup.
    """
    if os.environ.get("DECISION_TREE_RENDERING") == "off":
        log.info("%s: decision-tree markers dropped (DECISION_TREE_RENDERING=off)", page.file.src_uri)
        return MARKER.sub("", html)
    citations = _module("render.citation").conclusions_data(_build.tree, page.file.src_uri, _work(page), _ui())
    if "decision-tree:" not in html and not citations:
        return None
    return MARKER.sub(lambda match: _render(match, page), html) + citations


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    """Open Graph title and description, so a shared link to any page previews with its name."""
    description = page.meta.get("description") or config.site_description or ""
    title = page.title if page.is_homepage else f"{page.title} - {config.site_name}"
    tags = _module("render.meta").open_graph(title=title, description=description, url=page.canonical_url or "", site=config.site_name)
    return output.replace("</head>", tags + "</head>", 1)


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
    root = _root(page)
    if root not in _build.diagrams:  # pages at the same depth share one run of dot
        _build.diagrams[root] = _module("render.dot").render_svg(_build.tree, _links(page))
    legend = _module("render.html").legend(_build.tree)
    # The drawing's labels repeat the text version, which search indexes instead.
    return f'<div class="dt-diagram" data-dt-diagram data-search-exclude>{_build.diagrams[root]}</div>{legend}'


def _quiz(page: Page) -> str:
    versions = _module("versions")
    return _module("render.quiz").quiz_markup(
        _build.tree, _links(page), _build.package.__version__, _ui(), versions.CARRIED, versions.published()
    )


def _citation(page: Page) -> str:
    citation = _module("render.citation")
    return citation.citation_markup(_work(page), _ui())


def _outline(page: Page) -> str:
    return _module("render.html").outline(_build.tree, _links(page))


def _paths(page: Page) -> str:
    return _module("render.html").paths_table(_build.tree, _links(page))


def _conclusions(page: Page) -> str:
    return _module("render.html").conclusions_table(_build.tree, _links(page))


def _schema(page: Page) -> str:
    return _module("render.html").schema_table()


def _version(page: Page) -> str:
    return f'<span class="dt-version">{_build.tree.version}</span>'


def _guide_version(page: Page) -> str:
    return f'<span class="dt-guide-version">{_build.package.__version__}</span>'


HANDLERS: dict[str, Callable[[Page], str]] = {
    "citation": _citation,
    "diagram": _diagram,
    "quiz": _quiz,
    "outline": _outline,
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


def _ui():
    """The interface texts in the tree's language."""
    return _build.package.ui(_build.tree.language)


def _work(page: Page):
    """The guide as a citable work: its address is the site URL, else the page's path to the root
    (the page's script replaces it with the address the reader sees)."""
    tree = _build.tree
    citation = _module("render.citation")
    return citation.Work(title=tree.title, author=_build.site_author, url=_build.site_url or _root(page),
                         guide=_build.package.__version__, tree=tree.version)


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
