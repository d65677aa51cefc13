"""The permalink grammar on the command line's side: every case of the shared table
(tests/link_grammar.toml) is read as the table says, and ``decide --link`` ends where the quiz
does (tests/browser/test_link_grammar.py runs the same table in the quiz)."""

from __future__ import annotations

import json
import re

import pytest

from decision_tree.cli import main
from decision_tree.permalink import read_fragment

from ..link_grammar import CASES, Case

# What decide --link says for each kind of problem the table names.
SAYS = {
    "too-long": "too long to be a permalink",
    "no-version": "does not say which tree version made it",
    "bad-version": "is not a version number|which was never published",
    "unreadable": "cannot read .* in the link",
    "duplicate": "the link gives .* twice",
    "unknown-question": "unknown question",
    "unknown-answer": "unknown answer|names an option twice|combines .* which stands alone",
    "off-path": "is not on the path",
}


def test_the_table_covers_every_kind_of_problem_and_end() -> None:
    kinds = {case.result.split()[0] for case in CASES}
    assert kinds == {"outcome", "question", *SAYS}


@pytest.mark.parametrize("case", CASES, ids=str)
def test_the_grammar_reads_each_link_as_the_table_says(case: Case) -> None:
    reading = read_fragment(case.link)
    found = {"version": reading.version, "answers": [list(a) for a in reading.answers.items()], "problems": [list(p) for p in reading.problems]}
    assert found == case.reading


@pytest.mark.parametrize("case", CASES, ids=str)
def test_decide_link_ends_where_the_table_says(case: Case, capsys) -> None:
    status = main(["decide", "--link", "https://example.org/guide/quiz/#" + case.link, "--format", "json"])
    out, err = capsys.readouterr()
    end, _, node = case.result.partition(" ")
    if end == "outcome":
        assert (status, json.loads(out)["link"]["outcome"]) == (0, node), err
    elif end == "question":
        assert status == 2 and f"question {node!r} needs an answer" in err
    else:
        assert status == 2 and re.search(SAYS[end], err), f"expected {end}, got: {err}"
        assert err.count("\n") == 1 and out == ""


@pytest.mark.parametrize("case", [c for c in CASES if c.canonical and c.result.startswith("outcome ")], ids=str)
def test_decide_link_gives_the_canonical_permalink(case: Case, capsys) -> None:
    assert main(["decide", "--link", "#" + case.link]) == 0
    assert f"quiz/#{case.canonical}\n" in capsys.readouterr().out
