"""A tree from its JSON export: how published versions are kept and read back.

Every published version of the tree is kept as the JSON export it had when it was published
(``decision_tree/versions/v<N>.json``), so an old permalink is answered with the logic and
the texts that made it. Exports of older schemas lack the fields later versions added (schema 1
the language and the checklists, schema 2 the compositions, and exports before this guide version
the outcomes' evaluation plans); they read with those fields' defaults.

An export is read only if it follows the published JSON Schema (``decision_tree/tree.schema.json``,
on the site as ``data/tree.schema.json``): no unknown field is dropped unread, and no schema
version or language is taken on trust. Then the tree it describes is validated like any other.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from types import MappingProxyType
from typing import Any, Iterable, Mapping

from .errors import TreeError
from .model import Change, Composition, Conclusion, Evaluation, Option, Outcome, Question, Source, Tree
from .validate import validated

SCHEMA_FILE = "tree.schema.json"  # in the package; the site publishes it under data/
OPTION_FIELDS = ("id", "label", "short", "rationale", "next", "unsure", "experiment", "assumes", "next_step", "exclusive")
QUESTION_FIELDS = ("id", "kind", "title", "text", "why")
OUTCOME_FIELDS = ("id", "verdict", "title", "headline", "conclusions", "sources", "checklists", "reasons", "caveats", "next_steps",
                  "evaluation")
EVALUATION_FIELDS = ("question", "sources", "measure", "size", "threshold", "first")
COMPOSITION_FIELDS = ("id", "when", "verdict", "conclusions", "sources", "title", "headline", "reasons", "next_steps")


def tree_from_export(data: Mapping[str, Any], *, origin: str = "export") -> Tree:
    """The validated tree an export describes, or TreeError naming the origin and the field."""
    check_export(data, origin=origin)
    try:
        tree = Tree(
            version=data["tree_version"],
            start=data["start"],
            language=data.get("language", "en"),
            title=data["title"],
            verdicts=MappingProxyType(dict(data["verdicts"])),
            questions=tuple(_question(q) for q in data["questions"]),
            outcomes=tuple(_outcome(o) for o in data["outcomes"]),
            compositions=tuple(Composition(**_fields(c, COMPOSITION_FIELDS, tuples=True)) for c in data.get("compositions", ())),
            sources=tuple(Source(**s) for s in data["sources"]),
            conclusions=tuple(Conclusion(id=c["id"], title=c["title"], page=c["page"]) for c in data["conclusions"]),
            history=tuple(Change(**h) for h in data["history"]),
        )
    except (KeyError, TypeError) as error:
        raise TreeError(f"{origin}: not a tree export (missing or malformed field: {error})") from error
    try:
        validated(tree)
    except TreeError as error:
        raise TreeError(f"{origin}: {error}") from error
    for given, conclusion in zip(data["conclusions"], tree.conclusions):
        if given["path"] != conclusion.path:  # readers follow the path: it must be the page's
            raise TreeError(f"{origin}: conclusion {conclusion.id!r}: path {given['path']!r} is not that of its page "
                            f"{conclusion.page!r} (expected {conclusion.path!r})")
    return tree


def check_export(data: Any, *, origin: str = "export") -> None:
    """Raise TreeError naming the origin, the field and the problem when ``data`` does not follow
    the export's JSON Schema."""
    from jsonschema import Draft202012Validator  # here: only reading an export needs it, and it takes a while to import
    from jsonschema.exceptions import best_match

    error = best_match(Draft202012Validator(export_schema()).iter_errors(data))
    if error is not None:
        raise TreeError(f"{origin}: {_where(data, error.absolute_path)}: {error.message} "
                        f"(the export does not follow its JSON Schema, data/tree.schema.json)")


@cache
def export_schema() -> Mapping[str, Any]:
    """The JSON Schema of the export, as the site publishes it."""
    return json.loads(json_schema_text())


def json_schema_text() -> str:
    """The text of the export's JSON Schema file."""
    return resources.files(__package__).joinpath(SCHEMA_FILE).read_text(encoding="utf-8")


def _where(data: Any, path: Iterable[str | int]) -> str:
    """A field's place in an export, items of a list named by their id where they have one:
    ``questions['problem'].options['style']``."""
    place, node = "the export", data
    for key in path:
        node = node[key]
        if isinstance(key, int):
            place += f"[{node['id']!r}]" if isinstance(node, dict) and isinstance(node.get("id"), str) else f"[{key}]"
        else:
            place = str(key) if place == "the export" else f"{place}.{key}"
    return place


def _question(data: Mapping[str, Any]) -> Question:
    options = tuple(Option(**_fields(o, OPTION_FIELDS)) for o in data["options"])
    return Question(options=options, **_fields(data, QUESTION_FIELDS))


def _outcome(data: Mapping[str, Any]) -> Outcome:
    fields = _fields(data, OUTCOME_FIELDS, tuples=True)
    if "evaluation" in fields:
        plan = fields["evaluation"]
        fields["evaluation"] = Evaluation(**{**_fields(plan, EVALUATION_FIELDS, tuples=True), "sets": tuple(plan["sets"].items())})
    return Outcome(**fields)


def _fields(data: Mapping[str, Any], names: tuple[str, ...], *, tuples: bool = False) -> dict[str, Any]:
    """The named fields that are present; lists become tuples so the result stays hashable."""
    picked = {name: data[name] for name in names if name in data}
    return {k: tuple(v) if tuples and isinstance(v, list) else v for k, v in picked.items()}
