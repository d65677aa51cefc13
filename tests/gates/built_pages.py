"""The pages of a built site, discovered from its files (or, before the build, from the Markdown
sources, so that tests can be made one per page) rather than listed by hand."""

from __future__ import annotations

from pathlib import Path

NOT_PAGES = ("assets/", "search/", "javascripts/", "stylesheets/")


def page_paths(site_dir: Path) -> list[str]:
    """Every built page as a path relative to the site's address: ``""``, ``"about/"``, ..., ``"404.html"``.

    Every ``index.html`` is a page (directory URLs); each edition's error page is a ``404.html``.
    """
    paths = []
    for html in sorted(site_dir.rglob("index.html")):
        folder = html.parent.relative_to(site_dir).as_posix()
        path = "" if folder == "." else f"{folder}/"
        if not path.startswith(NOT_PAGES):
            paths.append(path)
    paths += sorted(html.relative_to(site_dir).as_posix() for html in site_dir.rglob("404.html"))  # one per edition
    if not paths:
        raise AssertionError(f"no built pages found in {site_dir}")
    return paths


def source_page_paths(docs_dir: Path) -> list[str]:
    """The pages MkDocs builds from the Markdown files in ``docs_dir`` (with ``use_directory_urls``),
    in :func:`page_paths`' form: ``index.md`` -> ``""``, ``about.md`` -> ``"about/"``,
    ``conclusions/index.md`` -> ``"conclusions/"``, a translation ``about.zh.md`` -> ``"zh/about/"``,
    and each edition's ``404.html``, which the theme adds (``404.html``, ``zh/404.html``)."""
    paths, errors = [], {"404.html"}
    for source in docs_dir.rglob("*.md"):
        stem = source.relative_to(docs_dir).with_suffix("").as_posix()
        stem, _, language = stem.partition(".")  # a translation x.zh.md is built as zh/x/
        folder = stem[: -len("index")] if stem == "index" or stem.endswith("/index") else f"{stem}/"
        paths.append(f"{language}/{folder}" if language else folder)
        if language:
            errors.add(f"{language}/404.html")
    return sorted(paths) + sorted(errors)
