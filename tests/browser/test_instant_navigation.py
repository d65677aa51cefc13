"""The quiz mounts when reached through mkdocs-material's instant navigation, and again when
the browser's Back button returns to it."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from decision_tree import TREE
from tests.browser.quiz_driver import Quiz

pytestmark = pytest.mark.browser


def nav_link(page: Page, path: str):
    return page.locator(f".md-sidebar--primary a.md-nav__link[href$='/{path}']").first


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
    for answer in ("request-input", "work-with-it", "yes"):
        quiz.answer(answer)
    assert quiz.outcome() == "prompting"
    nav_link(page, "tree/").click()
    page.wait_for_url(site.page("tree/"))
    page.go_back()
    page.wait_for_url("**/quiz/#v=2&problem=request-input&input-task=work-with-it&prompt-result=yes")
    quiz.mounted()
    assert quiz.outcome() == "prompting"
    assert page.evaluate("window.sameDocument") is True
    expect(page.locator("[data-dt-quiz]")).to_have_count(1)
