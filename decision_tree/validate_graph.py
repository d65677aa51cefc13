"""Validation rules on the tree's graph: where answers lead, cycles and reachability.

Part of :mod:`decision_tree.validate`; each rule raises TreeError naming the node at fault.
"""

from __future__ import annotations

from typing import Iterator

from .errors import TreeError
from .model import Tree


def check_links(tree: Tree) -> None:
    nodes = sorted(n.id for n in (*tree.questions, *tree.outcomes))
    if tree.question(tree.start) is None:
        raise TreeError(f"start must name a question (got {tree.start!r}; questions are {sorted(q.id for q in tree.questions)})")
    if tree.question(tree.start).is_checklist:  # type: ignore[union-attr]
        raise TreeError(f"start must name a choice question or a fork, not the checklist {tree.start!r}")
    for question in tree.questions:
        if question.is_fork and question.id != tree.start:
            raise TreeError(f"a fork must be the start question (the start is {tree.start!r})", node=question.id)
        for option in question.options:
            if question.is_checklist:
                continue
            target = tree.question(option.next)
            if target is not None and target.is_checklist:
                raise TreeError(f"option {option.id!r} leads to the checklist {option.next!r}; checklists are asked by outcomes", node=question.id)
            if option.next not in nodes:
                raise TreeError(
                    f"option {option.id!r} leads to unknown node {option.next!r} (must be one of {nodes})",
                    node=question.id,
                )


def check_graph(tree: Tree) -> None:
    cycle = _find_cycle(tree)
    if cycle:
        raise TreeError(f"nodes are in a cycle: {' -> '.join(cycle)}", node=cycle[0])
    reached = _reachable(tree)
    for node in (*tree.questions, *tree.outcomes):
        if node.id not in reached:
            raise TreeError(f"unreachable from the start question {tree.start!r}", node=node.id)


def _successors(tree: Tree, node_id: str) -> tuple[str, ...]:
    """Where a node leads: a choice question to its answers' nodes, an outcome to its checklists."""
    question = tree.question(node_id)
    if question is not None:
        return () if question.is_checklist else tuple(o.next for o in question.options)
    outcome = tree.outcome(node_id)
    return outcome.checklists if outcome is not None else ()


def _find_cycle(tree: Tree) -> list[str] | None:
    """The first cycle found by depth-first search from every question, or None.

    Iterative, so a long chain of questions cannot exhaust Python's recursion limit.
    """
    finished: set[str] = set()
    for first in tree.questions:
        if first.id in finished:
            continue
        path, on_path = [first.id], {first.id}
        pending: list[Iterator[str]] = [iter(_successors(tree, first.id))]  # successors left to visit, per step
        while pending:
            succ = next(pending[-1], None)
            if succ is None:
                finished.add(path[-1])
                on_path.remove(path.pop())
                pending.pop()
            elif succ in on_path:
                return path[path.index(succ):] + [succ]
            elif succ not in finished:
                path.append(succ)
                on_path.add(succ)
                pending.append(iter(_successors(tree, succ)))
    return None


def _reachable(tree: Tree) -> set[str]:
    seen, stack = set(), [tree.start]
    while stack:
        node = stack.pop()
        if node not in seen:
            seen.add(node)
            stack.extend(_successors(tree, node))
    return seen
