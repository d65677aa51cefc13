"""The quiz's controls: Continue without an answer, Back above the question, Change, Start again and
Undo, a checklist with its exclusive answer, "what would change this", the result taking the
focus, the introduction giving way, "dt:goto", and mounting (once, and failing safely)."""

from __future__ import annotations

from urllib.parse import urljoin

import pytest
from playwright.sync_api import Page, expect

from decision_tree import TREE, decide, paths
from decision_tree.engine import walk
from decision_tree.model import Question
from decision_tree.permalink import fragment
from tests.browser.quiz_driver import TEXTS, Quiz, progress

pytestmark = pytest.mark.browser

START = TREE.question(TREE.start)
RAG = {"needs": "knowledge", "knowledge-base": "yes", "knowledge-volume": "exceeds-context", "change-frequency": "daily-or-weekly",
       "retrieval-where": "own-team", "retrieval-needs": "none", "evaluation-data": "none"}
LONGEST = max(paths(TREE), key=lambda d: len(d.path))


def test_continue_without_an_answer_shows_an_error_linked_to_the_fieldset(quiz: Quiz) -> None:
    expect(quiz.error).to_be_hidden()
    quiz.continue_button.click()
    expect(quiz.error).to_be_visible()
    expect(quiz.error).to_have_text(TEXTS["error-prefix"] + TEXTS["error-checklist"].format(none=START.option("not-sure").label))
    fieldset = quiz.page.locator("[data-dt-part=fieldset]")
    assert "dt-quiz-error" in fieldset.get_attribute("aria-describedby").split()
    expect(quiz.page.locator("[data-dt-part=options] input").first).to_be_focused()
    expect(quiz.question).to_have_text(START.text)
    quiz.answer(START.options[0].id)
    expect(quiz.error).to_be_hidden()


def test_a_checklist_takes_several_answers_and_its_none_stands_alone(quiz: Quiz) -> None:
    quiz.open(fragment(TREE, {k: v for k, v in RAG.items() if k not in ("retrieval-needs", "evaluation-data")}))
    checklist = TREE.question("retrieval-needs")
    expect(quiz.question).to_have_text(checklist.text)
    assert quiz.page.locator("[data-dt-part=options] input[type=checkbox]").count() == len(checklist.options)
    quiz.continue_button.click()
    expect(quiz.error).to_contain_text(TEXTS["error-checklist"].format(none=checklist.option("none").label))
    quiz.choose("none")
    quiz.page.locator("label[for='dt-quiz-answer-exact-identifiers']").click()  # a real answer clears "none"
    quiz.page.locator("label[for='dt-quiz-answer-cite-sources']").click()
    assert quiz.checked() == "cite-sources.exact-identifiers"  # the checklist's order, not the clicks'
    quiz.page.locator("label[for='dt-quiz-answer-none']").click()  # and "none" clears the others
    assert quiz.checked() == "none"
    quiz.answer("exact-identifiers.cite-sources")
    quiz.answer("none")  # what there is to test with: asked last
    assert quiz.outcome() == "rag"
    assert quiz.fragment().endswith("&retrieval-needs=cite-sources.exact-identifiers&evaluation-data=none")
    next_steps = quiz.page.locator("[data-dt-part=next-steps] li").all_text_contents()
    assert checklist.option("exact-identifiers").next_step in next_steps


def test_back_sits_above_the_question_and_returns_with_the_answer_selected(quiz: Quiz) -> None:
    back = quiz.page.locator("[data-dt-part=back]")
    expect(back).to_be_hidden()  # nothing to go back to
    quiz.answer("knowledge")
    quiz.answer("yes")
    assert back.bounding_box()["y"] < quiz.question.bounding_box()["y"]
    expect(quiz.progress).to_have_text(progress({"needs": "knowledge", "knowledge-base": "yes"}))
    back.click()
    expect(quiz.question).to_have_text(TREE.question("knowledge-base").text)
    expect(quiz.question).to_be_focused()
    assert quiz.checked() == "yes"
    assert quiz.summary() == [("needs", "knowledge")]
    assert quiz.fragment() == "v=3&needs=knowledge"
    back.click()
    assert quiz.checked() == "knowledge"
    expect(back).to_be_hidden()


def test_the_introduction_gives_way_once_the_reader_answers(quiz: Quiz) -> None:
    """Before the first answer: the page's introduction and what the reader is in for, the
    questions counted on the tree's paths (typical and most for one need)."""
    intro, start = quiz.page.locator(".dt-quiz-intro"), quiz.page.locator(".dt-start")
    lengths = sorted(len(d.path) for d in paths(TREE))
    expect(start).to_have_text(TEXTS["start"].format(typical=lengths[len(lengths) // 2], most=lengths[-1]))
    expect(intro).to_be_visible()
    quiz.answer("not-sure")
    expect(intro).to_be_hidden()
    expect(start).to_be_hidden()
    quiz.action("back")
    expect(intro).to_be_visible()
    expect(start).to_be_visible()


def test_change_keeps_the_later_answers_that_still_apply(reload_quiz) -> None:
    quiz = reload_quiz(fragment(TREE, RAG))
    assert quiz.outcome() == "rag"
    quiz.page.locator(".dt-answer [data-dt-action=change]").nth(2).click()
    expect(quiz.question).to_have_text(TREE.question("knowledge-volume").text)
    expect(quiz.question).to_be_focused()
    assert quiz.checked() == "exceeds-context"
    quiz.answer("not-sure")  # leads to the same next question: the later answers still apply
    assert quiz.outcome() == "rag"
    assert quiz.summary() == list({**RAG, "knowledge-volume": "not-sure"}.items())


def test_change_to_another_branch_drops_the_answers_that_no_longer_apply(reload_quiz) -> None:
    quiz = reload_quiz(fragment(TREE, RAG))
    quiz.page.locator("[data-dt-action=change]").first.click()
    quiz.answer("request-input")
    expect(quiz.question).to_have_text(TREE.question("input-task").text)
    assert quiz.summary() == [("needs", "request-input")]
    assert quiz.fragment() == "v=3&needs=request-input"


@pytest.mark.parametrize("index", range(len([s for s in LONGEST.path if not s.question.is_checklist])))
def test_change_then_answer_differently_matches_the_engine(module_quiz, index: int) -> None:
    quiz, errors = module_quiz
    answers = LONGEST.answers
    step = LONGEST.path[index]
    for option in step.question.options:
        if option.id == step.option.id:
            continue
        quiz.open(fragment(TREE, answers))
        quiz.page.locator("[data-dt-action=change]").nth(index).click()
        assert quiz.checked() == step.option.id
        quiz.answer(option.id)
        steps, node = walk(TREE, {**answers, step.question.id: option.id})
        assert quiz.summary() == [(s.question.id, s.answer) for s in steps]
        if not isinstance(node, Question):
            assert quiz.outcome() == node.id
        else:
            expect(quiz.question).to_have_text(node.text)
    assert errors.messages == []


def test_start_again_clears_everything_and_can_be_undone(reload_quiz) -> None:
    quiz = reload_quiz(fragment(TREE, RAG))
    quiz.action("restart")
    expect(quiz.question).to_have_text(START.text)
    expect(quiz.question).to_be_focused()
    assert (quiz.checked(), quiz.summary(), quiz.fragment()) == (None, [], "")
    undo = quiz.page.locator("[data-dt-part=undo]")
    expect(undo).to_be_in_viewport()  # the offer is what the reader sees first
    expect(undo).to_contain_text(TEXTS["undo-text"])
    expect(quiz.live).to_have_text(TEXTS["announce-cleared"])
    quiz.action("undo")
    assert quiz.outcome() == "rag"
    assert quiz.summary() == list(RAG.items())
    assert quiz.fragment() == fragment(TREE, RAG)
    expect(undo).to_be_hidden()


def test_the_undo_offer_goes_with_the_next_step(quiz: Quiz) -> None:
    quiz.answer("not-sure")
    quiz.action("restart")
    undo = quiz.page.locator("[data-dt-part=undo]")
    expect(undo).to_be_visible()
    quiz.answer("format")
    expect(undo).to_be_hidden()


def test_a_what_would_change_line_applies_that_change_as_a_new_step(reload_quiz) -> None:
    quiz = reload_quiz(fragment(TREE, RAG))
    quiz.page.evaluate("window.sameDocument = true")
    quiz.page.locator("summary", has_text=TEXTS["md-what-would-change"]).click()
    line = quiz.page.locator("[data-dt-action=alternative][data-question=change-frequency][data-answer=yearly-or-never]")
    href = line.get_attribute("href")
    line.click()
    assert quiz.page.evaluate("window.sameDocument") is True, "the link was followed as a page navigation"
    assert quiz.fragment() == href[1:]
    steps, node = walk(TREE, {**RAG, "change-frequency": "yearly-or-never"})
    expect(quiz.question).to_have_text(node.text)
    assert quiz.summary() == [(s.question.id, s.answer) for s in steps]
    quiz.page.go_back()  # a step of its own: Back returns to the result it changed
    expect(quiz.result).to_have_attribute("data-outcome", "rag")
    assert quiz.fragment() == fragment(TREE, RAG)


def test_the_result_is_announced_and_takes_the_focus(quiz: Quiz) -> None:
    for answer in ("request-input", "fits-prompt", "yes", "none"):
        quiz.answer(answer)
    outcome = TREE.outcome("prompting")
    expect(quiz.result_title).to_be_focused()
    expect(quiz.live).to_have_text(TEXTS["announce-result"].format(outcome=outcome.title, headline=outcome.headline))
    assert quiz.live.get_attribute("aria-live") == "polite"
    assert quiz.page.title() == TEXTS["page-title-result"].format(outcome=outcome.title, page="Take the quiz - Fine-tuning, RAG or prompting?")
    expect(quiz.page.locator("[data-dt-part=kicker]")).to_have_text(TEXTS["result-kicker"])


def test_a_result_with_unsure_answers_lists_each_assumption_with_its_experiment(reload_quiz) -> None:
    answers = {"needs": "knowledge", "knowledge-base": "not-sure", "evaluation-data": "none"}
    quiz = reload_quiz(fragment(TREE, answers))
    decision = decide(TREE, answers)
    item = quiz.page.locator("[data-dt-part=assumptions] li[data-question=knowledge-base]")
    expect(item).to_contain_text(TEXTS["assumption"].format(question="Is the knowledge written down?", answer="Not sure"))
    expect(quiz.page.locator("[data-dt-part=unchecked]")).to_have_text(TEXTS["rests-on"].format(count=1))
    experiment = decision.path[1].option.experiment
    expect(item.locator(".dt-experiment")).to_have_text(TEXTS["assumption-experiment"].format(experiment=experiment))
    reasons = quiz.page.locator("[data-dt-part=reasons] li").all_text_contents()
    assert decision.path[1].option.rationale not in reasons  # a guess is not a reason


def test_the_diagram_can_send_the_quiz_to_a_question_on_the_path(reload_quiz) -> None:
    quiz = reload_quiz(fragment(TREE, RAG))
    quiz.page.evaluate("document.dispatchEvent(new CustomEvent('dt:goto', {detail: {question: 'change-frequency'}}))")
    expect(quiz.question).to_have_text(TREE.question("change-frequency").text)
    assert quiz.checked() == "daily-or-weekly"
    quiz.page.evaluate("document.dispatchEvent(new CustomEvent('dt:goto', {detail: {question: 'style-examples'}}))")
    expect(quiz.question).to_have_text(TREE.question("change-frequency").text)  # not on the path: nothing happens


def test_a_plain_anchor_is_left_alone(page: Page, site, page_errors) -> None:
    page.goto(site.page("quiz/?anchor#the-whole-tree"))
    quiz = Quiz(page)
    quiz.mounted()
    expect(quiz.question).to_have_text(START.text)
    expect(quiz.notice).to_be_empty()
    assert quiz.fragment() == "the-whole-tree"


def test_mounting_twice_is_refused(quiz: Quiz) -> None:
    quiz.page.evaluate("window.document$.next(document)")  # what an instant navigation emits
    quiz.answer("knowledge")  # one listener only: one answer recorded, not two
    expect(quiz.progress).to_have_text(progress({"needs": "knowledge"}))
    assert quiz.summary() == [("needs", "knowledge")]


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
def test_a_quiz_link_opened_in_a_new_tab_is_left_to_the_browser(reload_quiz, click: dict) -> None:
    quiz = reload_quiz(fragment(TREE, RAG))
    before = quiz.fragment()
    for summary in quiz.page.locator("[data-dt-part=result] summary").all():
        summary.click()  # "What would change this" is folded at first
    link = quiz.page.locator("[data-dt-part=alternatives] [data-dt-action=alternative]").first
    with quiz.page.context.expect_page() as opened:
        link.click(**click)
    expect(opened.value).to_have_url(urljoin(quiz.page.url, link.get_attribute("href")))  # the new tab starts at about:blank
    assert (quiz.outcome(), quiz.fragment()) == ("rag", before)  # this tab's quiz did not follow the link


# Several needs, and a quiz opened again in the same tab -------------------------------------


def test_two_needs_walk_one_branch_after_the_other_and_end_in_one_result_of_two_parts(quiz: Quiz) -> None:
    quiz.answer("knowledge.voice")
    expect(quiz.question).to_have_text(TREE.question("knowledge-base").text)
    for answer in ("yes", "exceeds-context", "daily-or-weekly", "own-team"):
        quiz.answer(answer)
    expect(quiz.question).to_have_text(TREE.question("style-examples").text)  # the second need's branch
    for answer in ("yes", "cite-sources", "gold-outputs"):
        quiz.answer(answer)
    assert quiz.outcome() == "rag+style-guide"
    parts = quiz.page.locator("[data-dt-part=parts] li").evaluate_all("items => items.map(i => i.dataset.outcome)")
    assert parts == ["rag", "style-guide"]
    assert quiz.summary()[0] == ("needs", "knowledge.voice")


def test_opening_the_quiz_again_in_the_same_tab_starts_clean(quiz: Quiz, site) -> None:
    """A reader who ran the quiz, then opens the quiz page afresh for another project, sees no
    answer of the first run pre-selected, and a checklist takes only the new ticks."""
    quiz.answer("knowledge.voice")
    quiz.answer("yes")
    quiz.page.goto(site.page("quiz/"))
    again = Quiz(quiz.page)
    again.mounted()
    expect(again.question).to_have_text(START.text)
    assert again.checked() is None and again.summary() == []
    again.answer("open-ended")
    expect(again.question).to_have_text(TREE.question("evaluation-data").text)
    assert again.checked() is None  # nothing ticked from before
    again.answer("judges")
    assert again.outcome() == "prompting"
    assert again.fragment() == "v=3&needs=open-ended&evaluation-data=judges"
