"""The built site against the tree: every outcome rests on a documented, registered conclusion,
and every conclusion ever published is still where readers were sent (tests/core/test_published.py
checks the registers themselves)."""

from __future__ import annotations

import re

import pytest

from decision_tree import TREE

from ..conftest import ROOT
from ..registers import frozen_conclusions, published_conclusions as published
from .built_html import ConclusionBlock, pages

BACKGROUND = "background"


@pytest.fixture(scope="module")
def built(site) -> dict[str, list[ConclusionBlock]]:
    """Conclusion blocks of the built site, by the page that holds them."""
    return {page: idx.conclusions for page, idx in pages(site.directory, ROOT / "docs").items()}


@pytest.fixture(scope="module")
def documented(built) -> dict[str, tuple[str, ConclusionBlock]]:
    """Every conclusion block in the site by id, with its page; duplicates fail."""
    found: dict[str, tuple[str, ConclusionBlock]] = {}
    for page, blocks in built.items():
        for block in blocks:
            assert block.id not in found, f"conclusion {block.id!r} is documented on {found[block.id][0]} and on {page}"
            found[block.id] = (page, block)
    return found


CITERS = (*TREE.outcomes, *TREE.compositions)  # what cites conclusions: each outcome, and each composition of parts


def test_every_conclusion_the_tree_cites_is_documented(documented) -> None:
    cited = {c for o in CITERS for c in o.conclusions}
    missing = sorted(cited - set(documented))
    assert not missing, f"outcomes cite conclusions the site does not document: {missing}"


def test_documented_verdicts_agree_with_every_outcome_that_cites_them(documented) -> None:
    for outcome in CITERS:
        for conclusion in outcome.conclusions:
            page, block = documented[conclusion]
            assert block.verdict == outcome.verdict, (
                f"outcome {outcome.id!r} ({outcome.verdict}) cites {conclusion!r}, documented on {page} as {block.verdict!r}"
            )


def test_no_conclusion_is_orphaned_unless_marked_background(documented) -> None:
    cited = {c for o in CITERS for c in o.conclusions}
    orphans = sorted(i for i, (_, b) in documented.items() if i not in cited and b.verdict != BACKGROUND)
    assert not orphans, f"conclusions cited by no outcome must be marked data-verdict='background': {orphans}"


def test_each_block_is_well_formed(documented) -> None:
    labels = {**TREE.verdicts, BACKGROUND: "Background"}
    for conclusion_id, (page, block) in documented.items():
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", conclusion_id), f"{page}: {conclusion_id!r} is not a slug"
        assert block.heading_id == conclusion_id, f"{page}: the heading of {conclusion_id!r} has id {block.heading_id!r}"
        assert block.verdict in labels, f"{page}: {conclusion_id!r} has unknown verdict {block.verdict!r}"
        assert f"Verdict: {labels[block.verdict]}" in " ".join(block.text.split()), f"{page}: {conclusion_id!r} shows no matching verdict line"


def test_the_register_matches_the_site_exactly(documented) -> None:
    registered = {c.id: c for c in TREE.conclusions}
    assert sorted(registered) == sorted(documented), "register and site document different conclusions"
    for conclusion in TREE.conclusions:
        page, block = documented[conclusion.id]
        assert page == conclusion.page, f"{conclusion.id!r} is registered on {conclusion.page} but documented on {page}"
        assert block.heading_text.strip() == conclusion.title, f"{conclusion.id!r}: heading {block.heading_text.strip()!r} != register {conclusion.title!r}"


def test_every_published_conclusion_is_on_its_page_in_the_built_site(documented) -> None:
    for cid, page in published().items():
        assert cid in documented, f"published conclusion {cid!r} is missing from the built site"
        assert documented[cid][0] == page, f"published conclusion {cid!r} is built on {documented[cid][0]}, not on {page}"


def test_every_conclusion_a_published_version_cites_is_on_its_page_in_the_built_site(documented) -> None:
    """Old permalinks link to these anchors, whatever the register says now."""
    for (cid, page), version in frozen_conclusions().items():
        assert cid in documented, f"conclusion {cid!r}, published by {version}, is missing from the built site"
        assert documented[cid][0] == page, f"conclusion {cid!r}, published by {version} on {page}, is built on {documented[cid][0]}"
