"""A decision as an architecture decision record in the MADR 4.0 format (Markdown).

The record follows MADR's template: front matter (status, date, decision-makers, consulted,
informed), the context, the decision drivers (the answers that decide the verdict), the
considered options (the chosen verdict and every rival the guide weighs, each with the answers
that ruled it out and the changes that would bring it back), the decision outcome with its
parts, its confirmation (each part's evaluation plan: what to measure, the test set built from
what the team has to test with, the threshold and the first experiment; then the "not sure"
answers and their experiments),
the chosen option's pros and cons (its reasons and caveats), and more information (the other
answers, next steps, conclusions, sources, versions and the permalink). It is built from
:func:`decision_tree.analysis.analyse` like every other view of a result; every fixed word comes
from the catalogue's interface texts (``madr-*``, ``md-*``); the quiz's "Export decision record"
writes the same text byte for byte, which a browser test checks for every path.
"""

from __future__ import annotations

from typing import Callable, Iterable, Mapping

from ..analysis import Analysis
from ..engine import Decision
from ..model import Tree
from ..permalink import permalink
from .cost import priced, record_lines
from .describe import answer_label, assumption_line, part_line, plan_lines, rival_line, templates, title_and_headline
from .report import analysed, conclusion_lines, source_lines

# The headings of MADR 4.0's template, in its order; tests check a record against them.
MADR_HEADINGS = (
    "## Context and Problem Statement",
    "## Decision Drivers",
    "## Considered Options",
    "## Decision Outcome",
    "### Confirmation",
    "## Pros and Cons of the Options",
    "## More Information",
)


def decision_record(
    tree: Tree, decision: Decision, ui: Mapping[str, str], *, guide_version: str, date: str, site_url: str = "",
    cost: Mapping[str, float] | None = None,
) -> str:
    """The decision as a MADR document, dated ``date`` (YYYY-MM-DD), its cost estimate at the
    figures ``cost`` gives (else the examples)."""
    t = templates(ui)
    result = analysed(tree, decision, ui)
    title, headline = title_and_headline(decision.result, ui)
    verdict = tree.verdict_label(decision.result.verdict)
    needs = [s for s in decision.path if s.question.id == tree.start]
    lines = [t("madr-front-matter", date=date), "", t("madr-title", outcome=title), ""]
    lines += [t("madr-context"), "", t("madr-context-hint"), t("madr-context-text", title=tree.title, guide=guide_version, tree=tree.version)]
    lines += [t("madr-needs", needs=answer_label(needs[0], ui))] if needs and needs[0] not in result.decisive else []  # else a driver says it
    drivers = [t("madr-driver", question=s.question.title, answer=answer_label(s, ui)) for s in result.decisive]
    lines += part(t, "madr-drivers", drivers or [t("madr-no-driver")])
    lines += part(t, "madr-options", [_chosen_option(t, decision, verdict, ui)] + [rival_line(tree, r, ui) for r in result.rivals])
    lines += ["", t("madr-outcome"), "", t("madr-chosen", option=verdict, title=title, headline=headline)]
    if len(decision.result.parts) > 1:
        lines += ["", *[t("md-item", text=part_line(tree, p, ui)) for p in decision.result.parts]]
    lines += _confirmation(t, result, ui)
    lines += ["", t("madr-pros-cons"), "", t("madr-option-heading", option=verdict), ""]
    lines += [t("md-item", text=t("madr-good", text=r)) for r in result.merits]
    lines += [t("md-item", text=t("madr-bad", text=c)) for c in result.caveats]
    lines += _more(t, tree, decision, result, ui, guide_version=guide_version, date=date, site_url=site_url, cost=cost)
    return "\n".join(lines) + "\n"


def record_filename(decision: Decision, ui: Mapping[str, str], date: str) -> str:
    """The name the record is saved under, e.g. ``decision-rag-2026-11-26.md``."""
    return templates(ui)("madr-file", outcome=decision.result.verdict, date=date)


# Helper functions --------------------------------------------------------------------


def _confirmation(t, result: Analysis, ui: Mapping[str, str]) -> list[str]:
    """How the decision is confirmed: each part's evaluation plan, then the experiments of its
    "not sure" answers. A plan of one part and those experiments make one list; plans of several
    parts each come under the part's title, the experiments after them. A result of a tree
    published before plans says, when it rests on no "not sure" answer, that its test set confirms it."""
    checks = [assumption_line(a.step, ui) for a in result.assumptions]
    lines = ["", t("madr-confirmation")]
    if len(result.plans) == 1:
        fields = plan_lines(result.plans[0], ui) + [t("md-plan-field", label=ui["plan-check"], text=c) for c in checks]
        return lines + ["", *[t("md-item", text=line) for line in fields]]
    for plan in result.plans:
        lines += ["", t("md-heading", title=plan.part.outcome.title), "", *[t("md-item", text=line) for line in plan_lines(plan, ui)]]
    if checks:
        return lines + ["", t("madr-confirmation-text"), "", *[t("md-item", text=c) for c in checks]]
    return lines if result.plans else lines + ["", t("madr-confirmation-sure")]


def _more(t, tree: Tree, decision: Decision, result: Analysis, ui: Mapping[str, str], *, guide_version: str, date: str, site_url: str,
          cost: Mapping[str, float] | None) -> list[str]:
    """The other answers, next steps, the documented conclusions and sources, the cost estimate, and the permalink."""
    others = [t("madr-driver", question=s.question.title, answer=answer_label(s, ui)) for s in decision.path if s not in result.decisive]
    lines = ["", t("madr-more")]
    lines += ["", t("madr-other-answers", answers=ui["rival-join"].join(others))] if others else []
    lines += labelled(t, "md-next-steps", result.next_steps)
    lines += labelled(t, "md-conclusions", conclusion_lines(tree, result, ui, site_url))
    lines += labelled(t, "md-sources", source_lines(tree, result, ui))
    lines += record_lines(tree, decision, priced(tree, decision, result, cost), ui)
    lines += ["", t("madr-made", title=tree.title, guide=guide_version, tree=tree.version, date=date)]
    return lines + [t("md-permalink", url=permalink(tree, decision.answers, site_url))]


def part(t, heading: str, items: Iterable[str]) -> list[str]:
    """A titled part of the record: its heading and a list; nothing when the list is empty."""
    items = list(items)
    return ["", t(heading), "", *[t("md-item", text=i) for i in items]] if items else []


def labelled(t, label: str, items: list[str]) -> list[str]:
    """A bold label and a list, as in the snippet; nothing when the list is empty."""
    return ["", t("md-heading", title=t(label)), "", *[t("md-item", text=i) for i in items]] if items else []


def _chosen_option(t: Callable[..., str], decision: Decision, verdict: str, ui: Mapping[str, str]) -> str:
    """The chosen option among the considered ones; in a result of several parts, with each part."""
    parts = decision.result.parts
    if len(parts) < 2:
        return t("madr-chosen-option", option=verdict)
    named = ui["rival-join"].join(t("madr-part-option", title=p.outcome.title, verdict=ui[f"verdict-short-{p.outcome.verdict}"]) for p in parts)
    return t("madr-chosen-parts", option=verdict, parts=named)
