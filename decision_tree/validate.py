"""Validation of a tree, run once before anything renders.

Every rule raises :class:`~decision_tree.errors.TreeError` naming the node, what was
expected and what was found. ``validated`` returns the tree it was given, so content can
be written as ``TREE = validated(Tree(...))`` and no consumer ever sees an invalid tree.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Iterator
from urllib.parse import urlsplit

from .errors import TreeError
from .model import CHECKLIST, CHOICE, VERDICT_IDS, Option, Question, Tree

# Ids appear in URLs people cite: lowercase letters and digits, joined by single hyphens.
SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
# Permalink keys that are not question ids (see decision_tree.permalink).
RESERVED = frozenset({"v"})


# Validation entry point -------------------------------------------------------


def validated(tree: Tree) -> Tree:
    """Check every rule and return the tree unchanged, or raise TreeError."""
    for rule in RULES:
        rule(tree)
    return tree


# Rules ------------------------------------------------------------------------


def _check_version(tree: Tree) -> None:
    # A version below 1 cannot be bumped meaningfully nor compared in permalinks.
    if isinstance(tree.version, bool) or not isinstance(tree.version, int) or tree.version < 1:
        raise TreeError(f"tree version must be an integer of at least 1 (got {tree.version!r})")
    versions = [change.version for change in tree.history]
    if versions and (versions != sorted(set(versions)) or versions[-1] != tree.version):
        raise TreeError(
            f"history must list versions in increasing order, ending at the tree version {tree.version} (got {versions})"
        )


def _check_ids(tree: Tree) -> None:
    # Shape first: an id that is not a string (a list, say) cannot even be counted.
    for value, kind, node in _all_ids(tree):
        if not isinstance(value, str) or not SLUG.fullmatch(value):
            raise TreeError(
                f"{kind} id {value!r} is not a lowercase URL-safe slug (expected a-z, 0-9 and single hyphens)",
                node=node,
            )
    # Node ids share one namespace: options point at them without saying which kind.
    nodes = [n.id for n in (*tree.questions, *tree.outcomes)]
    others = (("source", [s.id for s in tree.sources]), ("conclusion", [c.id for c in tree.conclusions]))
    for kind, ids in (("node", nodes), *others):
        duplicates = sorted(i for i, n in Counter(ids).items() if n > 1)
        if duplicates:
            raise TreeError(f"duplicate {kind} id {duplicates[0]!r} (ids must be unique)", node=duplicates[0])
    for question in tree.questions:
        options = Counter(o.id for o in question.options)
        repeated = sorted(i for i, n in options.items() if n > 1)
        if repeated:
            raise TreeError(f"duplicate option id {repeated[0]!r}", node=question.id)
        if question.id in RESERVED:
            raise TreeError(f"question id {question.id!r} is reserved for the permalink format (reserved: {sorted(RESERVED)})", node=question.id)


def _check_texts(tree: Tree) -> None:
    for node, field, value in _all_texts(tree):
        if not isinstance(value, str) or not value.strip():
            raise TreeError(f"{field} must be non-empty text (got {value!r})", node=node)


def _check_questions(tree: Tree) -> None:
    for question in tree.questions:
        if question.kind not in (CHOICE, CHECKLIST):
            raise TreeError(f"'kind' must be one of {[CHOICE, CHECKLIST]} (got {question.kind!r})", node=question.id)
        if len(question.options) < 2:
            raise TreeError(f"a question needs at least 2 options (got {len(question.options)})", node=question.id)
        exclusive = [o.id for o in question.options if o.exclusive]
        if len(exclusive) > 1:
            raise TreeError(f"a checklist may have at most one exclusive option (got {exclusive})", node=question.id)


def _check_options(tree: Tree) -> None:
    # What an option may carry depends on its question's kind and on whether it admits not knowing.
    for question in tree.questions:
        for option in question.options:
            problem = _option_problem(question, option)
            if problem:
                raise TreeError(f"option {option.id!r}: {problem}", node=question.id)


def _check_outcomes(tree: Tree) -> None:
    known_sources = sorted(s.id for s in tree.sources)
    known_conclusions = sorted(c.id for c in tree.conclusions)
    for outcome in tree.outcomes:
        if not isinstance(outcome.verdict, str) or outcome.verdict not in VERDICT_IDS:
            raise TreeError(f"'verdict' must be one of {sorted(VERDICT_IDS)} (got {outcome.verdict!r})", node=outcome.id)
        for checklist in outcome.checklists:
            target = tree.question(checklist)
            if target is None or not target.is_checklist:
                checklists = sorted(q.id for q in tree.questions if q.is_checklist)
                raise TreeError(f"asks unknown checklist {checklist!r} (must be one of {checklists})", node=outcome.id)
        if not outcome.conclusions:
            raise TreeError("an outcome must cite at least one documented conclusion id (got none)", node=outcome.id)
        if not outcome.reasons:
            raise TreeError("an outcome must give at least one reason (got none)", node=outcome.id)
        for conclusion in outcome.conclusions:
            if conclusion not in known_conclusions:
                raise TreeError(
                    f"cites unknown conclusion {conclusion!r} (must be one of the registered conclusions {known_conclusions})",
                    node=outcome.id,
                )
        for source in outcome.sources:
            if source not in known_sources:
                raise TreeError(f"unknown source {source!r} (must be one of {known_sources})", node=outcome.id)


def _check_history_versions(tree: Tree) -> None:
    # Every entry names a real version: _check_version only compares them with each other.
    for index, change in enumerate(tree.history):
        if isinstance(change.version, bool) or not isinstance(change.version, int) or change.version < 1:
            raise TreeError(f"history[{index}]: version must be an integer of at least 1 (got {change.version!r})")


def _check_history_summaries(tree: Tree) -> None:
    # Readers see "Version N: <summary>" when a permalink is from an older tree.
    for index, change in enumerate(tree.history):
        if not isinstance(change.summary, str) or not change.summary.strip():
            raise TreeError(f"history[{index}] (version {change.version!r}): summary must be non-empty text (got {change.summary!r})")


def _check_repeated_citations(tree: Tree) -> None:
    # A conclusion or source cited twice would be listed twice under the result.
    for outcome in tree.outcomes:
        for field in ("conclusions", "sources"):
            repeated = sorted(i for i, n in Counter(getattr(outcome, field)).items() if n > 1)
            if repeated:
                raise TreeError(f"{field} must cite each id once (got {repeated[0]!r} more than once)", node=outcome.id)


def _check_source_urls(tree: Tree) -> None:
    # Sources become links in the quiz and in design documents: only web addresses.
    for source in tree.sources:
        parts = urlsplit(source.url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise TreeError(f"url must be an absolute http:// or https:// address (got {source.url!r})", node=source.id)


def _check_conclusion_pages(tree: Tree) -> None:
    # A page is a Markdown file under docs/, written as MkDocs names it: relative, with '/'.
    for conclusion in tree.conclusions:
        parts = conclusion.page.split("/")
        if not conclusion.page.endswith(".md") or "\\" in conclusion.page or any(p in ("", ".", "..") for p in parts):
            raise TreeError(
                f"page must be a Markdown file inside docs/, relative to it, e.g. 'conclusions/cost.md' (got {conclusion.page!r})",
                node=conclusion.id,
            )


def _check_links(tree: Tree) -> None:
    nodes = sorted(n.id for n in (*tree.questions, *tree.outcomes))
    if tree.question(tree.start) is None:
        raise TreeError(f"start must name a question (got {tree.start!r}; questions are {sorted(q.id for q in tree.questions)})")
    if tree.question(tree.start).is_checklist:  # type: ignore[union-attr]
        raise TreeError(f"start must name a choice question, not the checklist {tree.start!r}")
    for question in tree.questions:
        for option in question.options:
            if question.is_checklist:
                continue
            target = tree.question(option.next)
            if target is not None and target.is_checklist:
                raise TreeError(f"option {option.id!r} leads to the checklist {option.next!r}; checklists are asked by outcomes", node=question.id)
            if option.next not in nodes:
                raise TreeError(
                    f"option {option.id!r} leads to unknown node {option.next!r} (must be one of {nodes})",
                    node=question.id,
                )


def _check_graph(tree: Tree) -> None:
    cycle = _find_cycle(tree)
    if cycle:
        raise TreeError(f"nodes are in a cycle: {' -> '.join(cycle)}", node=cycle[0])
    reached = _reachable(tree)
    for node in (*tree.questions, *tree.outcomes):
        if node.id not in reached:
            raise TreeError(f"unreachable from the start question {tree.start!r}", node=node.id)


# Every rule, in order: shapes before references, references before the graph.
RULES = (
    _check_history_versions, _check_version, _check_history_summaries, _check_ids, _check_questions, _check_options,
    _check_texts, _check_outcomes, _check_repeated_citations, _check_source_urls, _check_conclusion_pages,
    _check_links, _check_graph,
)


# Helper functions ---------------------------------------------------------------


def _all_ids(tree: Tree) -> Iterator[tuple[object, str, str | None]]:
    """Every id in the tree: (the id, what kind of id, the node to blame)."""
    for question in tree.questions:
        yield question.id, "question", None
        for option in question.options:
            yield option.id, "option", question.id
    for outcome in tree.outcomes:
        yield outcome.id, "outcome", None
    for source in tree.sources:
        yield source.id, "source", None
    for conclusion in tree.conclusions:
        yield conclusion.id, "conclusion", None


def _all_texts(tree: Tree) -> Iterator[tuple[str | None, str, object]]:
    """Every reader-facing text field, with its node."""
    yield None, "title", tree.title
    for question in tree.questions:
        yield question.id, "title", question.title
        yield question.id, "text", question.text
        yield question.id, "why", question.why
        for option in question.options:
            yield question.id, f"label of option {option.id!r}", option.label
            yield question.id, f"rationale of option {option.id!r}", option.rationale
            if option.unsure:
                yield question.id, f"experiment of option {option.id!r}", option.experiment
            if question.is_checklist and not option.exclusive:
                yield question.id, f"next_step of option {option.id!r}", option.next_step
    for outcome in tree.outcomes:
        yield outcome.id, "title", outcome.title
        yield outcome.id, "headline", outcome.headline
        for field in ("reasons", "caveats", "next_steps"):
            for index, text in enumerate(getattr(outcome, field)):
                yield outcome.id, f"{field}[{index}]", text
    for source in tree.sources:
        for field in ("citation", "title", "url"):
            yield source.id, field, getattr(source, field)
    for conclusion in tree.conclusions:
        for field in ("title", "page"):
            yield conclusion.id, field, getattr(conclusion, field)
    for verdict in dict.fromkeys(o.verdict for o in tree.outcomes if isinstance(o.verdict, str)):
        if verdict in VERDICT_IDS:
            yield None, f"label of verdict {verdict!r}", tree.verdicts.get(verdict)


def _successors(tree: Tree, node_id: str) -> tuple[str, ...]:
    """Where a node leads: a choice question to its answers' nodes, an outcome to its checklists."""
    question = tree.question(node_id)
    if question is not None:
        return () if question.is_checklist else tuple(o.next for o in question.options)
    outcome = tree.outcome(node_id)
    return outcome.checklists if outcome is not None else ()


def _option_problem(question: Question, option: Option) -> str | None:
    """What is wrong with an option in its question, or None."""
    if question.is_checklist:
        if option.next or option.unsure or option.assumes:
            return "a checklist answer leads nowhere and is never unsure (remove next, unsure, assumes)"
        return None
    if option.next_step or option.exclusive:
        return "next_step and exclusive belong to checklist answers only"
    if not option.unsure and (option.assumes or option.experiment):
        return "only an unsure answer may name an experiment or the answer it assumes"
    if option.assumes:
        assumed = question.option(option.assumes)
        if assumed is None or assumed.unsure:
            sure = [o.id for o in question.options if not o.unsure]
            return f"assumes {option.assumes!r}, which must be one of its question's sure answers {sure}"
    return None


def _find_cycle(tree: Tree) -> list[str] | None:
    """The first cycle found by depth-first search from every question, or None.

    Iterative, so a long chain of questions cannot exhaust Python's recursion limit.
    """
    finished: set[str] = set()
    for first in tree.questions:
        if first.id in finished:
            continue
        path, on_path = [first.id], {first.id}
        pending: list[Iterator[str]] = [iter(_successors(tree, first.id))]  # successors left to visit, per step
        while pending:
            succ = next(pending[-1], None)
            if succ is None:
                finished.add(path[-1])
                on_path.remove(path.pop())
                pending.pop()
            elif succ in on_path:
                return path[path.index(succ):] + [succ]
            elif succ not in finished:
                path.append(succ)
                on_path.add(succ)
                pending.append(iter(_successors(tree, succ)))
    return None


def _reachable(tree: Tree) -> set[str]:
    seen, stack = set(), [tree.start]
    while stack:
        node = stack.pop()
        if node not in seen:
            seen.add(node)
            stack.extend(_successors(tree, node))
    return seen
