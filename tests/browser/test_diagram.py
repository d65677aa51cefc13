"""The diagram: the path so far is highlighted on the quiz page, and the links inside it reach
the outline's questions and the documented conclusions."""

from __future__ import annotations

from urllib.parse import urldefrag

import pytest
from playwright.sync_api import Page, expect

from decision_tree import TREE
from decision_tree.engine import walk
from decision_tree.render.links import svg_edge_id, svg_id
from tests.browser.quiz_driver import Quiz

pytestmark = pytest.mark.browser

READ_LINKS = """() => [...document.querySelectorAll('[data-dt-diagram] .node')].map(node => {
  const link = node.querySelector('a');
  const href = link && link.getAttribute('xlink:href');
  return [node.id, href && new URL(href, location.href).href];
})"""


def expected_ids(answers: dict[str, str]) -> dict:
    steps, node = walk(TREE, answers)
    ids = [svg_id(s.question.id) for s in steps] + [svg_edge_id(s.question.id, s.option.id) for s in steps]
    return {"on": sorted(ids + [svg_id(node.id)]), "current": [svg_id(node.id)]}


def test_the_path_so_far_is_highlighted_as_the_reader_answers(quiz: Quiz) -> None:
    assert quiz.highlight() == expected_ids({})
    answers: dict[str, str] = {}
    for question_id, option_id in (("information-source", "stored-knowledge"), ("knowledge-volume", "too-large"), ("knowledge-base", "no-retrieval")):
        quiz.answer(option_id)
        answers[question_id] = option_id
        assert quiz.highlight() == expected_ids(answers)
    quiz.page.locator("[data-dt-action=back]").click()
    answers.pop("knowledge-base")
    assert quiz.highlight() == expected_ids(answers)


def test_the_highlight_is_visible_in_both_palettes(quiz: Quiz) -> None:
    quiz.answer("request-input")
    edge = quiz.page.locator(f"#{svg_edge_id('information-source', 'request-input')} path").first
    other = quiz.page.locator(f"#{svg_edge_id('information-source', 'stored-knowledge')} path").first
    current = quiz.page.locator(f"#{svg_id('prompt-result')} path").first
    for scheme in ("default", "slate"):
        quiz.page.evaluate(f"document.body.setAttribute('data-md-color-scheme', '{scheme}')")
        stroke = edge.evaluate("p => getComputedStyle(p).stroke")
        assert stroke != other.evaluate("p => getComputedStyle(p).stroke")
        assert float(edge.evaluate("p => getComputedStyle(p).strokeWidth").removesuffix("px")) > 2
        assert current.evaluate("p => getComputedStyle(p).fill") not in ("none", "rgb(0, 0, 0)")
        text = quiz.page.locator(f"#{svg_id('information-source')} text").first
        fill = text.evaluate("t => getComputedStyle(t).fill")
        background = quiz.page.evaluate("getComputedStyle(document.body).backgroundColor")
        assert fill != background


@pytest.mark.parametrize("path", ["quiz/", "tree/"])
def test_every_node_links_to_its_explanation(page: Page, site, path: str) -> None:
    page.goto(site.page(path))
    links = dict(page.evaluate(READ_LINKS))
    assert set(links) == {svg_id(n.id) for n in (*TREE.questions, *TREE.outcomes)}
    for question in TREE.questions:
        assert links[svg_id(question.id)] == site.page(f"tree/#question-{question.id}")
    for outcome in TREE.outcomes:
        assert links[svg_id(outcome.id)] == site.page(TREE.conclusion(outcome.conclusions[0]).path)
    for url in set(links.values()):
        address, anchor = urldefrag(url)
        html = (site.directory / address.removeprefix(site.url) / "index.html").read_text(encoding="utf-8")
        assert f'id="{anchor}"' in html, f"{url}: no element with id {anchor!r}"


def test_clicking_a_node_follows_its_link(page: Page, site) -> None:
    page.goto(site.page("tree/"))
    page.locator(f"#{svg_id('rag')} a").click()
    page.wait_for_url(site.page(TREE.conclusion(TREE.outcome("rag").conclusions[0]).path))
    expect(page.locator(f"#{TREE.outcome('rag').conclusions[0]}")).to_be_visible()
