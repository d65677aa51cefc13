"""A decision as Markdown (for design documents) and as plain text (for the terminal).

Both are built from :func:`decision_tree.analysis.analyse`, and every fixed word comes from the
catalogue's interface texts (``ui``), so the quiz's "Copy for design doc" button, which receives
the same templates, writes the same Markdown; a browser test checks that for every path.
"""

from __future__ import annotations

from typing import Iterable, Mapping

from ..analysis import Analysis, analyse
from ..engine import Decision
from ..model import Tree
from ..permalink import permalink, site_address
from .cost import priced, summary_lines
from .describe import (
    answer_label, answer_line, assumption_line, change_line, part_line, plan_fields, plan_heading, plan_lines, rival_line, templates,
    title_and_headline, unchecked_line,
)


def analysed(tree: Tree, decision: Decision, ui: Mapping[str, str]) -> Analysis:
    """The decision taken apart, each part's texts labelled with the part's title."""
    return analyse(tree, decision, labelled=ui["part-text"])


def decision_markdown(
    tree: Tree, decision: Decision, ui: Mapping[str, str], *, guide_version: str, site_url: str = "", date: str = "",
    cost: Mapping[str, float] | None = None,
) -> str:
    """The decision as a Markdown snippet: verdict, parts, answers (the decisive ones marked),
    why, what to check, how we will know it works (each part's plan), the rivals ruled out,
    caveats, next steps, conclusions, sources, the cost estimate (at the figures ``cost`` gives,
    else the examples), versions, the date and the permalink."""
    t = templates(ui)
    result = analysed(tree, decision, ui)
    title, headline = title_and_headline(decision.result, ui)
    lines = [t("md-title", outcome=title), "", t("md-verdict", verdict=tree.verdict_label(decision.result.verdict)), headline]
    lines += [unchecked_line(result, ui)] if result.assumptions else []
    if len(decision.result.parts) > 1:
        lines += section(t, "md-parts", [part_line(tree, p, ui) for p in decision.result.parts])
    lines += ["", t("md-heading", title=t("md-answers")), ""]
    lines += [answer_line(n, s, result, ui) for n, s in enumerate(decision.path, 1)]
    lines += section(t, "md-why", result.reasons)
    lines += section(t, "md-assumptions", [assumption_line(a.step, ui) for a in result.assumptions])
    for plan in result.plans:
        lines += titled(t, plan_heading(plan, ui, len(result.plans) > 1), plan_lines(plan, ui))
    lines += section(t, "md-rivals", [rival_line(tree, r, ui) for r in result.rivals])
    lines += section(t, "md-caveats", result.caveats)
    lines += section(t, "md-next-steps", result.next_steps)
    lines += section(t, "md-conclusions", conclusion_lines(tree, result, ui, site_url))
    lines += section(t, "md-sources", source_lines(tree, result, ui))
    lines += summary_lines(tree, decision, priced(tree, decision, result, cost), ui)
    lines += ["", t("md-guide", title=tree.title, guide=guide_version, tree=tree.version)]
    lines += [t("md-date", date=date)] if date else []
    lines += [t("md-permalink", url=permalink(tree, decision.answers, site_url))]
    return "\n".join(lines) + "\n"


def decision_text(tree: Tree, decision: Decision, ui: Mapping[str, str], *, guide_version: str, site_url: str = "") -> str:
    """The decision for a terminal: result, verdict, parts, answers, reasons, assumptions, each
    part's evaluation plan, rivals, next steps, what would change it, links and the permalink."""
    result = analysed(tree, decision, ui)
    t = templates(ui)
    title, headline = title_and_headline(decision.result, ui)
    lines = [field(ui, "txt-outcome", title), field(ui, "txt-verdict", tree.verdict_label(decision.result.verdict)), headline]
    lines += [unchecked_line(result, ui)] if result.assumptions else []
    if len(decision.result.parts) > 1:
        lines += plain(ui["md-parts"], [part_line(tree, p, ui) for p in decision.result.parts], ui)
    lines += ["", ui["txt-list"].format(title=ui["txt-answers"])]
    for number, step in enumerate(decision.path, start=1):
        mark = {"verdict": "*", "outcome": "+"}.get(result.effect(step), " ")
        lines += [f" {mark}{number}. {step.question.text}", f"     {answer_label(step, ui)}"]
    lines += ["", ui["txt-marks"]]
    lines += plain(ui["txt-why"], result.reasons, ui)
    lines += plain(ui["md-assumptions"], [assumption_line(a.step, ui) for a in result.assumptions], ui)
    for plan in result.plans:
        fields = [ui["txt-field"].format(label=label, value=text) for label, text in plan_fields(plan, ui)]
        lines += plain(plan_heading(plan, ui, len(result.plans) > 1), fields, ui)
    lines += plain(ui["md-rivals"], [rival_line(tree, r, ui) for r in result.rivals], ui)
    lines += plain(ui["md-caveats"], result.caveats, ui)
    lines += plain(ui["md-next-steps"], result.next_steps, ui)
    lines += plain(ui["md-what-would-change"], [change_line(a, ui) for a in result.alternatives if a.effect != "none"], ui)
    conclusions = [c for c in map(tree.conclusion, result.conclusions) if c]
    lines += plain(ui["md-conclusions"], [ui["txt-field"].format(label=c.title, value=site_address(tree, c.path, site_url)) for c in conclusions], ui)
    lines += ["", t("txt-versions", tree=tree.version, guide=guide_version)]
    lines += [field(ui, "txt-permalink", permalink(tree, decision.answers, site_url))]
    return "\n".join(lines) + "\n"


def conclusion_lines(tree: Tree, result: Analysis, ui: Mapping[str, str], site_url: str) -> list[str]:
    """The documented conclusions the result rests on, as Markdown links, each with the guide
    version its statement dates from (a result of an older tree version: without)."""
    t = templates(ui)
    since = statement_versions(tree)
    lines = []
    for c in (c for c in map(tree.conclusion, result.conclusions) if c):
        url = site_address(tree, c.path, site_url)
        lines.append(t("md-conclusion-since", title=c.title, url=url, since=since[c.id]) if c.id in since else t("md-conclusion", title=c.title, url=url))
    return lines


def statement_versions(tree: Tree) -> dict[str, str]:
    """Conclusion id -> the guide version its current statement dates from, for the current tree
    version (an older version's result cites the statements it was made with: none given)."""
    from ..content import VERSION
    from ..history import statement_version

    return {c.id: statement_version(c.id) for c in tree.conclusions} if tree.version == VERSION else {}


def source_lines(tree: Tree, result: Analysis, ui: Mapping[str, str]) -> list[str]:
    """The published works the result rests on."""
    t = templates(ui)
    return [t("md-source", citation=s.citation, title=s.title, url=s.url) for s in map(tree.source, result.sources) if s]


def section(t, title_key: str, items: Iterable[str]) -> list[str]:
    """A titled Markdown list, or nothing when there are no items."""
    return titled(t, t(title_key), items)


def titled(t, title: str, items: Iterable[str]) -> list[str]:
    """A Markdown list under a bold title, or nothing when there are no items."""
    items = list(items)
    return ["", t("md-heading", title=title), "", *[t("md-item", text=item) for item in items]] if items else []


def plain(title: str, items: Iterable[str], ui: Mapping[str, str]) -> list[str]:
    """A titled plain-text list, or nothing when there are no items."""
    items = list(items)
    return ["", ui["txt-list"].format(title=title), *[f"  - {item}" for item in items]] if items else []


def field(ui: Mapping[str, str], label: str, value: str) -> str:
    """A labelled line of plain text ("Result: …"), with the language's colon."""
    return ui["txt-field"].format(label=ui[label], value=value)
