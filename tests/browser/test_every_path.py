"""Every root-to-outcome path of every published tree version, through the quiz, agrees with the
Python core and the command line.

- Current version: each path of each need named alone, and each situation of the golden set that
  names several needs, shows its result with the groups of the analysis (parts, decisive answers,
  assumptions, reasons, rivals, next steps, what would change it by destination),
  the answers, the permalink, the path announced to the diagram, the page's title and the guide's
  version; "Copy for design doc" puts ``decide --format markdown`` on the clipboard and "Export
  decision record" offers ``decide --format madr`` as a file, byte for byte.
- Clicked through: a few paths that, between them, ask every question of the tree and end in a
  result of one part and one of two, each answered by clicking its cards, the progress line read at
  every step, and the result copied to the real clipboard and saved through the page's own offer.
  What a click does is the same whatever the outcome (a result is drawn as for a link, which every
  path above checks), so the paths are chosen to meet every question, not every outcome.
- Older versions: each path's permalink shows the result it was made with, beside what the
  current tree says, exactly as ``decide --link URL --format json`` (and its text) says.

One page serves a whole module: a path is opened by setting the address's fragment, which the
quiz reads as it reads any link, so each check is a real render without a page load. The paths
are opened and read in batches in the page (tests/browser/quiz_driver.py, READ_EVERY), which
takes the snippet and the decision record where the page hands them to the clipboard and to the
browser's downloads; the paths clicked through use the real clipboard and the page's own offer.
"""

from __future__ import annotations

import json

import pytest
from playwright.sync_api import expect

import decision_tree
from decision_tree import TREE, Decision, decide, paths, ui
from decision_tree.drift import compare
from decision_tree.permalink import fragment
from decision_tree.render.describe import title_and_headline
from decision_tree.render.results import current_lines
from decision_tree.versions import chain, published
from tests.core.command import in_process
from tests.core.test_scenarios import SCENARIOS
from tests.browser.quiz_driver import TEXTS, ReadInBatches, dated, expected_path, expected_result, progress

pytestmark = pytest.mark.browser

PATHS = list(paths(TREE))
OLD = {version: published()[version] for version in sorted(published()) if version != TREE.version}
OLD_PATHS = [(version, d) for version, old in OLD.items() for d in paths(old)]
ONE_PATH_PER_OUTCOME = list({d.result.id: d for d in reversed(PATHS)}.values())
# Results of several parts: the golden set's situations of two or more needs, answered as written.
COMPOSED = [decide(TREE, s["answers"]) for s in SCENARIOS if "." in s["answers"]["needs"]]


def asking_every_question(candidates: list[Decision]) -> list[Decision]:
    """The first candidate, then, one at a time, the one that asks the most questions not yet
    asked (the earliest of equals): few paths that between them ask every question they can."""
    chosen = candidates[:1]
    left = {s.question.id for d in candidates for s in d.path} - {s.question.id for s in chosen[0].path}
    while left:
        best = max(candidates, key=lambda d: len(left & {s.question.id for s in d.path}))
        chosen.append(best)
        left -= {s.question.id for s in best.path}
    return chosen


# A result of two parts first (the longest of the golden set's), then the single-need paths it leaves.
CLICKED = asking_every_question([max(COMPOSED, key=lambda d: len(d.path)), *PATHS])


def title_start(decision: Decision) -> str:
    """How the page's title starts at this decision's result: the result's title, then a dash."""
    return title_and_headline(decision.result, TEXTS)[0] + " \u2013 "


def path_id(decision: Decision) -> str:
    return "/".join(step.answer for step in decision.path) + "->" + decision.result.id


def cli(*args: str) -> str:
    """What ``python -m decision_tree ARGS`` prints (run in this process)."""
    done = in_process(*args)
    assert done.returncode == 0, done.stderr
    return done.stdout


def answers_of(decision: Decision) -> list[str]:
    return [f"{q}={a}" for q, a in decision.answers.items()]


def test_the_paths_are_all_there() -> None:
    assert (len(PATHS), len(ONE_PATH_PER_OUTCOME)) == (507, len(TREE.outcomes))
    assert [len(list(paths(old))) for old in OLD.values()] == [85, 380]
    assert len(COMPOSED) >= 10
    asked = {s.question.id for d in CLICKED for s in d.path}
    assert asked == {q.id for q in TREE.questions} and len(CLICKED) <= 10, (sorted(asked), len(CLICKED))


@pytest.fixture(scope="module")
def current_results(module_quiz) -> ReadInBatches:
    quiz, _ = module_quiz
    return ReadInBatches(quiz, [fragment(TREE, d.answers) for d in [*PATHS, *COMPOSED]], keep=True)


@pytest.fixture(scope="module")
def old_results(module_quiz) -> ReadInBatches:
    quiz, _ = module_quiz
    return ReadInBatches(quiz, [fragment(OLD[v], d.answers) for v, d in OLD_PATHS])


def check_current(read: dict, decision: Decision, site_url: str, errors) -> None:
    """One current result as the quiz shows it, copies it and saves it, against the command line."""
    assert read["shown"] == {**expected_result(TREE, decision, site_url, kind="shared"), "path": expected_path(TREE, decision), "drift": None}
    assert read["title"].startswith(title_start(decision)), read["title"]
    assert decision_tree.__version__ in read["version"]
    day = dated(read["record"]["name"], f"decision-{decision.result.verdict}-{{date}}.md")
    assert read["snippet"] == cli("--site-url", site_url, "decide", *answers_of(decision), "--format", "markdown", "--date", day)
    assert read["record"]["text"] == cli("--site-url", site_url, "decide", *answers_of(decision), "--format", "madr", "--date", day)
    link = json.loads(cli("decide", "--link", read["url"], "--format", "json"))
    assert link["current"]["outcome"] == link["link"]["outcome"] == decision.result.id and link["verdict_changed"] is False
    assert errors.messages == []


@pytest.mark.parametrize("decision", PATHS, ids=path_id)
def test_a_current_path_shows_the_analysis_and_keeps_the_same_texts(module_quiz, current_results, site, decision: Decision) -> None:
    _, errors = module_quiz
    check_current(current_results[fragment(TREE, decision.answers)], decision, site.url, errors)


@pytest.mark.parametrize("decision", COMPOSED, ids=path_id)
def test_a_result_of_several_parts_shows_each_part_and_keeps_the_same_texts(module_quiz, current_results, site, decision: Decision) -> None:
    """Composed results by their parts: every part and every composition is also reached by a
    single-need path above; these situations of the golden set put them together."""
    _, errors = module_quiz
    check_current(current_results[fragment(TREE, decision.answers)], decision, site.url, errors)


@pytest.mark.parametrize("version, decision", OLD_PATHS, ids=lambda x: f"v{x}" if isinstance(x, int) else path_id(x))
def test_an_old_path_shows_its_own_result_beside_the_current_one(module_quiz, old_results, site, version: int, decision: Decision) -> None:
    _, errors = module_quiz
    old = OLD[version]
    read = old_results[fragment(old, decision.answers)]
    shown = read["shown"]
    expected = expected_result(old, decision, site.url, kind="old")
    assert {k: shown[k] for k in expected if k != "summary"} == {k: v for k, v in expected.items() if k != "summary"}
    assert shown["summary"] == expected["summary"]

    said = json.loads(cli("decide", "--link", read["url"], "--format", "json"))
    drift = shown["drift"]
    assert said["link"] == {"tree_version": int(drift["linkVersion"]), "outcome": drift["linkOutcome"], "verdict": shown["verdict"]}
    assert said["current"]["tree_version"] == int(drift["currentVersion"])
    assert (said["current"]["outcome"], said["current"]["missing"]) == (drift["currentOutcome"] or None, drift["missing"].split())
    assert said["verdict_changed"] == {"true": True, "false": False, "": None}[drift["verdictChanged"]]
    comparison = compare(old, decision.answers, TREE, chain(version, TREE))
    link_line = ui()["drift-link"].format(version=version, outcome=title_and_headline(decision.result, ui())[0],
                                          verdict=old.verdict_label(decision.result.verdict))
    assert drift["lines"] == [link_line, *current_lines(comparison, ui())]
    assert errors.messages == []


@pytest.mark.parametrize("decision", CLICKED, ids=path_id)
def test_paths_that_ask_every_question_clicked_through(module_quiz, site, decision: Decision) -> None:
    quiz, errors = module_quiz
    quiz.open("v=3")  # the start, with nothing answered
    expect(quiz.question).to_have_text(TREE.question(TREE.start).text)
    so_far: dict[str, str] = {}
    for step in decision.path:
        expect(quiz.question).to_have_text(step.question.text)
        expect(quiz.progress).to_have_text(progress(so_far))
        quiz.answer(step.answer)
        so_far[step.question.id] = step.answer
    expect(quiz.result_title).to_be_focused()
    assert quiz.read() == {**expected_result(TREE, decision, site.url), "path": expected_path(TREE, decision), "drift": None}
    name, record = quiz.offered_file("export-record")
    day = dated(name, f"decision-{decision.result.verdict}-{{date}}.md")
    assert record == cli("--site-url", site.url, "decide", *answers_of(decision), "--format", "madr", "--date", day)
    assert quiz.copy("copy-snippet", TEXTS["copied-snippet"]) == cli("--site-url", site.url, "decide", *answers_of(decision), "--format", "markdown", "--date", day)
    assert quiz.page.title().startswith(title_start(decision))
    assert decision_tree.__version__ in quiz.page.locator("[data-dt-part=version]").text_content()
    assert errors.messages == []
