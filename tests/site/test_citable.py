"""Citable to the line: every conclusion prints its id, every claim id links to its own row of coverage."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from decision_tree import TREE

from ..conftest import Site

CLAIM = re.compile(r"\bC\d{1,2}[a-d]?\b")
COVERAGE_CELL = re.compile(r'<td><a href="#(?P<href>[^"]+)" id="(?P<id>[^"]+)">(?P<text>C\d+[a-d]?)</a></td>')
SUB_CLAIMS = {"C13": "abcd", "C43": "abc", "C44": "abcd"}
ALL_CLAIMS = {f"C{n}" for n in range(1, 47)} | {f"{c}{s}" for c, subs in SUB_CLAIMS.items() for s in subs}


class ClaimMentions(HTMLParser):
    """Every claim id in a page's article text, with the link it stands in (None if none)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.article = 0
        self.links: list[str] = []
        self.found: list[tuple[str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "article":
            self.article += 1
        elif tag == "a":
            self.links.append(dict(attrs).get("href") or "")

    def handle_endtag(self, tag: str) -> None:
        if tag == "article":
            self.article -= 1
        elif tag == "a" and self.links:
            self.links.pop()

    def handle_data(self, data: str) -> None:
        if self.article:
            self.found += [(m.group(), self.links[-1] if self.links else None) for m in CLAIM.finditer(data)]


def built_pages(site: Site) -> dict[str, str]:
    """The HTML of every built page, by its folder in the site ("" for the home page)."""
    return {
        html.parent.relative_to(site.directory).as_posix().removeprefix("."): html.read_text(encoding="utf-8")
        for html in sorted(site.directory.rglob("index.html"))
    }


def test_every_conclusion_box_prints_its_own_id_under_its_heading(site: Site) -> None:
    for conclusion in TREE.conclusions:
        folder = conclusion.path.split("#")[0]
        html = site.html(f"{folder}index.html")
        printed = re.search(
            rf'<h([23]) id="{conclusion.id}">[^\n]*</h\1>\s*<p class="conclusion-id">Conclusion id: <code>([^<]*)</code></p>', html
        )
        assert printed, f"{folder}: the box of {conclusion.id!r} does not print its id right under its heading"
        assert printed.group(2) == conclusion.id


def test_every_claim_has_one_row_on_coverage_anchored_by_its_id_in_lower_case(site: Site) -> None:
    cells = [m.groupdict() for m in COVERAGE_CELL.finditer(site.html("coverage/index.html"))]
    for cell in cells:
        assert cell["href"] == cell["id"] == cell["text"].lower(), f"coverage row {cell['text']}: {cell}"
    claims = [cell["text"] for cell in cells]
    assert sorted(claims) == sorted(set(claims)), "a claim has more than one row on coverage"
    assert set(claims) == ALL_CLAIMS, f"rows missing: {sorted(ALL_CLAIMS - set(claims))}; unknown: {sorted(set(claims) - ALL_CLAIMS)}"


def test_every_claim_id_in_the_text_links_to_its_row(site: Site) -> None:
    mentions = 0
    for folder, html in built_pages(site).items():
        parser = ClaimMentions()
        parser.feed(html)
        for claim, href in parser.found:
            mentions += 1
            row = f"#{claim.lower()}"
            expected = row if folder.rpartition("/")[2] == "coverage" else f"coverage/{row}"
            assert href is not None and href.endswith(expected), f"{folder or 'home'}: {claim} links to {href!r}, not to its row {expected}"
    assert mentions > 200, f"expected the guide to name the article's claims throughout, found {mentions} mentions"

