"""Each part's evaluation plan, as a decision fills it in: how the team will know the part works.

An outcome's plan (:class:`~decision_tree.model.Evaluation`) says how each answer to a checklist
builds the test set; the decision's answers to that checklist (what the reader already has to
test with) pick those sentences. :mod:`decision_tree.analysis` gathers the plans with the rest of
a result, and the quiz's script (docs/javascripts/guide/analysis.js) does the same.
"""

from __future__ import annotations

from dataclasses import dataclass

from .compose import Part
from .engine import Decision
from .model import Evaluation, Option


@dataclass(frozen=True, kw_only=True)
class PlanView:
    """How a part will be known to work: its outcome's plan, the answers that choose its test set,
    and how each of them builds it."""

    part: Part
    evaluation: Evaluation
    data: tuple[Option, ...]  # the answers to the plan's checklist
    sets: tuple[str, ...]  # how each of those answers builds the test set


def plans_of(decision: Decision) -> tuple[PlanView, ...]:
    """Each part's evaluation plan (a part of a tree published before plans has none), with the
    answers to the checklist it reads."""
    steps = {s.question.id: s for s in decision.path}
    plans = []
    for part in decision.result.parts:
        plan = part.outcome.evaluation
        if plan is not None:
            data = steps[plan.question].options if plan.question in steps else ()
            plans.append(PlanView(part=part, evaluation=plan, data=data, sets=tuple(plan.set_for(o.id) for o in data)))
    return tuple(plans)
