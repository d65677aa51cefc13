"""The shared table of permalink cases (tests/link_grammar.toml), as the tests of both sides read it."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

TABLE = Path(__file__).with_name("link_grammar.toml")


@dataclass(frozen=True)
class Case:
    """One link and how the grammar, the quiz and the command line read it (see the table's header)."""

    link: str
    result: str
    version: str | None = None
    answers: list[list[str]] = field(default_factory=list)
    problems: list[list[str]] = field(default_factory=list)
    canonical: str | None = None

    @property
    def reading(self) -> dict:
        """The grammar's reading, in the form both sides report it."""
        return {"version": self.version, "answers": self.answers, "problems": self.problems}

    def __str__(self) -> str:  # the test id: the link, shortened
        return self.link if len(self.link) <= 60 else self.link[:57] + "..."


CASES = [Case(**case) for case in tomllib.loads(TABLE.read_text(encoding="utf-8"))["case"]]
