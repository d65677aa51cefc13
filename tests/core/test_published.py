"""What was published stays published: every frozen version is as its register recorded it, and
every conclusion ever published (by a version or in the append-only list) is still registered on
its page. Only committed files are compared, so this holds in any checkout, a depth-1 clone or a
source tarball included."""

from __future__ import annotations

import copy
import json

import pytest

from decision_tree import TREE
from decision_tree.versions import register_path
from decision_tree.versions.register import moved, read_register, register_lines

from ..registers import PUBLISHED_CONCLUSIONS, ROOT, VERSIONS, frozen_conclusions, frozen_exports, published_conclusions

FREEZE = ".venv/bin/python scripts/freeze_version.py"


def test_each_published_version_has_its_register_and_each_register_its_version() -> None:
    exports = {path.name for path in VERSIONS.glob("v*.json")}
    registers = {path.name for path in VERSIONS.glob("v*.published.txt")}
    for name in sorted(exports):
        assert register_path(name) in registers, (
            f"decision_tree/versions/{name} has no register: to publish it, run {FREEZE} (it writes "
            f"decision_tree/versions/{register_path(name)}), commit both files, and never edit either again"
        )
    for name in sorted(registers):
        assert name.replace(".published.txt", ".json") in exports, f"decision_tree/versions/{name} registers a version whose export is gone"
    assert f"v{TREE.version}.json" in exports, f"the current tree version {TREE.version} has no frozen export: run {FREEZE}"


@pytest.mark.parametrize("name", sorted(frozen_exports()))
def test_each_published_version_is_as_it_was_published(name: str) -> None:
    recorded = read_register((VERSIONS / register_path(name)).read_text(encoding="utf-8"))
    now = register_lines(frozen_exports()[name], origin=f"decision_tree/versions/{name}")
    changes = moved(recorded, now)
    assert not changes, (
        f"decision_tree/versions/{name} is not tree version {name[1:-5]} as published ({len(changes)} changes: "
        + "; ".join(changes[:8]) + ("; ..." if len(changes) > 8 else "")
        + "). A published version never changes, since its permalinks must keep saying what they said: restore the file "
        "as it was published (git log -p -- decision_tree/versions), and publish changes to the tree as a new version"
    )
    assert recorded == now  # the same lines in the same order, once nothing has moved


def test_a_changed_verdict_or_route_is_named_with_the_links_it_moves() -> None:
    data = frozen_exports()["v1.json"]
    recorded = register_lines(data, origin="v1.json")
    edited = copy.deepcopy(data)
    next(o for o in edited["outcomes"] if o["id"] == "fine-tune-adapters")["verdict"] = "rag"
    options = next(q for q in edited["questions"] if q["id"] == "task-count")["options"]
    next(o for o in options if o["id"] == "not-sure")["next"] = "fine-tune"
    changes = moved(recorded, register_lines(edited, origin="v1.json"))
    assert "outcomes/fine-tune-adapters changed" in changes and "questions/task-count changed" in changes
    assert any(c.endswith("now reaches fine-tune-adapters (rag) (published: fine-tune-adapters (fine-tuning))") for c in changes)
    assert any("task-count=not-sure now reaches fine-tune (fine-tuning) (published: fine-tune-adapters (fine-tuning))" in c for c in changes)


def test_a_text_change_alone_is_named_by_its_part() -> None:
    data = frozen_exports()["v1.json"]
    edited = json.loads(json.dumps(data))
    edited["sources"][0]["title"] += "."
    edited["title"] = "Another title"
    assert moved(register_lines(data, origin="v1.json"), register_lines(edited, origin="v1.json")) == [
        "title changed", f"sources/{data['sources'][0]['id']} changed"]


def test_a_published_conclusion_is_still_registered_on_the_same_page() -> None:
    registered = {c.id: c.page for c in TREE.conclusions}
    for cid, page in published_conclusions().items():
        assert cid in registered, f"conclusion {cid!r} was published (on {page}) and has disappeared from the register"
        assert registered[cid] == page, f"conclusion {cid!r} was published on {page} and has moved to {registered[cid]}"


def test_every_registered_conclusion_is_recorded_as_published() -> None:
    recorded = published_conclusions()
    missing = [c.id for c in TREE.conclusions if c.id not in recorded]
    assert not missing, f"append these registered conclusions to {PUBLISHED_CONCLUSIONS.relative_to(ROOT)}: {missing}"


def test_every_conclusion_a_published_version_cites_is_registered_and_recorded_on_its_page() -> None:
    """The frozen versions anchor the append-only list: renaming a conclusion together with its
    line in that list still leaves the old id in the versions that published it."""
    registered, recorded = {c.id: c.page for c in TREE.conclusions}, published_conclusions()
    for (cid, page), version in frozen_conclusions().items():
        assert registered.get(cid) == page, (
            f"conclusion {cid!r} was published by {version} on {page}; the register has it "
            + (f"on {registered[cid]}" if cid in registered else "no more") + " (published ids never disappear or move)"
        )
        assert recorded.get(cid) == page, f"conclusion {cid!r}, published by {version} on {page}, is not so listed in {PUBLISHED_CONCLUSIONS.name}"
