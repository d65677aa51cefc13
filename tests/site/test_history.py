"""Every conclusion shows its history on its page, in both editions: the guide version that first
published it, and each change with what it said and what it says now."""

from __future__ import annotations

import html
import re

import pytest

from decision_tree import LANGUAGES, tree
from decision_tree.content import catalogue
from decision_tree.history import history

pytestmark = pytest.mark.site

BLOCK = re.compile(r'<p class="conclusion-id">[^\n]*</p>\n<div class="dt-history" data-dt-history="(?P<id>[^"]+)" '
                   r'data-dt-statement="(?P<statement>[^"]+)">(?P<body>.*?)</div>')


def built_page(site, language: str, page: str) -> str:
    stem = page.removesuffix(".md")
    folder = "" if stem == "index" else stem.removesuffix("index") if stem.endswith("/index") else stem + "/"
    return site.html(("" if language == LANGUAGES[0] else f"{language}/") + folder + "index.html")


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_conclusion_shows_its_history_right_under_its_id(site, language: str) -> None:
    texts = catalogue(language)["conclusion-history"]
    for conclusion in tree(language).conclusions:
        found = {m["id"]: m for m in BLOCK.finditer(built_page(site, language, conclusion.page))}
        assert conclusion.id in found, f"{language} {conclusion.page}: {conclusion.id!r} shows no history under its id"
        record, shown = history(conclusion.id, language), found[conclusion.id]
        body = html.unescape(shown["body"])
        assert shown["statement"] == record.statement_version, conclusion.id
        first = texts["published-then" if record.changes else "published"].format(guide=record.published)
        assert first in body or texts["new"].format(guide=record.published) in body, f"{language} {conclusion.id}: {body[:200]}"
        for change in record.changes:
            assert texts["changed"].format(guide=change.guide) in body and change.was.rstrip(".。") in body and change.now.rstrip(".。") in body


def test_a_corrected_heading_is_quoted_as_first_published_on_its_page(site) -> None:
    page = built_page(site, "en", "conclusions/cost.md")
    assert "It said: “A fine-tuned model serves at base cost”. It now says: “A fine-tuned model adds no retrieval step”." in html.unescape(page)
