"""Each conclusion's history on its page, the way Python's documentation marks "Changed in version":
the guide version that first published it, then every change with its month, what it said, what
it says now and why.

The record goes right under the line that prints the conclusion's id; a conclusion whose heading
is on the page without that line right under it is refused (ValueError naming the conclusion).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import Any, Callable, Mapping

from ..history import History, history
from ..model import Tree

# The line a conclusion prints under its heading: <hN id="ID">…</hN> then <p class="conclusion-id">…</p>.
ID_LINE = r'<h(?P<level>[1-6]) id="{id}">.*?</h(?P=level)>\s*<p class="conclusion-id">.*?</p>'


def history_element(record: History, texts: Mapping[str, Any]) -> ET.Element:
    """The record as markup; ``texts`` is the catalogue's ``conclusion-history`` table."""
    root = ET.Element("div", {"class": "dt-history", "data-dt-history": record.conclusion, "data-dt-statement": record.statement_version})
    label = ET.SubElement(root, "p", {"class": "dt-history-label"})
    label.text = texts["label"]
    first = "published-then" if record.changes else "new" if _is_new(record) else "published"
    ET.SubElement(root, "p").text = texts[first].format(guide=record.published)
    for change in record.changes:
        line = ET.SubElement(root, "p", {"class": "dt-history-change"})
        ET.SubElement(line, "strong").text = texts["changed"].format(guide=change.guide)
        year, month = change.month.split("-")
        when = texts["month"].format(name=texts["month-names"][int(month) - 1], year=year)
        line[0].tail = texts["change"].format(month=when, was=_bare(change.was), now=_bare(change.now), why=change.why)
    return root


def with_histories(html: str, tree: Tree, page: str, *, lookup: Callable[[str, str], History] = history,
                   texts: Mapping[str, Any] | None = None) -> str:
    """The page's HTML with each conclusion it documents followed by its history (``page`` is
    its Markdown file, as the register names it)."""
    if texts is None:
        from ..content import catalogue

        texts = catalogue(tree.language)["conclusion-history"]
    for conclusion in (c for c in tree.conclusions if c.page == page):
        if f'id="{conclusion.id}"' not in html:
            continue  # not on this page at all: the register's own checks name that
        spot = re.search(ID_LINE.format(id=re.escape(conclusion.id)), html, re.S)
        if spot is None:
            raise ValueError(f"conclusion {conclusion.id!r} needs its id line (Conclusion id: `{conclusion.id}` with "
                             "{ .conclusion-id }) right under its heading, where its history goes")
        markup = ET.tostring(history_element(lookup(conclusion.id, tree.language), texts), encoding="unicode", method="html")
        html = html[: spot.end()] + "\n" + markup + html[spot.end():]
    return html


def _is_new(record: History) -> bool:
    """Whether the current guide version is the one that first published the conclusion."""
    from .. import __version__

    return record.published == __version__


def _bare(statement: str) -> str:
    """A statement without its closing full stop, as the template supplies one after the quotation."""
    return statement.rstrip(".。")
