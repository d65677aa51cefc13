"""Validation of a tree, run once before anything renders.

Every rule raises :class:`~decision_tree.errors.TreeError` naming the node, what was
expected and what was found. ``validated`` returns the tree it was given, so content can
be written as ``TREE = validated(Tree(...))`` and no consumer ever sees an invalid tree.
"""

from __future__ import annotations

import re
from collections import Counter
from urllib.parse import urlsplit

from .errors import TreeError
from .model import CHECKLIST, CHOICE, FORK, VERDICT_IDS, Tree
from .validate_composition import check_compositions
from .validate_evaluation import check_evaluations
from .validate_fields import all_ids, all_texts, option_problem, unsafe_character
from .validate_graph import check_graph, check_links

# Ids appear in URLs people cite: lowercase letters and digits, joined by single hyphens.
SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
# Permalink keys that are not question ids (see decision_tree.permalink).
RESERVED = frozenset({"v"})
# The characters a URL may hold as written (RFC 3986); any other is percent-encoded.
URL_CHARACTERS = re.compile(r"[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+")


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
    for value, kind, node in all_ids(tree):
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
    for node, field, value in all_texts(tree):
        if not isinstance(value, str) or not value.strip():
            raise TreeError(f"{field} must be non-empty text (got {value!r})", node=node)
        unsafe = unsafe_character(value)
        if unsafe:
            raise TreeError(f"{field} holds {unsafe}: texts may hold no control or bidi control characters (got {value!r})", node=node)


def _check_questions(tree: Tree) -> None:
    for question in tree.questions:
        if question.kind not in (CHOICE, CHECKLIST, FORK):
            raise TreeError(f"'kind' must be one of {[CHOICE, CHECKLIST, FORK]} (got {question.kind!r})", node=question.id)
        if len(question.options) < 2:
            raise TreeError(f"a question needs at least 2 options (got {len(question.options)})", node=question.id)
        exclusive = [o.id for o in question.options if o.exclusive]
        if len(exclusive) > 1:
            raise TreeError(f"a checklist or a fork may have at most one exclusive option (got {exclusive})", node=question.id)


def _check_options(tree: Tree) -> None:
    # What an option may carry depends on its question's kind and on whether it admits not knowing.
    for question in tree.questions:
        for option in question.options:
            problem = option_problem(question, option)
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
    # Sources become links in the quiz and in design documents: only web addresses, written as
    # URLs are (urlsplit alone would quietly drop a line break and keep a space).
    for source in tree.sources:
        if not _is_web_address(source.url):
            raise TreeError(
                f"url must be an absolute http:// or https:// address, with any space or other character "
                f"outside URLs percent-encoded (got {source.url!r})",
                node=source.id,
            )


def _is_web_address(url: str) -> bool:
    if not URL_CHARACTERS.fullmatch(url):
        return False
    try:
        parts = urlsplit(url)
        parts.port  # read for its check: a port that is not a number from 0 to 65535 raises
    except ValueError:  # that, or an unclosed IPv6 bracket
        return False
    return parts.scheme in ("http", "https") and bool(parts.hostname)


def _check_conclusion_pages(tree: Tree) -> None:
    # A page is a Markdown file under docs/, written as MkDocs names it: relative, with '/'.
    for conclusion in tree.conclusions:
        parts = conclusion.page.split("/")
        if not conclusion.page.endswith(".md") or "\\" in conclusion.page or any(p in ("", ".", "..") for p in parts):
            raise TreeError(
                f"page must be a Markdown file inside docs/, relative to it, e.g. 'conclusions/cost.md' (got {conclusion.page!r})",
                node=conclusion.id,
            )


# Every rule, in order: shapes before references, references before the graph.
RULES = (
    _check_history_versions, _check_version, _check_history_summaries, _check_ids, _check_questions, _check_options,
    _check_texts, _check_outcomes, _check_repeated_citations, _check_source_urls, _check_conclusion_pages,
    check_links, check_graph, check_compositions, check_evaluations,
)
