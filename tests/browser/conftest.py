"""Fixtures for the browser tests: the quiz page, with its errors watched."""

from __future__ import annotations

from typing import Iterator

import pytest
from playwright.sync_api import Page
from tests.browser.quiz_driver import PageErrors, Quiz


@pytest.fixture
def page_errors(page: Page) -> Iterator[PageErrors]:
    """Errors the test's page reports; any at all fails the test."""
    errors = PageErrors.watch(page)
    yield errors
    assert errors.messages == []


@pytest.fixture
def quiz(page: Page, site, page_errors: PageErrors) -> Quiz:
    """The quiz page, loaded fresh and mounted."""
    page.goto(site.page("quiz/"))
    quiz = Quiz(page)
    quiz.mounted()
    return quiz
