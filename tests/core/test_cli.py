"""The command line, run as a subprocess, for good and bad input."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from decision_tree import TREE, paths

PATHS = list(paths(TREE))


def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "decision_tree", *args], input=stdin, capture_output=True, text=True, timeout=60)


@pytest.mark.parametrize("journey", PATHS, ids=[p.outcome.id + ":" + ",".join(p.answers.values()) for p in PATHS])
def test_decide_prints_the_outcome_of_every_path_as_json(journey) -> None:
    result = run("decide", *(f"{q}={o}" for q, o in journey.answers.items()), "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["outcome"] == journey.outcome.id
    assert data["answers"] == journey.answers
    assert data["tree_version"] == TREE.version


def test_decide_as_text_shows_outcome_path_reasons_changes_and_links() -> None:
    result = run("--site-url", "https://docs.example/g/", "decide", "information-source=request-input", "prompt-result=yes")
    assert result.returncode == 0
    out = result.stdout
    assert out.startswith("Outcome: Prompting is enough\n")
    for heading in ("Your answers:", "Why:", "Caveats:", "What would change this:", "Documented conclusions:"):
        assert heading in out
    assert "Does a careful prompt work? \u2192 No: it keeps ignoring instructions or drifting from the format: more questions" in out
    assert "https://docs.example/g/conclusions/when-rag-does-not-fit/#request-input-goes-in-the-context" in out
    assert "Permalink: https://docs.example/g/quiz/#v=1&information-source=request-input&prompt-result=yes" in out


def test_decide_as_markdown_prints_a_design_doc_snippet() -> None:
    result = run("decide", "information-source=not-sure", "--format", "markdown")
    assert result.returncode == 0
    assert result.stdout.startswith("### Decision: Start with a prompted baseline\n")
    assert "tree version 1." in result.stdout


BAD = {
    "unknown question": (["decide", "colour=blue"], "unknown question 'colour' (must be one of ['information-source',"),
    "unknown answer": (["decide", "information-source=maybe"], "unknown answer 'maybe' to question 'information-source' (must be one of ['stored-knowledge', 'request-input', 'style-or-ideas', 'not-sure'])"),
    "no outcome": (["decide", "information-source=request-input"], "question 'prompt-result' needs an answer (one of ['yes', 'no', 'not-tried'])"),
    "off path": (["decide", "information-source=not-sure", "task-count=one"], "question 'task-count' is not on the path"),
    "not a pair": (["decide", "information-source"], "expected QUESTION=ANSWER, e.g. information-source=stored-knowledge (got 'information-source')"),
    "answered twice": (["decide", "information-source=not-sure", "information-source=request-input"], "question 'information-source' is answered twice"),
    "unknown format": (["decide", "information-source=not-sure", "--format", "pdf"], "invalid choice: 'pdf' (choose from"),
    "unknown command": (["explain"], "invalid choice: 'explain'"),
    "export without format": (["export"], "the following arguments are required: --format"),
}


@pytest.mark.parametrize("args, message", BAD.values(), ids=BAD.keys())
def test_bad_input_exits_2_naming_the_culprit(args: list[str], message: str) -> None:
    result = run(*args)
    assert result.returncode == 2
    assert message in result.stderr
    assert result.stdout == ""


def test_export_json_is_the_documented_format() -> None:
    data = json.loads(run("export", "--format", "json").stdout)
    assert (data["schema_version"], data["tree_version"]) == (1, TREE.version)
    assert [q["id"] for q in data["questions"]] == [q.id for q in TREE.questions]


def test_export_dot_and_svg(tmp_path) -> None:
    assert run("export", "--format", "dot").stdout.startswith("// Fine-tuning, RAG or prompting?")
    target = tmp_path / "tree.svg"
    assert run("export", "--format", "svg", "-o", str(target)).returncode == 0
    assert target.read_text().startswith("<svg")


def test_a_missing_dot_gets_install_instructions() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "decision_tree", "export", "--format", "svg"],
        capture_output=True, text=True, env={"PATH": "/nonexistent"},
    )
    assert result.returncode == 2
    assert "the Graphviz 'dot' executable was not found on PATH" in result.stderr
    assert "apt-get install graphviz" in result.stderr


def test_paths_lists_every_path_as_decide_arguments() -> None:
    lines = run("paths").stdout.splitlines()
    assert len(lines) == len(PATHS)
    outcome, answers = lines[0].split("\t")
    assert (outcome, answers) == ("knowledge-in-prompt", "information-source=stored-knowledge knowledge-volume=fits")


def test_interactive_quiz_goes_back_rejects_nonsense_and_ends_at_an_outcome() -> None:
    result = run(stdin="2\nb\nb\nseven\n2\n1\n")
    assert result.returncode == 0
    out = result.stdout
    assert "This is the first question." in out
    assert "'seven' is not an answer here. Type 1 to 4, 'b' or 'q'." in out
    assert "Outcome: Prompting is enough" in out


def test_interactive_quiz_quits_without_an_outcome() -> None:
    result = run(stdin="1\nq\n")
    assert result.returncode == 0
    assert "Stopped; no outcome." in result.stdout and "Outcome:" not in result.stdout


def test_help_explains_commands_and_exit_status() -> None:
    out = run("--help").stdout
    assert "decide" in out and "export" in out and "Exit status: 0 on success, 2 on bad input." in out
