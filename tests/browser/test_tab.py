"""The shared tab (tests/browser/tab.py) gives each test a page as a reader who remembers
nothing finds it: what one test leaves behind is gone when the next loads its page."""

from __future__ import annotations

import pytest

from tests.browser.tab import Tab

pytestmark = pytest.mark.browser


def test_a_load_in_the_shared_tab_remembers_nothing_of_the_last_test(module_tab: Tab, site) -> None:
    page = module_tab.load(site.page("about/"), width=360, height=700)
    page.evaluate("localStorage.setItem('left', 'behind'); sessionStorage.setItem('left', 'behind')")
    page.context.new_page()  # a tab the last test opened
    module_tab.errors.messages.append("an error of the last test")
    first = page.url

    page = module_tab.load(site.page("about/"))
    assert page.url != first and page.url.startswith(site.page("about/?tab=")), "not a new address: a reload"
    assert page.evaluate("performance.getEntriesByType('navigation')[0].type") == "navigate"
    assert page.evaluate("[localStorage.getItem('left'), sessionStorage.getItem('left')]") == [None, None]
    assert page.context.pages == [page], "the last test's other tab is still open"
    assert page.viewport_size == module_tab.viewport
    assert module_tab.errors.messages == []


def test_the_new_address_keeps_the_query_and_the_fragment(module_tab: Tab, site) -> None:
    first = module_tab.unique(site.page("quiz/?old#v=2&problem=not-sure"))
    second = module_tab.unique(site.page("quiz/?old#v=2&problem=not-sure"))
    assert first.startswith(site.page("quiz/?old&tab=")) and first.endswith("#v=2&problem=not-sure")
    assert second != first
