"""The diagram's side of the quiz: the path the quiz announces ("dt:path") lights up on the diagram
of the page, in both palettes, for a current link and for an old one."""

from __future__ import annotations

import pytest

from decision_tree import TREE
from decision_tree.engine import walk
from decision_tree.render.links import svg_edge_id, svg_id
from tests.browser.quiz_driver import Quiz

pytestmark = pytest.mark.browser

READ_HIGHLIGHT = """() => ({
  on: [...document.querySelectorAll('[data-dt-diagram] .dt-on-path')].map(el => el.id).sort(),
  current: [...document.querySelectorAll('[data-dt-diagram] .dt-current')].map(el => el.id)})"""


def announced(answers: dict[str, str]) -> dict:
    """The "dt:path" detail for a state, per the engine."""
    steps, node = walk(TREE, answers)
    choices = [s for s in steps if not s.question.is_checklist]
    checklists = [s.question.id for s in steps if s.question.is_checklist]
    outcome = TREE.outcome(choices[-1].option.next) if choices else None
    pending = [node.id] if getattr(node, "is_checklist", False) else []
    reached = [outcome.id, *checklists, *pending] if outcome else [node.id]
    edges = [[s.question.id, s.option.id] for s in choices] + ([[outcome.id, c] for c in checklists + pending] if outcome else [])
    state = "result" if TREE.outcome(node.id) else "question"
    return {"nodes": list(dict.fromkeys([s.question.id for s in choices] + reached)), "edges": edges, "current": node.id, "state": state}


def highlighted(detail: dict) -> dict:
    ids = [svg_id(n) for n in detail["nodes"]] + [svg_edge_id(a, b) for a, b in detail["edges"]]
    return {"on": sorted(ids), "current": [svg_id(detail["current"])]}


def test_the_quiz_announces_its_path_and_the_diagram_lights_it_up(quiz: Quiz) -> None:
    answers: dict[str, str] = {}
    assert quiz.read()["path"] == announced(answers)
    for question_id, option_id in (("problem", "missing-knowledge"), ("knowledge-base", "yes"), ("knowledge-volume", "exceeds-context"),
                                   ("domain-fit", "answers-well"), ("change-frequency", "daily-or-weekly"), ("retrieval-needs", "none")):
        quiz.answer(option_id)
        answers[question_id] = option_id
        detail = quiz.read()["path"]
        assert detail == announced(answers)
        assert quiz.page.evaluate(READ_HIGHLIGHT) == highlighted(detail)
    assert detail["state"] == "result" and [TREE.outcome("rag").id, "retrieval-needs"] in detail["edges"]
    quiz.action("back")
    answers.pop("retrieval-needs")
    assert quiz.page.evaluate(READ_HIGHLIGHT) == highlighted(announced(answers))


def test_an_old_link_lights_up_the_current_tree_s_path(reload_quiz) -> None:
    quiz = reload_quiz("v=1&information-source=not-sure")
    assert quiz.read()["path"] == announced({"problem": "not-sure"})
