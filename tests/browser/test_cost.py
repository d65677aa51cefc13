"""The cost estimate in a quiz result: the script's figures are Python's to the last bit, on many
sets of figures; the reader changes them with the keyboard alone, on a phone, in the dark
palette; a figure that cannot be read gets a clear message and never a NaN; the summary and the
record carry the reader's figures as the command line does; a printed result keeps the estimate
and leaves the form out; the estimate never changes the result."""

from __future__ import annotations

import random

import pytest
from playwright.sync_api import Page, expect

from decision_tree import TREE, decide, tree, ui
from decision_tree.cost import cost_data
from decision_tree.cost.compare import compare
from decision_tree.permalink import fragment
from decision_tree.render.cost import priced
from decision_tree.render.cost_words import break_even_line, inputs_line, month_line, prices_line, thousand_line
from decision_tree.render.report import analysed
from decision_tree.versions import published
from tests.browser.quiz_driver import SITE_SCRIPT, TEXTS, Quiz, dated, no_horizontal_scroll, screenshot
from tests.browser.test_every_path import answers_of, cli
from tests.gates.axe import COLOUR_RULES, assert_no_axe_violations
from tests.gates.palette import use_palette

pytestmark = pytest.mark.browser

DATA = cost_data()
RAG = {"needs": "knowledge", "knowledge-base": "yes", "knowledge-volume": "exceeds-context", "change-frequency": "daily-or-weekly",
       "retrieval-where": "own-team", "retrieval-needs": "none", "evaluation-data": "none"}
VOLUME = {"needs": "volume", "volume-budget": "accurate-but-costly", "smaller-model-tried": "no", "labelled-examples": "many",
          "evaluation-data": "none"}

# The script's comparison, its numbers and its words, for sets of figures (run in the quiz page).
PRICE_IN_PAGE = """async (cases) => {
  const { compareCosts, thousandLine, monthLine, breakEvenLine, inputsLine, pricesLine, texts } = await import(SITE_SCRIPT);
  const root = document.querySelector("[data-dt-quiz]");
  const data = JSON.parse(root.dataset.tree).cost;
  const t = texts(JSON.parse(root.dataset.texts));
  return JSON.stringify(cases.map(({ values, parts, rivals, answers }) => {
    const c = compareCosts(data, values, parts, rivals, answers);
    return {
      rows: c.rows.map((r) => ({ key: r.key, perRequest: r.estimate.perRequest, monthly: r.estimate.monthly, training: r.estimate.training,
        batchFactor: r.estimate.batchFactor, tokens: r.estimate.tokens,
        lines: [thousandLine(r.estimate, c, t), monthLine(r.estimate, c, t)] })),
      volume: c.breakEven.volume, example: c.example,
      findings: c.findings.map((f) => ({ check: f.check, answer: f.answer, figures: f.figures })),
      lines: [breakEvenLine(c, t), inputsLine(c, t), pricesLine(c, data, t)],
    };
  }));
}""".replace("SITE_SCRIPT", SITE_SCRIPT)


def random_figures(seed: int) -> dict[str, float]:
    """Figures anywhere within the fields' limits, with decimals where a field takes them."""
    rng = random.Random(seed)
    figures = {}
    for f in DATA.fields:
        top = min(f.max, rng.choice([10.0, 1000.0, 1e6, f.max]))
        value = rng.uniform(f.min, top)
        figures[f.id] = float(round(value)) if f.whole else round(value, rng.choice([0, 1, 2, 3, 5]))
    return figures


CASES = [
    ({}, None, [], {}),
    ({}, ["rag"], ["prompting", "fine-tuning", "fine-tuning-and-rag"], {}),
    ({"requests-per-day": 20.0}, ["small-model"], ["prompting", "rag"], {"needs": ["volume"], "volume-budget": ["accurate-but-costly"]}),
    ({"knowledge-tokens": 200000.0}, ["long-context"], ["rag"], {"long-context-cost": ["yes"]}),
    ({"tuned-output": 500.0}, ["fine-tune"], ["prompting"], {}),
    ({"training-runs": 0.0}, ["rag", "fine-tune"], ["prompting"], {}),
    ({f.id: f.max for f in DATA.fields}, ["rag", "tool-calls", "long-context"], ["prompting", "fine-tuning"], {}),
    ({f.id: f.min for f in DATA.fields}, ["collect-data-first"], ["prompting", "rag", "fine-tuning"], {}),
    ({"cache-percent": 37.5, "batch-percent": 33.3, "batch-discount": 45.0, "large-cached": 0.075, "embedding-price": 0.13},
     ["tool-calls", "smaller-model"], ["prompting", "rag"], {}),
    *[(random_figures(seed), parts, ["prompting", "rag", "fine-tuning", "fine-tuning-and-rag"], {})
      for seed, parts in enumerate([["rag"], ["fine-tune"], ["long-context"], ["tool-calls"], ["smaller-model"], ["rag", "fine-tune"]] * 5)],
]


def python_side(values: dict[str, float], parts, rivals, answers) -> dict:
    c = compare(DATA, values, parts, rivals, answers)
    texts = ui()
    return {
        "rows": [{"key": r.key, "perRequest": r.estimate.per_request, "monthly": r.estimate.monthly, "training": r.estimate.training,
                  "batchFactor": r.estimate.batch_factor, "tokens": vars(r.estimate.tokens),
                  "lines": [thousand_line(r.estimate, c, texts), month_line(r.estimate, c, texts)]} for r in c.rows],
        "volume": c.break_even.volume, "example": c.example,
        "findings": [{"check": f.check, "answer": list(f.answer) if f.answer else None, "figures": dict(f.figures)} for f in c.findings],
        "lines": [break_even_line(c, texts), inputs_line(c, texts), prices_line(c, DATA, texts)],
    }


def test_the_script_prices_exactly_as_python_does_on_many_sets_of_figures(quiz: Quiz) -> None:
    import json

    cases = [{"values": {**DATA.defaults(), **changes}, "parts": parts, "rivals": rivals, "answers": answers}
             for changes, parts, rivals, answers in CASES]
    in_page = json.loads(quiz.page.evaluate(PRICE_IN_PAGE, cases))
    for case, script in zip(cases, in_page):
        assert script == python_side(case["values"], case["parts"], case["rivals"], case["answers"]), case
    assert len(in_page) == len(CASES) > 30


def open_form(page: Page) -> None:
    details = page.locator("[data-dt-part=cost-details]")
    if details.get_attribute("open") is None:
        details.locator("summary").click()


def set_figures(page: Page, figures: dict[str, str]) -> None:
    """Type figures into the form and press Enter, as a reader does."""
    open_form(page)
    for field, text in figures.items():
        page.locator(f"#dt-cost-{field}").fill(text)
    page.locator(f"#dt-cost-{list(figures)[-1]}").press("Enter")


def shown_rows(page: Page) -> list[list[str]]:
    return page.locator("[data-dt-part=cost-rows] > li").evaluate_all("items => items.map(li => [...li.children].map(p => p.textContent))")


def test_the_estimate_shows_each_option_with_its_formula_and_follows_the_figures(reload_quiz) -> None:
    quiz = reload_quiz(fragment(TREE, VOLUME))
    page, decision = quiz.page, decide(TREE, VOLUME)
    expect(page.locator("[data-dt-part=cost-title]")).to_have_text(TEXTS["cost-title-example"])
    before = (quiz.result.get_attribute("data-outcome"), quiz.result.get_attribute("data-verdict"), quiz.fragment())
    set_figures(page, {"requests-per-day": "20", "batch-percent": "50"})
    expect(quiz.live).to_have_text(TEXTS["cost-updated"])
    figures = {**DATA.defaults(), "requests-per-day": 20.0, "batch-percent": 50.0}
    c = priced(TREE, decision, analysed(TREE, decision, ui()), figures)
    title = TREE.outcome("small-model").title
    assert shown_rows(page) == [[TEXTS["cost-row"].format(option=TEXTS["cost-chosen"].format(title=title) if r.key == "chosen"
                                                          else TEXTS[f"cost-family-{r.key}"], monthly=cli_money(r.estimate.monthly)),
                                 thousand_line(r.estimate, c, ui()), month_line(r.estimate, c, ui())] for r in c.rows]
    expect(page.locator("[data-dt-part=cost-title]")).to_have_text(TEXTS["cost-title-yours"])
    expect(page.locator("[data-dt-part=cost-findings] li")).to_have_count(2)  # cost at volume, yet a small bill; below the break-even
    assert (quiz.result.get_attribute("data-outcome"), quiz.result.get_attribute("data-verdict"), quiz.fragment()) == before


def cli_money(value: float) -> str:
    from decision_tree.render.cost_words import money

    return money(value, ui())


def test_the_summary_and_the_record_carry_the_reader_s_figures_as_the_command_line_does(reload_quiz, site) -> None:
    quiz = reload_quiz(fragment(TREE, RAG))
    set_figures(quiz.page, {"requests-per-day": "2500", "large-input": "3", "index-hosting": "120"})
    expect(quiz.live).to_have_text(TEXTS["cost-updated"])
    name, record = quiz.offered_file("export-record")
    day = dated(name, "decision-rag-{date}.md")
    options = ["--requests-per-day", "2500", "--large-input", "3", "--index-hosting", "120"]
    decision = decide(TREE, RAG)
    assert record == cli("--site-url", site.url, "decide", *answers_of(decision), "--format", "madr", "--date", day, *options)
    snippet = quiz.copy("copy-snippet", TEXTS["copied-snippet"])
    assert snippet == cli("--site-url", site.url, "decide", *answers_of(decision), "--format", "markdown", "--date", day, *options)
    assert TEXTS["cost-title-yours"] in snippet and "hosting the index $120 (your figures)" in snippet


BAD = {"": "cost-error-empty", "-5": "cost-error", "ten": "cost-error", "1e999": "cost-error", "2.5": "cost-error", "NaN": "cost-error"}


def test_a_figure_that_cannot_be_read_gets_a_clear_message_and_the_estimate_keeps_its_figures(reload_quiz) -> None:
    quiz = reload_quiz(fragment(TREE, RAG))
    page = quiz.page
    rows = shown_rows(page)
    expected = TEXTS["cost-expected-whole"].format(min="0", max="100,000,000")
    for text, template in BAD.items():
        set_figures(page, {"requests-per-day": text})
        message = TEXTS[template].format(field=TEXTS["cost-field-requests-per-day"], expected=expected, found=text)
        expect(page.locator("#dt-cost-requests-per-day-error")).to_have_text(message)
        expect(page.locator("[data-dt-part=cost-error-list] li")).to_have_text([message])
        expect(page.locator("#dt-cost-requests-per-day")).to_be_focused()
        expect(page.locator("#dt-cost-requests-per-day")).to_have_attribute("aria-invalid", "")
        assert shown_rows(page) == rows
        shown = " ".join(page.locator(f"[data-dt-part={p}]").inner_text() for p in ("cost-rows", "cost-notes", "cost-inputs", "cost-prices"))
        assert not any(word in shown for word in ("NaN", "Infinity", "undefined")), shown
    set_figures(page, {"requests-per-day": "10000"})
    expect(page.locator("[data-dt-part=cost-errors]")).to_be_hidden()
    expect(page.locator("#dt-cost-requests-per-day")).not_to_have_attribute("aria-invalid", "")


def test_the_figures_change_with_the_keyboard_alone(reload_quiz) -> None:
    from tests.browser.test_keyboard import focused, tab_until

    quiz = reload_quiz(fragment(TREE, RAG))
    page = quiz.page
    page.locator("[data-dt-part=cost] .dt-hint a").focus()
    tab_until(page, lambda el: el["tag"] == "SUMMARY")
    page.keyboard.press("Enter")
    tab_until(page, lambda el: el["tag"] == "INPUT")
    assert focused(page)["ring"], "the field the keyboard reached shows no ring"
    page.keyboard.press("Control+A")
    page.keyboard.type("2000")
    page.keyboard.press("Enter")
    expect(quiz.live).to_have_text(TEXTS["cost-updated"])
    expect(page.locator("[data-dt-part=cost-title]")).to_have_text(TEXTS["cost-title-yours"])
    tab_until(page, lambda el: el["what"] == TEXTS["cost-reset"])
    page.keyboard.press("Enter")
    expect(page.locator("[data-dt-part=cost-title]")).to_have_text(TEXTS["cost-title-example"])
    expect(page.locator("#dt-cost-requests-per-day")).to_have_value("10000")


@pytest.mark.parametrize("palette", ["light", "dark"])
def test_the_form_fits_a_phone_and_reads_in_either_palette(new_context, site, palette: str) -> None:
    page = new_context(viewport={"width": 360, "height": 740}).new_page()
    page.goto(site.page("quiz/#" + fragment(TREE, VOLUME)))
    Quiz(page).mounted()
    use_palette(page, palette)
    set_figures(page, {"requests-per-day": "20", "large-output": "-1"})
    expect(page.locator("[data-dt-part=cost-errors]")).to_be_visible()
    set_figures(page, {"large-output": "8"})  # both read: the findings show
    set_figures(page, {"epochs": "0"})  # and one error stays, to be seen
    assert no_horizontal_scroll(page)
    wide = page.locator("[data-dt-part=cost] :is(input, .dt-cost-error:not([hidden]), .dt-cost-formula)").evaluate_all(
        "els => els.filter(el => el.getBoundingClientRect().right > 360).map(el => el.outerHTML.slice(0, 80))")
    assert wide == [], "wider than the phone's screen:\n" + "\n".join(wide)
    screenshot(page.locator("[data-dt-part=cost]"), f"quiz-cost-phone-{palette}")
    # Every rule in the light palette; in the dark one, the rules that depend on colour (nothing else changes).
    rules = None if palette == "light" else COLOUR_RULES
    assert_no_axe_violations(page, f"the cost estimate on a phone ({palette})", rules=rules, within=["[data-dt-part=cost]"])


def test_a_printed_result_keeps_the_estimate_and_leaves_the_form_out(page: Page, site, page_errors) -> None:
    page.set_viewport_size({"width": 794, "height": 1123})
    page.goto(site.page("quiz/#" + fragment(TREE, RAG)))
    Quiz(page).mounted()
    use_palette(page, "dark")
    page.emulate_media(media="print")
    expect(page.locator("[data-dt-part=cost-rows] > li").first).to_be_visible()
    expect(page.locator("[data-dt-part=cost-inputs]")).to_be_visible()
    expect(page.locator("[data-dt-part=cost-prices]")).to_be_visible()
    expect(page.locator("[data-dt-part=cost-details]")).to_be_hidden()
    wide = page.locator("[data-dt-part=cost] *").evaluate_all(
        "els => els.filter(el => el.getClientRects().length && el.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)"
        ".map(el => el.className)")
    assert wide == []
    text = page.locator("[data-dt-part=cost-rows] .dt-cost-formula").first.evaluate("e => getComputedStyle(e).color")
    assert sum(int(c) for c in text[text.index("(") + 1:].split(",")[:3]) < 400, f"the formula prints in {text}"


def test_the_chinese_edition_writes_the_estimate_in_chinese(module_quiz_zh) -> None:
    quiz, errors = module_quiz_zh
    local = tree("zh")
    quiz.open(fragment(local, RAG))
    decision = decide(local, RAG)
    c = priced(local, decision, analysed(local, decision, ui("zh")))
    expect(quiz.page.locator("[data-dt-part=cost-title]")).to_have_text(ui("zh")["cost-title-example"])
    assert shown_rows(quiz.page)[0][1:] == [thousand_line(c.rows[0].estimate, c, ui("zh")), month_line(c.rows[0].estimate, c, ui("zh"))]
    assert errors.messages == []


def test_a_link_made_with_an_older_tree_shows_no_estimate(reload_quiz) -> None:
    quiz = reload_quiz(fragment(published()[1], {"information-source": "not-sure"}))
    expect(quiz.drift).to_be_visible()
    expect(quiz.page.locator("[data-dt-part=cost]")).to_be_hidden()
