"""The quiz's path on the quiz page: highlighted on the drawing, and listed beside the question
(wide screens) or above it (phones) so it stays in view while the reader answers."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from decision_tree import TREE
from decision_tree.render.links import svg_edge_id, svg_id

from tests.browser.quiz_driver import Quiz, no_horizontal_scroll

pytestmark = pytest.mark.browser

ANSWERS = (("needs", "knowledge"), ("knowledge-base", "yes"), ("knowledge-volume", "fits-long-context"))
IN_VIEW = """el => { const r = el.getBoundingClientRect();
  return r.width > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth; }"""


def path_shown(page: Page) -> list[str]:
    return page.locator(".dt-path-list li").all_inner_texts()


@pytest.mark.parametrize("width", [1280, 1600])
def test_on_a_wide_screen_the_current_node_stays_in_view_beside_the_question(new_context, site, width: int) -> None:
    page = new_context(viewport={"width": width, "height": 800}).new_page()
    page.goto(site.page("quiz/"))
    quiz = Quiz(page)
    quiz.mounted()
    for question_id, option_id in ANSWERS[:2]:
        quiz.answer(option_id)
    expect(quiz.question).to_be_visible()
    current = page.locator(".dt-path .dt-current")
    expect(current).to_contain_text(TREE.question("knowledge-volume").title)
    assert current.evaluate(IN_VIEW), "the current node is out of view while the question is shown"
    question, path = quiz.question.bounding_box(), page.locator(".dt-path").bounding_box()
    assert path["x"] > question["x"] + question["width"], "the path stands beside the question"
    page.mouse.wheel(0, 500)  # and it stays in view as the reader scrolls to the answers
    page.wait_for_function("() => scrollY > 200")
    assert current.evaluate(IN_VIEW)
    steps = path_shown(page)
    assert [s.splitlines()[-1] for s in steps[:-1]] == [TREE.question(q).option(o).short for q, o in ANSWERS[:2]]


def test_on_a_phone_a_compact_path_sits_above_the_question(new_context, site) -> None:
    page = new_context(viewport={"width": 360, "height": 740}).new_page()
    page.goto(site.page(f"quiz/#v={TREE.version}&" + "&".join(f"{q}={o}" for q, o in ANSWERS)))
    quiz = Quiz(page)
    quiz.mounted()
    path, question = page.locator(".dt-path"), quiz.question
    expect(path.locator(".dt-current")).to_be_visible()
    assert path.bounding_box()["y"] < question.bounding_box()["y"], "the path comes before the question"
    assert path.bounding_box()["height"] < 200, "the path is compact"
    assert path.locator(".dt-current").evaluate("el => { const r = el.getBoundingClientRect(); return r.right <= innerWidth; }")
    assert no_horizontal_scroll(page)


def test_a_step_of_the_path_takes_the_quiz_back_to_its_question(quiz: Quiz) -> None:
    for _, option_id in ANSWERS:
        quiz.answer(option_id)
    quiz.page.locator(".dt-path [data-dt-goto=knowledge-base]").click()
    expect(quiz.question).to_have_text(TREE.question("knowledge-base").text)


def test_the_highlight_is_visible_in_both_palettes(quiz: Quiz) -> None:
    quiz.answer("request-input")
    edge = quiz.page.locator(f"#{svg_edge_id('needs', 'request-input')} path").first
    other = quiz.page.locator(f"#{svg_edge_id('needs', 'knowledge')} path").first
    current = quiz.page.locator(f"#{svg_id('input-task')} path").first
    for scheme in ("default", "slate"):
        quiz.page.evaluate(f"document.body.setAttribute('data-md-color-scheme', '{scheme}')")
        assert edge.evaluate("p => getComputedStyle(p).stroke") != other.evaluate("p => getComputedStyle(p).stroke")
        assert float(edge.evaluate("p => getComputedStyle(p).strokeWidth").removesuffix("px")) > 2
        assert current.evaluate("p => getComputedStyle(p).fill") not in ("none", "rgb(0, 0, 0)")
