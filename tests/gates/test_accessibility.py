"""Accessibility gate: axe-core finds no violation on any built page, in the light and dark palettes."""

from __future__ import annotations

from typing import Callable

import pytest
from playwright.sync_api import BrowserContext, Page

from ..conftest import ROOT
from .axe import COLOUR_RULES, assert_no_axe_violations
from .built_pages import source_page_paths
from .palette import use_palette

PALETTES = ["light", "dark"]
# One test per page, so that parallel workers share them out.
PAGES = source_page_paths(ROOT / "docs")


def open_page(new_context: Callable[..., BrowserContext], url: str) -> Page:
    """A fresh reader (system preference: light) on a loaded page."""
    page = new_context(color_scheme="light").new_page()
    page.goto(url)
    page.wait_for_load_state("networkidle")
    return page


@pytest.mark.browser
@pytest.mark.parametrize("path", PAGES, ids=lambda path: f"/{path}")
def test_every_page_has_no_axe_violations_in_either_palette(new_context, site, path: str) -> None:
    """Every rule in the light palette; then, on the same page switched to dark, the rules that
    depend on colour (nothing else changes with the palette)."""
    page = open_page(new_context, site.page(path))
    use_palette(page, "light")
    assert_no_axe_violations(page, f"/{path} (light)")
    use_palette(page, "dark")
    assert_no_axe_violations(page, f"/{path} (dark)", rules=COLOUR_RULES)


@pytest.mark.browser
@pytest.mark.parametrize("palette", PALETTES)
def test_quiz_page_initial_state_has_no_axe_violations(new_context, site, palette: str) -> None:
    page = open_page(new_context, site.page("quiz/"))
    page.locator("[data-dt-quiz]").wait_for(state="attached")
    use_palette(page, palette)
    assert_no_axe_violations(page, f"quiz page, initial state ({palette})")


@pytest.mark.browser
def test_the_axe_check_reports_a_violation_with_rule_and_selector(page: Page) -> None:
    page.set_content('<html lang="en"><title>t</title><main><img id="no-alt" src="data:,"></main></html>')
    with pytest.raises(AssertionError) as failure:
        assert_no_axe_violations(page, "an image without alt text")
    assert "image-alt" in str(failure.value) and "#no-alt" in str(failure.value)


@pytest.mark.browser
@pytest.mark.parametrize("palette", PALETTES)
def test_the_palette_toggle_really_switches_the_colours(new_context, site, palette: str) -> None:
    page = open_page(new_context, site.page())
    use_palette(page, palette)  # fails unless the body's scheme and background colour changed
    page.reload()
    page.wait_for_load_state("networkidle")
    expected = {"light": "default", "dark": "slate"}[palette]
    assert page.evaluate("document.body.getAttribute('data-md-color-scheme')") == expected, "the palette choice is not kept"
