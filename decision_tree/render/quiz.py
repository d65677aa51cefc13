"""The quiz's markup: a container carrying the tree data, the static skeleton the quiz script
fills in, and the linked-text tree as the fallback that works without JavaScript.

Every text a reader sees is here, never in the script: fixed text sits in the skeleton, and
the catalogue's ``ui`` table holds the templates the script fills in (``{name}`` marks a value). The skeleton is
hidden until the script mounts; then a class the script sets on the container hides the
fallback, and nothing else does.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from types import MappingProxyType
from typing import Any, Mapping

from ..model import Tree
from .data import quiz_data
from .html import outline_element
from .links import Links

# The result's titled lists: (part name the script fills, heading).
RESULT_LISTS: tuple[tuple[str, str], ...] = (
    ("reasons", "Why"),
    ("caveats", "Caveats"),
    ("next-steps", "Next steps"),
    ("conclusions", "Documented conclusions"),
    ("sources", "Sources"),
)


def quiz_markup(
    tree: Tree, links: Links, guide_version: str, texts: Mapping[str, str], carried: Mapping[int, Any] = MappingProxyType({})
) -> str:
    """The quiz container; data and the interface texts (the catalogue's ``ui`` table, whose
    "md-" templates are the report's own) travel in data- attributes (instant navigation safe)."""
    root = ET.Element(
        "div",
        {
            "class": "dt-quiz",
            "data-dt-quiz": "",
            "data-tree": _json(quiz_data(tree, links, guide_version, carried)),
            "data-texts": _json(dict(texts)),
        },
    )
    root.append(_interface())
    root.append(_fallback(tree, links, texts))
    return ET.tostring(root, encoding="unicode", method="html")


# The interface ---------------------------------------------------------------------------


def _interface() -> ET.Element:
    """The skeleton the script fills in, hidden until it mounts."""
    app = _part("div", "app", {"class": "dt-quiz-app", "hidden": ""})
    app.append(_part("div", "notice", {"class": "dt-notice", "role": "alert"}))
    app.append(_part("p", "live", {"class": "dt-visually-hidden", "aria-live": "polite"}))
    app.extend((_step(), _result(), _summary()))
    return app


def _step() -> ET.Element:
    """One question: progress, the question as the legend's heading, its answers, the buttons."""
    form = _part("form", "step", {"class": "dt-step", "novalidate": ""})
    form.append(_part("p", "progress", {"class": "dt-progress"}))
    fieldset = _part("fieldset", "fieldset", {"class": "dt-fieldset", "aria-describedby": "dt-quiz-why"})
    legend = ET.SubElement(fieldset, "legend", {"class": "dt-legend"})
    legend.append(_part("h2", "question", {"class": "dt-question", "tabindex": "-1"}))
    fieldset.append(_part("p", "why", {"class": "dt-why", "id": "dt-quiz-why"}))
    error = _part("p", "error", {"class": "dt-error", "id": "dt-quiz-error", "hidden": ""})
    ET.SubElement(error, "span", {"class": "dt-visually-hidden"}).text = "Error: "
    ET.SubElement(error, "span").text = "Select an answer to continue."
    fieldset.extend((error, _part("div", "options", {"class": "dt-options"})))
    form.append(fieldset)
    buttons = ET.SubElement(form, "div", {"class": "dt-buttons"})
    _button(buttons, "Continue", part="continue", type="submit", classes="dt-button dt-button--primary")
    _button(buttons, "Back", action="back", part="back")
    return form


def _result() -> ET.Element:
    """The outcome, why, what next, what would change it, and the ways to keep it."""
    result = _part("section", "result", {"class": "dt-result", "aria-labelledby": "dt-quiz-result-title", "hidden": ""})
    ET.SubElement(result, "p", {"class": "dt-result-kicker"}).text = "Your result"
    result.append(_part("h2", "title", {"class": "dt-result-title", "id": "dt-quiz-result-title", "tabindex": "-1"}))
    verdict = ET.SubElement(result, "p", {"class": "dt-verdict"})
    ET.SubElement(verdict, "strong").text = "Verdict: "
    verdict.append(_part("span", "verdict", {}))
    result.append(_part("p", "headline", {"class": "dt-headline"}))
    for name, title in RESULT_LISTS:
        result.append(_titled_list(name, title))
    result.append(_alternatives())
    result.append(_keep())
    return result


def _titled_list(name: str, title: str) -> ET.Element:
    """A heading and an empty list; the script hides the pair when the list stays empty."""
    block = ET.Element("div", {"class": f"dt-result-block dt-result-{name}"})
    ET.SubElement(block, "h3").text = title
    block.append(_part("ul", name, {}))
    return block


def _alternatives() -> ET.Element:
    """ "What would change this": one button per other answer on the path."""
    block = _titled_list("alternatives", "What would change this")
    intro = ET.Element("p", {"class": "dt-hint"})
    intro.text = "Each line changes one of your answers and says where that leads; choose one to see it."
    block.insert(1, intro)
    return block


def _keep() -> ET.Element:
    """Version, permalink, the copy and print buttons, and the box shown when copying fails."""
    keep = ET.Element("div", {"class": "dt-keep"})
    keep.append(_part("p", "version", {"class": "dt-result-version"}))
    permalink = ET.SubElement(keep, "p", {"class": "dt-permalink"})
    ET.SubElement(permalink, "strong").text = "Permalink: "
    permalink.append(_part("a", "permalink", {"href": ""}))
    actions = ET.SubElement(keep, "div", {"class": "dt-buttons dt-actions"})
    _button(actions, "Copy link", action="copy-link")
    _button(actions, "Copy for design doc", action="copy-snippet")
    _button(actions, "Print", action="print")
    box = _part("div", "copy-box", {"class": "dt-copy-box", "hidden": ""})
    ET.SubElement(box, "label", {"for": "dt-quiz-copy-text"}).text = "Text to copy (select all, then copy):"
    box.append(_part("textarea", "copy-text", {"id": "dt-quiz-copy-text", "class": "dt-copy-text", "rows": "8", "readonly": ""}))
    keep.append(box)
    return keep


def _summary() -> ET.Element:
    """ "Your answers", each with a Change button, and Start again."""
    summary = ET.Element("div", {"class": "dt-summary"})
    answers = _part("section", "summary", {"class": "dt-answers-section", "aria-labelledby": "dt-quiz-answers-title", "hidden": ""})
    ET.SubElement(answers, "h2", {"id": "dt-quiz-answers-title"}).text = "Your answers"
    answers.append(_part("dl", "answers", {"class": "dt-answers"}))
    summary.append(answers)
    restart = _part("p", "restart", {"class": "dt-restart", "hidden": ""})
    _button(restart, "Start again", action="restart")
    summary.append(restart)
    return summary


# The fallback ----------------------------------------------------------------------------


def _fallback(tree: Tree, links: Links, texts: Mapping[str, str]) -> ET.Element:
    """The whole tree as linked text: every answer is a link to the next question or outcome."""
    fallback = ET.Element("div", {"class": "dt-quiz-fallback"})
    ET.SubElement(fallback, "p").text = (
        "Start at the first question and follow the links: each answer leads to the next question or to an outcome."
    )
    fallback.append(outline_element(tree, links, texts, heading="h2"))
    return fallback


# Helper functions ------------------------------------------------------------------------


def _part(tag: str, name: str, attributes: dict[str, str]) -> ET.Element:
    """An element the script finds by name (``data-dt-part``)."""
    return ET.Element(tag, {**attributes, "data-dt-part": name})


def _button(
    parent: ET.Element, text: str, *, action: str = "", part: str = "", type: str = "button", classes: str = "dt-button"
) -> None:
    """A button; ``action`` names what the script does on click, ``part`` lets it find the button."""
    attributes = {"type": type, "class": classes}
    attributes.update({"data-dt-action": action} if action else {})
    attributes.update({"data-dt-part": part} if part else {})
    ET.SubElement(parent, "button", attributes).text = text


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
