"""A tree from its JSON export: how published versions are kept and read back.

Every published version of the tree is kept as the JSON export it had when it was published
(``decision_tree/versions/v<N>.json``), so an old permalink is answered with the logic and
the texts that made it. Exports of older schemas lack the fields later versions added (schema 1
the language and the checklists, schema 2 the compositions); they read with those fields' defaults.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Any, Mapping

from .errors import TreeError
from .model import Change, Composition, Conclusion, Option, Outcome, Question, Source, Tree
from .validate import validated

OPTION_FIELDS = ("id", "label", "short", "rationale", "next", "unsure", "experiment", "assumes", "next_step", "exclusive")
QUESTION_FIELDS = ("id", "kind", "title", "text", "why")
OUTCOME_FIELDS = ("id", "verdict", "title", "headline", "conclusions", "sources", "checklists", "reasons", "caveats", "next_steps")
COMPOSITION_FIELDS = ("id", "when", "verdict", "conclusions", "sources", "title", "headline", "reasons", "next_steps")


def tree_from_export(data: Mapping[str, Any], *, origin: str = "export") -> Tree:
    """The validated tree an export describes, or TreeError naming the origin and the field."""
    try:
        tree = Tree(
            version=data["tree_version"],
            start=data["start"],
            language=data.get("language", "en"),
            title=data["title"],
            verdicts=MappingProxyType(dict(data["verdicts"])),
            questions=tuple(_question(q) for q in data["questions"]),
            outcomes=tuple(Outcome(**_fields(o, OUTCOME_FIELDS, tuples=True)) for o in data["outcomes"]),
            compositions=tuple(Composition(**_fields(c, COMPOSITION_FIELDS, tuples=True)) for c in data.get("compositions", ())),
            sources=tuple(Source(**s) for s in data["sources"]),
            conclusions=tuple(Conclusion(id=c["id"], title=c["title"], page=c["page"]) for c in data["conclusions"]),
            history=tuple(Change(**h) for h in data["history"]),
        )
    except (KeyError, TypeError) as error:
        raise TreeError(f"{origin}: not a tree export (missing or malformed field: {error})") from error
    try:
        return validated(tree)
    except TreeError as error:
        raise TreeError(f"{origin}: {error}") from error


def _question(data: Mapping[str, Any]) -> Question:
    options = tuple(Option(**_fields(o, OPTION_FIELDS)) for o in data["options"])
    return Question(options=options, **_fields(data, QUESTION_FIELDS))


def _fields(data: Mapping[str, Any], names: tuple[str, ...], *, tuples: bool = False) -> dict[str, Any]:
    """The named fields that are present; lists become tuples so the result stays hashable."""
    picked = {name: data[name] for name in names if name in data}
    return {k: tuple(v) if tuples and isinstance(v, list) else v for k, v in picked.items()}
