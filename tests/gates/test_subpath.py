"""Sub-path gate: the guide works when hosted under a path, as project pages and intranets host it."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Page, Response, expect

from ..conftest import ROOT
from .built_pages import page_paths, source_page_paths
from .search import search_for

NAV_LINK = 'nav.md-nav--primary a.md-nav__link[href$="{}"]'
# One test per page for the slower checks, so that parallel workers share them out.
PAGES = source_page_paths(ROOT / "docs")
# Every link target on the page (HTML and SVG links), resolved, that points to the serving host.
SAME_ORIGIN_LINKS = """origin => [...document.querySelectorAll('a')]
  .map(a => a.getAttribute('href') ?? a.getAttributeNS('http://www.w3.org/1999/xlink', 'href'))
  .filter(Boolean).map(href => new URL(href, document.baseURI).href)
  .filter(href => href.startsWith(origin + '/'))"""


def prefix(site) -> str:
    """The sub-path the site is served under, e.g. ``/team/llm-guide/``."""
    return urlsplit(site.url).path


def origin(site) -> str:
    parts = urlsplit(site.url)
    return f"{parts.scheme}://{parts.netloc}"


@pytest.mark.browser
def test_every_link_stays_under_the_sub_path(page: Page, subpath_site) -> None:
    outside = []
    for path in page_paths(subpath_site.directory):
        page.goto(subpath_site.page(path))
        links = page.evaluate(SAME_ORIGIN_LINKS, origin(subpath_site))
        outside += [f"/{path} -> {href}" for href in links if not urlsplit(href).path.startswith(prefix(subpath_site))]
    assert not outside, "links that leave the sub-path:\n" + "\n".join(outside)


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
    page.goto(subpath_site.page())
    page.wait_for_load_state("networkidle")
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
@pytest.mark.parametrize("path", PAGES, ids=lambda path: f"/{path}")
def test_every_page_loads_all_its_assets(page: Page, subpath_site, path: str) -> None:
    problems = _watch_loads(page)
    page.goto(subpath_site.page(path))
    page.wait_for_load_state("networkidle")
    assert not problems, "failed loads:\n" + "\n".join(problems)


@pytest.mark.browser
def test_search_loads_its_worker_and_index(page: Page, subpath_site) -> None:
    problems = _watch_loads(page)
    page.goto(subpath_site.page())
    search_for(page, "retrieval")  # the search worker and index are loaded on demand
    page.wait_for_load_state("networkidle")
    assert not problems, "failed loads:\n" + "\n".join(problems)


@pytest.mark.browser
def test_quiz_page_loads_without_page_errors(page: Page, subpath_site) -> None:
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(subpath_site.page("quiz/"))
    page.wait_for_load_state("networkidle")
    expect(page.locator("[data-dt-quiz]")).to_be_attached()
    assert not errors, f"page errors on the quiz page: {errors}"


@pytest.mark.browser
def test_a_quiz_permalink_opens_its_result_under_the_sub_path(page: Page, subpath_site) -> None:
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(subpath_site.page("quiz/#v=2&problem=not-sure"))
    expect(page.locator('[data-outcome="prompt-baseline-first"]')).to_be_visible()
    assert not errors, f"page errors on the quiz page: {errors}"


def _watch_loads(page: Page) -> list[str]:
    """The failed loads of the page from now on (HTTP errors and requests that failed), as they happen."""
    problems: list[str] = []
    page.on("response", lambda r: _record_failure(r, problems))
    page.on("requestfailed", lambda r: problems.append(f"{r.url}: {r.failure}"))
    return problems


def _record_failure(response: Response, problems: list[str]) -> None:
    if response.status >= 400:
        problems.append(f"{response.url}: HTTP {response.status}")
