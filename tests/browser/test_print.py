"""The tree page on paper: the diagram prints on landscape pages of its own with every label at
8 pt or more, nothing is wider than the content box, the paths give way to a note, links print
their addresses, and the page count stays sensible."""

from __future__ import annotations

import re
import unicodedata

import pytest
from playwright.sync_api import Page

from decision_tree import TREE, tree
from tests.browser.printed import printed_pages
from tests.browser.quiz_driver import TEXTS

pytestmark = pytest.mark.browser

A4_WIDTH = 794  # CSS px at 96 dpi
# The outline is a reference of about half a page for each question and outcome, without the paths
# table (tree version 3's 46 printed on 26 A4 pages, its diagram's included).
MAX_PAGES = round(0.6 * (len(TREE.questions) + len(TREE.outcomes)))
# Elements whose right edge passes the content box, in print.
TOO_WIDE = """() => {
  const box = document.querySelector('.md-content__inner').getBoundingClientRect();
  return [...document.querySelectorAll('.md-content__inner *')]
    .filter(el => el.getClientRects().length && el.getBoundingClientRect().right > box.right + 1)
    .map(el => el.tagName.toLowerCase() + (el.className && el.className.baseVal === undefined ? '.' + el.className : ''));
}"""


def printed(new_context, site, path: str) -> Page:
    page = new_context(viewport={"width": A4_WIDTH, "height": 1123}).new_page()
    page.goto(site.page(path))
    page.emulate_media(media="print")
    return page


def test_in_print_nothing_is_wider_than_the_page_and_the_diagram_fits(new_context, site) -> None:
    page = printed(new_context, site, "tree/")
    assert page.evaluate(TOO_WIDE) == []
    svg = page.locator("[data-dt-diagram] svg").bounding_box()
    content = page.locator(".md-content__inner").bounding_box()
    assert svg["x"] >= content["x"] - 1 and svg["x"] + svg["width"] <= content["x"] + content["width"] + 1
    assert page.locator(".dt-toolbar").is_hidden() and page.locator(".dt-paths-group").first.is_hidden()
    assert page.locator(".dt-print-note").is_visible()


def test_printed_links_show_where_they_lead(new_context, site) -> None:
    page = printed(new_context, site, "tree/")
    after = page.locator(".md-typeset p a[data-dt-href]").first.evaluate("a => getComputedStyle(a, '::after').content")
    assert site.url in after
    inside = page.locator(".dt-outline li > a").first  # a link within the page prints no address
    assert inside.get_attribute("data-dt-href") is None


def test_the_tree_page_prints_in_a_sensible_number_of_pages(new_context, site) -> None:
    page = printed(new_context, site, "tree/")
    pdf = page.pdf(format="A4")
    pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
    assert 1 < pages <= MAX_PAGES, f"the tree page prints on {pages} A4 pages"


@pytest.mark.parametrize("edition", ["", "zh/"])
def test_the_diagram_prints_on_landscape_pages_of_its_own_with_labels_of_8_pt_or_more(new_context, site, edition: str) -> None:
    page = printed(new_context, site, edition + "tree/")
    pages = printed_pages(page.pdf(format="A4", prefer_css_page_size=True))  # as the browser prints it
    landscape = [found for found in pages if found.landscape]
    assert landscape, "the diagram prints on no landscape page"
    assert [number for number, found in enumerate(landscape, 1) if len(found.texts) < 10] == [], "a landscape page holds no drawing"
    sizes = [size for found in landscape for size, _ in found.texts]
    assert min(sizes) >= 8, f"a label of the printed diagram is {min(sizes):.1f} pt"
    # Chinese prints glyph by glyph, and a PDF's text reads as NFKC: compare without spaces, normalised.
    squash = lambda text: unicodedata.normalize("NFKC", text).replace(" ", "")  # noqa: E731
    drawn = squash("".join(text for found in landscape for _, text in found.texts))
    shown = tree(edition.rstrip("/") or "en")
    assert [q.title for q in shown.questions if squash(q.title) not in drawn] == [], "a question is missing from the printed diagram (for the Chinese edition, is a font with Chinese glyphs installed? scripts/setup --browser installs fonts-wqy-microhei)"
    headings = page.evaluate("[...document.querySelectorAll('.md-content h2')].map(h => h.textContent.replace('\u00b6', '').trim())")
    assert [h for h in headings if squash(h) in drawn] == [], "the diagram's pages carry the page's own text"


def test_a_conclusion_page_prints_without_half_empty_pages_and_with_each_citation(new_context, site) -> None:
    page = printed(new_context, site, "conclusions/knowledge/")
    pages = printed_pages(page.pdf(format="A4"))
    # A page but the last that leaves a third of itself blank ends too early (a citation, kept whole,
    # may leave a little less).
    early = [number for number, found in enumerate(pages[:-1], start=1) if found.lowest > found.height / 3]
    assert early == [], f"pages {early} of {len(pages)} end early, with much of the page blank"
    text = " ".join(text for found in pages for _, text in found.texts)
    ids = [c.id for c in TREE.conclusions if c.page == "conclusions/knowledge.md"]
    assert text.count(TEXTS["cite-conclusion"]) == len(ids), "a conclusion prints without its citation"
    squashed = text.replace(" ", "")  # the printed citations wrap anywhere
    assert [id for id in ids if f"(conclusion{id})" not in squashed] == [], "a citation names no conclusion id"
    assert "/coverage/#" not in text, "claim numbers print the claims page's address"
