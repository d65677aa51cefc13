"""With JavaScript off, the quiz page shows the whole tree as linked text, following the answers'
links reaches an outcome, and a permalink (of the current version or an older one) says which
result it holds and links its text."""

from __future__ import annotations

from typing import Iterator

import pytest
from playwright.sync_api import Browser, Page, expect

from decision_tree import TREE, decide, paths
from decision_tree.permalink import fragment
from decision_tree.versions import published
from tests.browser.quiz_driver import TEXTS

pytestmark = pytest.mark.browser

# One path per outcome: the first path that reaches it.
ONE_PATH_PER_OUTCOME = list({d.result.id: d for d in reversed(list(paths(TREE)))}.values())
V2 = published()[2]


def anchor_of(node_id: str) -> str:
    """The text version's anchor of a question or an outcome, as its links write it."""
    return f"#question-{node_id}" if TREE.question(node_id) else f"#outcome-{node_id}"


@pytest.fixture(scope="module")
def no_js_page(browser: Browser, site) -> Iterator[Page]:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site.page("quiz/"))
    yield page
    context.close()


def test_the_outline_is_shown_and_the_quiz_interface_is_not(no_js_page: Page) -> None:
    expect(no_js_page.locator(".dt-quiz-fallback")).to_be_visible()
    expect(no_js_page.locator("[data-dt-part=app]")).to_be_hidden()
    expect(no_js_page.locator(".dt-held")).to_be_hidden()  # no link, nothing to say about one
    for question in TREE.questions:
        expect(no_js_page.locator(f"#question-{question.id}")).to_be_visible()
    for outcome in TREE.outcomes:
        expect(no_js_page.locator(f"#outcome-{outcome.id}")).to_be_visible()


def test_every_answer_links_to_the_node_it_leads_to(no_js_page: Page) -> None:
    """Each question's answers, in order, link to the question or outcome each leads to, and every
    target is on the page."""
    targets = no_js_page.locator(".dt-quiz-fallback .dt-outline-answers a").evaluate_all(
        "links => links.map(a => [a.closest('[id^=question-]').id, a.getAttribute('href'), !!document.getElementById(a.getAttribute('href').slice(1))])"
    )
    assert all(found for _, _, found in targets), [href for _, href, found in targets if not found]
    expected = [[f"question-{q.id}", anchor_of(o.next)] for q in TREE.questions if not q.is_checklist for o in q.options]
    assert [[section, href] for section, href, _ in targets] == expected


@pytest.mark.parametrize("decision", ONE_PATH_PER_OUTCOME, ids=lambda d: d.result.id)
def test_following_the_links_reaches_the_outcome(no_js_page: Page, site, decision) -> None:
    page = no_js_page
    page.goto(site.page(f"quiz/{anchor_of(TREE.start)}"))  # to the first question: on the loaded page, no new load
    section = page.locator(anchor_of(TREE.start))
    for step in (s for s in decision.path if not s.question.is_checklist):
        section.get_by_role("link", name=step.option.label, exact=True).click()
        assert page.evaluate("location.hash") == anchor_of(step.option.next)
        section = page.locator(anchor_of(step.option.next))
    expect(section.locator("h2")).to_have_text(f"Outcome: {decision.result.single.title}")
    expect(section).to_be_in_viewport()


def test_a_permalink_says_which_result_it_holds_and_links_its_text(no_js_page: Page, site) -> None:
    decision = ONE_PATH_PER_OUTCOME[3]
    page = no_js_page
    page.goto(site.page("quiz/?shared#" + fragment(TREE, decision.answers)))
    held = page.locator(".dt-held")
    expect(held).to_be_visible()
    expect(held.locator(".dt-held-title")).to_have_text(TEXTS["held-title"])
    expect(held.locator("li:visible")).to_have_count(1)
    expect(held).to_be_in_viewport()
    held.get_by_role("link", name=decision.result.single.title).click()
    expect(page.locator(f"#outcome-{decision.result.id}")).to_be_in_viewport()


def test_an_old_permalink_says_what_it_held_and_where_the_current_tree_goes(no_js_page: Page, site) -> None:
    answers = {"problem": "missing-knowledge", "knowledge-base": "no-retrieval", "without-retrieval": "retrain-often"}
    no_js_page.goto(site.page("quiz/?old#" + fragment(V2, answers)))
    entry = no_js_page.locator(".dt-held li:visible")
    expect(entry).to_contain_text(TEXTS["held-result"].format(version=2, outcome=decide(V2, answers).result.single.title).strip())
    expect(entry.get_by_role("link")).to_have_attribute("href", "#outcome-rag-local")
