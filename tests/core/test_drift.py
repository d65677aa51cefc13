"""Decision drift: every published link is answered on its own version and compared."""

from __future__ import annotations

import pytest

from decision_tree import TREE, AnswerError, __version__, paths, ui, validated
from decision_tree.drift import compare
from decision_tree.permalink import fragment, read_link
from decision_tree.render.results import drift_text
from decision_tree.versions import CARRIED, published

from .small_tree import two_versions

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


# What a version-1 link through each renamed answer reads as in the current tree: published links
# depend on it, so a rename's pairs are pinned here, not only declared in CARRIED.
V1_RENAMED = {
    ("information-source", "stored-knowledge"): {"problem": "missing-knowledge"},
    ("information-source", "request-input"): {"problem": "request-input"},
    ("information-source", "not-sure"): {"problem": "not-sure"},
    ("task-kind", "open-ended"): {"problem": "open-ended"},
    ("task-kind", "narrow-pattern"): {"problem": "request-input", "input-task": "narrow-high-volume"},
}


@pytest.mark.parametrize("renamed, carried", V1_RENAMED.items(), ids=lambda v: "=".join(v) if isinstance(v, tuple) else None)
def test_a_v1_link_through_a_renamed_answer_carries_it_to_the_current_tree(renamed: tuple[str, str], carried: dict[str, str]) -> None:
    journey = next(p for p in V1_PATHS if p.answers.get(renamed[0]) == renamed[1])
    drift = compare(V1, journey.answers, TREE, CARRIED[1])
    assert {q: a for q, a in drift.carried.items() if q in carried} == carried
    assert renamed[0] not in drift.carried  # the old question is not asked any more


def test_every_rename_of_version_1_is_pinned() -> None:
    assert set(CARRIED[1]) == set(V1_RENAMED), "a rename of version 1 was added or dropped: pin what it carries in V1_RENAMED"


def test_an_answer_the_old_version_did_not_have_is_named_as_what_now_leads_elsewhere() -> None:
    old, new, renames, answers = two_versions()
    drift = compare(validated(old), answers, validated(new), renames)
    assert (drift.link.outcome.id, drift.outcome.id, drift.verdict_changed) == ("end-b", "end-a", True)
    assert (drift.because.step.option.id, drift.because.before, drift.because.after.id) == ("c", None, "end-a")
    text = drift_text(drift, ui(), guide_version=__version__, site_url="", markdown=False)
    assert ui()["drift-because-new"].format(answer="Answer c", question="Q start", after="Outcome end-a") in text.splitlines()
