"""The permalink format shared by the quiz and the command line.

A result's permalink is the quiz page's address with a fragment holding the tree version
and the answers in the order asked, e.g. ``#v=3&needs=knowledge.voice&knowledge-base=yes``
(several needs, or a checklist's answers, joined by ``.``). The quiz script reads and writes the same format
(docs/javascripts/guide/permalink.js), by the same grammar, written for readers on the
"Command line and data" page:

- The fragment is the part of the link after its first ``#`` (a link without ``#`` is a fragment).
  One longer than ``MAX_LENGTH`` characters is not read.
- Parts are separated by ``&`` (empty parts are skipped), each ``KEY=VALUE`` split at its first
  ``=``. Key and value are decoded: ``+`` is a space and ``%XX`` a byte, the bytes being UTF-8.
  A part without ``=``, with an empty key or value, or that does not decode cannot be read.
- A key may appear once; the first is kept. ``v`` is the tree version: ASCII digits without a
  leading zero, naming a published version. Every other key is a question id; its value is an
  option id, or the option ids of a checklist or of the first question's needs joined by ``.``
  (each once, in any order).
- The canonical fragment writes ``v`` first, then the answers in the order asked, a checklist's
  options in the checklist's order. The quiz rewrites a link it reads to it.
- Problems count in this order: the length, the version, then the parts in the link's order, then
  the answers the tree cannot follow. The command line stops at the first; the quiz names them all
  and opens what it can.

One table of cases (tests/link_grammar.toml) is read by the tests of both sides.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Collection, Mapping
from urllib.parse import unquote_to_bytes, urlencode

from .errors import AnswerError
from .model import DEFAULT_LANGUAGE, Tree

QUIZ_PAGE = "quiz/"  # the quiz's address relative to the site root
VERSION_KEY = "v"
MAX_LENGTH = 2000  # a real permalink is a few hundred characters; the quiz refuses longer ones too
VERSION_NUMBER = re.compile(r"[1-9][0-9]*")  # ASCII only: int() would also read '٢', '２' or '²' (and fail on some)
ESCAPE = re.compile(r"%[0-9A-Fa-f]{2}")
TOO_LONG, UNREADABLE, DUPLICATE = "too-long", "unreadable", "duplicate"


@dataclass(frozen=True, kw_only=True)
class Reading:
    """A fragment as the grammar reads it, before any tree does."""

    version: str | None  # as written, once decoded; None when the link has no 'v'
    answers: dict[str, str]  # the first value of each other key, in the link's order
    problems: tuple[tuple[str, str], ...]  # (kind, the part or key at fault), in the link's order


def fragment(tree: Tree, answers: Mapping[str, str]) -> str:
    """The fragment (without '#') for these answers.

    >>> from decision_tree import TREE
    >>> fragment(TREE, {"needs": "not-sure"})
    'v=3&needs=not-sure'
    """
    return urlencode({VERSION_KEY: tree.version, **answers}, safe=".")


def permalink(tree: Tree, answers: Mapping[str, str], site_url: str = "") -> str:
    """The full permalink, relative to the site root when no site URL is given; a tree in another
    language than the site's default links to the quiz of that language's edition."""
    return f"{site_address(tree, QUIZ_PAGE, site_url)}#{fragment(tree, answers)}"


def site_address(tree: Tree, path: str, site_url: str = "") -> str:
    """A page of the guide in the tree's language: absolute with a site URL, else from the site root.

    >>> from decision_tree import tree
    >>> site_address(tree("en"), "conclusions/cost/#x", "https://example.org/guide")
    'https://example.org/guide/conclusions/cost/#x'
    """
    edition = "" if tree.language == DEFAULT_LANGUAGE else f"{tree.language}/"
    base = site_url.rstrip("/") + "/" if site_url else ""
    return f"{base}{edition}{path}"


def read_fragment(text: str) -> Reading:
    """Read a fragment by the grammar; problems of form are collected, not raised.

    >>> read_fragment("v=2&problem=not-sure&&x&problem=style")
    Reading(version='2', answers={'problem': 'not-sure'}, problems=(('unreadable', 'x'), ('duplicate', 'problem')))
    """
    if len(text) > MAX_LENGTH:
        return Reading(version=None, answers={}, problems=((TOO_LONG, str(len(text))),))
    given: dict[str, str] = {}
    problems = []
    for part in filter(None, text.split("&")):
        raw_key, equals, raw_value = part.partition("=")
        key, value = decode(raw_key), decode(raw_value)
        if not equals or not key or not value:
            problems.append((UNREADABLE, part))
        elif key in given:
            problems.append((DUPLICATE, key))
        else:
            given[key] = value
    version = given.pop(VERSION_KEY, None)
    return Reading(version=version, answers=given, problems=tuple(problems))


def decode(text: str) -> str | None:
    """A key or value as written in a link: '+' is a space, '%XX' a byte of UTF-8; None when it
    does not decode (a '%' without two hex digits, or bytes that are not UTF-8), as in browsers.

    >>> decode("not+sure"), decode("caf%C3%A9"), decode("100%"), decode("%C3")
    ('not sure', 'café', None, None)
    """
    if "%" in ESCAPE.sub("", text):
        return None
    try:
        return unquote_to_bytes(text.replace("+", " ")).decode("utf-8")
    except UnicodeDecodeError:
        return None


def read_link(link: str, published: Collection[int] | None = None) -> tuple[int, dict[str, str]]:
    """The tree version and the answers a permalink (or just its fragment) holds, the version
    being one of ``published`` (None: any version number). Raises AnswerError naming the first
    problem, in the grammar's order.

    >>> read_link("https://example.org/guide/quiz/#v=1&information-source=not-sure", {1, 2})
    (1, {'information-source': 'not-sure'})
    """
    reading = read_fragment(link.partition("#")[2] if "#" in link else link)
    problems = list(reading.problems)
    if problems and problems[0][0] == TOO_LONG:
        raise AnswerError(f"the link's fragment is {problems[0][1]} characters long, too long to be a permalink (at most {MAX_LENGTH})")
    version = _version(reading.version, published)
    if problems:
        raise AnswerError(_PROBLEMS[problems[0][0]].format(problems[0][1]))
    return version, reading.answers


_PROBLEMS = {
    UNREADABLE: "cannot read {!r} in the link (expected QUESTION=ANSWER, with any %XX escapes of UTF-8 bytes)",
    DUPLICATE: "the link gives {!r} twice (a permalink gives each once)",
}


def _version(version: str | None, published: Collection[int] | None) -> int:
    """The link's version as a number, or AnswerError saying why it is not one of ``published``."""
    if version is None:
        raise AnswerError(f"the link does not say which tree version made it (no '{VERSION_KEY}=' part)")
    if not VERSION_NUMBER.fullmatch(version):
        raise AnswerError(f"the link's tree version {version!r} is not a version number (expected digits 0-9 without a leading zero, e.g. v=2)")
    if published is not None and int(version) not in published:
        raise AnswerError(f"the link was made with tree version {version}, which was never published (published: {sorted(published)})")
    return int(version)
