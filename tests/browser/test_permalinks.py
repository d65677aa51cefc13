"""Permalinks: the fragment follows the answers, reopens the same state, and a stale or tampered
link gets a notice saying what was wrong; plus Copy link, the copy fallback and Print."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser, Page, expect

import decision_tree
from decision_tree import TREE, decide
from decision_tree.permalink import fragment, permalink
from decision_tree.render.quiz import TEXTS
from decision_tree.render.report import decision_markdown
from tests.browser.quiz_driver import PageErrors, Quiz

pytestmark = pytest.mark.browser

RAG = {
    "information-source": "stored-knowledge",
    "knowledge-volume": "too-large",
    "knowledge-base": "yes",
    "domain-fit": "answers-well",
    "change-rate": "often",
}
RAG_FRAGMENT = fragment(TREE, RAG)  # v=1&information-source=stored-knowledge&...
PROMPTING = "information-source=request-input&prompt-result=yes"


def open_link(page: Page, site, link_fragment: str) -> Quiz:
    page.goto(site.page("quiz/?link#" + link_fragment))
    quiz = Quiz(page)
    quiz.mounted()
    return quiz


def notice_items(quiz: Quiz) -> list[str]:
    return quiz.notice.locator("li").all_text_contents()


def test_the_fragment_follows_the_answers(quiz: Quiz) -> None:
    quiz.answer("stored-knowledge")
    assert quiz.fragment() == "v=1&information-source=stored-knowledge"
    quiz.answer("too-large")
    assert quiz.fragment() == "v=1&information-source=stored-knowledge&knowledge-volume=too-large"
    assert quiz.page.evaluate("history.length") == 2  # replaced, not pushed: Back leaves the quiz


def test_the_fragment_survives_scrolling(quiz: Quiz, site) -> None:
    """mkdocs-material's anchor tracking (navigation.tracking) would rewrite it as the page scrolls."""
    open_link(quiz.page, site, RAG_FRAGMENT)
    for y in (0, 2500, 0, 900):
        quiz.page.mouse.wheel(0, y - quiz.page.evaluate("scrollY"))
        quiz.page.wait_for_function(f"() => Math.abs(scrollY - {y}) < 400 || scrollY + innerHeight >= document.body.scrollHeight - 2")
        quiz.page.wait_for_timeout(400)  # longer than the theme's 250 ms debounce of scroll tracking
        assert quiz.fragment() == RAG_FRAGMENT


def test_a_permalink_opened_in_a_fresh_page_restores_the_result(quiz: Quiz, browser: Browser) -> None:
    for option in RAG.values():
        quiz.answer(option)
    link = quiz.page.url
    context = browser.new_context()
    try:
        fresh = context.new_page()
        errors = PageErrors.watch(fresh)
        fresh.goto(link)
        reopened = Quiz(fresh)
        assert reopened.outcome() == "rag"
        assert reopened.summary() == list(RAG.items())
        expect(reopened.notice).to_be_empty()
        assert errors.messages == []
    finally:
        context.close()


def test_a_link_to_a_question_reopens_that_question(page: Page, site, page_errors) -> None:
    quiz = open_link(page, site, "v=1&information-source=stored-knowledge")
    expect(quiz.question).to_have_text(TREE.question("knowledge-volume").text)
    expect(quiz.notice).to_be_empty()


def test_an_old_version_whose_answers_still_apply_is_recomputed(page: Page, site, page_errors) -> None:
    quiz = open_link(page, site, "v=0&" + PROMPTING)
    assert quiz.outcome() == "prompting"
    expect(quiz.notice).to_have_attribute("role", "alert")
    expect(quiz.notice.locator(".dt-notice-title")).to_have_text(TEXTS["notice-title-version"])
    items = notice_items(quiz)
    assert items[0] == TEXTS["notice-other-version"].format(version=0, current=TREE.version)
    assert items[-1] == TEXTS["notice-recomputed"].format(current=TREE.version)
    assert quiz.fragment() == "v=1&" + PROMPTING  # rewritten for the current version


def test_an_old_version_whose_answers_no_longer_apply_resumes_where_they_stop(page: Page, site, page_errors) -> None:
    quiz = open_link(page, site, "v=0&information-source=stored-knowledge&knowledge-volume=retired-answer")
    expect(quiz.question).to_have_text(TREE.question("knowledge-volume").text)
    expect(quiz.notice.locator(".dt-notice-title")).to_have_text(TEXTS["notice-title"])
    items = notice_items(quiz)
    assert TEXTS["notice-other-version"].format(version=0, current=TREE.version) in items
    title = TREE.question("knowledge-volume").title
    assert TEXTS["notice-unknown-answer"].format(answer="retired-answer", question=title) in items
    assert items[-1] == TEXTS["notice-resumed"]


TAMPERED = [
    # (fragment, what the notice must say, answers the quiz should keep)
    ("v=1&information-source=request-input&no-such-question=yes&prompt-result=yes",
     TEXTS["notice-unknown-question"].format(question="no-such-question"),
     {"information-source": "request-input", "prompt-result": "yes"}),
    ("v=1&information-source=bogus",
     TEXTS["notice-unknown-answer"].format(answer="bogus", question=TREE.question("information-source").title),
     {}),
    ("v=1&" + PROMPTING + "&task-count=one",
     TEXTS["notice-off-path"].format(question=TREE.question("task-count").title),
     {"information-source": "request-input", "prompt-result": "yes"}),
    ("v=1&information-source=request-input&information-source=stored-knowledge",
     TEXTS["notice-duplicate"].format(question=TREE.question("information-source").title),
     {"information-source": "request-input"}),
    ("v=1&%E0%A4%A=x&information-source=request-input",
     TEXTS["notice-unreadable"].format(part="%E0%A4%A=x"),
     {"information-source": "request-input"}),
    (PROMPTING, TEXTS["notice-no-version"], {"information-source": "request-input", "prompt-result": "yes"}),
    ("v=banana&" + PROMPTING, TEXTS["notice-bad-version"].format(version="banana"),
     {"information-source": "request-input", "prompt-result": "yes"}),
    ("v=1&" + "a=b&" * 600, TEXTS["notice-too-long"].format(length=len("v=1&" + "a=b&" * 600)), {}),
    # Quoted parts are shortened to 60 characters, and invisible or bidi control characters shown as U+FFFD.
    ("v=1&information-source=" + "x" * 300,
     TEXTS["notice-unknown-answer"].format(answer="x" * 59 + "\u2026", question=TREE.question("information-source").title),
     {}),
    ("v=1&" + "q" * 200 + "=1&information-source=request-input",
     TEXTS["notice-unknown-question"].format(question="q" * 59 + "\u2026"),
     {"information-source": "request-input"}),
    ("v=" + "9" * 100 + "&" + PROMPTING, TEXTS["notice-bad-version"].format(version="9" * 59 + "\u2026"),
     {"information-source": "request-input", "prompt-result": "yes"}),
    ("v=1&information-source=%E2%80%AEgninut-enif%20esu%20:tluser%20ruoY",
     TEXTS["notice-unknown-answer"].format(answer="\ufffdgninut-enif esu :tluser ruoY", question=TREE.question("information-source").title),
     {}),
    ("v=1&information-source=a%E2%81%A6b%E2%80%8Fc%00d",
     TEXTS["notice-unknown-answer"].format(answer="a\ufffdb\ufffdc\ufffdd", question=TREE.question("information-source").title),
     {}),
]


@pytest.mark.parametrize("link_fragment, message, kept", TAMPERED, ids=lambda v: v[:40] if isinstance(v, str) else None)
def test_a_tampered_link_gets_a_notice_and_a_sensible_start(page: Page, site, page_errors, link_fragment, message, kept) -> None:
    quiz = open_link(page, site, link_fragment)
    expect(quiz.notice.locator(".dt-notice-title")).to_have_text(TEXTS["notice-title"])
    assert message in notice_items(quiz)
    assert quiz.summary() == list(kept.items())
    assert quiz.fragment() == (fragment(TREE, kept) if kept else "")


def test_a_notice_goes_once_the_reader_answers(page: Page, site, page_errors) -> None:
    quiz = open_link(page, site, "v=1&information-source=bogus")
    expect(quiz.notice).not_to_be_empty()
    quiz.answer("not-sure")
    expect(quiz.notice).to_be_empty()


def test_copy_link_copies_the_permalink(browser: Browser, site) -> None:
    context = browser.new_context()
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site.url.rstrip("/"))
    try:
        quiz = open_link(context.new_page(), site, RAG_FRAGMENT)
        quiz.action("copy-link")
        expect(quiz.live).to_have_text(TEXTS["copied-link"])
        assert quiz.page.evaluate("navigator.clipboard.readText()") == permalink(TREE, RAG, site.url)
    finally:
        context.close()


def test_without_a_clipboard_the_text_is_selected_in_a_visible_box(page: Page, site, page_errors) -> None:
    page.add_init_script("Object.defineProperty(navigator, 'clipboard', {value: undefined})")
    quiz = open_link(page, site, RAG_FRAGMENT)
    quiz.action("copy-snippet")
    box = page.locator("[data-dt-part=copy-text]")
    expect(box).to_be_visible()
    expect(box).to_be_focused()
    expected = decision_markdown(TREE, decide(TREE, RAG), guide_version=decision_tree.__version__, site_url=site.url)
    assert box.input_value() == expected
    assert box.evaluate("t => [t.selectionStart, t.selectionEnd]") == [0, len(expected)]
    expect(quiz.live).to_have_text(TEXTS["copy-failed"])
    quiz.action("copy-link")
    assert box.input_value() == permalink(TREE, RAG, site.url)


def test_print_opens_the_print_dialog_with_a_print_layout(page: Page, site, page_errors) -> None:
    page.add_init_script("window.print = () => { window.printed = true }")
    quiz = open_link(page, site, RAG_FRAGMENT)
    quiz.action("print")
    assert page.evaluate("window.printed") is True
    page.emulate_media(media="print")
    for hidden in (".md-header", ".md-sidebar--primary", "[data-dt-part=step]", ".dt-actions", ".dt-diagram", ".dt-change", ".dt-restart"):
        expect(page.locator(hidden).first).to_be_hidden()
    for shown in ("[data-dt-part=title]", "[data-dt-part=reasons]", "[data-dt-part=answers]", "[data-dt-part=version]", "[data-dt-part=permalink]"):
        expect(page.locator(shown)).to_be_visible()


def test_under_a_sub_path_the_links_and_the_snippet_keep_the_sub_path(page: Page, subpath_site, page_errors) -> None:
    page.add_init_script("Object.defineProperty(navigator, 'clipboard', {value: undefined})")
    quiz = open_link(page, subpath_site, RAG_FRAGMENT)
    assert quiz.outcome() == "rag"
    expect(page.locator("[data-dt-part=permalink]")).to_have_text(permalink(TREE, RAG, subpath_site.url))
    quiz.action("copy-snippet")
    expected = decision_markdown(TREE, decide(TREE, RAG), guide_version=decision_tree.__version__, site_url=subpath_site.url)
    assert page.locator("[data-dt-part=copy-text]").input_value() == expected


def test_editing_the_fragment_of_an_open_quiz_applies_it(quiz: Quiz) -> None:
    quiz.page.evaluate("h => { location.hash = h }", "v=1&" + PROMPTING)
    expect(quiz.result).to_have_attribute("data-outcome", "prompting")
    quiz.page.evaluate("h => { location.hash = h }", "v=1&information-source=bogus")
    expect(quiz.question).to_have_text(TREE.question(TREE.start).text)
    expect(quiz.notice.locator(".dt-notice-title")).to_have_text(TEXTS["notice-title"])
    quiz.answer("request-input")
    quiz.page.evaluate("h => { location.hash = h }", "the-whole-tree")  # a plain anchor changes nothing
    expect(quiz.question).to_have_text(TREE.question("prompt-result").text)


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


def test_a_bidi_override_in_a_link_cannot_reverse_the_notice(page: Page, site, page_errors) -> None:
    """U+202E in a link would otherwise draw the rest of the line right to left, spoofing its text."""
    quiz = open_link(page, site, "v=1&information-source=%E2%80%AEgninut-enif%20esu%20:tluser%20ruoY")
    expect(quiz.notice.locator(".dt-notice-title")).to_have_text(TEXTS["notice-title"])
    assert not any(ch in "".join(notice_items(quiz)) for ch in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
    for words in ("gninut-enif", "is not one of the answers"):
        lefts = page.evaluate(CHARACTER_POSITIONS, words)
        assert lefts == sorted(lefts), f"{words!r} is drawn right to left: {lefts}"
