"""The quiz's markup and script agree: every text template and every part the script uses is
in the markup, and the markup hides the interface until the script mounts it. No browser."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

from decision_tree import TREE
from decision_tree.render.links import Links
from decision_tree.render.quiz import TEXTS, quiz_markup

SCRIPT = (Path(__file__).resolve().parents[2] / "docs" / "javascripts" / "guide.js").read_text(encoding="utf-8")
MARKUP = quiz_markup(TREE, Links.for_tree(TREE, lambda path: "/" + path), "9.9.9")


def test_every_template_the_script_uses_exists_and_every_template_is_used() -> None:
    used = set(re.findall(r'\b(?:text\(quiz, |t\()"([a-z-]+)"', SCRIPT))
    used |= set(re.findall(r'"((?:notice|md|leads-to|copied)-[a-z-]+)"', SCRIPT))
    assert used - set(TEXTS) == set(), "templates the script asks for but the markup lacks"
    assert set(TEXTS) - used == set(), "templates nobody uses"


def test_every_part_the_script_uses_is_in_the_markup() -> None:
    used = set(re.findall(r"\bui\.([a-z]+)\b", SCRIPT)) | set(re.findall(r'\bui\["([a-z-]+)"\]', SCRIPT))
    parts = set(re.findall(r'data-dt-part="([a-z-]+)"', MARKUP))
    assert used - parts == set()


def test_the_data_and_texts_travel_in_data_attributes() -> None:
    assert "<script" not in MARKUP
    data = json.loads(html.unescape(re.search(r'data-tree="([^"]*)"', MARKUP).group(1)))
    assert data["tree_version"] == TREE.version and data["guide_version"] == "9.9.9"
    assert json.loads(html.unescape(re.search(r'data-texts="([^"]*)"', MARKUP).group(1))) == TEXTS


def test_the_interface_is_hidden_and_the_fallback_is_not() -> None:
    assert re.search(r'<div class="dt-quiz-app" hidden="" data-dt-part="app">', MARKUP)
    fallback = MARKUP[MARKUP.index('<div class="dt-quiz-fallback">'):]
    assert "hidden" not in fallback.split(">", 1)[0]
    for question in TREE.questions:
        assert f'id="question-{question.id}"' in fallback


def test_the_script_never_writes_html() -> None:
    for forbidden in ("innerHTML", "outerHTML", "insertAdjacentHTML", "eval(", "new Function", "document.write"):
        assert forbidden not in SCRIPT
