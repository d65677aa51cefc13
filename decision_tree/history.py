"""How each conclusion changed: the guide version that first published it, and every correction since.

A conclusion's published statement is its heading as frozen in the JSON export of each published
version (:mod:`decision_tree.versions`). A correction is recorded in
:mod:`decision_tree.content.revisions` (its guide version and month) with its texts in every
catalogue (what it said, what it says now, why). :func:`history` gives one conclusion's record in
a language; :func:`statement_version` gives the guide version its current statement dates from,
which a result or a decision record names beside each conclusion it cites.

The record is checked as it is read, and a broken one is a TreeError naming the conclusion: a
correction for an unknown conclusion, out of order, later than the guide, or without its texts;
and a heading that differs from the one last published with no correction for the current guide
version to say so.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from typing import Any, Iterable, Mapping

from .errors import TreeError
from .model import Tree

GUIDE_VERSION = re.compile(r"(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)")
MONTH = re.compile(r"[0-9]{4}-(0[1-9]|1[0-2])")
WHERE = "decision_tree/content/revisions.py"


@dataclass(frozen=True, kw_only=True)
class Correction:
    """One change to what a conclusion says, in one language."""

    guide: str  # the guide version that made it
    month: str  # YYYY-MM
    was: str
    now: str
    why: str


@dataclass(frozen=True, kw_only=True)
class History:
    """A conclusion's record: the guide version that first published it, and its corrections in order."""

    conclusion: str
    published: str
    changes: tuple[Correction, ...] = ()

    @property
    def statement_version(self) -> str:
        """The guide version the conclusion's current statement dates from."""
        return self.changes[-1].guide if self.changes else self.published


@dataclass(frozen=True, kw_only=True)
class Published:
    """What one published version of the guide said: its guide version and each conclusion's heading."""

    guide: str
    headings: Mapping[str, str]


def version_key(version: str) -> tuple[int, ...]:
    """A guide version as numbers, for ordering.

    >>> version_key("3.0.0") > version_key("2.10.1")
    True
    """
    if not GUIDE_VERSION.fullmatch(version):
        raise TreeError(f"guide version must be MAJOR.MINOR.PATCH, e.g. '3.0.0' (got {version!r})")
    return tuple(int(part) for part in version.split("."))


def published_exports(frozen: Mapping[int, str]) -> tuple[Published, ...]:
    """The conclusions' headings in each frozen export (the text of each published version)."""
    found = []
    for version, text in frozen.items():
        data = json.loads(text)
        headings = {c["id"]: c["title"] for c in data["conclusions"]}
        found.append(Published(guide=data["guide_version"], headings=headings))
    return tuple(sorted(found, key=lambda p: version_key(p.guide)))


def records(
    tree: Tree, revisions: Iterable[Any], exports: tuple[Published, ...], changes: Mapping[str, Any], *, current: str,
    reference: Tree | None = None,
) -> dict[str, History]:
    """Every conclusion's history in the language of ``tree`` (whose catalogue's corrections are
    ``changes``), checked against the published ``exports`` and the ``current`` guide version.
    ``reference`` is the tree in the language the exports were published in (``tree`` itself by default)."""
    reference = reference or tree
    before = [p for p in exports if version_key(p.guide) < version_key(current)]
    first = {cid: p.guide for p in reversed(before) for cid in p.headings}
    by_conclusion: dict[str, list[Correction]] = {c.id: [] for c in tree.conclusions}
    for revision in revisions:
        by_conclusion.setdefault(revision.conclusion, []).append(_correction(revision, changes, first, current))
    _refuse_stray_texts(changes, revisions)
    for conclusion in reference.conclusions:
        found = by_conclusion.get(conclusion.id, [])
        _check_order(conclusion.id, found)
        heading = tree.conclusion(conclusion.id).title
        _check_heading_change(conclusion.id, conclusion.title, before, found, current, heading, same=reference is tree)
    return {cid: History(conclusion=cid, published=first.get(cid, current), changes=tuple(found)) for cid, found in by_conclusion.items()}


def history(conclusion: str, language: str | None = None) -> History:
    """One conclusion's history, in a language of the guide (the default language if None)."""
    found = _all(language or _languages()[0]).get(conclusion)
    if found is None:
        raise TreeError(f"unknown conclusion {conclusion!r} (no conclusion with that id is registered)")
    return found


def statement_version(conclusion: str) -> str:
    """The guide version of a conclusion's current statement: its last correction, else its first
    publication (the current version for a conclusion new in it)."""
    return history(conclusion).statement_version


# Helper functions --------------------------------------------------------------------


@cache
def _all(language: str) -> dict[str, History]:
    from . import __version__
    from .content import catalogue, tree
    from .content.revisions import REVISIONS
    from .versions import frozen

    changes = catalogue(language)["conclusion-history"].get("changes", {})
    exports = published_exports(frozen())
    return records(tree(language), REVISIONS, exports, changes, current=__version__, reference=tree(_languages()[0]))


def _languages() -> tuple[str, ...]:
    from .content import LANGUAGES

    return LANGUAGES


def _correction(revision: Any, changes: Mapping[str, Any], first: Mapping[str, str], current: str) -> Correction:
    where = f"{WHERE}: the change to {revision.conclusion!r} in guide {revision.guide!r}"
    if not MONTH.fullmatch(revision.date):
        raise TreeError(f"{where}: date must be a month written YYYY-MM (got {revision.date!r})")
    if version_key(revision.guide) > version_key(current):
        raise TreeError(f"{where}: is later than the guide itself ({current})")
    if revision.conclusion in first and version_key(revision.guide) <= version_key(first[revision.conclusion]):
        raise TreeError(f"{where}: the conclusion was first published in guide {first[revision.conclusion]}, so a change must come later")
    texts = changes.get(revision.conclusion, {}).get(revision.guide)
    if not isinstance(texts, Mapping) or any(not isinstance(texts.get(k), str) or not texts[k].strip() for k in ("was", "now", "why")):
        raise TreeError(f"{where}: the catalogue needs was, now and why as non-empty texts under "
                        f"[conclusion-history.changes.{revision.conclusion}.\"{revision.guide}\"] (got {texts!r})")
    return Correction(guide=revision.guide, month=revision.date, **{k: texts[k].strip() for k in ("was", "now", "why")})


def _refuse_stray_texts(changes: Mapping[str, Any], revisions: Iterable[Any]) -> None:
    recorded = {(r.conclusion, r.guide) for r in revisions}
    for conclusion, by_version in changes.items():
        for guide in by_version:
            if (conclusion, guide) not in recorded:
                raise TreeError(f"the catalogue describes a change to {conclusion!r} in guide {guide!r}, which {WHERE} does not record")


def _check_order(cid: str, found: list[Correction]) -> None:
    versions = [version_key(c.guide) for c in found]
    if versions != sorted(set(versions)) or [c.month for c in found] != sorted(c.month for c in found):
        raise TreeError(f"{WHERE}: the changes to {cid!r} must be listed once per guide version, oldest first")


def _check_heading_change(cid: str, heading: str, before: list[Published], found: list[Correction], current: str,
                          translated: str, *, same: bool) -> None:
    """A heading changed since it was last published needs a correction for the current guide
    version, saying what it was (in the language it was published in) and what it is now
    (``translated``: the heading in the language of ``found``)."""
    last = next((p for p in reversed(before) if cid in p.headings), None)
    if last is None or last.headings[cid] == heading:
        return
    now = next((c for c in found if c.guide == current), None)
    if now is None:
        raise TreeError(f"conclusion {cid!r}: its heading changed since guide {last.guide} (“{last.headings[cid]}” → "
                        f"“{heading}”), so it needs a change recorded for guide {current} in {WHERE}")
    if now.now != translated or (same and now.was != last.headings[cid]):
        expected = f"it was “{last.headings[cid]}” and is now “{translated}”" if same else f"it is now “{translated}”"
        raise TreeError(f"conclusion {cid!r}: the change for guide {current} must say {expected} (got “{now.was}” and “{now.now}”)")
