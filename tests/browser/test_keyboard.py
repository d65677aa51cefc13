"""A keyboard-only journey: Tab, arrows, Space and Enter reach a result, and focus lands on each
new question's heading and then on the result's heading."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from decision_tree import TREE, decide
from tests.browser.quiz_driver import Quiz

pytestmark = pytest.mark.browser

ANSWERS = {"information-source": "style-or-ideas", "task-kind": "narrow-pattern", "training-data": "yes", "task-count": "many"}
MAX_TABS = 80  # the header, navigation and table of contents come before the quiz


def focused(page: Page) -> dict:
    return page.evaluate(
        "() => { const el = document.activeElement;"
        " return {tag: el.tagName, type: el.type || null, name: el.name || null,"
        " part: el.dataset.dtPart || null, action: el.dataset.dtAction || null, text: el.textContent} }"
    )


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
    for question_id, option_id in ANSWERS.items():
        tab_until(page, lambda el: el["name"] == "dt-quiz-answer")
        choose_with_arrows(page, question_id, option_id)
        tab_until(page, lambda el: el["part"] == "continue")
        page.keyboard.press("Enter")
        following = decide(TREE, ANSWERS).path
        index = list(ANSWERS).index(question_id)
        if index + 1 < len(following):
            expect(quiz.question).to_be_focused()
            expect(quiz.question).to_have_text(following[index + 1].question.text)
    expect(quiz.result_title).to_be_focused()
    assert quiz.outcome() == decide(TREE, ANSWERS).outcome.id

    # Change the first answer with the keyboard, then start again.
    tab_until(page, lambda el: el["action"] == "change")
    page.keyboard.press("Enter")
    expect(quiz.question).to_be_focused()
    expect(quiz.question).to_have_text(TREE.question("information-source").text)
    tab_until(page, lambda el: el["action"] == "restart")
    page.keyboard.press("Enter")
    expect(quiz.question).to_be_focused()
    assert quiz.summary() == []


def test_continue_without_an_answer_by_keyboard_shows_the_error(quiz: Quiz) -> None:
    page = quiz.page
    tab_until(page, lambda el: el["part"] == "continue")
    page.keyboard.press("Enter")
    expect(quiz.error).to_be_visible()
    expect(page.locator("[data-dt-part=options] input").first).to_be_focused()
