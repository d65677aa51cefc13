"""Using the site's search box the way a reader does."""

from __future__ import annotations

from playwright.sync_api import Page

SEARCH_INPUT = "input.md-search__input"
RESULT = ".md-search-result__item"


def search_for(page: Page, word: str) -> None:
    """Type a word into the header search box (keystroke by keystroke) and wait for a result."""
    page.locator(SEARCH_INPUT).click()
    page.locator(SEARCH_INPUT).press_sequentially(word)
    page.locator(RESULT).first.wait_for()
