"""The engine on the guide's tree: every path, every outcome, needs that combine, checklists,
and bad answers."""

from __future__ import annotations

import pytest

from decision_tree import BOLDNESS, TREE, AnswerError, decide, paths, what_would_change
from decision_tree.engine import boldest, next_node, parse_answer, reachable_outcomes, start, walk
from decision_tree.model import Outcome, Question

from .small_tree import small_tree

PATHS = list(paths(TREE))
MAX_QUESTIONS = 10  # one need, its branch to the end, and the checklists: a few minutes at most
KNOWLEDGE_ROUTES = {"knowledge-in-prompt", "long-context", "rag", "rag-managed", "rag-local", "fine-tune-knowledge"}


def _path_nodes(journey) -> list[str]:
    """The nodes a single-need path visits, walked with next_node from the start."""
    node: Question | Outcome = start(TREE)
    visited = [node.id]
    for step in journey.path:
        if step.question.is_checklist:
            continue
        node = next_node(TREE, step.question.id, step.answer) if not step.question.is_fork else TREE.node(step.option.next)
        visited.append(node.id)
    return visited


@pytest.mark.parametrize("journey", PATHS, ids=[" ".join(p.answers.values()) for p in PATHS])
def test_each_path_decides_to_the_outcome_it_ends_at(journey) -> None:
    decision = decide(TREE, journey.answers)
    assert decision.result == journey.result and decision.result.single is not None
    assert [s.question.id for s in decision.path] == list(journey.answers)
    assert _path_nodes(journey)[-1] == journey.result.single.id
    asked = [s.question.id for s in journey.path if s.question.is_checklist]
    assert asked == [q.id for q in TREE.questions if q.id in journey.result.single.checklists]  # the tree's order, last


def test_every_outcome_is_reached_by_one_need_and_every_path_is_short() -> None:
    assert {p.result.id for p in PATHS} == {o.id for o in TREE.outcomes}
    assert max(len(p.path) for p in PATHS) <= MAX_QUESTIONS
    assert sorted(len(p.path) for p in PATHS)[len(PATHS) // 2] <= 7


def test_paths_are_listed_in_declaration_order_and_are_all_distinct() -> None:
    answer_sets = [tuple(p.answers.items()) for p in PATHS]
    assert len(answer_sets) == len(set(answer_sets))
    assert PATHS[0].answers == {"needs": "knowledge", "knowledge-base": "yes", "knowledge-volume": "fits",
                                "retrieval-needs": "none", "evaluation-data": "none"}


def test_requirements_are_asked_on_every_route_that_supplies_knowledge_and_no_other() -> None:
    for outcome in TREE.outcomes:
        assert ("retrieval-needs" in outcome.checklists) == (outcome.id in KNOWLEDGE_ROUTES), outcome.id
        assert outcome.checklists[-1] == "evaluation-data", outcome.id  # every result asks what there is to test with


def test_no_route_trains_knowledge_in_where_any_lookup_can_run() -> None:
    to_training = [p for p in PATHS if p.result.id == "fine-tune-knowledge"]
    assert to_training and all(p.answers.get("stable-knowledge") == "no-lookup" for p in to_training)
    assert all(p.result.id != "fine-tune-knowledge" for p in PATHS if "retrieval-where" in p.answers)


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
    # change-frequency=not-sure assumes daily-or-weekly (retrieval); sending it to the stable
    # branch, which can end in fine-tuning, must break the property the test above checks.
    question = TREE.question("change-frequency")
    assert boldest(TREE, "stable-knowledge") > boldest(TREE, question.option("daily-or-weekly").next)


def test_every_question_lets_a_reader_say_they_do_not_know() -> None:
    for question in TREE.questions:
        if question.is_checklist:
            continue
        unsure = [o for o in question.options if o.unsure]
        assert len(unsure) == 1, f"{question.id} has {len(unsure)} answers that admit not knowing"
        assert unsure[0] == question.options[-1], f"{question.id}: the unsure answer comes last"


def test_boldness_ranks_every_verdict_from_waiting_to_training_with_retrieval() -> None:
    assert BOLDNESS["not-ready"] == BOLDNESS["prompting"] == 0
    assert BOLDNESS["rag"] == BOLDNESS["tool-calls"] < BOLDNESS["fine-tuning"] < BOLDNESS["fine-tuning-and-rag"]


# Several needs at once ----------------------------------------------------------------------

KNOWLEDGE = {"knowledge-base": "yes", "knowledge-volume": "exceeds-context", "change-frequency": "daily-or-weekly",
             "retrieval-where": "own-team"}
VOICE = {"style-examples": "no", "many-shot": "no", "training-data": "yes", "task-count": "one"}
DONE = {"retrieval-needs": "none", "evaluation-data": "none"}


def test_two_needs_make_one_result_with_a_part_for_each_and_their_combined_verdict() -> None:
    decision = decide(TREE, {"needs": "knowledge.voice", **KNOWLEDGE, **VOICE, **DONE})
    result = decision.result
    assert [(p.outcome.id, [n.id for n in p.needs]) for p in result.parts] == [("rag", ["knowledge"]), ("fine-tune", ["voice"])]
    assert result.verdict == "fine-tuning-and-rag" and [c.id for c in result.compositions] == ["fine-tuning-with-retrieval"]
    assert result.id == "rag+fine-tune"
    assert result.parts[1].route == ("style-examples", "many-shot", "training-data", "task-count")


def test_each_branch_is_walked_in_the_order_of_the_needs_then_the_checklists_in_the_tree_order() -> None:
    steps, node = walk(TREE, {"needs": "live-data.voice"})
    assert node.id == "live-access"
    steps, node = walk(TREE, {"needs": "live-data.voice", "live-access": "api"})
    assert node.id == "style-examples"
    answers = {"needs": "live-data.voice", "live-access": "api", "style-examples": "yes"}
    assert walk(TREE, answers)[1].id == "tool-actions"
    decision = decide(TREE, {**answers, "tool-actions": "write-actions", "evaluation-data": "judges"})
    assert [s.question.id for s in decision.path] == ["needs", "live-access", "style-examples", "tool-actions", "evaluation-data"]
    assert decision.result.verdict == "tool-calls"


def test_a_question_two_branches_share_is_asked_once_and_answers_both() -> None:
    answers = {"needs": "format.voice", "behaviour-failure": "ignores-rules", "style-examples": "drifts",
               "stronger-model": "still-fails", "many-shot": "yes", "evaluation-data": "none"}
    decision = decide(TREE, answers)
    assert [s.question.id for s in decision.path].count("stronger-model") == 1
    (part,) = decision.result.parts
    assert part.outcome.id == "examples-in-prompt" and [n.id for n in part.needs] == ["format", "voice"]


def test_a_skill_the_reference_supplies_is_knowledge_and_shares_the_knowledge_branch() -> None:
    decision = decide(TREE, {"needs": "knowledge.skill", **KNOWLEDGE, "skill-reference": "yes", **DONE})
    (part,) = decision.result.parts
    assert part.outcome.id == "rag" and [n.id for n in part.needs] == ["knowledge", "skill"]


def test_a_part_that_is_not_ready_holds_the_whole_result_back() -> None:
    answers = {"needs": "knowledge.format", "knowledge-base": "no-data", "behaviour-failure": "format-sometimes", "evaluation-data": "none"}
    result = decide(TREE, answers).result
    assert [p.outcome.verdict for p in result.parts] == ["not-ready", "constrained-output"]
    assert result.verdict == "not-ready" and not result.compositions


def test_every_pair_of_outcomes_composes_by_the_precedence_and_the_compositions() -> None:
    """Composition by parts: every two outcomes any two branches may reach, composed as the
    engine composes them, get the first verdict in the precedence of their verdicts and those of
    the compositions that apply; retrieval with training always applies "fine-tuning with retrieval"."""
    from decision_tree.compose import compose
    from decision_tree.model import PRECEDENCE

    needs = TREE.question("needs").options
    for first in TREE.outcomes:
        for second in TREE.outcomes:
            result = compose(TREE, [(needs[0], first, ()), (needs[1], second, ())])
            verdicts = {p.outcome.verdict for p in result.parts} | {c.verdict for c in result.compositions}
            assert result.verdict == min(verdicts, key=PRECEDENCE.index)
            both = {first.verdict, second.verdict} >= {"fine-tuning", "rag"}
            assert both == any(c.id == "fine-tuning-with-retrieval" for c in result.compositions)
            assert len(result.parts) == (1 if first.id == second.id else 2)


def _together(first, second) -> dict[str, str]:
    """The answers of two single-need paths given at once: both needs named, each branch answered
    as its path answers it (a question both ask keeps the first path's answer), and whatever is
    still open answered with its first option (a checklist with its default)."""
    fork = TREE.question("needs")
    named = {first.path[0].option.id, second.path[0].option.id}
    answers = {"needs": ".".join(o.id for o in fork.options if o.id in named)}
    for path in (first, second):
        for step in path.path[1:]:
            answers.setdefault(step.question.id, step.answer)
    while True:
        steps, node = walk(TREE, answers)
        if not isinstance(node, Question):
            return {s.question.id: s.answer for s in steps}
        default = next((o for o in node.options if o.exclusive), node.options[0])
        answers[node.id] = default.id


def test_every_branch_path_of_every_need_combines_with_every_other_need() -> None:
    """Each single-need path beside the first path of every other need: every branch path meets
    every other need at least once (the full enumeration, some 66,000 results, costs more than
    the suite should spend; the compositions themselves are covered by parts above)."""
    by_need: dict[str, list] = {}
    for journey in PATHS:
        if not journey.path[0].option.exclusive:
            by_need.setdefault(journey.path[0].option.id, []).append(journey)
    count = 0
    for need, journeys in by_need.items():
        for other, theirs in by_need.items():
            if other == need:
                continue
            for journey in journeys:
                decision = decide(TREE, _together(journey, theirs[0]))
                assert {n.id for p in decision.result.parts for n in p.needs} == {need, other}
                count += 1
    assert count > 3_000


# Checklists -------------------------------------------------------------------------------

RAG = {"needs": "knowledge", **KNOWLEDGE}


def test_a_checklist_comes_after_the_parts_and_takes_several_answers_in_its_own_order() -> None:
    steps, node = walk(TREE, RAG)
    assert node.id == "retrieval-needs" and node.is_checklist
    assert walk(TREE, RAG, refine=False)[1].id == "rag"
    decision = decide(TREE, {**RAG, "retrieval-needs": "fresh-within-hours.cite-sources", "evaluation-data": "none"})
    assert decision.answers["retrieval-needs"] == "cite-sources.fresh-within-hours"
    assert [o.id for o in decision.path[-2].options] == ["cite-sources", "fresh-within-hours"]


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


def test_the_fork_takes_several_needs_in_its_own_order_and_not_sure_alone() -> None:
    assert [o.id for o in parse_answer(TREE.question("needs"), "voice.knowledge")] == ["knowledge", "voice"]
    with pytest.raises(AnswerError, match="combines 'not-sure', which stands alone"):
        parse_answer(TREE.question("needs"), "knowledge.not-sure")


def test_a_choice_question_takes_exactly_one_answer() -> None:
    with pytest.raises(AnswerError, match="unknown answer 'yes.no-data' to question 'knowledge-base'"):
        parse_answer(TREE.question("knowledge-base"), "yes.no-data")


# What would change a result ----------------------------------------------------------------


def test_what_would_change_lists_every_other_answer_with_where_it_leads() -> None:
    decision = decide(small_tree(), {"start": "b", "middle": "x"})
    changes = {(a.question.id, a.option.id): a for a in what_would_change(small_tree(), decision)}
    assert set(changes) == {("start", "a"), ("middle", "y")}
    assert changes["start", "a"].result.id == "end-a" and changes["start", "a"].effect == "none"
    assert changes["middle", "y"].result.id == "end-b" and changes["middle", "y"].effect == "verdict"
    assert changes["middle", "y"].verdicts == {"fine-tuning"} and changes["middle", "y"].change == "switch"


def test_what_would_change_adds_and_removes_needs() -> None:
    decision = decide(TREE, {"needs": "knowledge.voice", **KNOWLEDGE, **VOICE, **DONE})
    changes = {(a.question.id, a.option.id): a for a in what_would_change(TREE, decision)}
    removed = changes["needs", "voice"]
    assert removed.change == "remove" and removed.result.id == "rag" and removed.effect == "verdict"
    added = changes["needs", "live-data"]
    assert added.change == "add" and added.result is None and added.next_question.id == "live-access"
    assert added.effect == "outcome"  # tool calls add a part, the verdict stays
    assert changes["needs", "not-sure"].next_question is None and changes["needs", "not-sure"].result.id == "prompt-baseline-first"


def test_what_would_change_names_the_next_question_when_a_change_opens_a_new_branch() -> None:
    decision = decide(TREE, {"needs": "not-sure", "evaluation-data": "none"})
    first = what_would_change(TREE, decision)[0]
    assert (first.option.id, first.change) == ("knowledge", "add")
    assert first.result is None and first.next_question.id == "knowledge-base"
    assert first.effect == "verdict"  # the knowledge branch can end in other verdicts


def test_what_would_change_keeps_the_other_answers_where_they_still_apply() -> None:
    answers = {**RAG, **DONE}
    changes = {(a.question.id, a.option.id): a for a in what_would_change(TREE, decide(TREE, answers))}
    assert changes["retrieval-where", "managed"].result.id == "rag-managed"
    assert changes["retrieval-where", "managed"].effect == "outcome"  # another RAG outcome
    assert changes["change-frequency", "monthly-or-quarterly"].effect == "none"
    assert changes["change-frequency", "yearly-or-never"].next_question.id == "stable-knowledge"


def test_reachable_outcomes_follow_every_branch_below_a_node() -> None:
    assert [o.id for o in reachable_outcomes(TREE, "task-count")] == ["fine-tune", "fine-tune-adapters"]
    assert [o.id for o in reachable_outcomes(TREE, "rag")] == ["rag"]


# Bad answers --------------------------------------------------------------------------------

BAD_ANSWERS = {
    "unknown question": ({"nope": "x"}, "unknown question 'nope' (must be one of ['needs'"),
    "unknown answer": ({"needs": "maybe"}, "unknown answer 'maybe' to question 'needs' (must be any of them joined by '.', or the exclusive one alone: ['knowledge',"),
    "incomplete": ({"needs": "request-input"}, "the answers stop before the result: question 'input-task' needs an answer (one of them: ['fits-prompt', 'many-labels', 'not-sure'])"),
    "no checklist": (RAG, "question 'retrieval-needs' needs an answer (any of them joined by '.': ['cite-sources'"),
    "off the path": ({"needs": "not-sure", "evaluation-data": "none", "task-count": "one"}, "question 'task-count' is not on the path these answers take (the path asks ['needs', 'evaluation-data'])"),
    "nothing": ({}, "the answers stop before the result: question 'needs' needs an answer"),
}


@pytest.mark.parametrize("answers, message", BAD_ANSWERS.values(), ids=BAD_ANSWERS.keys())
def test_bad_answers_raise_an_error_naming_the_culprit_and_the_choices(answers: dict, message: str) -> None:
    with pytest.raises(AnswerError) as raised:
        decide(TREE, answers)
    assert message in str(raised.value)


def test_walk_stops_at_the_first_unanswered_question() -> None:
    steps, node = walk(TREE, {"needs": "knowledge"})
    assert [s.answer for s in steps] == ["knowledge"]
    assert isinstance(node, Question) and node.id == "knowledge-base"
    assert decide(TREE, {"needs": "not-sure", "evaluation-data": "none"}).result.single.id == "prompt-baseline-first"


def test_a_decision_s_alternatives_are_worked_out_once_per_tree_and_answers() -> None:
    """The same answers on the same tree give the very same alternatives (worked out once); another
    tree, such as the other language's, gets its own."""
    from decision_tree import tree

    first = next(iter(paths(TREE)))
    found = what_would_change(TREE, first)
    assert what_would_change(TREE, decide(TREE, first.answers)) is found
    chinese = tree("zh")
    theirs = what_would_change(chinese, decide(chinese, first.answers))
    assert theirs is not found and theirs[0].question is chinese.question(theirs[0].question.id)
    assert [(a.question.id, a.answer) for a in theirs] == [(a.question.id, a.answer) for a in found]


def test_the_tree_of_a_language_is_one_object_however_it_is_asked_for() -> None:
    """The command line asks for ``tree("en")`` and the guide's code uses ``TREE``: one object, so
    what is worked out for it (the alternatives above) is worked out once in a process."""
    from decision_tree import tree

    assert tree() is TREE and tree("en") is TREE and tree("zh") is tree("zh")


def _every_end(tree, answers: dict[str, str]) -> set[tuple[str, frozenset[str]]]:
    """Each result the answers can still reach, by answering every open question every way, one
    completion at a time: what the engine's kept ends must equal."""
    _, node = walk(tree, answers)
    if isinstance(node, Question) and not node.is_checklist:  # the fork, unanswered, with each need alone
        return set().union(*(_every_end(tree, {**answers, node.id: o.id}) for o in node.options))
    while isinstance(node, Question):  # checklists do not change where the answers lead
        answers = {**answers, node.id: next((o for o in node.options if o.exclusive), node.options[0]).id}
        _, node = walk(tree, answers)
    return {(node.verdict, frozenset(o.id for o in node.outcomes))}


def test_the_ends_a_change_can_reach_are_every_completion_s_ends() -> None:
    """The ends of each alternative (its verdicts and its effect) are kept by the state a walk is
    in, so that the same state on another path costs nothing: they must be what answering every
    open question every way reaches, on a sample of the paths of one need and of two (all of
    them agree; the sample keeps the test quick, the kept ends being shared between paths)."""
    import random

    from decision_tree.engine import _ends, _others

    from .test_analysis import TWO_AT_RANDOM

    checked = 0
    for decision in [*random.Random(2026).sample(list(paths(TREE)), 100), *TWO_AT_RANDOM[::20]]:
        for step in (s for s in decision.path if not s.question.is_checklist):
            for _, _, answer in _others(step):
                changed = {**decision.answers, step.question.id: answer}
                assert _ends(TREE, changed) == _every_end(TREE, changed), changed
                checked += 1
    assert checked > 600
