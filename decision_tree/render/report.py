"""A decision as Markdown (for design documents) and as plain text (for the terminal).

The quiz's "Copy for design doc" button writes the same Markdown; a browser test checks
that the two agree for every path.
"""

from __future__ import annotations

from ..engine import Alternative, Decision
from ..model import Tree
from ..permalink import permalink


def decision_markdown(tree: Tree, decision: Decision, *, guide_version: str, site_url: str = "") -> str:
    """The decision as a Markdown snippet: outcome, answers, reasons, caveats, links, versions."""
    outcome = decision.outcome
    lines = [f"### Decision: {outcome.title}", "", f"**Verdict:** {outcome.verdict_label}  ", outcome.headline, ""]
    lines += ["**Answers**", ""]
    lines += [f"{n}. {s.question.text} \u2014 {s.option.label}" for n, s in enumerate(decision.path, start=1)]
    lines += _section("Why", [s.option.rationale for s in decision.path] + list(outcome.reasons))
    lines += _section("Caveats", outcome.caveats)
    conclusions = [tree.conclusion(c) for c in outcome.conclusions]
    lines += _section("Documented conclusions", [f"[{c.title}]({_url(site_url, c.path)})" for c in conclusions if c])
    sources = [tree.source(s) for s in outcome.sources]
    lines += _section("Sources", [f"{s.citation}, *{s.title}*, <{s.url}>" for s in sources if s])
    lines += [
        "",
        f"Guide: {tree.title} version {guide_version}, tree version {tree.version}.  ",
        f"Permalink: <{permalink(tree, decision.answers, site_url)}>",
    ]
    return "\n".join(lines) + "\n"


def decision_text(
    tree: Tree, decision: Decision, alternatives: tuple[Alternative, ...], *, guide_version: str, site_url: str = ""
) -> str:
    """The decision for a terminal: outcome, path, reasons, what would change it, and links."""
    outcome = decision.outcome
    lines = [f"Outcome: {outcome.title}", f"Verdict: {outcome.verdict_label}", outcome.headline, "", "Your answers:"]
    lines += [f"  {n}. {s.question.text}\n     {s.option.label}" for n, s in enumerate(decision.path, start=1)]
    lines += _plain("Why", [s.option.rationale for s in decision.path] + list(outcome.reasons))
    lines += _plain("Caveats", outcome.caveats)
    lines += _plain("Next steps", outcome.next_steps)
    lines += _plain("What would change this", [describe_alternative(a) for a in alternatives])
    conclusions = [tree.conclusion(c) for c in outcome.conclusions]
    lines += _plain("Documented conclusions", [f"{c.title}: {_url(site_url, c.path)}" for c in conclusions if c])
    lines += ["", f"Tree version {tree.version}, guide version {guide_version}.", f"Permalink: {permalink(tree, decision.answers, site_url)}"]
    return "\n".join(lines) + "\n"


def describe_alternative(alternative: Alternative) -> str:
    """One line of "what would change this"."""
    answer = f"{alternative.question.title} \u2192 {alternative.option.label}"
    if alternative.outcome is not None:
        return f"{answer}: {alternative.outcome.title}"
    return f"{answer}: more questions, starting with \u201c{alternative.next_question.text}\u201d"  # type: ignore[union-attr]


# Helper functions --------------------------------------------------------------------


def _url(site_url: str, path: str) -> str:
    return f"{site_url.rstrip('/')}/{path}" if site_url else path


def _section(title: str, items) -> list[str]:
    items = list(items)
    return ["", f"**{title}**", "", *[f"- {item}" for item in items]] if items else []


def _plain(title: str, items) -> list[str]:
    items = list(items)
    return ["", f"{title}:", *[f"  - {item}" for item in items]] if items else []
