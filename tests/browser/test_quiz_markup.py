"""The quiz's markup and scripts agree, with no browser: every interface text a script asks for is
in the catalogue and every one of the catalogue is used somewhere; every part a script finds is
in the markup; the modules are small, are bundled from the one ES module pages load, and never write HTML."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import yaml

from decision_tree import TREE, ui
from decision_tree.render.links import Links
from decision_tree.render.quiz import quiz_markup
from decision_tree.versions import CARRIED, published

ROOT = Path(__file__).resolve().parents[2]
MODULES = {path.name: path.read_text(encoding="utf-8") for path in sorted((ROOT / "docs" / "javascripts" / "guide").glob("*.js"))}
OTHER_SCRIPTS = {path.name: path.read_text(encoding="utf-8") for path in sorted((ROOT / "docs" / "javascripts").glob("*.js"))}
SCRIPTS = "\n".join([*MODULES.values(), *OTHER_SCRIPTS.values()])
# Every script under docs/javascripts/, by its path there; the entry site.js imports them all.
ENTRY_SCRIPTS = {**OTHER_SCRIPTS, **{f"guide/{name}": text for name, text in MODULES.items()}}
IMPORTS = re.compile(r'^(?:import|export) (?:.* from )?"([^"]+)";$', re.M)
TESTS = "\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "browser").glob("*.py")))
PYTHON = "\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "decision_tree").rglob("*.py")))
TEMPLATES = "\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "overrides").rglob("*.html")))  # e.g. the error page's texts
MARKUP = quiz_markup(TREE, Links.for_tree(TREE, lambda path: "/" + path), "9.9.9", ui(), CARRIED, published())
MAX_LINES = 200


def test_every_text_a_script_asks_for_exists_and_every_text_is_used() -> None:
    asked = set(re.findall(r'\bt\(\s*"([a-z0-9-]+)"', SCRIPTS)) | set(re.findall(r'"((?:notice|drift|madr|md|cite)-[a-z0-9-]+)"', SCRIPTS))
    asked |= {f"cite-{kind}-label" for kind in ("plain", "apa", "bibtex")} | {"result-kicker", "shared-kicker", "old-kicker"}
    asked -= set(re.findall(r'data-dt-part="([a-z-]+)"', MARKUP))  # names of parts, not of texts
    asked = {name for name in asked if not name.endswith("-")}  # prefixes, as in t("change-" + kind)
    assert asked - set(ui()) == set(), "texts a script asks for but the catalogue lacks"
    quoted = set(re.findall(r'"([a-z][a-z0-9-]+)"', PYTHON + SCRIPTS + TEMPLATES)) | set(re.findall(r"'([a-z][a-z0-9-]+)'", PYTHON))
    hints = {f"{name}-hint" for name in re.findall(r'\("([a-z-]+)", "md-[a-z-]+"\)', PYTHON)}  # quiz.py's lists and their hints
    # Names built from a prefix, one per verdict or part: f"verdict-short-{verdict}", `model-${name}`.
    prefixes = tuple(re.findall(r'f"([a-z][a-z0-9-]*-)\{', PYTHON) + re.findall(r"`([a-z][a-z0-9-]*-)\$\{", SCRIPTS)
                     + re.findall(r'"([a-z][a-z0-9-]*-)" \+', SCRIPTS))
    built = {name for name in ui() if prefixes and name.startswith(prefixes)}
    assert set(ui()) - asked - quoted - hints - built - {"checklist-none"} == set(), "texts nobody uses"


def test_every_part_a_script_uses_is_in_the_markup() -> None:
    used = set(re.findall(r"\bui\.([a-z]+)\b", SCRIPTS)) | set(re.findall(r'\bui\["([a-z-]+)"\]', SCRIPTS))
    parts = set(re.findall(r'data-dt-part="([a-z-]+)"', MARKUP))
    assert used and used - parts == set()


def test_the_data_and_texts_travel_in_data_attributes() -> None:
    assert "<script" not in MARKUP and "style=" not in MARKUP
    data = json.loads(html.unescape(re.search(r'data-tree="([^"]*)"', MARKUP).group(1)))
    assert data["tree_version"] == TREE.version and data["guide_version"] == "9.9.9"
    assert set(data["versions"]["exports"]) == {str(v) for v in range(1, TREE.version + 1)}
    assert json.loads(html.unescape(re.search(r'data-texts="([^"]*)"', MARKUP).group(1))) == dict(ui())


def test_the_interface_is_hidden_and_the_fallback_is_not() -> None:
    assert re.search(r'<div class="dt-quiz-app" hidden="?"? data-dt-part="app">', MARKUP)
    fallback = MARKUP[MARKUP.index('<div class="dt-quiz-fallback">'):]
    assert "hidden" not in fallback.split(">", 1)[0]
    for question in TREE.questions:
        assert f'id="question-{question.id}"' in fallback


def test_the_scripts_never_write_html_or_styles_and_stay_small() -> None:
    for name, text in MODULES.items():
        for forbidden in ("innerHTML", "outerHTML", "insertAdjacentHTML", "eval(", "new Function", "document.write", ".style.", "setAttribute(\"style\""):
            assert forbidden not in text, f"{name} uses {forbidden}"
        assert len(text.splitlines()) <= MAX_LINES, f"{name} has {len(text.splitlines())} lines (at most {MAX_LINES})"


def test_every_module_is_loaded_as_a_module_and_imports_only_its_siblings() -> None:
    """Pages load one ES module, the entry the build bundles (scripts/hook_assets.py); every script
    of the guide is imported from it, directly or through another, so each is bundled and none is
    left out; the quiz's modules import only each other."""
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    assert config["extra_javascript"] == [{"path": "javascripts/site.js", "type": "module"}]
    reached, waiting = set(), ["site.js"]
    while waiting:
        name = waiting.pop()
        reached.add(name)
        folder = name.rpartition("/")[0]
        for imported in IMPORTS.findall(ENTRY_SCRIPTS[name]):
            path = "/".join(part for part in (folder, imported.removeprefix("./")) if part)
            assert path in ENTRY_SCRIPTS, f"{name} imports {imported}, which is not a script of the guide"
            waiting.extend({path} - reached)
    assert reached == set(ENTRY_SCRIPTS), f"scripts no page loads: {sorted(set(ENTRY_SCRIPTS) - reached)}"
    for name, text in MODULES.items():
        for imported in IMPORTS.findall(text):
            assert imported.startswith("./") and imported[2:] in MODULES, f"{name} imports {imported}"


def test_the_entry_exports_what_the_browser_tests_call_from_its_own_module() -> None:
    """The browser tests call the quiz's functions through the page's bundle (tests/browser/
    quiz_driver.py, SITE_SCRIPT): each is re-exported by name from the module that defines it."""
    exported = dict(re.findall(r'^export \{ ([^}]+) \} from "\./guide/([a-z-]+\.js)";$', ENTRY_SCRIPTS["site.js"], flags=re.M))
    for names, module in exported.items():
        for name in names.split(", "):
            assert re.search(rf"^export (?:const|function|async function) {name}\b", MODULES[module], flags=re.M), f"{module} does not export {name}"
    called = set(re.findall(r"\b(readTree|walk|whatWouldChange|compare|compareCosts|thousandLine|monthLine|breakEvenLine|inputsLine|pricesLine|driftLines|renamesOf|texts|mountQuiz|wire|fromLocation|readFragment)\b", TESTS))
    assert called <= {name for names in exported for name in names.split(", ")}


def test_the_stylesheets_are_one_entry_that_imports_them_all() -> None:
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    assert config["extra_css"] == ["stylesheets/site.css"]
    sheets = {path.name for path in (ROOT / "docs" / "stylesheets").glob("*.css")}
    imported = set(re.findall(r'^@import "([a-z-]+\.css)";$', (ROOT / "docs" / "stylesheets" / "site.css").read_text(encoding="utf-8"), flags=re.M))
    assert imported == sheets - {"site.css"}
