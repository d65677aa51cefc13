"""Link gate: no broken internal link or anchor, in the Markdown sources or in the built site.

Two checks, each proven here to catch a broken anchor and a missing page:

- MkDocs' own validation (``validation:`` in mkdocs.yml, made fatal by ``--strict``) checks every
  link written in Markdown, anchors included, while it builds.
- :mod:`.links` checks every ``href``, ``xlink:href`` and ``src`` of the built HTML and SVG, and so
  also the links that the theme and the tree's renderings (the diagram's SVG links among them) write.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from mkdocs.utils.yaml import yaml_load

from ..conftest import ROOT
from .links import Broken, check

pytestmark = pytest.mark.site

# Written into a copy of the built home page: each must be reported, and nothing else.
BROKEN_HTML = {
    "about/#no-such-section": "no such anchor: about/index.html has no element with id 'no-such-section'",
    "no-such-page/": "no such page or file: no-such-page/index.html was not built",
    "#nowhere-on-this-page": "no such anchor: index.html has no element with id 'nowhere-on-this-page'",
    "no-such-quiz/#v=2&problem=style": "no such page or file: no-such-quiz/index.html was not built",
}
BROKEN_SVG = {
    "tree/#no-such-node": "no such anchor: tree/index.html has no element with id 'no-such-node'",
    "no-such-diagram-page/": "no such page or file: no-such-diagram-page/index.html was not built",
}


def reasons(broken: list[Broken]) -> dict[str, str]:
    return {item.link.url: item.reason for item in broken}


def test_no_broken_link_or_anchor_in_the_built_site(site) -> None:
    broken = check(site.directory, site.url)
    assert not broken, "broken links:\n" + "\n".join(map(str, broken))


def test_no_broken_link_or_anchor_under_a_sub_path(subpath_site) -> None:
    broken = check(subpath_site.directory, subpath_site.url)
    assert not broken, "broken links:\n" + "\n".join(map(str, broken))


def test_the_built_site_check_catches_broken_anchors_and_missing_pages(site, tmp_path: Path) -> None:
    copy = tmp_path / "site"
    shutil.copytree(site.directory, copy)
    home = copy / "index.html"
    html = home.read_text(encoding="utf-8")
    assert "</article>" in html, "the home page has no <article> to add the broken links to"
    anchors = "".join(f'<a href="{href}">broken</a>' for href in BROKEN_HTML)
    drawing = "".join(f'<a xlink:href="{href}"><text>broken</text></a>' for href in BROKEN_SVG)
    svg = f'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">{drawing}</svg>'
    home.write_text(html.replace("</article>", f"<p>{anchors}</p>{svg}</article>", 1), encoding="utf-8")

    assert reasons(check(copy, site.url)) == {**BROKEN_HTML, **BROKEN_SVG}


def test_the_built_site_check_reads_ids_as_a_browser_does(tmp_path: Path) -> None:
    """Escaped ids (Graphviz writes '-' as '&#45;') and percent-encoded fragments are matched, a quiz
    permalink's state is not taken for an anchor, and a link that leaves the site's sub-path is reported."""
    site = tmp_path / "site"
    (site / "tree").mkdir(parents=True)
    (site / "tree" / "index.html").write_text('<svg><g id="node&#45;a"></g></svg><h2 id="caf\u00e9">x</h2>', encoding="utf-8")
    (site / "index.html").write_text(
        '<a href="tree/#node-a">a</a> <a href="tree/#caf%C3%A9">b</a> <a href="#">top</a> '
        '<a href="https://example.org/elsewhere/#anything">other host</a> <a href="/other-site/">c</a> '
        '<a href="tree/#v=2&amp;problem=style">a quiz permalink\'s state, not an anchor</a>',
        encoding="utf-8",
    )
    assert reasons(check(site, "http://127.0.0.1:8000/guide/")) == {
        "/other-site/": "leaves the site: http://127.0.0.1:8000/other-site/ is not under http://127.0.0.1:8000/guide/",
    }


def test_mkdocs_validation_catches_broken_anchors_and_missing_pages_in_markdown(tmp_path: Path) -> None:
    """A small site with the guide's own ``validation:`` settings fails its strict build on both."""
    settings = yaml_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))["validation"]
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "about.md").write_text("# About\n\n## A section\n", encoding="utf-8")
    (docs / "index.md").write_text(
        "# Home\n\n[fine](about.md#a-section) [anchor](about.md#no-such-section) [page](no-such-page.md)\n",
        encoding="utf-8",
    )
    config = tmp_path / "mkdocs.yml"
    lines = ["site_name: link gate self-test", "strict: true", "validation:"]
    config.write_text("\n".join(lines + [f"  {key}: {value}" for key, value in settings.items()]) + "\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--config-file", str(config), "--site-dir", str(tmp_path / "out")],
        capture_output=True, text=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    output = result.stdout + result.stderr
    assert result.returncode != 0, f"the strict build passed broken links:\n{output}"
    warnings = sorted(line for line in output.splitlines() if "WARNING" in line)
    assert len(warnings) == 2, f"expected one warning for each broken link, and none for the valid one:\n{output}"
    assert "link 'about.md#no-such-section'" in warnings[0] and "anchor '#no-such-section'" in warnings[0], output
    assert "link 'no-such-page.md'" in warnings[1] and "not found" in warnings[1], output
