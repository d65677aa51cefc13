"""The site's own scripts and stylesheets as shipped (scripts/hook_assets.py): esbuild bundles each
entry mkdocs.yml lists with all it imports, minified, at the entry's address; the sources it took in
stay out of the site, and a source no entry takes in, an entry another entry bundles, or a script
esbuild cannot read stops the build naming it."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

from ..conftest import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
import hook_assets  # noqa: E402  (beside the hook, as MkDocs finds it)

sys.path.remove(str(ROOT / "scripts"))

DOCS = ROOT / "docs"
ENTRIES = ["javascripts/site.js", "stylesheets/site.css"]


def site_files(docs: Path) -> Files:
    """Every file under ``docs`` as MkDocs lists it."""
    return Files([File(p.relative_to(docs).as_posix(), str(docs), str(docs.parent / "site"), True) for p in sorted(docs.rglob("*")) if p.is_file()])


def write(docs: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        (docs / name).parent.mkdir(parents=True, exist_ok=True)
        (docs / name).write_text(text, encoding="utf-8")


@pytest.fixture(scope="module")
def guide() -> hook_assets.Bundles:
    return hook_assets.bundle(DOCS, ENTRIES)


def test_the_guide_s_entries_take_in_every_script_and_stylesheet_of_its_own(guide) -> None:
    sources = {p.relative_to(DOCS).as_posix() for folder in ("javascripts", "stylesheets") for p in (DOCS / folder).rglob("*") if p.is_file()}
    assert guide.taken_in() == sources
    assert guide.doubled() == []


def test_each_bundle_is_minified_and_keeps_what_its_entry_exports(guide) -> None:
    script, sheet = guide.outputs["javascripts/site.js"], guide.outputs["stylesheets/site.css"]
    assert "/*" not in script and "import " not in script and len(script.splitlines()) < 20
    exported = set(re.findall(r"^export \{ ([^}]+) \} from", (DOCS / "javascripts/site.js").read_text(encoding="utf-8"), flags=re.M))
    names = {name for group in exported for name in group.split(", ")}
    assert names and all(re.search(rf"\bas {name}\b", script) for name in names)
    assert "@import" not in sheet and "/*" not in sheet and ".dt-quiz--mounted" in sheet and ".dt-diagram" in sheet


def test_shipping_puts_each_bundle_at_its_entry_and_leaves_the_sources_out(guide) -> None:
    files = hook_assets.ship(site_files(DOCS), guide)
    own = sorted(f.src_uri for f in files if f.src_uri.startswith(hook_assets.OWN_FOLDERS))
    assert own == sorted(ENTRIES)
    assert files.get_file_from_path("javascripts/site.js").content_string == guide.outputs["javascripts/site.js"]
    assert files.get_file_from_path("quiz.md") is not None  # the pages are left alone


def test_a_module_imported_from_a_bundled_one_ships_with_nothing_to_configure(tmp_path: Path) -> None:
    write(tmp_path, {"javascripts/site.js": 'import { cost } from "./guide/cost.js";\nconsole.log(cost());\n',
                     "javascripts/guide/cost.js": "export const cost = () => 42;\n"})
    bundles = hook_assets.bundle(tmp_path, ["javascripts/site.js"])
    files = hook_assets.ship(site_files(tmp_path), bundles)
    assert [f.src_uri for f in files] == ["javascripts/site.js"]
    assert "42" in files.get_file_from_path("javascripts/site.js").content_string


def test_a_source_no_entry_takes_in_stops_the_build_naming_it(tmp_path: Path) -> None:
    write(tmp_path, {"javascripts/site.js": "console.log(1);\n", "javascripts/guide/forgotten.js": "export const x = 1;\n"})
    bundles = hook_assets.bundle(tmp_path, ["javascripts/site.js"])
    with pytest.raises(PluginError, match=r"docs/javascripts/guide/forgotten\.js: no entry point bundles it"):
        hook_assets.ship(site_files(tmp_path), bundles)


def test_an_entry_another_entry_bundles_stops_the_build_naming_it(tmp_path: Path) -> None:
    write(tmp_path, {"javascripts/site.js": 'import "./extra.js";\n', "javascripts/extra.js": "console.log(2);\n"})
    bundles = hook_assets.bundle(tmp_path, ["javascripts/site.js", "javascripts/extra.js"])
    with pytest.raises(PluginError, match=r"mkdocs\.yml lists javascripts/extra\.js as an entry point, but another entry already imports it"):
        hook_assets.ship(site_files(tmp_path), bundles)


def test_a_script_esbuild_cannot_read_stops_the_build_with_its_message(tmp_path: Path) -> None:
    write(tmp_path, {"javascripts/site.js": 'import "./broken.js";\n', "javascripts/broken.js": "const = ;\n"})
    with pytest.raises(PluginError, match=r"(?s)esbuild could not bundle javascripts/site\.js.*broken\.js:1"):
        hook_assets.bundle(tmp_path, ["javascripts/site.js"])
