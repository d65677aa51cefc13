"""The permalink grammar on the quiz's side: every case of the shared table
(tests/link_grammar.toml) is read by the quiz's own module as the table says, and opened by a
fresh quiz, it ends where ``decide --link`` does (tests/core/test_link_grammar.py). One page load
for the whole table: the readings come back in one call, the quizzes are mounted in another."""

from __future__ import annotations

import pytest

from decision_tree import TREE
from tests.browser.quiz_driver import MOUNT_AT, SITE_SCRIPT
from tests.link_grammar import CASES, Case

pytestmark = pytest.mark.browser

# How the quiz's permalink module reads each link: the grammar's reading, in the table's form.
READ_EACH = """async (links) => {
  const { readFragment } = await import(SITE_SCRIPT);
  const detail = (values) => String(values.part ?? values.question ?? values.length);
  return links.map((link) => {
    const { version, given, problems } = readFragment(link);
    return { version: version ?? null, answers: [...given], problems: problems.map(([name, values]) => [name.replace(/^notice-/, ""), detail(values)]) };
  });
}""".replace("SITE_SCRIPT", SITE_SCRIPT)

# Each link opened by a fresh quiz as at a page load (MOUNT_AT), and what it then shows.
MOUNT_EACH = f"""async (links) => {{
  const mount = {MOUNT_AT};
  const shown = [];
  for (const link of links) {{
    await mount(link);
    const part = (name) => document.querySelector(`[data-dt-quiz] [data-dt-part="${{name}}"]`);
    const result = part("result");
    shown.push({{
      outcome: result.checkVisibility() ? result.dataset.outcome : null,
      question: part("question").checkVisibility() ? part("question").textContent : null,
      notices: [...part("notice").querySelectorAll("li")].map((li) => li.dataset.dtNotice),
      fragment: location.hash.slice(1),
    }});
  }}
  return shown;
}}"""

# Notices that say which version made a link, or where the quiz goes on: none names a problem.
NOT_PROBLEMS = {"notice-other-version", "notice-history", "notice-more", "notice-carried", "notice-resumed", "notice-restarted"}


def test_the_quiz_reads_each_link_as_the_table_says(mounting_quiz) -> None:
    quiz, errors = mounting_quiz
    readings = quiz.page.evaluate(READ_EACH, [case.link for case in CASES])
    wrong = [f"{case}: {found} (the table: {case.reading})" for case, found in zip(CASES, readings) if found != case.reading]
    assert not wrong, "\n".join(wrong)
    assert errors.messages == []


def test_the_quiz_ends_each_link_where_decide_link_does(mounting_quiz) -> None:
    quiz, errors = mounting_quiz
    shown = quiz.page.evaluate(MOUNT_EACH, [case.link for case in CASES])
    wrong = [f"{case}: {found} (the table: {case.result}, {case.canonical})" for case, found in zip(CASES, shown) if not ends_as_said(case, found)]
    assert not wrong, "\n".join(wrong)
    assert errors.messages == []


def ends_as_said(case: Case, shown: dict) -> bool:
    """Whether the quiz shows what the table's result says, at the canonical fragment if it gives one."""
    end, _, node = case.result.partition(" ")
    problems = [name for name in shown["notices"] if name not in NOT_PROBLEMS]
    if end == "outcome":
        ends = shown["outcome"] == node and problems == []
    elif end == "question":
        ends = shown["question"] == TREE.question(node).text and problems == []
    else:
        ends = problems[:1] == [f"notice-{end}"]
    return ends and (case.canonical is None or shown["fragment"] == case.canonical)
