"""The pages of a built site, discovered from its files rather than listed by hand."""

from __future__ import annotations

from pathlib import Path

NOT_PAGES = ("assets/", "search/", "javascripts/", "stylesheets/")


def page_paths(site_dir: Path) -> list[str]:
    """Every built page as a path relative to the site's address: ``""``, ``"about/"``, ..., ``"404.html"``.

    Every ``index.html`` is a page (directory URLs); the error page is served as ``404.html``.
    """
    paths = []
    for html in sorted(site_dir.rglob("index.html")):
        folder = html.parent.relative_to(site_dir).as_posix()
        path = "" if folder == "." else f"{folder}/"
        if not path.startswith(NOT_PAGES):
            paths.append(path)
    if (site_dir / "404.html").exists():
        paths.append("404.html")
    if not paths:
        raise AssertionError(f"no built pages found in {site_dir}")
    return paths
