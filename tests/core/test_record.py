"""The decision record (MADR), the citations, the results a permalink holds without JavaScript,
and the quiz's skeleton texts: every one from the catalogue."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from decision_tree import TREE, decide, paths, ui
from decision_tree.analysis import analyse
from decision_tree.permalink import fragment
from decision_tree.render.citation import Work, citation_markup, citations
from decision_tree.render.held import held_results
from decision_tree.render.links import Links
from decision_tree.render.madr import decision_record, record_filename
from decision_tree.render.quiz import quiz_markup
from decision_tree.versions import CARRIED, published

UNSURE = {"problem": "missing-knowledge", "knowledge-base": "yes", "knowledge-volume": "not-sure", "domain-fit": "ignores-instructions",
          "retrieval-needs": "cite-sources"}
SITE = "https://docs.example/guide/"
MADR_HEADINGS = ["# ", "## Context and Problem Statement", "## Decision Drivers", "## Considered Options", "## Decision Outcome",
                 "### Consequences", "### Confirmation", "### Next Steps", "## Pros and Cons of the Options", "## More Information"]


def record(answers: dict[str, str]) -> str:
    return decision_record(TREE, decide(TREE, answers), ui(), guide_version="9.9.9", date="2026-11-26", site_url=SITE)


def test_the_record_is_a_madr_document_with_its_parts_in_order() -> None:
    text = record(UNSURE)
    assert text.startswith("---\nstatus: proposed\ndate: 2026-11-26\n---\n\n# Use RAG, and fix the behaviour cheaply\n")
    headings = [line for line in text.splitlines() if line.startswith("#")]
    positions = [next(i for i, h in enumerate(headings) if h.startswith(wanted)) for wanted in MADR_HEADINGS]
    assert positions == sorted(positions)


def test_the_answers_are_the_context_and_the_alternatives_the_considered_options() -> None:
    decision = decide(TREE, UNSURE)
    result = analyse(TREE, decision)
    text = record(UNSURE)
    context = text.split("## Context and Problem Statement")[1].split("## Decision Drivers")[0]
    assert "guide version 9.9.9, decision tree version 2" in context
    assert "5. Which of these must the answers meet? Choose all that apply. \u2014 Answers must cite or link the source" in context
    options = text.split("## Considered Options\n\n")[1].split("\n\n")[0].splitlines()
    others = [g.outcome.title for g in result.groups if g.outcome and g.outcome.id != decision.outcome.id]
    assert options == [f"- {decision.outcome.title}", *[f"- {title}" for title in others]] and len(others) >= 2
    pros = text.split("## Pros and Cons of the Options")[1]
    for title in others:
        assert f"### {title}\n" in pros
    assert "- Chosen instead if: Can you build a knowledge base? \u2192 Not sure" in pros


def test_the_verdict_is_the_decision_the_caveats_its_consequences_the_assumptions_its_confirmation() -> None:
    outcome = decide(TREE, UNSURE).outcome
    text = record(UNSURE)
    assert f"Chosen option: \u201c{outcome.title}\u201d. {outcome.headline}" in text
    consequences = text.split("### Consequences\n\n")[1].split("\n\n")[0].splitlines()
    assert consequences == [f"- {caveat}" for caveat in outcome.caveats]
    confirmation = text.split("### Confirmation")[1].split("### Next Steps")[0]
    assert "Not sure (Does it fit in the prompt?). To settle it: Count the knowledge's tokens" in confirmation
    assert "- Store each passage's source id" in text.split("### Next Steps")[1]  # the checklist's next step


def test_the_record_links_the_conclusions_sources_and_permalink_and_is_dated() -> None:
    text = record(UNSURE)
    more = text.split("## More Information")[1]
    assert "[RAG is stable and traceable](https://docs.example/guide/conclusions/task-performance/#rag-is-stable-and-traceable)" in more
    assert "**Answers that would need more questions first**" in more
    assert "on 2026-11-26." in more
    assert more.endswith(f"Permalink: <{SITE}quiz/#{fragment(TREE, decide(TREE, UNSURE).answers)}>\n")
    assert record_filename(decide(TREE, UNSURE), ui(), "2026-11-26") == "decision-rag-fix-behaviour-2026-11-26.md"


def test_a_record_with_nothing_unsure_has_no_confirmation_and_every_path_renders() -> None:
    for decision in paths(TREE):
        text = decision_record(TREE, decision, ui(), guide_version="9.9.9", date="2026-11-26")
        assert ("### Confirmation" in text) == any(s.option.unsure for s in decision.path if not s.question.is_checklist)
        assert "{" not in text.replace("{{", "")  # every template slot was filled


def test_a_citation_of_the_guide_is_finished() -> None:
    work = Work(title=TREE.title, author="Team Docs", url=SITE, guide="9.9.9", tree=2)
    found = citations(work, ui(), "2026-11-26")
    assert found["plain"].endswith(f"Guide version 9.9.9, decision tree version 2. {SITE} (accessed 2026-11-26).")
    assert found["apa"].startswith("Team Docs. (2026). Fine-tuning, RAG or prompting?")
    assert "Retrieved 2026-11-26, from https://docs.example/guide/" in found["apa"]
    assert "  year = {2026},\n" in found["bibtex"] and "  urldate = {2026-11-26}\n" in found["bibtex"]
    assert found["bibtex"].startswith("@misc{fine-tuning-rag-or-prompting,\n  title = {{Fine-tuning, RAG or prompting?")
    for text in found.values():
        assert not re.search(r"<where|YYYY|\bN\b|\{[a-z]+\}", text), text


def test_a_citation_of_a_conclusion_names_it_and_escapes_for_bibtex() -> None:
    work = Work(title=TREE.title, author="R&D {team}", url=SITE + "conclusions/cost/#x", guide="9.9.9", tree=2, id="x", conclusion="100% sure")
    found = citations(work, ui(), "2026-11-26")
    assert found["plain"].startswith("\u201c100% sure\u201d (conclusion x). In: Fine-tuning, RAG or prompting?")
    assert "  author = {{R\\&D \\{team\\}}},\n" in found["bibtex"]
    assert "  title = {{100\\% sure}},\n" in found["bibtex"]
    assert "\\url{https://docs.example/guide/conclusions/cost/\\#x}" in found["bibtex"]
    assert found["bibtex"].startswith("@misc{x,\n")


def test_without_a_date_a_citation_leaves_the_date_out_rather_than_a_placeholder() -> None:
    found = citations(Work(title=TREE.title, author="", url=SITE, guide="9.9.9", tree=2), ui())
    assert "accessed" not in found["plain"] and "(n.d.)" in found["apa"] and "year" not in found["bibtex"]
    markup = citation_markup(Work(title=TREE.title, author="A", url=SITE, guide="9.9.9", tree=2), ui())
    assert markup.count("data-dt-cite-copy=") == 3 and "data-texts=" in markup


def test_without_javascript_every_published_path_has_an_entry_named_by_its_fragment() -> None:
    held = held_results(TREE, ui(), CARRIED, published())
    entries = {li.get("id"): li for li in held.iter("li")}
    v1 = published()[1]
    assert len(entries) == sum(1 for _ in paths(TREE)) + sum(1 for _ in paths(v1))
    for decision in paths(TREE):
        link = entries[fragment(TREE, decision.answers)].find("a")
        assert (link.get("href"), link.text) == (f"#outcome-{decision.outcome.id}", decision.outcome.title)
    changed = {"information-source": "stored-knowledge", "knowledge-volume": "not-sure", "knowledge-base": "yes",
               "domain-fit": "ignores-instructions", "domain-data": "yes"}
    entry = entries[fragment(v1, changed)]
    assert "".join(entry.itertext()).startswith("Tree version 1: Fine-tune and use RAG. With the current tree (version 2): ")
    assert entry.find(".//a").get("href") == "#outcome-rag-fix-behaviour"


@pytest.fixture(scope="module")
def marked_markup() -> ET.Element:
    """The quiz markup rendered with every interface text replaced by a marker naming its key."""
    marked = {key: f"\u27e6{key}\u27e7" for key in ui()}
    markup = quiz_markup(TREE, Links.for_tree(TREE, lambda p: "/" + p), "9.9.9", marked, CARRIED, published())
    return ET.fromstring(markup.replace("<br>", "<br/>").replace("hidden ", 'hidden="" '))


def test_every_text_of_the_skeleton_comes_from_the_catalogue(marked_markup: ET.Element) -> None:
    app = marked_markup.find("./div[@data-dt-part='app']")
    texts = [t.strip() for t in app.itertext() if t.strip()]
    assert texts and all(re.fullmatch(r"(\u27e6[a-z-]+\u27e7\s*)+", t) for t in texts), [t for t in texts if "\u27e6" not in t]
    labels = [el.get("aria-label") for el in app.iter() if el.get("aria-label")]
    assert all(label.startswith("\u27e6") for label in labels)
