"""The diagram's side of the quiz: the path the quiz announces ("dt:path") lights up on the diagram
of the page, in both palettes, for a current link and for an old one."""

from __future__ import annotations

import pytest

from decision_tree import TREE, Decision
from decision_tree.drift import compare
from decision_tree.versions import chain, published
from decision_tree.render.links import svg_edge_id, svg_id
from tests.browser.quiz_driver import Quiz, expected_path

pytestmark = pytest.mark.browser

READ_HIGHLIGHT = """() => ({
  on: [...document.querySelectorAll('[data-dt-diagram] .dt-on-path')].map(el => el.id).sort(),
  current: [...document.querySelectorAll('[data-dt-diagram] .dt-current')].map(el => el.id)})"""


def highlighted(detail: dict) -> dict:
    ids = [svg_id(n) for n in detail["nodes"]] + [svg_edge_id(a, b) for a, b in detail["edges"]]
    return {"on": sorted(ids), "current": [svg_id(detail["current"])]}


def test_the_quiz_announces_its_path_and_the_diagram_lights_it_up(quiz: Quiz) -> None:
    """Two needs: the fork lights up an edge for each, then each branch its own path, then the
    checklists the outcomes ask."""
    answers: dict[str, str] = {}
    assert quiz.read()["path"] == expected_path(TREE, answers)
    for question_id, answer in (("needs", "knowledge.format"), ("knowledge-base", "yes"), ("knowledge-volume", "exceeds-context"),
                                ("change-frequency", "daily-or-weekly"), ("retrieval-where", "own-team"), ("behaviour-failure", "format-often"),
                                ("can-constrain", "yes"), ("retrieval-needs", "none"), ("evaluation-data", "none")):
        quiz.answer(answer)
        answers[question_id] = answer
        detail = quiz.read()["path"]
        assert detail == expected_path(TREE, answers)
        assert quiz.page.evaluate(READ_HIGHLIGHT) == highlighted(detail)
    assert detail["state"] == "result" and ["needs", "knowledge"] in detail["edges"] and ["needs", "format"] in detail["edges"]
    quiz.action("back")
    answers.pop("evaluation-data")
    assert quiz.page.evaluate(READ_HIGHLIGHT) == highlighted(expected_path(TREE, answers))


def test_an_old_link_lights_up_the_current_tree_s_path(reload_quiz) -> None:
    """An old link lights up the path its answers take through the current tree."""
    drift = compare(published()[1], {"information-source": "not-sure"}, TREE, chain(1, TREE))
    assert drift.result is not None
    quiz = reload_quiz("v=1&information-source=not-sure")
    detail = quiz.read()["path"]
    assert detail == expected_path(TREE, Decision(result=drift.result, path=drift.path))
    assert quiz.page.evaluate(READ_HIGHLIGHT) == highlighted(detail)
