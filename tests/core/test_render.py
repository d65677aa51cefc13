"""Renderers: DOT structure, the SVG by its ids, the JSON export, the HTML and the Markdown."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET

import pytest

from decision_tree import TREE, GraphvizFailed, __version__, decide, paths, ui
from decision_tree.render.data import SCHEMA, export_data
from decision_tree.render.dot import build_graph, dot_source, render_svg
from decision_tree.render.html import conclusions_table, legend, outline, paths_table, schema_table
from decision_tree.render.links import Links
from decision_tree.render.report import decision_markdown

from ..fake_dot import FAILS, HANGS, fake_dot

LINKS = Links.for_tree(TREE, lambda path: "/guide/" + path)


def test_dot_has_a_node_per_tree_node_and_an_edge_per_answer() -> None:
    source = dot_source(TREE, LINKS)
    for question in TREE.questions:
        assert f'id="dt-node-{question.id}"' in source
        assert f'URL="/guide/tree/#question-{question.id}"' in source
        for option in question.options if not question.is_checklist else ():
            assert f'id="dt-edge-{question.id}--{option.id}"' in source
    for outcome in TREE.outcomes:
        assert f'class="dt-outcome dt-verdict-{outcome.verdict}"' in source
        assert f'URL="/guide/{TREE.conclusion(outcome.conclusions[0]).path}"' in source
        for checklist in outcome.checklists:  # a dashed edge to each checklist it asks
            assert f'id="dt-edge-{outcome.id}--{checklist}"' in source
    edges = re.findall(r"^\s*\"?[a-z0-9-]+\"? -> ", source, flags=re.M)
    answers = sum(len(q.options) for q in TREE.questions if not q.is_checklist)
    assert len(edges) == answers + sum(len(o.checklists) for o in TREE.outcomes)


def test_dot_is_deterministic_and_needs_no_executable() -> None:
    assert build_graph(TREE, LINKS).source == dot_source(TREE, LINKS)


@pytest.mark.graphviz
def test_svg_is_inline_ready_with_every_node_and_link() -> None:
    svg = render_svg(TREE, LINKS)
    assert svg.startswith("<svg") and "<?xml" not in svg and "<!--" not in svg
    root = ET.fromstring(svg)
    ids = {el.get("id", "").replace("&#45;", "-") for el in root.iter()}
    assert {f"dt-node-{n.id}" for n in (*TREE.questions, *TREE.outcomes)} <= ids
    anchors = list(root.iter("{http://www.w3.org/2000/svg}a"))
    assert all(a.get("role") == "link" and a.get("{http://www.w3.org/1999/xlink}href") for a in anchors)
    hrefs = {a.get("{http://www.w3.org/1999/xlink}href") for a in anchors}
    assert "/guide/conclusions/knowledge/#rag-keeps-knowledge-current" in hrefs
    assert "/guide/tree/#question-problem" in hrefs


DOT_TROUBLE = {
    "hangs": (HANGS, "the Graphviz 'dot' executable did not finish within 0.5 s and was stopped; check that 'dot -V' answers"),
    "fails": (FAILS, "the Graphviz 'dot' executable failed with exit status 3 (Error: syntax error in line 1); check the Graphviz installation"),
}


@pytest.mark.parametrize("body, message", DOT_TROUBLE.values(), ids=DOT_TROUBLE.keys())
def test_a_dot_that_hangs_or_fails_raises_an_error_saying_so(tmp_path, monkeypatch, body: str, message: str) -> None:
    monkeypatch.setenv("PATH", fake_dot(tmp_path, body))
    with pytest.raises(GraphvizFailed) as raised:
        render_svg(TREE, LINKS, timeout=0.5)
    assert message in str(raised.value)


def test_export_has_exactly_the_documented_fields() -> None:
    data = json.loads(json.dumps(export_data(TREE, __version__)))
    documented_top = {field.split("[")[0].split(".")[0] for field, _, _ in SCHEMA}
    assert set(data) == documented_top
    assert data["tree_version"] == TREE.version and data["schema_version"] == 2
    documented_question = {f.split(".")[1].removesuffix("[]") for f, _, _ in SCHEMA if f.startswith("questions[].") and f.count(".") == 1}
    assert set(data["questions"][0]) == documented_question
    documented_outcome = {f.split(".")[1] for f, _, _ in SCHEMA if f.startswith("outcomes[].")}
    assert set(data["outcomes"][0]) == documented_outcome


def test_outline_links_every_answer_to_the_node_it_leads_to() -> None:
    root = ET.fromstring(outline(TREE, LINKS))
    ids = {el.get("id") for el in root.iter() if el.get("id")}
    assert ids == {f"question-{q.id}" for q in TREE.questions} | {f"outcome-{o.id}" for o in TREE.outcomes}
    targets = [a.get("href") for a in root.iter("a") if a.get("href", "").startswith("#")]
    answers = sum(len(q.options) for q in TREE.questions if not q.is_checklist)
    askers = sum(1 for o in TREE.outcomes for _ in o.checklists)  # "then asks" and "asked after"
    assert len(targets) == answers + 2 * askers
    assert {t[1:] for t in targets} <= ids


def test_outline_escapes_text() -> None:
    assert "<script>" not in outline(TREE, LINKS)
    from dataclasses import replace
    hostile = replace(TREE, questions=(replace(TREE.questions[0], why="<script>alert(1)</script>"), *TREE.questions[1:]))
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in outline(hostile, LINKS)


def test_paths_table_has_a_row_per_path() -> None:
    table = ET.fromstring(paths_table(TREE, LINKS))
    assert len(table.findall("./tbody/tr")) == sum(1 for _ in paths(TREE))


def test_conclusion_and_schema_tables_cover_every_entry() -> None:
    assert len(ET.fromstring(conclusions_table(TREE, LINKS)).findall("./tbody/tr")) == len(TREE.conclusions)
    assert len(ET.fromstring(schema_table()).findall("./tbody/tr")) == len(SCHEMA)


def test_markdown_snippet_carries_outcome_answers_reasons_links_and_versions() -> None:
    decision = decide(TREE, {"problem": "request-input", "input-task": "work-with-it", "prompt-result": "yes"})
    snippet = decision_markdown(TREE, decision, ui(), guide_version="9.9.9", site_url="https://docs.example/guide/", date="2026-11-26")
    assert snippet.startswith("### Decision: Prompting is enough\n")
    assert "1. What stands between the model and the answers you need? \u2014 It must work on input" in snippet
    assert "- The material arrives with every request" in snippet
    assert "**Next steps**" in snippet and "**What would change this**" in snippet
    assert "[Request input goes in the context](https://docs.example/guide/conclusions/when-rag-does-not-fit/#request-input-goes-in-the-context)" in snippet
    assert "version 9.9.9, tree version 2." in snippet and "Decided on 2026-11-26." in snippet
    assert "Permalink: <https://docs.example/guide/quiz/#v=2&problem=request-input&input-task=work-with-it&prompt-result=yes>" in snippet


def test_legend_names_each_verdict_the_outcomes_use_once() -> None:
    items = ET.fromstring(legend(TREE)).findall("./ul/li")
    assert [i.get("class") for i in items] == [f"dt-verdict-{v}" for v in dict.fromkeys(o.verdict for o in TREE.outcomes)]
    assert {i.text for i in items} == {TREE.verdict_label(o.verdict) for o in TREE.outcomes}
