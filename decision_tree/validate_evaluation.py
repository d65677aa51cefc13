"""Validation rules on evaluation plans: how a team will know each outcome works.

Part of :mod:`decision_tree.validate`; each rule raises TreeError naming the outcome at fault.
A tree whose outcomes carry plans must give one to every outcome, since every result shows a
plan for each of its parts; trees published before plans existed carry none, and stay valid.
"""

from __future__ import annotations

from collections import Counter

from .errors import TreeError
from .model import Evaluation, Outcome, Tree


def check_evaluations(tree: Tree) -> None:
    planned = [o for o in tree.outcomes if o.evaluation is not None]
    if not planned:
        return
    missing = [o.id for o in tree.outcomes if o.evaluation is None]
    if missing:
        raise TreeError(
            f"has no evaluation plan, which every outcome needs once one has (outcomes with a plan: {[o.id for o in planned]})",
            node=missing[0],
        )
    for outcome in planned:
        _check_question(tree, outcome, outcome.evaluation)  # type: ignore[arg-type]
        _check_plan(tree, outcome, outcome.evaluation)  # type: ignore[arg-type]


def _check_question(tree: Tree, outcome: Outcome, plan: Evaluation) -> None:
    """The plan reads a checklist the outcome asks, and says how each of its answers builds the test set."""
    question = tree.question(plan.question)
    if question is None or not question.is_checklist or plan.question not in outcome.checklists:
        raise TreeError(f"its evaluation plan reads {plan.question!r}, which must be one of the checklists it asks "
                        f"{list(outcome.checklists)}", node=outcome.id)
    given, expected = [o for o, _ in plan.sets], [o.id for o in question.options]
    if sorted(given) != sorted(expected) or len(set(given)) != len(given):
        raise TreeError(f"its evaluation plan must build a test set for each answer to {question.id!r}, once each "
                        f"(expected {expected}, got {given})", node=outcome.id)


def _check_plan(tree: Tree, outcome: Outcome, plan: Evaluation) -> None:
    """At least one thing to measure, and sources that exist, each cited once."""
    if not plan.measure:
        raise TreeError("its evaluation plan must say what to measure (got nothing)", node=outcome.id)
    repeated = sorted(i for i, n in Counter(plan.sources).items() if n > 1)
    if repeated:
        raise TreeError(f"its evaluation plan must cite each source once (got {repeated[0]!r} more than once)", node=outcome.id)
    known = sorted(s.id for s in tree.sources)
    unknown = [s for s in plan.sources if s not in known]
    if unknown:
        raise TreeError(f"its evaluation plan cites unknown source {unknown[0]!r} (must be one of {known})", node=outcome.id)
