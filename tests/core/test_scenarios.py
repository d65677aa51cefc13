"""The golden set (tests/scenarios.toml): every situation, answered as a careful reader would,
stays in the family an experienced engineer expects, with the parts it names."""

from __future__ import annotations

import tomllib
from collections import Counter
from pathlib import Path

import pytest

from decision_tree import LANGUAGES, decide, tree

SCENARIOS_FILE = Path(__file__).parents[1] / "scenarios.toml"
FIELDS = {"id", "language", "classes", "situation", "answers", "family", "parts", "why"}
OPTIONAL = {"asks"}
CLASSES = range(1, 8)
AT_LEAST = 40


def load() -> list[dict]:
    """The scenarios, each checked for the fields it must have (a bad entry is named)."""
    data = tomllib.loads(SCENARIOS_FILE.read_text(encoding="utf-8"))
    scenarios = data.get("scenario", [])
    for number, entry in enumerate(scenarios, 1):
        missing, extra = FIELDS - set(entry), set(entry) - FIELDS - OPTIONAL
        where = f"{SCENARIOS_FILE.name}, scenario {number} ({entry.get('id', '?')})"
        assert not missing, f"{where}: missing {sorted(missing)}"
        assert not extra, f"{where}: unknown fields {sorted(extra)}"
        assert entry["language"] in LANGUAGES, f"{where}: language {entry['language']!r} is not one of {list(LANGUAGES)}"
        assert set(entry["classes"]) <= set(CLASSES), f"{where}: classes must be among {list(CLASSES)}"
    return scenarios


SCENARIOS = load()


def test_the_golden_set_is_large_covers_every_class_twice_and_both_languages() -> None:
    assert len(SCENARIOS) >= AT_LEAST
    ids = Counter(s["id"] for s in SCENARIOS)
    assert not [i for i, n in ids.items() if n > 1], "scenario ids must be unique"
    covered = Counter(c for s in SCENARIOS for c in s["classes"])
    assert all(covered[c] >= 2 for c in CLASSES), f"classes covered fewer than twice: {[c for c in CLASSES if covered[c] < 2]}"
    assert {s["language"] for s in SCENARIOS} == set(LANGUAGES)
    several = [s for s in SCENARIOS if "." in s["answers"]["needs"]]
    assert len(several) >= 10, "at least ten situations name several needs at once"


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[s["id"] for s in SCENARIOS])
def test_each_situation_stays_in_its_family(scenario: dict) -> None:
    decision = decide(tree(scenario["language"]), scenario["answers"])
    result = decision.result
    parts = [p.outcome.id for p in result.parts]
    assert result.verdict == scenario["family"], (
        f"{scenario['id']}: expected {scenario['family']} ({scenario['why']}), got {result.verdict} from parts {parts}"
    )
    assert set(scenario["parts"]) <= set(parts), f"{scenario['id']}: expected parts {scenario['parts']}, got {parts}"
    asked = [s.question.id for s in decision.path]
    assert set(scenario.get("asks", ())) <= set(asked), f"{scenario['id']}: expected {scenario['asks']} to be asked, the path asks {asked}"
