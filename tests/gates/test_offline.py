"""Privacy and offline gate: reading the guide makes no request to any other host.

Every page of both editions is checked in test_every_page.py, with the page's
Content-Security-Policy in force and this log beside it, so that a request is caught whether the
policy blocks it or not. Here, search (which loads more as it is used) with the policy bypassed,
so that the log alone sees what the page asks for, and the self-tests of the log and of the wait
for the network to go quiet."""

from __future__ import annotations

from typing import Callable

import pytest
from playwright.sync_api import Page

from .network import InFlight, OutsideRequests
from .search import search_for


def requests_elsewhere(new_context, site, visit: Callable[[Page], object]) -> list[str]:
    """The requests to other hosts while a fresh reader does ``visit`` on a page, until the network is quiet."""
    context = new_context(bypass_csp=True)
    outside = OutsideRequests.watch(context, site.url)
    page = context.new_page()
    loading = InFlight(page)
    visit(page)
    loading.wait_until_quiet()
    return outside.seen


@pytest.mark.browser
def test_searching_requests_nothing_from_other_hosts(new_context, site) -> None:
    def search(page: Page) -> None:
        page.goto(site.page())
        search_for(page, "retrieval")  # loads the search worker and index

    seen = requests_elsewhere(new_context, site, search)
    assert not seen, "requests to other hosts:\n" + "\n".join(seen)


@pytest.mark.browser
def test_the_request_log_catches_a_request_to_another_host(new_context, site) -> None:
    context = new_context(bypass_csp=True)
    outside = OutsideRequests.watch(context, site.url)
    page = context.new_page()
    page.goto(site.page())
    with page.expect_event("requestfailed"):  # the log aborts what it records
        page.evaluate("u => { const img = new Image(); img.src = u; document.body.append(img); }", "http://192.0.2.1/pixel.png")
    assert any(entry.startswith("http://192.0.2.1/pixel.png") for entry in outside.seen), outside.seen


@pytest.mark.browser
def test_the_wait_for_a_quiet_network_names_a_request_left_in_flight(page: Page, site) -> None:
    loading = InFlight(page)
    page.route("**/search/search_index.json", lambda route: None)  # never answered
    page.goto(site.page())
    with pytest.raises(AssertionError, match=r"did not go quiet within 3 s; in flight:\n.*/search/search_index\.json$"):
        loading.wait_until_quiet(timeout=3)
    page.unroute("**/search/search_index.json")
