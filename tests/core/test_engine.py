"""The engine on the guide's tree: every path, every outcome, checklists, and bad answers."""

from __future__ import annotations

import pytest

from decision_tree import BOLDNESS, TREE, AnswerError, decide, paths, what_would_change
from decision_tree.engine import boldest, next_node, parse_answer, reachable_outcomes, route, start, walk
from decision_tree.model import Outcome, Question

from .small_tree import small_tree

PATHS = list(paths(TREE))
MAX_QUESTIONS = 8  # a reader should finish in a couple of minutes, checklist included


@pytest.mark.parametrize("journey", PATHS, ids=[" ".join(p.answers.values()) for p in PATHS])
def test_each_path_decides_to_the_outcome_it_ends_at(journey) -> None:
    decision = decide(TREE, journey.answers)
    assert decision.outcome == journey.outcome
    assert [s.question.id for s in decision.path] == list(journey.answers)
    node: Question | Outcome = start(TREE)
    for step in journey.path:
        if step.question.is_checklist:
            assert step.question.id in node.checklists  # type: ignore[union-attr]
            continue
        assert isinstance(node, Question) and node.id == step.question.id
        node = next_node(TREE, step.question.id, step.answer)
    assert node == journey.outcome


def test_every_outcome_is_reached_and_every_path_is_short() -> None:
    assert {p.outcome.id for p in PATHS} == {o.id for o in TREE.outcomes}
    assert max(len(p.path) for p in PATHS) <= MAX_QUESTIONS


def test_paths_are_listed_in_declaration_order_and_are_all_distinct() -> None:
    answer_sets = [tuple(p.answers.items()) for p in PATHS]
    assert len(answer_sets) == len(set(answer_sets))
    assert PATHS[0].answers == {"problem": "missing-knowledge", "knowledge-base": "yes", "knowledge-volume": "fits"}


def test_retrieval_outcomes_ask_the_retrieval_checklist_and_no_other_outcome_does() -> None:
    for outcome in TREE.outcomes:
        retrieves = outcome.verdict in ("rag", "fine-tuning-and-rag")
        assert (outcome.checklists == ("retrieval-needs",)) == retrieves, outcome.id


# "Not sure" never leads anywhere bolder than the answer it stands in for -------------------


UNSURE = [(q, o) for q in TREE.questions for o in q.options if o.unsure]


@pytest.mark.parametrize("question, option", UNSURE, ids=[f"{q.id}={o.id}" for q, o in UNSURE])
def test_an_unsure_answer_is_no_bolder_than_the_route_it_stands_in_for(question, option) -> None:
    """With ``assumes``, no bolder than the assumed answer; without, no bolder than any sure answer."""
    mine = boldest(TREE, option.next)
    sure = [o for o in question.options if not o.unsure]
    if option.assumes:
        assert mine <= boldest(TREE, question.option(option.assumes).next)
    else:
        assert mine <= min(boldest(TREE, o.next) for o in sure), f"{question.id}={option.id} is bolder than a sure answer"


def test_the_unsure_property_catches_a_not_sure_rerouted_to_a_bolder_outcome() -> None:
    # change-frequency=not-sure assumes daily-or-weekly (RAG); sending it to the stable branch,
    # which can end in fine-tuning, must break the property the test above checks.
    question = TREE.question("change-frequency")
    assert boldest(TREE, "stable-knowledge") > boldest(TREE, question.option("daily-or-weekly").next)


def test_every_question_but_the_input_task_lets_a_reader_say_they_do_not_know() -> None:
    without = [q.id for q in TREE.questions if not q.is_checklist and not any(o.unsure for o in q.options)]
    assert without == ["input-task"]  # "what the model must do with the input" is never unknown


def test_boldness_ranks_every_verdict_from_waiting_to_training_with_retrieval() -> None:
    assert BOLDNESS["not-ready"] == BOLDNESS["prompting"] == 0
    assert BOLDNESS["rag"] < BOLDNESS["fine-tuning"] < BOLDNESS["fine-tuning-and-rag"]


# Checklists -------------------------------------------------------------------------------

RAG = {"problem": "missing-knowledge", "knowledge-base": "yes", "knowledge-volume": "exceeds-context",
       "domain-fit": "answers-well", "change-frequency": "daily-or-weekly"}


def test_a_checklist_comes_after_the_outcome_and_takes_several_answers_in_its_own_order() -> None:
    steps, node = walk(TREE, RAG)
    assert node.id == "retrieval-needs" and node.is_checklist
    assert route(TREE, RAG)[1].id == "rag"
    decision = decide(TREE, {**RAG, "retrieval-needs": "fresh-within-hours.cite-sources"})
    assert decision.answers["retrieval-needs"] == "cite-sources.fresh-within-hours"
    assert [o.id for o in decision.path[-1].options] == ["cite-sources", "fresh-within-hours"]


BAD_CHECKLIST = {
    "unknown": ("cite-sources.telepathy", "unknown answer 'telepathy' to question 'retrieval-needs'"),
    "twice": ("cite-sources.cite-sources", "names an option twice"),
    "none with another": ("none.source-only", "combines 'none', which stands alone, with other answers"),
    "empty": ("", "unknown answer '' to question 'retrieval-needs'"),
}


@pytest.mark.parametrize("answer, message", BAD_CHECKLIST.values(), ids=BAD_CHECKLIST.keys())
def test_a_bad_checklist_answer_is_refused(answer: str, message: str) -> None:
    with pytest.raises(AnswerError, match=message):
        parse_answer(TREE.question("retrieval-needs"), answer)


def test_a_choice_question_takes_exactly_one_answer() -> None:
    with pytest.raises(AnswerError, match="unknown answer 'yes.no' to question 'knowledge-base'"):
        parse_answer(TREE.question("knowledge-base"), "yes.no")


# What would change a result ----------------------------------------------------------------


def test_what_would_change_lists_every_other_answer_with_where_it_leads() -> None:
    decision = decide(small_tree(), {"start": "b", "middle": "x"})
    changes = {(a.question.id, a.option.id): a for a in what_would_change(small_tree(), decision)}
    assert set(changes) == {("start", "a"), ("middle", "y")}
    assert changes["start", "a"].outcome.id == "end-a" and changes["start", "a"].effect == "none"
    assert changes["middle", "y"].outcome.id == "end-b" and changes["middle", "y"].effect == "verdict"


def test_what_would_change_names_the_next_question_when_a_change_opens_a_new_branch() -> None:
    decision = decide(TREE, {"problem": "not-sure"})
    (first, *others) = what_would_change(TREE, decision)
    assert first.option.id == "missing-knowledge"
    assert first.outcome is None and first.next_question.id == "knowledge-base"
    assert first.effect == "verdict"  # the knowledge branch can end in other verdicts
    assert all(a.outcome is None for a in others)


def test_what_would_change_keeps_the_other_answers_where_they_still_apply() -> None:
    answers = {**RAG, "retrieval-needs": "none"}
    changes = {(a.question.id, a.option.id): a for a in what_would_change(TREE, decide(TREE, answers))}
    assert changes["knowledge-base", "no-team"].outcome.id == "rag"  # the later answers still apply
    assert changes["knowledge-base", "no-team"].effect == "none"
    assert changes["domain-fit", "ignores-instructions"].effect == "outcome"  # another RAG outcome
    assert changes["domain-fit", "misreads-domain"].next_question.id == "domain-data"


def test_reachable_outcomes_follow_every_branch_below_a_node() -> None:
    assert [o.id for o in reachable_outcomes(TREE, "task-count")] == ["fine-tune", "fine-tune-adapters"]
    assert [o.id for o in reachable_outcomes(TREE, "rag")] == ["rag"]


# Bad answers --------------------------------------------------------------------------------

BAD_ANSWERS = {
    "unknown question": ({"nope": "x"}, "unknown question 'nope' (must be one of ['problem'"),
    "unknown answer": ({"problem": "maybe"}, "unknown answer 'maybe' to question 'problem' (must be one of them: ['missing-knowledge',"),
    "incomplete": ({"problem": "request-input"}, "the answers stop before the result: question 'input-task' needs an answer (one of them: ['work-with-it', 'narrow-high-volume'])"),
    "no checklist": (RAG, "question 'retrieval-needs' needs an answer (any of them joined by '.': ['cite-sources'"),
    "off the path": ({"problem": "not-sure", "task-count": "one"}, "question 'task-count' is not on the path these answers take (the path asks ['problem'])"),
    "nothing": ({}, "the answers stop before the result: question 'problem' needs an answer"),
}


@pytest.mark.parametrize("answers, message", BAD_ANSWERS.values(), ids=BAD_ANSWERS.keys())
def test_bad_answers_raise_an_error_naming_the_culprit_and_the_choices(answers: dict, message: str) -> None:
    with pytest.raises(AnswerError) as raised:
        decide(TREE, answers)
    assert message in str(raised.value)


def test_walk_stops_at_the_first_unanswered_question() -> None:
    steps, node = walk(TREE, {"problem": "missing-knowledge"})
    assert [s.option.id for s in steps] == ["missing-knowledge"]
    assert isinstance(node, Question) and node.id == "knowledge-base"
    assert isinstance(decide(TREE, {"problem": "not-sure"}).outcome, Outcome)
