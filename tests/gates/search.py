"""Using the site's search box the way a reader does."""

from __future__ import annotations

from playwright.sync_api import Page

SEARCH_INPUT = "input.md-search__input"
RESULT = ".md-search-result__item"


def search_for(page: Page, word: str) -> None:
    """Type a word into the header search box (keystroke by keystroke) and wait for a result.

    Characters with no key of their own (Chinese) arrive as inserted text, with no key release;
    a reader's input method ends with one (the key that commits the word), and the theme reads
    the query on key release, so one is sent here too."""
    page.locator(SEARCH_INPUT).click()
    page.locator(SEARCH_INPUT).press_sequentially(word)
    if not word.isascii():
        page.locator(SEARCH_INPUT).press("End")
    page.locator(RESULT).first.wait_for()
