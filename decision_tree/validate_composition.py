"""Validation rules on compositions: what a result of several parts gains when its parts combine.

Part of :mod:`decision_tree.validate`; each rule raises TreeError naming the composition at fault.
Ids, texts and citations are checked like an outcome's: a composition is shown and cited the
same way, and only a tree that starts with a fork ever composes a result.
"""

from __future__ import annotations

from collections import Counter

from .errors import TreeError
from .model import VERDICT_IDS, Composition, Tree


def check_compositions(tree: Tree) -> None:
    if tree.compositions and not tree.is_composed:
        raise TreeError(f"compositions apply only to a tree whose start is a fork (start {tree.start!r} is not)")
    for composition in tree.compositions:
        _check_when(composition)
        _check_citations(tree, composition)


def _check_when(composition: Composition) -> None:
    when = composition.when
    if not isinstance(when, tuple) or len(when) < 2 or len(set(when)) != len(when):
        raise TreeError(f"'when' must name two or more different verdicts (got {when!r})", node=composition.id)
    unknown = [v for v in (*when, composition.verdict) if v not in VERDICT_IDS]
    if unknown:
        raise TreeError(f"verdict {unknown[0]!r} is not one of {sorted(VERDICT_IDS)}", node=composition.id)


def _check_citations(tree: Tree, composition: Composition) -> None:
    known = {"conclusions": {c.id for c in tree.conclusions}, "sources": {s.id for s in tree.sources}}
    if not composition.conclusions:
        raise TreeError("a composition must cite at least one documented conclusion id (got none)", node=composition.id)
    if not composition.reasons:
        raise TreeError("a composition must give at least one reason (got none)", node=composition.id)
    for field, ids in known.items():
        cited = getattr(composition, field)
        repeated = sorted(i for i, n in Counter(cited).items() if n > 1)
        if repeated:
            raise TreeError(f"{field} must cite each id once (got {repeated[0]!r} more than once)", node=composition.id)
        for item in cited:
            if item not in ids:
                raise TreeError(f"cites unknown {field[:-1]} {item!r} (must be one of {sorted(ids)})", node=composition.id)
