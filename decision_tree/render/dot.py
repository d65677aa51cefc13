"""The diagram: DOT source built with the graphviz package, and the one function that runs ``dot``.

The drawing is meant to be read at its natural size (one SVG unit to one CSS pixel), so the
labels are 14 px and the page scrolls or zooms it rather than shrinking it. Questions are
rounded boxes, each answer is an edge labelled with the answer's short form, and each outcome
carries its verdict twice without colour: an icon and the verdict's short name above its title.
Node and edge ids derive from tree ids (see :mod:`.links`); colours are left to CSS through
classes, so the diagram follows the site's light and dark palettes.
"""

from __future__ import annotations

import html
import subprocess
import sys
import textwrap
from typing import Mapping

import graphviz

from ..errors import GraphvizFailed, GraphvizNotFound
from ..model import Outcome, Question, Tree
from .links import Links, svg_edge_id, svg_id
from .svg import finish
from .verdicts import VERDICT_ICONS, verdict_name

# Graphviz sizes the boxes with the first font it finds here. DejaVu Sans is wider than the
# fonts browsers usually show (the page's CSS sets the site's font), so labels never overflow.
FONT = "DejaVu Sans,Helvetica,Arial,sans-serif"
NODE_FONT_SIZE = "14"  # px at the natural size; the smallest text in the drawing is EDGE_FONT_SIZE
EDGE_FONT_SIZE = "13"
NODE_WRAP = 20
EDGE_WRAP = 14
INSTALL_HINT = (
    "the Graphviz 'dot' executable was not found on PATH; it is needed to draw the diagram. "
    "Install Graphviz (Debian/Ubuntu: 'sudo apt-get install graphviz'; macOS: 'brew install graphviz'; "
    "see https://graphviz.org/download/) and try again"
)
DOT_TIMEOUT = 60.0  # seconds; dot draws the whole tree in well under one


def build_graph(tree: Tree, texts: Mapping[str, str], links: Links | None = None) -> graphviz.Digraph:
    """The tree as a graphviz Digraph; no executable is needed to build it."""
    graph = graphviz.Digraph(name="decision-tree", comment=texts["dot-comment"].format(title=tree.title, version=tree.version))
    graph.attr(rankdir="TB", nodesep="0.18", ranksep="0.42", fontname=FONT, bgcolor="transparent", id="dt-diagram")
    graph.attr("node", fontname=FONT, fontsize=NODE_FONT_SIZE, shape="box", style="rounded", margin="0.1,0.06")
    graph.attr("edge", fontname=FONT, fontsize=EDGE_FONT_SIZE, arrowsize="0.7")
    for question in tree.questions:
        _add_question(graph, question, links)
    for outcome in tree.outcomes:
        _add_outcome(graph, tree, outcome, texts, links)
        if not tree.is_composed:  # with a fork, checklists come once every part is known: no edge from each outcome
            _add_checklist_edges(graph, outcome)
    if tree.is_composed:  # asked last, drawn last: the checklists along the bottom
        with graph.subgraph(name="checklists") as bottom:
            bottom.attr(rank="sink")
            for question in (q for q in tree.questions if q.is_checklist):
                bottom.node(question.id)
    return graph


def dot_source(tree: Tree, texts: Mapping[str, str], links: Links | None = None) -> str:
    """The DOT source of the diagram."""
    return build_graph(tree, texts, links).source


def render_svg(tree: Tree, texts: Mapping[str, str], links: Links | None = None, *, timeout: float = DOT_TIMEOUT) -> str:
    """The diagram as an SVG element, ready to inline (no XML prolog). Runs ``dot``.

    Raises GraphvizNotFound when ``dot`` is not installed, and GraphvizFailed when it fails or
    takes longer than ``timeout`` seconds.
    """
    svg = _run_dot(dot_source(tree, texts, links), timeout)
    return finish(svg, tooltips(tree, texts), title=texts["diagram-title"], description=texts["diagram-description"])


def tooltips(tree: Tree, texts: Mapping[str, str]) -> dict[str, str]:
    """Words for each node and edge of the drawing, by SVG id: what a pointer over it shows."""
    words = {svg_id(q.id): q.text for q in tree.questions}
    for outcome in tree.outcomes:
        words[svg_id(outcome.id)] = f"{verdict_name(texts, outcome.verdict)}: {outcome.headline}"
        for checklist in outcome.checklists if not tree.is_composed else ():
            words[svg_edge_id(outcome.id, checklist)] = f"{outcome.title} \u2192 {tree.question(checklist).title}"  # type: ignore[union-attr]
    for question in tree.questions:
        for option in question.options if not question.is_checklist else ():
            words[svg_edge_id(question.id, option.id)] = f"{question.title} \u2192 {option.label}"
    return words


# Helper functions ------------------------------------------------------------------


def _run_dot(source: str, timeout: float) -> str:
    """SVG from ``dot``; its warnings go on to standard error, as the graphviz package passes them."""
    try:
        done = subprocess.run(["dot", "-Tsvg"], input=source, capture_output=True, encoding="utf-8", timeout=timeout)
    except FileNotFoundError as error:
        raise GraphvizNotFound(INSTALL_HINT) from error
    except OSError as error:
        raise GraphvizFailed(f"the Graphviz 'dot' executable could not be run ({error.strerror}); "
                             "check the Graphviz installation with 'dot -V'") from error
    except subprocess.TimeoutExpired as error:
        raise GraphvizFailed(
            f"the Graphviz 'dot' executable did not finish within {timeout:g} s and was stopped; "
            "check that 'dot -V' answers at once, then try again"
        ) from error
    if done.returncode != 0:
        reason = " ".join(done.stderr.split()) or "no message"
        raise GraphvizFailed(
            f"the Graphviz 'dot' executable failed with exit status {done.returncode} ({reason}); "
            "check the Graphviz installation with 'dot -V'"
        )
    if done.stderr:
        sys.stderr.write(done.stderr)
    return done.stdout


def _add_question(graph: graphviz.Digraph, question: Question, links: Links | None) -> None:
    if question.is_checklist:
        _add_checklist(graph, question, links)
        return
    graph.node(
        question.id,
        label=graphviz.nohtml(_wrap(question.title)),
        id=svg_id(question.id),
        **{"class": "dt-question dt-fork" if question.is_fork else "dt-question"},
        **({"peripheries": "2"} if question.is_fork else {}),
        tooltip=question.text,
        **_url(links.questions.get(question.id) if links else None),
    )
    for option in question.options:
        graph.edge(
            question.id,
            option.next,
            label=graphviz.nohtml(_wrap(option.short, EDGE_WRAP)),
            id=svg_edge_id(question.id, option.id),
            **{"class": "dt-edge dt-unsure" if option.unsure else "dt-edge"},
        )


def _add_outcome(graph: graphviz.Digraph, tree: Tree, outcome: Outcome, texts: Mapping[str, str], links: Links | None) -> None:
    graph.node(
        outcome.id,
        label=_outcome_label(outcome, verdict_name(texts, outcome.verdict)),
        id=svg_id(outcome.id),
        **{"class": f"dt-outcome dt-verdict-{outcome.verdict}"},
        style="rounded,filled,bold",
        tooltip=f"{verdict_name(texts, outcome.verdict)}: {outcome.headline}",
        **_url(links.outcomes.get(outcome.id) if links else None),
    )


def _outcome_label(outcome: Outcome, verdict: str) -> str:
    """An HTML-like label: the verdict's icon and name in small bold type, then the title."""
    marker = f"{VERDICT_ICONS[outcome.verdict]} {verdict}"
    title = '<BR ALIGN="CENTER"/>'.join(html.escape(line) for line in _wrap(outcome.title).split("\n"))
    return f'<<FONT POINT-SIZE="{EDGE_FONT_SIZE}"><B>{html.escape(marker)}</B></FONT><BR ALIGN="CENTER"/>{title}>'


def _add_checklist(graph: graphviz.Digraph, question: Question, links: Links | None) -> None:
    """A checklist refines an outcome's next steps: a dashed box the outcomes that ask it point to."""
    graph.node(
        question.id,
        label=graphviz.nohtml(_wrap(question.title)),
        id=svg_id(question.id),
        **{"class": "dt-question dt-checklist"},
        style="rounded,dashed",
        tooltip=question.text,
        **_url(links.questions.get(question.id) if links else None),
    )


def _add_checklist_edges(graph: graphviz.Digraph, outcome: Outcome) -> None:
    for checklist in outcome.checklists:
        graph.edge(outcome.id, checklist, id=svg_edge_id(outcome.id, checklist), style="dashed", **{"class": "dt-edge dt-then"})


def _url(url: str | None) -> dict[str, str]:
    return {"URL": url} if url else {}


def _wrap(text: str, width: int = NODE_WRAP) -> str:
    r"""Text broken into centred lines for a DOT label.

    >>> _wrap("Given the passages, does it answer well?")
    'Given the passages,\ndoes it answer well?'
    """
    return "\n".join(textwrap.wrap(text, width, break_long_words=False)) or text
