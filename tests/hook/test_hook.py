"""The MkDocs hook, its functions called directly with a stand-in page."""

from __future__ import annotations

import html
import importlib.util
import json
import re
import sys
from types import SimpleNamespace

import pytest
from mkdocs.exceptions import PluginError

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


def page(src: str = "quiz.md", url: str = "quiz/") -> SimpleNamespace:
    return SimpleNamespace(file=SimpleNamespace(src_uri=src), url=url)


def render(hook, html: str, at=None) -> str:
    return hook.on_page_content(html, page=at or page(), config={}, files=None)


def test_a_page_without_markers_is_left_alone(hook) -> None:
    assert render(hook, "# Title\n\nText <!-- a comment -->\n") is None


@pytest.mark.parametrize("name", ["citation", "diagram", "quiz", "outline", "paths", "conclusions", "json-schema", "version", "guide-version"])
def test_each_marker_is_replaced(hook, name: str) -> None:
    out = render(hook, f"Before\n\n<!-- decision-tree: {name} -->\n\nAfter\n")
    assert "decision-tree:" not in out and out.startswith("Before") and out.endswith("After\n")


def test_links_are_relative_to_the_page_through_the_site_root(hook) -> None:
    out = render(hook, "<!-- decision-tree: outline -->", at=page("conclusions/index.md", "conclusions/"))
    assert 'href="../conclusions/knowledge/#rag-keeps-knowledge-current"' in out
    home = render(hook, "<!-- decision-tree: outline -->", at=page("index.md", ""))
    assert 'href="./conclusions/knowledge/#rag-keeps-knowledge-current"' in home
    deep = render(hook, "<!-- decision-tree: diagram -->", at=page("a/b.md", "a/b/"))
    assert 'xlink:href="../../conclusions/knowledge/#rag-keeps-knowledge-current"' in deep
    assert 'xlink:href="../../tree/#question-problem"' in deep


def test_pages_at_the_same_depth_share_one_diagram(hook) -> None:
    quiz = render(hook, "<!-- decision-tree: diagram -->", at=page("quiz.md", "quiz/"))
    tree = render(hook, "<!-- decision-tree: diagram -->", at=page("tree.md", "tree/"))
    assert quiz == tree and 'xlink:href="../tree/#question-problem"' in tree


def test_the_version_marker_gives_the_tree_version(hook) -> None:
    assert render(hook, "v<!-- decision-tree: version -->") == f'v<span class="dt-version">{hook._build.tree.version}</span>'


def test_an_unknown_marker_stops_the_build_naming_page_and_marker(hook) -> None:
    with pytest.raises(PluginError) as raised:
        render(hook, "<!-- decision-tree: diagramm -->", at=page("tree.md", "tree/"))
    message = str(raised.value)
    assert "tree.md: unknown marker '<!-- decision-tree: diagramm -->'" in message
    assert "expected one of ['citation', 'conclusions', 'diagram', 'guide-version', 'json-schema', 'outline', 'paths', 'quiz', 'version']" in message


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


def test_a_page_that_documents_conclusions_carries_what_citing_them_needs(hook) -> None:
    out = render(hook, "<h2>Knowledge</h2>", at=page("conclusions/knowledge.md", "conclusions/knowledge/"))
    data = re.search(r'<div class="dt-cite-data" data-dt-cite-page="" data-cite="([^"]*)"', out)
    assert data, out[-400:]
    cite = json.loads(html.unescape(data.group(1)))
    assert cite["conclusions"]["rag-keeps-knowledge-current"] == {
        "title": "RAG keeps changing knowledge current", "path": "conclusions/knowledge/#rag-keeps-knowledge-current"}
    assert cite["work"]["url"] == "../../" and cite["work"]["tree"] == 2  # no site URL here: the root, from the page
    assert render(hook, "<h2>About</h2>", at=page("about.md", "about/")) is None


def test_every_page_gets_open_graph_tags(hook) -> None:
    config = {"site_description": "A guide & more.", "site_name": "The guide"}
    stand_in = SimpleNamespace(meta={"description": "Answer a few questions."}, title="Take the quiz", is_homepage=False,
                               canonical_url="https://example.org/quiz/")
    out = hook.on_post_page("<html><head><title>x</title></head><body></body></html>", page=stand_in, config=SimpleNamespace(**config))
    assert '<meta property="og:title" content="Take the quiz - The guide">' in out
    assert '<meta property="og:description" content="Answer a few questions.">' in out
    assert '<meta property="og:url" content="https://example.org/quiz/">' in out
    assert out.index("og:site_name") < out.index("</head>")
