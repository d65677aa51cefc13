"""The quiz's markup: a container carrying the tree data, with the linked-text tree as the
fallback that works without JavaScript. The quiz script builds its interface inside it."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

from ..model import Tree
from .data import quiz_data
from .html import outline
from .links import Links


def quiz_markup(tree: Tree, links: Links, guide_version: str) -> str:
    """The quiz container; the data travels in a data- attribute (instant navigation safe)."""
    data = json.dumps(quiz_data(tree, links, guide_version), ensure_ascii=False, separators=(",", ":"))
    root = ET.Element("div", {"class": "dt-quiz", "data-dt-quiz": "", "data-tree": data})
    fallback = ET.SubElement(root, "div", {"class": "dt-quiz-fallback"})
    ET.SubElement(fallback, "p").text = (
        "Start at the first question and follow the links: each answer leads to the next question or to an outcome."
    )
    fallback.append(ET.fromstring(outline(tree, links, heading="h3")))
    return ET.tostring(root, encoding="unicode", method="html")
