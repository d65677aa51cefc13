"""The command line's cost figures: an option for each field of the cost model (on ``cost`` and
on ``decide``, whose Markdown and decision record carry the estimate), and the ``cost`` command,
which prices a result, the result some answers reach, or every design. An adapter only: the
figures are read by decision_tree/cost/data.py and priced by decision_tree/cost/compare.py.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any, Mapping

from .analysis import CORE_RIVALS
from .compose import PART_SEPARATOR, compose
from .content import ui
from .cost.compare import Comparison, compare
from .cost.data import CostInputError, cost_data, cost_fields
from .engine import decide
from .errors import DecisionTreeError
from .model import Tree
from .render.cost import cost_json, cost_markdown, cost_text, priced
from .render.describe import title_and_headline
from .render.report import analysed


class CostUsageError(DecisionTreeError):
    """Raised for a cost figure or a result id that does not fit: reported with exit status 2."""


def add_cost_options(parser: argparse.ArgumentParser) -> None:
    """One option per field of the cost model, named by its id, described as the form labels it."""
    group = parser.add_argument_group("cost figures", "the estimate's inputs; each defaults to the guide's dated example")
    labels = ui("en")
    for field in cost_fields():
        group.add_argument(f"--{field.id}", metavar="NUMBER", default=None, dest=_dest(field.id),
                           help=f"{labels[f'cost-field-{field.id}']} (example: {field.default:g}; {field.expected()})".replace("%", "%%"))


def add_cost_command(commands: Any) -> None:
    """The ``cost`` command: answers or a result id, an output format, and the figures."""
    parser = commands.add_parser("cost", help="estimate the monthly cost of a result and its rivals, or of every design",
                                 description="Price the result of QUESTION=ANSWER pairs, or of --result, beside its rivals; "
                                 "with neither, every design. The figures default to the guide's dated examples.")
    parser.add_argument("answers", nargs="*", metavar="QUESTION=ANSWER", help="the answers of a decision, as for decide")
    parser.add_argument("--result", metavar="ID", help="a result's id: its outcome ids joined by '+', e.g. rag+tool-calls")
    parser.add_argument("--format", choices=("text", "markdown", "json"), default="text",
                        help="text with the formula behind each figure (default), markdown as the design-doc summary has it, json")
    add_cost_options(parser)


def cost_figures(args: argparse.Namespace) -> dict[str, float] | None:
    """The figures for ``decide``: those given, for the formats that carry the estimate (markdown,
    madr); refused for the others, rather than dropped."""
    if args.format in ("markdown", "madr"):
        return cost_values(args)
    if given_cost_option(args):
        raise CostUsageError(f"{given_cost_option(args)}: the cost figures go into --format markdown or madr "
                             f"(or use the cost command), not --format {args.format}")
    return None


def cost_values(args: argparse.Namespace) -> dict[str, float]:
    """Every field's value: the options given, read by their fields, over the examples."""
    data = cost_data()
    given = {f.id: getattr(args, _dest(f.id)) for f in data.fields if getattr(args, _dest(f.id), None) is not None}
    try:
        return data.read(given)
    except CostInputError as error:
        raise CostUsageError(f"--{error}") from None


def given_cost_option(args: argparse.Namespace) -> str | None:
    """The first cost option given on the command line, if any (``--requests-per-day``)."""
    return next((f"--{f.id}" for f in cost_fields() if getattr(args, _dest(f.id), None) is not None), None)


def run_cost(args: argparse.Namespace, tree: Tree, answers: Mapping[str, str] | None) -> int:
    """Print the estimate of a result (--result), of the result the answers reach, or of every design."""
    values = cost_values(args)
    if args.result and answers:
        raise CostUsageError(f"give either --result or QUESTION=ANSWER arguments, not both (got {args.result!r})")
    title = ""
    if answers:
        decision = decide(tree, answers)
        title = title_and_headline(decision.result, ui(tree.language))[0]
        comparison = priced(tree, decision, analysed(tree, decision, ui(tree.language)), values)
    elif args.result:
        comparison, title = _priced_result(tree, args.result, values)
    else:
        comparison = compare(cost_data(), values)
    if comparison is None:
        raise CostUsageError(f"the cost estimate prices the outcomes of the guide's current tree, not those of tree version {tree.version}")
    texts = ui(tree.language)
    if args.format == "json":
        sys.stdout.write(json.dumps(cost_json(comparison, title, tree, texts), ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write((cost_markdown if args.format == "markdown" else cost_text)(comparison, title, tree, texts))
    return 0


def _priced_result(tree: Tree, result_id: str, values: Mapping[str, float]) -> tuple[Comparison, str]:
    """A result named by its id (its parts' outcome ids joined by '+') beside the guide's core options."""
    ids = result_id.split(PART_SEPARATOR)
    unknown = [i for i in ids if tree.outcome(i) is None]
    if unknown or len(set(ids)) != len(ids):
        raise CostUsageError(f"--result: expected outcome ids joined by '{PART_SEPARATOR}', each once, e.g. rag+tool-calls "
                             f"(got {result_id!r}; outcomes: {', '.join(o.id for o in tree.outcomes)})")
    result = compose(tree, [(None, tree.outcome(i), ()) for i in ids])  # type: ignore[misc]
    chosen = {result.verdict, *(p.outcome.verdict for p in result.parts)}
    rivals = [v for v in CORE_RIVALS if v not in chosen]
    return compare(cost_data(), values, ids, rivals), title_and_headline(result, ui(tree.language))[0]


def _dest(field_id: str) -> str:
    return "cost_" + field_id.replace("-", "_")
