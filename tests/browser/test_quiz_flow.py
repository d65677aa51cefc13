"""The quiz's controls: Continue without an answer, Back, Change, Start again, "what would
change this", the live region, and mounting (once, and failing safely)."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from decision_tree import TREE, paths
from decision_tree.engine import walk
from decision_tree.permalink import fragment
from decision_tree.render.quiz import TEXTS
from tests.browser.quiz_driver import Quiz, progress

pytestmark = pytest.mark.browser

START = TREE.question(TREE.start)
LONGEST = max(paths(TREE), key=lambda d: len(d.path))
RAG_PATH = {
    "information-source": "stored-knowledge",
    "knowledge-volume": "too-large",
    "knowledge-base": "yes",
    "domain-fit": "answers-well",
    "change-rate": "often",
}


def open_at(quiz: Quiz, site, answers: dict[str, str]) -> None:
    quiz.page.goto(site.page("quiz/?fresh#" + fragment(TREE, answers)))
    quiz.mounted()


def test_continue_without_an_answer_shows_an_error_linked_to_the_fieldset(quiz: Quiz) -> None:
    expect(quiz.error).to_be_hidden()
    quiz.continue_button.click()
    expect(quiz.error).to_be_visible()
    expect(quiz.error).to_contain_text("Select an answer to continue.")
    fieldset = quiz.page.locator("[data-dt-part=fieldset]")
    assert "dt-quiz-error" in fieldset.get_attribute("aria-describedby").split()
    expect(quiz.page.locator("[data-dt-part=options] input").first).to_be_focused()
    expect(quiz.question).to_have_text(START.text)  # still the same question
    quiz.answer(START.options[0].id)
    expect(quiz.error).to_be_hidden()


def test_back_returns_to_the_previous_question_with_its_answer_selected(quiz: Quiz) -> None:
    back = quiz.page.locator("[data-dt-action=back]")
    expect(back).to_be_hidden()  # nothing to go back to
    quiz.answer("stored-knowledge")
    quiz.answer("too-large")
    expect(quiz.progress).to_have_text(progress({"information-source": "stored-knowledge", "knowledge-volume": "too-large"}))
    back.click()
    expect(quiz.question).to_have_text(TREE.question("knowledge-volume").text)
    expect(quiz.question).to_be_focused()
    assert quiz.checked() == "too-large"
    assert quiz.summary() == [("information-source", "stored-knowledge")]
    assert quiz.fragment() == "v=1&information-source=stored-knowledge"
    back.click()
    assert quiz.checked() == "stored-knowledge"
    assert quiz.summary() == []
    expect(back).to_be_hidden()


def test_change_keeps_the_later_answers_that_still_apply(quiz: Quiz, site) -> None:
    open_at(quiz, site, RAG_PATH)
    assert quiz.outcome() == "rag"
    quiz.page.locator(".dt-answer [data-dt-action=change]").nth(1).click()
    expect(quiz.question).to_have_text(TREE.question("knowledge-volume").text)
    expect(quiz.question).to_be_focused()
    assert quiz.checked() == "too-large"
    assert quiz.summary() == [("information-source", "stored-knowledge")]
    quiz.answer("not-sure")  # leads to the same next question: the later answers still apply
    assert quiz.outcome() == "rag"
    assert quiz.summary() == list({**RAG_PATH, "knowledge-volume": "not-sure"}.items())


def test_change_to_another_branch_discards_the_answers_that_no_longer_apply(quiz: Quiz, site) -> None:
    open_at(quiz, site, RAG_PATH)
    quiz.page.locator("[data-dt-action=change]").first.click()
    quiz.answer("request-input")
    expect(quiz.question).to_have_text(TREE.question("prompt-result").text)
    assert quiz.summary() == [("information-source", "request-input")]
    assert quiz.fragment() == "v=1&information-source=request-input"


@pytest.mark.parametrize("index", range(len(LONGEST.path)))
def test_change_then_answer_differently_matches_the_engine(quiz: Quiz, site, index: int) -> None:
    answers = LONGEST.answers
    step = LONGEST.path[index]
    open_at(quiz, site, answers)
    for option in step.question.options:
        if option.id == step.option.id:
            continue
        quiz.page.locator("[data-dt-action=change]").nth(index).click()
        assert quiz.checked() == step.option.id
        quiz.answer(option.id)
        steps, node = walk(TREE, {**answers, step.question.id: option.id})
        assert quiz.summary() == [(s.question.id, s.option.id) for s in steps]
        if node.id in {o.id for o in TREE.outcomes}:
            assert quiz.outcome() == node.id
        else:
            expect(quiz.question).to_have_text(node.text)
        open_at(quiz, site, answers)


def test_start_again_clears_everything(quiz: Quiz, site) -> None:
    open_at(quiz, site, RAG_PATH)
    quiz.action("restart")
    expect(quiz.question).to_have_text(START.text)
    expect(quiz.question).to_be_focused()
    assert quiz.checked() is None
    assert quiz.summary() == []
    assert quiz.fragment() == ""
    expect(quiz.page.locator("[data-dt-action=restart]")).to_be_hidden()
    assert quiz.highlight() == {"on": [f"dt-node-{START.id}"], "current": [f"dt-node-{START.id}"]}


def test_a_what_would_change_line_applies_that_change(quiz: Quiz, site) -> None:
    open_at(quiz, site, RAG_PATH)
    quiz.page.evaluate("window.sameDocument = true")
    entries = quiz.page.evaluate("history.length")
    first = quiz.alternatives()[0]
    quiz.page.locator(f'[data-dt-action=alternative][href="{first["href"]}"]').click()
    assert quiz.page.evaluate("window.sameDocument") is True, "the link was followed as a page navigation"
    assert quiz.page.evaluate("history.length") == entries
    assert quiz.fragment() == first["href"][1:]
    open_at(quiz, site, RAG_PATH)
    for alternative in quiz.alternatives():
        changed = {**RAG_PATH, alternative["question"]: alternative["option"]}
        quiz.page.locator(
            f'[data-dt-action=alternative][data-question="{alternative["question"]}"][data-option="{alternative["option"]}"]'
        ).click()
        steps, node = walk(TREE, changed)
        assert quiz.summary() == [(s.question.id, s.option.id) for s in steps]
        if alternative["outcome"]:
            assert quiz.outcome() == alternative["outcome"] == node.id
            expect(quiz.result_title).to_be_focused()
        else:
            expect(quiz.question).to_have_text(TREE.question(alternative["next"]).text)
        open_at(quiz, site, RAG_PATH)


def test_the_result_is_announced_and_takes_the_focus(quiz: Quiz, site) -> None:
    quiz.answer("request-input")
    quiz.answer("yes")
    outcome = TREE.outcome("prompting")
    expect(quiz.result_title).to_be_focused()
    expect(quiz.live).to_have_text(TEXTS["announce-result"].format(outcome=outcome.title, headline=outcome.headline))
    assert quiz.live.get_attribute("aria-live") == "polite"


def test_the_result_shows_every_part_of_the_outcome(quiz: Quiz, site) -> None:
    open_at(quiz, site, RAG_PATH)
    outcome = TREE.outcome("rag")
    result = quiz.result
    expect(result.locator("[data-dt-part=verdict]")).to_have_text(outcome.verdict_label)
    expect(result.locator("[data-dt-part=headline]")).to_have_text(outcome.headline)
    steps, _ = walk(TREE, RAG_PATH)
    reasons = [s.option.rationale for s in steps] + list(outcome.reasons)
    expect(result.locator("[data-dt-part=reasons] li")).to_have_text(reasons)
    expect(result.locator("[data-dt-part=caveats] li")).to_have_text(list(outcome.caveats))
    expect(result.locator("[data-dt-part=next-steps] li")).to_have_text(list(outcome.next_steps))
    titles = [TREE.conclusion(c).title for c in outcome.conclusions]
    expect(result.locator("[data-dt-part=conclusions] a")).to_have_text(titles)
    hrefs = result.locator("[data-dt-part=conclusions] a").evaluate_all("links => links.map(a => a.href)")
    assert hrefs == [site.page(TREE.conclusion(c).path) for c in outcome.conclusions]
    expect(result.locator("[data-dt-part=sources] a")).to_have_text([TREE.source(s).title for s in outcome.sources])
    expect(result.locator("[data-dt-part=version]")).to_have_text(TEXTS["version"].format(guide="1.0.0", tree=TREE.version))


def test_a_plain_anchor_is_left_alone(quiz: Quiz, site) -> None:
    quiz.page.goto(site.page("quiz/?anchor#the-whole-tree"))
    quiz.mounted()
    expect(quiz.question).to_have_text(START.text)
    expect(quiz.notice).to_be_empty()
    assert quiz.fragment() == "the-whole-tree"


def test_mounting_twice_is_refused(quiz: Quiz) -> None:
    quiz.page.evaluate("window.document$.next(document)")  # what an instant navigation emits
    quiz.answer("stored-knowledge")  # one listener only: one answer recorded, not two
    expect(quiz.progress).to_have_text(progress({"information-source": "stored-knowledge"}))
    assert quiz.summary() == [("information-source", "stored-knowledge")]


def test_a_broken_quiz_leaves_the_text_version_and_the_page_working(page: Page, site) -> None:
    def corrupt(route) -> None:
        response = route.fetch()
        route.fulfill(response=response, body=response.text().replace('data-tree="{', 'data-tree="{broken', 1))

    page.route("**/quiz/", corrupt)
    errors: list[str] = []
    console: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda message: console.append(message.text) if message.type == "error" else None)
    page.goto(site.page("quiz/"))
    expect(page.locator(".dt-quiz-fallback")).to_be_visible()
    expect(page.locator("[data-dt-part=app]")).to_be_hidden()
    assert errors == []
    assert any("decision tree quiz" in message for message in console)
    expect(page.locator(".md-search[role=dialog]")).to_have_attribute("aria-label", "Search")


def test_the_text_version_is_hidden_once_the_quiz_runs(quiz: Quiz) -> None:
    """The no-JavaScript fallback holds the whole tree as text: it must not show under the quiz."""
    fallback = quiz.page.locator(".dt-quiz-fallback")
    expect(fallback).to_have_count(1)
    expect(fallback).to_be_hidden()
    expect(quiz.page.locator("[data-dt-part=app]")).to_be_visible()


OPENED_ELSEWHERE = {
    "ctrl or cmd click": {"modifiers": ["ControlOrMeta"]},
    "middle click": {"button": "middle"},
}


@pytest.mark.parametrize("click", OPENED_ELSEWHERE.values(), ids=OPENED_ELSEWHERE.keys())
def test_a_quiz_link_opened_in_a_new_tab_is_left_to_the_browser(quiz: Quiz, site, click: dict) -> None:
    open_at(quiz, site, RAG_PATH)
    before = quiz.fragment()
    link = quiz.page.locator("[data-dt-part=alternatives] [data-dt-action=alternative]").first
    with quiz.page.context.expect_page() as opened:
        link.click(**click)
    assert opened.value.url == site.page("quiz/?fresh") + link.get_attribute("href")
    assert (quiz.outcome(), quiz.fragment()) == ("rag", before)  # this tab's quiz did not follow the link
