"""Renderers: DOT structure, the SVG by its ids, the JSON export, the HTML and the Markdown."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET

import pytest

from decision_tree import TREE, GraphvizFailed, __version__, decide, paths, ui
from decision_tree.render.data import SCHEMA, export_data
from decision_tree.render.dot import build_graph, dot_source, render_svg
from decision_tree.render.verdicts import VERDICT_ICONS
from decision_tree.render.html import legend, outline, outline_toc
from decision_tree.render.links import Links
from decision_tree.render.report import decision_markdown
from decision_tree.render.tables import conclusions_table, paths_table, schema_table
from decision_tree.model import VERDICT_IDS

from ..fake_dot import FAILS, HANGS, fake_dot

LINKS = Links.for_tree(TREE, lambda path: "/guide/" + path)
TEXTS = ui()


def test_dot_has_a_node_per_tree_node_and_an_edge_per_answer() -> None:
    source = dot_source(TREE, TEXTS, LINKS)
    for question in TREE.questions:
        assert f'id="dt-node-{question.id}"' in source
        assert f'URL="/guide/tree/#question-{question.id}"' in source
        for option in question.options if not question.is_checklist else ():
            assert f'id="dt-edge-{question.id}--{option.id}"' in source
    for outcome in TREE.outcomes:
        assert f'class="dt-outcome dt-verdict-{outcome.verdict}"' in source
        assert f'URL="/guide/tree/#outcome-{outcome.id}"' in source  # the card that lists every conclusion
    edges = re.findall(r"^\s*\"?[a-z0-9-]+\"? -> ", source, flags=re.M)
    answers = sum(len(q.options) for q in TREE.questions if not q.is_checklist)
    assert len(edges) == answers  # checklists are asked once the parts are known: boxes of their own, no edges
    assert 'class="dt-question dt-fork"' in source


def test_dot_is_deterministic_and_needs_no_executable() -> None:
    assert build_graph(TREE, TEXTS, LINKS).source == dot_source(TREE, TEXTS, LINKS)


@pytest.mark.graphviz
def test_svg_is_inline_ready_with_every_node_and_link() -> None:
    svg = render_svg(TREE, TEXTS, LINKS)
    assert svg.startswith("<svg") and "<?xml" not in svg and "<!--" not in svg
    root = ET.fromstring(svg)
    ids = {el.get("id", "").replace("&#45;", "-") for el in root.iter()}
    assert {f"dt-node-{n.id}" for n in (*TREE.questions, *TREE.outcomes)} <= ids
    anchors = list(root.iter("{http://www.w3.org/2000/svg}a"))
    assert all(a.get("role") == "link" and a.get("{http://www.w3.org/1999/xlink}href") for a in anchors)
    hrefs = {a.get("{http://www.w3.org/1999/xlink}href") for a in anchors}
    assert "/guide/tree/#outcome-rag" in hrefs
    assert "/guide/tree/#question-needs" in hrefs


DOT_TROUBLE = {
    "hangs": (HANGS, "the Graphviz 'dot' executable did not finish within 0.5 s and was stopped; check that 'dot -V' answers"),
    "fails": (FAILS, "the Graphviz 'dot' executable failed with exit status 3 (Error: syntax error in line 1); check the Graphviz installation"),
}


@pytest.mark.parametrize("body, message", DOT_TROUBLE.values(), ids=DOT_TROUBLE.keys())
def test_a_dot_that_hangs_or_fails_raises_an_error_saying_so(tmp_path, monkeypatch, body: str, message: str) -> None:
    monkeypatch.setenv("PATH", fake_dot(tmp_path, body))
    with pytest.raises(GraphvizFailed) as raised:
        render_svg(TREE, TEXTS, LINKS, timeout=0.5)
    assert message in str(raised.value)


def test_export_has_exactly_the_documented_fields() -> None:
    data = json.loads(json.dumps(export_data(TREE, __version__)))
    documented_top = {field.split("[")[0].split(".")[0] for field, _ in SCHEMA}
    assert set(data) == documented_top
    assert data["tree_version"] == TREE.version and data["schema_version"] == 3
    documented_question = {f.split(".")[1].removesuffix("[]") for f, _ in SCHEMA if f.startswith("questions[].") and f.count(".") == 1}
    assert set(data["questions"][0]) == documented_question
    documented_outcome = {f.split(".")[1] for f, _ in SCHEMA if f.startswith("outcomes[].")}
    assert set(data["outcomes"][0]) == documented_outcome
    documented_composition = {f.split(".")[1] for f, _ in SCHEMA if f.startswith("compositions[].")}
    assert set(data["compositions"][0]) == documented_composition


def test_outline_links_every_answer_to_the_node_it_leads_to() -> None:
    root = ET.fromstring(outline(TREE, LINKS, TEXTS))
    ids = {el.get("id") for el in root.iter() if el.get("id")}
    assert ids == ({f"question-{q.id}" for q in TREE.questions} | {f"outcome-{o.id}" for o in TREE.outcomes}
                   | {f"composition-{c.id}" for c in TREE.compositions})
    targets = [a.get("href") for a in root.iter("a") if a.get("href", "").startswith("#") and a.get("class") != "headerlink"]
    answers = sum(len(q.options) for q in TREE.questions if not q.is_checklist)
    askers = sum(1 for o in TREE.outcomes for _ in o.checklists)  # "then asks" and "asked after"
    assert len(targets) == answers + 2 * askers
    assert {t[1:] for t in targets} <= ids


def test_outline_escapes_text() -> None:
    assert "<script>" not in outline(TREE, LINKS, TEXTS)
    from dataclasses import replace
    hostile = replace(TREE, questions=(replace(TREE.questions[0], why="<script>alert(1)</script>"), *TREE.questions[1:]))
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in outline(hostile, LINKS, TEXTS)


def test_paths_are_grouped_by_outcome_closed_with_a_row_per_path() -> None:
    root = ET.fromstring(paths_table(TREE, LINKS, TEXTS))
    groups = root.findall("./details")
    assert [g.get("id") for g in groups] == [f"paths-{o.id}" for o in TREE.outcomes]
    assert all(g.get("open") is None for g in groups), "every group starts closed"
    for group in groups:
        expected = sum(1 for d in paths(TREE) if d.result.id == group.get("data-outcome"))
        assert len(group.findall("./table/tbody/tr")) == expected
    first = groups[0].find("./table/tbody/tr/td/ol/li/strong")
    assert first is not None and first.text == TREE.question(TREE.start).options[0].short or first.text in {
        o.short for o in TREE.question(TREE.start).options
    }


def html_tree(html: str) -> ET.Element:
    """Generated HTML as elements; its only void element, a field name's break point, closed for the XML parser."""
    return ET.fromstring(html.replace("<wbr>", "<wbr />"))


def test_conclusion_and_schema_tables_cover_every_entry() -> None:
    assert len(html_tree(conclusions_table(TREE, LINKS, TEXTS)).findall("./tbody/tr")) == len(TREE.conclusions)
    schema = html_tree(schema_table(TEXTS))
    assert len(schema.findall("./tbody/tr")) == len(SCHEMA)
    assert ["".join(code.itertext()) for code in schema.findall("./tbody/tr/td[1]/code")] == [field for field, _ in SCHEMA]


def test_generated_tables_carry_no_class_so_the_theme_styles_them_like_markdown_tables() -> None:
    tables = [conclusions_table(TREE, LINKS, TEXTS), schema_table(TEXTS), paths_table(TREE, LINKS, TEXTS)]
    for html in tables:
        for table in html_tree(html).iter("table"):
            assert table.get("class") is None and table.get("data-dt-table")


def test_markdown_snippet_carries_outcome_answers_reasons_links_and_versions() -> None:
    answers = {"needs": "request-input", "input-task": "fits-prompt", "prompt-result": "yes", "evaluation-data": "none"}
    snippet = decision_markdown(TREE, decide(TREE, answers), ui(), guide_version="9.9.9", site_url="https://docs.example/guide/", date="2026-11-26")
    assert snippet.startswith("### Decision: Prompting is enough\n")
    assert "1. What does the application need that the model does not give it today? Choose all that apply. \u2014 Work on material" in snippet
    assert "*(decides the verdict)*" in snippet.split("**Answers**")[1].split("**Why**")[0]
    assert "- The material arrives with each request" in snippet
    assert "**Next steps**" in snippet and "**Ruled out**" in snippet and "**Parts**" not in snippet
    assert "[Request input goes in the context](https://docs.example/guide/conclusions/when-rag-does-not-fit/#request-input-goes-in-the-context)" in snippet
    assert "version 9.9.9, tree version 3." in snippet and "Decided on 2026-11-26." in snippet
    assert "Permalink: <https://docs.example/guide/quiz/#v=3&needs=request-input&input-task=fits-prompt&prompt-result=yes&evaluation-data=none>" in snippet


def test_a_summary_of_several_parts_names_each_part_and_what_it_answers() -> None:
    answers = {"needs": "live-data.voice", "live-access": "api", "style-examples": "yes", "tool-actions": "none", "evaluation-data": "none"}
    snippet = decision_markdown(TREE, decide(TREE, answers), ui(), guide_version="9.9.9")
    assert snippet.startswith("### Decision: Read live records through tool calls + Set the voice in the prompt\n")
    parts = snippet.split("**Parts**\n\n")[1].split("\n\n")[0].splitlines()
    assert parts == [
        f"- Live records \u2192 **Read live records through tool calls** (Tool calls): {TREE.outcome('tool-calls').headline}",
        f"- Voice or tone \u2192 **Set the voice in the prompt** (Prompting): {TREE.outcome('style-guide').headline}",
    ]
    assert "**Verdict:** Tool calls: the model reads live records through your systems' APIs" in snippet


def test_legend_names_each_verdict_the_outcomes_use_once_with_its_icon() -> None:
    items = ET.fromstring(legend(TREE, TEXTS)).findall("./ul/li")
    assert [i.get("class") for i in items] == [f"dt-verdict-{v}" for v in dict.fromkeys(o.verdict for o in TREE.outcomes)]
    labels = {"".join(i.find("./span[@class='dt-legend-label']").itertext()) for i in items}
    assert labels == {TREE.verdict_label(o.verdict) for o in TREE.outcomes}
    for item in items:
        verdict = item.get("class").removeprefix("dt-verdict-")
        assert item.find(".//span[@class='dt-chip-icon']").text == VERDICT_ICONS[verdict]
        assert item.find(".//span[@class='dt-chip-name']").text == TEXTS[f"verdict-short-{verdict}"]


def test_every_verdict_has_an_icon_and_a_short_name() -> None:
    assert set(VERDICT_ICONS) == set(VERDICT_IDS)
    assert all(TEXTS[f"verdict-short-{v}"] for v in VERDICT_IDS)


def test_outcome_nodes_name_their_verdict_in_words_and_an_icon() -> None:
    source = dot_source(TREE, TEXTS, LINKS)
    for outcome in TREE.outcomes:
        node = re.search(rf'^\s*"?{re.escape(outcome.id)}"? \[(.*)$', source, flags=re.M)
        assert node, outcome.id
        marker = f"{VERDICT_ICONS[outcome.verdict]} {TEXTS[f'verdict-short-{outcome.verdict}']}"
        assert f"<B>{marker.replace('&', '&amp;')}</B>" in node.group(1), f"{outcome.id}: no verdict line"


def test_edges_are_labelled_with_short_answers_not_ids() -> None:
    source = dot_source(TREE, TEXTS, LINKS)
    for question in (q for q in TREE.questions if not q.is_checklist):
        for option in question.options:
            statement = re.search(rf'\t[^\t]*id="dt-edge-{question.id}--{option.id}"', source)
            assert statement, f"no edge for {question.id}={option.id}"
            quoted, bare = re.search(r'label=(?:"([^"]*)"|([^\s\]]+))', statement.group(0)).groups()
            label = quoted if quoted is not None else bare
            assert " ".join(label.split()) == option.short, f"{question.id}={option.id}: edge label {label!r}"


def test_outline_headings_carry_anchors_permalinks_and_toc_entries() -> None:
    root = ET.fromstring(outline(TREE, LINKS, TEXTS, heading="h4"))
    sections = root.findall("./section")
    assert [s.get("id") for s in sections] == [anchor for anchor, _ in outline_toc(TREE)]
    for section in sections:
        link = section.find("./h4/a[@class='headerlink']")
        assert link.get("href") == "#" + section.get("id") and link.get("title") == TEXTS["permalink-title"]
    assert [i for i, _ in outline_toc(TREE, "questions")] == [f"question-{q.id}" for q in TREE.questions]


# Two Chinese words or marks with a space between them: Chinese sets no space there (a space
# belongs only between Chinese and Latin letters or figures), so one is a template's slip.
CJK_SPACED = re.compile(r"[\u4e00-\u9fff，。：；？、）”] +[\u4e00-\u9fff“（]")


@pytest.mark.parametrize("format", ["markdown", "madr", "text"])
def test_a_chinese_result_sets_no_space_between_chinese_words(format: str) -> None:
    """Templates join a question's title, an answer and a change into one sentence: in every
    Chinese result (one path in two of each need named alone, and every situation of the golden
    set with several needs), no space ends up between two Chinese words or marks."""
    from decision_tree import tree
    from decision_tree.render.results import render_decision

    from .test_scenarios import SCENARIOS

    chinese = tree("zh")
    decisions = [*list(paths(chinese))[::2], *(decide(chinese, s["answers"]) for s in SCENARIOS if "." in s["answers"]["needs"])]
    for decision in decisions:
        shown = render_decision(chinese, decision, format, "https://example.org/guide/", ui("zh"), "2026-12-06")
        slips = [shown[max(0, m.start() - 20):m.end() + 10] for m in CJK_SPACED.finditer(shown)]
        assert not slips, f"{decision.result.id}: a space between Chinese words in {slips[0]!r}"
