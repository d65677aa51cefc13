"""The cost estimate as the summary for a design document, the decision record, the terminal and
JSON show it.

A result of the current tree version is priced beside its rivals (decision_tree/cost/compare.py)
at the reader's figures, or at the guide's examples, which every output then labels as such.
The summary lists each option with its monthly figure, the break-even and any contradiction with
the answers, the inputs and the dated prices; the record says the same in three lines, which keeps
it short. The quiz's script (docs/javascripts/guide/cost-report.js) writes the same lines.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any, Mapping

from ..analysis import Analysis
from ..cost.compare import CHOSEN, Comparison, compare
from ..cost.data import cost_data
from ..cost.model import Design
from ..engine import Decision
from ..model import Tree
from .cost_words import (
    THOUSAND, break_even_line, finding_line, inputs_line, money, month_line, prices_line, row_label, thousand_line, title,
)
from .describe import templates, title_and_headline


def priced(tree: Tree, decision: Decision, analysis: Analysis, values: Mapping[str, float] | None = None) -> Comparison | None:
    """The result priced beside its rivals, at the figures given (the examples by default); None
    for a result of an older tree version, whose outcomes the cost model does not know."""
    from ..content import VERSION

    if tree.version != VERSION:
        return None
    data = cost_data()
    answers = {s.question.id: [o.id for o in s.options] for s in decision.path}
    return compare(data, values or data.defaults(), [p.outcome.id for p in decision.result.parts],
                   [r.verdict for r in analysis.rivals], answers)


def notes(c: Comparison, tree: Tree, ui: Mapping[str, str]) -> list[str]:
    """What to read beside the figures: a result that prices nothing of its own, the break-even,
    and where the figures contradict the answers."""
    own = [ui["cost-no-design"]] if c.for_result and not any(r.key == CHOSEN for r in c.rows) else []
    return own + [break_even_line(c, ui)] + [finding_line(f, tree, ui) for f in c.findings]


def row_lines(c: Comparison, result_title: str, ui: Mapping[str, str], *, brief: bool) -> list[str]:
    """Each option with its monthly figure (and, unless brief, its cost per 1,000 requests)."""
    t = templates(ui)
    return [t("cost-row" if brief else "cost-row-full", option=row_label(r, result_title, ui), monthly=money(r.estimate.monthly, ui),
              thousand=money(r.estimate.per_request * THOUSAND, ui)) for r in c.rows]


def summary_lines(tree: Tree, decision: Decision, c: Comparison | None, ui: Mapping[str, str]) -> list[str]:
    """The cost section of the summary for a design document; nothing for an older tree version."""
    if c is None:
        return []
    return ["", *cost_markdown(c, title_and_headline(decision.result, ui)[0], tree, ui).rstrip("\n").split("\n")]


def record_lines(tree: Tree, decision: Decision, c: Comparison | None, ui: Mapping[str, str]) -> list[str]:
    """The cost section of the decision record: one paragraph after a blank line (figures, notes,
    inputs and dated prices); nothing for an older tree version."""
    if c is None:
        return []
    t, result_title = templates(ui), title_and_headline(decision.result, ui)[0]
    rows = ui["cost-join"].join(row_lines(c, result_title, ui, brief=True))
    first = t("cost-record", title=title(c, ui), rows=rows, notes=sentences(notes(c, tree, ui), ui))
    return ["", sentences([first, inputs_line(c, ui), prices_line(c, cost_data(), ui)], ui)]


def sentences(items: list[str], ui: Mapping[str, str]) -> str:
    """Sentences run on as the language writes them: with a space between, or none."""
    text = items[0]
    for item in items[1:]:
        text = templates(ui)("cost-then", before=text, after=item)
    return text


def cost_text(c: Comparison, result_title: str, tree: Tree, ui: Mapping[str, str]) -> str:
    """The estimate for a terminal: each option with the formula behind its figures, then the notes."""
    lines = [title(c, ui), ""]
    for row, line in zip(c.rows, row_lines(c, result_title, ui, brief=True)):
        lines += [line, "  " + thousand_line(row.estimate, c, ui), "  " + month_line(row.estimate, c, ui)]
    lines += ["", *notes(c, tree, ui), "", inputs_line(c, ui), prices_line(c, cost_data(), ui)]
    return "\n".join(lines) + "\n"


def cost_markdown(c: Comparison, result_title: str, tree: Tree, ui: Mapping[str, str]) -> str:
    """The estimate as Markdown: a titled list, as the summary for a design document has it."""
    t = templates(ui)
    items = row_lines(c, result_title, ui, brief=False) + notes(c, tree, ui) + [inputs_line(c, ui), prices_line(c, cost_data(), ui)]
    return "\n".join([t("md-heading", title=title(c, ui)), "", *[t("md-item", text=i) for i in items]]) + "\n"


def cost_json(c: Comparison, result_title: str, tree: Tree, ui: Mapping[str, str]) -> dict[str, Any]:
    """The estimate for programs: the figures, each option with its tokens and costs, the
    break-even, the findings; every amount in USD, unrounded; texts for people beside them."""
    even = c.break_even
    return {
        "example": c.example,
        "values": dict(c.values),
        "days_per_month": c.inputs.days_per_month,
        "options": [
            {"key": r.key, "label": row_label(r, result_title, ui), "design": _design(r.estimate.design),
             "tokens": asdict(r.estimate.tokens), "batch_factor": r.estimate.batch_factor, "per_request": r.estimate.per_request,
             "training": r.estimate.training, "tuned_hosting": r.estimate.tuned_hosting, "index_hosting": r.estimate.index_hosting,
             "monthly": r.estimate.monthly, "formula": [thousand_line(r.estimate, c, ui), month_line(r.estimate, c, ui)]}
            for r in c.rows
        ],
        "break_even": {"design": _design(even.large.design), "requests_per_day": even.volume, "large_per_request": even.large.per_request,
                       "tuned_per_request": even.tuned.per_request, "text": break_even_line(c, ui)},
        "findings": [{"check": f.check, "answer": list(f.answer) if f.answer else None, "figures": dict(f.figures),
                      "text": finding_line(f, tree, ui)} for f in c.findings],
        "sources": {k: dict(v) for k, v in cost_data().sources.items()},
    }


def _design(design: Design) -> dict[str, Any]:
    return asdict(design)
