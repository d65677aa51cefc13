"""The guide's two editions (English at the root, Chinese under ``zh/``, built by
mkdocs-static-i18n), as the MkDocs hook (scripts/mkdocs_hooks.py) needs them.

- Each page carries its translations in its content (:func:`translations_in_content`), where
  docs/javascripts/language.js finds them after every instant navigation.
- Each edition keeps its own error page (:func:`error_page`), its language links pointing at
  the editions' home pages (:func:`point_error_page_home`).
- The search plugin's Chinese word list is read beside mkdocs.yml (:func:`search_terms_beside_config`).
- Citations name an author in each edition (:func:`citation_author`), and a site built with a
  repository offers a way to report a problem (:func:`report_url_from_repository`).
"""

from __future__ import annotations

import json
import logging
import os
import re
from copy import deepcopy
from html import escape
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig

ERROR_PAGE = "404.html"
ALTERNATE = re.compile(r'\s*<link rel="alternate" href="(?P<href>[^"]*)" hreflang="(?P<lang>[^"]*)">')
ARTICLE = re.compile(r'<article class="md-content__inner[^"]*">')


class SwitcherHandled(logging.Filter):
    """Drops the i18n plugin's warning that its contextual language links fail under instant
    navigation: docs/javascripts/language.js gives the switcher this page's translations after
    every page change (see translations_in_content), and a browser test checks it lands on the
    same page in the other language."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "language switcher contextual link is not compatible" not in record.getMessage()


def translations_in_content(html: str) -> str:
    """Move the page's ``<link rel="alternate" hreflang>`` from the head into its content.

    The theme fetches ``sitemap.xml`` beside every alternate link of the head, which it expects
    to be the root of another edition; the i18n plugin writes one per page, so each page would
    ask for sitemaps that do not exist. In the content (which instant navigation replaces on every
    page) the language switcher's script still finds this page's translations, and search engines
    find them in sitemap.xml, which lists every page's alternates.
    """
    found = {m.group("lang"): m.group("href") for m in ALTERNATE.finditer(html)}
    if not found:
        return html
    html = ALTERNATE.sub("", html)
    carrier = '<span hidden data-dt-translations="' + escape(json.dumps(found, separators=(",", ":"))) + '"></span>'
    return ARTICLE.sub(lambda match: match.group(0) + carrier, html, count=1)


def point_error_page_home(config: MkDocsConfig) -> None:
    """Point the error page's language links at each edition's home page: the i18n plugin leaves
    the links of the last page it rendered there, and the error page answers for every missing address."""
    homes = getattr(config.plugins.get("i18n"), "extra_alternate", None)
    if homes:
        config.extra.alternate = deepcopy(homes)


def building_edition(config: MkDocsConfig, default: str) -> tuple[str, str]:
    """The language of the edition being built (the i18n plugin's, else ``default``) and its
    folder under the site's root: ``""`` for the default edition, e.g. ``"zh/"`` for another."""
    i18n = config.plugins.get("i18n")
    if i18n is None or i18n.is_default_language_build:
        return getattr(i18n, "current_language", None) or default, ""
    return i18n.current_language, f"{i18n.current_language}/"


def error_page(output: str, config: MkDocsConfig) -> str:
    """The error page as MkDocs should write it: carrying its translations in its content, like
    every other page; English at the root (what a server answers for any missing address), and
    another edition's written beside its pages (``zh/404.html``) here, leaving MkDocs nothing to
    write. The i18n plugin builds every edition into one directory, so without this the last
    edition built would overwrite the root's."""
    output = translations_in_content(output)
    _, folder = building_edition(config, default="")
    if not folder:
        return output
    path = Path(config["site_dir"]) / folder / ERROR_PAGE
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(output, encoding="utf-8")
    return ""  # MkDocs writes nothing for an empty template


def search_terms_beside_config(config: MkDocsConfig) -> None:
    """Read the search plugin's Chinese word list relative to mkdocs.yml rather than to the
    directory the build was started from (the plugin takes the path as given)."""
    search = (config.get("plugins") or {}).get("material/search")
    path = search.config.jieba_dict_user if search else None
    if path and not os.path.isabs(path):
        search.config.jieba_dict_user = os.path.join(os.path.dirname(config["config_file_path"]), path)


def citation_author(config: MkDocsConfig) -> str:
    """Whom citations name as the guide's author: ``extra.citation_author`` (a person, a team or an
    organisation; the i18n plugin lets an edition set its own), else the edition's site name, as a
    corporate author. The page's ``<meta name="author">`` says the same."""
    extra = config.get("extra") or {}
    author = (extra.get("citation_author") or "").strip() or config.get("site_name") or ""
    config["site_author"] = author
    return author


def report_url_from_repository(config: MkDocsConfig) -> None:
    """A site built with a repository (``repo_url``) offers a way to report a problem:
    ``extra.report_url``, else the repository's new-issue page."""
    repository, extra = config.get("repo_url"), config.get("extra")
    if repository and extra is not None and not extra.get("report_url"):
        extra["report_url"] = repository.rstrip("/") + "/issues/new"
