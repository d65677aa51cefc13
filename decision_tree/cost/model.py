"""The cost model: what a month of requests costs for a design, from the reader's figures.

A design is a model (the large one, a small one as it comes, or a small one tuned) and what it
adds to every request: the whole knowledge in the prompt (long context), retrieved passages, or
tool calls. Per request, each token is billed at its model's price: input read from the cache at
the cached price, other input at the input price, output at the output price; the part sent in
batches is billed at the batch discount; the query retrieval embeds is billed at the embedding
price. Per month, the requests of thirty days, plus what a design pays whatever the volume:
training runs spread over the year, hosting a tuned model, hosting the index.

The quiz's script (docs/javascripts/guide/cost.js) computes the same figures with the same
operations in the same order, so the two agree to the last bit; a browser test compares them.
Floats are added one at a time, never with ``sum()``, whose compensated rounding the script's
plain additions would not match; every input is a float, as in the script.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

MILLION = 1_000_000.0
MONTHS = 12.0
# The models a design may use, in the order that decides a design of several parts: a part that
# picks a smaller model, or a tuned one, says the task runs on it.
MODELS: tuple[str, ...] = ("large", "small", "tuned")


@dataclass(frozen=True, kw_only=True)
class Usage:
    """The reader's workload: volume, tokens per request, discounts and training."""

    requests_per_day: float
    prompt_tokens: float  # the fixed prompt: instructions and examples
    request_tokens: float  # each request's own input
    output_tokens: float
    tuned_prompt_tokens: float  # the tuned model's fixed prompt, shorter: the examples are trained in
    knowledge_tokens: float  # the whole knowledge, sent with every request in a long context
    added_tokens: float  # retrieved passages, or the records a tool returns, per request
    cache_percent: float  # share of the fixed prompt read from the cache
    batch_percent: float  # share of the requests sent in batches
    training_runs: float  # a year, the first one included
    training_tokens: float  # in the training set, per epoch
    epochs: float


@dataclass(frozen=True, kw_only=True)
class Rate:
    """A model's prices in USD per million tokens."""

    input: float
    cached: float
    output: float


@dataclass(frozen=True, kw_only=True)
class Prices:
    """The prices of every model and service a design may use."""

    large: Rate
    small: Rate
    tuned: Rate
    training: float  # USD per million training tokens
    embedding: float  # USD per million tokens embedded
    batch_discount: float  # percent off a request sent in a batch
    index_hosting: float  # USD a month
    tuned_hosting: float  # USD a month


@dataclass(frozen=True, kw_only=True)
class Inputs:
    """Everything an estimate is worked out from."""

    usage: Usage
    prices: Prices
    days_per_month: float = 30.0


@dataclass(frozen=True, kw_only=True)
class Design:
    """What answers each request and what it adds to it."""

    model: str
    knowledge: bool = False
    retrieval: bool = False
    tools: bool = False

    def __post_init__(self) -> None:
        if self.model not in MODELS:
            raise ValueError(f"unknown model {self.model!r} (must be one of {list(MODELS)})")


@dataclass(frozen=True, kw_only=True)
class Tokens:
    """The tokens one request bills."""

    cached: float
    uncached: float
    output: float
    embedded: float


@dataclass(frozen=True, kw_only=True)
class Estimate:
    """What a design costs: per request, and per month with what it pays whatever the volume."""

    design: Design
    tokens: Tokens
    rate: Rate
    batch_factor: float  # what a request costs of its full price, with the batch share
    per_request: float
    training: float  # USD a month
    tuned_hosting: float  # USD a month
    index_hosting: float  # USD a month
    monthly: float

    @property
    def fixed(self) -> float:
        """What the design costs a month at any volume."""
        return self.training + self.tuned_hosting + self.index_hosting


def tokens(design: Design, usage: Usage) -> Tokens:
    """The tokens of one request. A tool call takes two model calls (the model asks for the call,
    then answers with the records), so the prompt is billed twice and the records once.

    >>> usage = Usage(requests_per_day=1.0, prompt_tokens=3000.0, request_tokens=500.0, output_tokens=300.0,
    ...               tuned_prompt_tokens=300.0, knowledge_tokens=0.0, added_tokens=2000.0, cache_percent=90.0,
    ...               batch_percent=0.0, training_runs=0.0, training_tokens=0.0, epochs=1.0)
    >>> tokens(Design(model="large", retrieval=True), usage)
    Tokens(cached=2700.0, uncached=2800.0, output=300.0, embedded=500.0)
    """
    prompt = usage.tuned_prompt_tokens if design.model == "tuned" else usage.prompt_tokens
    if design.knowledge:
        prompt = prompt + usage.knowledge_tokens
    cached = prompt * usage.cache_percent / 100.0
    uncached = prompt - cached + usage.request_tokens + (usage.added_tokens if design.retrieval else 0.0)
    calls = 2.0 if design.tools else 1.0
    return Tokens(
        cached=cached * calls,
        uncached=uncached * calls + (usage.added_tokens if design.tools else 0.0),
        output=usage.output_tokens,
        embedded=usage.request_tokens if design.retrieval else 0.0,
    )


def estimate(design: Design, inputs: Inputs) -> Estimate:
    """What a design costs at the reader's figures."""
    usage, prices = inputs.usage, inputs.prices
    rate: Rate = getattr(prices, design.model)
    used = tokens(design, usage)
    generation = (used.uncached * rate.input + used.cached * rate.cached + used.output * rate.output) / MILLION
    factor = 1.0 - usage.batch_percent / 100.0 * (prices.batch_discount / 100.0)
    per_request = generation * factor + used.embedded * prices.embedding / MILLION
    tuned = design.model == "tuned"
    training = usage.training_runs * usage.training_tokens * usage.epochs * prices.training / MILLION / MONTHS if tuned else 0.0
    tuned_hosting = prices.tuned_hosting if tuned else 0.0
    index_hosting = prices.index_hosting if design.retrieval else 0.0
    monthly = usage.requests_per_day * inputs.days_per_month * per_request + training + tuned_hosting + index_hosting
    return Estimate(design=design, tokens=used, rate=rate, batch_factor=factor, per_request=per_request, training=training,
                    tuned_hosting=tuned_hosting, index_hosting=index_hosting, monthly=monthly)


@dataclass(frozen=True, kw_only=True)
class BreakEven:
    """Where a tuned small model starts to cost less than the large prompted one, for one design.

    ``volume`` is in requests a day; None when the tuned model costs as much or more per request
    (it never pays for itself), 0.0 when it costs less at any volume."""

    large: Estimate
    tuned: Estimate
    volume: float | None


def break_even(design: Design, inputs: Inputs) -> BreakEven:
    """The break-even volume between the design on the large model and on a tuned small one:
    the requests a day at which the tuned model's saving per request pays for what it costs a
    month whatever the volume (training and hosting)."""
    large = estimate(replace(design, model="large"), inputs)
    tuned = estimate(replace(design, model="tuned"), inputs)
    saving = large.per_request - tuned.per_request
    if saving <= 0.0:
        return BreakEven(large=large, tuned=tuned, volume=None)
    volume = (tuned.fixed - large.fixed) / (inputs.days_per_month * saving)
    return BreakEven(large=large, tuned=tuned, volume=max(volume, 0.0))


def combined(designs: list[Design]) -> Design | None:
    """The design of a result of several parts: the model the furthest along MODELS, and every
    addition any part makes; None for no part at all."""
    if not designs:
        return None
    model = max((d.model for d in designs), key=MODELS.index)
    return Design(model=model, knowledge=any(d.knowledge for d in designs), retrieval=any(d.retrieval for d in designs),
                  tools=any(d.tools for d in designs))
