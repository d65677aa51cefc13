"""A decision taken apart for the reader: what decided it, what it assumes, what comes next.

One function, ``analyse``, feeds every place a result is shown (the quiz, the command line,
the design-doc snippet and the decision record), so they always agree:

- **decisive** answers: changing one of them changes (or may change) the verdict;
- **shaping** answers: changing one changes the parts but not the verdict;
- **inert** answers: changing one leads to the same result (checklist answers always are);
- **assumptions**: "not sure" answers, each with the experiment that settles it;
- **parts**: each part with the reasons for it (the needs it answers, the sure answers on its
  branches, the outcome's own reasons);
- **plans**: each part's evaluation plan, its test set built from the answers to the checklist
  the plan reads (what the reader already has to test with);
- **reasons**, **caveats**, **next steps**, **conclusions** and **sources** of the whole result:
  the compositions' first, then each part's (and its plan's sources), then those the checklist
  answers add (except the answers a plan reads, which its test set states); **merits**,
  the reasons of the result itself, without those of the answers that led to it;
- **rivals**: every other verdict the guide weighs, with the answers that ruled it out and the
  changes that would bring it back; **alternatives**, grouped by where each leads.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from .compose import Part
from .engine import Alternative, Decision, Step, what_would_change
from .model import VERDICT_IDS, Option, Tree
from .plans import PlanView, plans_of

RANK = {"none": 0, "outcome": 1, "verdict": 2}
NOT_READY = "not-ready"
# The options every decision record weighs, whatever the answers: the guide's four families.
CORE_RIVALS: tuple[str, ...] = ("prompting", "rag", "fine-tuning", "fine-tuning-and-rag")


@dataclass(frozen=True, kw_only=True)
class Assumption:
    """A "not sure" answer: what the guide assumed in its place, and how to find out."""

    step: Step
    assumed: Option | None  # the sure answer its route stands in for, when it names one

    @property
    def experiment(self) -> str:
        return self.step.option.experiment


@dataclass(frozen=True, kw_only=True)
class PartView:
    """One part of the result and the reasons for it."""

    part: Part
    reasons: tuple[str, ...]


@dataclass(frozen=True, kw_only=True)
class Rival:
    """A verdict the result did not reach: the answers that ruled it out (each a step and the
    option in it that did: a need named, or a choice made), and the single changes that lead to
    it or to more questions that may end there. In a result of several parts, a verdict no single
    change makes the whole one may still be one change away for a need: ``for_needs`` names those
    needs, and ``back_if`` then holds the changes that give it to their part. A part's own verdict
    that one change makes the whole one is the design without the other parts: ``without`` names
    their verdicts (RAG without fine-tuning, beside "fine-tuning + RAG")."""

    verdict: str
    ruled_out_by: tuple[tuple[Step, Option], ...]
    back_if: tuple[Alternative, ...]
    for_needs: tuple[Option, ...] = ()
    without: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class Group:
    """Alternatives that lead to the same result (by its id), or (None) to more questions."""

    result_id: str | None
    alternatives: tuple[Alternative, ...]


@dataclass(frozen=True, kw_only=True)
class Analysis:
    """Everything a result shows, derived from the decision alone."""

    decision: Decision
    decisive: tuple[Step, ...]
    shaping: tuple[Step, ...]
    inert: tuple[Step, ...]
    assumptions: tuple[Assumption, ...]
    parts: tuple[PartView, ...]
    plans: tuple[PlanView, ...]
    reasons: tuple[str, ...]
    merits: tuple[str, ...]
    caveats: tuple[str, ...]
    next_steps: tuple[str, ...]
    conclusions: tuple[str, ...]
    sources: tuple[str, ...]
    alternatives: tuple[Alternative, ...]
    groups: tuple[Group, ...]
    rivals: tuple[Rival, ...]

    def effect(self, step: Step) -> str:
        """How far changing this answer reaches: "verdict", "outcome" or "none"."""
        return "verdict" if step in self.decisive else "outcome" if step in self.shaping else "none"


def analyse(tree: Tree, decision: Decision, *, labelled: str = "{part}: {text}") -> Analysis:
    """Take a decision apart (see the module's docstring). In a result of several parts, each
    part's texts are written with ``labelled`` (its ``{part}`` title and the ``{text}``)."""
    alternatives = what_would_change(tree, decision)
    effects = {step.question.id: _effect(step, alternatives) for step in decision.path}
    result = decision.result
    views = tuple(PartView(part=p, reasons=_part_reasons(decision, p)) for p in result.parts)
    label = (lambda part, text: labelled.format(part=part.outcome.title, text=text)) if len(views) > 1 else (lambda part, text: text)
    plans = plans_of(decision)
    read = {p.evaluation.question for p in plans}  # a plan states what these answers add, part by part
    ticked = [o for s in decision.path if s.question.is_checklist and s.question.id not in read for o in s.options]
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
        parts=views,
        plans=plans,
        reasons=_unique(
            [r for c in result.compositions for r in c.reasons] + [label(v.part, r) for v in views for r in v.reasons]
        ),
        merits=_unique([r for c in result.compositions for r in c.reasons] + [label(p, r) for p in result.parts for r in p.outcome.reasons]),
        caveats=_unique(label(p, c) for p in result.parts for c in p.outcome.caveats),
        next_steps=_unique(
            [n for c in result.compositions for n in c.next_steps]
            + [label(p, n) for p in result.parts for n in p.outcome.next_steps]
            + [o.next_step for o in ticked if o.next_step]
        ),
        conclusions=_unique([i for c in result.compositions for i in c.conclusions] + [i for p in result.parts for i in p.outcome.conclusions]),
        sources=_unique([i for c in result.compositions for i in c.sources] + [i for p in result.parts for i in p.outcome.sources]
                        + [i for p in plans for i in p.evaluation.sources]),
        alternatives=alternatives,
        groups=_groups(alternatives),
        rivals=_rivals(decision, alternatives),
    )


# Helper functions ----------------------------------------------------------------------


def _part_reasons(decision: Decision, part: Part) -> tuple[str, ...]:
    """Why this part: the needs it answers, the sure answers on its branches, its own reasons."""
    steps = {s.question.id: s for s in decision.path}
    needs = [n.rationale for n in part.needs if not n.unsure]
    sure = [steps[q].option.rationale for q in part.route if q in steps and not steps[q].option.unsure]
    return _unique(needs + sure + list(part.outcome.reasons))


def _effect(step: Step, alternatives: tuple[Alternative, ...]) -> str:
    """The furthest-reaching effect of changing this step's answer."""
    effects = [a.effect for a in alternatives if a.question.id == step.question.id]
    return max(effects, key=RANK.__getitem__, default="none")


def _groups(alternatives: tuple[Alternative, ...]) -> tuple[Group, ...]:
    """Alternatives grouped by the result they lead to, in the order first met, then those that
    need more answers."""
    order: list[str] = []
    for a in alternatives:
        if a.result is not None and a.result.id not in order:
            order.append(a.result.id)
    groups = [Group(result_id=i, alternatives=tuple(a for a in alternatives if a.result is not None and a.result.id == i)) for i in order]
    pending = tuple(a for a in alternatives if a.result is None)
    return tuple(groups) + ((Group(result_id=None, alternatives=pending),) if pending else ())


def _rivals(decision: Decision, alternatives: tuple[Alternative, ...]) -> tuple[Rival, ...]:
    """The core families and every verdict one sure changed answer may reach, other than the
    result's and "not ready" (no design to weigh): each with the answers whose change leads (or
    may lead) there. A part's verdict is chosen, not ruled out; it is a rival only as the design
    without the other parts, when one change makes it the whole verdict. An answer of "not sure"
    never brings a rival back: it is not a situation. A verdict that only such an answer leads to
    ("not tried yet" a stronger model) is still named, with the answer given that ruled it out
    ("it still falls short") and no way back."""
    parts = _unique(p.outcome.verdict for p in decision.result.parts)
    sure = [a for a in alternatives if not a.option.unsure]
    unsure = [a for a in alternatives if a.option.unsure]
    candidates = set(CORE_RIVALS) | {v for a in alternatives for v in a.verdicts}
    rivals = []
    for verdict in (v for v in VERDICT_IDS if v in candidates and v != decision.result.verdict and v != NOT_READY):
        back, needs = tuple(a for a in sure if verdict in a.verdicts), ()
        if verdict in parts:
            if back:
                without = tuple(v for v in parts if v not in (verdict, NOT_READY))
                rivals.append(Rival(verdict=verdict, ruled_out_by=_ruling(decision, back), back_if=back, without=without))
            continue
        if not back and len(decision.result.parts) > 1:
            back, needs = _back_for_needs(decision, verdict, sure)
        if not back:
            ruled = _ruling(decision, tuple(a for a in unsure if verdict in a.verdicts))
            if ruled or verdict in CORE_RIVALS:
                rivals.append(Rival(verdict=verdict, ruled_out_by=ruled, back_if=()))
            continue
        rivals.append(Rival(verdict=verdict, ruled_out_by=_ruling(decision, back), back_if=back, for_needs=needs))
    return tuple(rivals)


def _back_for_needs(decision: Decision, verdict: str, sure: list[Alternative]) -> tuple[tuple[Alternative, ...], tuple[Option, ...]]:
    """The single changes after which the part answering some need has ``verdict``, and those
    needs (in the order named)."""
    back: list[Alternative] = []
    needs: set[str] = set()
    for a in sure:
        if a.result is None:
            continue
        for part in (p for p in a.result.parts if p.outcome.verdict == verdict):
            gained = {n.id for n in part.needs} & {n.id for p in decision.result.parts if p.outcome.verdict != verdict for n in p.needs}
            if gained and a not in back:
                back.append(a)
            needs |= gained
    named = [n for p in decision.result.parts for n in p.needs]
    return tuple(back), tuple(n for n in dict.fromkeys(named) if n.id in needs)


def _ruling(decision: Decision, back: tuple[Alternative, ...]) -> tuple[tuple[Step, Option], ...]:
    """The answers given that the changes undo: a choice made, or a need named and then removed.
    A need that was not named rules nothing out; naming it is only a way back."""
    found: list[tuple[Step, Option]] = []
    for step in decision.path:
        for a in back:
            if a.question.id != step.question.id or a.change == "add":
                continue
            option = a.option if a.change == "remove" else step.option
            if (step, option) not in found:
                found.append((step, option))
    return tuple(found)


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    """The items in order, each once."""
    return tuple(dict.fromkeys(items))
