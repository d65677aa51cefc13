"""Sub-path gate: the guide works when hosted under a path, as project pages and intranets host it.

Every page of both editions loads everything and keeps its links under the sub-path
(test_every_page.py); here, moving between pages, search and the quiz under the sub-path."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from .network import InFlight, failed_loads
from .search import search_for

NAV_LINK = 'nav.md-nav--primary a.md-nav__link[href$="{}"]'


@pytest.mark.browser
def test_navigation_between_pages_works(page: Page, subpath_site) -> None:
    page.goto(subpath_site.page())
    page.locator(NAV_LINK.format("evidence/")).first.click()
    expect(page).to_have_url(subpath_site.page("evidence/"))
    expect(page.locator("article h1")).to_contain_text("Evidence")
    page.locator(NAV_LINK.format("cite/")).first.click()
    expect(page).to_have_url(subpath_site.page("cite/"))
    expect(page.locator("article h1")).to_contain_text("Cite")


@pytest.mark.browser
def test_instant_navigation_switches_pages_without_a_reload(page: Page, subpath_site) -> None:
    loading = InFlight(page)
    page.goto(subpath_site.page())
    loading.wait_until_quiet()
    page.evaluate("window.__gateMarker = 'kept'")
    documents = []
    page.on("request", lambda r: documents.append(r.url) if r.resource_type == "document" else None)
    page.locator(NAV_LINK.format("evidence/")).first.click()
    expect(page).to_have_url(subpath_site.page("evidence/"))
    expect(page.locator("article h1")).to_contain_text("Evidence")
    assert page.evaluate("window.__gateMarker") == "kept", "the page was fully reloaded (instant navigation is off)"
    assert not documents, f"full page loads during navigation: {documents}"


@pytest.mark.browser
def test_search_finds_pages_under_the_sub_path(page: Page, subpath_site) -> None:
    page.goto(subpath_site.page())
    search_for(page, "retrieval")
    results = page.locator(".md-search-result__item a").evaluate_all("links => links.map(a => a.href)")
    assert results, "the search returned no result for 'retrieval'"
    outside = [href for href in results if not href.startswith(subpath_site.url)]
    assert not outside, f"search results that leave the sub-path: {outside}"
    page.locator(".md-search-result__item a").first.click()
    page.wait_for_url(lambda url: url.startswith(subpath_site.url))


@pytest.mark.browser
def test_search_loads_its_worker_and_index(page: Page, subpath_site) -> None:
    problems, loading = failed_loads(page), InFlight(page)
    page.goto(subpath_site.page())
    search_for(page, "retrieval")  # the search worker and index are loaded on demand
    loading.wait_until_quiet()
    assert not problems, "failed loads:\n" + "\n".join(problems)


@pytest.mark.browser
def test_quiz_page_loads_without_page_errors(page: Page, subpath_site) -> None:
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    loading = InFlight(page)
    page.goto(subpath_site.page("quiz/"))
    loading.wait_until_quiet()
    expect(page.locator("[data-dt-quiz]")).to_be_attached()
    assert not errors, f"page errors on the quiz page: {errors}"


@pytest.mark.browser
def test_a_quiz_permalink_opens_its_result_under_the_sub_path(page: Page, subpath_site) -> None:
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(subpath_site.page("quiz/#v=2&problem=not-sure"))
    expect(page.locator('[data-outcome="prompt-baseline-first"]')).to_be_visible()
    assert not errors, f"page errors on the quiz page: {errors}"
