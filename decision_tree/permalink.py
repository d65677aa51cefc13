"""The permalink format shared by the quiz and the command line.

A result's permalink is the quiz page's address with a fragment holding the tree version
and the answers in the order asked, e.g. ``#v=1&information-source=request-input&prompt-result=yes``.
The quiz script reads and writes the same format; a browser test checks they agree.
"""

from __future__ import annotations

from typing import Mapping
from urllib.parse import urlencode

from .model import Tree

QUIZ_PAGE = "quiz/"  # the quiz's address relative to the site root


def fragment(tree: Tree, answers: Mapping[str, str]) -> str:
    """The fragment (without '#') for these answers.

    >>> from decision_tree import TREE
    >>> fragment(TREE, {"information-source": "not-sure"})
    'v=1&information-source=not-sure'
    """
    return urlencode({"v": tree.version, **answers})


def permalink(tree: Tree, answers: Mapping[str, str], site_url: str = "") -> str:
    """The full permalink, relative to the site root when no site URL is given."""
    base = site_url.rstrip("/") + "/" if site_url else ""
    return f"{base}{QUIZ_PAGE}#{fragment(tree, answers)}"
