"""The analysis of a decision: decisive answers, assumptions, reasons and grouped alternatives."""

from __future__ import annotations

import pytest

from decision_tree import TREE, decide, paths
from decision_tree.analysis import analyse

PATHS = list(paths(TREE))
STABLE_RAG = {
    "problem": "missing-knowledge", "knowledge-base": "yes", "knowledge-volume": "not-sure", "domain-fit": "answers-well",
    "change-frequency": "yearly-or-never", "stable-knowledge": "checkable", "retrieval-needs": "cite-sources.exact-identifiers",
}


def test_answers_are_split_by_how_far_a_change_would_reach() -> None:
    result = analyse(TREE, decide(TREE, STABLE_RAG))
    assert [s.question.id for s in result.decisive] == ["problem", "knowledge-base", "knowledge-volume", "domain-fit", "stable-knowledge"]
    assert [s.question.id for s in result.inert] == ["change-frequency", "retrieval-needs"]
    assert result.shaping == ()


def test_not_sure_answers_become_assumptions_with_their_experiment_and_leave_the_reasons() -> None:
    result = analyse(TREE, decide(TREE, STABLE_RAG))
    (assumption,) = result.assumptions
    assert assumption.step.question.id == "knowledge-volume" and assumption.assumed.id == "exceeds-context"
    assert assumption.experiment.startswith("Count the knowledge's tokens")
    assert assumption.step.option.rationale not in result.reasons


def test_checklist_answers_add_their_next_steps_after_the_outcomes() -> None:
    result = analyse(TREE, decide(TREE, STABLE_RAG))
    outcome = TREE.outcome("rag")
    assert result.next_steps[: len(outcome.next_steps)] == outcome.next_steps
    assert [s[:20] for s in result.next_steps[len(outcome.next_steps):]] == ["Store each passage's", "Look records up by e"]


def test_alternatives_are_grouped_by_where_they_lead_with_more_questions_last() -> None:
    result = analyse(TREE, decide(TREE, STABLE_RAG))
    assert result.groups[-1].outcome is None
    grouped = [a for g in result.groups for a in g.alternatives]
    assert sorted(map(id, grouped)) == sorted(map(id, result.alternatives))
    for group in result.groups[:-1]:
        assert {a.outcome.id for a in group.alternatives} == {group.outcome.id}


@pytest.mark.parametrize("journey", PATHS[::7], ids=lambda p: p.outcome.id)
def test_an_answer_is_decisive_exactly_when_some_other_answer_reaches_another_verdict(journey) -> None:
    result = analyse(TREE, journey)
    for step in result.decisive:
        assert any(a.effect == "verdict" for a in result.alternatives if a.question.id == step.question.id)
    for step in result.inert:
        assert all(a.effect == "none" for a in result.alternatives if a.question.id == step.question.id)
