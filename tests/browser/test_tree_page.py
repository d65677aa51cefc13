"""The tree page as a reference: every question and outcome is a heading with an anchor, a
permalink and a table-of-contents entry; the paths stay closed until asked for; and the
generated tables look like the tables written in Markdown."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from decision_tree import TREE, paths
from tests.browser.quiz_driver import no_horizontal_scroll
from tests.browser.tab import Tab
from tests.gates.axe import assert_no_axe_violations
from tests.gates.palette import use_palette

pytestmark = pytest.mark.browser

TOC_LINKS = """() => [...document.querySelectorAll('.md-sidebar--secondary .md-nav__link')]
  .map(a => new URL(a.href).hash.slice(1))"""
# What a table cell and the table itself look like: the properties a reader sees.
TABLE_LOOK = """(selector) => {
  const table = document.querySelector(selector);
  const cell = table.querySelector('tbody td'), head = table.querySelector('thead th');
  const pick = (el, names) => Object.fromEntries(names.map(n => [n, getComputedStyle(el)[n]]));
  return {
    table: pick(table, ['borderTopWidth', 'borderTopStyle', 'borderTopColor', 'borderRadius', 'fontSize', 'backgroundColor']),
    cell: pick(cell, ['paddingTop', 'paddingLeft', 'borderTopWidth', 'borderTopStyle', 'borderTopColor', 'textAlign', 'verticalAlign']),
    head: pick(head, ['paddingTop', 'paddingLeft', 'fontWeight', 'textAlign']),
  };
}"""
# px at 1280 px wide, for each question and outcome the page explains (tree version 3's 46 took
# 23,600 px); the 507 paths spelled out would add about 12,000 more.
HEIGHT_PER_NODE = 600
MAX_HEIGHT = HEIGHT_PER_NODE * (len(TREE.questions) + len(TREE.outcomes))
MARKDOWN_TABLE = ".md-typeset table:not([class]):not([data-dt-table])"


def open_page(tab: Tab, site, path: str, width: int = 1280) -> Page:
    return tab.load(site.page(path), width=width, height=900)


def test_questions_and_outcomes_are_headings_listed_in_the_table_of_contents(tab: Tab, site) -> None:
    page = open_page(tab, site, "tree/")
    toc = page.evaluate(TOC_LINKS)
    for kind, nodes in (("question", TREE.questions), ("outcome", TREE.outcomes)):
        for node in nodes:
            anchor = f"{kind}-{node.id}"
            heading = page.locator(f"#{anchor} > h4")
            expect(heading).to_contain_text(node.title)
            assert heading.locator("a.headerlink").evaluate("a => new URL(a.href).hash") == f"#{anchor}"
            assert anchor in toc, f"#{anchor} is not in the table of contents"
    assert toc.index("questions") < toc.index(f"question-{TREE.start}") < toc.index("outcomes") < toc.index("outcome-rag")


def test_a_heading_link_scrolls_to_its_heading_below_the_header(tab: Tab, site) -> None:
    page = open_page(tab, site, "tree/#outcome-rag")
    heading = page.locator("#outcome-rag > h4")
    expect(heading).to_be_in_viewport()
    assert heading.bounding_box()["y"] >= page.locator(".md-header").bounding_box()["height"] - 1


def test_the_paths_are_closed_until_an_outcome_is_opened(tab: Tab, site) -> None:
    page = open_page(tab, site, "tree/")
    groups = page.locator("details.dt-paths-group")
    expect(groups).to_have_count(len(TREE.outcomes))
    expect(page.locator("[data-dt-table=paths]").first).to_be_hidden()
    height = page.evaluate("document.documentElement.scrollHeight")
    assert height < MAX_HEIGHT, f"the tree page is {height} px long with its paths and reasoning folded"
    page.locator("#paths-rag > summary").click()
    rows = page.locator("#paths-rag [data-dt-table=paths] tbody tr")
    expect(rows.first).to_be_visible()
    expect(rows).to_have_count(sum(1 for d in paths(TREE) if d.result.id == "rag"))


@pytest.fixture(scope="module")
def markdown_table_look(module_tab: Tab, site) -> dict:
    """How a table written in Markdown looks (on the command-line page)."""
    page = open_page(module_tab, site, "cli/")
    return page.evaluate(TABLE_LOOK, MARKDOWN_TABLE)


@pytest.mark.parametrize("path, table", [("cli/", "schema"), ("conclusions/", "conclusions"), ("tree/", "paths")])
def test_generated_tables_look_like_markdown_tables(tab: Tab, site, markdown_table_look: dict, path: str, table: str) -> None:
    expected = markdown_table_look
    assert expected["table"]["borderTopStyle"] != "none", "the reference is not a drawn table"
    page = open_page(tab, site, path)
    if table == "paths":
        page.locator("details.dt-paths-group > summary").first.click()
    assert page.evaluate(TABLE_LOOK, f"[data-dt-table={table}]") == expected


@pytest.mark.parametrize("path", ["cli/", "conclusions/", "tree/"])
def test_generated_tables_fit_a_phone(tab: Tab, site, path: str) -> None:
    page = open_page(tab, site, path, width=360)
    for summary in page.locator("details.dt-paths-group > summary").all()[:2]:
        summary.click()
    assert no_horizontal_scroll(page), f"{path} scrolls sideways at 360 px"
    broken = page.evaluate("""() => [...document.querySelectorAll('[data-dt-table] td')]
      .filter(td => td.scrollWidth > td.clientWidth + 1).map(td => td.textContent.slice(0, 40))""")
    assert not broken, f"cells whose text overflows them at 360 px: {broken[:3]}"


@pytest.mark.parametrize("palette", ["light", "dark"])
def test_the_paths_counts_read_on_their_tinted_summaries_on_a_phone(tab: Tab, site, palette: str) -> None:
    """Each group of paths opens from a summary tinted like the theme's notes; its count must keep
    4.5:1 there. axe cannot tell the tint behind a summary's marker at most widths and reports no
    failure; at the width Lighthouse's phone uses it can, which is where the count was found at 4.45:1."""
    page = open_page(tab, site, "tree/", width=412)
    use_palette(page, palette)
    assert_no_axe_violations(page, f"tree/ paths' counts at 412 px ({palette})", rules=["color-contrast"], within=[".dt-paths-group > summary"])
