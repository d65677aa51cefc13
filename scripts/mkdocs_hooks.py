"""MkDocs hook: renders the decision tree into the pages that ask for it.

The events are here, each a few lines that hand the work to a module beside this file:

- ``hook_build.py``: one build's state: the tree imported afresh and validated once per build (so
  ``mkdocs serve`` picks up edits to ``decision_tree/``), what each page needs of it, and the
  renderings' cache in ``.cache/renderings/``;
- ``hook_markers.py``: the ``<!-- decision-tree: NAME -->`` markers and their renderings;
- ``hook_assets.py``: the guide's own scripts and stylesheets, bundled and minified;
- ``hook_csp.py``: every page's Content-Security-Policy, once the whole site is built;
- ``hook_editions.py`` and ``hook_search.py``: the two editions' pages, error pages and search
  indexes kept apart where the i18n plugin would not.

The hook also warns when ``SITE_URL`` is unset (``--strict`` then fails the build).
``DECISION_TREE_RENDERING=off`` drops every marker instead of rendering it. It exists for the
build-time benchmark (scripts/benchmark.py), which compares builds with and without rendering.
"""

from __future__ import annotations

import importlib
import logging
import os
import sys
from dataclasses import replace
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

# Beside this file: MkDocs puts the hook's folder on sys.path while loading it.
import hook_assets
import hook_csp
import hook_editions as editions
import hook_markers as markers
import hook_search
from hook_build import Build

log = logging.getLogger("mkdocs.plugins.decision_tree")

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
    package, data = _build.package, _build.module("render.data")
    current = [package.tree(language) for language in package.LANGUAGES]
    exports = data.version_exports(current, _build.module("versions").frozen(), package.__version__)
    for path, text in {**exports, data.SCHEMA_ADDRESS: _build.module("snapshot").json_schema_text()}.items():
        files.append(File.generated(config, path, content=text))
    if os.environ.get("DECISION_TREE_RENDERING") != "off":
        markers.start_drawing(_build, files, editions.building_edition(config, _build.default_language)[0])
    return hook_assets.ship(files, hook_assets.bundle(Path(config["docs_dir"]), hook_assets.entries(config)))


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str | None:
    """Replace every decision-tree marker in the page's HTML, and give a page that documents
    conclusions each one's history and what its script needs to cite each of them.

    Markers pass through Markdown untouched (they are HTML comments), and the renderings go
    in afterwards, so Markdown never re-parses the large SVG and quiz markup.
    """
    if os.environ.get("DECISION_TREE_RENDERING") == "off":
        log.info("%s: decision-tree markers dropped (DECISION_TREE_RENDERING=off)", page.file.src_uri)
        return markers.drop(html)
    return markers.render_page(_build, html, page)


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    """Put back the renderings held back from the search plugin and the theme, and add Open Graph
    title and description, so a shared link to any page previews with its name."""
    output = editions.translations_in_content(output)
    language = _build.language(page)
    output = hook_search.edition_base(output, "" if language == _build.default_language else f"{language}/")
    description = page.meta.get("description") or config.site_description or ""
    title = page.title if page.is_homepage else f"{page.title} - {config.site_name}"
    tags = _build.module("render.meta").open_graph(title=title, description=description, url=page.canonical_url or "", site=config.site_name)
    output = output.replace("</head>", tags + "</head>", 1)
    # Last, so that nothing above reads the renderings (the quiz's page is ten times larger with them).
    return markers.put_back(_build, page, output)


def on_page_context(context: dict, page: Page, config: MkDocsConfig, nav) -> dict:
    """Every page's furniture (overrides/partials/copyright.html) speaks the page's language."""
    context["guide_texts"] = _build.texts(page)
    return context


def on_template_context(context: dict, template_name: str, config: MkDocsConfig) -> dict:
    """The error page gets its edition's texts from the catalogue (``error_texts``, and
    ``guide_texts`` for the furniture), and its language links lead to each edition's home page."""
    if template_name == editions.ERROR_PAGE:
        editions.point_error_page_home(config)
        language, context["error_edition"] = editions.building_edition(config, _build.default_language)
        context["error_texts"] = context["guide_texts"] = _build.package.ui(language)
    return context


def on_post_template(output: str, template_name: str, config: MkDocsConfig) -> str:
    """Each edition keeps its own error page (see hook_editions.error_page), which searches its
    edition's pages (hook_search)."""
    if template_name != editions.ERROR_PAGE:
        return output
    output = hook_search.edition_base(output, editions.building_edition(config, _build.default_language)[1])
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


# Helper functions ----------------------------------------------------------------------


def _check_site_url(config: MkDocsConfig) -> None:
    """SITE_URL unset would point canonical links and the sitemap elsewhere: a strict build stops
    at once, naming it (rather than after building every page); any other build warns."""
    global _warned_site_url
    if _command == "serve" or os.environ.get("SITE_URL") or _warned_site_url:
        return
    _warned_site_url = True
    message = (
        f"SITE_URL is not set, so canonical links and the sitemap point to {config.get('site_url')} and instant "
        "navigation stays off wherever the site is really served; set SITE_URL to the address the site will be "
        "served at, e.g. SITE_URL=https://docs.example.com/guide/ (scripts/serve sets its own)"
    )
    if config.get("strict"):
        raise PluginError(message)
    log.warning(message)
