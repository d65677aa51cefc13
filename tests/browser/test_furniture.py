"""What the guide says of itself around its content, in both editions: citations name an author
(the edition's site name, as a corporate author, unless the site names one), and a site built
with a repository links to it and to a place to report a problem, with plain links that ask
their host for nothing; a site built without one has neither."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser, expect

from decision_tree import tree, ui
from tests.browser.quiz_driver import PageErrors, without_search_index
from tests.conftest import REPOSITORY, Site

pytestmark = pytest.mark.browser

FURNITURE = "[data-dt-furniture]"
# The footer's links and what each cited author reads, in one call.
READ = """() => ({
  links: [...document.querySelectorAll('[data-dt-furniture]')].map(a => [a.dataset.dtFurniture, a.getAttribute('href'), a.textContent.trim(), a.target]),
  apa: document.querySelector('[data-dt-cite-text=apa]')?.textContent,
  bibtex: document.querySelector('[data-dt-cite-text=bibtex]')?.textContent,
})"""


@pytest.mark.parametrize("edition", ["", "zh/"])
def test_citations_name_the_edition_s_site_as_author_and_there_is_no_repository_link(tab, site, edition: str) -> None:
    page = tab.load(site.page(edition + "cite/"))
    expect(page.locator("[data-dt-cite-text=apa]")).not_to_have_text("")
    found = page.evaluate(READ)
    name = tree(edition.rstrip("/") or "en").title  # the edition's site name
    assert found["apa"].startswith(name + (" (" if not edition else "（")), found["apa"]
    assert f"  author = {{{{{name}}}}},\n" in found["bibtex"]
    assert found["links"] == []


@pytest.mark.parametrize("edition", ["", "zh/"])
def test_a_site_with_a_repository_links_to_it_and_to_report_a_problem(browser: Browser, repository_site: Site, edition: str) -> None:
    context = without_search_index(browser.new_context())
    try:
        page = context.new_page()
        errors = PageErrors.watch(page)
        asked: list[str] = []
        page.on("request", lambda request: asked.append(request.url))
        page.goto(repository_site.page(edition + "cite/"), wait_until="networkidle")
        texts = ui(edition.rstrip("/") or "en")
        assert page.evaluate(READ)["links"] == [
            ["repository", REPOSITORY, texts["footer-repository"], ""],
            ["report", REPOSITORY + "/issues/new", texts["footer-report"], ""],
        ]
        assert [url for url in asked if not url.startswith(repository_site.url)] == [], "the page asked another host for something"
        expect(page.locator(FURNITURE).first).to_be_visible()
        assert errors.messages == []
    finally:
        context.close()
