"""A decision as Markdown (for design documents) and as plain text (for the terminal).

The quiz's "Copy for design doc" button writes the same Markdown; a browser test checks
that the two agree for every path.
"""

from __future__ import annotations

from ..engine import Alternative, Decision
from ..model import Tree
from ..permalink import permalink


# The snippet's templates, one per kind of line. The quiz script receives these same templates
# (render/quiz.py), so the browser and the command line write the snippet from one definition.
MARKDOWN: dict[str, str] = {
    "md-title": "### Decision: {outcome}",
    "md-verdict": "**Verdict:** {verdict}  ",
    "md-heading": "**{title}**",
    "md-answers": "Answers",
    "md-why": "Why",
    "md-caveats": "Caveats",
    "md-conclusions": "Documented conclusions",
    "md-sources": "Sources",
    "md-item": "- {text}",
    "md-answer": "{number}. {question} \u2014 {answer}",
    "md-conclusion": "[{title}]({url})",
    "md-source": "{citation}, *{title}*, <{url}>",
    "md-guide": "Guide: {title} version {guide}, tree version {tree}.  ",
    "md-permalink": "Permalink: <{url}>",
}


def decision_markdown(tree: Tree, decision: Decision, *, guide_version: str, site_url: str = "") -> str:
    """The decision as a Markdown snippet: outcome, answers, reasons, caveats, links, versions."""
    md, outcome = MARKDOWN, decision.outcome
    lines = [md["md-title"].format(outcome=outcome.title), "", md["md-verdict"].format(verdict=outcome.verdict_label)]
    lines += [outcome.headline, "", md["md-heading"].format(title=md["md-answers"]), ""]
    lines += [
        md["md-answer"].format(number=n, question=s.question.text, answer=s.option.label)
        for n, s in enumerate(decision.path, start=1)
    ]
    lines += _section("md-why", [s.option.rationale for s in decision.path] + list(outcome.reasons))
    lines += _section("md-caveats", outcome.caveats)
    conclusions = [c for c in map(tree.conclusion, outcome.conclusions) if c]
    lines += _section("md-conclusions", [md["md-conclusion"].format(title=c.title, url=_url(site_url, c.path)) for c in conclusions])
    sources = [s for s in map(tree.source, outcome.sources) if s]
    lines += _section("md-sources", [md["md-source"].format(citation=s.citation, title=s.title, url=s.url) for s in sources])
    lines += [
        "",
        md["md-guide"].format(title=tree.title, guide=guide_version, tree=tree.version),
        md["md-permalink"].format(url=permalink(tree, decision.answers, site_url)),
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


def _section(title_key: str, items) -> list[str]:
    """A titled Markdown list, or nothing when there are no items."""
    items = list(items)
    if not items:
        return []
    heading = MARKDOWN["md-heading"].format(title=MARKDOWN[title_key])
    return ["", heading, "", *[MARKDOWN["md-item"].format(text=item) for item in items]]


def _plain(title: str, items) -> list[str]:
    items = list(items)
    return ["", f"{title}:", *[f"  - {item}" for item in items]] if items else []
