"""The quiz result's cost estimate: the skeleton its script fills in (docs/javascripts/guide/
cost-view.js), and the form in which the reader changes the figures.

Each field of the cost model has a labelled text input (a number typed as text, so that a figure
that cannot be read is shown back as typed, with what was expected), grouped in fieldsets; each
group of example prices says where they were read and when. Every text comes from the catalogue.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Mapping

from ..cost.data import NO_SOURCE, CostData, cost_data
from .cost_words import month
from .links import Links

PAGE = "cost-model/"  # the page that writes the arithmetic out, from the edition's root


def cost_section(ui: Mapping[str, str], links: Links, data: CostData | None = None) -> ET.Element:
    """The estimate's block in the result: title, rows, notes, findings, inputs, and the form."""
    data = data or cost_data()
    section = _part("section", "cost", {"class": "dt-cost", "aria-labelledby": "dt-quiz-cost-title", "hidden": ""})
    ET.SubElement(section, "h3", {"id": "dt-quiz-cost-title"}).text = ui["cost-heading"]
    hint = ET.SubElement(section, "p", {"class": "dt-hint"})
    hint.text = ui["cost-hint"] + " "
    ET.SubElement(hint, "a", {"href": links.root + PAGE}).text = ui["cost-page"]
    section.append(_part("p", "cost-title", {"class": "dt-cost-title"}))
    section.append(_part("ul", "cost-rows", {"class": "dt-cost-rows"}))
    section.append(_part("div", "cost-notes", {"class": "dt-cost-notes"}))
    findings = _part("div", "cost-findings-block", {"class": "dt-cost-findings", "hidden": ""})
    ET.SubElement(findings, "h4").text = ui["cost-checks"]
    findings.append(_part("ul", "cost-findings", {}))
    section.append(findings)
    section.append(_part("p", "cost-inputs", {"class": "dt-cost-inputs"}))
    section.append(_part("p", "cost-prices", {"class": "dt-cost-inputs"}))
    section.append(_form(ui, data))
    return section


def _form(ui: Mapping[str, str], data: CostData) -> ET.Element:
    """The figures, folded away until asked for: a fieldset per group, Update and Reset."""
    details = _part("details", "cost-details", {"class": "dt-more dt-cost-change"})
    ET.SubElement(details, "summary").text = ui["cost-form"]
    form = _part("form", "cost-form", {"class": "dt-cost-form", "novalidate": ""})
    ET.SubElement(form, "p", {"class": "dt-hint"}).text = ui["cost-form-hint"]
    errors = _part("div", "cost-errors", {"class": "dt-cost-errors", "role": "alert", "hidden": ""})
    ET.SubElement(errors, "p").text = ui["cost-errors"]
    errors.append(_part("ul", "cost-error-list", {}))
    form.append(errors)
    for group in dict.fromkeys(f.group for f in data.fields):
        form.append(_group(ui, data, group))
    buttons = ET.SubElement(form, "div", {"class": "dt-buttons"})
    ET.SubElement(buttons, "button", {"type": "submit", "class": "dt-button dt-button--primary"}).text = ui["cost-apply"]
    ET.SubElement(buttons, "button", {"type": "button", "class": "dt-button", "data-dt-cost-reset": ""}).text = ui["cost-reset"]
    details.append(form)
    return details


def _group(ui: Mapping[str, str], data: CostData, group: str) -> ET.Element:
    """One fieldset: its legend, where its example prices come from, and its fields."""
    fieldset = ET.Element("fieldset", {"class": "dt-cost-group"})
    ET.SubElement(fieldset, "legend").text = ui[f"cost-group-{group}"]
    members = [f for f in data.fields if f.group == group]
    for source in dict.fromkeys(f.source for f in members if f.source):
        note = ET.SubElement(fieldset, "p", {"class": "dt-hint"})
        if source == NO_SOURCE:
            note.text = ui["cost-no-source-hint"]
        else:
            as_of = month(data.sources[source]["as-of"], ui)
            note.text = ui["cost-source-hint"].format(source=ui[f"cost-source-{source}"], month=as_of)
    fields = ET.SubElement(fieldset, "div", {"class": "dt-cost-fields"})
    for field in members:
        box = ET.SubElement(fields, "div", {"class": "dt-cost-field"})
        ET.SubElement(box, "label", {"for": f"dt-cost-{field.id}"}).text = ui[f"cost-field-{field.id}"]
        ET.SubElement(box, "input", {"id": f"dt-cost-{field.id}", "name": field.id, "type": "text", "inputmode": "decimal",
                                     "autocomplete": "off", "spellcheck": "false", "aria-describedby": f"dt-cost-{field.id}-error"})
        ET.SubElement(box, "p", {"class": "dt-cost-error", "id": f"dt-cost-{field.id}-error", "hidden": ""})
    return fieldset


def _part(tag: str, name: str, attributes: dict[str, str]) -> ET.Element:
    """An element the script finds by name (``data-dt-part``)."""
    return ET.Element(tag, {**attributes, "data-dt-part": name})
