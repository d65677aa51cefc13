"""Every root-to-outcome path of the tree, clicked through in the quiz, agrees with the engine:
the outcome, "what would change this", the diagram's highlight, the permalink and the snippet."""

from __future__ import annotations

from typing import Iterator

import pytest
from playwright.sync_api import Browser, expect

import decision_tree
from decision_tree import TREE, Decision, paths
from decision_tree.permalink import fragment
from decision_tree.render.report import decision_markdown
from tests.browser.quiz_driver import PageErrors, Quiz, expected_alternatives, expected_highlight, progress

pytestmark = pytest.mark.browser

PATHS = list(paths(TREE))


def path_id(decision: Decision) -> str:
    return "/".join(step.option.id for step in decision.path) + "->" + decision.outcome.id


@pytest.fixture(scope="module")
def shared(browser: Browser, site) -> Iterator[tuple[Quiz, PageErrors]]:
    """One page for every path: loaded once, reset with Start again between paths."""
    context = browser.new_context()
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site.url.rstrip("/"))
    page = context.new_page()
    errors = PageErrors.watch(page)
    page.goto(site.page("quiz/"))
    quiz = Quiz(page)
    quiz.mounted()
    yield quiz, errors
    context.close()


def test_there_are_many_paths() -> None:
    assert len(PATHS) > 50


@pytest.mark.parametrize("decision", PATHS, ids=path_id)
def test_path(shared: tuple[Quiz, PageErrors], decision: Decision, site) -> None:
    quiz, errors = shared
    quiz.restart()
    so_far: dict[str, str] = {}
    for step in decision.path:
        expect(quiz.question).to_have_text(step.question.text)
        expect(quiz.progress).to_have_text(progress(so_far))
        quiz.answer(step.option.id)
        so_far[step.question.id] = step.option.id

    assert quiz.outcome() == decision.outcome.id
    expect(quiz.result_title).to_have_text(decision.outcome.title)
    assert quiz.alternatives() == expected_alternatives(decision)
    assert quiz.highlight() == expected_highlight(decision)
    assert quiz.fragment() == fragment(TREE, decision.answers)
    assert quiz.summary() == list(decision.answers.items())
    expected = decision_markdown(TREE, decision, guide_version=decision_tree.__version__, site_url=site.url)
    assert quiz.copied_snippet() == expected
    assert errors.messages == []
