"""The keyboard: a journey with Tab, arrows, Space and Enter reaches a result, focus lands on each
new heading; and wherever the keyboard is in the quiz, a ring shows it, in both palettes."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from decision_tree import TREE, decide
from decision_tree.permalink import fragment
from decision_tree.versions import published
from tests.browser.quiz_driver import Quiz
from tests.gates.palette import use_palette

pytestmark = pytest.mark.browser

ANSWERS = {"needs": "voice", "style-examples": "no", "many-shot": "no", "training-data": "yes", "task-count": "many", "evaluation-data": "judges"}
MAX_TABS = 80  # the header, navigation and table of contents come before the quiz

# What has the focus, and whether a ring shows it: an outline or a box shadow on the element, or
# for an answer's input (which the theme strips of its outline) on the card around it.
FOCUS = """() => {
  const el = document.activeElement;
  const shown = (el.matches('input') && el.closest('.dt-option')) || el;
  const style = getComputedStyle(shown);
  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
  const shadow = style.boxShadow !== 'none';
  return {tag: el.tagName, type: el.type || null, part: el.dataset.dtPart || null, action: el.dataset.dtAction || null,
          inQuiz: !!el.closest('[data-dt-quiz]'), ring: outline || shadow, what: (el.value || el.textContent || '').slice(0, 40)};
}"""


def focused(page: Page) -> dict:
    return page.evaluate(FOCUS)


def tab_until(page: Page, matches, key: str = "Tab") -> dict:
    for _ in range(MAX_TABS):
        page.keyboard.press(key)
        element = focused(page)
        if matches(element):
            return element
    raise AssertionError(f"pressing {key} {MAX_TABS} times never reached the element wanted")


def choose_with_arrows(page: Page, question_id: str, option_id: str) -> None:
    """From the first radio of the group: Space picks it; ArrowDown moves to (and picks) the next."""
    options = [o.id for o in TREE.question(question_id).options]
    page.keyboard.press("Space")
    for _ in range(options.index(option_id)):
        page.keyboard.press("ArrowDown")
    expect(page.locator(f"#dt-quiz-answer-{option_id}")).to_be_checked()


def test_a_keyboard_journey_moves_focus_to_each_heading(quiz: Quiz) -> None:
    page = quiz.page
    path = decide(TREE, ANSWERS).path
    for index, (question_id, answer) in enumerate(ANSWERS.items()):
        if TREE.question(question_id).is_multiple:  # check boxes: Tab to each answer, Space ticks it
            for option_id in answer.split("."):
                tab_until(page, lambda el, wanted=option_id: el["type"] == "checkbox" and el["what"] == wanted)
                page.keyboard.press("Space")
                expect(page.locator(f"#dt-quiz-answer-{option_id}")).to_be_checked()
        else:
            tab_until(page, lambda el: el["type"] == "radio" and el["inQuiz"])
            choose_with_arrows(page, question_id, answer)
        tab_until(page, lambda el: el["part"] == "continue")
        page.keyboard.press("Enter")
        if index + 1 < len(path):
            expect(quiz.question).to_be_focused()
            expect(quiz.question).to_have_text(path[index + 1].question.text)
    expect(quiz.result_title).to_be_focused()
    assert quiz.outcome() == decide(TREE, ANSWERS).result.id
    tab_until(page, lambda el: el["action"] == "change")
    page.keyboard.press("Enter")
    expect(quiz.question).to_be_focused()
    expect(quiz.question).to_have_text(TREE.question("needs").text)
    tab_until(page, lambda el: el["action"] == "restart")
    page.keyboard.press("Enter")
    expect(quiz.question).to_be_focused()
    assert quiz.summary() == []


def test_continue_without_an_answer_by_keyboard_shows_the_error(quiz: Quiz) -> None:
    tab_until(quiz.page, lambda el: el["part"] == "continue")
    quiz.page.keyboard.press("Enter")
    expect(quiz.error).to_be_visible()
    expect(quiz.page.locator("[data-dt-part=options] input").first).to_be_focused()
    assert focused(quiz.page)["ring"], "the answer the error sends the focus to shows no ring"


def every_stop_in_the_quiz(page: Page, start: str) -> list[dict]:
    """Tab from an element of the quiz until the keyboard leaves it; radios are walked with the arrows."""
    page.locator(start).first.focus()
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Tab")
    stops = []
    for _ in range(MAX_TABS):
        element = focused(page)
        if not element["inQuiz"]:
            return stops
        stops.append(element)
        if element["type"] == "radio":
            for _ in range(page.locator("[data-dt-part=options] input").count() - 1):
                page.keyboard.press("ArrowDown")
                stops.append(focused(page))
        page.keyboard.press("Tab")
    raise AssertionError("the keyboard never left the quiz")


STATES = {
    "a question": ("v=3&needs=knowledge", "[data-dt-part=back]"),
    "a checklist": ("v=3&needs=knowledge&knowledge-base=yes&knowledge-volume=exceeds-context"
                    "&change-frequency=daily-or-weekly&retrieval-where=own-team", "[data-dt-part=back]"),
    "a result": (fragment(TREE, {"needs": "knowledge", "knowledge-base": "not-sure", "evaluation-data": "none"}), "[data-dt-part=result-back]"),
    "an old link": (fragment(published()[1], {"information-source": "not-sure"}), "[data-dt-action=start-own]"),
}


@pytest.mark.parametrize("palette", ["light", "dark"])
@pytest.mark.parametrize("state", STATES)
def test_focus_is_visible_on_every_control_of_the_quiz(reload_quiz, state: str, palette: str) -> None:
    link, start = STATES[state]
    quiz = reload_quiz(link)
    use_palette(quiz.page, palette)
    for summary in quiz.page.locator("[data-dt-part=result] summary").all():
        if summary.is_visible():
            summary.click()  # open the folds, so their links are reached too
    stops = every_stop_in_the_quiz(quiz.page, start)
    assert len(stops) >= 3, stops
    assert [s for s in stops if not s["ring"]] == [], f"no focus ring in {state} ({palette})"
    if state == "a result":
        assert any(s["action"] == "alternative" for s in stops) and any(s["tag"] == "SUMMARY" for s in stops)
