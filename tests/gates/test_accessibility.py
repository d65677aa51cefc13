"""Accessibility gate: the axe check and the palette toggle it relies on can fail.

axe-core runs on every page of both editions in both palettes in test_every_page.py, and on the
quiz's states and the diagram's full-screen view in tests/browser/test_layout.py."""

from __future__ import annotations

from typing import Callable

import pytest
from playwright.sync_api import BrowserContext, Page

from .axe import assert_no_axe_violations
from .palette import use_palette

PALETTES = ["light", "dark"]


def open_page(new_context: Callable[..., BrowserContext], url: str) -> Page:
    """A fresh reader (system preference: light) on a loaded page."""
    page = new_context(color_scheme="light").new_page()
    page.goto(url)
    page.wait_for_load_state("networkidle")
    return page


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
