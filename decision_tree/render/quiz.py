"""The quiz's markup: a container carrying the tree data, the static skeleton the quiz script
fills in, and the linked-text tree as the fallback that works without JavaScript.

Every text a reader sees comes from the catalogue's ``ui`` table: fixed text sits in the
skeleton, and the templates the script fills in (``{name}`` marks a value) travel in a data-
attribute. The skeleton is hidden until the script mounts; then a class the script sets on the
container hides the fallback, and nothing else does.

The result is laid out around the decision: the verdict panel (saying how many answers it rests
on that the reader was not sure of), the actions that keep it, its parts, the assumptions to
check, how each part will be known to work (its evaluation plan), the next steps, "Your answers" (the decisive ones marked), then the full reasoning (why,
the rivals ruled out, caveats, conclusions, sources) and "What would change this" folded away.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from types import MappingProxyType
from typing import Any, Mapping

from ..engine import paths
from ..model import Tree
from .cost_form import cost_section
from .data import quiz_data
from .held import held_results
from .html import outline_element
from .links import Links

# The lists of the result, in the order shown: (part name the script fills, heading's text key).
RESULT_LISTS: tuple[tuple[str, str], ...] = (
    ("parts", "md-parts"), ("assumptions", "md-assumptions"), ("plan", "md-plan"), ("next-steps", "md-next-steps"),
)
REASONING_LISTS: tuple[tuple[str, str], ...] = (
    ("reasons", "md-why"),
    ("rivals", "md-rivals"),
    ("caveats", "md-caveats"),
    ("conclusions", "md-conclusions"),
    ("sources", "md-sources"),
)
ACTIONS: tuple[str, ...] = ("copy-link", "copy-snippet", "export-record", "print")


def quiz_markup(
    tree: Tree,
    links: Links,
    guide_version: str,
    texts: Mapping[str, str],
    carried: Mapping[int, Any] = MappingProxyType({}),
    published: Mapping[int, Tree] = MappingProxyType({}),
) -> str:
    """The quiz container; data and the interface texts travel in data- attributes (instant
    navigation safe). ``published`` (older versions by number) lets the fallback explain, without
    JavaScript, the result a permalink of any published version holds.

    Search leaves it out: its texts are the interface's, filled in by the script, and a text
    version of the tree whose place in search is the tree page."""
    root = ET.Element(
        "div",
        {
            "class": "dt-quiz",
            "data-dt-quiz": "",
            "data-search-exclude": "",
            "data-tree": _json(quiz_data(tree, links, guide_version, carried)),
            "data-texts": _json(dict(texts)),
        },
    )
    root.append(_interface(texts, links, _start(tree, texts)))
    root.append(_fallback(tree, links, texts, carried, published))
    return ET.tostring(root, encoding="unicode", method="html")


# The interface ---------------------------------------------------------------------------


def _interface(ui: Mapping[str, str], links: Links, start: ET.Element) -> ET.Element:
    """The skeleton the script fills in, hidden until it mounts."""
    app = _part("div", "app", {"class": "dt-quiz-app", "hidden": ""})
    app.append(_part("div", "print-header", {"class": "dt-print-header"}))
    app.append(_part("div", "notice", {"class": "dt-notice", "role": "alert", "tabindex": "-1"}))  # focused when a link has problems
    app.append(_part("p", "live", {"class": "dt-visually-hidden", "aria-live": "polite"}))
    undo = _part("p", "undo", {"class": "dt-undo", "hidden": ""})
    ET.SubElement(undo, "span").text = ui["undo-text"] + " "
    _button(undo, ui["undo"], action="undo", classes="dt-button")
    app.extend((undo, start, _step(ui), _result(ui, links), _summary(ui)))
    return app


def _start(tree: Tree, ui: Mapping[str, str]) -> ET.Element:
    """What the reader is in for, before the first answer: how many questions a need usually
    asks and at most (counted on the tree's paths), and what to have at hand. Hidden by the
    style sheet once an answer is given."""
    lengths = sorted(len(decision.path) for decision in paths(tree))
    start = ET.Element("p", {"class": "dt-start"})
    start.text = ui["start"].format(typical=lengths[len(lengths) // 2], most=lengths[-1])
    return start


def _step(ui: Mapping[str, str]) -> ET.Element:
    """One question: Back above it, progress, the question as the legend's heading, its answers, Continue."""
    form = _part("form", "step", {"class": "dt-step", "novalidate": ""})
    back = ET.SubElement(form, "p", {"class": "dt-back"})
    _button(back, ui["back"], action="back", part="back", classes="dt-link dt-back-link")
    form.append(_part("p", "progress", {"class": "dt-progress"}))
    fieldset = _part("fieldset", "fieldset", {"class": "dt-fieldset", "aria-describedby": "dt-quiz-why"})
    legend = ET.SubElement(fieldset, "legend", {"class": "dt-question-legend"})
    legend.append(_part("h2", "question", {"class": "dt-question", "tabindex": "-1"}))
    fieldset.append(_part("p", "why", {"class": "dt-why", "id": "dt-quiz-why"}))
    error = _part("p", "error", {"class": "dt-error", "id": "dt-quiz-error", "hidden": ""})
    ET.SubElement(error, "span", {"class": "dt-visually-hidden"}).text = ui["error-prefix"]
    error.append(_part("span", "error-text", {}))
    fieldset.extend((error, _part("div", "options", {"class": "dt-options"})))
    form.append(fieldset)
    buttons = ET.SubElement(form, "div", {"class": "dt-buttons"})
    _button(buttons, ui["continue"], part="continue", type="submit", classes="dt-button dt-button--primary")
    return form


def _result(ui: Mapping[str, str], links: Links) -> ET.Element:
    """The verdict panel, what the current tree says of an old link, the actions, then the rest
    (the cost estimate after the next steps)."""
    result = _part("section", "result", {"class": "dt-result", "aria-labelledby": "dt-quiz-result-title", "hidden": ""})
    back = ET.SubElement(result, "p", {"class": "dt-back"})
    _button(back, ui["back"], action="back", part="result-back", classes="dt-link dt-back-link")
    result.extend((_panel(ui), _drift(ui), _actions(ui)))
    for name, title in RESULT_LISTS:
        result.append(_titled_list(name, ui[title], hint=ui[f"{name}-hint"] if f"{name}-hint" in ui else ""))
    result.append(cost_section(ui, links))
    reasoning = _part("details", "reasoning", {"class": "dt-more"})
    ET.SubElement(reasoning, "summary").text = ui["reasoning"]
    for name, title in REASONING_LISTS:
        reasoning.append(_titled_list(name, ui[title], hint=ui[f"{name}-hint"] if f"{name}-hint" in ui else ""))
    changes = _part("details", "changes", {"class": "dt-more dt-changes"})
    ET.SubElement(changes, "summary").text = ui["md-what-would-change"]
    ET.SubElement(changes, "p", {"class": "dt-hint"}).text = ui["changes-hint"]
    changes.append(_part("div", "alternatives", {"class": "dt-alternatives"}))
    permalink = ET.Element("p", {"class": "dt-permalink"})
    ET.SubElement(permalink, "strong").text = ui["label-permalink"]
    permalink.append(_part("a", "permalink", {"href": ""}))
    result.extend((reasoning, changes, permalink))
    return result


def _panel(ui: Mapping[str, str]) -> ET.Element:
    """The verdict panel: whose result it is, the outcome, its verdict and headline, the versions."""
    panel = ET.Element("div", {"class": "dt-panel"})
    panel.append(_part("p", "kicker", {"class": "dt-result-kicker"}))
    panel.append(_part("h2", "title", {"class": "dt-result-title", "id": "dt-quiz-result-title", "tabindex": "-1"}))
    verdict = ET.SubElement(panel, "p", {"class": "dt-verdict"})
    ET.SubElement(verdict, "strong").text = ui["label-verdict"]
    verdict.append(_part("span", "verdict", {}))
    panel.append(_part("p", "headline", {"class": "dt-headline"}))
    panel.append(_part("p", "unchecked", {"class": "dt-unchecked", "hidden": ""}))
    panel.append(_part("p", "version", {"class": "dt-result-version"}))
    own = _part("p", "start-own", {"class": "dt-start-own", "hidden": ""})
    _button(own, ui["start-own"], action="start-own", classes="dt-button dt-button--primary")
    panel.append(own)
    return panel


def _drift(ui: Mapping[str, str]) -> ET.Element:
    """For a link made with an older version: what the current tree says of the same answers."""
    drift = _part("section", "drift", {"class": "dt-drift", "aria-labelledby": "dt-quiz-drift-title", "hidden": ""})
    ET.SubElement(drift, "h3", {"id": "dt-quiz-drift-title"}).text = ui["drift-heading"]
    drift.append(_part("div", "drift-lines", {"class": "dt-drift-lines"}))
    buttons = ET.SubElement(drift, "p", {"class": "dt-buttons"})
    _button(buttons, ui["drift-continue"], action="drift-continue", part="drift-continue", classes="dt-button dt-button--primary")
    _button(buttons, ui["drift-open-current"], action="drift-continue", part="drift-open-current", classes="dt-button dt-button--primary")
    return drift


def _actions(ui: Mapping[str, str]) -> ET.Element:
    """Copy link, Copy for design doc, Export decision record, Print; and the box shown when copying fails."""
    keep = _part("div", "actions", {"class": "dt-actions", "role": "group", "aria-label": ui["actions-label"]})
    buttons = ET.SubElement(keep, "div", {"class": "dt-buttons"})
    for action in ACTIONS:
        # A phone shows the short label, a word of the full one, which stays the button's name.
        button = ET.SubElement(buttons, "button", {"type": "button", "class": "dt-button", "data-dt-action": action, "data-dt-part": action})
        ET.SubElement(button, "span", {"class": "dt-action-full"}).text = ui[action]
        ET.SubElement(button, "span", {"class": "dt-action-short", "aria-hidden": "true"}).text = ui[f"action-short-{action}"]
    box = _part("div", "copy-box", {"class": "dt-copy-box", "hidden": ""})
    ET.SubElement(box, "label", {"for": "dt-quiz-copy-text"}).text = ui["copy-box-label"]
    box.append(_part("textarea", "copy-text", {"id": "dt-quiz-copy-text", "class": "dt-copy-text", "rows": "8", "readonly": ""}))
    keep.append(box)
    return keep


def _titled_list(name: str, title: str, hint: str = "") -> ET.Element:
    """A heading, an optional hint and an empty list; the script hides the block when the list stays empty."""
    block = ET.Element("div", {"class": f"dt-result-block dt-result-{name}"})
    ET.SubElement(block, "h3").text = title
    if hint:
        ET.SubElement(block, "p", {"class": "dt-hint"}).text = hint
    block.append(_part("ul", name, {}))
    return block


def _summary(ui: Mapping[str, str]) -> ET.Element:
    """ "Your answers", each with a Change button, and Start again; the script moves it into the
    result, before the reasoning, once a result is reached."""
    summary = _part("div", "summary-block", {"class": "dt-summary"})
    answers = _part("section", "summary", {"class": "dt-answers-section", "aria-labelledby": "dt-quiz-answers-title", "hidden": ""})
    ET.SubElement(answers, "h3", {"id": "dt-quiz-answers-title"}).text = ui["txt-answers"]
    answers.append(_part("dl", "answers", {"class": "dt-answers"}))
    summary.append(answers)
    restart = _part("p", "restart", {"class": "dt-restart", "hidden": ""})
    _button(restart, ui["restart"], action="restart")
    summary.append(restart)
    return summary


# The fallback ----------------------------------------------------------------------------


def _fallback(tree: Tree, links: Links, ui: Mapping[str, str], carried: Mapping[int, Any], published: Mapping[int, Tree]) -> ET.Element:
    """The result a permalink holds (shown by CSS when the address names it), then the whole
    tree as linked text: every answer is a link to the next question or outcome."""
    fallback = ET.Element("div", {"class": "dt-quiz-fallback"})
    fallback.append(held_results(tree, ui, carried, published))
    fallback.append(outline_element(tree, links, ui, heading="h2"))
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
