"""The diagram in a real Chromium: legible at page width, enough contrast in both palettes,
verdicts told apart without colour, words in its tooltips, a full-screen view driven by the
keyboard, and links that lead to the outcome cards, the questions, or the quiz's question."""

from __future__ import annotations

from typing import Callable

import pytest
from playwright.sync_api import BrowserContext, Page, expect

from decision_tree import TREE, ui
from decision_tree.render.verdicts import VERDICT_ICONS
from decision_tree.render.links import svg_id
from tests.browser.diagram_checks import contrasts, label_sizes
from tests.browser.quiz_driver import Quiz, no_horizontal_scroll
from tests.browser.tab import Tab
from tests.gates.palette import use_palette

pytestmark = pytest.mark.browser

TEXTS = ui()
TOOLTIPS = """() => [...document.querySelectorAll('[data-dt-diagram] svg title')].map(t => t.textContent)
  .concat([...document.querySelectorAll('[data-dt-diagram] svg a')].map(a => a.getAttribute('xlink:title')))"""
READ_LINKS = """() => Object.fromEntries([...document.querySelectorAll('[data-dt-diagram] .node')].map(node => {
  const link = node.querySelector('a');
  return [node.id, link && new URL(link.getAttribute('xlink:href'), location.href).href];
}))"""


def tree_page(tab: Tab, site, width: int, palette: str = "light") -> Page:
    """The tree page loaded afresh in the module's tab (its address then has a query)."""
    page = tab.load(site.page("tree/"), width=width, height=900)
    use_palette(page, palette)
    return page


def tree_page_at_its_address(new_context: Callable[..., BrowserContext], site) -> Page:
    """The tree page at its own address, in a tab of its own: for the links read against it."""
    page = new_context(viewport={"width": 1280, "height": 900}, color_scheme="light").new_page()
    page.goto(site.page("tree/"))
    return page


def test_labels_read_at_13_px_or_more_at_desktop_width(tab: Tab, site) -> None:
    page = tree_page(tab, site, 1280)
    sizes = label_sizes(page)
    assert len(sizes) > 100  # every node and edge label
    small = [s for s in sizes if s["size"] < 13]
    assert not small, f"labels under 13 px at 1280 px: {small[:5]}"


@pytest.mark.parametrize("palette", ["light", "dark"])
def test_edges_and_labels_stand_out_from_the_background(tab: Tab, site, palette: str) -> None:
    page = tree_page(tab, site, 1280, palette)
    lines = contrasts(page, "[data-dt-diagram] .edge path", "stroke")
    arrows = contrasts(page, "[data-dt-diagram] .edge polygon", "fill")
    outlines = contrasts(page, "[data-dt-diagram] .node :is(path, polygon)", "stroke")
    labels = contrasts(page, "[data-dt-diagram] :is(.node, .edge) text", "fill")
    for name, measured, least in (("edge", lines + arrows, 3), ("node outline", outlines, 3), ("label", labels, 4.5)):
        weak = [m for m in measured if m["ratio"] < least]
        assert measured and not weak, f"{palette}: {name} colours under {least}:1 against the page: {weak[:3]}"


def test_every_outcome_names_its_verdict_with_an_icon_and_words(tab: Tab, site) -> None:
    page = tree_page(tab, site, 1280)
    for outcome in TREE.outcomes:
        marker = page.locator(f"#{svg_id(outcome.id)} text[font-weight=bold]")
        expected = f"{VERDICT_ICONS[outcome.verdict]} {TEXTS[f'verdict-short-{outcome.verdict}']}"
        expect(marker).to_have_text(expected)
    for verdict in {o.verdict for o in TREE.outcomes}:  # and the legend says what each means
        item = page.locator(f".dt-legend li.dt-verdict-{verdict}")
        expect(item).to_contain_text(TEXTS[f"verdict-short-{verdict}"])
        expect(item).to_contain_text(TREE.verdict_label(verdict))


def test_the_drawing_is_named_described_and_its_tooltips_are_words(new_context, site) -> None:
    page = tree_page_at_its_address(new_context, site)
    svg = page.locator("[data-dt-diagram] svg")
    expect(svg).to_have_accessible_name(TEXTS["diagram-title"])
    expect(svg).to_have_accessible_description(TEXTS["diagram-description"])
    text_version = page.locator(".dt-text-version a").evaluate("a => a.href")
    assert text_version == site.page("tree/#tree-as-text")
    tips = [t for t in page.evaluate(TOOLTIPS) if t is not None]
    ids = {n.id for n in (*TREE.questions, *TREE.outcomes)}
    internal = [t for t in tips if "->" in t or t in ids or t == "decision-tree"]
    assert tips and not internal, f"tooltips that show internal names: {internal[:5]}"


def test_the_full_screen_view_opens_zooms_and_closes_by_keyboard(tab: Tab, site) -> None:
    page = tree_page(tab, site, 1280)
    box = page.locator("[data-dt-diagram]")
    box.evaluate("b => { b.scrollLeft = 123; }")  # as the reader left it
    scrolled = box.evaluate("b => b.scrollLeft")
    opener = page.get_by_role("button", name=TEXTS["diagram-open"])
    opener.focus()
    page.keyboard.press("Enter")
    dialog = page.locator("[data-dt-viewer]")
    expect(dialog).to_be_visible()
    stage = page.locator("[data-dt-stage]")
    expect(stage).to_be_focused()
    assert stage.locator("svg").count() == 1 and page.locator("[data-dt-diagram] svg").count() == 0
    width = lambda: float(stage.locator("svg").get_attribute("width"))  # noqa: E731
    natural = width()
    page.keyboard.press("+")
    assert width() > natural
    page.keyboard.press("0")  # the whole tree fits the screen
    assert width() <= stage.evaluate("s => s.clientWidth") and stage.evaluate("s => s.scrollHeight <= s.clientHeight + 1")
    page.keyboard.press("1")
    assert width() == natural
    before = stage.evaluate("s => [s.scrollLeft, s.scrollTop]")
    page.keyboard.press("ArrowLeft")
    page.keyboard.press("ArrowDown")
    page.wait_for_function(
        "([left, top]) => { const s = document.querySelector('[data-dt-stage]'); return s.scrollLeft < left && s.scrollTop > top; }",
        arg=before,
    )
    page.keyboard.press("Escape")
    expect(dialog).to_be_hidden()
    # The dialog gives the focus back as it closes; its close event, which puts the drawing back
    # where it was, comes in a later task.
    expect(page.locator("[data-dt-diagram] svg"), "the drawing went back to the page").to_have_count(1)
    expect(opener).to_be_focused()
    assert box.evaluate("b => b.scrollLeft") == scrolled > 0, "the drawing is not where the reader left it"


def test_on_a_phone_the_box_scrolls_with_a_visible_hint_and_an_overview(tab: Tab, site) -> None:
    page = tree_page(tab, site, 360)
    box = page.locator("[data-dt-diagram]")
    assert box.evaluate("d => d.scrollWidth > d.clientWidth"), "the drawing was shrunk instead of scrolled"
    expect(page.locator("[data-dt-scroll-hint]")).to_be_visible()
    assert no_horizontal_scroll(page), "the page scrolls sideways"
    page.get_by_role("button", name=TEXTS["diagram-zoom-fit"]).first.click()
    svg = page.locator("[data-dt-stage] svg")
    box_of = svg.bounding_box()
    assert box_of and box_of["width"] <= 360 and box_of["x"] >= 0, "the overview shows the whole tree"


def test_outcome_nodes_lead_to_their_cards_and_questions_to_their_explanations(new_context, site) -> None:
    page = tree_page_at_its_address(new_context, site)
    links = page.evaluate(READ_LINKS)
    assert set(links) == {svg_id(n.id) for n in (*TREE.questions, *TREE.outcomes)}
    for question in TREE.questions:
        assert links[svg_id(question.id)] == site.page(f"tree/#question-{question.id}")
    for outcome in TREE.outcomes:
        assert links[svg_id(outcome.id)] == site.page(f"tree/#outcome-{outcome.id}")
    page.locator(f"#{svg_id('rag')} a").click()
    page.wait_for_url(site.page("tree/#outcome-rag"))
    card = page.locator("#outcome-rag")
    expect(card.locator(".dt-rests-on a")).to_have_count(len(TREE.outcome("rag").conclusions))


def test_on_the_quiz_page_a_question_node_jumps_the_quiz_there(new_context, site) -> None:
    page = new_context(viewport={"width": 1280, "height": 900}).new_page()
    page.goto(site.page("quiz/#v=3&needs=knowledge&knowledge-base=yes"))
    expect(page.locator(".dt-path .dt-current")).to_be_visible()
    page.evaluate("""() => { window.gotos = [];
      document.addEventListener('dt:goto', e => window.gotos.push(e.detail.question)); }""")
    page.locator(f"#{svg_id('needs')} a").click()
    assert page.evaluate("window.gotos") == ["needs"]
    assert page.url.startswith(site.page("quiz/")), "the node did not leave the quiz"


def test_on_the_quiz_page_no_node_is_a_dead_click(new_context, site) -> None:
    """The question being asked takes the reader back to it; a question the quiz has not reached
    opens its explanation on the tree page (the quiz cannot go there yet)."""
    page = new_context(viewport={"width": 1280, "height": 900}).new_page()
    page.goto(site.page("quiz/#v=3&needs=knowledge&knowledge-base=yes"))
    expect(page.locator(".dt-path .dt-current")).to_be_visible()
    Quiz(page).settled()
    page.locator(f"#{svg_id('knowledge-volume')} a").click()
    expect(page.locator("[data-dt-part=question]")).to_be_focused()
    assert page.url.endswith("#v=3&needs=knowledge&knowledge-base=yes")
    page.locator(f"#{svg_id('style-examples')} a").click()
    page.wait_for_url(site.page("tree/#question-style-examples"))
