"""Switching mkdocs-material's colour palette the way a reader does: with the header toggle."""

from __future__ import annotations

from playwright.sync_api import Page

from .axe import settle

SCHEMES = {"light": "default", "dark": "slate"}
TOGGLE = 'form[data-md-component="palette"] label:visible'
MAX_TOGGLES = 3  # the site offers three palettes: automatic, light, dark

# Relative luminance (WCAG) of the body's background colour.
BACKGROUND_LUMINANCE = """() => {
  const [r, g, b] = getComputedStyle(document.body).backgroundColor.match(/[\\d.]+/g).map(Number);
  const lin = c => (c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}"""


def use_palette(page: Page, name: str) -> None:
    """Click the palette toggle until the page shows the named palette, then check it really does."""
    if name not in SCHEMES:
        raise ValueError(f"unknown palette {name!r} (must be one of {sorted(SCHEMES)})")
    for _ in range(MAX_TOGGLES):
        if _scheme(page) == SCHEMES[name]:
            break
        page.locator(TOGGLE).first.click()
    settle(page)
    scheme, luminance = _scheme(page), page.evaluate(BACKGROUND_LUMINANCE)
    looks_right = luminance < 0.1 if name == "dark" else luminance > 0.8
    if scheme != SCHEMES[name] or not looks_right:
        raise AssertionError(
            f"{page.url}: the palette toggle did not turn the page {name} "
            f"(data-md-color-scheme={scheme!r}, background luminance {luminance:.2f})"
        )


def _scheme(page: Page) -> str | None:
    return page.evaluate("document.body.getAttribute('data-md-color-scheme')")
