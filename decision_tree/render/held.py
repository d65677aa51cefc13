"""The results permalinks hold, for readers without JavaScript.

A permalink's fragment (``v=2&problem=...``) cannot be read without a script, but the browser
still matches it against element ids. So the quiz's fallback carries one entry per published
path, whose id is that path's fragment: CSS shows the entry the address names (``:target``)
and hides the others. Each entry names the result and links its text version in the outline
below; an entry for an older version also says what the current tree makes of the same
answers (computed by :mod:`decision_tree.drift`). Links whose checklist was answered other
than with its "none" answer match no entry; the fallback's introduction covers them.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from string import Formatter
from types import MappingProxyType
from typing import Any, Mapping

from ..compose import Result
from ..drift import compare
from ..engine import paths
from ..model import Tree
from ..permalink import fragment
from .links import anchor


def held_results(
    tree: Tree, ui: Mapping[str, str], carried: Mapping[int, Any] = MappingProxyType({}), published: Mapping[int, Tree] = MappingProxyType({})
) -> ET.Element:
    """The hidden list of every published path's result, then the fallback's introduction."""
    root = ET.Element("div", {"class": "dt-held-block"})
    held = ET.SubElement(root, "div", {"class": "dt-held", "data-search-exclude": ""})
    ET.SubElement(held, "p", {"class": "dt-held-title"}).text = ui["held-title"]
    ET.SubElement(held, "p").text = ui["held-intro"]
    listing = ET.SubElement(held, "ul", {"class": "dt-held-list"})
    for version, old in sorted(published.items()):
        if version != tree.version:
            steps = _chain(version, tree, carried, published)
            for decision in paths(old):
                listing.append(_old_entry(old, tree, decision.answers, ui, steps))
    for decision in paths(tree):
        item = ET.SubElement(listing, "li", {"id": fragment(tree, decision.answers)})
        _result_links(item, decision.result, ui)
    ET.SubElement(root, "p").text = ui["fallback-intro"]
    return root


def _chain(version: int, current: Tree, carried: Mapping[int, Any], published: Mapping[int, Tree]) -> tuple:
    """How a link of ``version`` reaches the current tree (see decision_tree.versions.chain)."""
    later = range(version + 1, current.version + 1)
    return tuple((current if v == current.version else published[v], carried.get(v - 1, {})) for v in later)


def _old_entry(old: Tree, current: Tree, answers: Mapping[str, str], ui: Mapping[str, str], chain: tuple) -> ET.Element:
    """An older version's result, and where the current tree takes the same answers."""
    drift = compare(old, answers, current, chain)
    item = ET.Element("li", {"id": fragment(old, answers)})
    title = ET.Element("span", {"lang": old.language} if old.language != current.language else {})
    title.text = " + ".join(p.outcome.title for p in drift.link.result.parts)  # the old version's language, which may not be the page's
    _fill(item, ui["held-result"], version=old.version, outcome=title)
    now = ET.SubElement(item, "span")
    now.text = ui["held-now"].format(current=current.version)
    if drift.result is not None:
        _result_links(now, drift.result, ui)
    else:
        missing = drift.missing[0]
        ET.SubElement(now, "span").text = ui["held-more"]
        _link(now, "question", missing.id, missing.title)
    return item


def _fill(parent: ET.Element, template: str, **values: object) -> None:
    """Append a template to an element, each ``{name}`` replaced by its value: text, or an element."""
    for literal, name, _, _ in Formatter().parse(template):
        _append_text(parent, literal)
        value = values.get(name) if name else None
        if isinstance(value, ET.Element):
            parent.append(value)
        elif name:
            _append_text(parent, str(value))


def _append_text(parent: ET.Element, text: str) -> None:
    """Text at the end of an element: after its last child, or as its text."""
    if len(parent):
        parent[-1].tail = (parent[-1].tail or "") + text
    else:
        parent.text = (parent.text or "") + text


def _result_links(parent: ET.Element, result: Result, ui: Mapping[str, str]) -> None:
    """A link to each part of a result in the outline, joined as the parts' titles are."""
    for number, part in enumerate(result.parts):
        if number:
            _append_text(parent, ui["part-join"])
        _link(parent, "outcome", part.outcome.id, part.outcome.title)


def _link(parent: ET.Element, kind: str, node_id: str, text: str) -> None:
    ET.SubElement(parent, "a", {"href": f"#{anchor(kind, node_id)}"}).text = text
