"""The hook's cache of renderings (the diagram, the table of paths), and the renderings it holds back
from the search plugin."""

from __future__ import annotations

import shutil
from pathlib import Path
from types import SimpleNamespace

import pytest

from .test_hook import hook, page, render  # noqa: F401 - the module-scoped fixture is used by name

DIAGRAM = "<!-- decision-tree: diagram -->"


@pytest.fixture
def cache(hook, monkeypatch, tmp_path: Path) -> Path:  # noqa: F811 - the fixture of the same name
    """An empty cache folder, and a fresh build state (as at the start of a build)."""
    monkeypatch.setenv("DECISION_TREE_CACHE", str(tmp_path / "cache"))
    fresh_build(hook, monkeypatch)
    return tmp_path / "cache"


def fresh_build(hook, monkeypatch, **changes) -> None:  # noqa: F811
    fields = {"tree": hook._build.tree, "package": hook._build.package, **changes}
    monkeypatch.setattr(hook, "_build", hook.Build(**fields))


def links(hook, root: str = "../"):  # noqa: F811
    return hook._build.module("render.links").Links.for_tree(hook._build.tree, lambda path: root + path)


@pytest.mark.graphviz
def test_a_rebuild_takes_the_diagram_from_the_cache_without_running_dot(hook, cache: Path, monkeypatch) -> None:  # noqa: F811
    first = render(hook, DIAGRAM)
    assert [p.name.split("-")[0] for p in cache.iterdir()] == ["svg"] and "<svg" in first

    def no_dot(*args, **kwargs):
        raise AssertionError("dot ran although the cache holds the drawing")

    fresh_build(hook, monkeypatch)
    monkeypatch.setattr(hook._build.module("render.dot"), "render_svg", no_dot)
    assert render(hook, DIAGRAM) == first


@pytest.mark.graphviz
def test_a_rebuild_takes_the_table_of_paths_from_the_cache(hook, cache: Path, monkeypatch) -> None:  # noqa: F811
    at = page("tree.md", "tree/")
    first = render(hook, "<!-- decision-tree: paths -->", at=at)
    assert 'class="dt-paths"' in first

    def no_table(*args, **kwargs):
        raise AssertionError("the table of paths was made again although the cache holds it")

    fresh_build(hook, monkeypatch)
    monkeypatch.setattr(hook._build.module("render.tables"), "paths_table", no_table)
    assert render(hook, "<!-- decision-tree: paths -->", at=at) == first


@pytest.mark.graphviz
def test_the_cache_key_changes_with_the_links_graphviz_and_every_file_of_the_package(
    hook, cache: Path, monkeypatch, tmp_path: Path  # noqa: F811
) -> None:
    key = hook._build.cache_key("svg", links(hook))
    assert key == hook._build.cache_key("svg", links(hook)), "the key is not deterministic"
    assert hook._build.cache_key("svg", links(hook, "../../")) != key, "other link targets, same key"
    assert hook._build.cache_key("paths", links(hook)) != key, "another rendering, same key"

    other_dot = SimpleNamespace(get=lambda: "dot - graphviz version 99.0.0 (0)\n")
    fresh_build(hook, monkeypatch, dot_version=other_dot)
    assert hook._build.cache_key("svg", links(hook)) != key, "another Graphviz, same key"

    copy = tmp_path / "decision_tree"
    shutil.copytree(Path(hook._build.package.__file__).parent, copy, ignore=shutil.ignore_patterns("__pycache__"))
    fresh_build(hook, monkeypatch, package=SimpleNamespace(__file__=str(copy / "__init__.py")))
    assert hook._build.cache_key("svg", links(hook)) == key, "the same files, another key"
    # A file of the tree's content: a data file (texts) if there is one, else its code.
    content = sorted((path for path in (copy / "content").rglob("*") if path.is_file()), key=lambda p: (p.suffix == ".py", p))
    content[0].write_text(content[0].read_text(encoding="utf-8") + "\n", encoding="utf-8")
    # The package's files are read once per build (mkdocs serve starts a new one on every change).
    assert hook._build.cache_key("svg", links(hook)) == key, "the package's files were read again within a build"
    fresh_build(hook, monkeypatch, package=SimpleNamespace(__file__=str(copy / "__init__.py")))
    assert hook._build.cache_key("svg", links(hook)) != key, f"{content[0].name} of the tree's content changed, same key"


def test_without_dot_nothing_comes_from_the_cache(hook, cache: Path, monkeypatch) -> None:  # noqa: F811
    cache.mkdir()
    monkeypatch.setenv("PATH", "/nonexistent")
    fresh_build(hook, monkeypatch)
    assert hook._build.cache_key("svg", links(hook)) is None
    with pytest.raises(hook.PluginError, match="the Graphviz 'dot' executable was not found"):
        render(hook, DIAGRAM, at=page("tree.md", "tree/"))
    assert list(cache.iterdir()) == []


@pytest.mark.graphviz
def test_the_cache_can_be_turned_off(hook, cache: Path, monkeypatch) -> None:  # noqa: F811
    monkeypatch.setenv("DECISION_TREE_CACHE", "off")
    assert "<svg" in render(hook, DIAGRAM)
    assert not cache.exists()


@pytest.mark.graphviz
def test_search_never_sees_the_drawing_or_the_table_of_paths(hook, cache: Path) -> None:  # noqa: F811
    at = page("tree.md", "tree/")
    content = hook.on_page_content(
        "<!-- decision-tree: diagram -->\n<!-- decision-tree: outline -->\n<!-- decision-tree: paths -->",
        page=at, config={}, files=None,
    )
    assert "<svg" not in content and 'class="dt-paths"' not in content
    assert '<div class="dt-outline">' in content, "the outline, which search indexes, was held back too"
    site = SimpleNamespace(site_description="", site_name="The guide")
    final = hook.on_post_page(f"<html><head></head>{content}</html>", page=at, config=site)
    assert "<svg" in final and 'class="dt-paths"' in final and "decision-tree-after-search" not in final
    assert at.file.src_uri not in hook._build.after_search, "held renderings were kept after use"


@pytest.mark.graphviz
def test_the_drawing_starts_as_the_build_begins_and_the_page_uses_it(hook, cache: Path, monkeypatch) -> None:  # noqa: F811
    """dot runs in the background from on_files, for the edition's pages with a diagram (once per
    depth), and the page that shows it takes that drawing rather than starting another."""
    calls = []
    draw = hook._build.module("render.dot").render_svg
    monkeypatch.setattr(hook._build.module("render.dot"), "render_svg", lambda *args, **kwargs: calls.append(1) or draw(*args, **kwargs))
    sources = {"quiz.md": f"# Quiz\n\n{DIAGRAM}\n", "tree.md": f"# Tree\n\n{DIAGRAM}\n", "about.md": "# About\n"}
    files = SimpleNamespace(documentation_pages=lambda: [
        SimpleNamespace(url=name.removesuffix(".md") + "/", content_string=text) for name, text in sources.items()
    ])
    hook.markers.start_drawing(hook._build, files, "en")
    assert list(hook._build.diagrams) == [("../", "en")]  # one drawing for the two pages at the same depth
    assert "<svg" in render(hook, DIAGRAM) and calls == [1]
    assert list(cache.iterdir())[0].name.startswith("svg-en-")
