"""The guide's tree: one structure, a catalogue of texts per language, validated at import.

``TREE`` is the tree in English; ``tree(language)`` gives it in any language the guide is
written in, and ``ui(language)`` the interface texts the quiz and the reports use.
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from types import MappingProxyType
from typing import Any, Mapping

from ..catalogue import localise, same_shape
from ..errors import TreeError
from ..model import DEFAULT_LANGUAGE, Change, Tree
from ..validate import validated
from .conclusions import CONCLUSIONS
from .sources import SOURCES
from .structure import COMPOSITIONS, OUTCOMES, QUESTIONS, START

LANGUAGES: tuple[str, ...] = (DEFAULT_LANGUAGE, "zh")  # the first is the reference every other must match
VERSION = 3

STRUCTURE = Tree(
    version=VERSION,
    start=START,
    questions=QUESTIONS,
    outcomes=OUTCOMES,
    sources=SOURCES,
    conclusions=CONCLUSIONS,
    history=(Change(version=1), Change(version=2), Change(version=3)),
    compositions=COMPOSITIONS,
)


@cache
def catalogue(language: str) -> Mapping[str, Any]:
    """The parsed catalogue of a language, checked against the reference language's."""
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r} (must be one of {list(LANGUAGES)})")
    try:
        parsed = tomllib.loads(catalogue_text(language))
    except tomllib.TOMLDecodeError as error:
        raise TreeError(f"catalogue {language!r} (decision_tree/content/texts/{language}.toml) is not valid TOML: {error}") from error
    if language != LANGUAGES[0]:
        same_shape(catalogue(LANGUAGES[0]), parsed, languages=(LANGUAGES[0], language))
    return MappingProxyType(parsed)


def catalogue_text(language: str) -> str:
    """The text of a language's catalogue file."""
    return resources.files(__package__).joinpath("texts", f"{language}.toml").read_text(encoding="utf-8")


def tree(language: str = LANGUAGES[0]) -> Tree:
    """The validated tree with the texts of one language: one object per language, whichever way
    it is asked for (the analyses worked out for a tree are kept by tree)."""
    return _tree(language)


@cache
def _tree(language: str) -> Tree:
    return validated(localise(STRUCTURE, catalogue(language), language=language))


def ui(language: str = LANGUAGES[0]) -> Mapping[str, str]:
    """The interface texts (templates with {name} placeholders) of one language."""
    return catalogue(language)["ui"]


TREE: Tree = tree()
for _language in LANGUAGES[1:]:
    tree(_language)  # every language validates at import, so none can ship broken
