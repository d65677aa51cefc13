"""Decision drift: every published link is answered on its own version and compared with the
current tree, its answers carried forward one version at a time."""

from __future__ import annotations

import pytest

from decision_tree import TREE, AnswerError, __version__, paths, ui, validated
from decision_tree.drift import compare
from decision_tree.permalink import fragment, read_link
from decision_tree.render.results import drift_text
from decision_tree.versions import CARRIED, chain, published

from .small_tree import two_versions

V1 = published()[1]
V2 = published()[2]
OLD_PATHS = [(version, journey) for version in (1, 2) for journey in paths(published()[version])]


def test_every_published_version_is_kept_and_the_current_one_is_the_newest() -> None:
    versions = published()
    assert set(range(1, TREE.version)) <= set(versions) <= set(range(1, TREE.version + 1))
    assert versions[1].title == "Fine-tuning, RAG or prompting?" and len(versions[1].questions) == 13
    assert len(versions[2].questions) == 22 and not versions[2].is_composed


def test_the_current_tree_matches_its_published_snapshot_once_published() -> None:
    """The logic cannot change without a new version: same ids, routes, verdicts and citations."""
    snapshot = published().get(TREE.version)
    if snapshot is None:
        pytest.skip(f"tree version {TREE.version} is not frozen yet")
    shape = lambda t: (t.start, [(q.id, q.kind, [(o.id, o.next, o.unsure, o.assumes, o.exclusive) for o in q.options]) for q in t.questions],
                       [(o.id, o.verdict, o.conclusions, o.checklists) for o in t.outcomes],
                       [(c.id, c.when, c.verdict, c.conclusions) for c in t.compositions])
    assert shape(snapshot) == shape(TREE)


@pytest.mark.parametrize("version, journey", OLD_PATHS, ids=lambda x: x if isinstance(x, int) else ",".join(x.answers.values()))
def test_each_old_link_keeps_its_own_result_and_gets_the_current_reading(version, journey) -> None:
    drift = compare(published()[version], journey.answers, TREE, chain(version, TREE))
    assert drift.link.result == journey.result
    if drift.result is None:
        assert len(drift.missing) == 1 and drift.verdict_changed is None
    else:
        assert drift.verdict_changed == (drift.result.verdict != journey.result.verdict)
    assert all(TREE.question(q) is not None for q in drift.carried)
    read = {r.step.question.id for r in drift.readings}
    for step in journey.path:  # an answer read as itself is not listed; every other one is
        kept = drift.carried.get(step.question.id) == step.answer
        assert (step.question.id in read) != kept or step.question.id == "needs"


def test_every_renamed_answer_names_a_question_and_an_answer_of_the_next_version() -> None:
    for version, renames in CARRIED.items():
        old, new = published()[version], published().get(version + 1, TREE)
        for (question, answer), pairs in renames.items():
            assert old.question(question) is not None and old.question(question).option(answer.split(".")[0]) is not None, (version, question, answer)
            for now_question, now_answer in pairs:
                assert new.question(now_question) is not None, (version, now_question)
                assert all(new.question(now_question).option(a) for a in now_answer.split(".")), (version, now_question, now_answer)


def test_renamed_answers_carry_over_through_each_version_and_an_unchanged_route_still_holds() -> None:
    drift = compare(V1, {"information-source": "not-sure"}, TREE, chain(1, TREE))
    assert drift.carried == {"needs": "not-sure"}
    assert drift.result.id == "prompt-baseline-first" and [q.id for q in drift.missing] == ["evaluation-data"]
    drift = compare(V2, {"problem": "not-sure"}, TREE, chain(2, TREE))
    assert drift.result.id == "prompt-baseline-first" and drift.verdict_changed is False and drift.because is None
    assert [q.id for q in drift.missing] == ["evaluation-data"]  # the result is known; its checklist is not
    assert [(r.step.question.id, r.now) for r in drift.readings] == [("problem", (("needs", "not-sure"),))]


def test_two_old_answers_that_are_needs_now_are_read_as_one_answer_naming_both() -> None:
    answers = {"problem": "missing-knowledge", "knowledge-base": "yes", "knowledge-volume": "exceeds-context",
               "domain-fit": "ignores-instructions", "retrieval-needs": "none"}
    drift = compare(V2, answers, TREE, chain(2, TREE))
    assert drift.carried["needs"] == "knowledge.format"
    assert drift.result is None and [q.id for q in drift.missing] == ["change-frequency"]
    assert drift.link.result.id == "rag-fix-behaviour"


def test_an_answer_the_current_tree_no_longer_asks_is_said_so() -> None:
    answers = {"problem": "missing-knowledge", "knowledge-base": "yes", "knowledge-volume": "exceeds-context",
               "domain-fit": "answers-well", "change-frequency": "yearly-or-never", "stable-knowledge": "speed-first"}
    drift = compare(V2, answers, TREE, chain(2, TREE))
    readings = {r.step.question.id: r.now for r in drift.readings}
    assert readings["domain-fit"] == () and readings["stable-knowledge"] == ()
    assert [q.id for q in drift.missing] == ["stable-knowledge"]  # asked again


def test_a_changed_verdict_names_the_answer_that_now_leads_elsewhere() -> None:
    answers = {"problem": "style", "style-examples": "not-tried"}
    drift = compare(V2, answers, TREE, chain(2, TREE))
    assert drift.link.result.id == "prompt-baseline-first"
    assert drift.result.id == "style-guide" and drift.verdict_changed is False
    assert drift.because.step.question.id == "style-examples"
    assert (drift.because.before.id, drift.because.after.id) == ("prompt-baseline-first", "style-guide")
    assert [q.id for q in drift.missing] == ["evaluation-data"]  # the result is known; its checklist is not


def test_read_link_takes_a_url_or_a_fragment_and_refuses_what_it_cannot_read() -> None:
    assert read_link("#" + fragment(TREE, {"needs": "voice"}), {1, 2, 3}) == (3, {"needs": "voice"})
    assert read_link("v=1&information-source=not-sure", {1, 2, 3}) == (1, {"information-source": "not-sure"})
    for bad, message in (("#v=x", "not a version number"), ("#v=1&v=2", "gives 'v' twice"), ("#" + "a" * 3000, "too long"),
                         ("#v=4", "tree version 4, which was never published")):
        with pytest.raises(AnswerError, match=message):
            read_link(bad, {1, 2, 3})


# What a version-1 link through each renamed answer reads as in the current tree, carried through
# version 2: published links depend on it, so a rename's pairs are pinned here, not only declared
# in CARRIED.
V1_RENAMED = {
    ("information-source", "stored-knowledge"): {"needs": "knowledge"},
    ("information-source", "request-input"): {"needs": "request-input"},
    ("information-source", "not-sure"): {"needs": "not-sure"},
    ("task-kind", "open-ended"): {"needs": "open-ended"},
    ("task-kind", "narrow-pattern"): {"needs": "request-input.volume", "input-task": "fits-prompt"},
}


@pytest.mark.parametrize("renamed, carried", V1_RENAMED.items(), ids=lambda v: "=".join(v) if isinstance(v, tuple) else None)
def test_a_v1_link_through_a_renamed_answer_carries_it_to_the_current_tree(renamed: tuple[str, str], carried: dict[str, str]) -> None:
    journey = next(p for p in paths(V1) if p.answers.get(renamed[0]) == renamed[1])
    drift = compare(V1, journey.answers, TREE, chain(1, TREE))
    assert {q: a for q, a in drift.carried.items() if q in carried} == carried
    assert renamed[0] not in drift.carried  # the old question is not asked any more


def test_every_rename_of_version_1_is_pinned() -> None:
    assert set(CARRIED[1]) == set(V1_RENAMED), "a rename of version 1 was added or dropped: pin what it carries in V1_RENAMED"


def test_an_answer_the_old_version_did_not_have_is_named_as_what_now_leads_elsewhere() -> None:
    old, new, renames, answers = two_versions()
    drift = compare(validated(old), answers, validated(new), [(validated(new), renames)])
    assert (drift.link.result.id, drift.result.id, drift.verdict_changed) == ("end-b", "end-a", True)
    assert (drift.because.step.option.id, drift.because.before, drift.because.after.id) == ("c", None, "end-a")
    text = drift_text(drift, ui(), guide_version=__version__, site_url="", markdown=False)
    assert ui()["drift-because-new"].format(answer="Answer c", question="Q start", after="Outcome end-a") in text.splitlines()
