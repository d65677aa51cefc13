"""Generated tables on a 360 px phone (the tree page's paths, the conclusions register, the JSON
export's fields): each fits the screen, or scrolls in a box the keyboard reaches and a screen
reader names as scrolling; a field name breaks only after a dot, never inside a word."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

# For every generated table: whether its box scrolls, and how the box presents itself; and, for
# each field name, the characters that start a new line (each must follow a dot's break point).
READ = """() => {
  document.querySelectorAll('details.dt-paths-group').forEach(d => d.open = true);
  return new Promise(done => requestAnimationFrame(() => requestAnimationFrame(() => done({
    tables: [...document.querySelectorAll('[data-dt-table]')].map(table => {
      const box = table.closest('.md-typeset__scrollwrap') || table.parentElement;
      return {name: table.dataset.dtTable, scrolls: box.scrollWidth > box.clientWidth + 1, role: box.getAttribute('role'),
              tabindex: box.getAttribute('tabindex'), label: box.getAttribute('aria-label') || ''};
    }),
    breaks: [...document.querySelectorAll('[data-dt-table=schema] td:first-child code')].flatMap(code => {
      const text = code.textContent, found = [];
      let top = null;
      for (let i = 0; i < text.length; i += 1) {
        const range = document.createRange();
        const [node, offset] = (() => { let n = code.firstChild, at = i; while (n && (n.nodeType !== 3 || at >= n.length)) { if (n.nodeType === 3) at -= n.length; n = n.nextSibling; } return [n, at]; })();
        range.setStart(node, offset); range.setEnd(node, offset + 1);
        const rect = range.getClientRects()[0];
        if (top !== null && rect.top > top + 2) found.push(text.slice(0, i) + '|' + text.slice(i));
        top = rect.top;
      }
      return found;
    }),
  }))));
}"""


@pytest.mark.parametrize("path", ["tree/", "cli/", "conclusions/", "zh/cli/"])
def test_generated_tables_fit_a_phone_or_scroll_in_a_named_box(tab, site, path: str) -> None:
    page = tab.load(site.page(path), width=360, height=740)
    page.locator("[data-dt-table]").first.wait_for(state="attached")
    page.wait_for_function("() => document.querySelector('[data-dt-table]').closest('.md-typeset__scrollwrap')")
    found = page.evaluate(READ)
    assert found["tables"], f"{path}: no generated table"
    for table in found["tables"]:
        if table["scrolls"]:
            assert (table["role"], table["tabindex"]) == ("region", "0") and table["label"], f"{path}: {table}"
    assert [b for b in found["breaks"] if not b.split("|")[1].startswith(".")] == [], f"{path}: a field name breaks inside a word"
