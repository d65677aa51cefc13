"""A decision, and a permalink's drift, in each output format of the command line.

JSON carries ids for programs and the texts for people, in the tree's language.
"""

from __future__ import annotations

import json
from typing import Any, Mapping

from .. import __version__
from ..analysis import Analysis
from ..compose import Result
from ..drift import Drift, Reading
from ..engine import Alternative, Decision, parse_answer
from ..model import Tree
from ..permalink import permalink
from ..plans import PlanView
from .describe import answer_label, change, change_line, rival_line, short, templates, title_and_headline
from .madr import decision_record
from .report import analysed, decision_markdown, decision_text

SCHEMA_VERSION = 3


def render_decision(tree: Tree, decision: Decision, format: str, site_url: str, ui: Mapping[str, str], date: str = "",
                    cost: Mapping[str, float] | None = None) -> str:
    """A decision as text, Markdown (dated ``date``, YYYY-MM-DD), a MADR decision record, or JSON;
    the Markdown and the record carry a cost estimate at the figures ``cost`` gives (else the examples)."""
    if format == "markdown":
        return decision_markdown(tree, decision, ui, guide_version=__version__, site_url=site_url, date=date, cost=cost)
    if format == "madr":
        return decision_record(tree, decision, ui, guide_version=__version__, site_url=site_url, date=date, cost=cost)
    if format == "json":
        return json.dumps(decision_json(tree, decision, ui, site_url), ensure_ascii=False, indent=2) + "\n"
    return decision_text(tree, decision, ui, guide_version=__version__, site_url=site_url)


def decision_json(tree: Tree, decision: Decision, ui: Mapping[str, str], site_url: str = "") -> dict[str, Any]:
    """A decision as JSON-able data: ids for programs, texts for people."""
    result = analysed(tree, decision, ui)
    return {
        "schema_version": SCHEMA_VERSION,
        "tree_version": tree.version,
        "guide_version": __version__,
        "language": tree.language,
        "outcome": decision.result.id,
        "verdict": decision.result.verdict,
        "result": result_json(tree, decision.result, ui, result),
        "answers": decision.answers,
        "path": [
            {
                "question": s.question.id,
                "question_text": s.question.text,
                "answer": s.answer,
                "answer_label": answer_label(s, ui),
                "effect": result.effect(s),
                "unsure": any(o.unsure for o in s.options),
            }
            for s in decision.path
        ],
        "decisive": [s.question.id for s in result.decisive],
        "assumptions": [
            {"question": a.step.question.id, "answer": a.step.answer, "assumes": a.assumed.id if a.assumed else None, "experiment": a.experiment}
            for a in result.assumptions
        ],
        "reasons": list(result.reasons),
        "caveats": list(result.caveats),
        "next_steps": list(result.next_steps),
        "rivals": [
            {
                "verdict": r.verdict,
                "ruled_out_by": [{"question": s.question.id, "option": o.id} for s, o in r.ruled_out_by],
                "back_if": [_alternative_json(a, ui) for a in r.back_if],
                "for_needs": [n.id for n in r.for_needs],
                "without": list(r.without),
                "text": rival_line(tree, r, ui),
            }
            for r in result.rivals
        ],
        "what_would_change": [{**_alternative_json(a, ui), "effect": a.effect, "text": change_line(a, ui)} for a in result.alternatives],
        "conclusions": list(result.conclusions),
        "sources": list(result.sources),
        "permalink": permalink(tree, decision.answers, site_url),
    }


def result_json(tree: Tree, result: Result, ui: Mapping[str, str], analysis: Analysis) -> dict[str, Any]:
    """A result: its id, title, headline and verdict, and each part with the needs it answers and
    its evaluation plan (null for a part of a tree published before plans)."""
    title, headline = title_and_headline(result, ui)
    plans = {p.part.outcome.id: plan_json(p) for p in analysis.plans}
    return {
        "id": result.id,
        "title": title,
        "headline": headline,
        "verdict": result.verdict,
        "verdict_label": tree.verdict_label(result.verdict),
        "parts": [
            {"outcome": p.outcome.id, "verdict": p.outcome.verdict, "title": p.outcome.title, "headline": p.outcome.headline,
             "needs": [n.id for n in p.needs], "evaluation": plans.get(p.outcome.id)}
            for p in result.parts
        ],
        "compositions": [c.id for c in result.compositions],
    }


def plan_json(plan: PlanView) -> dict[str, Any]:
    """A part's evaluation plan: the checklist and the answers that chose its test set, and its texts."""
    evaluation = plan.evaluation
    return {"question": evaluation.question, "data": [o.id for o in plan.data], "measure": list(evaluation.measure),
            "set": list(plan.sets), "size": evaluation.size, "threshold": evaluation.threshold, "first": evaluation.first,
            "sources": list(evaluation.sources)}


def drift_json(drift: Drift) -> dict[str, Any]:
    """A permalink's result beside the current tree's: the link's, the current one's, whether the
    verdict changed, and how the current tree reads the link's answers."""
    link, now = drift.link.result, drift.result
    return {
        "link": {"tree_version": drift.link_tree.version, "outcome": link.id, "verdict": link.verdict},
        "current": {
            "tree_version": drift.current_tree.version,
            "outcome": now.id if now else None,
            "verdict": now.verdict if now else None,
            "missing": [q.id for q in drift.missing],
        },
        "verdict_changed": drift.verdict_changed,
        "readings": [
            {"question": r.step.question.id, "answer": r.step.answer, "now": [list(pair) for pair in r.now]} for r in drift.readings
        ],
    }


def drift_text(drift: Drift, ui: Mapping[str, str], *, guide_version: str, site_url: str, markdown: bool) -> str:
    """The drift for people: what the link decided, what the current tree says, and why."""
    t = templates(ui)
    old, now = drift.link_tree, drift.current_tree
    link_title, _ = title_and_headline(drift.link.result, ui)
    lines = [("### " if markdown else "") + t("drift-title", version=old.version), ""]
    lines.append(t("drift-link", version=old.version, outcome=link_title, verdict=old.verdict_label(drift.link.result.verdict)))
    lines += current_lines(drift, ui)
    address = permalink(now, {s.question.id: s.answer for s in drift.path}, site_url)
    lines += ["", ui["txt-field"].format(label=ui["txt-permalink"], value="<" + address + ">" if markdown else address)]
    lines += ["", t("txt-versions", tree=now.version, guide=guide_version)]
    return "\n".join(lines) + "\n"


def current_lines(drift: Drift, ui: Mapping[str, str]) -> list[str]:
    """What the current tree says of the link's answers, line by line (the quiz shows the same)."""
    t = templates(ui)
    now, result = drift.current_tree, drift.result
    lines = [reading_line(drift, r, ui) for r in drift.readings]
    if result is None:
        return lines + [t("drift-missing", current=now.version, questions="; ".join(q.text for q in drift.missing))]
    title, _ = title_and_headline(result, ui)
    if result.same(drift.link.result):
        lines.append(t("drift-holds", current=now.version))
    elif not drift.verdict_changed:
        lines.append(t("drift-same-verdict", current=now.version, outcome=title))
    else:
        lines.append(t("drift-changed", current=now.version, outcome=title, verdict=now.verdict_label(result.verdict)))
    because = drift.because
    if because is not None and not result.same(drift.link.result):
        values = {"answer": because.step.option.label, "question": because.step.question.title, "after": because.after.title}
        if because.before is None:
            lines.append(t("drift-because-new", **values))
        else:
            lines.append(t("drift-because", before=because.before.title, **values))
    if drift.missing:
        lines.append(t("drift-refine", questions="; ".join(q.text for q in drift.missing)))
    return lines


def reading_line(drift: Drift, reading: Reading, ui: Mapping[str, str]) -> str:
    """How the current tree reads one of the link's answers: as other answers, or not at all."""
    t = templates(ui)
    values = {"answer": answer_label(reading.step, ui), "question": reading.step.question.title, "current": drift.current_tree.version}
    if not reading.now:
        return t("drift-not-read", **values)
    now = ui["checklist-join"].join(_pair_label(drift.current_tree, pair, ui) for pair in reading.now)
    return t("drift-read-as", now=now, **values)


# Helper functions --------------------------------------------------------------------


def _pair_label(tree: Tree, pair: tuple[str, str], ui: Mapping[str, str]) -> str:
    question = tree.question(pair[0])
    options = parse_answer(question, pair[1])  # type: ignore[arg-type]
    return templates(ui)("drift-pair", question=question.title, answer=ui["checklist-join"].join(short(o) for o in options))  # type: ignore[union-attr]


def _alternative_json(alternative: Alternative, ui: Mapping[str, str]) -> dict[str, Any]:
    return {
        "question": alternative.question.id,
        "option": alternative.option.id,
        "change": alternative.change,
        "answer": alternative.answer,
        "outcome": alternative.result.id if alternative.result else None,
        "next_question": alternative.next_question.id if alternative.next_question else None,
        "verdicts": sorted(alternative.verdicts),
        "short": change(alternative, ui),
    }
