"""How the quiz looks and where it puts things: on a 360×740 phone every new question lands at the
top with its first answer in view; the verdict panel and its actions come first; no page scrolls
sideways; screenshots in both palettes at desktop and phone widths (test-artifacts/screenshots/);
and axe-core finds nothing wrong in any state of the quiz."""

from __future__ import annotations

from typing import Callable

import pytest
from playwright.sync_api import BrowserContext, Page, expect

from decision_tree import TREE, paths
from decision_tree.permalink import fragment
from decision_tree.versions import published
from tests.browser.quiz_driver import Quiz, no_horizontal_scroll, screenshot
from tests.gates.axe import COLOUR_RULES, assert_no_axe_violations, settle
from tests.gates.palette import use_palette

pytestmark = pytest.mark.browser

MIDWAY = {"needs": "knowledge", "knowledge-base": "yes"}
# Two needs, two answers not sure of, and requirements: a result with every section filled.
RESULT = {"needs": "knowledge.voice", "knowledge-base": "yes", "knowledge-volume": "not-sure", "change-frequency": "daily-or-weekly",
          "retrieval-where": "own-team", "style-examples": "not-tried", "retrieval-needs": "cite-sources", "evaluation-data": "none"}
OLD = fragment(published()[1], {"information-source": "stored-knowledge", "knowledge-volume": "not-sure", "knowledge-base": "yes",
                                "domain-fit": "ignores-instructions", "domain-data": "yes"})
WIDTHS = {"desktop": 1280, "phone": 360}
PALETTES = ["light", "dark"]
QUIZ = ["[data-dt-quiz]"]  # the quiz, without the page around it
LONGEST = max(paths(TREE), key=lambda d: len(d.path))

# Where the question and its first answer are, and how tall the screen is.
PLACES = """() => {
  const top = (el) => el.getBoundingClientRect();
  const question = top(document.querySelector('[data-dt-part=question]'));
  const first = top(document.querySelector('[data-dt-part=options] .dt-option'));
  const header = top(document.querySelector('.md-header'));
  return {question: question.top, first: first.bottom, header: header.bottom, height: innerHeight};
}"""


def open_quiz(new_context: Callable[..., BrowserContext], site, width: int, palette: str, link: str, height: int = 900) -> Page:
    page = new_context(viewport={"width": width, "height": height}, color_scheme="light").new_page()
    page.goto(site.page("quiz/" + (f"#{link}" if link else "")))
    Quiz(page).mounted()
    Quiz(page).settled()
    use_palette(page, palette)
    return page


def test_on_a_phone_each_question_lands_at_the_top_with_its_first_answer_in_view(new_context, site) -> None:
    page = open_quiz(new_context, site, 360, "light", "", height=740)
    quiz = Quiz(page)
    places = page.evaluate(PLACES)
    assert places["first"] <= places["height"], "on first load, no answer is in view"
    for step in LONGEST.path:
        expect(quiz.question).to_have_text(step.question.text)
        quiz.answer(step.answer)
        if quiz.state() == "result":
            break
        places = page.evaluate(PLACES)
        assert places["header"] <= places["question"] < places["height"] / 3, f"after Continue the question is at {places}"
        assert places["first"] <= places["height"], f"after Continue the first answer is out of view: {places}"
        expect(page.locator(".dt-quiz-intro")).to_be_hidden()
        expect(page.locator(".md-top")).to_be_hidden()  # the theme's "Back to top" does not cover the question
    panel = page.locator(".dt-panel").bounding_box()
    actions = page.locator("[data-dt-part=actions]").bounding_box()
    assert panel["y"] >= 0 and actions["y"] + actions["height"] <= 740, "the verdict panel and its actions are not in the first screen"


def test_the_actions_stay_in_reach_while_reading_the_result(new_context, site) -> None:
    page = open_quiz(new_context, site, 1280, "light", fragment(TREE, RESULT))
    page.locator("[data-dt-part=reasoning] > summary").click()
    page.mouse.wheel(0, 1500)
    page.wait_for_timeout(300)
    box = page.locator("[data-dt-part=actions]").bounding_box()
    assert 0 <= box["y"] < 200, f"the actions scrolled away: {box}"


STATES = {"midway": fragment(TREE, MIDWAY), "result": fragment(TREE, RESULT), "old-link": OLD}


@pytest.mark.parametrize("width", WIDTHS)
def test_screenshots_of_the_quiz(new_context, site, width: str) -> None:
    """Each state is opened as a link on one page, as a reader follows one, in each palette."""
    page = open_quiz(new_context, site, WIDTHS[width], "light", "")
    quiz = Quiz(page)
    quiz.past_first_popstate()
    for palette in PALETTES:
        use_palette(page, palette)
        for state, link in STATES.items():
            quiz.open(link)
            if state == "midway":
                page.locator("label[for=dt-quiz-answer-fits]").click()
            settle(page)  # the header's title fades to the page's as the quiz scrolls into view
            screenshot(page, f"quiz-{state}-{width}-{palette}", full_page=False)  # the first screen: the diagram below has its own
            assert no_horizontal_scroll(page), f"the page scrolls sideways ({state}, {palette})"


@pytest.mark.parametrize("width", WIDTHS)
def test_screenshots_of_the_diagram_and_its_full_screen_view(new_context, site, width: str) -> None:
    # A screen taller than the diagram: a taller element is captured in parts, the sticky header across it.
    page = new_context(viewport={"width": WIDTHS[width], "height": 1100}, color_scheme="light").new_page()
    page.goto(site.page("tree/"))
    viewer = page.locator("[data-dt-viewer]")
    for palette in PALETTES:
        use_palette(page, palette)
        screenshot(page.locator("[data-dt-diagram]"), f"tree-{width}-{palette}")
        assert no_horizontal_scroll(page), f"the page scrolls sideways ({palette})"
        page.locator("[data-dt-open=fit]").click()
        expect(viewer).to_be_visible()
        screenshot(viewer, f"tree-full-screen-{width}-{palette}")
        page.keyboard.press("Escape")
        expect(viewer).to_be_hidden()


@pytest.mark.parametrize("path", ["tree/", "quiz/"])  # the pages with folded parts and a diagram
def test_pages_with_the_diagram_have_no_axe_violations_unfolded(new_context, site, path: str) -> None:
    """Closed, each page is checked whole with the others (tests/gates/test_every_page.py); here
    what opening shows: its first folded parts open, then its diagram full screen. Every rule in
    the light palette, and the rules that depend on colour in the dark one."""
    page = new_context(viewport={"width": 1280, "height": 900}, color_scheme="light").new_page()
    page.goto(site.page(path))
    use_palette(page, "light")
    for summary in page.locator("details > summary:visible").all()[:3]:
        summary.click()
    opened = ["details[open]"] if page.locator("details[open]").count() else []
    viewer = page.locator("[data-dt-viewer]")
    for palette, rules in [("light", None), ("dark", COLOUR_RULES)]:
        use_palette(page, palette)
        if opened:
            assert_no_axe_violations(page, f"{path}, unfolded ({palette})", rules=rules, within=opened)
        if page.locator("[data-dt-open=actual]").count():
            page.locator("[data-dt-open=actual]").click()
            assert_no_axe_violations(page, f"{path}, full-screen diagram ({palette})", rules=rules, within=["[data-dt-viewer]"])
            page.keyboard.press("Escape")
            expect(viewer).to_be_hidden()
    assert opened or viewer.count(), f"{path}: nothing to unfold"


@pytest.mark.parametrize("palette", PALETTES)
def test_the_quiz_states_have_no_axe_violations(new_context, site, palette: str) -> None:
    """Every rule in the light palette; in the dark one, the rules that depend on colour. The page
    around the quiz is checked whole with the others (tests/gates/test_every_page.py); here the
    quiz in each of its states."""
    page = open_quiz(new_context, site, 1280, palette, fragment(TREE, MIDWAY))
    quiz = Quiz(page)
    rules = None if palette == "light" else COLOUR_RULES
    assert_no_axe_violations(page, f"quiz, a question ({palette})", rules=rules, within=QUIZ)
    quiz.continue_button.click()
    expect(quiz.error).to_be_visible()
    assert_no_axe_violations(page, f"quiz, the no-answer error ({palette})", rules=rules, within=QUIZ)
    for answer in ("not-sure", "daily-or-weekly", "own-team"):
        quiz.answer(answer)
    assert_no_axe_violations(page, f"quiz, a checklist ({palette})", rules=rules, within=QUIZ)
    for control in ("continue", "back"):  # a control under the pointer changes colour, and nothing else does
        page.locator(f"[data-dt-part={control}]").hover()
        assert_no_axe_violations(page, f"quiz, {control} under the pointer ({palette})", rules=COLOUR_RULES, within=[f"[data-dt-part={control}]"])
    quiz.answer("cite-sources")
    quiz.answer("none")
    for summary in page.locator("[data-dt-part=result] summary").all():
        summary.click()
    assert_no_axe_violations(page, f"quiz, at a result, unfolded ({palette})", rules=rules, within=QUIZ)
    quiz.action("restart")
    assert_no_axe_violations(page, f"quiz, Start again with its Undo ({palette})", rules=rules, within=QUIZ)
    page.goto(site.page("quiz/?old#" + OLD))
    expect(quiz.drift).to_be_visible()
    use_palette(page, palette)
    assert_no_axe_violations(page, f"quiz, an old link beside the current tree ({palette})", rules=rules, within=QUIZ)
    page.goto(site.page("quiz/?tampered#v=2&problem=bogus"))
    expect(quiz.notice).not_to_be_empty()
    use_palette(page, palette)
    assert_no_axe_violations(page, f"quiz, with a notice ({palette})", rules=rules, within=QUIZ)
