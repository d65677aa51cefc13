"""A result in parts: what each need's branch reached, and how the parts combine.

In a tree that starts with a fork, every need the reader names walks its own branch to an
outcome; the outcomes reached are the result's parts (one part may answer several needs, where
their branches meet). The result's verdict is the first, in ``PRECEDENCE``, of the parts'
verdicts and those of the compositions that apply: a composition applies when the parts'
verdicts include all of its ``when``. A tree without a fork reaches one outcome: a result of one
part, whose verdict is that outcome's.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from .model import PRECEDENCE, Composition, Option, Outcome, Tree

PART_SEPARATOR = "+"  # joins the parts' outcome ids in a result's id; outcome ids never contain it


@dataclass(frozen=True, kw_only=True)
class Part:
    """One outcome of a result, the needs it answers and the questions its branches asked."""

    outcome: Outcome
    needs: tuple[Option, ...] = ()  # the fork's answers whose branch reached it (none without a fork)
    route: tuple[str, ...] = ()  # ids of the choice questions on its branches, in the order asked


@dataclass(frozen=True, kw_only=True)
class Result:
    """Where a complete set of answers leads: its parts, its verdict and the compositions applied."""

    parts: tuple[Part, ...]
    verdict: str
    compositions: tuple[Composition, ...] = ()

    @property
    def id(self) -> str:
        """The parts' outcome ids joined by '+', e.g. ``rag+fine-tune``: one outcome's id alone for one part."""
        return PART_SEPARATOR.join(p.outcome.id for p in self.parts)

    @property
    def outcomes(self) -> tuple[Outcome, ...]:
        return tuple(p.outcome for p in self.parts)

    @property
    def single(self) -> Outcome | None:
        """The outcome, when the result has only one part."""
        return self.parts[0].outcome if len(self.parts) == 1 else None

    def same(self, other: Result) -> bool:
        """Whether another result has the same parts (in any order) and the same verdict."""
        return self.verdict == other.verdict and {p.outcome.id for p in self.parts} == {p.outcome.id for p in other.parts}


def compose(tree: Tree, reached: Iterable[tuple[Option | None, Outcome, tuple[str, ...]]]) -> Result:
    """The result of the outcomes each branch reached: (the need, the outcome, the branch's questions)."""
    parts: dict[str, Part] = {}
    for need, outcome, route in reached:
        known = parts.get(outcome.id)
        needs = (known.needs if known else ()) + ((need,) if need is not None else ())
        asked = (known.route if known else ()) + tuple(q for q in route if not known or q not in known.route)
        parts[outcome.id] = Part(outcome=outcome, needs=needs, route=asked)
    ordered = tuple(parts.values())
    verdicts = {p.outcome.verdict for p in ordered}
    applied = tuple(c for c in tree.compositions if set(c.when) <= verdicts) if len(ordered) > 1 else ()
    return Result(parts=ordered, verdict=first_verdict(verdicts | {c.verdict for c in applied}), compositions=applied)


def first_verdict(verdicts: Iterable[str]) -> str:
    """The verdict that comes first in PRECEDENCE.

    >>> first_verdict({"rag", "prompting", "fine-tuning-and-rag"})
    'fine-tuning-and-rag'
    """
    return min(verdicts, key=PRECEDENCE.index)
