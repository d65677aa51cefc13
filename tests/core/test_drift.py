"""Decision drift: every published link is answered on its own version and compared."""

from __future__ import annotations

import pytest

from decision_tree import TREE, AnswerError, paths
from decision_tree.drift import compare
from decision_tree.permalink import fragment, read_link
from decision_tree.versions import CARRIED, published

V1 = published()[1]
V1_PATHS = list(paths(V1))


def test_every_published_version_is_kept_and_the_current_one_is_the_newest() -> None:
    versions = published()
    assert list(versions) == list(range(1, TREE.version + 1))
    assert versions[1].title == "Fine-tuning, RAG or prompting?" and len(versions[1].questions) == 13


def test_the_current_tree_matches_its_published_snapshot() -> None:
    """The logic cannot change without a new version: same ids, routes, verdicts and citations."""
    snapshot = published()[TREE.version]
    shape = lambda t: (t.start, [(q.id, q.kind, [(o.id, o.next, o.unsure, o.assumes, o.exclusive) for o in q.options]) for q in t.questions],
                       [(o.id, o.verdict, o.conclusions, o.checklists) for o in t.outcomes])
    assert shape(snapshot) == shape(TREE)


@pytest.mark.parametrize("journey", V1_PATHS, ids=lambda p: p.outcome.id + ":" + ",".join(p.answers.values()))
def test_each_v1_link_keeps_its_own_result_and_gets_the_current_reading(journey) -> None:
    drift = compare(V1, journey.answers, TREE, CARRIED[1])
    assert drift.link.outcome.id == journey.outcome.id
    if drift.outcome is None:
        assert len(drift.missing) == 1 and drift.verdict_changed is None
    else:
        assert drift.verdict_changed == (drift.outcome.verdict != journey.outcome.verdict)
    assert all(TREE.question(q) is not None for q in drift.carried)


def test_renamed_answers_carry_over_and_an_unchanged_route_still_holds() -> None:
    drift = compare(V1, {"information-source": "not-sure"}, TREE, CARRIED[1])
    assert drift.carried == {"problem": "not-sure"}
    assert drift.outcome.id == "prompt-baseline-first" and drift.verdict_changed is False and drift.because is None


def test_a_changed_verdict_names_the_answer_that_now_leads_elsewhere() -> None:
    answers = {"information-source": "stored-knowledge", "knowledge-volume": "not-sure", "knowledge-base": "yes",
               "domain-fit": "ignores-instructions", "domain-data": "yes"}
    drift = compare(V1, answers, TREE, CARRIED[1])
    assert (drift.outcome.id, drift.verdict_changed) == ("rag-fix-behaviour", True)
    assert drift.because.step.question.id == "domain-fit"
    assert (drift.because.before.id, drift.because.after.id) == ("domain-data", "rag-fix-behaviour")
    assert [q.id for q in drift.missing] == ["retrieval-needs"]  # the outcome is known; its checklist is not


def test_an_answer_the_current_tree_cannot_read_is_asked_again() -> None:
    drift = compare(V1, {"information-source": "stored-knowledge", "knowledge-volume": "too-large", "knowledge-base": "yes",
                         "domain-fit": "answers-well", "change-rate": "often"}, TREE, CARRIED[1])
    assert drift.outcome is None and [q.id for q in drift.missing] == ["knowledge-volume"]


def test_read_link_takes_a_url_or_a_fragment_and_refuses_what_it_cannot_read() -> None:
    assert read_link("#" + fragment(TREE, {"problem": "style"}), {1, 2}) == (2, {"problem": "style"})
    assert read_link("v=1&information-source=not-sure", {1, 2}) == (1, {"information-source": "not-sure"})
    for bad, message in (("#v=x", "not a version number"), ("#v=1&v=2", "gives 'v' twice"), ("#" + "a" * 3000, "too long"),
                         ("#v=3", "tree version 3, which was never published")):
        with pytest.raises(AnswerError, match=message):
            read_link(bad, {1, 2})
