"""A result priced beside its rivals, and where the reader's figures contradict their answers.

The result's design combines its parts' (each outcome costs as one design, named in the data
file); each rival verdict costs as its own design, and a design already listed is not listed
again. The estimate informs the reader; it never changes the tree's verdict. The quiz's script
(docs/javascripts/guide/cost.js) makes the same comparison from the same data.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Mapping

from .data import CostData
from .model import BreakEven, Design, Estimate, Inputs, break_even, combined, estimate

CHOSEN = "chosen"  # the key of the result's own row


@dataclass(frozen=True, kw_only=True)
class Row:
    """One option priced: the result itself (key ``chosen``) or a design by its family id."""

    key: str
    estimate: Estimate


@dataclass(frozen=True, kw_only=True)
class Finding:
    """Where the figures contradict an answer (or the verdict the answers reached): the check's id,
    the answer concerned (question id, option id) where there is one, and the figures it cites."""

    check: str
    answer: tuple[str, str] | None
    figures: Mapping[str, float]


@dataclass(frozen=True, kw_only=True)
class Comparison:
    """The figures, whether they are the examples, each option priced (the result's first, when a
    result is priced: ``for_result``), the break-even and the findings."""

    inputs: Inputs
    values: Mapping[str, float]
    example: bool
    for_result: bool
    rows: tuple[Row, ...]
    break_even: BreakEven
    findings: tuple[Finding, ...]


def compare(data: CostData, values: Mapping[str, float], parts: Iterable[str] | None = None, rivals: Iterable[str] = (),
            answers: Mapping[str, Iterable[str]] | None = None) -> Comparison:
    """Price a result (the outcome ids of its parts) beside its rival verdicts; with no result,
    every design in the data file. ``answers`` (question id -> the option ids given) feed the checks."""
    inputs = data.inputs(values)
    chosen = None if parts is None else combined([data.families[f] for f in (data.outcomes[p] for p in parts) if f])
    if parts is None:
        candidates = list(data.families.items())
    else:
        candidates = [(data.verdicts[v], data.families[data.verdicts[v]]) for v in rivals if data.verdicts[v]]
    rows: list[Row] = [Row(key=CHOSEN, estimate=estimate(chosen, inputs))] if chosen else []
    for key, design in candidates:
        if all(r.estimate.design != design for r in rows):
            rows.append(Row(key=key, estimate=estimate(design, inputs)))
    basis = chosen or Design(model="large")
    even = break_even(Design(model="large", knowledge=basis.knowledge, retrieval=basis.retrieval, tools=basis.tools), inputs)
    example = dict(values) == data.defaults()
    findings = () if example else tuple(_findings(data, inputs, chosen, even, answers or {}))
    return Comparison(inputs=inputs, values=dict(values), example=example, for_result=parts is not None, rows=tuple(rows),
                      break_even=even, findings=findings)


def _findings(data: CostData, inputs: Inputs, chosen: Design | None, even: BreakEven,
              answers: Mapping[str, Iterable[str]]) -> Iterable[Finding]:
    """The checks the reader's figures fail, in the data file's order, then the break-even's."""
    given = {f"{q}={o}" for q, options in answers.items() for o in options}
    for check, rule in data.checks.items():
        matched = next((a for a in rule["answers"] if a in given), None)
        if matched is None:
            continue
        answer = tuple(matched.split("=", 1))
        if check == "small-bill":
            large = estimate(data.families["prompting"], inputs).monthly
            if large < rule["limit"]:
                yield Finding(check=check, answer=answer, figures={"amount": large, "limit": float(rule["limit"])})
        elif check == "long-context-dear":
            long = estimate(data.families["long-context"], inputs).monthly
            rag = estimate(data.families["rag"], inputs).monthly
            if long > rule["factor"] * rag:
                yield Finding(check=check, answer=answer, figures={"long": long, "rag": rag, "factor": float(rule["factor"])})
    if chosen is not None and chosen.model == "tuned":
        requests = inputs.usage.requests_per_day
        if even.volume is None:
            yield Finding(check="never-breaks-even", answer=None, figures={"requests": requests})
        elif requests < even.volume:
            yield Finding(check="below-break-even", answer=None, figures={"requests": requests, "volume": even.volume})
