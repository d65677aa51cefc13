"""The cost estimate as people and programs read it: the command line's ``cost`` command in both
languages, the figures ``decide`` puts in the summary and the decision record, bad figures
refused with exit status 2, and the cost model page, whose worked figures are the model's."""

from __future__ import annotations

import json
import math
import re

import pytest

from decision_tree import TREE, decide, tree, ui
from decision_tree.cost import Design, break_even, cost_data, estimate
from decision_tree.render.madr import decision_record
from decision_tree.render.report import decision_markdown

from ..conftest import ROOT
from .command import in_process as run

RAG = ("needs=knowledge", "knowledge-base=yes", "knowledge-volume=exceeds-context", "change-frequency=daily-or-weekly",
       "retrieval-where=own-team", "retrieval-needs=none", "evaluation-data=none")
VOLUME = ("needs=volume", "volume-budget=accurate-but-costly", "smaller-model-tried=no", "labelled-examples=many", "evaluation-data=none")


def no_nan(constant: str) -> float:
    raise AssertionError(f"the JSON holds {constant}")


def test_cost_prints_each_option_with_the_formula_behind_its_figure() -> None:
    result = run("cost", *RAG)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "Cost estimate at the guide's example figures, not yours"
    assert lines[2:5] == [
        "Use RAG (the result): $2,808 a month",
        "  Per 1,000 requests: 2.8M input × $2.00 + 2.7M cached × $0.50 + 0.3M output × $8.00 + 0.5M embedded × $0.02 = $9.36",
        "  Per month: 10,000 requests a day × 30 days × $9.36 per 1,000 + $0 hosting the index = $2,808",
    ]
    assert "Fine-tuned small model: $437 a month" in lines
    assert "  Per month: 10,000 requests a day × 30 days × $1.44 per 1,000 + $5.50 training + $0 hosting the tuned model = $437" in lines
    assert "large model 2.00 / 0.50 / 8.00 (OpenAI gpt-4.1, June 2026)" in result.stdout


def test_cost_speaks_chinese_with_the_same_figures() -> None:
    result = run("--lang", "zh", "cost", "--result", "rag", "--requests-per-day", "2000", "--batch-percent", "50")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("成本估算（用的是你填的数字）\n\n用 RAG（本结果）：每月 421 美元\n")
    assert "  每千次请求：（输入 2.8M × 2.00 美元 + 缓存 2.7M × 0.50 美元 + 输出 0.3M × 8.00 美元）× 0.75（批处理部分打折）" in result.stdout
    assert "大模型 2.00 / 0.50 / 8.00（OpenAI gpt-4.1，2026 年 6 月）" in result.stdout


def test_cost_as_json_gives_unrounded_figures_for_programs() -> None:
    result = run("cost", "--format", "json", "--requests-per-day", "100000000", "--knowledge-tokens", "2000000", "--large-input", "1000")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout, parse_constant=no_nan)
    assert data["example"] is False and [o["key"] for o in data["options"]][:2] == ["prompting", "long-context"]
    assert all(math.isfinite(o["monthly"]) and o["formula"][1].startswith("Per month: 100,000,000 requests a day") for o in data["options"])
    assert data["break_even"]["requests_per_day"] == break_even(Design(model="large"), cost_data().inputs(
        {**cost_data().defaults(), "requests-per-day": 1e8, "knowledge-tokens": 2e6, "large-input": 1000.0})).volume
    assert data["sources"]["gpt-4-1"] == {"page": "https://developers.openai.com/api/docs/pricing", "as-of": "2026-06"}


def test_cost_of_a_result_named_by_id_sets_it_beside_the_core_options_and_says_where_the_figures_contradict() -> None:
    result = run("cost", *VOLUME, "--requests-per-day", "20", "--format", "markdown")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("**Cost estimate at your figures**\n\n- Train a small model for the task (the result): $6.36 a month")
    assert ("- You answered “Cost at volume” (What does it need?), yet at your figures a large prompted model costs $3.21 a month, "
            "under $100: check the figures") in result.stdout
    assert "- At 20 requests a day a tuned small model does not pay for its training and hosting: it starts to pay from 47 requests a day." in result.stdout
    named = run("cost", "--result", "rag+tool-calls", "--format", "json")
    assert [o["key"] for o in json.loads(named.stdout)["options"]] == ["chosen", "prompting", "fine-tuning", "fine-tuning-and-rag"]


@pytest.mark.parametrize("args, message", [
    (("cost", "--requests-per-day", "-5"), "--requests-per-day: expected a whole number from 0 to 100,000,000, found '-5'"),
    (("cost", "--requests-per-day", ""), "--requests-per-day: expected a whole number from 0 to 100,000,000, found nothing"),
    (("cost", "--large-output", "nan"), "--large-output: expected a number from 0 to 1,000, found 'nan'"),
    (("cost", "--epochs", "inf"), "--epochs: expected a whole number from 1 to 100, found 'inf'"),
    (("cost", "--training-tokens", "1e11"), "--training-tokens: expected a whole number from 0 to 10,000,000,000, found '1e11'"),
    (("cost", "--cache-percent", "ninety"), "--cache-percent: expected a number from 0 to 100, found 'ninety'"),
    (("cost", "--result", "rag+rag"), "--result: expected outcome ids joined by '+', each once, e.g. rag+tool-calls (got 'rag+rag';"),
    (("cost", "--result", "rag", "needs=not-sure"), "give either --result or QUESTION=ANSWER arguments, not both (got 'rag')"),
    (("decide", "needs=not-sure", "evaluation-data=none", "--requests-per-day", "5"),
     "--requests-per-day: the cost figures go into --format markdown or madr (or use the cost command), not --format text"),
    (("decide", "--link", "#v=1&information-source=not-sure", "--format", "madr", "--batch-percent", "5"),
     "--batch-percent: the cost figures go into the markdown or madr of a result of the current tree (tree version 3)"),
])
def test_a_bad_figure_or_result_exits_with_status_2_and_one_line_naming_it(args, message) -> None:
    result = run(*args)
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr.startswith("decision_tree: error: " + message) and result.stderr.count("\n") == 1, result.stderr


def test_the_summary_and_the_record_carry_the_figures_labelled_as_examples_or_as_the_reader_s() -> None:
    decision = decide(TREE, dict(a.split("=") for a in RAG))
    example = decision_markdown(TREE, decision, ui(), guide_version="9.9.9", date="2026-12-06")
    assert "\n**Cost estimate at the guide's example figures, not yours**\n\n- Use RAG (the result): $2,808 a month ($9.36 per 1,000 requests)\n" in example
    figures = {**cost_data().defaults(), "large-input": 3.0}
    own = decision_markdown(TREE, decision, ui(), guide_version="9.9.9", date="2026-12-06", cost=figures)
    assert "**Cost estimate at your figures**" in own and "large model 3.00 / 0.50 / 8.00 (your figures)" in own
    assert "smaller model 0.40 / 0.10 / 1.60 (OpenAI gpt-4.1-mini, June 2026)" in own


@pytest.mark.parametrize("language", ["en", "zh"])
def test_the_record_says_it_in_one_paragraph_before_its_signature(language: str) -> None:
    local = tree(language)
    record = decision_record(local, decide(local, dict(a.split("=") for a in RAG)), ui(language), guide_version="9.9.9", date="2026-12-06")
    more = record.split(ui(language)["madr-more"])[1].splitlines()
    start = next(i for i, line in enumerate(more) if line.startswith("**" + ui(language)["cost-title-example"]))
    assert more[start - 1] == "" and more[start + 1] == "" and more[start + 2].startswith(ui(language)["madr-made"].split("{")[0])
    assert re.search(r"(\$2,808|2,808 美元)", more[start])
    assert {"en": " Inputs: 10,000 requests a day;", "zh": "输入：每天 10,000 次请求；"}[language] in more[start]


def test_decide_puts_the_figures_given_into_the_markdown_and_the_record() -> None:
    for form in ("markdown", "madr"):
        result = run("decide", *RAG, "--format", form, "--date", "2026-12-06", "--requests-per-day", "500", "--index-hosting", "70")
        assert result.returncode == 0, result.stderr
        assert "Use RAG (the result): $210 a month" in result.stdout  # 500 × 30 × $0.00936 + $70
        assert "hosting the index $70.00 (your figures)" in result.stdout


PAGES = {"en": ROOT / "docs" / "cost-model.md", "zh": ROOT / "docs" / "cost-model.zh.md"}


def dollars(value: float, language: str, decimals: int = 2) -> str:
    text = f"{value:,.{decimals}f}"
    return f"${text}" if language == "en" else f"{text} 美元"


@pytest.mark.parametrize("language", ["en", "zh"])
def test_the_cost_model_page_s_worked_figures_are_the_model_s(language: str) -> None:
    page = PAGES[language].read_text(encoding="utf-8")
    data = cost_data()
    figures = lambda **changes: data.inputs({**data.defaults(), **changes})  # noqa: E731
    month = lambda design, **changes: estimate(Design(**design), figures(**changes)).monthly  # noqa: E731
    thousand = lambda design, **changes: estimate(Design(**design), figures(**changes)).per_request * 1000  # noqa: E731
    large, tuned = {"model": "large"}, {"model": "tuned"}
    assert dollars(thousand(large), language) in page and dollars(month(large), language, 0) in page  # $5.35, $1,605
    assert dollars(month(large, **{"cache-percent": 0.0}), language, 0) in page  # $2,820
    assert dollars(thousand({"model": "large", "retrieval": True}), language) in page  # $9.36
    assert dollars(month({"model": "large", "retrieval": True}), language, 0) in page  # $2,808
    assert dollars(thousand({"model": "large", "knowledge": True}), language) in page  # $70.35
    assert dollars(month({"model": "large", "tools": True}), language, 0) in page  # $3,690
    assert dollars(month(tuned), language) in page  # $436.90
    volumes = [break_even(Design(model="large"), figures(**changes)).volume for changes in
               ({}, {"tuned-hosting": 20_000 / 12}, {"batch-percent": 100.0}, {"cache-percent": 0.0})]
    for volume in volumes:
        assert f"{math.ceil(volume):,}" in page, f"break-even {math.ceil(volume):,} is not on the {language} page"
    for field in data.fields:
        if field.source and field.source != "none":
            year, number = data.sources[field.source]["as-of"].split("-")
            when = ui(language)["cost-as-of"].format(month=ui(language)[f"cost-month-{number}"], year=year)
            assert when in page and data.sources[field.source]["page"] in page, (field.id, when)
