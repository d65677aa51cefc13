"""Texts per language: a catalogue must cover the tree exactly, and two catalogues must match."""

from __future__ import annotations

import copy

import pytest

from decision_tree import TreeError
from decision_tree.catalogue import localise, same_shape
from decision_tree.content import LANGUAGES, STRUCTURE, catalogue


def english() -> dict:
    return copy.deepcopy({k: (dict(v) if hasattr(v, "keys") else v) for k, v in catalogue("en").items()})


def test_every_language_fills_every_text_of_the_tree() -> None:
    for language in LANGUAGES:
        tree = localise(STRUCTURE, catalogue(language), language=language)
        assert tree.language == language and all(q.text and q.why for q in tree.questions)


def test_a_missing_text_names_the_catalogue_and_the_key() -> None:
    texts = english()
    del texts["questions"]["problem"]["options"]["style"]["rationale"]
    with pytest.raises(TreeError, match="catalogue 'en' has no text for 'questions.problem.options.style.rationale'"):
        localise(STRUCTURE, texts, language="en")


def test_a_text_for_something_the_tree_lacks_is_refused() -> None:
    texts = english()
    texts["outcomes"]["use-magic"] = {"title": "Magic"}
    with pytest.raises(TreeError, match="catalogue 'en' has a text for 'outcomes.use-magic.title', which the tree does not have"):
        localise(STRUCTURE, texts, language="en")


def test_an_empty_text_is_refused() -> None:
    texts = english()
    texts["outcomes"]["rag"]["caveats"] = ["Fine.", " "]
    with pytest.raises(TreeError, match="'outcomes.rag.caveats' must be a list of non-empty texts"):
        localise(STRUCTURE, texts, language="en")


def test_two_catalogues_must_have_the_same_keys_and_list_lengths() -> None:
    other = english()
    other["outcomes"]["rag"]["reasons"] = other["outcomes"]["rag"]["reasons"][:1]
    with pytest.raises(TreeError, match="catalogue 'xx': 'outcomes.rag.reasons' has 1 items, catalogue 'en' has 3"):
        same_shape(english(), other, languages=("en", "xx"))
    other = english()
    del other["ui"]["change"]
    with pytest.raises(TreeError, match="catalogue 'xx' has no text for 'ui.change'"):
        same_shape(english(), other, languages=("en", "xx"))
