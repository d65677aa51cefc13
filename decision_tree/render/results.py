"""A decision, and a permalink's drift, in each output format of the command line.

JSON carries ids for programs and the texts for people, in the tree's language.
"""

from __future__ import annotations

import json
from typing import Any, Mapping

from .. import __version__
from ..analysis import analyse
from ..drift import Drift
from ..engine import Decision
from ..model import Tree
from ..permalink import permalink
from .madr import decision_record
from .report import answer_label, decision_markdown, decision_text, describe_alternative

SCHEMA_VERSION = 2


def render_decision(tree: Tree, decision: Decision, format: str, site_url: str, ui: Mapping[str, str], date: str = "") -> str:
    """A decision as text, Markdown (dated ``date``, YYYY-MM-DD), a MADR decision record, or JSON."""
    if format == "markdown":
        return decision_markdown(tree, decision, ui, guide_version=__version__, site_url=site_url, date=date)
    if format == "madr":
        return decision_record(tree, decision, ui, guide_version=__version__, site_url=site_url, date=date)
    if format == "json":
        return json.dumps(decision_json(tree, decision, ui, site_url), ensure_ascii=False, indent=2) + "\n"
    return decision_text(tree, decision, ui, guide_version=__version__, site_url=site_url)


def decision_json(tree: Tree, decision: Decision, ui: Mapping[str, str], site_url: str = "") -> dict[str, Any]:
    """A decision as JSON-able data: ids for programs, texts for people."""
    result = analyse(tree, decision)
    outcome = decision.outcome
    return {
        "schema_version": SCHEMA_VERSION,
        "tree_version": tree.version,
        "guide_version": __version__,
        "language": tree.language,
        "outcome": outcome.id,
        "verdict": outcome.verdict,
        "result": {"title": outcome.title, "headline": outcome.headline, "verdict_label": tree.verdict_label(outcome.verdict)},
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
        "caveats": list(outcome.caveats),
        "next_steps": list(result.next_steps),
        "what_would_change": [
            {
                "question": a.question.id,
                "option": a.option.id,
                "outcome": a.outcome.id if a.outcome else None,
                "next_question": a.next_question.id if a.next_question else None,
                "effect": a.effect,
                "text": describe_alternative(a, ui),
            }
            for a in result.alternatives
        ],
        "conclusions": list(outcome.conclusions),
        "sources": list(outcome.sources),
        "permalink": permalink(tree, decision.answers, site_url),
    }


def drift_json(drift: Drift) -> dict[str, Any]:
    """A permalink's result beside the current tree's: exactly ``link``, ``current`` and ``verdict_changed``."""
    link, outcome = drift.link.outcome, drift.outcome
    return {
        "link": {"tree_version": drift.link_tree.version, "outcome": link.id, "verdict": link.verdict},
        "current": {
            "tree_version": drift.current_tree.version,
            "outcome": outcome.id if outcome else None,
            "verdict": outcome.verdict if outcome else None,
            "missing": [q.id for q in drift.missing],
        },
        "verdict_changed": drift.verdict_changed,
    }


def drift_text(drift: Drift, ui: Mapping[str, str], *, guide_version: str, site_url: str, markdown: bool) -> str:
    """The drift for people: what the link decided, what the current tree says, and why."""
    t = lambda name, **values: ui[name].format(**values)  # noqa: E731
    old, now = drift.link_tree, drift.current_tree
    link = drift.link.outcome
    lines = [("### " if markdown else "") + t("drift-title", version=old.version), ""]
    lines.append(t("drift-link", version=old.version, outcome=link.title, verdict=old.verdict_label(link.verdict)))
    lines += _current_lines(drift, t)
    address = permalink(now, {s.question.id: s.answer for s in drift.path}, site_url)
    lines += ["", f"{ui['txt-permalink']}: {'<' + address + '>' if markdown else address}"]
    lines += ["", ui["txt-versions"].format(tree=now.version, guide=guide_version)]
    return "\n".join(lines) + "\n"


def _current_lines(drift: Drift, t) -> list[str]:
    now, outcome = drift.current_tree, drift.outcome
    if outcome is None:
        return [t("drift-missing", current=now.version, questions="; ".join(q.text for q in drift.missing))]
    if outcome.id == drift.link.outcome.id:
        lines = [t("drift-holds", current=now.version)]
    elif not drift.verdict_changed:
        lines = [t("drift-same-verdict", current=now.version, outcome=outcome.title)]
    else:
        lines = [t("drift-changed", current=now.version, outcome=outcome.title, verdict=now.verdict_label(outcome.verdict))]
    because = drift.because
    if because is not None and outcome.id != drift.link.outcome.id:
        values = {"answer": because.step.option.label, "question": because.step.question.title, "after": because.after.title}
        if because.before is None:
            lines.append(t("drift-because-new", **values))
        else:
            lines.append(t("drift-because", before=because.before.title, **values))
    if drift.missing:
        lines.append(t("drift-refine", questions="; ".join(q.text for q in drift.missing)))
    return lines
