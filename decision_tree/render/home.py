"""The home page's figure of the guide's mental model, and verdict chips for prose and tables.

The model: two questions place a case. Does the model lack knowledge it must use (documents,
or live records behind an API)? Does it fall short in how it behaves? Each verdict sits in the
cell whose gap it closes, tool calls beside retrieval since both supply what the model lacks;
a case with several needs takes a part from each cell it touches. "Not ready" sits under all
four, as what any of them becomes without the data or the means. The figure is a table (row and
column headers carry the two questions), so it reads the same to everyone.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Mapping

from .html import to_html, verdict_chip

# (knowledge row, behaviour column) -> (the verdicts placed there, the words, whether the
# verdicts are steps to take in order (drawn with arrows) or alternatives)
CELLS: Mapping[tuple[str, str], tuple[tuple[str, ...], str, bool]] = {
    ("has", "fine"): (("prompting",), "model-cell-prompting", False),
    ("has", "short"): (("constrained-output", "stronger-model", "fine-tuning"), "model-cell-behaviour", True),
    ("lacks", "fine"): (("rag", "tool-calls", "prompting"), "model-cell-knowledge", False),
    ("lacks", "short"): (("fine-tuning-and-rag",), "model-cell-both", False),
}
ROWS = ("has", "lacks")
COLUMNS = ("fine", "short")


def chip(texts: Mapping[str, str], verdict: str) -> str:
    """A verdict's chip (icon and short name) as HTML, for a sentence or a table cell."""
    return to_html(verdict_chip(texts, verdict))


def mental_model(texts: Mapping[str, str]) -> str:
    """The figure: a two-by-two table of the gaps with the verdicts placed on it, and a caption."""
    figure = ET.Element("figure", {"class": "dt-model"})
    table = ET.SubElement(figure, "table", {"class": "dt-model-table"})
    head = ET.SubElement(ET.SubElement(table, "thead"), "tr")
    ET.SubElement(head, "td", {"class": "dt-model-corner"}).text = texts["model-axes"]
    for column in COLUMNS:
        ET.SubElement(head, "th", {"scope": "col"}).text = texts[f"model-behaviour-{column}"]
    body = ET.SubElement(table, "tbody")
    for row in ROWS:
        line = ET.SubElement(body, "tr")
        ET.SubElement(line, "th", {"scope": "row"}).text = texts[f"model-knowledge-{row}"]
        for column in COLUMNS:
            verdicts, words, in_order = CELLS[(row, column)]
            cell = ET.SubElement(line, "td", {"class": f"dt-model-cell dt-model-{row}-{column}"})
            chips = ET.SubElement(cell, "p", {"class": "dt-model-chips"})
            for number, verdict in enumerate(verdicts):
                if number and in_order:
                    ET.SubElement(chips, "span", {"class": "dt-model-then", "aria-hidden": "true"}).text = " \u2192 "
                chips.append(verdict_chip(texts, verdict))
            ET.SubElement(cell, "p").text = texts[words]
    caption = ET.SubElement(figure, "figcaption")
    caption.text = texts["model-caption"] + " "
    caption.append(verdict_chip(texts, "not-ready"))
    return to_html(figure)
