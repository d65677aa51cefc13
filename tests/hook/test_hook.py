"""The MkDocs hook, its functions called directly with a stand-in page."""

from __future__ import annotations

import base64
import hashlib
import html
import importlib.util
import json
import logging
import re
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
from mkdocs.exceptions import PluginError
from mkdocs.structure.toc import AnchorLink

from ..conftest import ROOT
from ..fake_dot import HANGS, fake_dot


@pytest.fixture(scope="module")
def hook():
    """The hook module, loaded as MkDocs loads it; the package it re-imports is put back afterwards."""
    saved = {name: module for name, module in sys.modules.items() if name.split(".")[0] == "decision_tree"}
    spec = importlib.util.spec_from_file_location("mkdocs_hooks_under_test", ROOT / "scripts" / "mkdocs_hooks.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    sys.path.insert(0, str(ROOT / "scripts"))  # as MkDocs does while it loads a hook: its modules beside it
    try:
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(ROOT / "scripts"))
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
    return SimpleNamespace(file=SimpleNamespace(src_uri=src), url=url, toc=[text] if toc else [],
                           meta={}, title="A page", is_homepage=False, canonical_url="")


def render(hook, html: str, at=None) -> str:
    """The page's content after the hook, with what it held back from search put back (as in the built page)."""
    at = at or page()
    content = hook.on_page_content(html, page=at, config={}, files=None)
    site = SimpleNamespace(site_description="", site_name="The guide")
    return content if content is None else hook.on_post_page(content, page=at, config=site)


def test_a_page_without_markers_is_left_alone(hook) -> None:
    assert render(hook, "# Title\n\nText <!-- a comment -->\n") is None


@pytest.mark.parametrize(
    "name",
    ["citation", "diagram", "quiz", "outline", "outline-questions", "outline-outcomes", "paths", "conclusions", "json-schema",
     "version", "guide-version", "mental-model"],
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
    assert 'xlink:href="../../tree/#question-needs"' in deep


def test_pages_at_the_same_depth_share_one_diagram(hook) -> None:
    quiz = render(hook, "<!-- decision-tree: diagram -->", at=page("quiz.md", "quiz/"))
    tree = render(hook, "<!-- decision-tree: diagram -->", at=page("tree.md", "tree/"))
    assert quiz == tree and 'xlink:href="../tree/#question-needs"' in tree


def test_the_outline_lists_its_headings_in_the_table_of_contents_under_their_section(hook) -> None:
    at = page("tree.md", "tree/")
    out = render(hook, "<!-- decision-tree: outline-questions -->\n<!-- decision-tree: outline-outcomes -->", at=at)
    questions, outcomes = at.toc[0].children
    tree = hook._build.tree
    assert [(e.id, e.title, e.level) for e in questions.children] == [(f"question-{q.id}", q.title, 4) for q in tree.questions]
    assert [e.id for e in outcomes.children] == [f"outcome-{o.id}" for o in tree.outcomes] + [f"composition-{c.id}" for c in tree.compositions]
    assert 'id="question-needs"' in out and 'id="outcome-rag"' in out and "<h4" in out


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
    assert "expected one of ['citation', 'conclusions', 'diagram', 'guide-version', 'json-schema', 'mental-model', 'outline'," in message


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


NEAR_MISSES = [
    "<!-- decision-tree : quiz -->",
    "<!-- Decision-Tree: quiz -->",
    "<!-- decision-tree: quiz extra -->",
    "<!--decision tree: quiz-->",
    "<!-- decision_tree: diagram -->",
    "<!-- DECISION-TREE:\n  outline -->",
    "<!--- decision-tree: quiz --->",
    "<!-- decision.tree: quiz -->",
    "<!-- decision\u2013tree: quiz -->",
    "<!-- decision-\u200btree: quiz -->",
]


@pytest.mark.parametrize("marker", NEAR_MISSES)
def test_a_comment_that_looks_like_a_marker_stops_the_build_naming_page_and_text(hook, marker: str) -> None:
    with pytest.raises(PluginError) as raised:
        render(hook, f"<p>Text</p>\n{marker}\n", at=page("about.md", "about/"))
    assert str(raised.value).startswith(
        f"about.md: malformed marker {marker!r} (write it exactly as <!-- decision-tree: NAME -->, in lowercase, NAME one of ['citation', 'conclusions',"
    )


def test_other_comments_mentioning_decision_trees_are_left_alone(hook) -> None:
    assert render(hook, "<!-- decision trees are drawn below --><!-- see the decision-tree page -->") is None


def test_a_hanging_dot_stops_the_build_naming_the_marker(hook, monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PATH", fake_dot(tmp_path, HANGS))
    monkeypatch.setattr(hook.markers.hook_build, "DOT_TIMEOUT", 0.5)
    monkeypatch.setattr(hook, "_build", hook.Build(tree=hook._build.tree, package=hook._build.package))
    with pytest.raises(PluginError) as raised:
        render(hook, "<!-- decision-tree: diagram -->", at=page("tree.md", "tree/"))
    assert (
        "tree.md: marker '<!-- decision-tree: diagram -->' failed: "
        "the Graphviz 'dot' executable did not finish within 0.5 s and was stopped"
    ) in str(raised.value)


# SITE_URL -----------------------------------------------------------------------------------


def site_url_warnings(hook, caplog, command: str = "build") -> list[str]:
    caplog.clear()
    hook.on_startup(command=command, dirty=False)
    with caplog.at_level(logging.WARNING, logger="mkdocs.plugins.decision_tree"):
        hook.on_config({"site_url": "http://127.0.0.1:8000/"})
    hook.on_startup(command="build", dirty=False)
    return [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]


def test_a_build_without_site_url_warns_naming_it(hook, monkeypatch, caplog) -> None:
    monkeypatch.delenv("SITE_URL", raising=False)
    [warning] = site_url_warnings(hook, caplog)
    assert warning.startswith("SITE_URL is not set, so canonical links and the sitemap point to http://127.0.0.1:8000/")
    assert "set SITE_URL to the address the site will be served at" in warning
    monkeypatch.setenv("SITE_URL", "")
    assert len(site_url_warnings(hook, caplog)) == 1


@pytest.mark.parametrize("url", ["http://127.0.0.1:8000/", "https://docs.example.com/guide/"])
def test_an_address_set_explicitly_is_taken_as_asked_for(hook, monkeypatch, caplog, url: str) -> None:
    monkeypatch.setenv("SITE_URL", url)
    assert site_url_warnings(hook, caplog) == []


def test_mkdocs_serve_needs_no_site_url(hook, monkeypatch, caplog) -> None:
    monkeypatch.delenv("SITE_URL", raising=False)
    assert site_url_warnings(hook, caplog, command="serve") == []


# Content-Security-Policy --------------------------------------------------------------------

PLACEHOLDER = '<meta http-equiv="Content-Security-Policy" content="">'


def sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


def built_site(tmp_path: Path, pages: dict[str, str]) -> dict:
    for name, text in pages.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    return {"site_dir": str(tmp_path)}


def csp_of(path: Path) -> str:
    html = path.read_text(encoding="utf-8")
    return html.split('http-equiv="Content-Security-Policy" content="', 1)[1].split('"', 1)[0]


def test_every_page_gets_one_policy_naming_the_inline_scripts_of_all_pages(hook, tmp_path: Path) -> None:
    config = built_site(tmp_path, {
        "index.html": f'<head>{PLACEHOLDER}<script>a=new URL(".",location)</script></head>'
                      '<script id="__config" type="application/json">{"x": 1}</script><script src="x.js"></script>',
        "deep/index.html": f'<head>{PLACEHOLDER}<script>a=new URL("..",location)</script></head><script type="module">b()</script>',
        "404.html": f"<head>{PLACEHOLDER}</head>",
    })
    hook.on_post_build(config)
    policies = {csp_of(tmp_path / name) for name in ("index.html", "deep/index.html", "404.html")}
    assert len(policies) == 1
    hashes = " ".join(sorted([sha256('a=new URL(".",location)'), sha256('a=new URL("..",location)'), sha256("b()")]))
    assert policies.pop() == (
        f"default-src 'self'; script-src 'self' {hashes}; style-src 'self'; img-src 'self' data:; "
        "object-src 'none'; base-uri 'self'; form-action 'self'"
    )
    hook.on_post_build(config)  # idempotent: a second run finds the same scripts and writes the same policy
    assert csp_of(tmp_path / "404.html") == csp_of(tmp_path / "index.html")


def test_a_page_without_the_policy_element_stops_the_build(hook, tmp_path: Path) -> None:
    config = built_site(tmp_path, {"index.html": f"<head>{PLACEHOLDER}</head>", "about/index.html": "<head></head>"})
    with pytest.raises(PluginError, match=r"^about/index.html: no <meta http-equiv=\"Content-Security-Policy\"> to fill in .*theme.custom_dir: overrides"):
        hook.on_post_build(config)


def test_mkdocs_serve_leaves_the_policy_out_for_live_reload(hook, tmp_path: Path) -> None:
    config = built_site(tmp_path, {"index.html": f"<head>{PLACEHOLDER}<script>x()</script></head>"})
    hook.on_startup(command="serve", dirty=False)
    try:
        hook.on_post_build(config)
        # The next edition's build writes its pages into the same site and passes over all of them.
        (tmp_path / "zh").mkdir()
        (tmp_path / "zh" / "index.html").write_text(f"<head>{PLACEHOLDER}<script>y()</script></head>", encoding="utf-8")
        hook.on_post_build(config)
    finally:
        hook.on_startup(command="build", dirty=False)
    for name, script in (("index.html", "x()"), ("zh/index.html", "y()")):
        html = (tmp_path / name).read_text(encoding="utf-8")
        assert "Content-Security-Policy" not in html.replace("<!-- no Content-Security-Policy under mkdocs serve -->", "")
        assert f"<script>{script}</script>" in html


def test_a_page_that_documents_conclusions_carries_what_citing_them_needs(hook) -> None:
    hook.on_config({})  # a build with no site URL configured
    out = render(hook, "<h2>Knowledge</h2>", at=page("conclusions/knowledge.md", "conclusions/knowledge/"))
    data = re.search(r'<div class="dt-cite-data" data-dt-cite-page="" data-cite="([^"]*)"', out)
    assert data, out[-400:]
    cite = json.loads(html.unescape(data.group(1)))
    assert cite["conclusions"]["rag-keeps-knowledge-current"] == {
        "title": "RAG keeps changing knowledge current", "path": "conclusions/knowledge/#rag-keeps-knowledge-current"}
    assert cite["work"]["url"] == "../../" and cite["work"]["tree"] == 3  # no site URL here: the root, from the page
    assert render(hook, "<h2>About</h2>", at=page("about.md", "about/")) is None


def test_every_page_gets_open_graph_tags(hook) -> None:
    config = {"site_description": "A guide & more.", "site_name": "The guide"}
    stand_in = SimpleNamespace(meta={"description": "Answer a few questions."}, title="Take the quiz", is_homepage=False,
                               canonical_url="https://example.org/quiz/", file=SimpleNamespace(src_uri="quiz.md"))
    out = hook.on_post_page("<html><head><title>x</title></head><body></body></html>", page=stand_in, config=SimpleNamespace(**config))
    assert '<meta property="og:title" content="Take the quiz - The guide">' in out
    assert '<meta property="og:description" content="Answer a few questions.">' in out
    assert '<meta property="og:url" content="https://example.org/quiz/">' in out
    assert out.index("og:site_name") < out.index("</head>")
