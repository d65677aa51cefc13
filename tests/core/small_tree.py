"""A small valid tree that the validation tests break one rule at a time."""

from __future__ import annotations

from dataclasses import replace

from types import MappingProxyType

from decision_tree.model import VERDICT_IDS, Conclusion, Option, Outcome, Question, Source, Tree

LABELS = MappingProxyType({v: f"Verdict {v}" for v in VERDICT_IDS})


def option(id: str, next: str) -> Option:
    return Option(id=id, label=f"Answer {id}", next=next, rationale=f"Because {id}.")


def outcome(id: str, verdict: str = "rag", conclusions: tuple[str, ...] = ("c-one",)) -> Outcome:
    return Outcome(
        id=id, verdict=verdict, title=f"Outcome {id}", headline=f"Do {id}.", reasons=("A reason.",),
        caveats=(), next_steps=("A step.",), conclusions=conclusions, sources=("paper",),
    )


def question(id: str, *options: Option) -> Question:
    return Question(id=id, title=f"Q {id}", text=f"Question {id}?", why="It matters.", options=options)


def small_tree(**changes: object) -> Tree:
    """start -> (a: end-a | b: middle -> (x: end-a | y: end-b))"""
    tree = Tree(
        version=1,
        title="Small",
        start="start",
        questions=(
            question("start", option("a", "end-a"), option("b", "middle")),
            question("middle", option("x", "end-a"), option("y", "end-b")),
        ),
        outcomes=(outcome("end-a"), outcome("end-b", verdict="fine-tuning")),
        sources=(Source(id="paper", citation="A (2024)", title="A paper", url="https://example.org/a"),),
        conclusions=(Conclusion(id="c-one", title="One", page="one.md"),),
        verdicts=LABELS,
    )
    return replace(tree, **changes)


def two_versions() -> tuple[Tree, Tree, dict, dict[str, str]]:
    """The small tree as version 1, and a version 2 whose start question gained an answer that
    version 1's "b" is renamed to: the old version, the new one, the renames, and a version-1
    link's answers that the new answer now sends elsewhere (end-b then, end-a now)."""
    old = small_tree()
    start = question("start", option("a", "end-a"), option("b", "middle"), option("c", "end-a"))
    new = replace(old, version=2, questions=(start, *old.questions[1:]))
    return old, new, {("start", "b"): (("start", "c"),)}, {"start": "b", "middle": "y"}
