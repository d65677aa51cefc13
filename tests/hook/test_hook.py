"""The MkDocs hook, its functions called directly with a stand-in page."""

from __future__ import annotations

import importlib.util
import sys
from types import SimpleNamespace

import pytest
from mkdocs.exceptions import PluginError
from mkdocs.structure.toc import AnchorLink

from ..conftest import ROOT


@pytest.fixture(scope="module")
def hook():
    """The hook module, loaded as MkDocs loads it; the package it re-imports is put back afterwards."""
    saved = {name: module for name, module in sys.modules.items() if name.split(".")[0] == "decision_tree"}
    spec = importlib.util.spec_from_file_location("mkdocs_hooks_under_test", ROOT / "scripts" / "mkdocs_hooks.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    module.on_config({})
    yield module
    del sys.modules[spec.name]
    for name in [n for n in sys.modules if n.split(".")[0] == "decision_tree"]:
        del sys.modules[name]
    sys.modules.update(saved)


def page(src: str = "quiz.md", url: str = "quiz/", toc: bool = True) -> SimpleNamespace:
    """A stand-in page; its table of contents has the headings the outline's parts nest under."""
    text = AnchorLink("The tree as text", "tree-as-text", 2)
    text.children = [AnchorLink("Questions", "questions", 3), AnchorLink("Outcomes", "outcomes", 3)]
    return SimpleNamespace(file=SimpleNamespace(src_uri=src), url=url, toc=[text] if toc else [])


def render(hook, html: str, at=None) -> str:
    return hook.on_page_content(html, page=at or page(), config={}, files=None)


def test_a_page_without_markers_is_left_alone(hook) -> None:
    assert render(hook, "# Title\n\nText <!-- a comment -->\n") is None


@pytest.mark.parametrize(
    "name",
    ["diagram", "quiz", "outline", "outline-questions", "outline-outcomes", "paths", "conclusions", "json-schema", "version", "guide-version"],
)
def test_each_marker_is_replaced(hook, name: str) -> None:
    out = render(hook, f"Before\n\n<!-- decision-tree: {name} -->\n\nAfter\n")
    assert "decision-tree:" not in out and out.startswith("Before") and out.endswith("After\n")


def test_links_are_relative_to_the_page_through_the_site_root(hook) -> None:
    out = render(hook, "<!-- decision-tree: outline -->", at=page("conclusions/index.md", "conclusions/"))
    assert 'href="../conclusions/knowledge/#rag-keeps-knowledge-current"' in out
    home = render(hook, "<!-- decision-tree: outline -->", at=page("index.md", ""))
    assert 'href="./conclusions/knowledge/#rag-keeps-knowledge-current"' in home
    deep = render(hook, "<!-- decision-tree: diagram -->", at=page("a/b.md", "a/b/"))
    assert 'xlink:href="../../tree/#outcome-rag"' in deep and 'href="../../tree/#tree-as-text"' in deep
    assert 'xlink:href="../../tree/#question-problem"' in deep


def test_pages_at_the_same_depth_share_one_diagram(hook) -> None:
    quiz = render(hook, "<!-- decision-tree: diagram -->", at=page("quiz.md", "quiz/"))
    tree = render(hook, "<!-- decision-tree: diagram -->", at=page("tree.md", "tree/"))
    assert quiz == tree and 'xlink:href="../tree/#question-problem"' in tree


def test_the_outline_lists_its_headings_in_the_table_of_contents_under_their_section(hook) -> None:
    at = page("tree.md", "tree/")
    out = render(hook, "<!-- decision-tree: outline-questions -->\n<!-- decision-tree: outline-outcomes -->", at=at)
    questions, outcomes = at.toc[0].children
    tree = hook._build.tree
    assert [(e.id, e.title, e.level) for e in questions.children] == [(f"question-{q.id}", q.title, 4) for q in tree.questions]
    assert [e.id for e in outcomes.children] == [f"outcome-{o.id}" for o in tree.outcomes]
    assert '<h4 id="question-problem">' in out and '<h4 id="outcome-rag">' in out


def test_an_outline_part_without_its_section_heading_stops_the_build(hook) -> None:
    with pytest.raises(PluginError, match="needs a heading with the id 'questions'"):
        render(hook, "<!-- decision-tree: outline-questions -->", at=page("tree.md", "tree/", toc=False))


def test_the_version_marker_gives_the_tree_version(hook) -> None:
    assert render(hook, "v<!-- decision-tree: version -->") == f'v<span class="dt-version">{hook._build.tree.version}</span>'


def test_an_unknown_marker_stops_the_build_naming_page_and_marker(hook) -> None:
    with pytest.raises(PluginError) as raised:
        render(hook, "<!-- decision-tree: diagramm -->", at=page("tree.md", "tree/"))
    message = str(raised.value)
    assert "tree.md: unknown marker '<!-- decision-tree: diagramm -->'" in message
    assert "expected one of ['conclusions', 'diagram', 'guide-version', 'json-schema', 'outline'," in message


def test_a_malformed_tree_stops_the_build_with_its_own_message(hook, monkeypatch) -> None:
    from decision_tree import TreeError

    def broken(name: str):
        raise TreeError("option 'b' leads to unknown node 'nowhere'", node="start")

    monkeypatch.setattr(hook.importlib, "import_module", broken)
    with pytest.raises(PluginError, match=r"decision tree: invalid decision tree: node 'start': option 'b' leads to unknown node 'nowhere'"):
        hook.on_config({})


def test_a_missing_dot_stops_the_build_naming_page_marker_and_fix(hook, monkeypatch) -> None:
    monkeypatch.setenv("PATH", "/nonexistent")
    monkeypatch.setattr(hook, "_build", hook.Build(tree=hook._build.tree, package=hook._build.package))
    with pytest.raises(PluginError) as raised:
        render(hook, "<!-- decision-tree: diagram -->", at=page("tree.md", "tree/"))
    assert "tree.md: marker '<!-- decision-tree: diagram -->' failed: the Graphviz 'dot' executable was not found" in str(raised.value)
