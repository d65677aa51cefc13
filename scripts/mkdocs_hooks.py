"""MkDocs hook: renders the decision tree into the pages that ask for it.

Authors write a marker such as ``<!-- decision-tree: diagram -->`` on a line of its own
(``version`` and ``guide-version`` may stand inside a sentence).
One regex finds markers, one dict routes each to a renderer, and an unknown marker stops
the build naming the page and the marker; so does a comment that looks like a marker but is
not written exactly as one (``<!-- Decision-Tree : quiz -->``). The tree is imported afresh
and validated once per build, so ``mkdocs serve`` picks up edits to ``decision_tree/``.

The hook also warns when ``SITE_URL`` is unset (``--strict`` then fails the build), bundles and
minifies the guide's own scripts and stylesheets (hook_assets.py), fills in every page's
Content-Security-Policy once the whole site is built (hook_csp.py), and keeps the two editions'
pages apart where the i18n plugin would not (hook_editions.py).

``DECISION_TREE_RENDERING=off`` drops every marker instead of rendering it. It exists for the
build-time benchmark (scripts/benchmark.py), which compares builds with and without rendering.

The diagram's SVG, the table of paths and the quiz are cached in ``.cache/renderings/`` (``DECISION_TREE_CACHE``
names another folder, ``off`` turns the cache off), named by a hash of everything they depend on
(``_cache_key``), so a rebuild runs ``dot`` only when the drawing changes. Renderings that the search
index leaves out (the SVG, the table of paths, the quiz) go into the page only after the search plugin and the
theme have handled it, as they would only slow those down.
"""

from __future__ import annotations

import functools
import hashlib
import importlib
import importlib.metadata
import logging
import os
import platform
import re
import subprocess
import sys
import tempfile
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import AnchorLink
from mkdocs.utils import get_relative_url

import hook_assets
import hook_csp  # beside this file: MkDocs puts the hook's folder on sys.path while loading it
import hook_editions as editions
import hook_search
from decision_tree.model import VERDICT_IDS  # published ids that never change: safe to import once

log = logging.getLogger("mkdocs.plugins.decision_tree")

MARKER = re.compile(r"<!--\s*decision-tree:\s*(?P<name>[^\s>]*)\s*-->")
# Any comment an author may have meant as a marker: it starts with "decision-tree", in any case or
# spacing, with any dashes or other marks where the hyphen goes (an en dash, a dot, an invisible
# space), and with its opening written with more dashes ("<!--- decision-tree: quiz --->").
LOOKALIKE = re.compile(r"<!--[\s-]*decision[\W_]*tree\b.*?-->", re.I | re.S)
DOT_TIMEOUT = 30.0  # seconds; dot draws the tree in well under one, a hung dot must not hang the build
AFTER_SEARCH = re.compile(r"<!-- decision-tree-after-search: (?P<index>\d+) -->")
SEARCH_EXCLUDED = re.compile(r"\A<[a-z]+\s[^>]*\bdata-search-exclude\b")
CACHE = Path(__file__).resolve().parent.parent / ".cache" / "renderings"


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


_build: Build | None = None
_command = "build"  # the mkdocs command running: "build", "serve" or "gh-deploy"
_warned_site_url = False  # the i18n plugin runs on_config once per edition: warn once


# The i18n plugin's warning about the switcher under instant navigation is answered (hook_editions).
logging.getLogger("mkdocs.plugins.mkdocs_static_i18n.reconfigure").addFilter(editions.SwitcherHandled())

# Hooks -------------------------------------------------------------------------------


def on_startup(command: str, dirty: bool) -> None:
    """Remember the command: ``mkdocs serve`` serves at its own address and injects live reload."""
    global _command, _warned_site_url
    _command, _warned_site_url = command, False


@event_priority(100)  # before the search plugin reads its user dictionary
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Import the tree afresh (validating it) before any page renders."""
    global _build
    _check_site_url(config)
    editions.search_terms_beside_config(config)
    for name in [m for m in sys.modules if m == "decision_tree" or m.startswith("decision_tree.")]:
        del sys.modules[name]
    try:
        package = importlib.import_module("decision_tree")
    except Exception as error:  # a malformed tree must stop the build with its own message
        raise PluginError(f"decision tree: {error}") from error
    _build = Build(tree=package.TREE, package=package, site_url=config.get("site_url") or "")
    editions.report_url_from_repository(config)
    return config


@event_priority(-150)  # after the i18n plugin, which sorts the files into languages
def on_files(files: Files, config: MkDocsConfig) -> Files:
    """Publish every tree version's JSON export at a stable address (``data/tree-v<N>.json``):
    readers can download them, and the quiz reads an old version's texts when a link needs them;
    beside them, the JSON Schema they follow (``data/tree.schema.json``). Ship the guide's own
    scripts and stylesheets bundled and minified (hook_assets.py)."""
    global _build
    _build = replace(_build, site_author=editions.citation_author(config))  # the edition's own, set by now
    package, data = _build.package, _module("render.data")
    current = [package.tree(language) for language in package.LANGUAGES]
    exports = data.version_exports(current, _module("versions").frozen(), package.__version__)
    for path, text in {**exports, data.SCHEMA_ADDRESS: _module("snapshot").json_schema_text()}.items():
        files.append(File.generated(config, path, content=text))
    _start_drawing(files, config)
    return hook_assets.ship(files, hook_assets.bundle(Path(config["docs_dir"]), hook_assets.entries(config)))


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str | None:
    """Replace every decision-tree marker in the page's HTML, and give a page that documents
    conclusions each one's history and what its script needs to cite each of them.

    Markers pass through Markdown untouched (they are HTML comments), and the renderings go
    in afterwards, so Markdown never re-parses the large SVG and quiz markup.
    """
    if os.environ.get("DECISION_TREE_RENDERING") == "off":
        log.info("%s: decision-tree markers dropped (DECISION_TREE_RENDERING=off)", page.file.src_uri)
        return MARKER.sub("", html)
    citations = _module("render.citation").conclusions_data(_tree(page), _source(page), _work(page), _texts(page))
    if not LOOKALIKE.search(html) and not citations:
        return None
    return LOOKALIKE.sub(lambda match: _render(match, page), _histories(page, html)) + citations


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    """Put back the renderings held back from the search plugin and the theme, and add Open Graph
    title and description, so a shared link to any page previews with its name."""
    output = editions.translations_in_content(output)
    language = _language(page)
    output = hook_search.edition_base(output, "" if language == _build.package.LANGUAGES[0] else f"{language}/")
    description = page.meta.get("description") or config.site_description or ""
    title = page.title if page.is_homepage else f"{page.title} - {config.site_name}"
    tags = _module("render.meta").open_graph(title=title, description=description, url=page.canonical_url or "", site=config.site_name)
    output = output.replace("</head>", tags + "</head>", 1)
    # Last, so that nothing above reads the renderings (the quiz's page is ten times larger with them).
    held = _build.after_search.pop(page.file.src_uri, None) if _build else None
    return AFTER_SEARCH.sub(lambda match: held[int(match.group("index"))], output) if held else output


def on_page_context(context: dict, page: Page, config: MkDocsConfig, nav) -> dict:
    """Every page's furniture (overrides/partials/copyright.html) speaks the page's language."""
    context["guide_texts"] = _texts(page)
    return context


def on_template_context(context: dict, template_name: str, config: MkDocsConfig) -> dict:
    """The error page gets its edition's texts from the catalogue (``error_texts``, and
    ``guide_texts`` for the furniture), and its language links lead to each edition's home page."""
    if template_name == editions.ERROR_PAGE:
        editions.point_error_page_home(config)
        language, context["error_edition"] = editions.building_edition(config, _build.package.LANGUAGES[0])
        context["error_texts"] = context["guide_texts"] = _build.package.ui(language)
    return context


def on_post_template(output: str, template_name: str, config: MkDocsConfig) -> str:
    """Each edition keeps its own error page (see hook_editions.error_page), which searches its
    edition's pages (hook_search)."""
    if template_name != editions.ERROR_PAGE:
        return output
    output = hook_search.edition_base(output, editions.building_edition(config, _build.package.LANGUAGES[0])[1])
    return editions.error_page(output, config)


@event_priority(-200)  # after the i18n plugin, which builds the other editions and then the search index
def on_post_build(config: MkDocsConfig) -> None:
    """Once every edition is built, give each its own search index (see hook_search); give
    every built page the same Content-Security-Policy (see hook_csp)."""
    i18n = (config.get("plugins") or {}).get("i18n")
    if i18n is not None and not i18n.building and (Path(config["site_dir"]) / hook_search.INDEX).is_file():
        folders = [f"{language}/" for language in i18n.build_languages if language != i18n.default_language]
        hook_search.split_index(Path(config["site_dir"]), i18n.default_language, folders, config.get("site_url") or "")
    serving = _command == "serve"  # live reload injects an inline script that no hash can name
    if serving:
        log.info("mkdocs serve: pages are served without their Content-Security-Policy")
    hook_csp.fill_in(Path(config["site_dir"]), policy=not serving)


# Marker handlers ------------------------------------------------------------------------


def _render(match: re.Match[str], page: Page) -> str:
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
        return handler(page)
    except Exception as error:
        raise PluginError(f"{page.file.src_uri}: marker {match.group(0)!r} failed: {error}") from error


def _histories(page: Page, html: str) -> str:
    """Each conclusion the page documents, followed by its history (see render/history.py)."""
    try:
        return _module("render.history").with_histories(html, _tree(page), _source(page))
    except Exception as error:
        raise PluginError(f"{page.file.src_uri}: {error}") from error


def _diagram(page: Page) -> str:
    root, texts, links, language = _root(page), _texts(page), _links(page), _language(page)
    drawing = _build.diagrams.get((root, language)) or _drawing(page)  # pages at the same depth share one drawing
    if isinstance(drawing, Future):  # started as the build began (see _start_drawing)
        drawing = drawing.result()
    _build.diagrams[root, language] = drawing
    # The drawing goes in after search (which leaves the diagram's box out anyway) has read the page.
    drawing = _after_search(page, drawing)
    return _module("render.figure").diagram_figure(drawing, _tree(page), links, texts)


def _drawing(where: Page | File) -> str:
    """The diagram's SVG for a page (or its file), from the cache or drawn by ``dot``."""
    tree, texts, links, language = _tree(where), _texts(where), _links(where), _language(where)
    render = lambda: _module("render.dot").render_svg(tree, texts, links, timeout=DOT_TIMEOUT)  # noqa: E731
    return _cached(f"svg-{language}", links, render)


def _start_drawing(files: Files, config: MkDocsConfig) -> None:
    """Start the drawings that this edition's pages with a diagram will need, in the background:
    ``dot`` then runs while the pages' Markdown is converted, rather than holding up the first
    page that shows the diagram (an empty cache, as after a change to the tree)."""
    if os.environ.get("DECISION_TREE_RENDERING") == "off":
        return
    language = editions.building_edition(config, _build.package.LANGUAGES[0])[0]
    for file in files.documentation_pages():
        key = _root(file), _language(file)
        if key[1] != language or key in _build.diagrams:
            continue
        if any(match.group("name") == "diagram" for match in MARKER.finditer(file.content_string)):
            _build.diagrams[key] = _build.background.submit(_drawing, file)


def _quiz(page: Page) -> str:
    versions, links = _module("versions"), _links(page)
    render = lambda: _module("render.quiz").quiz_markup(  # noqa: E731
        _tree(page), links, _build.package.__version__, _texts(page), versions.CARRIED, versions.published()
    )
    return _unless_searched(page, _cached(f"quiz-{_language(page)}", links, render))


def _citation(page: Page) -> str:
    citation = _module("render.citation")
    return citation.citation_markup(_work(page), _texts(page))


def _outline_part(part: str, parent: str) -> Callable[[Page], str]:
    """A handler for the outline, or one part of it, whose headings are listed in the page's
    table of contents under the heading ``{#parent}``, one level below it."""

    def handler(page: Page) -> str:
        html, links = _module("render.html"), _links(page)
        level = _nest_in_toc(page, parent, html.outline_toc(_tree(page), part))
        render = lambda: html.outline(_tree(page), links, _texts(page), heading=f"h{level}", part=part)  # noqa: E731
        return _cached(f"outline-{part}-h{level}-{_language(page)}", links, render)

    return handler


def _paths(page: Page) -> str:
    links = _links(page)
    table = _cached(f"paths-{_language(page)}", links, lambda: _module("render.tables").paths_table(_tree(page), links, _texts(page)))
    return _unless_searched(page, table)


def _conclusions(page: Page) -> str:
    links = _links(page)
    return _cached(f"conclusions-{_language(page)}", links, lambda: _module("render.tables").conclusions_table(_tree(page), links, _texts(page)))


def _schema(page: Page) -> str:
    return _module("render.tables").schema_table(_texts(page))


def _mental_model(page: Page) -> str:
    return _module("render.home").mental_model(_texts(page))


def _verdict_chip(verdict: str) -> Callable[[Page], str]:
    """A handler for one verdict's chip, written inline, e.g. in a table cell."""
    return lambda page: _module("render.home").chip(_texts(page), verdict)


def _version(page: Page) -> str:
    return f'<span class="dt-version">{_build.package.TREE.version}</span>'


def _guide_version(page: Page) -> str:
    return f'<span class="dt-guide-version">{_build.package.__version__}</span>'


HANDLERS: dict[str, Callable[[Page], str]] = {
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

# Helper functions ----------------------------------------------------------------------


def _module(name: str):
    """A submodule of the package imported for this build."""
    return importlib.import_module(f"decision_tree.{name}")


def _language(page: Page | File) -> str:
    """The language of the edition a page (or its file) belongs to (the i18n plugin tells each file's)."""
    return getattr(getattr(page, "file", page), "locale", None) or _build.package.LANGUAGES[0]


def _source(page: Page) -> str:
    """The page's Markdown file as the register names it: a translation ``x.zh.md`` is ``x.md``."""
    return page.file.src_uri.removesuffix(f".{_language(page)}.md").removesuffix(".md") + ".md"


def _tree(page: Page | File):
    """The tree in the page's language."""
    return _build.package.tree(_language(page))


def _texts(page: Page | File):
    """The interface texts in the page's language."""
    return _build.package.ui(_language(page))


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


def _work(page: Page):
    """The guide as a citable work: its address is the site URL, else the page's path to the root
    (the page's script replaces it with the address the reader sees)."""
    tree, language = _tree(page), _language(page)
    base = _build.site_url or _root(page)
    if language != _build.package.LANGUAGES[0]:  # the edition the reader cites is the one they read
        base = f"{base.rstrip('/')}/{language}/" if base.rstrip("/") else f"{language}/"
    citation = _module("render.citation")
    return citation.Work(title=tree.title, author=_build.site_author, url=base, guide=_build.package.__version__, tree=tree.version)


def _root(page: Page | File) -> str:
    """The relative path from this page to the site's root: './', '../', '../../' ..."""
    return get_relative_url("", page.url).rstrip("/") + "/"


def _links(page: Page | File):
    """Links from this page to the tree page, the quiz and every conclusion, through the root.

    Going through the root (``../tree/`` even from the tree page) makes the links depend only
    on the page's depth, so renderings can be shared, and keeps them right under a sub-path.
    """
    root, language = _root(page), _language(page)
    edition = root if language == _build.package.LANGUAGES[0] else f"{root}{language}/"
    return _module("render.links").Links.for_tree(_tree(page), lambda path: edition + path, site=root)


def _after_search(page: Page, html: str) -> str:
    """A placeholder that ``on_post_page`` replaces with ``html``; only for markup that search leaves out."""
    held = _build.after_search.setdefault(page.file.src_uri, [])
    held.append(html)
    return f"<!-- decision-tree-after-search: {len(held) - 1} -->"


def _unless_searched(page: Page, html: str) -> str:
    """A rendering that search leaves out (its root has ``data-search-exclude``) goes in after
    search and the theme's templates have read the page, which then need not parse it."""
    return _after_search(page, html) if SEARCH_EXCLUDED.match(html) else html


def _cached(kind: str, links, render: Callable[[], str]) -> str:
    """What ``render`` returns (the diagram's SVG, the tables, the outline, the quiz), from the cache when it holds it."""
    setting = os.environ.get("DECISION_TREE_CACHE", "")
    key = None if setting == "off" else _cache_key(kind, links)
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


def _cache_key(kind: str, links) -> str | None:
    """A hash of everything a rendering depends on: the package's files (the tree's content, its texts
    and the renderers' code), the links, Python, the graphviz package and Graphviz itself; None
    without ``dot``. Renderers are pure functions of the tree and the links, so nothing else counts."""
    common = _build.rendering_digest
    if common is None:
        return None
    digest = hashlib.sha256(common)
    for part in (kind, repr(links)):
        digest.update(part.encode() + b"\0")
    return digest.hexdigest()


def _check_site_url(config: MkDocsConfig) -> None:
    """Warn when SITE_URL is unset: the build would point canonical links and the sitemap elsewhere."""
    global _warned_site_url
    if _command == "serve" or os.environ.get("SITE_URL") or _warned_site_url:
        return
    _warned_site_url = True
    log.warning(
        "SITE_URL is not set, so canonical links and the sitemap point to %s and instant navigation "
        "stays off wherever the site is really served; set SITE_URL to the address the site will be "
        "served at, e.g. SITE_URL=https://docs.example.com/guide/ (scripts/serve sets its own)",
        config.get("site_url"),
    )
