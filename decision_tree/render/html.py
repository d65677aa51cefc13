"""HTML renderings built with ElementTree, so every text is escaped by construction.

- ``outline``: the whole tree as linked text (the diagram's text equivalent, and the quiz
  without JavaScript): a heading per question whose answers link to the next node, and a card
  per outcome. Headings carry the node's anchor and a permalink, and ``outline_toc`` lists them
  for the page's table of contents.
- ``legend``: what marks each verdict in the diagram: icon, short name and colour.

Every reader-facing word comes from the interface texts (the catalogue's ``ui`` table).
The tables live in :mod:`.tables`.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Iterable, Literal, Mapping

from ..model import Composition, Outcome, Question, Tree
from .verdicts import VERDICT_ICONS, verdict_name
from .links import Links, anchor

Part = Literal["all", "questions", "outcomes"]


def outline(tree: Tree, links: Links, texts: Mapping[str, str], heading: str = "h3", part: Part = "all") -> str:
    """The tree as text: questions in order, each answer a link to where it leads; then the
    outcomes. Each heading has a permalink (¶), as the page's own headings do."""
    root = outline_element(tree, links, texts, heading, part)
    for section in root.findall("./section"):
        headerlink(section.find(f"./{heading}"), section.get("id", ""), texts)  # type: ignore[arg-type]
    return to_html(root)


def outline_element(tree: Tree, links: Links, texts: Mapping[str, str], heading: str = "h3", part: Part = "all") -> ET.Element:
    """The outline as an element, for renderings that embed it (the quiz without JavaScript)."""
    root = ET.Element("div", {"class": "dt-outline"})
    if part in ("all", "questions"):
        root.extend(_question_section(tree, q, texts, heading) for q in tree.questions)
    if part in ("all", "outcomes"):
        root.extend(_outcome_section(tree, o, links, texts, heading) for o in tree.outcomes)
        root.extend(_composition_section(tree, c, links, texts, heading) for c in tree.compositions)
    return root


def outline_toc(tree: Tree, part: Part = "all") -> list[tuple[str, str]]:
    """The outline's headings as (anchor, title) pairs, in page order, for a table of contents."""
    entries = []
    if part in ("all", "questions"):
        entries += [(anchor("question", q.id), q.title) for q in tree.questions]
    if part in ("all", "outcomes"):
        entries += [(anchor("outcome", o.id), o.title) for o in tree.outcomes]
        entries += [(anchor("composition", c.id), c.title) for c in tree.compositions]
    return entries


def verdict_chip(texts: Mapping[str, str], verdict: str, tag: str = "span") -> ET.Element:
    """A verdict's icon and short name, marked with its colour class: never colour alone."""
    chip = ET.Element(tag, {"class": f"dt-chip dt-verdict-{verdict}", "data-verdict": verdict})
    ET.SubElement(chip, "span", {"class": "dt-chip-icon", "aria-hidden": "true"}).text = VERDICT_ICONS[verdict]
    ET.SubElement(chip, "span", {"class": "dt-chip-name"}).text = verdict_name(texts, verdict)
    return chip


def legend(tree: Tree, texts: Mapping[str, str]) -> str:
    """What marks each verdict in the diagram's outcome boxes: one entry per verdict in use."""
    root = ET.Element("div", {"class": "dt-legend"})
    ET.SubElement(root, "p", {"class": "dt-legend-title", "id": "dt-legend-title"}).text = texts["legend-title"]
    listing = ET.SubElement(root, "ul", {"aria-labelledby": "dt-legend-title"})
    for verdict in dict.fromkeys(o.verdict for o in tree.outcomes):
        item = ET.SubElement(listing, "li", {"class": f"dt-verdict-{verdict}"})
        item.append(verdict_chip(texts, verdict))
        ET.SubElement(item, "span", {"class": "dt-legend-label"}).text = tree.verdict_label(verdict)
    return to_html(root)


def headerlink(parent: ET.Element, node_anchor: str, texts: Mapping[str, str]) -> None:
    """The ¶ permalink a Markdown heading gets, for a generated heading."""
    link = ET.SubElement(parent, "a", {"class": "headerlink", "href": f"#{node_anchor}", "title": texts["permalink-title"]})
    link.text = "\u00b6"


# Helper functions --------------------------------------------------------------------


def _heading(section: ET.Element, heading: str, node_anchor: str, title: str) -> None:
    """The section carries the anchor: links land on the whole question or card."""
    section.set("id", node_anchor)
    ET.SubElement(section, heading, {"class": "dt-outline-heading"}).text = title


def _question_section(tree: Tree, question: Question, texts: Mapping[str, str], heading: str) -> ET.Element:
    kind = "dt-outline-question" + (" dt-outline-checklist" if question.is_checklist else " dt-outline-fork" if question.is_fork else "")
    section = ET.Element("section", {"class": kind, "data-question": question.id})
    _heading(section, heading, anchor("question", question.id), question.title)
    ET.SubElement(section, "p", {"class": "dt-question-text"}).text = question.text
    ET.SubElement(section, "p", {"class": "dt-why"}).text = question.why
    answers = ET.SubElement(section, "ul", {"class": "dt-outline-answers"})
    if question.is_checklist:
        _checklist_answers(tree, question, section, answers, texts)
        return section
    for option in question.options:
        target = tree.node(option.next)
        kind = "question" if isinstance(target, Question) else "outcome"
        item = ET.SubElement(answers, "li")
        ET.SubElement(item, "a", {"href": f"#{anchor(kind, option.next)}"}).text = option.label
        ET.SubElement(item, "span", {"class": "dt-leads-to"}).text = f" \u2192 {target.title}"  # type: ignore[union-attr]
    return section


def _outcome_section(tree: Tree, outcome: Outcome, links: Links, texts: Mapping[str, str], heading: str) -> ET.Element:
    section = ET.Element("section", {"class": f"dt-outline-outcome dt-verdict-{outcome.verdict}", "data-verdict": outcome.verdict})
    _heading(section, heading, anchor("outcome", outcome.id), texts["outline-outcome"].format(title=outcome.title))
    verdict = ET.SubElement(section, "p", {"class": "dt-verdict"})
    ET.SubElement(verdict, "strong").text = texts["outline-verdict"]
    verdict.append(verdict_chip(texts, outcome.verdict))
    ET.SubElement(verdict, "span", {"class": "dt-verdict-label"}).text = f" {tree.verdict_label(outcome.verdict)}"
    ET.SubElement(section, "p", {"class": "dt-headline"}).text = outcome.headline
    documented = ET.SubElement(section, "p", {"class": "dt-rests-on"})
    ET.SubElement(documented, "strong").text = texts["outline-rests-on"]
    _joined_links(documented, ((links.conclusions[c], tree.conclusion(c).title) for c in outcome.conclusions))  # type: ignore[union-attr]
    if outcome.checklists:
        then = ET.SubElement(section, "p", {"class": "dt-then-asks"})
        ET.SubElement(then, "strong").text = texts["outline-then-asks"]
        _joined_links(then, ((f"#{anchor('question', c)}", tree.question(c).title) for c in outcome.checklists))  # type: ignore[union-attr]
    # The reasoning folds away, so the page reads as a reference; print opens it (diagram.css).
    details = ET.SubElement(section, "details", {"class": "dt-outcome-details"})
    ET.SubElement(details, "summary").text = texts["outline-details"]
    lists = (("outline-why", outcome.reasons), ("outline-caveats", outcome.caveats), ("outline-next-steps", outcome.next_steps))
    for key, items in lists:
        _titled_list(details, texts[key], items)
    return section


def _composition_section(tree: Tree, composition: Composition, links: Links, texts: Mapping[str, str], heading: str) -> ET.Element:
    """What a result gains when its parts' verdicts include all of the composition's."""
    verdict_id = composition.verdict
    section = ET.Element("section", {"class": f"dt-outline-outcome dt-outline-composition dt-verdict-{verdict_id}", "data-verdict": verdict_id})
    _heading(section, heading, anchor("composition", composition.id), texts["outline-composition"].format(title=composition.title))
    when = ET.SubElement(section, "p", {"class": "dt-when"})
    ET.SubElement(when, "strong").text = texts["outline-when"]
    when.append(ET.Element("span"))
    when[-1].text = texts["checklist-join"].join(verdict_name(texts, v) for v in composition.when)
    verdict = ET.SubElement(section, "p", {"class": "dt-verdict"})
    ET.SubElement(verdict, "strong").text = texts["outline-verdict"]
    verdict.append(verdict_chip(texts, verdict_id))
    ET.SubElement(verdict, "span", {"class": "dt-verdict-label"}).text = f" {tree.verdict_label(verdict_id)}"
    ET.SubElement(section, "p", {"class": "dt-headline"}).text = composition.headline
    documented = ET.SubElement(section, "p", {"class": "dt-rests-on"})
    ET.SubElement(documented, "strong").text = texts["outline-rests-on"]
    _joined_links(documented, ((links.conclusions[c], tree.conclusion(c).title) for c in composition.conclusions))  # type: ignore[union-attr]
    details = ET.SubElement(section, "details", {"class": "dt-outcome-details"})
    ET.SubElement(details, "summary").text = texts["outline-details"]
    for key, items in (("outline-why", composition.reasons), ("outline-next-steps", composition.next_steps)):
        _titled_list(details, texts[key], items)
    return section


def _checklist_answers(tree: Tree, question: Question, section: ET.Element, answers: ET.Element, texts: Mapping[str, str]) -> None:
    """A checklist's answers with the next step each adds, and the outcomes that ask it."""
    for option in question.options:
        item = ET.SubElement(answers, "li")
        ET.SubElement(item, "strong").text = option.label
        if option.next_step:
            ET.SubElement(item, "span", {"class": "dt-leads-to"}).text = f" \u2192 {option.next_step}"
    asked = ET.SubElement(section, "p", {"class": "dt-asked-after"})
    ET.SubElement(asked, "strong").text = texts["outline-asked-after"]
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


def to_html(element: ET.Element) -> str:
    return ET.tostring(element, encoding="unicode", method="html")
