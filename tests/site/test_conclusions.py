"""The built site against the tree: every outcome rests on a documented, registered conclusion."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from decision_tree import TREE

from ..conftest import ROOT
from .built_html import ConclusionBlock, pages

BACKGROUND = "background"
REGISTER = "decision_tree/content/conclusions.py"


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


def test_every_conclusion_the_tree_cites_is_documented(documented) -> None:
    cited = {c for o in TREE.outcomes for c in o.conclusions}
    missing = sorted(cited - set(documented))
    assert not missing, f"outcomes cite conclusions the site does not document: {missing}"


def test_documented_verdicts_agree_with_every_outcome_that_cites_them(documented) -> None:
    for outcome in TREE.outcomes:
        for conclusion in outcome.conclusions:
            page, block = documented[conclusion]
            assert block.verdict == outcome.verdict, (
                f"outcome {outcome.id!r} ({outcome.verdict}) cites {conclusion!r}, documented on {page} as {block.verdict!r}"
            )


def test_no_conclusion_is_orphaned_unless_marked_background(documented) -> None:
    cited = {c for o in TREE.outcomes for c in o.conclusions}
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


def _registered_in(revision: str) -> dict[str, str]:
    """The register (id -> page) as committed in a revision, read from its source text."""
    text = subprocess.run(["git", "show", f"{revision}:{REGISTER}"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    constants = dict(re.findall(r'^([A-Z_]+) = "([^"]+)"', text, flags=re.M))
    found = {}
    for cid, page in re.findall(r'Conclusion\(id="([^"]+)",.*?page=("[^"]+"|[A-Z_]+)\)', text):
        found[cid] = page.strip('"') if page.startswith('"') else constants[page]
    return found


def test_a_published_conclusion_never_disappears_or_moves() -> None:
    """Every id in any committed version of the register is still registered, on the same page."""
    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout: the register's history is unavailable")
    revisions = subprocess.run(["git", "rev-list", "HEAD", "--", REGISTER], cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
    assert revisions, f"{REGISTER} has no committed history"
    current = {c.id: c.page for c in TREE.conclusions}
    for revision in revisions:
        for cid, page in _registered_in(revision).items():
            assert cid in current, f"conclusion {cid!r}, published in {revision[:8]}, has disappeared"
            assert current[cid] == page, f"conclusion {cid!r} moved from {page} (in {revision[:8]}) to {current[cid]}"
