"""The command line: ``python -m decision_tree [ask | decide Q=A ... | paths | export]``.

An adapter only: it parses arguments, calls the engine and the renderers, and prints.
Bad input, and output that cannot be written (a missing folder, a full disk, a terminal that
cannot show the text, a failing Graphviz), exit with status 2 and a one-line message naming the
culprit and what to do. Like other command-line tools, a closed pipe (``paths | head -1``) ends
quietly with status 141 and Ctrl-C with status 130 (decision_tree/exits.py).
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import json
import os
import re
import sys
from typing import Sequence

from . import __version__
from .content import LANGUAGES, TREE, tree as tree_in, ui
from .engine import decide, paths
from .errors import DecisionTreeError
from .exits import failed, stand_in_for_closed_output
from .cli_cost import add_cost_command, add_cost_options, cost_figures, given_cost_option, run_cost
from .interactive import ask
from .model import Tree
from .render.data import export_json
from .render.dot import dot_source, render_svg
from .render.results import drift_json, drift_text, render_decision
from .versions import chain, published
from .drift import compare
from .permalink import read_link

SITE_URL_VARIABLE = "DECISION_TREE_SITE_URL"
LANGUAGE_VARIABLE = "DECISION_TREE_LANG"
STDOUT = "-"


class UsageError(DecisionTreeError):
    """Raised for command-line input that does not fit: reported with exit status 2."""


def main(argv: Sequence[str] | None = None, tree: Tree | None = None) -> int:
    """Run the command line; returns the exit status. ``tree`` replaces the guide's tree (tests)."""
    stand_in_for_closed_output()
    args = _parser().parse_args(argv)
    # Read as the command runs, not when the parser was made: the parser serves every call in a process.
    args.site_url = os.environ.get(SITE_URL_VARIABLE, "") if args.site_url is None else args.site_url
    if getattr(args, "date", "") is None:
        args.date = dt.date.today().isoformat()
    try:
        chosen = tree if tree is not None else tree_in(_language(args))
        status = COMMANDS[args.command or "ask"](args, chosen)
        sys.stdout.flush()  # a closed pipe or a full disk shows here, not at interpreter exit
        return status
    except (DecisionTreeError, OSError, UnicodeEncodeError, KeyboardInterrupt) as error:
        return failed(error)


def _language(args: argparse.Namespace) -> str:
    """The language asked for with --lang, else by DECISION_TREE_LANG, else English."""
    if args.lang:
        return args.lang
    value = os.environ.get(LANGUAGE_VARIABLE, "") or LANGUAGES[0]
    if value not in LANGUAGES:
        raise UsageError(f"{LANGUAGE_VARIABLE}={value!r} is not a language of the guide (must be one of {list(LANGUAGES)})")
    return value


# Commands ------------------------------------------------------------------------------


def _ask(args: argparse.Namespace, tree: Tree) -> int:
    if sys.stdin is None:  # started with standard input closed (<&-)
        raise UsageError("standard input is closed, and the quiz reads its answers from it "
                         "(give the answers with 'decide QUESTION=ANSWER ...' instead)")
    decision = ask(tree, ui(tree.language), input_fn=input, output=sys.stdout)
    if decision is None:
        return 0
    print(render_decision(tree, decision, "text", args.site_url, ui(tree.language)))
    return 0


def _decide(args: argparse.Namespace, tree: Tree) -> int:
    if args.link is not None:
        return _decide_link(args, tree)
    if not args.answers:
        raise UsageError("give the answers as QUESTION=ANSWER arguments, or a permalink with --link")
    decision = decide(tree, parse_answers(args.answers))
    print(render_decision(tree, decision, args.format, args.site_url, ui(tree.language), args.date, cost_figures(args)), end="")
    return 0


def _decide_link(args: argparse.Namespace, tree: Tree) -> int:
    """A permalink's result on the version that made it, beside the current tree's."""
    if args.answers:
        raise UsageError(f"give either a permalink with --link or QUESTION=ANSWER arguments, not both (got {args.answers[0]!r})")
    versions = published()
    version, answers = read_link(args.link, {*versions, tree.version})
    link_tree = tree if version == tree.version else versions[version]
    drift = compare(link_tree, answers, tree, chain(version, tree))
    texts = ui(tree.language)
    if version == tree.version and args.format != "json":  # a current link: its result, with nothing to compare
        print(render_decision(tree, drift.link, args.format, args.site_url, texts, args.date, cost_figures(args)), end="")
    elif given_cost_option(args):
        raise UsageError(f"{given_cost_option(args)}: the cost figures go into the markdown or madr of a result of the current tree "
                         f"(tree version {tree.version}), not into a link made with tree version {version} (got --format {args.format})")
    elif args.format == "madr":  # the record of the link's own decision, on the version that made it
        print(render_decision(link_tree, drift.link, "madr", args.site_url, texts, args.date), end="")
    elif args.format == "json":
        print(json.dumps(drift_json(drift), ensure_ascii=False, indent=2))
    else:
        print(drift_text(drift, texts, guide_version=__version__, site_url=args.site_url, markdown=args.format == "markdown"), end="")
    return 0


def _cost(args: argparse.Namespace, tree: Tree) -> int:
    return run_cost(args, tree, parse_answers(args.answers) if args.answers else None)


def _paths(args: argparse.Namespace, tree: Tree) -> int:
    for decision in paths(tree):
        answers = " ".join(f"{q}={a}" for q, a in decision.answers.items())
        print(f"{decision.result.id}\t{answers}")
    return 0


def _export(args: argparse.Namespace, tree: Tree) -> int:
    renderers = {
        "json": lambda: export_json(tree, __version__),
        "dot": lambda: dot_source(tree, ui(tree.language)),
        "svg": lambda: render_svg(tree, ui(tree.language)) + "\n",
    }
    text = renderers[args.format]()
    if args.output == STDOUT:
        sys.stdout.write(text)
        return 0
    try:
        with open(args.output, "w", encoding="utf-8") as file:
            file.write(text)
    except OSError as error:  # a full disk names no file: name it
        error.filename = error.filename or args.output
        raise
    return 0


COMMANDS = {"ask": _ask, "decide": _decide, "cost": _cost, "paths": _paths, "export": _export}

# Helper functions ----------------------------------------------------------------------


def parse_answers(items: Sequence[str]) -> dict[str, str]:
    """``QUESTION=ANSWER`` arguments as a mapping, refusing malformed or repeated ones.

    >>> parse_answers(["needs=not-sure"])
    {'needs': 'not-sure'}
    """
    answers: dict[str, str] = {}
    for item in items:
        question, equals, option = item.partition("=")
        if not equals or not question or not option:
            raise UsageError(f"expected QUESTION=ANSWER, e.g. needs=knowledge (got {item!r})")
        if question in answers:
            raise UsageError(f"question {question!r} is answered twice ({answers[question]!r} and {option!r})")
        answers[question] = option
    return answers


def _output_file(value: str) -> str:
    """The -o argument: a file name, or '-' for standard output; never empty."""
    if not value:
        raise argparse.ArgumentTypeError("expected a file name, or '-' for standard output (got an empty name)")
    return value


def iso_date(text: str) -> str:
    """A ``--date`` value: a real calendar date written YYYY-MM-DD.

    >>> iso_date("2026-11-26")
    '2026-11-26'
    """
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            return dt.date.fromisoformat(text).isoformat()
    except ValueError:
        pass
    raise argparse.ArgumentTypeError(f"expected a date written YYYY-MM-DD, e.g. 2026-11-26 (got {text!r})")


@functools.cache  # made once: building it costs more than most commands (argparse looks up its translations)
def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m decision_tree",
        description="Choose between fine-tuning, RAG and prompting for an LLM application. "
        "With no command, asks the questions in the terminal.",
        epilog="Examples:\n  python -m decision_tree\n"
        "  python -m decision_tree decide needs=request-input input-task=fits-prompt prompt-result=yes evaluation-data=none\n"
        "  python -m decision_tree decide needs=not-sure evaluation-data=none --format markdown\n"
        "  python -m decision_tree decide needs=not-sure evaluation-data=none --format madr --date 2026-11-26 > decision.md\n"
        "  python -m decision_tree decide --link 'https://example.org/guide/quiz/#v=1&information-source=not-sure'\n"
        "  python -m decision_tree cost --result small-model --requests-per-day 50000\n"
        "  python -m decision_tree paths\n  python -m decision_tree export --format svg -o tree.svg\n"
        "Exit status: 0 on success, 2 on bad input or output that cannot be written, 130 on Ctrl-C.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__} (tree version {TREE.version})")
    parser.add_argument("--lang", choices=LANGUAGES, default=None,
                        help=f"language of every text printed (default: ${LANGUAGE_VARIABLE}, else {LANGUAGES[0]}); ids stay the same")
    parser.add_argument("--site-url", default=None,
                        help=f"address of the published guide, for absolute links (default: ${SITE_URL_VARIABLE}, else relative links)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser("ask", help="answer the questions one at a time in the terminal (the default)")
    decide_parser = commands.add_parser("decide", help="answer non-interactively and print the outcome",
                                        description="Print the outcome for QUESTION=ANSWER pairs; "
                                        "'python -m decision_tree paths' lists every valid set.")
    decide_parser.add_argument("answers", nargs="*", metavar="QUESTION=ANSWER",
                               help="one answer per question on the path; several needs, or a checklist's answers, joined by '.'")
    decide_parser.add_argument("--link", metavar="URL",
                               help="a permalink (or its fragment): its result on the tree version that made it, "
                               "and what the current tree says for the same answers")
    decide_parser.add_argument("--format", choices=("text", "markdown", "madr", "json"), default="text",
                               help="text for reading (default), markdown for a design document, madr for an architecture "
                               "decision record (with --link: the link's own decision), json for programs")
    decide_parser.add_argument("--date", type=iso_date, default=None, metavar="YYYY-MM-DD",
                               help="the date the markdown and madr formats record (default: today)")
    add_cost_options(decide_parser)
    add_cost_command(commands)
    commands.add_parser("paths", help="list every path of each need named alone, as result and QUESTION=ANSWER pairs")
    export_parser = commands.add_parser("export", help="write the whole tree as JSON, DOT or SVG")
    export_parser.add_argument("--format", choices=("json", "dot", "svg"), required=True)
    export_parser.add_argument("-o", "--output", metavar="FILE", type=_output_file, default=STDOUT,
                               help="write to FILE instead of standard output ('-', the default)")
    return parser
