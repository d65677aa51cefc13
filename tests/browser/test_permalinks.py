"""Permalinks: the fragment follows the answers; a permalink opened fresh shows a shared result
(its kicker, the outcome in the page's title, "Start your own"); a link made with version 1
shows its own result beside the current tree's, and goes on with the current tree from there; a
stale or tampered link gets a notice saying what was wrong; and links survive a sub-path."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser, Page, expect

from decision_tree import TREE, decide
from decision_tree.permalink import fragment, permalink
from decision_tree.versions import published
from tests.browser.quiz_driver import TEXTS, PageErrors, Quiz, without_search_index

pytestmark = pytest.mark.browser

V1 = published()[1]
V2 = published()[2]
RAG = {"needs": "knowledge", "knowledge-base": "yes", "knowledge-volume": "exceeds-context", "change-frequency": "daily-or-weekly",
       "retrieval-where": "own-team", "retrieval-needs": "none", "evaluation-data": "none"}
PROMPTING = {"needs": "request-input", "input-task": "fits-prompt", "prompt-result": "yes", "evaluation-data": "none"}
# Version 2 trained the knowledge in where "retrieval cannot run where the model runs"; version 3
# reads that answer as retrieval inside the application.
V2_CHANGED = {"problem": "missing-knowledge", "knowledge-base": "no-retrieval", "without-retrieval": "retrain-often"}
V2_NOW = {"needs": "knowledge", "knowledge-base": "yes", "knowledge-volume": "exceeds-context",
          "change-frequency": "monthly-or-quarterly", "retrieval-where": "in-process"}
V1_HOLDS = {"information-source": "not-sure"}  # prompt-baseline-first then and now


def notice_items(quiz: Quiz) -> list[str]:
    return quiz.notice.locator("li").all_text_contents()


def test_the_fragment_follows_the_answers(quiz: Quiz) -> None:
    quiz.answer("knowledge")
    assert quiz.fragment() == "v=3&needs=knowledge"
    quiz.answer("yes")
    assert quiz.fragment() == "v=3&needs=knowledge&knowledge-base=yes"


def test_the_fragment_survives_scrolling(reload_quiz) -> None:
    """mkdocs-material's anchor tracking (navigation.tracking) would rewrite it as the page scrolls."""
    quiz = reload_quiz(fragment(TREE, RAG))
    for y in (0, 2500, 0, 900):
        quiz.page.mouse.wheel(0, y - quiz.page.evaluate("scrollY"))
        quiz.page.wait_for_function(f"() => Math.abs(scrollY - {y}) < 400 || scrollY + innerHeight >= document.body.scrollHeight - 2")
        quiz.page.wait_for_timeout(400)  # longer than the theme's 250 ms debounce of scroll tracking
        assert quiz.fragment() == fragment(TREE, RAG)


def test_a_permalink_opened_fresh_shows_a_shared_result(quiz: Quiz, browser: Browser) -> None:
    for answer in PROMPTING.values():
        quiz.answer(answer)
    link = quiz.page.url
    context = without_search_index(browser.new_context())
    try:
        fresh = context.new_page()
        errors = PageErrors.watch(fresh)
        fresh.goto(link)
        shared = Quiz(fresh)
        assert shared.outcome() == "prompting"
        expect(fresh.locator("[data-dt-part=kicker]")).to_have_text(TEXTS["shared-kicker"])
        assert fresh.title().startswith(TREE.outcome("prompting").title + " \u2013 ")
        assert shared.summary() == list(PROMPTING.items())
        expect(shared.notice).to_be_empty()
        panel = fresh.locator(".dt-panel").bounding_box()
        assert 0 <= panel["y"] < fresh.viewport_size["height"] / 2, "the verdict panel is not what the reader sees first"
        fresh.locator("[data-dt-action=start-own]").click()  # one click to a quiz of one's own
        expect(shared.question).to_have_text(TREE.question(TREE.start).text)
        expect(shared.question).to_be_focused()
        assert errors.messages == []
    finally:
        context.close()


def test_the_reader_s_own_result_is_not_called_shared_when_reloaded(quiz: Quiz) -> None:
    for answer in PROMPTING.values():
        quiz.answer(answer)
    quiz.page.reload()
    quiz.mounted()
    expect(quiz.page.locator("[data-dt-part=kicker]")).to_have_text(TEXTS["result-kicker"])


def test_a_link_to_a_question_reopens_that_question(reload_quiz) -> None:
    quiz = reload_quiz("v=3&needs=knowledge")
    expect(quiz.question).to_have_text(TREE.question("knowledge-base").text)
    expect(quiz.notice).to_be_empty()


def test_a_version_2_link_shows_its_result_how_its_answers_read_now_and_why_the_current_tree_differs(reload_quiz) -> None:
    quiz = reload_quiz(fragment(V2, V2_CHANGED))
    old = decide(V2, V2_CHANGED).result.single
    assert quiz.outcome() == old.id
    expect(quiz.result_title).to_have_text(old.title)  # the texts of version 2
    expect(quiz.page.locator("[data-dt-part=kicker]")).to_have_text(TEXTS["old-kicker"].format(version=2))
    lines = quiz.drift.locator("[data-dt-part=drift-lines] p").all_text_contents()
    assert lines[2].startswith("Version 3 reads \u201cWe have the data, but retrieval cannot run where the model runs")
    assert lines[4] == TEXTS["drift-changed"].format(current=3, outcome=TREE.outcome("rag-local").title, verdict=TREE.verdict_label("rag"))
    expect(quiz.page.locator("[data-dt-part=changes]")).to_be_hidden()  # an old tree's answers are not changed here
    expect(quiz.page.locator("[data-dt-action=change]")).to_have_count(0)
    assert quiz.fragment() == fragment(V2, V2_CHANGED)  # the link is kept as it was made

    quiz.page.locator("[data-dt-part=drift-continue]").click()  # the current tree needs the checklists
    expect(quiz.question).to_have_text(TREE.question("retrieval-needs").text)
    expect(quiz.question).to_be_focused()
    assert quiz.summary() == list(V2_NOW.items())
    assert quiz.fragment() == fragment(TREE, V2_NOW)
    quiz.page.go_back()
    expect(quiz.result).to_have_attribute("data-outcome", old.id)


def test_a_version_1_link_that_still_holds_says_so_and_opens_the_current_result(reload_quiz) -> None:
    quiz = reload_quiz(fragment(V1, V1_HOLDS))
    expect(quiz.drift.locator("p").nth(2)).to_have_text(TEXTS["drift-holds"].format(current=3))
    expect(quiz.page.locator("[data-dt-part=drift-open-current]")).to_be_hidden()  # what there is to test with is asked first
    quiz.page.locator("[data-dt-part=drift-continue]").click()
    expect(quiz.question).to_have_text(TREE.question("evaluation-data").text)
    quiz.answer("none")
    expect(quiz.result).to_have_attribute("data-tree-version", "3")
    assert quiz.outcome() == "prompt-baseline-first"
    expect(quiz.drift).to_be_hidden()


def test_a_version_1_link_that_needs_more_answers_continues_with_them_as_drafts(reload_quiz) -> None:
    answers = {"information-source": "stored-knowledge", "knowledge-volume": "fits"}
    quiz = reload_quiz(fragment(V1, answers))
    expect(quiz.drift.locator("p").nth(2)).to_have_text(
        TEXTS["drift-missing"].format(current=3, questions=TREE.question("knowledge-base").text))
    quiz.page.locator("[data-dt-part=drift-continue]").click()
    expect(quiz.question).to_have_text(TREE.question("knowledge-base").text)
    quiz.answer("yes")
    expect(quiz.question).to_have_text(TREE.question("knowledge-volume").text)
    assert quiz.checked() == "fits"  # the link's answer, carried over, is already chosen


def test_an_incomplete_version_1_link_is_carried_to_the_current_tree_with_a_notice(reload_quiz) -> None:
    quiz = reload_quiz("v=1&information-source=request-input")
    expect(quiz.question).to_have_text(TREE.question("input-task").text)
    expect(quiz.notice.locator(".dt-notice-title")).to_have_text(TEXTS["notice-title-version"])
    items = notice_items(quiz)
    assert items[0] == TEXTS["notice-other-version"].format(version=1, current=3)
    assert items[-1] == TEXTS["notice-carried"].format(current=3)
    assert quiz.fragment() == "v=3&needs=request-input"


TAMPERED = [
    # (fragment, what the notice must say, answers the quiz should keep)
    ("v=3&needs=request-input&no-such-question=yes&input-task=fits-prompt",
     TEXTS["notice-unknown-question"].format(question="no-such-question"), {"needs": "request-input", "input-task": "fits-prompt"}),
    ("v=3&needs=bogus", TEXTS["notice-unknown-answer"].format(answer="bogus", question=TREE.question("needs").title), {}),
    ("v=3&needs=%E2%80%AEbogus", TEXTS["notice-unknown-answer"].format(answer="\ufffdbogus", question=TREE.question("needs").title),
     {}),  # a right-to-left override is quoted back harmless, not obeyed
    ("v=3&needs=not-sure&evaluation-data=none&task-count=one", TEXTS["notice-off-path"].format(question=TREE.question("task-count").title), {"needs": "not-sure", "evaluation-data": "none"}),
    ("v=3&needs=request-input&needs=knowledge", TEXTS["notice-duplicate"].format(question=TREE.question("needs").title),
     {"needs": "request-input"}),
    ("v=3&%E0%A4%A=x&needs=request-input", TEXTS["notice-unreadable"].format(part="%E0%A4%A=x"), {"needs": "request-input"}),
    ("needs=request-input", TEXTS["notice-no-version"], {"needs": "request-input"}),
    ("v=banana&needs=request-input", TEXTS["notice-bad-version"].format(version="banana"), {"needs": "request-input"}),
    ("v=9&needs=request-input", TEXTS["notice-bad-version"].format(version="9"), {"needs": "request-input"}),
    ("v=3&" + "a=b&" * 600, TEXTS["notice-too-long"].format(length=len("v=3&" + "a=b&" * 600)), {}),
    ("v=3&" + "&".join(f"{q}={a}" for q, a in RAG.items() if q not in ("retrieval-needs", "evaluation-data")) + "&retrieval-needs=none.cite-sources",
     TEXTS["notice-unknown-answer"].format(answer="none.cite-sources", question=TREE.question("retrieval-needs").title),
     {q: a for q, a in RAG.items() if q not in ("retrieval-needs", "evaluation-data")}),
    # Quoted parts are shortened to 60 characters, and invisible or bidi control characters shown as U+FFFD.
    ("v=3&needs=" + "x" * 300,
     TEXTS["notice-unknown-answer"].format(answer="x" * 59 + "\u2026", question=TREE.question("needs").title), {}),
    ("v=3&" + "q" * 200 + "=1&needs=request-input",
     TEXTS["notice-unknown-question"].format(question="q" * 59 + "\u2026"), {"needs": "request-input"}),
    ("v=" + "9" * 100 + "&needs=request-input",
     TEXTS["notice-bad-version"].format(version="9" * 59 + "\u2026"), {"needs": "request-input"}),
    ("v=3&needs=a%E2%81%A6b%E2%80%8Fc%00d",
     TEXTS["notice-unknown-answer"].format(answer="a\ufffdb\ufffdc\ufffdd", question=TREE.question("needs").title), {}),
]


@pytest.mark.parametrize("link_fragment, message, kept", TAMPERED, ids=lambda v: v[:40] if isinstance(v, str) else None)
def test_a_tampered_link_gets_a_notice_and_a_sensible_start(mounting_quiz, link_fragment, message, kept) -> None:
    quiz, errors = mounting_quiz
    quiz.mount_afresh(link_fragment)
    expect(quiz.notice.locator(".dt-notice-title")).to_have_text(TEXTS["notice-title"])
    assert message in notice_items(quiz)
    assert quiz.summary() == list(kept.items())
    assert quiz.fragment() == (fragment(TREE, kept) if kept else "")
    assert errors.messages == []


def test_a_notice_goes_once_the_reader_answers(reload_quiz) -> None:
    quiz = reload_quiz("v=3&needs=bogus")
    expect(quiz.notice).not_to_be_empty()
    expect(quiz.notice).to_have_attribute("role", "alert")  # read out at once, as the page opens
    quiz.answer("not-sure")
    expect(quiz.notice).to_be_empty()


def test_an_old_version_that_cannot_be_read_falls_back_with_a_notice(page: Page, site) -> None:
    page.route("**/data/tree-v1.json", lambda route: route.fulfill(status=404, body="gone"))
    page.goto(site.page("quiz/?gone#v=1&information-source=request-input"))
    quiz = Quiz(page)
    quiz.mounted()
    expect(quiz.notice).to_contain_text(TEXTS["drift-unavailable"].format(version=1, reason="HTTP 404"))


def test_under_a_sub_path_the_links_and_the_snippet_keep_the_sub_path(page: Page, subpath_site, page_errors) -> None:
    page.add_init_script("Object.defineProperty(navigator, 'clipboard', {value: undefined})")
    page.goto(subpath_site.page("quiz/#" + fragment(TREE, RAG)))
    quiz = Quiz(page)
    assert quiz.outcome() == "rag"
    expect(page.locator("[data-dt-part=permalink]")).to_have_text(permalink(TREE, RAG, subpath_site.url))
    quiz.action("copy-snippet")
    assert f"Permalink: <{permalink(TREE, RAG, subpath_site.url)}>" in page.locator("[data-dt-part=copy-text]").input_value()
    page.goto(subpath_site.page("quiz/?old#" + fragment(V1, V1_HOLDS)))  # the old version's export, under the sub-path too
    expect(quiz.drift).to_be_visible()


def test_editing_the_fragment_of_an_open_quiz_applies_it(quiz: Quiz) -> None:
    quiz.page.evaluate("h => { location.hash = h }", fragment(TREE, PROMPTING))
    expect(quiz.result).to_have_attribute("data-outcome", "prompting")
    quiz.page.evaluate("h => { location.hash = h }", "v=3&needs=bogus")
    expect(quiz.question).to_have_text(TREE.question(TREE.start).text)
    expect(quiz.notice.locator(".dt-notice-title")).to_have_text(TEXTS["notice-title"])
    quiz.answer("request-input")
    quiz.page.evaluate("h => { location.hash = h }", "the-whole-tree")  # a plain anchor changes nothing
    expect(quiz.question).to_have_text(TREE.question("input-task").text)


# Where each character of a notice's text is drawn, left to right, from the first notice item that holds `words`.
CHARACTER_POSITIONS = """words => {
  const item = [...document.querySelectorAll("[data-dt-part=notice] li")].find(li => li.textContent.includes(words));
  const node = item.firstChild, start = node.textContent.indexOf(words);
  return [...words].map((_, i) => {
    const range = document.createRange();
    range.setStart(node, start + i);
    range.setEnd(node, start + i + 1);
    return range.getBoundingClientRect().left;
  });
}"""


def test_a_bidi_override_in_a_link_cannot_reverse_the_notice(reload_quiz) -> None:
    """U+202E in a link would otherwise draw the rest of the line right to left, spoofing its text."""
    quiz = reload_quiz("v=3&needs=%E2%80%AEgninut-enif%20esu%20:tluser%20ruoY")
    page = quiz.page
    expect(quiz.notice.locator(".dt-notice-title")).to_have_text(TEXTS["notice-title"])
    assert not any(ch in "".join(notice_items(quiz)) for ch in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
    for words in ("gninut-enif", "is not one of the answers"):
        lefts = page.evaluate(CHARACTER_POSITIONS, words)
        assert lefts == sorted(lefts), f"{words!r} is drawn right to left: {lefts}"

