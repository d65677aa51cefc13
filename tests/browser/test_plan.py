"""Each part's evaluation plan on screen: under the assumptions and above the next steps, its
fields as terms and texts, naming the part in a result of several parts; changing what the reader
has to test with changes the test set shown, and the Chinese page shows it in Chinese. (Every
path's plan is compared with the Python core by test_every_path.py and test_chinese.py.)"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from decision_tree import TREE, decide, tree, ui
from decision_tree.permalink import fragment
from decision_tree.render.describe import plan_fields
from decision_tree.render.report import analysed
from tests.browser.quiz_driver import TEXTS

pytestmark = pytest.mark.browser

RAG = {"needs": "knowledge", "knowledge-base": "yes", "knowledge-volume": "exceeds-context", "change-frequency": "daily-or-weekly",
       "retrieval-where": "own-team", "retrieval-needs": "none", "evaluation-data": "none"}
TWO_PARTS = {**RAG, "needs": "knowledge.voice", "style-examples": "yes"}  # RAG, and the voice in the prompt
PLAN = "[data-dt-part=plan]"


def shown(quiz) -> list[dict]:
    """Each plan on screen: its part, the part's title when shown, its labels and texts."""
    return quiz.page.locator(f"{PLAN} > li").evaluate_all("""items => items.map(li => ({
      outcome: li.dataset.outcome, have: li.dataset.have,
      title: li.querySelector('.dt-part-title strong') ? li.querySelector('.dt-part-title strong').textContent : null,
      labels: [...li.querySelectorAll('dt')].map(dt => dt.textContent), texts: [...li.querySelectorAll('dd')].map(dd => dd.textContent),
    }))""")


def test_the_plan_shows_between_the_assumptions_and_the_next_steps_with_its_heading(reload_quiz) -> None:
    quiz = reload_quiz(fragment(TREE, RAG))
    block = quiz.page.locator(".dt-result-plan")
    expect(block).to_be_visible()
    expect(block.locator("h3")).to_have_text(TEXTS["md-plan"])
    expect(block.locator(".dt-hint")).to_have_text(TEXTS["plan-hint"])
    order = quiz.page.locator(".dt-result-block:not([hidden])").evaluate_all("blocks => blocks.map(b => b.className)")
    assert order.index("dt-result-block dt-result-plan") == order.index("dt-result-block dt-result-next-steps") - 1
    (plan,) = shown(quiz)
    expected = plan_fields(analysed(TREE, decide(TREE, RAG), TEXTS).plans[0], TEXTS)
    assert (plan["outcome"], plan["have"], plan["title"]) == ("rag", "none", None)
    assert list(zip(plan["labels"], plan["texts"])) == expected
    assert TREE.outcome("rag").evaluation.set_for("none") in plan["texts"][1]


def test_changing_what_you_have_to_test_with_changes_the_test_set_shown(reload_quiz) -> None:
    quiz = reload_quiz(fragment(TREE, RAG))
    before = shown(quiz)[0]["texts"][1]
    quiz.page.locator(".dt-answer[data-question=evaluation-data] [data-dt-action=change]").click()
    quiz.answer("gold-outputs.judges")
    plan = shown(quiz)[0]
    evaluation = TREE.outcome("rag").evaluation
    assert plan["have"] == "gold-outputs judges" and plan["texts"][1] != before
    assert plan["texts"][1].startswith(f"{evaluation.set_for('gold-outputs')} {evaluation.set_for('judges')} ")
    next_steps = quiz.page.locator("[data-dt-part=next-steps] li").all_text_contents()
    assert TREE.question("evaluation-data").option("gold-outputs").next_step not in next_steps  # the plan says it


def test_a_result_of_two_parts_shows_a_plan_for_each_under_its_title(reload_quiz) -> None:
    quiz = reload_quiz(fragment(TREE, TWO_PARTS))
    decision = decide(TREE, TWO_PARTS)
    plans = shown(quiz)
    assert [p["outcome"] for p in plans] == [p.outcome.id for p in decision.result.parts] == ["rag", "style-guide"]
    assert [p["title"] for p in plans] == [p.outcome.title for p in decision.result.parts]
    for plan, part in zip(plans, decision.result.parts):
        assert plan["texts"][0].startswith(part.outcome.evaluation.measure[0])


def test_the_chinese_page_shows_the_plan_in_chinese(new_context, site) -> None:
    page = new_context().new_page()
    page.goto(site.page("zh/quiz/#" + fragment(TREE, RAG)))
    block = page.locator(".dt-result-plan")
    expect(block.locator("h3")).to_have_text(ui("zh")["md-plan"])
    zh = tree("zh")
    expected = plan_fields(analysed(zh, decide(zh, RAG), ui("zh")).plans[0], ui("zh"))
    expect(block.locator("dt")).to_have_text([label for label, _ in expected])
    expect(block.locator("dd")).to_have_text([text for _, text in expected])
