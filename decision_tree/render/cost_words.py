"""The cost estimate in words: figures written out, the formula behind each, the break-even, the
findings, and the inputs with their dated sources. Every fixed word comes from the catalogue
(``cost-*``); the quiz's script (docs/javascripts/guide/cost-words.js) writes the same words
from the same templates, and writes numbers the same way: rounded half up from their float, with
a comma between thousands, whatever the language.
"""

from __future__ import annotations

import math
from typing import Mapping

from ..cost.compare import CHOSEN, Comparison, Finding, Row
from ..cost.data import NO_SOURCE, CostData
from ..cost.model import Estimate
from ..model import Tree
from .describe import short, templates

SCALES = {0: 1.0, 2: 100.0, 4: 10000.0}
THOUSAND = 1000.0
# The fields whose values one source gives, as the summary names them: (slot, field ids).
PRICED = (("large", ("large-input", "large-cached", "large-output")), ("small", ("small-input", "small-cached", "small-output")),
          ("tuned", ("tuned-input", "tuned-cached", "tuned-output", "training-price")), ("embedding", ("embedding-price",)),
          ("batch", ("batch-discount",)), ("tuned_hosting", ("tuned-hosting",)), ("index", ("index-hosting",)))


def grouped(whole: int) -> str:
    """A whole number with a comma between thousands.

    >>> grouped(1234567)
    '1,234,567'
    """
    digits, groups = str(whole), []
    while len(digits) > 3:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    return ",".join([digits, *groups])


def fixed(value: float, decimals: int) -> str:
    """A number rounded half up to so many decimals (0, 2 or 4), thousands grouped.

    >>> fixed(0.125, 2), fixed(1605.0, 0), fixed(2.5, 4)
    ('0.13', '1,605', '2.5000')
    """
    scale = SCALES[decimals]
    n = int(math.floor(value * scale + 0.5))
    whole, rest = divmod(n, int(scale))
    return grouped(whole) + ("." + str(rest).rjust(decimals, "0") if decimals else "")


def number(value: float) -> str:
    """A figure with as many decimals as it has, up to four.

    >>> number(10000.0), number(0.75), number(2.7)
    ('10,000', '0.75', '2.7')
    """
    return fixed(value, 4).rstrip("0").rstrip(".")


def price(value: float) -> str:
    """A price per million tokens: two decimals, or up to four where it has them.

    >>> price(2.0), price(0.075)
    ('2.00', '0.075')
    """
    text = fixed(value, 4)
    return text[:-2] + text[-2:].rstrip("0") if text.endswith("00") else text.rstrip("0")


def money(value: float, ui: Mapping[str, str]) -> str:
    """An amount in dollars: whole dollars from 100, cents from 1, four decimals below."""
    decimals = 0 if value >= 100 or value == 0 else 2 if value >= 1 else 4
    return templates(ui)("cost-money", amount=fixed(value, decimals))


def month(as_of: str, ui: Mapping[str, str]) -> str:
    """A month written YYYY-MM, in words."""
    year, number_ = as_of.split("-")
    return templates(ui)("cost-as-of", month=ui[f"cost-month-{number_}"], year=year)


def row_label(row: Row, title: str, ui: Mapping[str, str]) -> str:
    """The result's own row by its title; a rival by its design's name."""
    return templates(ui)("cost-chosen", title=title) if row.key == CHOSEN else ui[f"cost-family-{row.key}"]


def thousand_line(e: Estimate, c: Comparison, ui: Mapping[str, str]) -> str:
    """What 1,000 requests cost: each kind of token in millions, times its price."""
    t, plus = templates(ui), ui["cost-plus"]
    dollars = lambda x: t("cost-money", amount=price(x))  # noqa: E731
    terms = plus.join([t("cost-term-input", tokens=number(e.tokens.uncached / THOUSAND), price=dollars(e.rate.input)),
                       t("cost-term-cached", tokens=number(e.tokens.cached / THOUSAND), price=dollars(e.rate.cached)),
                       t("cost-term-output", tokens=number(e.tokens.output / THOUSAND), price=dollars(e.rate.output))])
    if e.batch_factor != 1.0:
        terms = t("cost-term-batch", terms=terms, factor=number(e.batch_factor))
    if e.design.retrieval:
        embedding = c.inputs.prices.embedding
        terms = plus.join([terms, t("cost-term-embedded", tokens=number(e.tokens.embedded / THOUSAND), price=dollars(embedding))])
    return t("cost-per-thousand", terms=terms, amount=money(e.per_request * THOUSAND, ui))


def month_line(e: Estimate, c: Comparison, ui: Mapping[str, str]) -> str:
    """What a month costs: the requests of its days, and what the design pays at any volume."""
    t = templates(ui)
    fixed_costs = [("cost-fixed-training", e.training), ("cost-fixed-tuned-hosting", e.tuned_hosting)] if e.design.model == "tuned" else []
    fixed_costs += [("cost-fixed-index-hosting", e.index_hosting)] if e.design.retrieval else []
    return t("cost-per-month", requests=number(c.inputs.usage.requests_per_day), days=number(c.inputs.days_per_month),
             amount=money(e.per_request * THOUSAND, ui), fixed="".join(t(k, amount=money(v, ui)) for k, v in fixed_costs),
             total=money(e.monthly, ui))


def break_even_line(c: Comparison, ui: Mapping[str, str]) -> str:
    """Where a tuned small model starts to cost less than the large one, on the result's design."""
    t, volume = templates(ui), c.break_even.volume
    if volume is None:
        return t("cost-break-even-never")
    if volume == 0.0:
        return t("cost-break-even-always")
    return t("cost-break-even-at", volume=number(math.ceil(volume)), requests=number(c.inputs.usage.requests_per_day))


def finding_line(finding: Finding, tree: Tree, ui: Mapping[str, str]) -> str:
    """A contradiction between the figures and an answer, in words."""
    values = {k: money(v, ui) for k, v in finding.figures.items()}
    values |= {k: number(v) for k, v in finding.figures.items() if k in ("factor", "requests")}
    values |= {"volume": number(math.ceil(finding.figures["volume"]))} if "volume" in finding.figures else {}
    if finding.answer is not None:
        question = tree.question(finding.answer[0])
        option = next(o for o in question.options if o.id == finding.answer[1])  # type: ignore[union-attr]
        values |= {"answer": short(option), "question": question.title}  # type: ignore[union-attr]
    return templates(ui)(f"cost-check-{finding.check}", **values)


def title(c: Comparison, ui: Mapping[str, str]) -> str:
    """Whose figures these are: the guide's examples, or the reader's."""
    return ui["cost-title-example" if c.example else "cost-title-yours"]


def inputs_line(c: Comparison, ui: Mapping[str, str]) -> str:
    """The workload the figures assume."""
    u, percent = c.inputs.usage, lambda x: templates(ui)("cost-percent", value=number(x))  # noqa: E731
    return templates(ui)(
        "cost-inputs", requests=number(u.requests_per_day), prompt=number(u.prompt_tokens), tuned=number(u.tuned_prompt_tokens),
        request=number(u.request_tokens), output=number(u.output_tokens), added=number(u.added_tokens),
        knowledge=number(u.knowledge_tokens), cache=percent(u.cache_percent), batch=percent(u.batch_percent),
        runs=number(u.training_runs), training=number(u.training_tokens), epochs=number(u.epochs), days=number(c.inputs.days_per_month))


def prices_line(c: Comparison, data: CostData, ui: Mapping[str, str]) -> str:
    """The prices the figures use, each group with its source and month, or marked as the reader's."""
    t, v, p = templates(ui), c.values, c.inputs.prices
    rate = lambda m: t("cost-rate", input=price(v[f"{m}-input"]), cached=price(v[f"{m}-cached"]), output=price(v[f"{m}-output"]))  # noqa: E731
    origins = {slot: _origin(data, c, ids, ui) for slot, ids in PRICED}
    return t("cost-prices", large=rate("large"), small=rate("small"), tuned=rate("tuned"), training=price(p.training),
             embedding=price(p.embedding), discount=t("cost-percent", value=number(p.batch_discount)),
             tuned_hosting=money(p.tuned_hosting, ui), index=money(p.index_hosting, ui),
             **{f"{slot}_from": origin for slot, origin in origins.items()})


def _origin(data: CostData, c: Comparison, ids: tuple[str, ...], ui: Mapping[str, str]) -> str:
    """Where a group of figures comes from: a dated source, no example at all, or the reader."""
    t = templates(ui)
    if any(c.values[i] != data.field(i).default for i in ids):
        return t("cost-from-reader")
    source = data.field(ids[0]).source
    if source == NO_SOURCE:
        return t("cost-from-nobody")
    return t("cost-from", source=ui[f"cost-source-{source}"], month=month(data.sources[source]["as-of"], ui))
