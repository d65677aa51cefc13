"""Every page of both editions, in a browser, against every gate that looks at a page as it loads.

Each page is loaded once, from the site as a team hosts an export of it (tests/conftest.py,
hosted_site): under a sub-path, as project pages and intranets host it, so every address must
resolve under that path; with a repository configured, so the header's link to it is on every
page and must ask the code host for nothing; the site at the root is what most other browser tests
open. A page is opened as a reader opens it from another page of the guide by a full load: in a tab
whose browser remembers nothing of the site (its storage is cleared before each load, and the
request log below keeps the browser's cache out) and whose system prefers light. One tab per
parallel worker goes from page to page: a new tab for each page would cost each load a new
renderer process. Every gate reads that one load:

- offline: no request to any other host. Such a request is seen either way: the page's
  Content-Security-Policy blocks it (a violation, below) or, if the policy let it through, the
  request log catches it before it leaves the machine;
- policy: no Content-Security-Policy violation and no error, and the guide's scripts ran;
- hosting: no failed load, and no link (HTML or SVG, after the scripts ran) leaving the sub-path;
- accessibility: axe-core finds nothing in the light palette (every rule) or in the dark one
  (the rules that depend on colour: nothing else changes with the palette). The rules that
  depend on colour run on the English pages: a Chinese page has the same stylesheets and no
  kind of element its English twin lacks (tests/site/test_editions.py proves it page by page),
  so the same colours in either palette; its own words, language, labels and structure are
  checked with every other rule.

The search worker starts as on any load, but reads an index with no documents (building the real
one costs a quarter of a second per load and changes nothing these gates see); searching, with the
real index, under the sub-path, offline and within the policy, is checked in test_subpath.py,
test_offline.py and test_csp.py.

The gates' own self-tests (that each can fail) are beside the other checks of each gate:
test_accessibility.py, test_csp.py, test_offline.py and test_subpath.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, expect

from tests.browser.quiz_driver import without_search_index
from tests.browser.tab import Tab
from tests.site.built_html import translated

from ..conftest import REPOSITORY, ROOT
from .axe import COLOUR_RULES, assert_no_axe_violations
from .built_pages import source_page_paths
from .csp import policy_violations
from .network import InFlight, OutsideRequests, failed_loads
from .palette import use_palette

pytestmark = pytest.mark.browser

# One test per page, so that parallel workers share them out.
PAGES = source_page_paths(ROOT / "docs")
# Every link target on the page (HTML and SVG links), resolved, that points to the serving host.
SAME_ORIGIN_LINKS = """origin => [...document.querySelectorAll('a')]
  .map(a => a.getAttribute('href') ?? a.getAttributeNS('http://www.w3.org/1999/xlink', 'href'))
  .filter(Boolean).map(href => new URL(href, document.baseURI).href)
  .filter(href => href.startsWith(origin + '/'))"""


@dataclass
class Gated:
    """The tab (tests/browser/tab.py) that goes from page to page, and what each gate records there."""

    tab: Tab
    outside: OutsideRequests
    violations: list[str]
    failed: list[str]
    loading: InFlight


@pytest.fixture(scope="session")
def gated(browser: Browser, subpath_site) -> Iterator[Gated]:
    context = without_search_index(browser.new_context(color_scheme="light"))  # a reader whose system prefers light
    outside = OutsideRequests.watch(context, subpath_site.url)  # routing also keeps the browser's cache out
    violations = policy_violations(context)
    page = context.new_page()
    failed = failed_loads(page)
    yield Gated(Tab.of(page, outside.origin, records=(outside.seen, violations, failed)), outside, violations, failed, InFlight(page))
    context.close()


@pytest.mark.parametrize("path", PAGES, ids=lambda path: f"/{path}")
def test_the_page_needs_nothing_from_elsewhere_keeps_to_its_policy_and_is_accessible(gated: Gated, subpath_site, path: str) -> None:
    gated.loading.wait_until_quiet(quiet=0)  # nothing of the last page is still on its way
    page = gated.tab.load(subpath_site.page(path), unique=False)  # each page is loaded once
    gated.loading.wait_until_quiet()  # the search index and its worker come after the load event
    search = page.locator(".md-search[role=dialog]")
    label = search.locator("input[aria-label]").get_attribute("aria-label")
    expect(search, "the guide's scripts did not run").to_have_attribute("aria-label", label)  # they name the dialog
    expect(page.locator(f'a.md-source[href="{REPOSITORY}"]').first, "no link to the repository").to_be_attached()
    parts = urlsplit(subpath_site.url)
    links = page.evaluate(SAME_ORIGIN_LINKS, f"{parts.scheme}://{parts.netloc}")
    leaving = [href for href in links if not urlsplit(href).path.startswith(parts.path)]
    use_palette(page, "light")
    if translated(path):  # it shows its English twin's colours (see above)
        assert_no_axe_violations(page, f"/{path} (light)", skip=COLOUR_RULES)
    else:
        assert_no_axe_violations(page, f"/{path} (light)")
        use_palette(page, "dark")
        assert_no_axe_violations(page, f"/{path} (dark)", rules=COLOUR_RULES)
    assert gated.outside.seen == [], "requests to other hosts:\n" + "\n".join(gated.outside.seen)
    assert gated.violations == [], "Content-Security-Policy violations:\n" + "\n".join(gated.violations)
    assert gated.tab.errors.messages == [], "page errors:\n" + "\n".join(gated.tab.errors.messages)
    assert gated.failed == [], "failed loads:\n" + "\n".join(gated.failed)
    assert leaving == [], "links that leave the sub-path:\n" + "\n".join(leaving)
