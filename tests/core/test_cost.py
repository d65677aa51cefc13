"""The cost model: figures against cases worked out by hand, the break-even volume, a result
priced beside its rivals, where the figures contradict the answers, bad figures and a bad data
file, each refused naming the field, what it expects and what it found."""

from __future__ import annotations

import copy
import math
import tomllib
from importlib import resources

import pytest

from decision_tree import TREE, decide, paths
from decision_tree.analysis import analyse
from decision_tree.cost import CostDataError, CostInputError, Design, break_even, cost_data, estimate
from decision_tree.cost.compare import CHOSEN, compare
from decision_tree.cost.data import checked, cost_fields
from decision_tree.model import VERDICT_IDS
from decision_tree.render.cost import priced

DATA = cost_data()
LARGE, TUNED = Design(model="large"), Design(model="tuned")


def inputs(**changes: float):
    """The example figures with some changed, by field id written with underscores."""
    return DATA.inputs({**DATA.defaults(), **{k.replace("_", "-"): float(v) for k, v in changes.items()}})


def per_thousand(design: Design, **changes: float) -> float:
    return estimate(design, inputs(**changes)).per_request * 1000


def test_a_prompted_call_costs_its_uncached_cached_and_output_tokens_at_their_prices() -> None:
    # 3,000 fixed tokens, 90 % cached: 2,700 at $0.50; 300 + 500 at $2.00; 300 output at $8.00 (per million)
    assert per_thousand(LARGE) == pytest.approx((800 * 2.00 + 2700 * 0.50 + 300 * 8.00) / 1000)  # $5.35
    assert estimate(LARGE, inputs()).monthly == pytest.approx(5.35 * 10 * 30)  # 10,000 a day, 30 days: $1,605
    assert per_thousand(LARGE, cache_percent=0) == pytest.approx((3500 * 2.00 + 300 * 8.00) / 1000)  # $9.40 without the cache
    assert per_thousand(LARGE, cache_percent=100, request_tokens=0) == pytest.approx((3000 * 0.50 + 300 * 8.00) / 1000)


def test_batches_discount_the_share_of_requests_sent_in_them() -> None:
    assert per_thousand(LARGE, batch_percent=100) == pytest.approx(5.35 / 2)
    assert per_thousand(LARGE, batch_percent=40) == pytest.approx(5.35 * (1 - 0.4 * 0.5))
    assert per_thousand(LARGE, batch_percent=100, batch_discount=0) == pytest.approx(5.35)


def test_retrieval_adds_its_passages_uncached_its_query_embedding_and_its_index() -> None:
    rag = Design(model="large", retrieval=True)
    # 2,000 retrieved tokens at $2.00, the request's 500 tokens embedded at $0.02 per million
    assert per_thousand(rag) == pytest.approx(5.35 + 2000 * 2.00 / 1000 + 500 * 0.02 / 1000)  # $9.36
    assert estimate(rag, inputs(index_hosting=250)).monthly == pytest.approx(9.36 * 300 + 250)
    assert estimate(LARGE, inputs(index_hosting=250)).monthly == pytest.approx(5.35 * 300)  # no index, no hosting


def test_a_tool_call_bills_the_prompt_twice_and_the_records_once() -> None:
    tools = Design(model="large", tools=True)
    assert per_thousand(tools) == pytest.approx((2 * 800 * 2.00 + 2 * 2700 * 0.50 + 2000 * 2.00 + 300 * 8.00) / 1000)  # $12.30


def test_a_long_context_sends_the_whole_knowledge_in_the_cached_prefix() -> None:
    long = Design(model="large", knowledge=True)
    prefix = 3000 + 100_000
    assert per_thousand(long) == pytest.approx((prefix * 0.1 * 2.00 + 500 * 2.00 + prefix * 0.9 * 0.50 + 300 * 8.00) / 1000)  # $70.35


def test_fine_tuning_adds_training_runs_spread_over_the_year_and_its_hosting() -> None:
    tuned = estimate(TUNED, inputs())
    assert tuned.per_request * 1000 == pytest.approx((530 * 0.80 + 270 * 0.20 + 300 * 3.20) / 1000)  # $1.438: a 300-token prompt
    assert tuned.training == pytest.approx(2 * 2_200_000 * 3 * 5.00 / 1_000_000 / 12)  # two runs of $33 a year: $5.50 a month
    assert estimate(TUNED, inputs(training_runs=4)).training == pytest.approx(11.0)
    assert estimate(TUNED, inputs(tuned_hosting=700)).monthly == pytest.approx(tuned.monthly + 700)
    assert estimate(LARGE, inputs(training_runs=4, tuned_hosting=700)).fixed == 0.0  # the large model trains nothing


def test_the_break_even_volume_is_where_the_tuned_model_s_saving_pays_for_its_fixed_costs() -> None:
    saving = (5350 - 1438) / 1_000_000  # dollars a request
    assert break_even(LARGE, inputs()).volume == pytest.approx(5.50 / (30 * saving))  # 46.9: from 47 requests a day
    assert break_even(LARGE, inputs(tuned_hosting=20_000 / 12)).volume == pytest.approx((5.50 + 20_000 / 12) / (30 * saving))
    assert break_even(LARGE, inputs(batch_percent=100)).volume == pytest.approx(2 * 5.50 / (30 * saving))  # half the gap
    assert break_even(LARGE, inputs(training_runs=0)).volume == 0.0  # nothing to pay for: cheaper at any volume
    assert break_even(LARGE, inputs(tuned_input=2.00, tuned_cached=0.50, tuned_output=8.00, tuned_prompt_tokens=3000)).volume is None
    assert break_even(LARGE, inputs(tuned_output=100.0)).volume is None  # dearer per request: never


def test_a_result_is_priced_beside_its_rivals_each_design_once() -> None:
    answers = {"needs": "knowledge", "knowledge-base": "yes", "knowledge-volume": "exceeds-context", "change-frequency": "daily-or-weekly",
               "retrieval-where": "own-team", "retrieval-needs": "none", "evaluation-data": "none"}
    decision = decide(TREE, answers)
    c = priced(TREE, decision, analyse(TREE, decision))
    assert [r.key for r in c.rows] == [CHOSEN, "prompting", "fine-tuning", "fine-tuning-and-rag"]
    assert c.rows[0].estimate.design == Design(model="large", retrieval=True)
    assert c.example and c.findings == ()


def test_a_result_of_several_parts_adds_what_each_part_adds_on_the_model_the_furthest_along() -> None:
    c = compare(DATA, DATA.defaults(), ["rag", "tool-calls", "small-model"], [])
    assert c.rows[0].estimate.design == Design(model="tuned", retrieval=True, tools=True)
    assert compare(DATA, DATA.defaults(), ["collect-data-first"], ["prompting", "rag"]).rows[0].key == "prompting"  # prices nothing of its own


def test_every_outcome_and_verdict_of_the_tree_costs_as_a_known_design_and_every_path_is_priced() -> None:
    assert set(DATA.outcomes) == {o.id for o in TREE.outcomes}
    assert set(DATA.verdicts) == set(VERDICT_IDS)
    for decision in paths(TREE):
        c = priced(TREE, decision, analyse(TREE, decision))
        assert c is not None and c.rows and all(math.isfinite(r.estimate.monthly) for r in c.rows)
        assert (c.rows[0].key == CHOSEN) == (decision.result.verdict != "not-ready")


def test_an_older_tree_version_s_result_carries_no_estimate() -> None:
    from decision_tree.versions import published

    old = published()[2]
    decision = next(iter(paths(old)))
    assert priced(old, decision, analyse(old, decision)) is None


VOLUME = {"needs": ["volume"], "volume-budget": ["accurate-but-costly"]}


def test_figures_that_contradict_the_answers_are_found_and_the_examples_never_are() -> None:
    small = {**DATA.defaults(), "requests-per-day": 20.0}
    found = compare(DATA, small, ["small-model"], ["prompting"], VOLUME).findings
    assert [(f.check, f.answer) for f in found] == [("small-bill", ("needs", "volume")), ("below-break-even", None)]
    assert found[0].figures["amount"] == pytest.approx(5.35 * 20 * 30 / 1000)
    assert compare(DATA, DATA.defaults(), ["small-model"], ["prompting"], VOLUME).findings == ()  # the guide's own figures
    big = {**DATA.defaults(), "requests-per-day": 20_000.0}
    assert compare(DATA, big, ["small-model"], ["prompting"], VOLUME).findings == ()
    assert compare(DATA, big, ["long-context"], ["rag"], {"long-context-cost": ["yes"]}).findings == ()  # 7.5 times retrieval's
    dear = compare(DATA, {**big, "knowledge-tokens": 200_000.0}, ["long-context"], ["rag"], {"long-context-cost": ["yes"]}).findings
    assert [f.check for f in dear] == ["long-context-dear"] and dear[0].figures["long"] > 10 * dear[0].figures["rag"]
    never = {**big, "tuned-output": 500.0}
    assert [f.check for f in compare(DATA, never, ["fine-tune"], [], {}).findings] == ["never-breaks-even"]


FIELD = DATA.field("requests-per-day")


@pytest.mark.parametrize("given, found", [
    ("-5", "'-5'"), ("", "nothing"), ("  ", "nothing"), ("ten", "'ten'"), ("nan", "'nan'"), ("inf", "'inf'"), ("1e999", "'1e999'"),
    ("1_000", "'1_000'"), ("10,000", "'10,000'"), ("2.5", "'2.5'"), ("100000001", "'100000001'"), ("٣", "'٣'"),
    (float("nan"), "'nan'"), (float("inf"), "'inf'"), (-1.0, "'-1.0'"), (True, "'True'"),
])
def test_a_figure_that_cannot_be_used_is_refused_naming_the_field_what_it_takes_and_what_it_found(given, found) -> None:
    with pytest.raises(CostInputError) as caught:
        FIELD.read(given)
    assert str(caught.value) == f"requests-per-day: expected a whole number from 0 to 100,000,000, found {found}"


def test_figures_are_read_as_plain_numbers_within_their_limits() -> None:
    assert [FIELD.read(t) for t in ("0", " 250 ", "1e3", "100000000")] == [0.0, 250.0, 1000.0, 1e8]
    assert DATA.field("cache-percent").read("12.5") == 12.5
    with pytest.raises(CostInputError, match=r"^cache-percent: expected a number from 0 to 100, found '100.5'$"):
        DATA.field("cache-percent").read("100.5")
    with pytest.raises(CostDataError, match="no cost field 'request-per-day'"):
        DATA.read({"request-per-day": "5"})


def test_the_command_line_reads_the_same_fields_as_the_checked_data() -> None:
    assert cost_fields() == DATA.fields  # read without the JSON Schema, for the options every command builds


def raw() -> dict:
    return copy.deepcopy(tomllib.loads(resources.files("decision_tree.cost").joinpath("defaults.toml").read_text(encoding="utf-8")))


@pytest.mark.parametrize("spoil, message", [
    (lambda d: d["fields"]["epochs"].pop("group"), r"fields\.epochs: 'group' is a required property"),
    (lambda d: d["fields"]["epochs"].update(default=0), r"fields\.epochs\.default: epochs: expected a whole number from 1 to 100, found '0.0'"),
    (lambda d: d["fields"]["large-input"].update(source="gpt-9"), r"fields\.large-input\.source: no source 'gpt-9'"),
    (lambda d: d["fields"].pop("epochs"), r"fields: missing \['epochs'\], unknown \[\]"),
    (lambda d: d["outcomes"].update(rag="retrieval"), r"outcomes\.rag: no design 'retrieval'"),
    (lambda d: d["sources"]["batch"].update({"as-of": "2026-13"}), r"sources\.batch\.as-of: '2026-13' does not match"),
    (lambda d: d["families"]["rag"].update(model="huge"), r"families\.rag\.model: 'huge' is not one of"),
])
def test_a_malformed_data_file_is_refused_naming_the_field(spoil, message) -> None:
    data = raw()
    spoil(data)
    with pytest.raises(CostDataError, match=r"^cost\.toml: " + message):
        checked(data, origin="cost.toml")
