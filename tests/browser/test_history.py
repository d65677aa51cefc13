"""The browser's Back and Forward walk the answers, one entry per step, and never lose the result;
Start again is a step too, so Back (as well as Undo) brings the result back.

The first traversal after a page load is special: mkdocs-material's instant navigation renders
the page again for it, and the quiz mounts again from the address. These tests start from a fresh
load, so they go through it as a reader does.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from decision_tree import TREE
from decision_tree.permalink import fragment
from tests.browser.quiz_driver import TEXTS, WATCH_PATH, Quiz

pytestmark = pytest.mark.browser

ANSWERS = {"needs": "request-input", "input-task": "fits-prompt", "prompt-result": "yes", "evaluation-data": "none"}


@pytest.fixture
def fresh(page: Page, site, page_errors) -> Quiz:
    """The quiz just loaded, nothing answered, the theme's first traversal still to come."""
    page.add_init_script(WATCH_PATH)
    page.goto(site.page("quiz/"))
    quiz = Quiz(page)
    quiz.mounted()
    return quiz


def answer_all(quiz: Quiz) -> None:
    for answer in ANSWERS.values():
        quiz.answer(answer)
    assert quiz.outcome() == "prompting"


def prefix(count: int) -> str:
    return fragment(TREE, dict(list(ANSWERS.items())[:count])) if count else ""


def test_back_and_forward_walk_the_answers_and_keep_the_result(fresh: Quiz) -> None:
    quiz, page = fresh, fresh.page
    answer_all(quiz)
    for count in (3, 2, 1, 0):
        page.go_back()
        expect(quiz.question).to_have_text(TREE.question(list(ANSWERS)[count]).text)
        expect(quiz.question).to_be_focused()
        assert quiz.fragment() == prefix(count)
        assert quiz.checked() == list(ANSWERS.values())[count]  # the answer given is still selected
    for count in (1, 2, 3):
        page.go_forward()
        expect(quiz.question).to_have_text(TREE.question(list(ANSWERS)[count]).text)
        assert quiz.summary() == list(ANSWERS.items())[:count]
    page.go_forward()
    expect(quiz.result).to_have_attribute("data-outcome", "prompting")
    expect(quiz.result_title).to_be_focused()
    expect(quiz.page.locator("[data-dt-part=kicker]")).to_have_text(TEXTS["result-kicker"])  # the reader's own, not shared
    assert quiz.fragment() == prefix(4)


def test_back_after_start_again_brings_the_result_back(fresh: Quiz) -> None:
    quiz, page = fresh, fresh.page
    answer_all(quiz)
    quiz.action("restart")
    expect(quiz.question).to_have_text(TREE.question(TREE.start).text)
    page.go_back()
    expect(quiz.result).to_have_attribute("data-outcome", "prompting")
    assert quiz.summary() == list(ANSWERS.items())


def test_each_step_is_one_history_entry_and_the_page_stays(fresh: Quiz) -> None:
    quiz, page = fresh, fresh.page
    before = page.evaluate("history.length")
    page.evaluate("window.sameDocument = true")
    answer_all(quiz)
    assert page.evaluate("history.length") == before + len(ANSWERS)
    page.go_back()
    page.go_back()
    expect(quiz.question).to_have_text(TREE.question("prompt-result").text)
    assert page.evaluate("window.sameDocument") is True, "going back left the page"


def test_the_quiz_s_back_then_the_browser_s_back_go_two_steps_back(fresh: Quiz) -> None:
    """The quiz's Back steps back through the history it made, rather than adding to it."""
    quiz, page = fresh, fresh.page
    answer_all(quiz)
    quiz.action("back")
    expect(quiz.question).to_have_text(TREE.question(list(ANSWERS)[3]).text)
    expect(quiz.question).to_be_focused()
    page.go_back()
    expect(quiz.question).to_have_text(TREE.question(list(ANSWERS)[2]).text)
    assert quiz.fragment() == prefix(2)
    page.go_forward()
    page.go_forward()
    expect(quiz.result).to_have_attribute("data-outcome", "prompting")  # the result is still ahead


def test_back_to_the_start_keeps_the_focus_on_the_question_when_the_page_is_rendered_again(fresh: Quiz) -> None:
    """Back to the entry the page loaded with is the traversal the theme renders the page again
    for (a fetch, then a new quiz mounted from the address, which has no answers): the new quiz's
    first question takes the focus, as after any step, rather than leaving it on the page's body."""
    quiz, page = fresh, fresh.page
    quiz.answer(ANSWERS["needs"])
    expect(quiz.question).to_have_text(TREE.question("input-task").text)
    quiz.rendered_again(page.go_back)
    expect(quiz.question).to_have_text(TREE.question(TREE.start).text)
    expect(quiz.question).to_be_focused()
    assert quiz.fragment() == ""
