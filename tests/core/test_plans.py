"""Every result carries an evaluation plan for each of its parts: in the JSON, the Markdown summary
and the decision record, in every language, built from what the reader said they have to test
with; and a tree whose plans are missing or malformed does not load."""

from __future__ import annotations

import copy
import json
from dataclasses import replace

import pytest

from decision_tree import LANGUAGES, TreeError, __version__, decide, paths, tree, ui, validated
from decision_tree.catalogue import localise
from decision_tree import content
from decision_tree.content import STRUCTURE, catalogue, catalogue_text
from decision_tree.engine import SEPARATOR
from decision_tree.render.data import export_data
from decision_tree.render.describe import plan_fields
from decision_tree.render.madr import decision_record
from decision_tree.render.report import analysed, decision_markdown
from decision_tree.render.results import decision_json
from decision_tree.snapshot import tree_from_export
from decision_tree.versions import published

from .test_scenarios import SCENARIOS

DATA = "evaluation-data"  # the checklist whose answers build each plan's test set
HAVE = ("gold-outputs", "real-requests", "judges", "none")


def rendered(local, decision, language: str) -> tuple[dict, str, str]:
    """A decision as JSON, as the design-doc summary and as the decision record."""
    texts = ui(language)
    return (decision_json(local, decision, texts), decision_markdown(local, decision, texts, guide_version="9.9.9", date="2026-11-26"),
            decision_record(local, decision, texts, guide_version="9.9.9", date="2026-11-26"))


def check_plans(local, decision, language: str) -> None:
    """Each part has a plan in the JSON, the summary and the record, its test set the one the answers choose."""
    texts = ui(language)
    data, markdown, record = rendered(local, decision, language)
    confirmation = record.split(texts["madr-confirmation"] + "\n")[1].split(texts["madr-pros-cons"])[0]
    have = decision.answers[DATA].split(SEPARATOR)
    plans = {p.part.outcome.id: p for p in analysed(local, decision, texts).plans}
    assert list(plans) == [p.outcome.id for p in decision.result.parts], decision.answers
    for part in data["result"]["parts"]:
        plan, outcome = part["evaluation"], local.outcome(part["outcome"])
        assert plan["data"] == have and plan["set"] == [outcome.evaluation.set_for(h) for h in have]
        assert all(plan[field] for field in ("measure", "set", "size", "threshold", "first")), (language, outcome.id)
        for label, text in plan_fields(plans[outcome.id], texts):
            line = texts["md-item"].format(text=texts["md-plan-field"].format(label=label, text=text))
            assert line in markdown.splitlines() and line in confirmation.splitlines(), (language, outcome.id, label)
    several = len(decision.result.parts) > 1
    headings = [texts["md-plan-part"].format(part=p.outcome.title) if several else texts["md-plan"] for p in decision.result.parts]
    assert all(texts["md-heading"].format(title=h) in markdown.splitlines() for h in headings)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_path_carries_a_plan_for_its_part_in_json_markdown_and_the_record(language: str) -> None:
    local = tree(language)
    for decision in paths(local):
        check_plans(local, decision, language)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_result_of_several_parts_carries_a_plan_for_each_part(language: str) -> None:
    """The golden set's situations of several needs, answered as written."""
    local = tree(language)
    composed = [decide(local, s["answers"]) for s in SCENARIOS if SEPARATOR in s["answers"]["needs"]]
    assert sum(len(d.result.parts) > 1 for d in composed) >= 8
    for decision in composed:
        check_plans(local, decision, language)
        record = rendered(local, decision, language)[2]
        titled = [ui(language)["md-heading"].format(title=p.outcome.title) in record for p in decision.result.parts]
        assert all(titled) if len(titled) > 1 else not any(titled)  # each part's plan under its title


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_plan_s_test_set_follows_what_the_reader_has_to_test_with(language: str) -> None:
    local = tree(language)
    for decision in {d.result.id: d for d in paths(local)}.values():  # one path per outcome
        sets = {}
        for have in (*HAVE, "gold-outputs.judges"):
            changed = decide(local, {**decision.answers, DATA: have})
            plan = decision_json(local, changed, ui(language))["result"]["parts"][0]["evaluation"]
            sets[have] = plan["set"]
            markdown = rendered(local, changed, language)[1]
            assert all(text in markdown for text in plan["set"])
        assert len({tuple(s) for s in sets.values()}) == len(sets), decision.result.id  # each answer builds it its own way
        assert sets["gold-outputs.judges"] == sets["gold-outputs"] + sets["judges"]


def test_what_a_plan_states_is_not_repeated_among_the_next_steps() -> None:
    local = tree()
    decision = next(iter(paths(local)))
    gold = decide(local, {**decision.answers, DATA: "gold-outputs"})
    step = local.question(DATA).option("gold-outputs").next_step
    data, markdown, _ = rendered(local, gold, "en")
    assert step not in data["next_steps"] and step not in markdown
    assert data["result"]["parts"][0]["evaluation"]["set"] == [decision.result.single.evaluation.set_for("gold-outputs")]


def test_the_export_carries_each_plan_and_reads_back_the_same() -> None:
    exported = json.loads(json.dumps(export_data(tree(), __version__)))
    plan = next(o for o in exported["outcomes"] if o["id"] == "rag")["evaluation"]
    assert plan["question"] == DATA and list(plan["sets"]) == list(HAVE)
    assert tree_from_export(exported).outcomes == tree().outcomes


def test_a_tree_published_before_plans_reads_and_records_without_one() -> None:
    old = published()[2]
    assert all(o.evaluation is None for o in old.outcomes)
    decision = next(iter(paths(old)))
    data, markdown, record = rendered(old, decision, "en")
    assert [p["evaluation"] for p in data["result"]["parts"]] == [None]
    assert ui()["md-plan"] not in markdown and ui()["plan-measure"] not in record


def english() -> dict:
    return copy.deepcopy({k: (dict(v) if hasattr(v, "keys") else v) for k, v in catalogue("en").items()})


def test_an_outcome_without_its_plan_in_a_catalogue_is_refused_by_name() -> None:
    texts = english()
    del texts["outcomes"]["style-guide"]["evaluation"]
    with pytest.raises(TreeError, match=r"catalogue 'en' has no evaluation plan for outcome 'style-guide' \(expected a table "
                                        r"\[outcomes.style-guide.evaluation\] with measure, size, threshold, first"):
        localise(STRUCTURE, texts, language="en")
    texts = english()
    del texts["outcomes"]["rag"]["evaluation"]["sets"]["judges"]
    with pytest.raises(TreeError, match="catalogue 'en' has no text for 'outcomes.rag.evaluation.sets.judges'"):
        localise(STRUCTURE, texts, language="en")


def test_a_chinese_catalogue_without_a_plan_does_not_load(monkeypatch) -> None:
    chinese = catalogue_text("zh")
    start = chinese.index("[outcomes.style-guide.evaluation]\n")
    end = chinese.index("[outcomes.examples-in-prompt.evaluation]\n")
    monkeypatch.setattr(content, "catalogue_text", lambda language: chinese[:start] + chinese[end:])
    with pytest.raises(TreeError, match="catalogue 'zh' has no text for 'outcomes.style-guide.evaluation.first', which catalogue 'en' has"):
        content.catalogue.__wrapped__("zh")


def plan_edited(outcome_id: str, **changes) -> None:
    """Validate the English tree with one outcome's plan changed (None: taken away)."""
    local = tree()
    outcome = local.outcome(outcome_id)
    plan = None if changes.get("evaluation", ...) is None else replace(outcome.evaluation, **changes)
    outcomes = tuple(replace(o, evaluation=plan) if o.id == outcome_id else o for o in local.outcomes)
    validated(replace(local, outcomes=outcomes))


@pytest.mark.parametrize("changes, message", [
    ({"evaluation": None}, "node 'tool-calls': has no evaluation plan, which every outcome needs once one has"),
    ({"sets": (("gold-outputs", "Hold it out."),)}, "must build a test set for each answer to 'evaluation-data'"),
    ({"question": "retrieval-needs"}, "reads 'retrieval-needs', which must be one of the checklists it asks ['tool-actions', 'evaluation-data']"),
    ({"measure": ()}, "its evaluation plan must say what to measure"),
    ({"sources": ("miller-2024-error-bars", "nobody-2030")}, "its evaluation plan cites unknown source 'nobody-2030'"),
    ({"threshold": " "}, "evaluation.threshold must be non-empty text"),
])
def test_a_missing_or_malformed_plan_is_refused_naming_the_outcome(changes: dict, message: str) -> None:
    with pytest.raises(TreeError, match="tool-calls") as raised:
        plan_edited("tool-calls", **changes)
    assert message in str(raised.value)
