"""Fixtures for the browser tests: the quiz page with its errors watched, loaded afresh for each
test in a tab the module's tests share (tests/browser/tab.py), or loaded once for a whole module
and then driven through its address and its controls; and the module's tab for other pages."""

from __future__ import annotations

from typing import Callable, Iterator

import pytest
from playwright.sync_api import Browser, BrowserContext, Page

from tests.browser.quiz_driver import WATCH_PATH, PageErrors, Quiz, without_search_index
from tests.browser.tab import Tab

@pytest.fixture
def new_context(new_context, request: pytest.FixtureRequest) -> Callable[..., BrowserContext]:
    """pytest-playwright's contexts (``page`` and ``context`` come from here too), with an empty
    search index unless the test is marked ``real_search``."""
    if request.node.get_closest_marker("real_search"):
        return new_context
    return lambda **options: without_search_index(new_context(**options))


def quiz_context(browser: Browser, site, **options) -> BrowserContext:
    """A context that may use the clipboard and save files, whose pages search an empty index
    and remember the last path the quiz announced (WATCH_PATH)."""
    context = without_search_index(browser.new_context(accept_downloads=True, **options))
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site.url.rstrip("/"))
    context.add_init_script(WATCH_PATH)
    return context


def open_quiz(page: Page, site, fragment: str = "", query: str = "", past_first_popstate: bool = True, edition: str = "") -> Quiz:
    """Load the quiz page (at a fragment), mounted and, unless told otherwise, past the theme's
    first history traversal (see Quiz.past_first_popstate); ``edition`` is "" or e.g. "zh/".
    The page keeps the real clock (see quiz_driver.dated)."""
    page.goto(site.page(edition + "quiz/" + (f"?{query}" if query else "") + (f"#{fragment}" if fragment else "")))
    quiz = Quiz(page)
    quiz.mounted()
    quiz.settled()
    if past_first_popstate:
        quiz.past_first_popstate()
    return quiz


@pytest.fixture
def page_errors(page: Page) -> Iterator[PageErrors]:
    """Errors the test's page reports; any at all fails the test."""
    errors = PageErrors.watch(page)
    yield errors
    assert errors.messages == []


def quiz_afresh(tab: Tab, site, fragment: str = "", past_first_popstate: bool = True) -> Quiz:
    """The quiz page loaded afresh in the tab (see Tab.fresh), at a fragment."""
    tab.fresh()
    return open_quiz(tab.page, site, fragment, query=tab.query(), past_first_popstate=past_first_popstate)


@pytest.fixture(scope="module")
def quiz_tab(browser: Browser, site) -> Iterator[Tab]:
    """The tab in which the quiz page is loaded afresh for each test of a module."""
    context = quiz_context(browser, site)
    yield Tab.of(context.new_page(), site.url)
    context.close()


@pytest.fixture(scope="module")
def module_tab(browser: Browser, site) -> Iterator[Tab]:
    """The tab in which each test of a module loads its pages (see tests/browser/tab.py)."""
    context = without_search_index(browser.new_context())
    yield Tab.of(context.new_page(), site.url)
    context.close()


@pytest.fixture
def tab(module_tab: Tab) -> Iterator[Tab]:
    """The module's tab; any error its pages report during the test fails the test."""
    yield module_tab
    assert module_tab.errors.messages == []


@pytest.fixture
def quiz(quiz_tab: Tab, site) -> Iterator[Quiz]:
    """The quiz page, loaded afresh and mounted; any error it reports fails the test."""
    yield quiz_afresh(quiz_tab, site)
    assert quiz_tab.errors.messages == []


@pytest.fixture
def reload_quiz(quiz_tab: Tab, site) -> Iterator[Callable[[str], Quiz]]:
    """Open the quiz afresh at a fragment (a new load, as a permalink is opened); the theme's first
    history traversal is still to come, as for a reader. Any error the page reports fails the test."""
    yield lambda fragment: quiz_afresh(quiz_tab, site, fragment, past_first_popstate=False)
    assert quiz_tab.errors.messages == []


@pytest.fixture(scope="module")
def module_quiz(browser: Browser, site) -> Iterator[tuple[Quiz, PageErrors]]:
    """One quiz page for a whole module of tests: loaded once, reset through its address."""
    context = quiz_context(browser, site)
    page = context.new_page()
    errors = PageErrors.watch(page)
    yield open_quiz(page, site), errors
    context.close()


@pytest.fixture(scope="module")
def module_quiz_zh(browser: Browser, site) -> Iterator[tuple[Quiz, PageErrors]]:
    """The Chinese edition's quiz page for a whole module of tests."""
    context = quiz_context(browser, site)
    page = context.new_page()
    errors = PageErrors.watch(page)
    yield open_quiz(page, site, edition="zh/"), errors
    context.close()


@pytest.fixture(scope="module")
def mounting_quiz(browser: Browser, site) -> Iterator[tuple[Quiz, PageErrors]]:
    """One quiz page for a whole module, on which each link is opened as at a page load, by a
    fresh quiz mounted from the server's markup (Quiz.mount_afresh), without the load."""
    context = quiz_context(browser, site)
    page = context.new_page()
    errors = PageErrors.watch(page)
    quiz = open_quiz(page, site)
    quiz.keep_pristine()
    yield quiz, errors
    context.close()
