"""Readies the SVG that ``dot`` writes for inlining in a page.

Graphviz gives every node and edge a ``<title>`` with its internal name (``problem->knowledge-base``),
which browsers show as a tooltip and screen readers may read; the drawing itself has no
accessible name, and its size is in points. This module replaces the names with words, names
and describes the drawing, sizes it in CSS pixels and marks its links as links.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import Mapping

SVG = "http://www.w3.org/2000/svg"
XLINK = "http://www.w3.org/1999/xlink"
ET.register_namespace("", SVG)
ET.register_namespace("xlink", XLINK)

TITLE_ID = "dt-diagram-title"
DESCRIPTION_ID = "dt-diagram-description"


def finish(svg: str, tooltips: Mapping[str, str], *, title: str, description: str) -> str:
    """The SVG element as inline-ready text: words for tooltips, a name, a description, px sizes.

    ``tooltips`` maps the id of a node's or edge's group to the words it shows. An element
    with an id that has no words is an error: it would show an internal name.
    """
    root = ET.fromstring(svg[svg.index("<svg"):])  # the parser drops the prolog, DOCTYPE and comments
    _size_in_pixels(root)
    for group in root.iter(f"{{{SVG}}}g"):
        _give_words(group, tooltips)
    _name(root, title, description)
    for link in root.iter(f"{{{SVG}}}a"):
        # Audits and crawlers do not recognise an SVG <a> that has only xlink:href as a link.
        link.set("role", "link")
    return ET.tostring(root, encoding="unicode")


# Helper functions ------------------------------------------------------------------


def _size_in_pixels(root: ET.Element) -> None:
    """One SVG unit to one CSS pixel, so a 14-unit font reads at 14 px at the natural size."""
    width, height = re.split(r"[\s,]+", root.get("viewBox", "").strip())[2:4]
    root.set("width", f"{float(width):g}")
    root.set("height", f"{float(height):g}")


def _give_words(group: ET.Element, tooltips: Mapping[str, str]) -> None:
    title = group.find(f"{{{SVG}}}title")
    if title is None:
        return
    group_id, kind = group.get("id", ""), group.get("class", "")
    if kind == "graph":
        group.remove(title)  # the drawing's own name goes on the <svg> element
        return
    if group_id not in tooltips:
        raise ValueError(f"diagram element {group_id or title.text!r} has no words for its tooltip")
    title.text = tooltips[group_id]
    for link in group.iter(f"{{{SVG}}}a"):
        if link.get(f"{{{XLINK}}}title") is not None:
            link.set(f"{{{XLINK}}}title", tooltips[group_id])


def _name(root: ET.Element, title: str, description: str) -> None:
    name = ET.Element(f"{{{SVG}}}title", {"id": TITLE_ID})
    name.text = title
    desc = ET.Element(f"{{{SVG}}}desc", {"id": DESCRIPTION_ID})
    desc.text = description
    root.insert(0, desc)
    root.insert(0, name)
    root.set("aria-labelledby", TITLE_ID)
    root.set("aria-describedby", DESCRIPTION_ID)
