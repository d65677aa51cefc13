"""How the quiz and the diagram look: screenshots in both palettes at desktop and phone widths
(saved under test-artifacts/screenshots/), no sideways page scroll at 360 px, and axe-core
finding nothing wrong in the quiz's states."""

from __future__ import annotations

from typing import Callable

import pytest
from playwright.sync_api import BrowserContext, Page, expect

from decision_tree.permalink import fragment
from decision_tree import TREE
from tests.browser.quiz_driver import Quiz, no_horizontal_scroll, screenshot
from tests.gates.axe import assert_no_axe_violations
from tests.gates.palette import use_palette

pytestmark = pytest.mark.browser

MIDWAY = {"problem": "missing-knowledge"}
RESULT = {
    **MIDWAY, "knowledge-base": "yes", "knowledge-volume": "exceeds-context", "domain-fit": "misreads-domain",
    "domain-data": "yes", "task-count-with-retrieval": "one",
}
WIDTHS = {"desktop": 1280, "phone": 360}


def open_quiz(new_context: Callable[..., BrowserContext], site, width: int, palette: str, answers: dict[str, str]) -> Page:
    page = new_context(viewport={"width": width, "height": 900}, color_scheme="light").new_page()
    page.goto(site.page("quiz/#" + fragment(TREE, answers)))
    Quiz(page).mounted()
    use_palette(page, palette)
    return page


@pytest.mark.parametrize("palette", ["light", "dark"])
@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("state, answers", [("midway", MIDWAY), ("result", RESULT)])
def test_screenshot_of_the_quiz(new_context, site, palette: str, width: str, state: str, answers) -> None:
    page = open_quiz(new_context, site, WIDTHS[width], palette, answers)
    if state == "midway":
        page.check("#dt-quiz-answer-yes")
    screenshot(page, f"quiz-{state}-{width}-{palette}")
    assert no_horizontal_scroll(page), "the page scrolls sideways"


@pytest.mark.parametrize("palette", ["light", "dark"])
@pytest.mark.parametrize("width", WIDTHS)
def test_screenshot_of_the_diagram(new_context, site, palette: str, width: str) -> None:
    page = new_context(viewport={"width": WIDTHS[width], "height": 900}, color_scheme="light").new_page()
    page.goto(site.page("tree/"))
    use_palette(page, palette)
    diagram = page.locator("[data-dt-diagram]")
    screenshot(diagram, f"tree-{width}-{palette}")
    assert no_horizontal_scroll(page), "the page scrolls sideways"


@pytest.mark.parametrize("palette", ["light", "dark"])
@pytest.mark.parametrize("width", WIDTHS)
def test_screenshot_of_the_full_screen_view(new_context, site, palette: str, width: str) -> None:
    page = new_context(viewport={"width": WIDTHS[width], "height": 800}, color_scheme="light").new_page()
    page.goto(site.page("tree/"))
    use_palette(page, palette)
    page.locator("[data-dt-open=fit]").click()
    expect(page.locator("[data-dt-viewer]")).to_be_visible()
    screenshot(page.locator("[data-dt-viewer]"), f"tree-full-screen-{width}-{palette}")


@pytest.mark.parametrize("palette", ["light", "dark"])
@pytest.mark.parametrize("path", ["tree/", "quiz/", "cli/", "conclusions/"])
def test_pages_with_the_diagram_or_generated_tables_have_no_axe_violations(new_context, site, path: str, palette: str) -> None:
    page = new_context(viewport={"width": 1280, "height": 900}, color_scheme="light").new_page()
    page.goto(site.page(path))
    use_palette(page, palette)
    for summary in page.locator("details > summary:visible").all()[:3]:
        summary.click()
    assert_no_axe_violations(page, f"{path} ({palette})")
    if page.locator("[data-dt-open=actual]").count():
        page.locator("[data-dt-open=actual]").click()
        assert_no_axe_violations(page, f"{path}, full-screen diagram ({palette})")


@pytest.mark.parametrize("palette", ["light", "dark"])
def test_the_quiz_states_have_no_axe_violations(new_context, site, palette: str) -> None:
    page = open_quiz(new_context, site, 1280, palette, MIDWAY)
    quiz = Quiz(page)
    assert_no_axe_violations(page, f"quiz, a question ({palette})")
    quiz.continue_button.click()
    expect(quiz.error).to_be_visible()
    assert_no_axe_violations(page, f"quiz, the no-answer error ({palette})")
    for option in ("yes", "exceeds-context", "misreads-domain", "yes", "one"):
        quiz.answer(option)
    assert quiz.outcome() == "fine-tune-plus-rag"
    assert_no_axe_violations(page, f"quiz, at a result ({palette})")
    page.goto(site.page("quiz/?tampered#v=0&problem=bogus"))
    expect(quiz.notice).not_to_be_empty()
    use_palette(page, palette)
    assert_no_axe_violations(page, f"quiz, with a notice ({palette})")
