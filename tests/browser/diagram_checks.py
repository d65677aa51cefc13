"""Measurements of the diagram as Chromium renders it: label sizes, colours, contrast."""

from __future__ import annotations

from playwright.sync_api import Page

# The effective size of every label in px: its font size times the drawing's scale on screen.
LABEL_SIZES = """() => {
  const svg = document.querySelector('[data-dt-diagram] svg');
  const scale = svg.getScreenCTM().a;
  return [...svg.querySelectorAll('.node text, .edge text')].map(t => ({
    text: t.textContent, size: parseFloat(getComputedStyle(t).fontSize) * scale,
    height: t.getBoundingClientRect().height}));
}"""

# WCAG contrast of a rendered colour against the page's background, blending any transparency.
CONTRAST = """(selectorAndProperty) => {
  const [selector, property] = selectorAndProperty;
  const parse = (text) => {
    const srgb = text.match(/color\\(srgb ([\\d.]+) ([\\d.]+) ([\\d.]+)(?: \\/ ([\\d.]+))?\\)/);
    if (srgb) return [...srgb.slice(1, 4).map(v => Number(v) * 255), srgb[4] === undefined ? 1 : Number(srgb[4])];
    const rgb = text.match(/[\\d.]+/g).map(Number);
    return [rgb[0], rgb[1], rgb[2], rgb.length > 3 ? rgb[3] : 1];
  };
  const lum = ([r, g, b]) => {
    const lin = c => (c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  };
  const background = parse(getComputedStyle(document.body).backgroundColor);
  return [...document.querySelectorAll(selector)].map(el => {
    const [r, g, b, a] = parse(getComputedStyle(el)[property]);
    const shown = [r, g, b].map((c, i) => c * a + background[i] * (1 - a));
    const [hi, lo] = [lum(shown), lum(background)].sort((x, y) => y - x);
    return {id: el.closest('[id]').id, colour: getComputedStyle(el)[property], ratio: (hi + 0.05) / (lo + 0.05)};
  });
}"""


def label_sizes(page: Page) -> list[dict]:
    """Each label of the drawing with its effective size in CSS px."""
    return page.evaluate(LABEL_SIZES)


def contrasts(page: Page, selector: str, css_property: str) -> list[dict]:
    """The contrast with the page background of a colour property of each matching element."""
    return page.evaluate(CONTRAST, [selector, css_property])
