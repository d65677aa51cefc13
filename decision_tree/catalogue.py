"""Texts per language: fill a tree's structure with one language's catalogue.

A catalogue is the nested mapping read from ``content/texts/<language>.toml``::

    title = "..."
    [verdicts]                       verdict id = label
    [questions.<id>]                 title, text, why
    [questions.<id>.options.<id>]    label, short, rationale, and experiment (unsure answers)
                                     or next_step (checklist answers)
    [outcomes.<id>]                  title, headline, reasons, caveats, next_steps (lists)
    [outcomes.<id>.evaluation]       the outcome's evaluation plan: measure (a list), size,
                                     threshold, first, and under sets.<option id> how each
                                     answer to the plan's checklist builds the test set
    [compositions.<id>]              title, headline, reasons, next_steps (lists)
    [conclusions]                    conclusion id = its heading on the page
    [history]                        "version" = summary
    [ui]                             template name = template (the quiz and the reports)
    [conclusion-history]             how a conclusion's changes read, and under
                                     changes.<id>."<guide version>": was, now, why

Every key the structure needs must be there and no other: a missing text and a text for
something the tree does not have are both errors naming the catalogue and the key. Every
interface text is a template whose placeholders are plain ``{name}`` (the quiz fills them too),
and no text holds control or bidi control characters.
Two catalogues of the same tree must have the same keys, list lengths and placeholders (``same_shape``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any, Iterator, Mapping

from .errors import TreeError
from .model import VERDICT_IDS, Composition, Evaluation, Option, Outcome, Question, Tree
from .validate_fields import unsafe_character

TEXT_FIELDS = {"question": ("title", "text", "why"), "outcome": ("title", "headline")}
OPTION_FIELDS = ("label", "short", "rationale")
LIST_FIELDS = ("reasons", "caveats", "next_steps")
COMPOSITION_FIELDS = {"texts": ("title", "headline"), "lists": ("reasons", "next_steps")}
EVALUATION_FIELDS = {"texts": ("size", "threshold", "first"), "lists": ("measure",)}
# Tables no node of the tree reads, which every catalogue must still have: the interface texts,
# and the record of how conclusions changed (decision_tree.history reads it).
FREE_TABLES = ("ui", "conclusion-history")
PLACEHOLDER = re.compile(r"\{(\w+)\}")  # what the quiz's fill() and str.format both read
_MISSING = object()  # what a key the catalogue lacks reads as


# Entry points ---------------------------------------------------------------------


def localise(structure: Tree, catalogue: Mapping[str, Any], *, language: str) -> Tree:
    """The structure with every text filled in from the catalogue, or TreeError naming a key."""
    reader = _Reader(catalogue, language)
    tree = replace(
        structure,
        language=language,
        title=reader.text("title"),
        verdicts={v: reader.text(f"verdicts.{v}") for v in VERDICT_IDS},
        questions=tuple(_question(reader, q) for q in structure.questions),
        outcomes=tuple(_outcome(reader, o, structure) for o in structure.outcomes),
        compositions=tuple(_composition(reader, c) for c in structure.compositions),
        conclusions=tuple(replace(c, title=reader.text(f"conclusions.{c.id}")) for c in structure.conclusions),
        history=tuple(replace(h, summary=reader.text(f"history.{h.version}")) for h in structure.history),
    )
    for table in FREE_TABLES:  # present in every catalogue, even though no tree text uses them
        reader.table(table)
    for name, template in catalogue["ui"].items():
        _check_template(f"ui.{name}", template, language)
    reader.refuse_unused()
    return tree


def same_shape(reference: Mapping[str, Any], other: Mapping[str, Any], *, languages: tuple[str, str]) -> None:
    """Raise TreeError when two catalogues differ in keys or list lengths."""
    left, right = dict(_shape(reference)), dict(_shape(other))
    for key in sorted(set(left) | set(right)):
        if key not in right:
            raise TreeError(f"catalogue {languages[1]!r} has no text for {key!r}, which catalogue {languages[0]!r} has")
        if key not in left:
            raise TreeError(f"catalogue {languages[1]!r} has a text for {key!r}, which catalogue {languages[0]!r} lacks")
        if left[key] != right[key]:
            raise TreeError(
                f"catalogue {languages[1]!r}: {key!r} has {right[key]} items, catalogue {languages[0]!r} has {left[key]}"
            )
    names = dict(_placeholders(reference))
    for key, found in _placeholders(other):
        if found != names[key]:
            raise TreeError(
                f"catalogue {languages[1]!r}: {key!r} names the placeholders {sorted(found)}, "
                f"where catalogue {languages[0]!r} names {sorted(names[key])}"
            )


# Helper functions --------------------------------------------------------------------


def _question(reader: _Reader, question: Question) -> Question:
    base = f"questions.{question.id}"
    texts = {field: reader.text(f"{base}.{field}") for field in TEXT_FIELDS["question"]}
    options = tuple(_option(reader, f"{base}.options.{o.id}", o, question) for o in question.options)
    return replace(question, options=options, **texts)


def _option(reader: _Reader, key: str, option: Option, question: Question) -> Option:
    texts = {field: reader.text(f"{key}.{field}") for field in OPTION_FIELDS}
    if option.unsure:
        texts["experiment"] = reader.text(f"{key}.experiment")
    if question.is_checklist and not option.exclusive:
        texts["next_step"] = reader.text(f"{key}.next_step")
    return replace(option, **texts)


def _outcome(reader: _Reader, outcome: Outcome, structure: Tree) -> Outcome:
    base = f"outcomes.{outcome.id}"
    texts: dict[str, Any] = {field: reader.text(f"{base}.{field}") for field in TEXT_FIELDS["outcome"]}
    texts.update({field: reader.texts(f"{base}.{field}") for field in LIST_FIELDS})
    if outcome.evaluation is not None:
        texts["evaluation"] = _evaluation(reader, f"{base}.evaluation", outcome.evaluation, structure)
    return replace(outcome, **texts)


def _evaluation(reader: _Reader, base: str, plan: Evaluation, structure: Tree) -> Evaluation:
    """An evaluation plan's texts: a test set for every answer to the checklist it reads."""
    question = structure.question(plan.question)
    if question is None:
        raise TreeError(f"{base}: the plan reads unknown question {plan.question!r}, whose answers would choose its test set")
    if not reader.has(base):
        raise TreeError(f"catalogue {reader.language!r} has no evaluation plan for outcome {base.split('.')[1]!r} (expected a table "
                        f"[{base}] with measure, size, threshold, first, and sets.<id> for each of {[o.id for o in question.options]})")
    texts: dict[str, Any] = {field: reader.text(f"{base}.{field}") for field in EVALUATION_FIELDS["texts"]}
    texts.update({field: reader.texts(f"{base}.{field}") for field in EVALUATION_FIELDS["lists"]})
    sets = tuple((o.id, reader.text(f"{base}.sets.{o.id}")) for o in question.options)
    return replace(plan, sets=sets, **texts)


def _composition(reader: _Reader, composition: Composition) -> Composition:
    base = f"compositions.{composition.id}"
    texts: dict[str, Any] = {field: reader.text(f"{base}.{field}") for field in COMPOSITION_FIELDS["texts"]}
    texts.update({field: reader.texts(f"{base}.{field}") for field in COMPOSITION_FIELDS["lists"]})
    return replace(composition, **texts)


def _check_template(key: str, template: Any, language: str) -> None:
    """An interface text must fill alike in the quiz and in str.format: every brace belongs to a
    plain {name} placeholder (the quiz's fill() knows no escaped braces)."""
    where = f"catalogue {language!r}: {key!r}"
    if not isinstance(template, str) or not template.strip():
        raise TreeError(f"{where} must be non-empty text (got {template!r})")
    unsafe = unsafe_character(template)
    if unsafe:
        raise TreeError(f"{where} holds {unsafe} (got {template!r})")
    stray = re.search(r"[{}]", PLACEHOLDER.sub("", template))
    if stray:
        raise TreeError(f"{where} has a brace outside a plain {{name}} placeholder (got {template!r})")


def _placeholders(table: Mapping[str, Any], prefix: str = "") -> Iterator[tuple[str, frozenset[str]]]:
    """Every text of a catalogue (a list's items as key[index]) with the placeholders it names."""
    for key, value in table.items():
        path = f"{prefix}{key}"
        if isinstance(value, Mapping):
            yield from _placeholders(value, path + ".")
        elif isinstance(value, list):
            yield from ((f"{path}[{n}]", frozenset(PLACEHOLDER.findall(str(item)))) for n, item in enumerate(value))
        else:
            yield path, frozenset(PLACEHOLDER.findall(str(value)))


def _shape(table: Mapping[str, Any], prefix: str = "") -> Iterator[tuple[str, int]]:
    """Every leaf key of a catalogue with its size (1 for a text, the length for a list)."""
    for key, value in table.items():
        path = f"{prefix}{key}"
        if isinstance(value, Mapping):
            yield from _shape(value, path + ".")
        else:
            yield path, len(value) if isinstance(value, list) else 1


class _Reader:
    """Reads texts by dotted key, remembering which keys were used."""

    def __init__(self, catalogue: Mapping[str, Any], language: str) -> None:
        self.catalogue, self.language, self.used = catalogue, language, set()

    def _get(self, key: str) -> Any:
        if not self.has(key):
            raise TreeError(f"catalogue {self.language!r} has no text for {key!r}")
        self.used.add(key)
        return self._value(key)

    def has(self, key: str) -> bool:
        """Whether the catalogue holds the key (a text, a list or a table)."""
        return self._value(key) is not _MISSING

    def _value(self, key: str) -> Any:
        value: Any = self.catalogue
        for part in key.split("."):
            value = value.get(part, _MISSING) if isinstance(value, Mapping) else _MISSING
        return value

    def text(self, key: str) -> str:
        value = self._get(key)
        if not isinstance(value, str) or not value.strip():
            raise TreeError(f"catalogue {self.language!r}: {key!r} must be non-empty text (got {value!r})")
        return value.strip()

    def texts(self, key: str) -> tuple[str, ...]:
        value = self._get(key)
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise TreeError(f"catalogue {self.language!r}: {key!r} must be a list of non-empty texts (got {value!r})")
        return tuple(v.strip() for v in value)

    def table(self, key: str) -> Mapping[str, Any]:
        value = self._get(key)
        if not isinstance(value, Mapping):
            raise TreeError(f"catalogue {self.language!r}: {key!r} must be a table (got {value!r})")
        self.used.update(f"{key}.{k}" for k, _ in _shape(value))
        return value

    def refuse_unused(self) -> None:
        """Every text must belong to something in the tree: a stray one is a typo or a leftover."""
        for key, _ in _shape(self.catalogue):
            if key not in self.used:
                raise TreeError(f"catalogue {self.language!r} has a text for {key!r}, which the tree does not have")

