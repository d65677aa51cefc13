"""The engine on the guide's tree: every path, every outcome, and bad answers."""

from __future__ import annotations

import pytest

from decision_tree import TREE, AnswerError, decide, paths, what_would_change
from decision_tree.engine import next_node, start, walk
from decision_tree.model import Outcome, Question

from .small_tree import small_tree

PATHS = list(paths(TREE))


@pytest.mark.parametrize("journey", PATHS, ids=[" ".join(p.answers.values()) for p in PATHS])
def test_each_path_decides_to_the_outcome_it_ends_at(journey) -> None:
    decision = decide(TREE, journey.answers)
    assert decision.outcome == journey.outcome
    assert [s.question.id for s in decision.path] == list(journey.answers)
    node = start(TREE)
    for question_id, option_id in journey.answers.items():
        assert isinstance(node, Question) and node.id == question_id
        node = next_node(TREE, question_id, option_id)
    assert node == journey.outcome


def test_every_outcome_is_reached_and_every_path_is_short() -> None:
    assert {p.outcome.id for p in PATHS} == {o.id for o in TREE.outcomes}
    assert max(len(p.path) for p in PATHS) <= 7, "a reader should finish in under two minutes"


def test_every_question_lets_a_reader_say_they_do_not_know() -> None:
    without = [q.id for q in TREE.questions if not any(o.id in ("not-sure", "not-tried") for o in q.options)]
    assert without == []


def test_paths_are_listed_in_declaration_order_and_are_all_distinct() -> None:
    answer_sets = [tuple(p.answers.items()) for p in PATHS]
    assert len(answer_sets) == len(set(answer_sets)) == 85
    assert PATHS[0].answers == {"information-source": "stored-knowledge", "knowledge-volume": "fits"}


def test_what_would_change_lists_every_other_answer_with_where_it_leads() -> None:
    decision = decide(small_tree(), {"start": "b", "middle": "x"})
    changes = {(a.question.id, a.option.id): a for a in what_would_change(small_tree(), decision)}
    assert set(changes) == {("start", "a"), ("middle", "y")}
    assert changes["start", "a"].outcome.id == "end-a"
    assert changes["middle", "y"].outcome.id == "end-b"


def test_what_would_change_names_the_next_question_when_a_change_opens_a_new_branch() -> None:
    decision = decide(TREE, {"information-source": "not-sure"})
    (first, *others) = what_would_change(TREE, decision)
    assert first.option.id == "stored-knowledge"
    assert first.outcome is None and first.next_question.id == "knowledge-volume"
    assert all(a.outcome is None for a in others)


def test_what_would_change_keeps_the_other_answers_where_they_still_apply() -> None:
    answers = {"information-source": "style-or-ideas", "task-kind": "open-ended", "prompt-result": "yes"}
    changes = {(a.question.id, a.option.id): a for a in what_would_change(TREE, decide(TREE, answers))}
    # house-style leads to the same next question, whose answer still applies.
    assert changes["task-kind", "house-style"].outcome.id == "prompting"
    assert changes["task-kind", "narrow-pattern"].next_question.id == "training-data"


BAD_ANSWERS = {
    "unknown question": ({"nope": "x"}, "unknown question 'nope' (must be one of ['information-source'"),
    "unknown answer": ({"information-source": "maybe"}, "unknown answer 'maybe' to question 'information-source' (must be one of ['stored-knowledge', 'request-input', 'style-or-ideas', 'not-sure'])"),
    "incomplete": ({"information-source": "request-input"}, "the answers stop before an outcome: question 'prompt-result' needs an answer (one of ['yes', 'no', 'not-tried'])"),
    "off the path": ({"information-source": "not-sure", "task-count": "one"}, "question 'task-count' is not on the path these answers take (the path asks ['information-source'])"),
    "nothing": ({}, "the answers stop before an outcome: question 'information-source' needs an answer"),
}


@pytest.mark.parametrize("answers, message", BAD_ANSWERS.values(), ids=BAD_ANSWERS.keys())
def test_bad_answers_raise_an_error_naming_the_culprit_and_the_choices(answers: dict, message: str) -> None:
    with pytest.raises(AnswerError) as raised:
        decide(TREE, answers)
    assert message in str(raised.value)


def test_walk_stops_at_the_first_unanswered_question() -> None:
    steps, node = walk(TREE, {"information-source": "stored-knowledge"})
    assert [s.option.id for s in steps] == ["stored-knowledge"]
    assert isinstance(node, Question) and node.id == "knowledge-volume"
    assert isinstance(decide(TREE, {"information-source": "not-sure"}).outcome, Outcome)
