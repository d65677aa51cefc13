"""The export's published JSON Schema (decision_tree/tree.schema.json, on the site as
data/tree.schema.json): every export the guide makes or has published follows it, it agrees with
the code and the documented table, and an export that does not follow it is refused by name."""

from __future__ import annotations

import copy
import json
from typing import Any, Callable

import pytest
from jsonschema import Draft202012Validator

from decision_tree import LANGUAGES, VERDICT_IDS, TreeError, __version__, tree
from decision_tree.render.data import SCHEMA, SCHEMA_VERSION, export_data
from decision_tree.snapshot import OPTION_FIELDS, OUTCOME_FIELDS, QUESTION_FIELDS, export_schema, tree_from_export
from decision_tree.versions import frozen

SCHEMA_DOCUMENT = export_schema()
DEFS = SCHEMA_DOCUMENT["$defs"]
V2 = json.loads(frozen()[2])
# The documented types of the table on the "Command line and data" page, as JSON Schema types.
TYPES = {"integer": "integer", "string": "string", "object": "object", "array": "array", "boolean": "boolean", "array of strings": "array"}


def test_the_schema_is_a_valid_json_schema() -> None:
    Draft202012Validator.check_schema(SCHEMA_DOCUMENT)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_current_export_follows_the_schema(language: str) -> None:
    exported = json.loads(json.dumps(export_data(tree(language), __version__)))
    errors = [e.message for e in Draft202012Validator(SCHEMA_DOCUMENT).iter_errors(exported)]
    assert errors == []


@pytest.mark.parametrize("version", sorted(frozen()))
def test_every_published_export_follows_the_schema(version: int) -> None:
    assert [e.message for e in Draft202012Validator(SCHEMA_DOCUMENT).iter_errors(json.loads(frozen()[version]))] == []


def test_the_schema_knows_the_code_s_versions_languages_verdicts_and_fields() -> None:
    top = SCHEMA_DOCUMENT["properties"]
    assert max(top["schema_version"]["enum"]) == SCHEMA_VERSION
    assert top["language"]["enum"] == list(LANGUAGES)
    assert DEFS["verdict"]["enum"] == list(VERDICT_IDS)
    assert set(DEFS["option"]["properties"]) == set(OPTION_FIELDS)
    assert set(DEFS["question"]["properties"]) == {*QUESTION_FIELDS, "options"}
    assert set(DEFS["outcome"]["properties"]) == set(OUTCOME_FIELDS)
    assert set(top) == set(export_data(tree(), __version__))


def test_the_documented_table_names_the_schema_s_fields_and_types() -> None:
    places = {"questions[]": DEFS["question"], "questions[].options[]": DEFS["option"], "outcomes[]": DEFS["outcome"],
              "outcomes[].evaluation": DEFS["evaluation"], "compositions[]": DEFS["composition"]}
    for field, kind in SCHEMA:
        parent, _, name = field.removesuffix("[]").rpartition(".")
        definition = (places[parent] if parent else SCHEMA_DOCUMENT)["properties"][name]
        found = DEFS[definition["$ref"].rpartition("/")[2]] if "$ref" in definition else definition
        if "type" in found:
            assert found["type"] == TYPES[kind], f"{field}: documented as {kind}, the schema says {found['type']}"
    documented = {field.removesuffix("[]") for field, _ in SCHEMA}
    for parent, definition in places.items():
        for name in definition["properties"]:
            assert f"{parent}.{name}" in documented, f"{parent}.{name} is in the schema but not in the documented table"


def edit(change: Callable[[dict], Any]) -> dict:
    data = copy.deepcopy(V2)
    change(data)
    return data


def option(data: dict, question: str, option_id: str) -> dict:
    return next(o for o in next(q for q in data["questions"] if q["id"] == question)["options"] if o["id"] == option_id)


def outcome(data: dict, outcome_id: str) -> dict:
    return next(o for o in data["outcomes"] if o["id"] == outcome_id)


MALFORMED = {
    "an unknown option field": (lambda d: option(d, "problem", "style").update(weight=3),
                                "questions['problem'].options['style']: Additional properties are not allowed ('weight' was unexpected)"),
    "an unknown outcome field": (lambda d: outcome(d, "rag").update(score=1),
                                 "outcomes['rag']: Additional properties are not allowed ('score' was unexpected)"),
    "an unknown top-level field": (lambda d: d.update(extra=True), "the export: Additional properties are not allowed ('extra' was unexpected)"),
    "schema version 99": (lambda d: d.update(schema_version=99), "schema_version: 99 is not one of [1, 2, 3]"),
    "language xx": (lambda d: d.update(language="xx"), "language: 'xx' is not one of ['en', 'zh']"),
    "no language in schema 2": (lambda d: d.pop("language"), "the export: 'language' is a required property"),
    "no kind in schema 2": (lambda d: d["questions"][0].pop("kind"), "questions['problem']: 'kind' is a required property"),
    "tree version as text": (lambda d: d.update(tree_version="2"), "tree_version: '2' is not of type 'integer'"),
    "unsure as text": (lambda d: option(d, "problem", "not-sure").update(unsure="no"),
                       "questions['problem'].options['not-sure'].unsure: 'no' is not of type 'boolean'"),
    "conclusions as text": (lambda d: outcome(d, "rag").update(conclusions="rag-keeps-knowledge-current"),
                            "outcomes['rag'].conclusions: 'rag-keeps-knowledge-current' is not of type 'array'"),
    "no questions": (lambda d: d.pop("questions"), "the export: 'questions' is a required property"),
    "questions as an object": (lambda d: d.update(questions={}), "questions: {} is not of type 'array'"),
    "a script source": (lambda d: d["sources"][0].update(url="javascript:alert(1)"), f"sources['{V2['sources'][0]['id']}'].url: 'javascript:alert(1)' does not match"),
    "an extra history field": (lambda d: d["history"][0].update(date="2025"), "history[0]: Additional properties are not allowed ('date' was unexpected)"),
    "a verdict label for no verdict": (lambda d: d["verdicts"].update(magic="Magic"), "verdicts: 'magic' is not one of"),
    "a conclusion path that is not its page's": (
        lambda d: d["conclusions"][0].update(path="elsewhere/#x"),
        f"conclusion '{V2['conclusions'][0]['id']}': path 'elsewhere/#x' is not that of its page '{V2['conclusions'][0]['page']}'"),
}


@pytest.mark.parametrize("change, message", MALFORMED.values(), ids=MALFORMED.keys())
def test_an_export_that_does_not_follow_the_schema_is_refused_naming_the_field(change, message: str) -> None:
    with pytest.raises(TreeError) as raised:
        tree_from_export(edit(change), origin="decision_tree/versions/v2.json")
    assert f"invalid decision tree: decision_tree/versions/v2.json: {message}" in str(raised.value)
