"""A decision as Markdown (for design documents) and as plain text (for the terminal).

Both are built from :func:`decision_tree.analysis.analyse`, and every fixed word comes from the
catalogue's interface texts (``ui``), so the quiz's "Copy for design doc" button, which receives
the same templates, writes the same Markdown; a browser test checks that for every path.
"""

from __future__ import annotations

from typing import Callable, Iterable, Mapping

from ..analysis import Analysis, analyse
from ..engine import Alternative, Decision, Step
from ..model import Tree
from ..permalink import permalink, site_address


def decision_markdown(
    tree: Tree, decision: Decision, ui: Mapping[str, str], *, guide_version: str, site_url: str = "", date: str = ""
) -> str:
    """The decision as a Markdown snippet: verdict, answers, reasons, assumptions, next steps,
    what would change it, conclusions, sources, versions, the date and the permalink."""
    t = templates(ui)
    result = analyse(tree, decision)
    outcome = decision.outcome
    lines = [t("md-title", outcome=outcome.title), "", t("md-verdict", verdict=tree.verdict_label(outcome.verdict)), outcome.headline]
    lines += ["", t("md-heading", title=t("md-answers")), ""]
    lines += [t("md-answer", number=n, question=s.question.text, answer=answer_label(s, ui)) for n, s in enumerate(decision.path, 1)]
    lines += _section(t, "md-decisive", [t("md-decisive-item", question=s.question.title, answer=answer_label(s, ui)) for s in result.decisive])
    lines += _section(t, "md-why", result.reasons)
    lines += _section(t, "md-assumptions", [_assumption(t, a.step, ui) for a in result.assumptions])
    lines += _section(t, "md-caveats", outcome.caveats)
    lines += _section(t, "md-next-steps", result.next_steps)
    lines += _section(t, "md-what-would-change", [_change(t, a) for a in result.alternatives if a.effect != "none"])
    conclusions = [c for c in map(tree.conclusion, outcome.conclusions) if c]
    lines += _section(t, "md-conclusions", [t("md-conclusion", title=c.title, url=site_address(tree, c.path, site_url)) for c in conclusions])
    sources = [s for s in map(tree.source, outcome.sources) if s]
    lines += _section(t, "md-sources", [t("md-source", citation=s.citation, title=s.title, url=s.url) for s in sources])
    lines += ["", t("md-guide", title=tree.title, guide=guide_version, tree=tree.version)]
    lines += [t("md-date", date=date)] if date else []
    lines += [t("md-permalink", url=permalink(tree, decision.answers, site_url))]
    return "\n".join(lines) + "\n"


def decision_text(tree: Tree, decision: Decision, ui: Mapping[str, str], *, guide_version: str, site_url: str = "") -> str:
    """The decision for a terminal: outcome, answers, reasons, assumptions, next steps, what
    would change it (grouped by where it leads), links and the permalink."""
    result = analyse(tree, decision)
    outcome = decision.outcome
    lines = [f"{ui['txt-outcome']}: {outcome.title}", f"{ui['txt-verdict']}: {tree.verdict_label(outcome.verdict)}", outcome.headline]
    lines += ["", f"{ui['txt-answers']}:"]
    for number, step in enumerate(decision.path, start=1):
        mark = {"verdict": "*", "outcome": "+"}.get(result.effect(step), " ")
        lines += [f" {mark}{number}. {step.question.text}", f"     {answer_label(step, ui)}"]
    lines += ["", ui["txt-marks"]]
    lines += _plain(ui["txt-why"], result.reasons)
    lines += _plain(ui["md-assumptions"], [_assumption(templates(ui), a.step, ui) for a in result.assumptions])
    lines += _plain(ui["md-caveats"], outcome.caveats)
    lines += _plain(ui["md-next-steps"], result.next_steps)
    lines += _grouped_changes(result, ui)
    conclusions = [tree.conclusion(c) for c in outcome.conclusions]
    lines += _plain(ui["md-conclusions"], [f"{c.title}: {site_address(tree, c.path, site_url)}" for c in conclusions if c])
    lines += ["", ui["txt-versions"].format(tree=tree.version, guide=guide_version)]
    lines += [f"{ui['txt-permalink']}: {permalink(tree, decision.answers, site_url)}"]
    return "\n".join(lines) + "\n"


def answer_label(step: Step, ui: Mapping[str, str]) -> str:
    """An answer as a reader reads it: the option's label, or a checklist's labels joined."""
    return ui["checklist-join"].join(o.label for o in step.options)


def describe_alternative(alternative: Alternative, ui: Mapping[str, str]) -> str:
    """One line of "what would change this"."""
    return _change(templates(ui), alternative)


def templates(ui: Mapping[str, str]) -> Callable[..., str]:
    """``t(name, **values)``: the interface text ``name`` with its ``{value}`` slots filled."""
    return lambda name, **values: ui[name].format(**values)


# Helper functions --------------------------------------------------------------------


def _assumption(t, step: Step, ui: Mapping[str, str]) -> str:
    return t("md-assumption", answer=answer_label(step, ui), question=step.question.title, experiment=step.option.experiment)


def _change(t, alternative: Alternative) -> str:
    if alternative.outcome is not None:
        leads = alternative.outcome.title
    else:
        leads = t("md-more-questions", next=alternative.next_question.text)  # type: ignore[union-attr]
    return t("md-change", question=alternative.question.title, answer=alternative.option.label, leads=leads)


def _grouped_changes(result: Analysis, ui: Mapping[str, str]) -> list[str]:
    """ "What would change this", one block per place the changes lead to."""
    lines = []
    t = templates(ui)
    for group in result.groups:
        changes = [a for a in group.alternatives if a.effect != "none"]
        if not changes:
            continue
        heading = group.outcome.title if group.outcome else ui["txt-more-questions"]
        lines += [f"  {heading}:", *[f"    - {_change(t, a)}" for a in changes]]
    return ["", f"{ui['md-what-would-change']}:", *lines] if lines else []


def _section(t, title_key: str, items: Iterable[str]) -> list[str]:
    """A titled Markdown list, or nothing when there are no items."""
    items = list(items)
    if not items:
        return []
    return ["", t("md-heading", title=t(title_key)), "", *[t("md-item", text=item) for item in items]]


def _plain(title: str, items: Iterable[str]) -> list[str]:
    items = list(items)
    return ["", f"{title}:", *[f"  - {item}" for item in items]] if items else []
