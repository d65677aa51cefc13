"""The generated tables: every path (grouped by outcome), the conclusions register, the JSON format.

The tables carry no class, so the theme styles them exactly like the tables written in
Markdown; a ``data-dt-table`` attribute names them for scripts and tests instead.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import Mapping

from ..engine import Decision, paths
from ..model import Outcome, Tree
from .data import SCHEMA, schema_text
from .html import to_html, verdict_chip
from .links import Links, anchor


def paths_anchor(outcome_id: str) -> str:
    """The anchor of the paths that reach an outcome: ``paths-<id>``."""
    return f"paths-{outcome_id}"


def paths_table(tree: Tree, links: Links, texts: Mapping[str, str]) -> str:
    """Every path, one closed section per outcome: the answers given, in the order asked.

    Closed by default, so the page stays a reference; a reader opens the outcome they want.
    Kept out of the search index (hundreds of rows of the same phrases) and out of print.
    """
    every = list(paths(tree))
    root = ET.Element("div", {"class": "dt-paths", "data-search-exclude": ""})
    intro = ET.SubElement(root, "p", {"class": "dt-paths-intro"})
    intro.text = texts["paths-intro"].format(count=len(every), version=tree.version)
    ET.SubElement(root, "p", {"class": "dt-print-note"}).text = texts["paths-print-note"]
    for outcome in tree.outcomes:
        reaching = [d for d in every if d.result.id == outcome.id]
        root.append(_outcome_paths(outcome, reaching, texts))
    return to_html(root)


def conclusions_table(tree: Tree, links: Links, texts: Mapping[str, str]) -> str:
    """The register: each conclusion's id, a link to it, and the outcomes that cite it."""
    table = _table("conclusions", (texts["table-conclusion-id"], texts["table-conclusion"], texts["table-cited-by"]), texts["table-label-conclusions"], texts)
    body = ET.SubElement(table, "tbody")
    for conclusion in tree.conclusions:
        row = ET.SubElement(body, "tr")
        ET.SubElement(ET.SubElement(row, "td"), "code").text = conclusion.id
        ET.SubElement(ET.SubElement(row, "td"), "a", {"href": links.conclusions[conclusion.id]}).text = conclusion.title
        cell = ET.SubElement(row, "td")
        citing = [o for o in tree.outcomes if conclusion.id in o.conclusions]
        combining = [c for c in tree.compositions if conclusion.id in c.conclusions]
        if not citing and not combining:
            cell.text = texts["table-background"]
        cited = [(links.outcomes[o.id], o.title) for o in citing] + [(links.compositions[c.id], c.title) for c in combining]
        for number, (href, title) in enumerate(cited):
            link = ET.SubElement(cell, "a", {"href": href})
            link.text = title
            link.tail = ", " if number < len(cited) - 1 else ""
    return to_html(table)


def schema_table(texts: Mapping[str, str]) -> str:
    """The JSON export's fields, types and meanings."""
    table = _table("schema", (texts["table-field"], texts["table-type"], texts["table-meaning"]), texts["table-label-schema"], texts)
    body = ET.SubElement(table, "tbody")
    for field, kind in SCHEMA:
        row = ET.SubElement(body, "tr")
        _field_name(ET.SubElement(ET.SubElement(row, "td"), "code"), field)
        ET.SubElement(ET.SubElement(row, "td"), "code").text = kind  # a JSON type name
        ET.SubElement(row, "td").text = texts[schema_text(field)].replace("`", "")
    return to_html(table)


# Helper functions --------------------------------------------------------------------


def _table(name: str, headings: tuple[str, ...], label: str, texts: Mapping[str, str]) -> ET.Element:
    """A table named for the page's script, which names the box it scrolls in by ``label`` when
    it is wider than the screen."""
    table = ET.Element("table", {"data-dt-table": name, "data-dt-label": texts["table-scrolls"].format(table=label)})
    head = ET.SubElement(ET.SubElement(table, "thead"), "tr")
    for title in headings:
        ET.SubElement(head, "th", {"scope": "col"}).text = title
    return table


def _outcome_paths(outcome: Outcome, reaching: list[Decision], texts: Mapping[str, str]) -> ET.Element:
    details = ET.Element("details", {"class": "dt-paths-group", "id": paths_anchor(outcome.id), "data-outcome": outcome.id})
    summary = ET.SubElement(details, "summary")
    summary.append(verdict_chip(texts, outcome.verdict))
    ET.SubElement(summary, "span", {"class": "dt-paths-title"}).text = f" {outcome.title}"
    ET.SubElement(summary, "span", {"class": "dt-paths-count"}).text = f" {texts['paths-count'].format(count=len(reaching))}"
    ET.SubElement(ET.SubElement(details, "p"), "a", {"href": f"#{anchor('outcome', outcome.id)}"}).text = texts["paths-to-card"]
    table = _table("paths", (texts["table-number"], texts["table-answers"]), texts["table-label-paths"].format(outcome=outcome.title), texts)
    body = ET.SubElement(table, "tbody")
    for number, decision in enumerate(reaching, start=1):
        row = ET.SubElement(body, "tr")
        ET.SubElement(row, "td").text = str(number)
        answers = ET.SubElement(ET.SubElement(row, "td"), "ol", {"class": "dt-path-answers"})
        for step in (s for s in decision.path if not s.question.is_checklist):  # as the diagram draws them
            item = ET.SubElement(answers, "li")
            item.text = f"{step.question.title} "
            ET.SubElement(item, "strong").text = texts["checklist-join"].join(o.short for o in step.options)
    details.append(table)
    return details


def _field_name(code: ET.Element, field: str) -> None:
    """A field name that may break only after a dot or ``[]``, never inside a word.

    >>> element = ET.Element("code"); _field_name(element, "questions[].options[].label"); ET.tostring(element).decode()
    '<code>questions[]<wbr />.options[]<wbr />.label</code>'
    """
    parts = re.split(r"(?<=\])(?=\.)", field)
    code.text = parts[0]
    for part in parts[1:]:
        ET.SubElement(code, "wbr").tail = part
