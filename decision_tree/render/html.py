"""HTML renderings built with ElementTree, so every text is escaped by construction.

- ``outline``: the whole tree as linked text (the diagram's text equivalent, and the quiz
  without JavaScript): one section per question whose answers link to the next node.
- ``paths_table``: every root-to-outcome path in one table.
- ``conclusions_table``: the register of conclusions and the outcomes that cite each.
- ``legend``: what the colours of the diagram's outcome boxes mean.
- ``schema_table``: the documented JSON export format.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Iterable

from ..engine import paths
from ..model import Outcome, Question, Tree
from .data import SCHEMA
from .links import Links, anchor


def outline(tree: Tree, links: Links, heading: str = "h3") -> str:
    """The tree as text: questions in order, each answer a link to where it leads."""
    return _html(outline_element(tree, links, heading))


def outline_element(tree: Tree, links: Links, heading: str = "h3") -> ET.Element:
    """The outline as an element, for renderings that embed it."""
    root = ET.Element("div", {"class": "dt-outline"})
    for question in tree.questions:
        root.append(_question_section(tree, question, heading))
    for outcome in tree.outcomes:
        root.append(_outcome_section(tree, outcome, links, heading))
    return root


def paths_table(tree: Tree, links: Links) -> str:
    """A table of every path: the answers given and the outcome reached."""
    # Kept out of the search index: 85 rows of the same phrases would drown real results.
    table = ET.Element("table", {"class": "dt-paths", "data-search-exclude": ""})
    ET.SubElement(table, "caption").text = f"All {sum(1 for _ in paths(tree))} paths through tree version {tree.version}"
    head = ET.SubElement(ET.SubElement(table, "thead"), "tr")
    for title in ("#", "Answers, in the order asked", "Outcome"):
        ET.SubElement(head, "th", {"scope": "col"}).text = title
    body = ET.SubElement(table, "tbody")
    for number, decision in enumerate(paths(tree), start=1):
        row = ET.SubElement(body, "tr")
        ET.SubElement(row, "td").text = str(number)
        answers = ET.SubElement(ET.SubElement(row, "td"), "ol", {"class": "dt-path-answers"})
        for step in (s for s in decision.path if not s.question.is_checklist):  # as the diagram labels them
            item = ET.SubElement(answers, "li")
            item.text = f"{step.question.title} "
            ET.SubElement(item, "strong").text = step.option.id.replace("-", " ")
        cell = ET.SubElement(row, "td")
        ET.SubElement(cell, "a", {"href": f"#{anchor('outcome', decision.outcome.id)}"}).text = decision.outcome.title
    return _html(table)


def conclusions_table(tree: Tree, links: Links) -> str:
    """The register: each conclusion's id, a link to it, and the outcomes that cite it."""
    table = ET.Element("table", {"class": "dt-conclusions"})
    head = ET.SubElement(ET.SubElement(table, "thead"), "tr")
    for title in ("Conclusion id", "Conclusion", "Cited by outcomes"):
        ET.SubElement(head, "th", {"scope": "col"}).text = title
    body = ET.SubElement(table, "tbody")
    for conclusion in tree.conclusions:
        row = ET.SubElement(body, "tr")
        ET.SubElement(ET.SubElement(row, "td"), "code").text = conclusion.id
        ET.SubElement(ET.SubElement(row, "td"), "a", {"href": links.conclusions[conclusion.id]}).text = conclusion.title
        citing = [o.title for o in tree.outcomes if conclusion.id in o.conclusions]
        ET.SubElement(row, "td").text = ", ".join(citing) or "none (background)"
    return _html(table)


def legend(tree: Tree) -> str:
    """What the colours of the diagram's outcome boxes mean: one entry per verdict in use."""
    root = ET.Element("div", {"class": "dt-legend"})
    ET.SubElement(root, "p", {"class": "dt-legend-title", "id": "dt-legend-title"}).text = "Outcome colours"
    listing = ET.SubElement(root, "ul", {"aria-labelledby": "dt-legend-title"})
    for verdict in dict.fromkeys(o.verdict for o in tree.outcomes):
        ET.SubElement(listing, "li", {"class": f"dt-verdict-{verdict}"}).text = tree.verdict_label(verdict)
    return _html(root)


def schema_table() -> str:
    """The JSON export's fields, types and meanings."""
    table = ET.Element("table", {"class": "dt-schema"})
    head = ET.SubElement(ET.SubElement(table, "thead"), "tr")
    for title in ("Field", "Type", "Meaning"):
        ET.SubElement(head, "th", {"scope": "col"}).text = title
    body = ET.SubElement(table, "tbody")
    for field, kind, meaning in SCHEMA:
        row = ET.SubElement(body, "tr")
        ET.SubElement(ET.SubElement(row, "td"), "code").text = field
        ET.SubElement(row, "td").text = kind
        ET.SubElement(row, "td").text = meaning.replace("`", "")
    return _html(table)


# Helper functions --------------------------------------------------------------------


def _question_section(tree: Tree, question: Question, heading: str) -> ET.Element:
    section = ET.Element("section", {"class": "dt-outline-question", "id": anchor("question", question.id)})
    ET.SubElement(section, heading).text = question.text
    ET.SubElement(section, "p", {"class": "dt-why"}).text = question.why
    answers = ET.SubElement(section, "ul", {"class": "dt-outline-answers"})
    if question.is_checklist:
        _checklist_answers(tree, question, section, answers)
        return section
    for option in question.options:
        target = tree.node(option.next)
        kind = "question" if isinstance(target, Question) else "outcome"
        item = ET.SubElement(answers, "li")
        ET.SubElement(item, "a", {"href": f"#{anchor(kind, option.next)}"}).text = option.label
        ET.SubElement(item, "span", {"class": "dt-leads-to"}).text = f" \u2192 {target.title}"  # type: ignore[union-attr]
    return section


def _outcome_section(tree: Tree, outcome: Outcome, links: Links, heading: str) -> ET.Element:
    section = ET.Element(
        "section",
        {"class": f"dt-outline-outcome dt-verdict-{outcome.verdict}", "id": anchor("outcome", outcome.id), "data-verdict": outcome.verdict},
    )
    ET.SubElement(section, heading).text = f"Outcome: {outcome.title}"
    verdict = ET.SubElement(section, "p", {"class": "dt-verdict"})
    ET.SubElement(verdict, "strong").text = "Verdict: "
    ET.SubElement(verdict, "span").text = tree.verdict_label(outcome.verdict)
    ET.SubElement(section, "p", {"class": "dt-headline"}).text = outcome.headline
    for title, items in (("Why", outcome.reasons), ("Caveats", outcome.caveats), ("Next steps", outcome.next_steps)):
        _titled_list(section, title, items)
    if outcome.checklists:
        then = ET.SubElement(section, "p", {"class": "dt-then-asks"})
        ET.SubElement(then, "strong").text = "Then asks: "
        _joined_links(then, ((f"#{anchor('question', c)}", tree.question(c).title) for c in outcome.checklists))  # type: ignore[union-attr]
    documented = ET.SubElement(section, "p", {"class": "dt-rests-on"})
    ET.SubElement(documented, "strong").text = "Rests on: "
    _joined_links(documented, ((links.conclusions[c], tree.conclusion(c).title) for c in outcome.conclusions))  # type: ignore[union-attr]
    return section


def _checklist_answers(tree: Tree, question: Question, section: ET.Element, answers: ET.Element) -> None:
    """A checklist's answers with the next step each adds, and the outcomes that ask it."""
    for option in question.options:
        item = ET.SubElement(answers, "li")
        ET.SubElement(item, "strong").text = option.label
        if option.next_step:
            ET.SubElement(item, "span", {"class": "dt-leads-to"}).text = f" \u2192 {option.next_step}"
    asked = ET.SubElement(section, "p", {"class": "dt-asked-after"})
    ET.SubElement(asked, "strong").text = "Asked after: "
    askers = [o for o in tree.outcomes if question.id in o.checklists]
    _joined_links(asked, ((f"#{anchor('outcome', o.id)}", o.title) for o in askers))


def _titled_list(parent: ET.Element, title: str, items: Iterable[str]) -> None:
    items = tuple(items)
    if not items:
        return
    ET.SubElement(parent, "p", {"class": "dt-list-title"}).text = title
    listing = ET.SubElement(parent, "ul")
    for text in items:
        ET.SubElement(listing, "li").text = text


def _joined_links(parent: ET.Element, links: Iterable[tuple[str, str]]) -> None:
    previous = None
    for href, text in links:
        if previous is not None:
            previous.tail = "; "
        previous = ET.SubElement(parent, "a", {"href": href})
        previous.text = text


def _html(element: ET.Element) -> str:
    return ET.tostring(element, encoding="unicode", method="html")
