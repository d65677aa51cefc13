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
from decision_tree.render.madr import MADR_HEADINGS, decision_record, record_filename
from decision_tree.render.quiz import quiz_markup
from decision_tree.versions import CARRIED, published

UNSURE = {"needs": "knowledge.format", "knowledge-base": "yes", "knowledge-volume": "not-sure", "change-frequency": "daily-or-weekly",
          "retrieval-where": "own-team", "behaviour-failure": "format-often", "can-constrain": "yes", "retrieval-needs": "cite-sources",
          "evaluation-data": "none"}
SITE = "https://docs.example/guide/"
QUIZ_WORDS = ("take the quiz", "the quiz again", "more questions", "answer again", "更多问题", "重新回答", "再做一遍")


def record(answers: dict[str, str]) -> str:
    return decision_record(TREE, decide(TREE, answers), ui(), guide_version="9.9.9", date="2026-11-26", site_url=SITE)


def test_the_record_is_a_madr_document_with_its_parts_in_order() -> None:
    text = record(UNSURE)
    assert text.startswith("---\nstatus: proposed\ndate: 2026-11-26\ndecision-makers:\nconsulted:\ninformed:\n---\n\n# Use RAG + Constrain the output\n")
    headings = [line for line in text.splitlines() if line.startswith("#")]
    assert [h for h in headings if h in MADR_HEADINGS] == list(MADR_HEADINGS)


def test_the_decision_drivers_are_the_decisive_answers_and_the_options_every_rival_with_why_not() -> None:
    decision = decide(TREE, UNSURE)
    result = analyse(TREE, decision)
    text = record(UNSURE)
    context = text.split("## Context and Problem Statement")[1].split("## Decision Drivers")[0]
    assert "guide version 9.9.9, decision tree version 3" in context and "<!-- " in context
    drivers = text.split("## Decision Drivers\n\n")[1].split("\n\n")[0].splitlines()
    assert len(drivers) == len(result.decisive) and drivers[0].startswith("- What does it need? \u2014 Knowledge it lacks")
    options = text.split("## Considered Options\n\n")[1].split("\n\n")[0].splitlines()
    assert options[0] == "- Retrieval-augmented generation (RAG) — chosen, in parts: Use RAG (RAG); Constrain the output (Constrained output)"
    assert len(options) >= 3 and all("ruled out by" in o or "no single changed answer" in o or "not called for" in o for o in options[1:])
    assert any(o.startswith("- Fine-tuning (full or parameter-efficient): ") for o in options)


def test_the_outcome_names_its_parts_the_chosen_option_has_good_and_bad_points_and_the_assumptions_confirm_it() -> None:
    text = record(UNSURE)
    outcome = text.split("## Decision Outcome")[1].split("### Confirmation")[0]
    assert "Chosen option: \u201cRetrieval-augmented generation (RAG)\u201d, because" in outcome
    assert "- Lacks knowledge \u2192 **Use RAG** (RAG): " in outcome and "- Format or rules \u2192 **Constrain the output**" in outcome
    confirmation = text.split("### Confirmation")[1].split("## Pros and Cons")[0]
    assert "Not sure (Does it fit in the prompt?). To settle it: Count the knowledge's tokens" in confirmation
    pros = text.split("## Pros and Cons of the Options")[1].split("## More Information")[0]
    assert "- Good, because: Use RAG: " in pros and "- Bad, because: Constrain the output: " in pros


def test_the_record_links_the_conclusions_sources_and_permalink_and_is_dated() -> None:
    text = record(UNSURE)
    more = text.split("## More Information")[1]
    assert "[RAG is stable and traceable](https://docs.example/guide/conclusions/task-performance/#rag-is-stable-and-traceable)" in more
    assert "- Keep each passage's source id" in more  # the checklist's next step
    assert "on 2026-11-26." in more
    assert more.endswith(f"Permalink: <{SITE}quiz/#{fragment(TREE, decide(TREE, UNSURE).answers)}>\n")
    assert record_filename(decide(TREE, UNSURE), ui(), "2026-11-26") == "decision-rag-2026-11-26.md"


@pytest.mark.parametrize("language", ["en", "zh"])
def test_every_path_renders_a_record_without_quiz_wording_and_a_typical_one_reads_in_two_minutes(language: str) -> None:
    from decision_tree import tree

    local, texts = tree(language), ui(language)
    lengths = []
    for decision in paths(local):
        text = decision_record(local, decision, texts, guide_version="9.9.9", date="2026-11-26")
        unsure = [s for s in decision.path if not s.question.is_checklist and s.option.unsure]
        confirmation = text.split(texts["madr-confirmation"] + "\n")[1].split(texts["madr-pros-cons"])[0]
        checks = [line for line in confirmation.splitlines() if line.startswith(f"- **{texts['plan-check']}")]
        assert len(checks) == len(unsure) and texts["madr-confirmation-sure"] not in text  # the plan confirms every result
        assert confirmation.startswith(f"\n- **{texts['plan-measure']}")
        assert "{" not in text.replace("{{", "")  # every template slot was filled
        assert not any(word in text.lower() for word in QUIZ_WORDS), [w for w in QUIZ_WORDS if w in text.lower()]
        lengths.append(len(text.splitlines()))
    assert sorted(lengths)[len(lengths) // 2] < 80


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
    older = [v for v in published() if v != TREE.version]
    assert len(entries) == sum(1 for _ in paths(TREE)) + sum(sum(1 for _ in paths(published()[v])) for v in older)
    for decision in paths(TREE):
        link = entries[fragment(TREE, decision.answers)].find("a")
        assert (link.get("href"), link.text) == (f"#outcome-{decision.result.id}", decision.result.single.title)
    v2 = published()[2]
    changed = {"problem": "missing-knowledge", "knowledge-base": "yes", "knowledge-volume": "exceeds-context",
               "domain-fit": "ignores-instructions", "retrieval-needs": "none"}
    entry = entries[fragment(v2, changed)]
    assert "".join(entry.itertext()).startswith("Tree version 2: Use RAG, and fix the behaviour cheaply. With the current tree (version 3): ")
    assert entry.find(".//a").get("href") == "#question-change-frequency"


@pytest.fixture(scope="module")
def marked_markup() -> ET.Element:
    """The quiz markup rendered with every interface text replaced by a marker naming its key."""
    marked = {key: f"\u27e6{key}\u27e7" for key in ui()}
    markup = quiz_markup(TREE, Links.for_tree(TREE, lambda p: "/" + p), "9.9.9", marked, CARRIED, published())
    void = re.sub(r"(<input\b[^>]*)>", r"\1/>", markup.replace("<br>", "<br/>"))  # HTML's void elements, closed for XML
    return ET.fromstring(void.replace("hidden ", 'hidden="" '))


def test_every_text_of_the_skeleton_comes_from_the_catalogue(marked_markup: ET.Element) -> None:
    app = marked_markup.find("./div[@data-dt-part='app']")
    texts = [t.strip() for t in app.itertext() if t.strip()]
    assert texts and all(re.fullmatch(r"(\u27e6[a-z-]+\u27e7\s*)+", t) for t in texts), [t for t in texts if "\u27e6" not in t]
    labels = [el.get("aria-label") for el in app.iter() if el.get("aria-label")]
    assert all(label.startswith("\u27e6") for label in labels)
