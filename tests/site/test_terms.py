"""The Chinese edition uses one rendering per term: the one its glossary gives.

The glossary's Chinese page (docs/glossary.zh.md) is the rule: its table lists, for each term, the
rendering the guide uses and the renderings it avoids. No Chinese page and no text of the Chinese
catalogue may use an avoided rendering. Texts of the catalogue that the decision tree's next
version rewrites are listed in PENDING until then; a listed text that no longer needs the
exception must leave the list.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from ..conftest import ROOT
from ..core.test_catalogue import texts_of

DOCS = ROOT / "docs"
GLOSSARY = DOCS / "glossary.zh.md"
CATALOGUE = ROOT / "decision_tree" / "content" / "texts" / "zh.toml"
ROW = re.compile(r"^\|\s*<span lang=\"en\">(?P<term>[^<]+)</span>\s*\|(?P<use>[^|]+)\|(?P<avoid>[^|]+)\|[^|]+\|\s*$", re.M)
ENGLISH_ROW = re.compile(r"^\|\s*(?P<term>[^|<]+?)\s*\|[^|]+\|\s*<span lang=\"zh\">[^<]+</span>\s*\|\s*$", re.M)
NONE = "—"
# The nominal calque the review counted 66 times; a handful of uses may stay where it reads best.
CALQUE, CALQUE_LIMIT = "本指南所依据的文章", 5

# Texts of the tree that still hold an avoided rendering, each with the renderings it holds:
# catalogue key -> avoided renderings (none since tree version 3).
PENDING: dict[str, tuple[str, ...]] = {}


def glossary() -> dict[str, tuple[str, tuple[str, ...]]]:
    """English term -> (the rendering used, the renderings avoided), from the glossary's table."""
    rows = {}
    for row in ROW.finditer(GLOSSARY.read_text(encoding="utf-8")):
        avoid = row["avoid"].strip()
        rows[row["term"].strip()] = (row["use"].strip(), () if avoid == NONE else tuple(a.strip() for a in avoid.split("、")))
    return rows


def chinese_pages() -> list[Path]:
    return sorted(p for p in DOCS.rglob("*.zh.md") if p != GLOSSARY)


def avoided() -> dict[str, str]:
    """Each avoided rendering -> the rendering to use instead."""
    return {bad: use for use, bads in glossary().values() for bad in bads}


def test_the_glossary_gives_one_rendering_per_term_in_both_editions() -> None:
    rows = glossary()
    assert len(rows) >= 30, f"expected the guide's terms in {GLOSSARY.name}, found {len(rows)} rows"
    english = [m["term"].strip() for m in ENGLISH_ROW.finditer((DOCS / "glossary.md").read_text(encoding="utf-8"))]
    assert sorted(english) == sorted(rows), "the two editions of the glossary list different terms"
    for term, (use, bads) in rows.items():
        assert use and use not in bads, f"{term}: the rendering {use!r} is also listed as avoided"
    uses = [use for use, _ in rows.values()]
    assert len(uses) == len(set(uses)), "two terms share one rendering"


def test_no_chinese_page_uses_a_rendering_the_glossary_avoids() -> None:
    found = []
    for page in chinese_pages():
        for number, line in enumerate(page.read_text(encoding="utf-8").splitlines(), start=1):
            found += [f"{page.relative_to(ROOT)}:{number}: {bad!r} (use {use!r})" for bad, use in avoided().items() if bad in line]
    assert not found, "avoided renderings on the Chinese pages:\n" + "\n".join(found)


def test_no_chinese_catalogue_text_uses_an_avoided_rendering_beyond_the_listed_exceptions() -> None:
    texts = {key: text for key, text in texts_of(tomllib.loads(CATALOGUE.read_text(encoding="utf-8"))) if isinstance(text, str)}
    bad = {key: [b for b in avoided() if b in text] for key, text in texts.items()}
    found = [f"{key}: {words}" for key, words in bad.items() if set(words) - set(PENDING.get(key, ()))]
    assert not found, f"avoided renderings in {CATALOGUE.name}:\n" + "\n".join(found)
    stale = [key for key, words in PENDING.items() if set(words) - set(bad.get(key, []))]
    assert not stale, f"these texts no longer hold the rendering listed for them: remove them from PENDING: {stale}"


def test_the_nominal_calque_for_the_source_article_is_kept_to_a_handful() -> None:
    pages = {p.relative_to(ROOT).as_posix(): p.read_text(encoding="utf-8").count(CALQUE) for p in chinese_pages()}
    pages[CATALOGUE.relative_to(ROOT).as_posix()] = CATALOGUE.read_text(encoding="utf-8").count(CALQUE)
    used = {where: count for where, count in pages.items() if count}
    assert sum(used.values()) <= CALQUE_LIMIT, f"“{CALQUE}” appears {sum(used.values())} times (at most {CALQUE_LIMIT}): {used}"
