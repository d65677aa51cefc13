"""Link gate: linkchecker finds no broken internal link or anchor on the served site.

Links to other hosts are recognised but never fetched (``checkextern=0`` in linkcheckerrc).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ..conftest import free_port, serve
from .conftest import LinkCheckerFriendlyHandler

CONFIG = Path(__file__).with_name("linkcheckerrc")
LINKCHECKER = Path(sys.executable).with_name("linkchecker")
BROKEN_LINKS = '<p><a href="about/#no-such-section">a broken anchor</a> <a href="no-such-page/">a missing page</a></p>'


def run_linkchecker(url: str, *options: str) -> subprocess.CompletedProcess[str]:
    """Check every internal link and anchor reachable from ``url`` (exit status 1: something is broken)."""
    if not LINKCHECKER.exists():
        pytest.fail(f"linkchecker is not installed at {LINKCHECKER}: run scripts/setup (it installs the test extras)")
    result = subprocess.run(
        [str(LINKCHECKER), "--config", str(CONFIG), "--no-status", *options, url],
        capture_output=True, text=True, timeout=300,
    )
    if result.returncode not in (0, 1):
        pytest.fail(f"linkchecker could not run (exit status {result.returncode}):\n{result.stdout}\n{result.stderr}")
    return result


@pytest.mark.site
def test_no_broken_internal_links_or_anchors(linkchecked_site) -> None:
    result = run_linkchecker(linkchecked_site.url)
    assert result.returncode == 0, f"linkchecker found broken links:\n{result.stdout}"
    assert " 0 errors found" in result.stdout and " 0 warnings found" in result.stdout, result.stdout


@pytest.mark.site
def test_the_link_check_catches_a_broken_anchor_and_a_missing_page(site, tmp_path: Path) -> None:
    copy = tmp_path / "site"
    shutil.copytree(site.directory, copy)
    home = copy / "index.html"
    html = home.read_text(encoding="utf-8")
    assert "</article>" in html, "the home page has no <article> to add the broken links to"
    home.write_text(html.replace("</article>", BROKEN_LINKS + "</article>", 1), encoding="utf-8")
    port = free_port()
    server = serve(copy, port, LinkCheckerFriendlyHandler)
    try:
        result = run_linkchecker(f"http://127.0.0.1:{port}/", "--recursion-level=1")  # the home page's links
    finally:
        server.shutdown()
    assert result.returncode == 1, f"linkchecker passed a site with broken links:\n{result.stdout}"
    assert "no-such-section" in result.stdout and "not found" in result.stdout, result.stdout
    assert "no-such-page/" in result.stdout and "404" in result.stdout, result.stdout
