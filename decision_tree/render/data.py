"""The tree as JSON-able data: the documented export format, and the quiz's page data.

``SCHEMA`` documents every field; the site's "Command line and data" page renders it, and
a test checks that the export has exactly these fields.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from types import MappingProxyType
from typing import Any, Iterable, Mapping

from ..model import DEFAULT_LANGUAGE, PRECEDENCE, Outcome, Tree
from ..snapshot import SCHEMA_FILE
from .links import Links

SCHEMA_VERSION = 3

# (field path, JSON type) for every field of the export, in order; each field's meaning is in the
# catalogues, under the name schema_text(field) gives.
SCHEMA: tuple[tuple[str, str], ...] = (
    ("schema_version", "integer"),
    ("tree_version", "integer"),
    ("guide_version", "string"),
    ("language", "string"),
    ("title", "string"),
    ("start", "string"),
    ("verdicts", "object"),
    ("precedence", "array of strings"),
    ("questions[]", "array"),
    ("questions[].id", "string"),
    ("questions[].kind", "string"),
    ("questions[].title", "string"),
    ("questions[].text", "string"),
    ("questions[].why", "string"),
    ("questions[].options[]", "array"),
    ("questions[].options[].id", "string"),
    ("questions[].options[].label", "string"),
    ("questions[].options[].short", "string"),
    ("questions[].options[].rationale", "string"),
    ("questions[].options[].next", "string"),
    ("questions[].options[].unsure", "boolean"),
    ("questions[].options[].experiment", "string"),
    ("questions[].options[].assumes", "string"),
    ("questions[].options[].next_step", "string"),
    ("questions[].options[].exclusive", "boolean"),
    ("outcomes[]", "array"),
    ("outcomes[].id", "string"),
    ("outcomes[].verdict", "string"),
    ("outcomes[].conclusions", "array of strings"),
    ("outcomes[].sources", "array of strings"),
    ("outcomes[].checklists", "array of strings"),
    ("outcomes[].title", "string"),
    ("outcomes[].headline", "string"),
    ("outcomes[].reasons", "array of strings"),
    ("outcomes[].caveats", "array of strings"),
    ("outcomes[].next_steps", "array of strings"),
    ("outcomes[].evaluation", "object"),
    ("outcomes[].evaluation.question", "string"),
    ("outcomes[].evaluation.sources", "array of strings"),
    ("outcomes[].evaluation.measure", "array of strings"),
    ("outcomes[].evaluation.sets", "object"),
    ("outcomes[].evaluation.size", "string"),
    ("outcomes[].evaluation.threshold", "string"),
    ("outcomes[].evaluation.first", "string"),
    ("compositions[]", "array"),
    ("compositions[].id", "string"),
    ("compositions[].when", "array of strings"),
    ("compositions[].verdict", "string"),
    ("compositions[].conclusions", "array of strings"),
    ("compositions[].sources", "array of strings"),
    ("compositions[].title", "string"),
    ("compositions[].headline", "string"),
    ("compositions[].reasons", "array of strings"),
    ("compositions[].next_steps", "array of strings"),
    ("sources[]", "array"),
    ("conclusions[]", "array"),
    ("history[]", "array"),
)


def schema_text(field: str) -> str:
    """The name of a field's meaning among the interface texts.

    >>> schema_text("questions[].options[].next_step")
    'schema-questions-options-next-step'
    """
    name = field.replace("[]", "").replace(".", "-").replace("_", "-")
    return f"schema-{name}"


def export_data(tree: Tree, guide_version: str) -> dict[str, Any]:
    """The whole tree in the documented export format."""
    return {
        "schema_version": SCHEMA_VERSION,
        "tree_version": tree.version,
        "guide_version": guide_version,
        "language": tree.language,
        "title": tree.title,
        "start": tree.start,
        "verdicts": dict(tree.verdicts),
        "precedence": list(PRECEDENCE),
        "questions": [asdict(q) for q in tree.questions],
        "outcomes": [outcome_data(o) for o in tree.outcomes],
        "compositions": [asdict(c) for c in tree.compositions],
        "sources": [asdict(s) for s in tree.sources],
        "conclusions": [{**asdict(c), "path": c.path} for c in tree.conclusions],
        "history": [asdict(h) for h in tree.history],
    }


def outcome_data(outcome: Outcome) -> dict[str, Any]:
    """An outcome as exported: its evaluation plan's test sets as an object keyed by answer id,
    and no plan at all for an outcome of a tree published before plans."""
    data = asdict(outcome)
    if outcome.evaluation is None:
        del data["evaluation"]
    else:
        data["evaluation"]["sets"] = dict(outcome.evaluation.sets)
    return data


def export_json(tree: Tree, guide_version: str, *, indent: int = 2) -> str:
    """The export as the file the command line writes (and a version is frozen as)."""
    return json.dumps(export_data(tree, guide_version), ensure_ascii=False, indent=indent) + "\n"


DATA_FOLDER = "data/"  # where the site publishes each version's export, relative to its root
SCHEMA_ADDRESS = DATA_FOLDER + SCHEMA_FILE  # and the JSON Schema they follow


def export_path(version: int, language: str = DEFAULT_LANGUAGE) -> str:
    """The address of a version's JSON export relative to the site root, in a language.

    >>> export_path(1), export_path(2, "zh")
    ('data/tree-v1.json', 'data/tree-v2.zh.json')
    """
    suffix = "" if language == DEFAULT_LANGUAGE else f".{language}"
    return f"{DATA_FOLDER}tree-v{version}{suffix}.json"


def version_exports(current: Iterable[Tree], frozen: Mapping[int, str], guide_version: str) -> dict[str, str]:
    """Every version's export by its address: older versions exactly as they were published
    (``frozen``: version -> the snapshot's text, in the language they were published in), the
    current one freshly made in each language of ``current``."""
    trees = tuple(current)
    exports = {export_path(v): text for v, text in frozen.items() if v not in {t.version for t in trees}}
    for tree in trees:
        exports[export_path(tree.version, tree.language)] = export_json(tree, guide_version, indent=1)
    return exports


def quiz_data(tree: Tree, links: Links, guide_version: str, carried: Mapping[int, Any] = MappingProxyType({})) -> dict[str, Any]:
    """What the quiz script reads from the page: the export, the URLs of this page's links, how
    to answer a link made with an older version (where its export is, and the renames that carry
    its answers over), and the cost model's fields and example prices."""
    from ..cost.data import cost_data
    from .report import statement_versions

    return {
        **export_data(tree, guide_version),
        "since": statement_versions(tree),
        "links": {"questions": links.questions, "outcomes": links.outcomes, "compositions": links.compositions,
                  "conclusions": links.conclusions, "quiz": links.quiz, "root": links.root},
        "versions": {
            "exports": {str(v): links.site + export_path(v, tree.language if v == tree.version else DEFAULT_LANGUAGE) for v in range(1, tree.version + 1)},
            "carried": {str(v): [[q, a, [list(p) for p in pairs]] for (q, a), pairs in renames.items()] for v, renames in carried.items()},
        },
        "cost": cost_data().as_json(),
    }
