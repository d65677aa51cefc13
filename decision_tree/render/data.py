"""The tree as JSON-able data: the documented export format, and the quiz's page data.

``SCHEMA`` documents every field; the site's "Command line and data" page renders it, and
a test checks that the export has exactly these fields.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from types import MappingProxyType
from typing import Any, Iterable, Mapping

from ..model import DEFAULT_LANGUAGE, Tree
from .links import Links

SCHEMA_VERSION = 2

# (field path, JSON type, meaning) for every field of the export, in order.
SCHEMA: tuple[tuple[str, str, str], ...] = (
    ("schema_version", "integer", "Version of this JSON format; bumped when a field changes meaning or disappears (2 since tree version 2)."),
    ("tree_version", "integer", "Version of the tree's logic; bumped whenever a question, answer or outcome changes."),
    ("guide_version", "string", "Version of the guide (site and package) that produced the export."),
    ("language", "string", "Language of every text in the export, e.g. `en`; ids are the same in every language."),
    ("title", "string", "The tree's title."),
    ("start", "string", "Id of the first question."),
    ("verdicts", "object", "Every verdict id mapped to its reader-facing label."),
    ("questions[]", "array", "The questions, in declaration order."),
    ("questions[].id", "string", "Stable id: a lowercase slug, also the permalink key."),
    ("questions[].kind", "string", "`choice` (one answer, which decides where the path goes) or `checklist` (any number of answers, asked once an outcome that names it is reached)."),
    ("questions[].title", "string", "Short form used in the diagram and in summaries."),
    ("questions[].text", "string", "The question as asked."),
    ("questions[].why", "string", "Why the question matters."),
    ("questions[].options[]", "array", "The answers, in display order."),
    ("questions[].options[].id", "string", "Stable id, unique within its question; the permalink value (a checklist's answers are joined by `.`)."),
    ("questions[].options[].label", "string", "The answer as shown."),
    ("questions[].options[].short", "string", "The answer in a few words, as the diagram labels its edge."),
    ("questions[].options[].rationale", "string", "The reason shown at the result for having given this answer."),
    ("questions[].options[].next", "string", "Id of the question or outcome this answer leads to (empty for checklist answers)."),
    ("questions[].options[].unsure", "boolean", "Whether the answer admits not knowing; its route is the cautious one."),
    ("questions[].options[].experiment", "string", "For an unsure answer, the cheapest experiment that settles the question; else empty."),
    ("questions[].options[].assumes", "string", "For an unsure answer, the id of the sure answer whose route it follows, if any; else empty."),
    ("questions[].options[].next_step", "string", "For a checklist answer, the next step it adds to the result; else empty."),
    ("questions[].options[].exclusive", "boolean", "For a checklist answer, whether it stands alone (\u201cnone of these\u201d)."),
    ("outcomes[]", "array", "The outcomes, in declaration order."),
    ("outcomes[].id", "string", "Stable id: a lowercase slug."),
    ("outcomes[].verdict", "string", "One of the ids in `verdicts`."),
    ("outcomes[].conclusions", "array of strings", "Ids of the documented conclusions the outcome rests on."),
    ("outcomes[].sources", "array of strings", "Ids of entries in `sources`."),
    ("outcomes[].checklists", "array of strings", "Ids of the checklist questions asked once the outcome is reached."),
    ("outcomes[].title", "string", "Short name of the outcome."),
    ("outcomes[].headline", "string", "One-line recommendation."),
    ("outcomes[].reasons", "array of strings", "Why this outcome, whatever the path."),
    ("outcomes[].caveats", "array of strings", "What to watch out for."),
    ("outcomes[].next_steps", "array of strings", "What to do next."),
    ("sources[]", "array", "Published works the outcomes cite: `id`, `citation`, `title`, `url`."),
    ("conclusions[]", "array", "The register of documented conclusions: `id`, `page` (Markdown file under docs/), `title` and `path` (address relative to the site root)."),
    ("history[]", "array", "Every tree version with a one-line `summary` of what it changed."),
)


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
        "questions": [asdict(q) for q in tree.questions],
        "outcomes": [asdict(o) for o in tree.outcomes],
        "sources": [asdict(s) for s in tree.sources],
        "conclusions": [{**asdict(c), "path": c.path} for c in tree.conclusions],
        "history": [asdict(h) for h in tree.history],
    }


DATA_FOLDER = "data/"  # where the site publishes each version's export, relative to its root


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
        exports[export_path(tree.version, tree.language)] = json.dumps(export_data(tree, guide_version), ensure_ascii=False, indent=1) + "\n"
    return exports


def quiz_data(tree: Tree, links: Links, guide_version: str, carried: Mapping[int, Any] = MappingProxyType({})) -> dict[str, Any]:
    """What the quiz script reads from the page: the export, the URLs of this page's links, and
    how to answer a link made with an older version (where its export is, and the renames that
    carry its answers over)."""
    return {
        **export_data(tree, guide_version),
        "links": {"questions": links.questions, "outcomes": links.outcomes, "conclusions": links.conclusions, "quiz": links.quiz, "root": links.root},
        "versions": {
            "exports": {str(v): links.site + export_path(v, tree.language if v == tree.version else DEFAULT_LANGUAGE) for v in range(1, tree.version + 1)},
            "carried": {str(v): [[q, a, [list(p) for p in pairs]] for (q, a), pairs in renames.items()] for v, renames in carried.items()},
        },
    }
