"""With JavaScript off, the quiz page shows the whole tree as linked text, and following the
answers' links reaches an outcome."""

from __future__ import annotations

from typing import Iterator

import pytest
from playwright.sync_api import Browser, Page, expect

from decision_tree import TREE, paths

pytestmark = pytest.mark.browser

# One path per outcome: the first path that reaches it.
ONE_PATH_PER_OUTCOME = list({d.outcome.id: d for d in reversed(list(paths(TREE)))}.values())


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
    for question in TREE.questions:
        expect(no_js_page.locator(f"#question-{question.id}")).to_be_visible()
    for outcome in TREE.outcomes:
        expect(no_js_page.locator(f"#outcome-{outcome.id}")).to_be_visible()


def test_every_answer_links_to_a_node_on_the_page(no_js_page: Page) -> None:
    targets = no_js_page.locator(".dt-quiz-fallback .dt-outline-answers a").evaluate_all(
        "links => links.map(a => [a.getAttribute('href'), !!document.getElementById(a.getAttribute('href').slice(1))])"
    )
    assert len(targets) == sum(len(q.options) for q in TREE.questions)
    assert all(found for _, found in targets), [href for href, found in targets if not found]


@pytest.mark.parametrize("decision", ONE_PATH_PER_OUTCOME, ids=lambda d: d.outcome.id)
def test_following_the_links_reaches_the_outcome(no_js_page: Page, site, decision) -> None:
    page = no_js_page
    page.goto(site.page("quiz/"))
    section = page.locator(f"#question-{TREE.start}")
    for step in decision.path:
        section.get_by_role("link", name=step.option.label, exact=True).click()
        target = step.option.next
        kind = "question" if TREE.question(target) else "outcome"
        assert page.evaluate("location.hash") == f"#{kind}-{target}"
        section = page.locator(f"#{kind}-{target}")
    expect(section.locator("h2")).to_have_text(f"Outcome: {decision.outcome.title}")
    expect(section).to_be_in_viewport()
