"""The quiz's engine and drift modules against the Python core they mirror, where no view shows
the difference: what each other answer would change, on every path (the views drop the changes
that lead nowhere new, so an extra one would go unseen), and why a link of an older version now
leads elsewhere when the answer that moved it is one that version did not have. One page load."""

from __future__ import annotations

import json

import pytest

from decision_tree import TREE, __version__, paths, ui, validated, what_would_change
from decision_tree.drift import compare
from decision_tree.render.data import export_data
from decision_tree.render.results import drift_text
from tests.browser.quiz_driver import SITE_SCRIPT
from tests.core.small_tree import two_versions

pytestmark = pytest.mark.browser


# For each path's answers, every alternative whatWouldChange gives, as the core's tuples.
EVERY_CHANGE = f"""async (journeys) => {{
  const {{ readTree, walk, whatWouldChange }} = await import({SITE_SCRIPT});
  const tree = readTree(JSON.parse(document.querySelector("[data-dt-quiz]").dataset.tree));
  return journeys.map((answers) => {{
    const {{ steps, node }} = walk(tree, new Map(answers));
    return whatWouldChange(tree, steps, node).map((a) =>
      [a.question.id, a.option.id, a.change, a.answer, a.result ? a.result.id : null, a.nextQuestion ? a.nextQuestion.id : null,
       [...a.verdicts].sort(), a.effect]);
  }});
}}"""

# A link of the old export compared with the new one, through the renames: the drift's lines.
DRIFT_LINES = f"""async ({{ old, now, renames, answers, table }}) => {{
  const {{ readTree, walk, compare, driftLines, renamesOf, texts }} = await import({SITE_SCRIPT});
  const [linkTree, current] = [readTree(old), readTree(now)];
  const {{ steps, node }} = walk(linkTree, new Map(answers));
  return driftLines(compare(linkTree, steps, node, current, [[current, renamesOf(renames)]]), texts(table));
}}"""


def test_what_would_change_is_the_core_s_on_every_path(module_quiz) -> None:
    quiz, errors = module_quiz
    journeys = list(paths(TREE))
    found = quiz.page.evaluate(EVERY_CHANGE, [list(d.answers.items()) for d in journeys])
    for decision, alternatives in zip(journeys, found):
        expected = [[a.question.id, a.option.id, a.change, a.answer, a.result.id if a.result else None,
                     a.next_question.id if a.next_question else None, sorted(a.verdicts), a.effect]
                    for a in what_would_change(TREE, decision)]
        assert alternatives == expected, f"{decision.answers}"
    assert errors.messages == []


def test_an_answer_the_old_version_lacked_is_named_as_the_core_names_it(module_quiz) -> None:
    quiz, errors = module_quiz
    old, new, renames, answers = two_versions()
    exports = [json.loads(json.dumps(export_data(validated(t), __version__))) for t in (old, new)]
    lines = quiz.page.evaluate(DRIFT_LINES, {
        "old": exports[0], "now": exports[1], "renames": [[q, a, [list(p) for p in pairs]] for (q, a), pairs in renames.items()],
        "answers": list(answers.items()), "table": dict(ui()),
    })
    text = drift_text(compare(old, answers, new, [(new, renames)]), ui(), guide_version=__version__, site_url="", markdown=False)
    core = text.split("\n\n")[1].splitlines()  # after the title: the link's result, then what the current tree says and why
    assert lines == core
    assert lines[-1] == ui()["drift-because-new"].format(answer="Answer c", question="Q start", after="Outcome end-a")
    assert errors.messages == []
