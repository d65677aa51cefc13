"""Texts per language: a catalogue must cover the tree exactly, and two catalogues must match."""

from __future__ import annotations

import copy
import re
from typing import Any, Iterator, Mapping

import pytest

from decision_tree import LANGUAGES, TreeError, tree
from decision_tree.catalogue import localise, same_shape
from decision_tree import content
from decision_tree.content import LANGUAGES, STRUCTURE, catalogue, catalogue_text, tree, ui


def english() -> dict:
    return copy.deepcopy({k: (dict(v) if hasattr(v, "keys") else v) for k, v in catalogue("en").items()})


def test_every_language_fills_every_text_of_the_tree() -> None:
    for language in LANGUAGES:
        tree = localise(STRUCTURE, catalogue(language), language=language)
        assert tree.language == language and all(q.text and q.why for q in tree.questions)


def test_a_missing_text_names_the_catalogue_and_the_key() -> None:
    texts = english()
    del texts["questions"]["needs"]["options"]["voice"]["rationale"]
    with pytest.raises(TreeError, match="catalogue 'en' has no text for 'questions.needs.options.voice.rationale'"):
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


def test_a_catalogue_is_checked_against_the_reference_as_it_loads(monkeypatch) -> None:
    """Not only when same_shape is called by hand: content.catalogue() calls it for every language."""
    chinese = catalogue_text("zh")
    items = chinese.index("caveats = [\n", chinese.index("[outcomes.rag]\n")) + len("caveats = [\n")
    shorter = chinese[:items] + chinese[chinese.index("\n", items) + 1:]  # the first caveat left out
    monkeypatch.setattr(content, "catalogue_text", lambda language: shorter)
    with pytest.raises(TreeError, match=r"catalogue 'zh': 'outcomes.rag.caveats' has \d+ items, catalogue 'en' has \d+"):
        content.catalogue.__wrapped__("zh")
    other = chinese.replace("[ui]\n", '[ui]\nmd-extra = "多出来的"\n', 1)
    monkeypatch.setattr(content, "catalogue_text", lambda language: other)
    with pytest.raises(TreeError, match="catalogue 'zh' has a text for 'ui.md-extra', which catalogue 'en' lacks"):
        content.catalogue.__wrapped__("zh")


def test_a_catalogue_that_is_not_toml_is_named(monkeypatch) -> None:
    monkeypatch.setattr(content, "catalogue_text", lambda language: 'title = "unclosed')
    with pytest.raises(TreeError, match=r"catalogue 'zh' \(decision_tree/content/texts/zh.toml\) is not valid TOML: "):
        content.catalogue.__wrapped__("zh")


def test_two_catalogues_must_have_the_same_keys_and_list_lengths() -> None:
    other = english()
    other["outcomes"]["rag"]["reasons"] = other["outcomes"]["rag"]["reasons"][:1]
    with pytest.raises(TreeError, match="catalogue 'xx': 'outcomes.rag.reasons' has 1 items, catalogue 'en' has 3"):
        same_shape(english(), other, languages=("en", "xx"))
    other = english()
    del other["ui"]["change"]
    with pytest.raises(TreeError, match="catalogue 'xx' has no text for 'ui.change'"):
        same_shape(english(), other, languages=("en", "xx"))
    other = english()
    other["ui"]["extra"] = "More."
    with pytest.raises(TreeError, match="catalogue 'xx' has a text for 'ui.extra', which catalogue 'en' lacks"):
        same_shape(english(), other, languages=("en", "xx"))


def test_two_catalogues_must_name_the_same_placeholders() -> None:
    for name, template, found in (("md-title", "### 决策：{result}", "['result']"), ("progress", "第几题", "[]")):
        other = english()
        other["ui"][name] = template
        expected = sorted(PLACEHOLDER.findall(catalogue("en")["ui"][name]))
        with pytest.raises(TreeError, match=re.escape(f"catalogue 'zh': 'ui.{name}' names the placeholders {found}, where catalogue 'en' names {expected}")):
            same_shape(english(), other, languages=("en", "zh"))


@pytest.mark.parametrize("template, problem", [
    ("### 决策：{outcome", "has a brace outside a plain {name} placeholder"),
    ("{outcome!r}", "has a brace outside a plain {name} placeholder"),
    ("决策\x00{outcome}", "holds U+0000 (a control character) at position 2"),
    ("\u202e{outcome}", "holds U+202E (a bidi control) at position 0"),
])
def test_an_interface_text_that_would_not_fill_alike_is_refused(template: str, problem: str) -> None:
    texts = english()
    texts["ui"]["md-title"] = template
    with pytest.raises(TreeError, match=re.escape(f"catalogue 'en': 'ui.md-title' {problem}")):
        localise(STRUCTURE, texts, language="en")


# The Chinese catalogue ----------------------------------------------------------------------
# Rules: a text with words in it is written in Chinese (English terms, names and citations
# appear inside Chinese sentences, never as a whole text); only templates made of placeholders,
# Markdown and punctuation may be the same as in English. Placeholders and Markdown markers are
# those of the English text, punctuation in Chinese sentences is full-width, and Latin words and
# numbers are set off from Chinese characters by a space.

PLACEHOLDER = re.compile(r"\{(\w+)\}")  # the syntax the quiz script fills (guide.js) and str.format reads
CJK = re.compile(r"[\u3400-\u9fff]")
WORD = re.compile(r"[A-Za-z\u3400-\u9fff]")
HALF_WIDTH_BESIDE_CJK = re.compile(r"[\u3400-\u9fff][,.;:?!()]|[,;:?!()][\u3400-\u9fff]")
UNSPACED_LATIN = re.compile(r"[\u3400-\u9fff][A-Za-z0-9%]|[A-Za-z0-9%][\u3400-\u9fff]")
MARKDOWN_MARKER = re.compile(r"^#+ |^- |^\{\w+\}\. |\*\*|\*|\[|\]\([^)\s]*\)|<|>| {2}$")
TITLE_MOST_CHARACTERS = 12  # a question's title is its short form in the diagram
# Words that are the same in every language: a file name, the MADR front matter (the format's
# own keys and status), the BibTeX key, the names of citation formats, and the acronym RAG as
# a verdict's short name (as the Chinese outcome titles write it).
SAME_IN_EVERY_LANGUAGE = frozenset(
    f"ui.{name}" for name in ("madr-file", "madr-front-matter", "cite-key", "cite-apa-label", "cite-bibtex-label", "verdict-short-rag",
                              # the products whose prices the cost estimate takes as examples, by their names
                              "cost-source-gpt-4-1", "cost-source-gpt-4-1-mini", "cost-source-text-embedding-3-small")
)
BIBTEX_KEY = re.compile(r"[A-Za-z0-9-]+")


def texts_of(table: Mapping[str, Any], prefix: str = "") -> Iterator[tuple[str, str]]:
    """Every text of a catalogue with its key; a list's items as key[index]."""
    for key, value in table.items():
        path = f"{prefix}{key}"
        if isinstance(value, Mapping):
            yield from texts_of(value, path + ".")
        elif isinstance(value, list):
            yield from ((f"{path}[{n}]", item) for n, item in enumerate(value))
        else:
            yield path, value


def has_words(text: str) -> bool:
    return bool(WORD.search(PLACEHOLDER.sub("", text)))


def test_the_chinese_tree_is_the_same_tree_in_other_words() -> None:
    en, zh = tree("en"), tree("zh")
    assert [(q.id, [(o.id, o.next) for o in q.options]) for q in zh.questions] == [
        (q.id, [(o.id, o.next) for o in q.options]) for q in en.questions
    ]
    assert [(o.id, o.verdict, o.conclusions) for o in zh.outcomes] == [(o.id, o.verdict, o.conclusions) for o in en.outcomes]
    assert zh.title == "微调、RAG 还是提示工程？" and zh.verdicts["rag"] == "检索增强生成（RAG）"


def test_every_chinese_text_with_words_is_written_in_chinese() -> None:
    untranslated = [
        (key, text) for key, text in texts_of(catalogue("zh")) if has_words(text) and not CJK.search(text) and key not in SAME_IN_EVERY_LANGUAGE
    ]
    assert untranslated == []


def test_only_templates_without_words_are_the_same_in_both_languages() -> None:
    english = dict(texts_of(catalogue("en")))
    copied = [key for key, text in texts_of(catalogue("zh")) if text == english[key] and has_words(text) and key not in SAME_IN_EVERY_LANGUAGE]
    assert copied == []


def test_file_names_format_words_and_the_citation_key_are_the_same_in_every_language() -> None:
    english, chinese = dict(texts_of(catalogue("en"))), dict(texts_of(catalogue("zh")))
    assert {key: chinese[key] for key in SAME_IN_EVERY_LANGUAGE} == {key: english[key] for key in SAME_IN_EVERY_LANGUAGE}
    assert BIBTEX_KEY.fullmatch(chinese["ui.cite-key"])


def test_every_interface_template_fills_with_its_placeholders() -> None:
    for language in LANGUAGES:
        for name, template in ui(language).items():
            filled = template.format(**{key: "x" for key in PLACEHOLDER.findall(template)})  # a stray brace raises
            assert "{" not in filled, f"{language} ui.{name}: {template!r}"


def test_markdown_templates_keep_the_markers_of_the_english() -> None:
    english = ui("en")
    for name, template in ui("zh").items():
        if name.startswith(("md-", "madr-")):
            expected = MARKDOWN_MARKER.findall(english[name])
            assert MARKDOWN_MARKER.findall(template) == expected, f"ui.{name}: {template!r} should keep {expected}"


def test_chinese_sentences_use_full_width_punctuation_and_space_latin_words() -> None:
    for key, text in texts_of(catalogue("zh")):
        assert not HALF_WIDTH_BESIDE_CJK.search(text), f"zh {key!r}: half-width punctuation in {text!r}"
        assert not UNSPACED_LATIN.search(text), f"zh {key!r}: no space between Chinese and Latin in {text!r}"


def test_chinese_question_titles_are_short() -> None:
    long = [(q.id, q.title) for q in tree("zh").questions if len(CJK.findall(q.title)) > TITLE_MOST_CHARACTERS]
    assert long == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_current_version_s_history_counts_its_questions_and_outcomes(language: str) -> None:
    current = tree(language)
    summary = current.history[-1].summary
    words = {"en": (r"(\d+) questions", r"(\d+) outcomes"), "zh": (r"(\d+) 个问题", r"(\d+) 个结果")}[language]
    counts = [int(re.search(pattern, summary).group(1)) for pattern in words]
    assert counts == [len(current.questions), len(current.outcomes)], summary
