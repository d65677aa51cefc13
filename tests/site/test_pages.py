"""The built site as a whole: claim coverage, no outside loads, rendered markers."""

from __future__ import annotations

import base64
import hashlib
import json
import posixpath
import re
from html.parser import HTMLParser

import pytest

from decision_tree import TREE, ui
from decision_tree.render.data import SCHEMA_ADDRESS
from decision_tree.snapshot import json_schema_text

from ..conftest import ROOT
from .built_html import pages

CLAIMS = [f"C{n}" for n in range(1, 45)]
LEFTOVER_MARKER = re.compile(r"<!--[\s-]*decision[\W_]*tree\b", re.I)
# A row's first cell is its claim id, written as a link to its own anchor: [C26](#c26){ #c26 }
ROW = re.compile(r"^\|\s*\[(C\d+[a-d]?)\]\(#c\d+[a-d]?\)\{ #c\d+[a-d]? \}\s*\|.*\|(?P<where>[^|]*)\|\s*$", re.M)
LINK = re.compile(r"\]\(([^)\s]+)\)")


@pytest.fixture(scope="module")
def site_pages(site):
    return pages(site.directory, ROOT / "docs")


def coverage_rows() -> dict[str, list[str]]:
    text = (ROOT / "docs" / "coverage.md").read_text(encoding="utf-8")
    return {m.group(1): LINK.findall(m.group("where")) for m in ROW.finditer(text)}


def test_every_claim_c1_to_c44_is_mapped_to_a_page_anchor() -> None:
    rows = coverage_rows()
    missing = [c for c in CLAIMS if c not in rows]
    assert not missing, f"docs/coverage.md has no row for {missing}"
    unlinked = [c for c in CLAIMS if not any("#" in link for link in rows[c])]
    assert not unlinked, f"claims without a link to a page anchor: {unlinked}"


def test_every_coverage_anchor_exists_in_the_built_site(site_pages) -> None:
    for claim, links in coverage_rows().items():
        for link in links:
            target, _, anchor = link.partition("#")
            page = posixpath.normpath(target) if target else "coverage.md"
            assert page in site_pages, f"{claim}: {link!r} points to a page that was not built"
            assert anchor in site_pages[page].ids, f"{claim}: anchor #{anchor} is missing on {page}"


def test_no_page_loads_anything_from_another_host(site, site_pages) -> None:
    for page, idx in site_pages.items():
        outside = [u for u in idx.loads if re.match(r"^(https?:)?//", u) and not u.startswith(site.url)]
        assert not outside, f"{page} loads from outside hosts: {outside}"
    for css in site.directory.rglob("*.css"):
        imports = re.findall(r"@import\s+url\((['\"]?)(https?:)?//", css.read_text(encoding="utf-8"))
        assert not imports, f"{css.name} imports a stylesheet from another host"


def test_markers_are_rendered_and_none_is_left(site, site_pages) -> None:
    for html in site.directory.rglob("*.html"):
        leftover = LEFTOVER_MARKER.search(html.read_text(encoding="utf-8"))
        assert not leftover, f"{html} still holds a marker: {leftover.group(0)!r}"
    tree_ids = site_pages["tree.md"].ids
    assert {f"question-{q.id}" for q in TREE.questions} <= tree_ids
    assert {f"outcome-{o.id}" for o in TREE.outcomes} <= tree_ids
    assert {f"dt-node-{q.id}" for q in TREE.questions} <= tree_ids
    assert "data-tree=" in site.html("quiz/index.html")


def test_the_site_describes_itself_for_search_engines_and_readers(site) -> None:
    home = site.html("index.html")
    assert '<meta name="description"' in home
    assert "fonts.googleapis" not in home and "Made with" not in home


class ResultLinks(HTMLParser):
    """The links to quiz results a page holds: (href, the result it says it reaches)."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[tuple[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "a" and "data-dt-outcome" in values:
            self.found.append((values["href"] or "", values["data-dt-outcome"] or ""))


def result_links(html: str) -> list[tuple[str, str]]:
    parser = ResultLinks()
    parser.feed(html)
    return parser.found


@pytest.mark.parametrize("edition", ["", "zh/"])
def test_case_studies_link_to_quiz_results_that_reach_the_outcome_they_name(site, edition: str) -> None:
    """Each link is a current permalink, written as the quiz writes it, whose answers reach the
    result it names: an outcome's id, or for a result of several parts the result's id
    (``rag+fine-tune``); some links show several needs at once."""
    from decision_tree import decide
    from decision_tree.permalink import fragment, read_link

    links = result_links(site.html(f"{edition}case-studies/index.html"))
    assert len(links) >= 10, "the case studies link to too few quiz results"
    several_needs = 0
    for href, named in links:
        assert href.startswith("../quiz/#"), f"{href}: not a link to the quiz"
        version, answers = read_link(href)
        assert version == TREE.version, f"{href}: made with tree version {version}, not {TREE.version}"
        decision = decide(TREE, answers)
        assert decision.result.id == named, f"{href}: reaches {decision.result.id!r}, not {named!r}"
        assert href == f"../quiz/#{fragment(TREE, decision.answers)}", f"{href}: not written as the quiz writes it"
        several_needs += len(decision.path[0].options) > 1
    assert several_needs >= 2, "no example in the case studies names several needs at once"


def test_both_editions_of_the_case_studies_link_the_same_results(site) -> None:
    english = result_links(site.html("case-studies/index.html"))
    chinese = result_links(site.html("zh/case-studies/index.html"))
    assert chinese == english, "the Chinese case studies link other results than the English ones"


# Content-Security-Policy ---------------------------------------------------------------------

POLICY = re.compile(r'<meta http-equiv="Content-Security-Policy" content="(?P<policy>[^"]*)">')
REQUIRED = {"default-src": "'self'", "style-src": "'self'", "img-src": "'self' data:", "object-src": "'none'",
            "base-uri": "'self'", "form-action": "'self'"}


class Tags(HTMLParser):
    """The inline scripts a browser runs, and the attributes a strict policy would block."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.scripts: list[str] = []
        self.blocked: list[str] = []
        self._script: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        names = dict(attrs)
        self.blocked += [f"<{tag} {name}=...>" for name in names if name.startswith("on") or name == "style"]
        runs = "src" not in names and names.get("type", "text/javascript") in ("text/javascript", "module")
        self._script = [] if tag == "script" and runs else None
        if tag == "style":
            self.blocked.append("<style>")

    def handle_data(self, data: str) -> None:
        if self._script is not None:
            self._script.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._script is not None:
            self.scripts.append("".join(self._script))
        self._script = None


def test_every_page_carries_one_strict_content_security_policy(site) -> None:
    pages = sorted(site.directory.rglob("*.html"))
    assert site.directory / "404.html" in pages
    policies = set()
    for path in pages:
        html, name = path.read_text(encoding="utf-8"), path.relative_to(site.directory).as_posix()
        found = POLICY.findall(html)
        assert len(found) == 1, f"{name}: {len(found)} Content-Security-Policy elements (expected 1)"
        head = html[: html.index("</head>")]
        first_load = min(head.index(tag) for tag in ("<script", '<link rel="stylesheet"'))
        assert head.index(found[0]) < first_load, f"{name}: the policy comes after a script or stylesheet"
        directives = dict(part.strip().split(" ", 1) for part in found[0].split(";"))
        assert {k: directives.get(k) for k in REQUIRED} == REQUIRED, name
        assert "unsafe" not in found[0], f"{name}: {found[0]}"
        tags = Tags()
        tags.feed(html)
        assert not tags.blocked, f"{name}: the policy blocks {tags.blocked}"
        allowed = set(directives["script-src"].split())
        for script in tags.scripts:
            digest = "'sha256-" + base64.b64encode(hashlib.sha256(script.encode()).digest()).decode() + "'"
            assert digest in allowed, f"{name}: no hash for the inline script {script[:60]!r}"
        policies.add(found[0])
    assert len(policies) == 1, "pages differ in their policy; instant navigation would then combine two"


@pytest.mark.parametrize("edition", ["", "zh/"])
def test_search_finds_the_quiz_page_by_its_own_words_not_by_its_interface(site, edition: str) -> None:
    """The quiz's markup (its interface texts, filled in by the script, and its text version of
    the tree, which search finds on the tree page) stays out of the search index."""
    texts = ui(edition.rstrip("/") or "en")
    entries = [e for e in json.loads(site.html(edition + "search/search_index.json"))["docs"] if e["location"].startswith("quiz/")]
    assert entries and all("#dt-quiz" not in e["location"] for e in entries)
    indexed = " ".join(e["text"] for e in entries)
    interface = [texts[key] for key in ("undo-text", "start-own", "drift-continue", "drift-open-current")]
    assert not [text for text in interface if text in indexed], "the quiz's interface is in the search index"
    assert TREE.question(TREE.start).text not in indexed, "the quiz page's text version of the tree is in the search index"


def test_the_export_s_json_schema_is_published_and_both_command_line_pages_link_to_it(site) -> None:
    assert (site.directory / SCHEMA_ADDRESS).read_text(encoding="utf-8") == json_schema_text()
    for page in ("cli/index.html", "zh/cli/index.html"):
        targets = {posixpath.normpath(posixpath.join(posixpath.dirname(page), href)) for href in re.findall(r'href="([^"#]+)"', site.html(page))}
        assert SCHEMA_ADDRESS in targets, f"{page} does not link to {SCHEMA_ADDRESS}"
