"""Accessibility gate: the axe check and the palette toggle it relies on can fail.

axe-core runs on every page of both editions in both palettes in test_every_page.py, and on the
quiz's states and the diagram's full-screen view in tests/browser/test_layout.py."""

from __future__ import annotations

from typing import Callable

import pytest
from playwright.sync_api import BrowserContext, Page

from .axe import COLOUR_RULES, assert_no_axe_violations, axe_violations
from .network import InFlight
from .palette import use_palette

PALETTES = ["light", "dark"]


def open_page(new_context: Callable[..., BrowserContext], url: str) -> tuple[Page, InFlight]:
    """A fresh reader (system preference: light) on a loaded page, and its requests in flight."""
    page = new_context(color_scheme="light").new_page()
    loading = InFlight(page)
    page.goto(url)
    loading.wait_until_quiet()
    return page, loading


@pytest.mark.browser
def test_the_axe_check_reports_a_violation_with_rule_and_selector(page: Page) -> None:
    page.set_content('<html lang="en"><title>t</title><main><img id="no-alt" src="data:,"></main></html>')
    with pytest.raises(AssertionError) as failure:
        assert_no_axe_violations(page, "an image without alt text")
    assert "image-alt" in str(failure.value) and "#no-alt" in str(failure.value)


def test_the_axe_check_of_some_parts_sees_all_of_them_and_only_them(page: Page) -> None:
    page.set_content('<html lang="en"><title>t</title><main><img id="outside" src="data:,">'
                     '<div id="part"><img id="inside" src="data:,"></div><p id="other"><img id="also" src="data:,"></p></main></html>')
    whole = axe_violations(page)
    parts = axe_violations(page, within=["#part", "#other"])  # a second run in the same document
    assert _offending(whole) == {"#outside", "#inside", "#also"}
    assert _offending(parts) == {"#inside", "#also"}


def test_the_axe_check_leaves_out_only_the_rules_it_is_told_to_skip(page: Page) -> None:
    page.set_content('<html lang="en"><title>t</title><main><p style="color:#bbb;background:#fff">faint</p>'
                     '<img src="data:,"></main></html>')
    everything = {violation["id"] for violation in axe_violations(page)}
    without_colours = {violation["id"] for violation in axe_violations(page, skip=COLOUR_RULES)}
    assert {"color-contrast", "image-alt"} <= everything
    assert without_colours == everything - {"color-contrast"}


def _offending(violations: list[dict]) -> set[str]:
    """The images axe found without a text alternative."""
    return {target for violation in violations if violation["id"] == "image-alt" for node in violation["nodes"] for target in node["target"]}


@pytest.mark.browser
@pytest.mark.parametrize("palette", PALETTES)
def test_the_palette_toggle_really_switches_the_colours(new_context, site, palette: str) -> None:
    page, loading = open_page(new_context, site.page())
    use_palette(page, palette)  # fails unless the body's scheme and background colour changed
    page.reload()
    loading.wait_until_quiet()
    expected = {"light": "default", "dark": "slate"}[palette]
    assert page.evaluate("document.body.getAttribute('data-md-color-scheme')") == expected, "the palette choice is not kept"
