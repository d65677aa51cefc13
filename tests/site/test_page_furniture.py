"""What every page carries around its content: a last-update date (from git, or the build date
where there is no history), a repository link only when one is configured and one that asks no
outside host for anything, and section labels that link to their index page."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ..conftest import ROOT

pytestmark = pytest.mark.site

DATE = re.compile(r'class="git-revision-date-localized-plugin git-revision-date-localized-plugin-date"[^>]*>([^<]+)<')
# What a build needs; everything else in the repository (its git history above all) is left out.
SOURCES = ("docs", "decision_tree", "scripts", "overrides", "mkdocs.yml")


def build(source: Path, destination: Path, **env: str) -> None:
    environment = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **env}
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(destination)],
        cwd=source, env=environment, capture_output=True, text=True,
    )
    assert done.returncode == 0, f"strict build failed in {source}:\n{done.stdout}\n{done.stderr}"


def test_every_page_says_when_it_was_last_updated(site) -> None:
    for page in site.directory.rglob("index.html"):
        if page.parent.name in ("search", "data"):
            continue
        found = DATE.search(page.read_text(encoding="utf-8"))
        assert found and re.search(r"\d{4}", found.group(1)), f"{page}: no last-update date"


def test_a_copy_without_git_history_builds_strictly_and_shows_the_build_date(tmp_path: Path) -> None:
    copy = tmp_path / "copy"
    for name in SOURCES:
        source = ROOT / name
        (shutil.copytree if source.is_dir() else shutil.copy)(source, copy / name)  # type: ignore[operator]
    build(copy, tmp_path / "site")
    home = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert DATE.search(home), "a copy without git history shows no date"


def test_the_repository_link_appears_only_when_configured_and_fetches_nothing(site, tmp_path: Path) -> None:
    plain = site.html("index.html")
    assert 'class="md-source"' not in plain
    build(ROOT, tmp_path / "site", REPO_URL="https://github.com/example/llm-guide")
    linked = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert '<a href="https://github.com/example/llm-guide" title="Go to repository" class="md-source">' in linked
    # The theme's script asks the code host's API for stars and forks from this component.
    assert 'data-md-component="source"' not in linked


def test_a_section_label_is_its_index_page(site) -> None:
    home = site.html("index.html")
    assert re.search(r'md-nav__container">\s*<a href="conclusions/" class="md-nav__link', home), (
        "the Conclusions section label does not link to its index page"
    )
    assert len(re.findall(r'href="conclusions/" class="md-nav__link', home)) == 1, "the index page is listed twice"
