"""The words every view of a result shares: its title and headline, an answer, a change, a part,
a rival, a part's evaluation plan. The summary, the decision record, the terminal and JSON outputs use them, and the quiz's
script (docs/javascripts/guide/describe.js) writes the same words from the same templates.
"""

from __future__ import annotations

from functools import reduce
from typing import Callable, Mapping, Sequence

from ..analysis import Analysis, Rival
from ..compose import Part, Result
from ..engine import Alternative, Step
from ..model import Option, Tree
from ..plans import PlanView

MOST_CHANGES = 3  # the changes that bring a rival back, at most, before "and N more"

Templates = Callable[..., str]


def templates(ui: Mapping[str, str]) -> Templates:
    """``t(name, **values)``: the interface text ``name`` with its ``{value}`` slots filled."""
    return lambda name, **values: ui[name].format(**values)


def title_and_headline(result: Result, ui: Mapping[str, str]) -> tuple[str, str]:
    """A result's title and headline: its outcome's for one part; a composition's where one
    applies; else the parts' titles joined, and a headline that points to the parts."""
    if result.single is not None:
        return result.single.title, result.single.headline
    if result.compositions:
        return result.compositions[0].title, result.compositions[0].headline
    title = ui["part-join"].join(p.outcome.title for p in result.parts)
    return title, templates(ui)("parts-headline", count=len(result.parts))


def answer_label(step: Step, ui: Mapping[str, str]) -> str:
    """An answer as a reader reads it: the option's label, or the labels of several joined."""
    return ui["checklist-join"].join(o.label for o in step.options)


def short(option: Option) -> str:
    """An answer in a few words: its short form (a tree of version 1 has none: its label)."""
    return option.short or option.label


def answer_short(step: Step, ui: Mapping[str, str]) -> str:
    """An answer in a few words: the options' short forms joined."""
    return ui["checklist-join"].join(short(o) for o in step.options)


def needs_of(part: Part, ui: Mapping[str, str]) -> str:
    """The needs a part answers, in a few words (nothing in a tree without a fork)."""
    return ui["checklist-join"].join(short(n) for n in part.needs)


def part_line(tree: Tree, part: Part, ui: Mapping[str, str]) -> str:
    """One part: the needs it answers, its title and verdict, and its headline."""
    t = templates(ui)
    return t("part-line", needs=needs_of(part, ui), title=part.outcome.title,
             verdict=ui[f"verdict-short-{part.outcome.verdict}"], headline=part.outcome.headline)


def change_words(alternative: Alternative, ui: Mapping[str, str]) -> str:
    """One changed answer, in a few words: another answer, or a need added or left out."""
    return templates(ui)(f"change-{alternative.change}", question=alternative.question.title, answer=short(alternative.option))


def change(alternative: Alternative, ui: Mapping[str, str]) -> str:
    """A changed answer, and that more questions follow where they do."""
    text = change_words(alternative, ui)
    return text if alternative.result is not None else templates(ui)("change-then-more", change=text)


def leads_to(alternative: Alternative, ui: Mapping[str, str]) -> str:
    """Where a changed answer leads: a result's title, or more questions starting with one."""
    t = templates(ui)
    if alternative.result is not None:
        return title_and_headline(alternative.result, ui)[0]
    return t("md-more-questions", next=alternative.next_question.text)  # type: ignore[union-attr]


def change_line(alternative: Alternative, ui: Mapping[str, str]) -> str:
    """One line of "what would change this": the change and where it leads."""
    return templates(ui)("md-change", change=change_words(alternative, ui), leads=leads_to(alternative, ui))


def decisive_answers(analysis: Analysis) -> set[str]:
    """The ids of the questions whose answer decides the verdict."""
    return {s.question.id for s in analysis.decisive}


def answer_line(number: int, step: Step, analysis: Analysis, ui: Mapping[str, str]) -> str:
    """One numbered answer, marked when it decides the verdict."""
    t = templates(ui)
    name = "md-answer-decisive" if step in analysis.decisive else "md-answer"
    return t(name, number=number, question=step.question.text, answer=answer_label(step, ui))


def rival_line(tree: Tree, rival: Rival, ui: Mapping[str, str]) -> str:
    """A verdict not chosen: what ruled it out, and what would bring it back."""
    t = templates(ui)
    name = tree.verdict_label(rival.verdict)
    ruled = ui["rival-join"].join(t("rival-answer", question=s.question.title, answer=short(o)) for s, o in rival.ruled_out_by)
    if not rival.back_if:  # with answers that ruled it out, only an answer of "not sure" would lead there
        return t("rival-settled", rival=name, ruled=ruled) if ruled else t("rival-out", rival=name)
    shown = [change(a, ui) for a in rival.back_if[:MOST_CHANGES]]
    more = len(rival.back_if) - len(shown)
    back = ui["rival-or"].join(shown) + (t("rival-more", count=more) if more else "")
    if rival.without:
        without = ui["rival-and"].join(ui[f"verdict-short-{v}"] for v in rival.without)
        return t("rival-without", rival=name, without=without, ruled=ruled, back=back)
    if rival.for_needs and rival.ruled_out_by:
        return t("rival-for-needs", rival=name, needs=ui["checklist-join"].join(short(n) for n in rival.for_needs), ruled=ruled, back=back)
    if not rival.ruled_out_by:
        return t("rival-not-named", rival=name, back=back)
    return t("rival", rival=name, ruled=ruled, back=back)


def assumption_line(step: Step, ui: Mapping[str, str]) -> str:
    """A "not sure" answer and the experiment that settles it."""
    return templates(ui)("md-assumption", answer=answer_label(step, ui), question=step.question.title, experiment=step.option.experiment)


def unchecked_line(analysis: Analysis, ui: Mapping[str, str]) -> str:
    """How many "not sure" answers the result rests on (nothing when none)."""
    count = len(analysis.assumptions)
    return templates(ui)("rests-on", count=count) if count else ""


def plan_heading(plan: PlanView, ui: Mapping[str, str], several: bool) -> str:
    """The heading of a part's evaluation plan: naming the part when the result has several."""
    t = templates(ui)
    return t("md-plan-part", part=plan.part.outcome.title) if several else t("md-plan")


def plan_fields(plan: PlanView, ui: Mapping[str, str]) -> list[tuple[str, str]]:
    """A part's evaluation plan as (label, text): what to measure, the test set (as the reader's
    answers build it, then how many items), the threshold and the first experiment."""
    evaluation = plan.evaluation
    return [
        (ui["plan-measure"], sentences(evaluation.measure, ui)),
        (ui["plan-set"], sentences([*plan.sets, evaluation.size], ui)),
        (ui["plan-threshold"], evaluation.threshold),
        (ui["plan-first"], evaluation.first),
    ]


def plan_lines(plan: PlanView, ui: Mapping[str, str]) -> list[str]:
    """A part's evaluation plan as Markdown lines, one per field."""
    t = templates(ui)
    return [t("md-plan-field", label=label, text=text) for label, text in plan_fields(plan, ui)]


def sentences(texts: Sequence[str], ui: Mapping[str, str]) -> str:
    """Sentences run together as the language writes them (a space between English ones)."""
    return reduce(lambda text, more: templates(ui)("plan-and", text=text, more=more), texts)
