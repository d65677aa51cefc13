"""The two editions of the built site: English at the root and Chinese under zh/, page for page.

Every page exists in both with the same heading ids, so an anchor cited in either language
points at the same place, and with no kind of element its English twin lacks (so the same
colours); every conclusion resolves in both, with its heading and verdict in the edition's
language; each page names its language and links its translation; and no English sentence is
left on a Chinese page outside code, ids and text marked as English.
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin

import pytest

from decision_tree import tree

from ..conftest import ROOT
from ..gates.built_pages import page_paths
from .built_html import HEADINGS, element_kinds, pages

pytestmark = pytest.mark.site

DOCS = ROOT / "docs"
# The line under a conclusion's id that states its verdict; a background conclusion recommends no
# route, so the Chinese edition names it as a kind of conclusion rather than a recommendation.
VERDICT_LINE = {"en": "Verdict: ", "zh": "推荐方案："}
BACKGROUND_LINE = {"en": "Verdict: Background", "zh": "结论类型：背景说明"}
# The stylesheets a page links, by file name (the Chinese pages' addresses go one folder further up).
STYLESHEETS = re.compile(r'<link rel="stylesheet" href="(?:\.\./)*([^"]+)"')
# Five Latin words in a row, outside code and outside text marked lang="en", is an English sentence.
ENGLISH_RUN = re.compile(r"(?:[A-Za-z][A-Za-z0-9'’.\-]*[\s,:;()/&+]+){4,}[A-Za-z][A-Za-z0-9'’.\-]*")


class _Page(HTMLParser):
    """A built page's language, alternate links, heading ids and the text of its article."""

    SKIP = {"code", "pre", "kbd", "samp", "script", "style", "svg"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lang, self.alternates, self.translations, self.headings, self.text = "", {}, {}, [], []
        self._stack: list[tuple[str, bool, bool]] = []
        self._skipping = self._in_article = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "html":
            self.lang = a.get("lang", "")
        if tag == "link" and a.get("rel") == "alternate" and "hreflang" in a:
            self.alternates[a["hreflang"]] = a.get("href", "")
        if "data-dt-translations" in a:
            self.translations = json.loads(a["data-dt-translations"])
        if tag in HEADINGS and "id" in a and self._in_article:
            self.headings.append(a["id"])
        if tag in {"br", "hr", "img", "input", "link", "meta", "source", "wbr"}:
            return
        skip = tag in self.SKIP or a.get("lang", "").startswith("en") or "headerlink" in a.get("class", "")
        self._stack.append((tag, skip, tag == "article"))
        self._skipping += skip
        self._in_article += tag == "article"

    def handle_endtag(self, tag: str) -> None:
        while self._stack:
            name, skip, article = self._stack.pop()
            self._skipping -= skip
            self._in_article -= article
            if name == tag:
                break

    def handle_data(self, data: str) -> None:
        if self._in_article and not self._skipping:
            self.text.append(data)


def read(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


def built(site, source: str, language: str) -> Path:
    """The built file of a page's edition, from its English source (``conclusions/cost.md``)."""
    stem = source.removesuffix(".md")
    folder = "" if stem == "index" else stem.removesuffix("index") if stem.endswith("/index") else stem + "/"
    return site.directory / ("" if language == "en" else f"{language}/") / folder / "index.html"


@pytest.fixture(scope="module")
def sources() -> list[str]:
    """Every English page's source, relative to docs/."""
    return sorted(p.relative_to(DOCS).as_posix() for p in DOCS.rglob("*.md") if p.suffixes == [".md"])


def test_every_page_is_written_in_both_languages(sources) -> None:
    translations = sorted(p.relative_to(DOCS).as_posix().replace(".zh.md", ".md") for p in DOCS.rglob("*.zh.md"))
    assert translations == sources, "every English page needs its Chinese page, and only those"


def test_both_editions_have_the_same_heading_ids_page_for_page(site, sources) -> None:
    for source in sources:
        english, chinese = read(built(site, source, "en")), read(built(site, source, "zh"))
        assert english.headings, f"{source}: no headings found"
        assert chinese.headings == english.headings, f"{source}: the Chinese page's headings differ from the English page's"


def test_each_page_names_its_language_and_carries_its_translation(site, sources) -> None:
    for source in sources:
        for language, other in (("en", "zh"), ("zh", "en")):
            path = built(site, source, language)
            page = read(path)
            assert page.lang == language, f"{path}: <html lang={page.lang!r}>"
            # Not in the head, where the theme would fetch a sitemap beside each (see the hook).
            assert page.alternates == {}, f"{path}: alternate links left in the head: {page.alternates}"
            address = urljoin(site.page(path.parent.relative_to(site.directory).as_posix() + "/"), page.translations[other])
            target = site.directory / address.removeprefix(site.url) / "index.html"
            assert target.resolve() == built(site, source, other).resolve(), f"{path}: its {other} translation is {page.translations[other]!r}"


def test_the_sitemap_lists_each_page_with_its_translation(site, sources) -> None:
    sitemap = (site.directory / "sitemap.xml").read_text(encoding="utf-8")
    for source in sources:
        english = built(site, source, "en").parent.relative_to(site.directory).as_posix().removesuffix(".")
        address = site.page(english + "/" if english else "")
        entry = sitemap[sitemap.index(f"<loc>{address}</loc>"):].split("</url>")[0]
        assert f'hreflang="zh" href="{site.page("zh/" + (english + "/" if english else ""))}"' in entry, f"sitemap: {source}"


def test_every_conclusion_resolves_in_both_editions_in_their_own_words(site) -> None:
    english, chinese = pages(site.directory, DOCS, "en"), pages(site.directory, DOCS, "zh")
    for language, edition in (("en", english), ("zh", chinese)):
        labels = tree(language).verdicts
        for source, page in edition.items():
            for block in page.conclusions:
                registered = tree(language).conclusion(block.id)
                assert registered and registered.page == source, f"{language} {source}: {block.id!r} is not registered on this page"
                assert block.heading_text.strip() == registered.title, f"{language} {source}: heading of {block.id!r}"
                background = block.verdict == "background"
                line = BACKGROUND_LINE[language] if background else VERDICT_LINE[language] + labels[block.verdict]
                assert re.sub(r"\s", "", line) in re.sub(r"\s", "", block.text), f"{language} {block.id!r} shows no line {line!r}"
    ids = lambda edition: sorted((s, b.id, b.verdict) for s, p in edition.items() for b in p.conclusions)  # noqa: E731
    assert ids(chinese) == ids(english), "the editions document different conclusions or verdicts"


def test_no_english_sentence_is_left_on_a_chinese_page(site, sources) -> None:
    for source in sources:
        text = " ".join(read(built(site, source, "zh")).text)
        runs = [m.group(0).strip() for m in ENGLISH_RUN.finditer(text)]
        assert not runs, f"zh/{source}: English outside code and lang=\"en\": {runs[:3]}"


def test_a_chinese_page_shows_no_kind_of_element_its_english_twin_lacks(site) -> None:
    """The accessibility rules that depend on colour run on the English pages only, in both
    palettes (tests/gates/test_every_page.py): a Chinese page has the same stylesheets and only
    kinds of element its twin has, in the same places, so its colours are theirs."""
    every = page_paths(site.directory)
    chinese = [path for path in every if path.startswith("zh/")]
    assert len(chinese) == len(every) / 2, "every page needs its twin in the other edition"
    for path in chinese:
        built = [site.directory / (p + "index.html" if p.endswith("/") or not p else p) for p in (path, path.removeprefix("zh/"))]
        zh, en = (p.read_text(encoding="utf-8") for p in built)
        assert STYLESHEETS.findall(zh) == STYLESHEETS.findall(en), f"{path}: other stylesheets than its English twin's"
        added = sorted(element_kinds(zh) - element_kinds(en))
        assert not added, f"{path}: {len(added)} kind(s) of element its English twin lacks, first:\n" + "\n".join(added[:5])


def test_a_kind_of_element_is_its_tag_and_classes_within_those_around_it() -> None:
    english = element_kinds('<body><div class="b a"><p>Text <a href="x">link</a></p></div></body>')
    assert english == {"body", "body > div.a.b", "body > div.a.b > p", "body > div.a.b > p > a"}
    same = '<body><div class="a b"><p>文字 <span lang="en">RAG</span> <a href="y">链接</a></p></div></body>'
    assert element_kinds(same) <= english  # other words, a language marked: nothing new
    assert element_kinds('<body><div class="a b"><p><a class="x">链接</a></p></div></body>') - english == {"body > div.a.b > p > a.x"}
    assert element_kinds('<body><div class="a b"><a>链接</a></div></body>') - english == {"body > div.a.b > a"}
    assert element_kinds('<body><div class="a b"><p><span lang="en" class="c">RAG</span></p></div></body>') - english == {"body > div.a.b > p > span.c"}
