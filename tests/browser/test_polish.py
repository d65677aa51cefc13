"""Small things a reader meets: the path panel's buttons show the quiz's focus ring; a conclusion
opened by its address is outlined and lands clear of the header and the "Back to top" button;
Chinese search results show their titles without the invisible word breaks search cuts them
with; on a touch screen the full-screen diagram speaks of fingers and zooms in larger steps."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser, Page, expect

from decision_tree import ui
from tests.browser.quiz_driver import PageErrors, without_search_index
from tests.gates.search import RESULT, search_for

pytestmark = pytest.mark.browser


def test_the_path_panel_s_buttons_show_the_quiz_s_focus_ring(tab, site) -> None:
    page = tab.load(site.page("quiz/#v=2&problem=missing-knowledge&knowledge-base=yes"), width=1280, height=900)
    button = page.locator(".dt-path [data-dt-goto]").first
    expect(button).to_be_visible()
    page.keyboard.press("Shift")  # the keyboard in use: focus shows as it does for a keyboard
    button.focus()
    ring = button.evaluate("b => [getComputedStyle(b).outlineStyle, getComputedStyle(b).outlineWidth]")
    assert ring == ["solid", "3px"], f"the path panel's button shows {ring}"


def test_a_conclusion_opened_by_its_address_is_outlined_and_in_clear_view(tab, site) -> None:
    page = tab.load(site.page("conclusions/knowledge/#rag-injects-knowledge-reliably"), unique=False, width=1280, height=800)
    heading = page.locator("#rag-injects-knowledge-reliably")
    expect(heading).to_be_in_viewport()
    page.mouse.wheel(0, -10)  # a reader nudging upwards brings the theme's "Back to top" button
    page.wait_for_timeout(400)
    found = page.evaluate("""() => {
      const heading = document.getElementById('rag-injects-knowledge-reliably'), top = document.querySelector('.md-top');
      const card = heading.closest('.conclusion');
      return {heading: heading.getBoundingClientRect().top, header: document.querySelector('.md-header').getBoundingClientRect().bottom,
              pill: top && !top.hidden && getComputedStyle(top).opacity !== '0' ? top.getBoundingClientRect().bottom : 0,
              outline: getComputedStyle(card).outlineStyle};
    }""")
    assert found["outline"] == "solid", "the conclusion the link meant is not marked"
    assert found["heading"] >= max(found["header"], found["pill"]), f"the conclusion's title is covered: {found}"


@pytest.mark.real_search
def test_chinese_search_results_show_titles_without_invisible_breaks(page: Page, site) -> None:
    page.goto(site.page("zh/"))
    search_for(page, "知识库")
    page.wait_for_timeout(500)  # the results are drawn again as the query grows
    titles = page.locator(f"{RESULT} :is(h1, h2)").all_text_contents()
    assert titles and not [t for t in titles if "\u200b" in t], f"titles carry zero-width spaces: {titles[:3]}"


def test_on_a_touch_screen_the_full_screen_diagram_speaks_of_fingers_and_zooms_in_large_steps(browser: Browser, site) -> None:
    context = without_search_index(browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True))
    try:
        page = context.new_page()
        errors = PageErrors.watch(page)
        page.goto(site.page("tree/"))
        page.locator("[data-dt-open=actual]").tap()
        expect(page.locator(".dt-viewer-keys")).to_have_text(ui()["diagram-keys-touch"])
        svg = page.locator("[data-dt-stage] svg")
        expect(svg).to_have_attribute("data-dt-scale", "1")
        page.locator("[data-dt-zoom=zoom-in]").tap()
        expect(svg).to_have_attribute("data-dt-scale", "1.6")
        assert errors.messages == []
    finally:
        context.close()
