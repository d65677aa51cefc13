"""What the reader has survives what they do next: switching language keeps the quiz's answers and
its result (and a page's section), since both editions share every id; a link with problems
opens on its notice, in view and focused, wherever the quiz could take the reader."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from decision_tree import TREE, ui
from decision_tree.permalink import fragment
from tests.browser.conftest import open_quiz
from tests.browser.quiz_driver import TEXTS, Quiz

pytestmark = pytest.mark.browser

PROMPTING = {"needs": "request-input", "input-task": "fits-prompt", "prompt-result": "yes", "evaluation-data": "none"}
SWITCH = ".md-select__link[hreflang={}]"
# Where the notice is, whether it has the focus and how it is announced, read in one call.
NOTICE = """() => {
  const notice = document.querySelector('[data-dt-part=notice]');
  const box = notice.getBoundingClientRect();
  return {top: box.top, bottom: box.bottom, header: document.querySelector('.md-header').getBoundingClientRect().bottom,
          height: innerHeight, focused: document.activeElement === notice, role: notice.getAttribute('role'),
          title: notice.querySelector('.dt-notice-title').textContent};
}"""


def test_switching_language_keeps_the_answers_and_the_result(quiz: Quiz, site) -> None:
    for answer in PROMPTING.values():
        quiz.answer(answer)  # each answer changes the address without a page load
    expect(quiz.result).to_be_visible()
    chinese = site.page("zh/quiz/#" + fragment(TREE, PROMPTING))
    switch = quiz.page.locator(SWITCH.format("zh")).first
    expect(switch).to_have_attribute("href", chinese)
    switch.dispatch_event("click")
    quiz.page.wait_for_url(chinese)
    quiz.mounted()
    expect(quiz.result).to_have_attribute("data-outcome", "prompting")
    expect(quiz.page.locator("[data-dt-part=kicker]")).to_have_text(ui("zh")["result-kicker"])  # still the reader's own
    assert quiz.summary() == list(PROMPTING.items())

    quiz.page.locator("[data-dt-action=change]").first.click()  # back at the first question, in Chinese
    expect(quiz.page.locator(SWITCH.format("en")).first).to_have_attribute("href", site.page("quiz/"))


def test_switching_language_keeps_the_section_of_a_page(tab, site) -> None:
    page = tab.load(site.page("conclusions/knowledge/#rag-keeps-knowledge-current"), unique=False)
    expect(page.locator(SWITCH.format("zh")).first).to_have_attribute(
        "href", site.page("zh/conclusions/knowledge/#rag-keeps-knowledge-current"))


@pytest.mark.parametrize("width, height", [(1280, 800), (360, 740)], ids=["desktop", "phone"])
def test_a_link_with_problems_opens_on_its_notice(quiz_tab, site, width: int, height: int) -> None:
    """The quiz goes on from where the valid answers lead, but the reader first sees what was wrong."""
    quiz_tab.fresh(width, height)
    bad = fragment(TREE, {"needs": "knowledge", "knowledge-base": "yes"}) + "&knowledge-volume=huge"
    open_quiz(quiz_tab.page, site, bad, query=quiz_tab.query(), past_first_popstate=False)
    notice = quiz_tab.page.evaluate(NOTICE)
    assert notice["title"] == TEXTS["notice-title"]
    assert notice["role"] == "alert"
    assert notice["focused"], "the notice does not have the focus"
    assert notice["header"] - 1 <= notice["top"] and notice["bottom"] <= notice["height"], f"the notice is out of view: {notice}"
    assert quiz_tab.errors.messages == []
