"""Every root-to-outcome path of every published tree version, through the quiz, agrees with the
Python core and the command line.

- Current version: each path's permalink shows the outcome with the groups of the analysis
  (decisive answers, assumptions, reasons, next steps, what would change it by destination),
  the answers, the permalink and the path announced to the diagram; "Copy for design doc" puts
  ``decide --format markdown`` on the clipboard and "Export decision record" offers
  ``decide --format madr`` as a file, byte for byte. One path per outcome is also clicked through.
- Older versions: each path's permalink shows the result it was made with, beside what the
  current tree says, exactly as ``decide --link URL --format json`` (and its text) says.

One page serves a whole module: a path is opened by setting the address's fragment, which the
quiz reads as it reads any link, so each check is a real render without a page load. The paths
are opened and read in batches in the page (tests/browser/quiz_driver.py, READ_EVERY), which
takes the snippet and the decision record where the page hands them to the clipboard and to the
browser's downloads; the paths clicked through use the real clipboard and the page's own offer.
"""

from __future__ import annotations

import contextlib
import io
import json

import pytest
from playwright.sync_api import expect

import decision_tree
from decision_tree import TREE, Decision, paths, ui
from decision_tree.cli import main
from decision_tree.drift import compare
from decision_tree.permalink import fragment
from decision_tree.render.results import _current_lines
from decision_tree.versions import CARRIED, published
from tests.browser.quiz_driver import TEXTS, ReadInBatches, dated, expected_path, expected_result, progress

pytestmark = pytest.mark.browser

PATHS = list(paths(TREE))
V1 = published()[1]
V1_PATHS = list(paths(V1))
ONE_PATH_PER_OUTCOME = list({d.outcome.id: d for d in reversed(PATHS)}.values())


def path_id(decision: Decision) -> str:
    return "/".join(step.answer for step in decision.path) + "->" + decision.outcome.id


def cli(*args: str) -> str:
    """What ``python -m decision_tree ARGS`` prints (run in this process)."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(list(args)) == 0
    return out.getvalue()


def answers_of(decision: Decision) -> list[str]:
    return [f"{q}={a}" for q, a in decision.answers.items()]


def test_the_paths_are_all_there() -> None:
    assert (len(PATHS), len(V1_PATHS), len(ONE_PATH_PER_OUTCOME)) == (380, 85, len(TREE.outcomes))


@pytest.fixture(scope="module")
def current_results(module_quiz) -> ReadInBatches:
    quiz, _ = module_quiz
    return ReadInBatches(quiz, [fragment(TREE, d.answers) for d in PATHS], keep=True)


@pytest.fixture(scope="module")
def version_1_results(module_quiz) -> ReadInBatches:
    quiz, _ = module_quiz
    return ReadInBatches(quiz, [fragment(V1, d.answers) for d in V1_PATHS])


@pytest.mark.parametrize("decision", PATHS, ids=path_id)
def test_a_current_path_shows_the_analysis_and_keeps_the_same_texts(module_quiz, current_results, site, decision: Decision) -> None:
    _, errors = module_quiz
    read = current_results[fragment(TREE, decision.answers)]
    assert read["shown"] == {**expected_result(TREE, decision, site.url, kind="shared"), "path": expected_path(decision), "drift": None}

    day = dated(read["record"]["name"], f"decision-{decision.outcome.id}-{{date}}.md")
    assert read["record"]["name"] == f"decision-{decision.outcome.id}-{day}.md"
    assert read["snippet"] == cli("--site-url", site.url, "decide", *answers_of(decision), "--format", "markdown", "--date", day)
    assert read["record"]["text"] == cli("--site-url", site.url, "decide", *answers_of(decision), "--format", "madr", "--date", day)

    link = json.loads(cli("decide", "--link", read["url"], "--format", "json"))
    assert link["current"]["outcome"] == link["link"]["outcome"] == decision.outcome.id and link["verdict_changed"] is False
    assert errors.messages == []


@pytest.mark.parametrize("decision", V1_PATHS, ids=path_id)
def test_a_version_1_path_shows_its_own_result_beside_the_current_one(module_quiz, version_1_results, site, decision: Decision) -> None:
    _, errors = module_quiz
    read = version_1_results[fragment(V1, decision.answers)]
    shown = read["shown"]
    expected = expected_result(V1, decision, site.url, kind="old")
    assert {k: shown[k] for k in expected if k != "summary"} == {k: v for k, v in expected.items() if k != "summary"}
    assert shown["summary"] == expected["summary"]

    said = json.loads(cli("decide", "--link", read["url"], "--format", "json"))
    drift = shown["drift"]
    assert {
        "link": {"tree_version": int(drift["linkVersion"]), "outcome": drift["linkOutcome"], "verdict": shown["verdict"]},
        "current": {
            "tree_version": int(drift["currentVersion"]),
            "outcome": drift["currentOutcome"] or None,
            "verdict": TREE.outcome(drift["currentOutcome"]).verdict if drift["currentOutcome"] else None,
            "missing": drift["missing"].split(),
        },
        "verdict_changed": {"true": True, "false": False, "": None}[drift["verdictChanged"]],
    } == said
    comparison = compare(V1, decision.answers, TREE, CARRIED[1])
    t = lambda name, **values: ui()[name].format(**values)  # noqa: E731
    link_line = t("drift-link", version=1, outcome=decision.outcome.title, verdict=V1.verdict_label(decision.outcome.verdict))
    assert drift["lines"] == [link_line, *_current_lines(comparison, t)]
    assert errors.messages == []


@pytest.mark.parametrize("decision", ONE_PATH_PER_OUTCOME, ids=lambda d: d.outcome.id)
def test_one_path_per_outcome_clicked_through(module_quiz, site, decision: Decision) -> None:
    quiz, errors = module_quiz
    quiz.open("v=2")  # the start, with nothing answered
    expect(quiz.question).to_have_text(TREE.question(TREE.start).text)
    so_far: dict[str, str] = {}
    for step in decision.path:
        expect(quiz.question).to_have_text(step.question.text)
        expect(quiz.progress).to_have_text(progress(so_far))
        quiz.answer(step.answer)
        so_far[step.question.id] = step.answer
    expect(quiz.result_title).to_be_focused()
    assert quiz.read() == {**expected_result(TREE, decision, site.url), "path": expected_path(decision), "drift": None}
    name, record = quiz.offered_file("export-record")
    day = dated(name, f"decision-{decision.outcome.id}-{{date}}.md")
    assert record == cli("--site-url", site.url, "decide", *answers_of(decision), "--format", "madr", "--date", day)
    assert quiz.copy("copy-snippet", TEXTS["copied-snippet"]) == cli("--site-url", site.url, "decide", *answers_of(decision), "--format", "markdown", "--date", day)
    assert quiz.page.title().startswith(decision.outcome.title + " \u2013 ")
    assert decision_tree.__version__ in quiz.page.locator("[data-dt-part=version]").text_content()
    assert errors.messages == []
