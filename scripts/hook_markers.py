"""The decision tree's markers, for the MkDocs hook (scripts/mkdocs_hooks.py).

Authors write a marker such as ``<!-- decision-tree: diagram -->`` on a line of its own
(``version`` and ``guide-version`` may stand inside a sentence). One regex finds markers, one dict
(:data:`HANDLERS`) routes each to a renderer, and an unknown marker stops the build naming the page
and the marker; so does a comment that looks like a marker but is not written exactly as one
(``<!-- Decision-Tree : quiz -->``).

Markers pass through Markdown untouched (they are HTML comments), and the renderings go in
afterwards, so Markdown never re-parses the large SVG and quiz markup. Renderings that the search
index leaves out (the SVG, the table of paths, the quiz) go into the page only after the search
plugin and the theme have handled it (:func:`put_back`), as they would only slow those down.
"""

from __future__ import annotations

import re
from concurrent.futures import Future
from typing import Callable

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import AnchorLink

import hook_build
from hook_build import Build
from decision_tree.model import VERDICT_IDS  # published ids that never change: safe to import once

MARKER = re.compile(r"<!--\s*decision-tree:\s*(?P<name>[^\s>]*)\s*-->")
# Any comment an author may have meant as a marker: it starts with "decision-tree", in any case or
# spacing, with any dashes or other marks where the hyphen goes (an en dash, a dot, an invisible
# space), and with its opening written with more dashes ("<!--- decision-tree: quiz --->").
LOOKALIKE = re.compile(r"<!--[\s-]*decision[\W_]*tree\b.*?-->", re.I | re.S)
AFTER_SEARCH = re.compile(r"<!-- decision-tree-after-search: (?P<index>\d+) -->")
SEARCH_EXCLUDED = re.compile(r"\A<[a-z]+\s[^>]*\bdata-search-exclude\b")


def render_page(build: Build, html: str, page: Page) -> str | None:
    """The page's HTML with every marker rendered and each conclusion it documents followed by its
    history and what its script needs to cite it; None when the page has none of these."""
    citations = build.module("render.citation").conclusions_data(build.tree_of(page), build.source(page), build.work(page), build.texts(page))
    if not LOOKALIKE.search(html) and not citations:
        return None
    return LOOKALIKE.sub(lambda match: _render(build, match, page), _histories(build, page, html)) + citations


def drop(html: str) -> str:
    """The page's HTML without its markers (``DECISION_TREE_RENDERING=off``)."""
    return MARKER.sub("", html)


def put_back(build: Build | None, page: Page, output: str) -> str:
    """The built page with the renderings held back from search and the theme put back in."""
    held = build.after_search.pop(page.file.src_uri, None) if build else None
    return AFTER_SEARCH.sub(lambda match: held[int(match.group("index"))], output) if held else output


def start_drawing(build: Build, files: Files, language: str) -> None:
    """Start the drawings that this edition's pages with a diagram will need, in the background:
    ``dot`` then runs while the pages' Markdown is converted, rather than holding up the first
    page that shows the diagram (an empty cache, as after a change to the tree)."""
    for file in files.documentation_pages():
        key = build.root(file), build.language(file)
        if key[1] != language or key in build.diagrams:
            continue
        if any(match.group("name") == "diagram" for match in MARKER.finditer(file.content_string)):
            build.diagrams[key] = build.background.submit(_drawing, build, file)


def _render(build: Build, match: re.Match[str], page: Page) -> str:
    exact = MARKER.fullmatch(match.group(0))
    if exact is None:
        raise PluginError(
            f"{page.file.src_uri}: malformed marker {match.group(0)!r} "
            f"(write it exactly as <!-- decision-tree: NAME -->, in lowercase, NAME one of {sorted(HANDLERS)})"
        )
    name = exact.group("name")
    handler = HANDLERS.get(name)
    if handler is None:
        raise PluginError(
            f"{page.file.src_uri}: unknown marker {match.group(0)!r} "
            f"(expected one of {sorted(HANDLERS)}, written as <!-- decision-tree: NAME -->)"
        )
    try:
        return handler(build, page)
    except Exception as error:
        raise PluginError(f"{page.file.src_uri}: marker {match.group(0)!r} failed: {error}") from error


def _histories(build: Build, page: Page, html: str) -> str:
    """Each conclusion the page documents, followed by its history (see render/history.py)."""
    try:
        return build.module("render.history").with_histories(html, build.tree_of(page), build.source(page))
    except Exception as error:
        raise PluginError(f"{page.file.src_uri}: {error}") from error


# One handler a marker -----------------------------------------------------------------------


def _diagram(build: Build, page: Page) -> str:
    key = build.root(page), build.language(page)
    drawing = build.diagrams.get(key) or _drawing(build, page)  # pages at the same depth share one drawing
    if isinstance(drawing, Future):  # started as the build began (see start_drawing)
        drawing = drawing.result()
    build.diagrams[key] = drawing
    # The drawing goes in after search (which leaves the diagram's box out anyway) has read the page.
    drawing = _after_search(build, page, drawing)
    return build.module("render.figure").diagram_figure(drawing, build.tree_of(page), build.links(page), build.texts(page))


def _drawing(build: Build, where: Page | File) -> str:
    """The diagram's SVG for a page (or its file), from the cache or drawn by ``dot``."""
    tree, texts, links = build.tree_of(where), build.texts(where), build.links(where)
    render = lambda: build.module("render.dot").render_svg(tree, texts, links, timeout=hook_build.DOT_TIMEOUT)  # noqa: E731
    return build.cached(f"svg-{build.language(where)}", links, render)


def _quiz(build: Build, page: Page) -> str:
    versions, links = build.module("versions"), build.links(page)
    render = lambda: build.module("render.quiz").quiz_markup(  # noqa: E731
        build.tree_of(page), links, build.package.__version__, build.texts(page), versions.CARRIED, versions.published()
    )
    return _unless_searched(build, page, build.cached(f"quiz-{build.language(page)}", links, render))


def _citation(build: Build, page: Page) -> str:
    return build.module("render.citation").citation_markup(build.work(page), build.texts(page))


def _outline_part(part: str, parent: str) -> Callable[[Build, Page], str]:
    """A handler for the outline, or one part of it, whose headings are listed in the page's
    table of contents under the heading ``{#parent}``, one level below it."""

    def handler(build: Build, page: Page) -> str:
        html, links = build.module("render.html"), build.links(page)
        level = _nest_in_toc(page, parent, html.outline_toc(build.tree_of(page), part))
        render = lambda: html.outline(build.tree_of(page), links, build.texts(page), heading=f"h{level}", part=part)  # noqa: E731
        return build.cached(f"outline-{part}-h{level}-{build.language(page)}", links, render)

    return handler


def _paths(build: Build, page: Page) -> str:
    links, tables = build.links(page), build.module("render.tables")
    table = build.cached(f"paths-{build.language(page)}", links, lambda: tables.paths_table(build.tree_of(page), links, build.texts(page)))
    return _unless_searched(build, page, table)


def _conclusions(build: Build, page: Page) -> str:
    links, tables = build.links(page), build.module("render.tables")
    return build.cached(f"conclusions-{build.language(page)}", links, lambda: tables.conclusions_table(build.tree_of(page), links, build.texts(page)))


def _schema(build: Build, page: Page) -> str:
    return build.module("render.tables").schema_table(build.texts(page))


def _mental_model(build: Build, page: Page) -> str:
    return build.module("render.home").mental_model(build.texts(page))


def _verdict_chip(verdict: str) -> Callable[[Build, Page], str]:
    """A handler for one verdict's chip, written inline, e.g. in a table cell."""
    return lambda build, page: build.module("render.home").chip(build.texts(page), verdict)


def _version(build: Build, page: Page) -> str:
    return f'<span class="dt-version">{build.package.TREE.version}</span>'


def _guide_version(build: Build, page: Page) -> str:
    return f'<span class="dt-guide-version">{build.package.__version__}</span>'


HANDLERS: dict[str, Callable[[Build, Page], str]] = {
    "citation": _citation,
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
    "mental-model": _mental_model,
    **{f"verdict-{verdict}": _verdict_chip(verdict) for verdict in VERDICT_IDS},
}


# The page's table of contents and what search leaves out -------------------------------------


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


def _after_search(build: Build, page: Page, html: str) -> str:
    """A placeholder that :func:`put_back` replaces with ``html``; only for markup that search leaves out."""
    held = build.after_search.setdefault(page.file.src_uri, [])
    held.append(html)
    return f"<!-- decision-tree-after-search: {len(held) - 1} -->"


def _unless_searched(build: Build, page: Page, html: str) -> str:
    """A rendering that search leaves out (its root has ``data-search-exclude``) goes in after
    search and the theme's templates have read the page, which then need not parse it."""
    return _after_search(build, page, html) if SEARCH_EXCLUDED.match(html) else html
