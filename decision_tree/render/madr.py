"""A decision as an architecture decision record in the MADR format (Markdown).

The record is built from :func:`decision_tree.analysis.analyse` like every other view of a
result: the answers are the context, the answers that decide the verdict the decision drivers,
the outcomes the other answers lead to the considered options (with their reasons as pros and
their caveats as cons), the verdict the decision, the caveats its consequences, the "not sure"
answers with their experiments its confirmation. Every fixed word comes from the catalogue's
interface texts (``madr-*`` and the snippet's ``md-*`` templates); the quiz's "Export decision
record" writes the same text byte for byte, which a browser test checks for every path.
"""

from __future__ import annotations

from typing import Iterable, Mapping

from ..analysis import Analysis, analyse
from ..engine import Decision
from ..model import Outcome, Tree
from ..permalink import permalink, site_address
from .report import answer_label, describe_alternative, templates


def decision_record(
    tree: Tree, decision: Decision, ui: Mapping[str, str], *, guide_version: str, date: str, site_url: str = ""
) -> str:
    """The decision as a MADR document, dated ``date`` (YYYY-MM-DD)."""
    t = templates(ui)
    result = analyse(tree, decision)
    outcome = decision.outcome
    lines = [t("madr-front-matter", date=date), "", t("madr-title", outcome=outcome.title), ""]
    lines += [t("madr-context"), "", t("madr-context-text", title=tree.title, guide=guide_version, tree=tree.version), ""]
    lines += [t("md-answer", number=n, question=s.question.text, answer=answer_label(s, ui)) for n, s in enumerate(decision.path, 1)]
    drivers = [t("md-decisive-item", question=s.question.title, answer=answer_label(s, ui)) for s in result.decisive]
    lines += _part(t, "madr-drivers", [t("madr-drivers-text")] if drivers else [], drivers)
    lines += _part(t, "madr-options", [], [o.title for o in _options(result)])
    lines += _outcome(t, tree, result, ui)
    lines += _pros_and_cons(t, tree, result)
    lines += _more(t, tree, result, ui, guide_version=guide_version, date=date, site_url=site_url)
    return "\n".join(lines) + "\n"


def record_filename(decision: Decision, ui: Mapping[str, str], date: str) -> str:
    """The name the record is saved under, e.g. ``decision-rag-2026-11-26.md``."""
    return templates(ui)("madr-file", outcome=decision.outcome.id, date=date)


# Helper functions --------------------------------------------------------------------


def _options(result: Analysis) -> list[Outcome]:
    """The chosen outcome, then every other outcome a single changed answer leads to."""
    current = result.decision.outcome
    return [current] + [g.outcome for g in result.groups if g.outcome is not None and g.outcome.id != current.id]


def _outcome(t, tree: Tree, result: Analysis, ui: Mapping[str, str]) -> list[str]:
    """The decision, its consequences (the caveats), its confirmation (the assumptions) and next steps."""
    outcome = result.decision.outcome
    lines = ["", t("madr-outcome"), "", t("madr-chosen", outcome=outcome.title, headline=outcome.headline)]
    lines += ["", t("madr-verdict", verdict=tree.verdict_label(outcome.verdict))]
    lines += _part(t, "madr-consequences", [], outcome.caveats)
    assumptions = [
        t("md-assumption", answer=answer_label(a.step, ui), question=a.step.question.title, experiment=a.experiment)
        for a in result.assumptions
    ]
    lines += _part(t, "madr-confirmation", [t("madr-confirmation-text")] if assumptions else [], assumptions)
    lines += _part(t, "madr-next-steps", [], result.next_steps)
    return lines


def _pros_and_cons(t, tree: Tree, result: Analysis) -> list[str]:
    """Each considered option: its verdict, the answers that would choose it, its pros and cons."""
    current = result.decision.outcome
    lines = ["", t("madr-pros-cons")]
    lines += _option(t, tree, current, [], result.reasons, ())
    for group in result.groups:
        if group.outcome is None or group.outcome.id == current.id:
            continue
        chosen_if = [t("madr-if", question=a.question.title, answer=a.option.label) for a in group.alternatives]
        lines += _option(t, tree, group.outcome, chosen_if, group.outcome.reasons, group.outcome.caveats)
    return lines


def _option(t, tree: Tree, outcome: Outcome, chosen_if: list[str], pros: Iterable[str], cons: Iterable[str]) -> list[str]:
    heading = t("madr-option-heading", outcome=outcome.title)
    lines = ["", heading, "", outcome.headline, "", t("madr-verdict", verdict=tree.verdict_label(outcome.verdict)), ""]
    items = chosen_if + [t("madr-good", text=p) for p in pros] + [t("madr-bad", text=c) for c in cons]
    return lines + [t("md-item", text=item) for item in items]


def _more(t, tree: Tree, result: Analysis, ui: Mapping[str, str], *, guide_version: str, date: str, site_url: str) -> list[str]:
    """Where more answers are needed, the documented conclusions and sources, and the permalink."""
    decision = result.decision
    pending = [describe_alternative(a, ui) for g in result.groups if g.outcome is None for a in g.alternatives if a.effect != "none"]
    conclusions = [c for c in map(tree.conclusion, decision.outcome.conclusions) if c]
    sources = [s for s in map(tree.source, decision.outcome.sources) if s]
    lines = ["", t("madr-more")]
    lines += _labelled(t, "madr-pending", pending)
    lines += _labelled(t, "md-conclusions", [t("md-conclusion", title=c.title, url=site_address(tree, c.path, site_url)) for c in conclusions])
    lines += _labelled(t, "md-sources", [t("md-source", citation=s.citation, title=s.title, url=s.url) for s in sources])
    lines += ["", t("madr-made", title=tree.title, guide=guide_version, tree=tree.version, date=date)]
    return lines + [t("md-permalink", url=permalink(tree, decision.answers, site_url))]


def _part(t, heading: str, intro: list[str], items: Iterable[str]) -> list[str]:
    """A titled part: its heading, an optional introduction and a list; nothing when the list is empty."""
    items = list(items)
    if not items:
        return []
    return ["", t(heading), "", *[line for text in intro for line in (text, "")], *[t("md-item", text=i) for i in items]]


def _labelled(t, label: str, items: list[str]) -> list[str]:
    """A bold label and a list, as in the snippet; nothing when the list is empty."""
    return ["", t("md-heading", title=t(label)), "", *[t("md-item", text=i) for i in items]] if items else []
