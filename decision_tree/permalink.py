"""The permalink format shared by the quiz and the command line.

A result's permalink is the quiz page's address with a fragment holding the tree version
and the answers in the order asked, e.g. ``#v=3&needs=knowledge.voice&knowledge-base=yes``
(several needs, or a checklist's answers, joined by ``.``). The quiz script reads and writes the same format;
browser tests check they agree.
"""

from __future__ import annotations

from typing import Mapping
from urllib.parse import unquote_plus, urlencode, urlsplit

from .errors import AnswerError
from .model import DEFAULT_LANGUAGE, Tree

QUIZ_PAGE = "quiz/"  # the quiz's address relative to the site root
VERSION_KEY = "v"
MAX_LENGTH = 2000  # a real permalink is a few hundred characters; the quiz refuses longer ones too


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


def read_link(link: str) -> tuple[int, dict[str, str]]:
    """The tree version and the answers a permalink (or just its fragment) holds.

    Raises AnswerError naming the part that cannot be read.

    >>> read_link("https://example.org/guide/quiz/#v=1&information-source=not-sure")
    (1, {'information-source': 'not-sure'})
    """
    if len(link) > MAX_LENGTH:
        raise AnswerError(f"the link is {len(link)} characters long, too long to be a permalink (at most {MAX_LENGTH})")
    text = urlsplit(link).fragment if "#" in link else link
    answers: dict[str, str] = {}
    for part in filter(None, text.split("&")):
        key, equals, value = part.partition("=")
        key, value = unquote_plus(key), unquote_plus(value)
        if not equals or not key or not value:
            raise AnswerError(f"cannot read {part!r} in the link (expected QUESTION=ANSWER)")
        if key in answers:
            raise AnswerError(f"the link gives {key!r} twice ({answers[key]!r} and {value!r})")
        answers[key] = value
    version = answers.pop(VERSION_KEY, None)
    if version is None:
        raise AnswerError(f"the link does not say which tree version made it (no '{VERSION_KEY}=' part)")
    if not version.isdigit() or version.startswith("0"):
        raise AnswerError(f"the link's tree version {version!r} is not a version number")
    return int(version), answers
