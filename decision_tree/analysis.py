"""A decision taken apart for the reader: what decided it, what it assumes, what comes next.

One function, ``analyse``, feeds every place a result is shown (the quiz, the command line,
the design-doc snippet and the decision record), so they always agree:

- **decisive** answers: changing one of them changes (or may change) the verdict;
- **shaping** answers: changing one changes the outcome but not the verdict;
- **inert** answers: changing one leads to the same outcome (checklist answers always are);
- **assumptions**: "not sure" answers, each with the experiment that settles it;
- **reasons**: why, from the sure answers and the outcome; **next steps**, the outcome's
  and those the checklist answers add; **alternatives**, grouped by where each leads.
"""

from __future__ import annotations

from dataclasses import dataclass

from .engine import Alternative, Decision, Step, what_would_change
from .model import Option, Outcome, Tree

RANK = {"none": 0, "outcome": 1, "verdict": 2}


@dataclass(frozen=True, kw_only=True)
class Assumption:
    """A "not sure" answer: what the guide assumed in its place, and how to find out."""

    step: Step
    assumed: Option | None  # the sure answer its route stands in for, when it names one

    @property
    def experiment(self) -> str:
        return self.step.option.experiment


@dataclass(frozen=True, kw_only=True)
class Group:
    """Alternatives that lead to the same place: an outcome, or (None) more questions."""

    outcome: Outcome | None
    alternatives: tuple[Alternative, ...]


@dataclass(frozen=True, kw_only=True)
class Analysis:
    """Everything a result shows, derived from the decision alone."""

    decision: Decision
    decisive: tuple[Step, ...]
    shaping: tuple[Step, ...]
    inert: tuple[Step, ...]
    assumptions: tuple[Assumption, ...]
    reasons: tuple[str, ...]
    next_steps: tuple[str, ...]
    alternatives: tuple[Alternative, ...]
    groups: tuple[Group, ...]

    def effect(self, step: Step) -> str:
        """How far changing this answer reaches: "verdict", "outcome" or "none"."""
        return "verdict" if step in self.decisive else "outcome" if step in self.shaping else "none"


def analyse(tree: Tree, decision: Decision) -> Analysis:
    """Take a decision apart (see the module's docstring)."""
    alternatives = what_would_change(tree, decision)
    effects = {step.question.id: _effect(step, alternatives) for step in decision.path}
    outcome = decision.outcome
    sure = [s for s in decision.path if not s.question.is_checklist and not s.option.unsure]
    chosen = [o for s in decision.path if s.question.is_checklist for o in s.options]
    return Analysis(
        decision=decision,
        decisive=tuple(s for s in decision.path if effects[s.question.id] == "verdict"),
        shaping=tuple(s for s in decision.path if effects[s.question.id] == "outcome"),
        inert=tuple(s for s in decision.path if effects[s.question.id] == "none"),
        assumptions=tuple(
            Assumption(step=s, assumed=s.question.option(s.option.assumes) if s.option.assumes else None)
            for s in decision.path
            if not s.question.is_checklist and s.option.unsure
        ),
        reasons=tuple(s.option.rationale for s in sure) + outcome.reasons,
        next_steps=outcome.next_steps + tuple(o.next_step for o in chosen if o.next_step),
        alternatives=alternatives,
        groups=_groups(tree, alternatives),
    )


def _effect(step: Step, alternatives: tuple[Alternative, ...]) -> str:
    """The furthest-reaching effect of changing this step's answer."""
    effects = [a.effect for a in alternatives if a.question.id == step.question.id]
    return max(effects, key=RANK.__getitem__, default="none")


def _groups(tree: Tree, alternatives: tuple[Alternative, ...]) -> tuple[Group, ...]:
    """Alternatives grouped by the outcome they lead to, in the tree's order of outcomes, then
    those that need more answers."""
    groups = [
        Group(outcome=o, alternatives=tuple(a for a in alternatives if a.outcome is not None and a.outcome.id == o.id))
        for o in tree.outcomes
    ]
    pending = tuple(a for a in alternatives if a.outcome is None)
    return tuple(g for g in groups if g.alternatives) + ((Group(outcome=None, alternatives=pending),) if pending else ())
