"""The diagram: DOT source built with the graphviz package, and the one function that runs ``dot``.

Node and edge ids derive from tree ids (see :mod:`.links`); colours are left to CSS through
classes, so the diagram follows the site's light and dark palettes.
"""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap

import graphviz

from ..errors import GraphvizFailed, GraphvizNotFound
from ..model import Outcome, Question, Tree
from .links import Links, svg_edge_id, svg_id

FONT = "Helvetica,Arial,sans-serif"
# Narrow labels and tight spacing keep the drawing under 900 px wide, so it fits a page column
# at a readable scale; narrower screens scroll it inside its container.
NODE_WRAP = 16
EDGE_WRAP = 10
INSTALL_HINT = (
    "the Graphviz 'dot' executable was not found on PATH; it is needed to draw the diagram. "
    "Install Graphviz (Debian/Ubuntu: 'sudo apt-get install graphviz'; macOS: 'brew install graphviz'; "
    "see https://graphviz.org/download/) and try again"
)
DOT_TIMEOUT = 60.0  # seconds; dot draws the whole tree in well under one


def build_graph(tree: Tree, links: Links | None = None) -> graphviz.Digraph:
    """The tree as a graphviz Digraph; no executable is needed to build it."""
    graph = graphviz.Digraph(name="decision-tree", comment=f"{tree.title} (tree version {tree.version})")
    graph.attr(rankdir="TB", nodesep="0.1", ranksep="0.3", fontname=FONT, bgcolor="transparent", id="dt-diagram")
    graph.attr("node", fontname=FONT, fontsize="11", shape="box", style="rounded", margin="0.12,0.06")
    graph.attr("edge", fontname=FONT, fontsize="10", arrowsize="0.7")
    for question in tree.questions:
        _add_question(graph, question, links)
    for outcome in tree.outcomes:
        _add_outcome(graph, outcome, links)
        _add_checklist_edges(graph, outcome)
    return graph


def dot_source(tree: Tree, links: Links | None = None) -> str:
    """The DOT source of the diagram."""
    return build_graph(tree, links).source


def render_svg(tree: Tree, links: Links | None = None, *, timeout: float = DOT_TIMEOUT) -> str:
    """The diagram as an SVG element, ready to inline (no XML prolog). Runs ``dot``.

    Raises GraphvizNotFound when ``dot`` is not installed, and GraphvizFailed when it fails or
    takes longer than ``timeout`` seconds.
    """
    return _inline(_run_dot(dot_source(tree, links), timeout))


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
        **{"class": "dt-question"},
        tooltip=question.text,
        **_url(links.questions.get(question.id) if links else None),
    )
    for option in question.options:
        graph.edge(
            question.id,
            option.next,
            label=graphviz.nohtml(_edge_label(option.id)),
            id=svg_edge_id(question.id, option.id),
            **{"class": "dt-edge"},
        )


def _add_outcome(graph: graphviz.Digraph, outcome: Outcome, links: Links | None) -> None:
    graph.node(
        outcome.id,
        label=graphviz.nohtml(_wrap(outcome.title)),
        id=svg_id(outcome.id),
        **{"class": f"dt-outcome dt-verdict-{outcome.verdict}"},
        style="rounded,bold",
        tooltip=f"{outcome.title}: {outcome.headline}",
        **_url(links.conclusions.get(outcome.conclusions[0]) if links else None),
    )


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


def _edge_label(option_id: str) -> str:
    r"""An answer's edge label; the padding keeps labels of neighbouring edges apart.

    >>> _edge_label("misreads-domain")
    ' misreads \n domain '
    """
    return "\n".join(f" {line} " for line in _wrap(option_id.replace("-", " "), EDGE_WRAP).split("\n"))


def _wrap(text: str, width: int = NODE_WRAP) -> str:
    r"""Text broken into centred lines for a DOT label.

    >>> _wrap("Where the information comes from")
    'Where the\ninformation\ncomes from'
    """
    return "\n".join(textwrap.wrap(text, width, break_long_words=False)) or text


def _inline(svg: str) -> str:
    """Ready the SVG for inlining in HTML.

    Drops the XML prolog, DOCTYPE and comments dot writes before and inside the <svg> element,
    and gives each node link ``role="link"``: crawlers and audits do not recognise an SVG ``<a>``
    that has only ``xlink:href`` as a link. (Edges carry no tooltip, so dot writes no ``<a>``
    that lacks a target.)
    """
    body = svg[svg.index("<svg"):]
    body = re.sub(r"<!--.*?-->\n?", "", body, flags=re.S).strip()
    return body.replace("<a xlink:href=", '<a role="link" xlink:href=')
