"""Each edition searches its own pages: an English search finds no Chinese page, and a Chinese
page downloads its edition's search index alone (and the English pages theirs)."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page

from tests.gates.search import RESULT, search_for

pytestmark = [pytest.mark.browser, pytest.mark.real_search]


def indexes_asked(page: Page) -> list[str]:
    asked: list[str] = []
    page.on("request", lambda request: asked.append(request.url) if request.url.endswith("search_index.json") else None)
    return asked


@pytest.mark.parametrize("edition, word", [("", "fine-tuning cost"), ("zh/", "知识库")], ids=["English", "Chinese"])
def test_a_search_finds_its_own_edition_s_pages_from_its_own_index(page: Page, site, edition: str, word: str) -> None:
    asked = indexes_asked(page)
    page.goto(site.page(edition + "quiz/"))
    search_for(page, word)
    page.wait_for_timeout(500)  # the results are drawn again as the query grows
    found = page.locator(f"{RESULT} a").evaluate_all("links => links.map(a => a.href)")
    assert found and all(href.startswith(site.page(edition)) for href in found), f"{word!r} found {found[:5]}"
    if not edition:
        assert not [href for href in found if "/zh/" in href], f"an English search found Chinese pages: {found}"
    assert asked == [site.page(edition + "search/search_index.json")]
