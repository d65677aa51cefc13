"""The quiz mounts when reached through mkdocs-material's instant navigation, and again when
the browser's Back button returns to it."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from decision_tree import TREE
from tests.browser.quiz_driver import Quiz, nav_link

pytestmark = pytest.mark.browser


def test_arriving_through_a_nav_link_mounts_the_quiz_without_a_reload(page: Page, site, page_errors) -> None:
    page.goto(site.page())
    page.evaluate("window.sameDocument = true")
    nav_link(page, "quiz/").click()
    page.wait_for_url(site.page("quiz/"))
    quiz = Quiz(page)
    quiz.mounted()
    assert page.evaluate("window.sameDocument") is True, "the page was reloaded: instant navigation did not happen"
    quiz.answer("request-input")
    expect(quiz.question).to_have_text(TREE.question("input-task").text)


def test_going_back_to_the_quiz_restores_its_state(page: Page, site, page_errors) -> None:
    page.goto(site.page("quiz/"))
    quiz = Quiz(page)
    quiz.mounted()
    page.evaluate("window.sameDocument = true")
    for answer in ("request-input", "fits-prompt", "yes", "none"):
        quiz.answer(answer)
    assert quiz.outcome() == "prompting"
    nav_link(page, "tree/").click()
    page.wait_for_url(site.page("tree/"))
    page.go_back()
    page.wait_for_url("**/quiz/#v=3&needs=request-input&input-task=fits-prompt&prompt-result=yes&evaluation-data=none")
    quiz.mounted()
    assert quiz.outcome() == "prompting"
    assert page.evaluate("window.sameDocument") is True
    expect(page.locator("[data-dt-quiz]")).to_have_count(1)


# Counts the hashchange listeners the guide's own scripts (not the theme's bundle under assets/) hold on window.
COUNT_HASH_LISTENERS = """(() => {
  const live = new Set();
  const add = window.addEventListener, remove = window.removeEventListener;
  window.addEventListener = function (type, listener, options) {
    const caller = new Error().stack.split("\\n")[2] || "";
    if (type === "hashchange" && caller.includes("/javascripts/") && !caller.includes("/assets/")) live.add(listener);
    return add.call(this, type, listener, options);
  };
  window.removeEventListener = function (type, listener, options) {
    if (type === "hashchange") live.delete(listener);
    return remove.call(this, type, listener, options);
  };
  window.quizHashListeners = () => live.size;
})();"""


def test_a_quiz_left_behind_stops_listening_to_the_address(page: Page, site, page_errors) -> None:
    page.add_init_script(COUNT_HASH_LISTENERS)
    page.goto(site.page("quiz/"))
    Quiz(page).mounted()
    page.evaluate("window.sameDocument = true")
    assert page.evaluate("quizHashListeners()") == 1
    for _ in range(2):
        nav_link(page, "tree/").click()
        page.wait_for_url(site.page("tree/"))
        expect(page.locator("[data-dt-quiz]")).to_have_count(0)  # the quiz is out of the document
        page.evaluate("location.hash = 'the-whole-tree'")  # the first change of address after leaving
        page.wait_for_function("() => quizHashListeners() === 0")
        nav_link(page, "quiz/").click()
        page.wait_for_url(site.page("quiz/"))
        Quiz(page).mounted()
        assert page.evaluate("quizHashListeners()") == 1
    assert page.evaluate("window.sameDocument") is True
