"""The cost model's fields and example prices, read from ``defaults.toml`` and checked once; and
the reader's figures, read field by field with a clear error for any that cannot be used.

The data file follows a JSON Schema (``schema.json`` beside it); on top of that, each default
must lie within its field's limits, each source and design named must exist, and the fields
must be exactly those the model reads. The quiz's page carries the same data (``as_json``).
"""

from __future__ import annotations

import json
import math
import re
import tomllib
from dataclasses import dataclass, fields as dataclass_fields
from functools import cache
from importlib import resources
from types import MappingProxyType
from typing import Any, Mapping

from ..errors import DecisionTreeError
from .model import Design, Inputs, Prices, Rate, Usage

DATA_FILE = "defaults.toml"
SCHEMA_FILE = "schema.json"
NO_SOURCE = "none"  # a field the guide has no example price for
# What a figure may look like: ASCII digits, a decimal point, an exponent; no sign, no separators.
# The quiz's script reads with the same pattern, so both accept and refuse the same texts.
NUMBER = re.compile(r"([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?")
# The fields the model reads: those of Usage, and the prices (decision_tree/cost/model.py).
RATE_MODELS = ("large", "small", "tuned")
PRICE_FIELDS = (*(f"{m}-{k}" for m in RATE_MODELS for k in ("input", "cached", "output")),
                "training-price", "embedding-price", "batch-discount", "index-hosting", "tuned-hosting")
FIELD_IDS = frozenset({f.name.replace("_", "-") for f in dataclass_fields(Usage)} | set(PRICE_FIELDS))


class CostDataError(DecisionTreeError):
    """Raised when the cost model's data file is malformed; the message names the field."""


class CostInputError(DecisionTreeError):
    """Raised for a figure that is not a number within its field's limits; names the field, what
    it expects and what it found."""

    def __init__(self, field: "Field", found: str) -> None:
        self.field, self.found = field, found
        shown = "nothing" if found == "" else repr(found)
        super().__init__(f"{field.id}: expected {field.expected()}, found {shown}")


@dataclass(frozen=True, kw_only=True)
class Field:
    """One figure a reader can change."""

    id: str
    group: str
    default: float
    min: float
    max: float
    whole: bool
    source: str = ""

    def expected(self) -> str:
        """What the field takes, in words (the catalogue's cost-expected-* say it in each language)."""
        kind = "a whole number" if self.whole else "a number"
        return f"{kind} from {self.min:g} to {self.max:,.0f}"

    def read(self, given: str | float | int) -> float:
        """The figure as a float within the field's limits, or CostInputError."""
        if isinstance(given, bool):
            raise CostInputError(self, str(given))
        text = given.strip() if isinstance(given, str) else repr(given)
        if isinstance(given, str) and not NUMBER.fullmatch(text):
            raise CostInputError(self, text)
        value = float(text)
        if not math.isfinite(value) or value < self.min or value > self.max or (self.whole and value != math.floor(value)):
            raise CostInputError(self, text)
        return value


@dataclass(frozen=True, kw_only=True)
class CostData:
    """The data file, checked: fields in order, sources, designs, what each outcome and verdict costs as, checks."""

    days_per_month: int
    fields: tuple[Field, ...]
    sources: Mapping[str, Mapping[str, str]]
    families: Mapping[str, Design]
    outcomes: Mapping[str, str]
    verdicts: Mapping[str, str]
    checks: Mapping[str, Mapping[str, Any]]
    raw: Mapping[str, Any]

    def field(self, field_id: str) -> Field:
        return next(f for f in self.fields if f.id == field_id)

    def defaults(self) -> dict[str, float]:
        """Every field's example value."""
        return {f.id: f.default for f in self.fields}

    def read(self, given: Mapping[str, str | float | int]) -> dict[str, float]:
        """The reader's figures over the defaults, each read by its field; an unknown field is an error."""
        unknown = sorted(set(given) - {f.id for f in self.fields})
        if unknown:
            raise CostDataError(f"no cost field {unknown[0]!r} (expected one of {[f.id for f in self.fields]})")
        return {f.id: f.read(given[f.id]) if f.id in given else f.default for f in self.fields}

    def inputs(self, values: Mapping[str, float] | None = None) -> Inputs:
        """The model's inputs from every field's value (the defaults where none is given)."""
        v = {**self.defaults(), **(values or {})}
        rate = lambda m: Rate(input=v[f"{m}-input"], cached=v[f"{m}-cached"], output=v[f"{m}-output"])  # noqa: E731
        usage = Usage(**{f.name: v[f.name.replace("_", "-")] for f in dataclass_fields(Usage)})
        prices = Prices(large=rate("large"), small=rate("small"), tuned=rate("tuned"), training=v["training-price"],
                        embedding=v["embedding-price"], batch_discount=v["batch-discount"], index_hosting=v["index-hosting"],
                        tuned_hosting=v["tuned-hosting"])
        return Inputs(usage=usage, prices=prices, days_per_month=float(self.days_per_month))

    def as_json(self) -> dict[str, Any]:
        """The data as the quiz's page carries it."""
        return json.loads(json.dumps(dict(self.raw)))


@cache
def cost_data() -> CostData:
    """The checked data of the package's file."""
    return checked(_raw(), origin=f"decision_tree/cost/{DATA_FILE}")


@cache
def cost_fields() -> tuple[Field, ...]:
    """The fields alone, read without the JSON Schema, which takes a while to load: for the
    command line's options, which every command builds. A file they cannot be read from is
    reported as cost_data() reports it."""
    try:
        return _fields(_raw())
    except (KeyError, TypeError, ValueError, AttributeError):
        return cost_data().fields


def _raw() -> dict[str, Any]:
    return tomllib.loads(resources.files(__package__).joinpath(DATA_FILE).read_text(encoding="utf-8"))


def _fields(raw: Mapping[str, Any]) -> tuple[Field, ...]:
    return tuple(Field(id=k, group=v["group"], default=float(v["default"]), min=float(v["min"]), max=float(v["max"]),
                       whole=v["whole"], source=v.get("source", "")) for k, v in raw["fields"].items())


def checked(raw: Mapping[str, Any], *, origin: str) -> CostData:
    """The data, or CostDataError naming the origin, the field and the problem."""
    from jsonschema import Draft202012Validator  # here: it takes a while to import, and only loading needs it
    from jsonschema.exceptions import best_match

    schema = json.loads(resources.files(__package__).joinpath(SCHEMA_FILE).read_text(encoding="utf-8"))
    error = best_match(Draft202012Validator(schema).iter_errors(raw))
    if error is not None:
        where = ".".join(str(p) for p in error.absolute_path) or "the file"
        raise CostDataError(f"{origin}: {where}: {error.message}")
    fields = _fields(raw)
    families = {k: Design(model=v["model"], knowledge=v.get("knowledge", False), retrieval=v.get("retrieval", False),
                          tools=v.get("tools", False)) for k, v in raw["families"].items()}
    _check(raw, fields, families, origin)
    return CostData(days_per_month=raw["days-per-month"], fields=fields, sources=MappingProxyType(raw["sources"]),
                    families=MappingProxyType(families), outcomes=MappingProxyType(raw["outcomes"]),
                    verdicts=MappingProxyType(raw["verdicts"]), checks=MappingProxyType(raw["checks"]), raw=MappingProxyType(raw))


def _check(raw: Mapping[str, Any], fields: tuple[Field, ...], families: Mapping[str, Design], origin: str) -> None:
    """What the schema cannot say: the fields the model reads, defaults within limits, names that exist."""
    ids = {f.id for f in fields}
    if ids != FIELD_IDS:
        raise CostDataError(f"{origin}: fields: missing {sorted(FIELD_IDS - ids)}, unknown {sorted(ids - FIELD_IDS)}")
    for f in fields:
        if not f.min <= f.max:
            raise CostDataError(f"{origin}: fields.{f.id}: min {f.min:g} is above max {f.max:g}")
        try:
            f.read(f.default)
        except CostInputError as error:
            raise CostDataError(f"{origin}: fields.{f.id}.default: {error}") from None
        if f.source and f.source != NO_SOURCE and f.source not in raw["sources"]:
            raise CostDataError(f"{origin}: fields.{f.id}.source: no source {f.source!r} (expected one of {sorted(raw['sources'])})")
    for table in ("outcomes", "verdicts"):
        for key, family in raw[table].items():
            if family and family not in families:
                raise CostDataError(f"{origin}: {table}.{key}: no design {family!r} (expected one of {sorted(families)} or \"\")")
