"""Security gate: every page runs under its strict Content-Security-Policy with no violation.

The policy (a <meta> element on every page) allows scripts, styles and images from the site
itself and the theme's inline scripts by hash, nothing inline otherwise, and no eval. Every page of
both editions loads with no violation (test_every_page.py); these tests prove the policy is enforced
and its violations seen, and use everything that runs a script: the quiz to a result, copying,
search, the palette toggle, instant navigation and the error page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import BrowserContext, Page, expect

from decision_tree import TREE
from tests.browser.quiz_driver import TEXTS
from tests.browser.quiz_driver import PageErrors, Quiz, nav_link

from .csp import policy_violations
from .network import InFlight
from .palette import use_palette
from .search import search_for

pytestmark = pytest.mark.browser

PROMPTING = {"needs": "request-input", "input-task": "fits-prompt", "prompt-result": "yes", "evaluation-data": "none"}
DOCUMENT_404 = "console error: Failed to load resource: the server responded with a status of 404 (Not Found)"


@dataclass
class Watched:
    """A page whose policy violations, errors and requests in flight are recorded."""

    page: Page
    loading: InFlight
    violations: list[str] = field(default_factory=list)
    errors: PageErrors = field(default_factory=PageErrors)

    def assert_clean(self) -> None:
        assert self.violations == [], "Content-Security-Policy violations:\n" + "\n".join(self.violations)
        assert self.errors.messages == [], "page errors:\n" + "\n".join(self.errors.messages)


@pytest.fixture
def watched(new_context: Callable[..., BrowserContext], site) -> Watched:
    context = new_context()
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site.url.rstrip("/"))
    violations = policy_violations(context)
    page = context.new_page()
    return Watched(page=page, violations=violations, errors=PageErrors.watch(page), loading=InFlight(page))


def follow_nav_link(page: Page, site, path: str) -> None:
    """Open a page from the navigation sidebar (instant navigation) and wait for its address."""
    nav_link(page, path).click()
    page.wait_for_url(site.page(path))


def test_the_policy_is_enforced_and_its_violations_are_seen(watched: Watched, site) -> None:
    """Without this, "no violation" could mean a policy the browser ignores or a blind listener."""
    watched.page.goto(site.page())
    blocked = watched.page.evaluate("""() => {
        const script = document.createElement("script");
        script.textContent = "window.injected = true";
        document.head.append(script);
        return window.injected !== true;
    }""")
    assert blocked, "an inline script without a hash ran"
    watched.page.wait_for_function("() => window.violationsSeen > 0")
    assert any("script-src-elem blocked inline" in v for v in watched.violations), watched.violations
    watched.errors.messages.clear()  # the browser logs the blocked script as a console error


def test_quiz_copy_search_palette_and_instant_navigation_have_no_violation(watched: Watched, site) -> None:
    page = watched.page
    page.goto(site.page())
    page.evaluate("window.sameDocument = true")
    follow_nav_link(page, site, "quiz/")
    quiz = Quiz(page)
    quiz.mounted()
    for option in PROMPTING.values():
        quiz.answer(option)
    assert quiz.outcome() == "prompting"
    quiz.copy("copy-link", TEXTS["copied-link"])
    assert quiz.copy("copy-snippet", TEXTS["copied-snippet"]).startswith("### Decision: ")
    quiz.action("export-record")  # the decision record is downloaded through a blob: address
    search_for(page, "retrieval")
    page.keyboard.press("Escape")
    use_palette(page, "dark")
    use_palette(page, "light")
    follow_nav_link(page, site, "tree/")
    expect(page.locator(f"#dt-node-{TREE.start}")).to_be_visible()
    follow_nav_link(page, site, "conclusions/knowledge/")
    page.go_back()
    page.wait_for_url(site.page("tree/"))
    assert page.evaluate("window.sameDocument") is True, "a page was reloaded: instant navigation was not exercised"
    watched.loading.wait_until_quiet()
    watched.assert_clean()


@pytest.mark.parametrize("edition, title, home", [("", "404 – Page not found", ""), ("zh/", "404 – 找不到此页面", "zh/")])
def test_the_error_page_served_for_a_missing_address_has_no_violation(watched: Watched, site, edition: str, title: str, home: str) -> None:
    """Hosts serve an edition's 404.html at the missing address itself, however deep, and the page
    leads on to that edition's home page."""
    page = watched.page
    missing = site.page(edition + "no/such/page/")
    page.route(missing, lambda route: route.fulfill(status=404, path=site.directory / edition / "404.html"))
    failed: list[str] = []
    page.on("response", lambda r: failed.append(f"{r.status} {r.url}") if r.status >= 400 and r.url != missing else None)
    page.goto(missing)
    expect(page.locator("h1")).to_have_text(title)
    expect(page.locator("html")).to_have_attribute("lang", edition.rstrip("/") or "en")
    expect(page.locator("article a").first).to_have_attribute("href", re.compile(re.escape(urlsplit(site.page(home)).path) + "$"))
    expect(page.locator(".md-header")).to_be_visible()
    use_palette(page, "dark")
    search_for(page, "prompt")
    watched.loading.wait_until_quiet()
    assert failed == [], "the error page failed to load: " + ", ".join(failed)
    watched.errors.messages.remove(DOCUMENT_404)  # the browser reports the page's own status
    watched.assert_clean()
