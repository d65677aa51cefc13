"""The Chinese edition in a real Chromium: the quiz takes paths that show every answer and every
outcome (the engine is the same in both editions; the English quiz walks every path) to the same
outcome and verdict as the English quiz and the command line, in Chinese; search finds Chinese words; the
language switcher lands on the same page in the other language, instant navigation or not; a
Chinese result prints with its header."""

from __future__ import annotations

import json

import pytest
from playwright.sync_api import Page, expect
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

import decision_tree
from decision_tree import TREE, Decision, decide, paths, tree, ui
from decision_tree.permalink import fragment, permalink
from decision_tree.render.describe import title_and_headline
from tests.browser.quiz_driver import DATE, FIXED_TIME, Quiz, ReadInBatches, expected_path, expected_result, nav_link
from tests.core.command import in_process
from tests.core.test_scenarios import SCENARIOS
from tests.gates.search import RESULT, search_for

pytestmark = pytest.mark.browser

ZH = tree("zh")
TEXTS = ui("zh")


def covering(decisions: list[Decision]) -> list[Decision]:
    """The paths, in order, that show an answer or an outcome no earlier kept path showed: every
    Chinese text of the quiz is on one of them."""
    seen: set[tuple[str, str]] = set()
    kept = []
    for decision in decisions:
        shown = {(s.question.id, o.id) for s in decision.path for o in s.options} | {("outcome", p.outcome.id) for p in decision.result.parts}
        if shown - seen:
            kept.append(decision)
            seen |= shown
    return kept


# With the golden set's results of several parts, whose compositions have texts of their own.
PATHS = covering(list(paths(TREE))) + [decide(TREE, s["answers"]) for s in SCENARIOS if "." in s["answers"]["needs"]]


def cli_json(*args: str) -> dict:
    done = in_process(*args)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


@pytest.fixture(scope="module")
def chinese_results(module_quiz_zh) -> ReadInBatches:
    quiz, _ = module_quiz_zh
    return ReadInBatches(quiz, [fragment(TREE, d.answers) for d in PATHS])


@pytest.mark.parametrize("decision", PATHS, ids=lambda d: "/".join(s.answer for s in d.path) + "->" + d.result.id)
def test_each_answer_and_outcome_reaches_the_same_result_in_chinese(module_quiz_zh, chinese_results, site, decision: Decision) -> None:
    _, errors = module_quiz_zh
    chinese = decide(ZH, decision.answers)
    assert chinese_results[fragment(TREE, decision.answers)]["shown"] == {**expected_result(ZH, chinese, site.url + "zh/", kind="shared"), "path": expected_path(ZH, chinese), "drift": None}
    cli = cli_json("--lang", "zh", "decide", *(f"{q}={a}" for q, a in decision.answers.items()), "--format", "json")
    assert (cli["outcome"], cli["verdict"], cli["result"]["title"]) == (decision.result.id, decision.result.verdict, title_and_headline(chinese.result, TEXTS)[0])
    assert errors.messages == []


def test_an_old_english_link_opens_in_the_chinese_quiz_beside_the_current_tree(module_quiz_zh) -> None:
    quiz, errors = module_quiz_zh
    quiz.open("v=1&information-source=not-sure")
    result = quiz.read()
    assert result["kind"] == "old" and result["title"] == "Start with a prompted baseline"  # version 1 exists in English only
    assert quiz.page.locator("[data-dt-part=title]").get_attribute("lang") == "en"
    assert TEXTS["drift-holds"].format(current=ZH.version) in result["drift"]["lines"]  # in Chinese, beside it
    assert errors.messages == []


SEARCHES = {
    "知识库": "zh/conclusions/when-rag-does-not-fit/",  # knowledge base
    "提示缓存": "zh/conclusions/knowledge/",  # prompt caching
    "结构化输出": "zh/conclusions/behaviour/",  # structured outputs
}


@pytest.mark.real_search
@pytest.mark.parametrize("word, page_path", SEARCHES.items(), ids=SEARCHES.keys())
def test_search_finds_chinese_words_on_the_chinese_pages(page: Page, site, word: str, page_path: str) -> None:
    page.goto(site.page("zh/"))
    search_for(page, word)
    # The results are drawn again as the query grows: wait for the page among them, then read them all at once.
    links = page.locator(f"{RESULT} a")
    try:
        page.wait_for_function(
            "([selector, path]) => [...document.querySelectorAll(selector)].some(a => (a.getAttribute('href') || '').includes(path))",
            arg=[f"{RESULT} a", page_path], timeout=10_000,
        )
    except PlaywrightTimeoutError:
        pass  # the assertion below says what was found instead
    found = links.evaluate_all("links => links.map(a => a.getAttribute('href') || '')")
    assert any(page_path in href for href in found), f"searching {word!r} found {found[:5]}"
    assert all("/zh/" in href for href in found), f"searching {word!r} on the Chinese pages found English ones: {found[:5]}"


@pytest.mark.parametrize("start", ["why-compare/", "zh/why-compare/"])
def test_the_language_switcher_lands_on_the_same_page_after_instant_navigation(page: Page, site, start: str) -> None:
    page.goto(site.page(start))
    page.evaluate("window.sameDocument = true")
    target = "evidence/"
    nav_link(page, target).click()  # instant navigation: the header, and its switcher, stay
    chinese = start.startswith("zh/")
    page.wait_for_url(site.page(("zh/" if chinese else "") + target))
    assert page.evaluate("window.sameDocument") is True, "instant navigation was not exercised"
    other = "en" if chinese else "zh"
    switch = page.locator(".md-select__link[hreflang=%s]" % other).first
    landing = site.page(("" if chinese else "zh/") + target)
    # The address changes before the new content is in place; a reader sees the new page first.
    expect(switch).to_have_attribute("href", landing)
    switch.dispatch_event("click")
    page.wait_for_url(landing)
    expect(page.locator("html")).to_have_attribute("lang", other)


def test_a_chinese_result_prints_with_its_header(page: Page, site) -> None:
    answers = {"needs": "not-sure", "evaluation-data": "none"}
    page.set_viewport_size({"width": 794, "height": 1123})
    page.clock.set_fixed_time(FIXED_TIME)
    page.goto(site.page("zh/quiz/#" + fragment(TREE, answers)))
    Quiz(page).mounted()
    page.emulate_media(media="print")
    header = page.locator("[data-dt-part=print-header]")
    expect(header).to_be_visible()
    expect(header).to_contain_text(ZH.title)
    expect(header).to_contain_text(permalink(ZH, answers, site.url))
    expect(header).to_contain_text(TEXTS["print-meta"].format(tree=ZH.version, guide=decision_tree.__version__, date=DATE))
    expect(page.locator("[data-dt-part=title]")).to_have_text(ZH.outcome("prompt-baseline-first").title)
    assert page.pdf(format="A4").startswith(b"%PDF")
