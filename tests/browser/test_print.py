"""The tree page on paper: the diagram fits the page, nothing is wider than the content box,
the paths give way to a note, links print their addresses, and the page count stays sensible."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page

pytestmark = pytest.mark.browser

A4_WIDTH = 794  # CSS px at 96 dpi
MAX_PAGES = 18  # the outline is a reference of a dozen pages; without the paths table
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
