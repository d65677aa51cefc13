"""A printed result stands alone: a header with the guide's title, the permalink, the date and the
tree version; the answers before the reasoning; the folded reasoning printed; links printing
their addresses; nothing wider than the page; the dark palette printing light. Print opens the
browser's dialog, and Chromium prints the page to PDF."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

import decision_tree
from decision_tree import TREE
from decision_tree.permalink import fragment, permalink
from tests.browser.quiz_driver import DATE, FIXED_TIME, TEXTS, Quiz
from tests.gates.palette import use_palette

pytestmark = pytest.mark.browser

ANSWERS = {"needs": "knowledge.voice", "knowledge-base": "yes", "knowledge-volume": "not-sure", "change-frequency": "daily-or-weekly",
           "retrieval-where": "own-team", "style-examples": "not-tried", "retrieval-needs": "cite-sources.exact-identifiers",
           "evaluation-data": "none"}
A4_WIDTH = 794  # CSS pixels in 210 mm, the width page.pdf lays an A4 page out in (no margins)

# Every element of the printed quiz wider than the page, or reaching past its right edge.
TOO_WIDE = """() => {
  const width = document.documentElement.clientWidth;
  return [...document.querySelectorAll('[data-dt-quiz] *')]
    .filter(el => el.getClientRects().length)
    .map(el => [el.tagName + '.' + el.className, el.getBoundingClientRect()])
    .filter(([, box]) => box.right > width + 0.5 || box.width > width)
    .map(([name, box]) => `${name}: ${Math.round(box.left)}..${Math.round(box.right)} of ${width}`);
}"""


def printed(page: Page, site, palette: str) -> Quiz:
    page.set_viewport_size({"width": A4_WIDTH, "height": 1123})
    page.clock.set_fixed_time(FIXED_TIME)
    page.goto(site.page("quiz/#" + fragment(TREE, ANSWERS)))
    quiz = Quiz(page)
    quiz.mounted()
    use_palette(page, palette)
    page.emulate_media(media="print")
    return quiz


def test_print_opens_the_print_dialog(page: Page, site, page_errors) -> None:
    page.add_init_script("window.print = () => { window.printed = true }")
    page.goto(site.page("quiz/#" + fragment(TREE, ANSWERS)))
    Quiz(page).action("print")
    assert page.evaluate("window.printed") is True


@pytest.mark.parametrize("palette", ["light", "dark"])
def test_a_printed_result_stands_alone_and_fits_the_page(page: Page, site, page_errors, palette: str) -> None:
    printed(page, site, palette)
    header = page.locator("[data-dt-part=print-header]")
    expect(header).to_be_visible()
    expect(header).to_contain_text(TREE.title)
    expect(header).to_contain_text(permalink(TREE, ANSWERS, site.url))
    expect(header).to_contain_text(TEXTS["print-meta"].format(tree=TREE.version, guide=decision_tree.__version__, date=DATE))
    for hidden in (".md-header", ".md-sidebar--primary", "[data-dt-part=step]", "[data-dt-part=actions]", ".dt-diagram", ".dt-change",
                   ".dt-restart", "[data-dt-part=result-back]"):
        expect(page.locator(hidden).first).to_be_hidden()

    y = lambda selector: page.locator(selector).first.bounding_box()["y"]  # noqa: E731
    assert y("[data-dt-part=print-header]") < y("[data-dt-part=title]") < y("[data-dt-part=summary]") < y("[data-dt-part=reasons]")
    expect(page.locator("[data-dt-part=reasons] li").first).to_be_visible()  # the folded reasoning prints
    conclusion = page.locator("[data-dt-part=conclusions] a").first
    after = conclusion.evaluate("a => getComputedStyle(a, '::after').content")
    assert conclusion.get_attribute("href") in after, "a link prints without its address"

    assert page.evaluate(TOO_WIDE) == []
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    text = page.locator("[data-dt-part=title]").evaluate("e => getComputedStyle(e).color")
    assert background == "rgb(255, 255, 255)", f"the {palette} palette prints on {background}"
    assert sum(int(c) for c in text[text.index("(") + 1:].split(",")[:3]) < 200, f"the title prints in {text}"
    pdf = page.pdf(format="A4", print_background=True)
    assert pdf.startswith(b"%PDF") and len(pdf) > 10_000


def test_a_quiz_printed_halfway_has_its_header_and_no_controls(page: Page, site, page_errors) -> None:
    halfway = {"needs": "knowledge", "knowledge-base": "yes"}
    page.set_viewport_size({"width": A4_WIDTH, "height": 1123})
    page.goto(site.page("quiz/#" + fragment(TREE, halfway)))
    Quiz(page).mounted()
    expect(page.locator("[data-dt-quiz]")).to_have_attribute("data-dt-state", "question")
    page.emulate_media(media="print")
    header = page.locator("[data-dt-part=print-header]")
    expect(header).to_be_visible()
    expect(header).to_contain_text(permalink(TREE, halfway, site.url))
    for control in ("[data-dt-part=continue]", ".dt-change", ".dt-restart", "[data-dt-part=back]"):
        expect(page.locator(control).first).to_be_hidden()
    expect(page.locator("[data-dt-part=question]")).to_be_visible()
