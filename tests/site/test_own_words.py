"""The pages are in the guide's own words: retired translations stay out, studies are quoted, not
copied, and no run of the Chinese source article stands outside quotation marks.

The check itself is ``scripts/check_own_words.py``, which reviewers run over any pages; these tests
run it over the Markdown sources and prove that it catches what it is meant to catch.
"""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

from ..conftest import ROOT

SCRIPT = ROOT / "scripts" / "check_own_words.py"


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("check_own_words", SCRIPT)
    assert spec and spec.loader, f"cannot load {SCRIPT}"
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    return module


own_words = _load()


def findings_in(path: Path) -> list:
    return own_words.check_file(path, path.name)


def test_no_page_brings_back_a_retired_translation_or_copies_a_study() -> None:
    pages = own_words.pages_under([ROOT / "docs"])
    assert len(pages) >= 15, f"expected the guide's pages under docs/, found {len(pages)}"
    findings = [f for page in pages for f in own_words.check_file(page, page.relative_to(ROOT).as_posix())]
    assert not findings, "passages not in the guide's own words:\n" + "\n".join(map(str, findings))


def test_every_retired_phrase_is_caught_on_its_line_across_line_breaks_and_case(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    for passage, phrases in own_words.RETIRED.items():
        for phrase in phrases:
            words = phrase.split()
            page.write_text(f"# Title\n\nAs said before, {' '.join(words[:3]).upper()}\n{' '.join(words[3:])} again.\n")
            found = findings_in(page)
            assert any(f.line == 3 and f"retired wording of {passage}:" in f.message for f in found), (passage, phrase, found)


def test_a_retired_phrase_is_caught_in_built_html_too(tmp_path: Path) -> None:
    page = tmp_path / "index.html"
    page.write_text('<html>\n<body>\n<p>It is <em>rather than</em> <a href="#x">on stored information</a>.</p>\n</body>\n</html>\n')
    assert [(f.line, "retired wording of T11:" in f.message) for f in findings_in(page)] == [(3, True)]


def test_a_study_sentence_counts_only_outside_quotation_marks(tmp_path: Path) -> None:
    sentence = own_words.STUDIES["Gekhman et al. (2024)"][-1]
    copied, quoted = tmp_path / "copied.md", tmp_path / "quoted.md"
    copied.write_text(f"Intro.\n\nThe authors conclude that {sentence}\n")
    quoted.write_text(f'Intro.\n\nThe authors conclude that\n"{sentence}"\n')
    assert [f.line for f in findings_in(copied)] == [3]
    assert "Gekhman" in findings_in(copied)[0].message
    assert findings_in(quoted) == []


def test_figures_shared_with_a_study_need_words_around_them_to_count(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text("Answer similarity rose from 47 % to 72 % in that study.\n")
    assert findings_in(page) == []


def test_the_command_prints_file_and_line_and_fails_on_a_finding(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text("One.\n\n" + own_words.RETIRED["T11"][1] + ".\n")
    result = subprocess.run([sys.executable, str(SCRIPT), str(tmp_path)], capture_output=True, text=True)
    assert result.returncode == 1, result.stderr
    assert f"{page.as_posix()}:3: retired wording of T11" in result.stdout


def test_the_command_passes_on_the_guide_and_names_a_missing_path(tmp_path: Path) -> None:
    clean = subprocess.run([sys.executable, str(SCRIPT), str(ROOT / "docs")], capture_output=True, text=True)
    assert clean.returncode == 0, clean.stdout
    missing = subprocess.run([sys.executable, str(SCRIPT), str(tmp_path / "nowhere")], capture_output=True, text=True)
    assert missing.returncode == 2
    assert f"no file or folder at {tmp_path / 'nowhere'}" in missing.stderr


# The Chinese source article --------------------------------------------------------------------

ARTICLE_RUN = "短板基本都在检索模块"  # ten characters of the article, quoted on the pages


def test_a_run_of_the_article_counts_only_outside_quotation_marks(tmp_path: Path) -> None:
    page = tmp_path / "page.zh.md"
    page.write_text(f"# 标题\n\n作者认为{ARTICLE_RUN}。\n", encoding="utf-8")
    found = findings_in(page)
    assert [(f.line, "characters of the source article" in f.message) for f in found] == [(3, True)], found
    for quoted in (f"「{ARTICLE_RUN}」", f"“{ARTICLE_RUN}”", f'<span lang="zh">{ARTICLE_RUN}</span>'):
        page.write_text(f"# 标题\n\n作者认为{quoted}。\n", encoding="utf-8")
        assert findings_in(page) == [], quoted


def test_a_latin_word_breaks_a_run_but_spaces_and_punctuation_do_not(tmp_path: Path) -> None:
    page = tmp_path / "page.zh.md"
    page.write_text(f"短板基本都在 RAG 检索模块，以及{ARTICLE_RUN[:5]}，{ARTICLE_RUN[5:]}\n", encoding="utf-8")
    assert [f.line for f in findings_in(page)] == [1]
    assert "10 characters" in findings_in(page)[0].message


def test_every_retired_chinese_phrase_is_caught_on_its_line_across_spaces_and_line_breaks(tmp_path: Path) -> None:
    page = tmp_path / "page.zh.md"
    for passage, phrases in own_words.RETIRED_ZH.items():
        for phrase in phrases:
            cut = [i for i, c in enumerate(phrase) if "\u4e00" <= c <= "\u9fff"][2]  # two Chinese characters on line 3
            page.write_text(f"# 标题\n\n前文。{phrase[:cut]}\n {phrase[cut:]}后文。\n", encoding="utf-8")
            found = findings_in(page)
            assert any(f.line == 3 and f"retired wording of {passage}:" in f.message for f in found), (passage, phrase, found)


def test_the_fingerprints_are_made_from_a_copy_of_the_article_as_pages_are_read(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text("甲乙丙丁戊己庚辛壬癸\nABC 子丑寅卯，辰巳午未\n", encoding="utf-8")
    printed = subprocess.run([sys.executable, str(SCRIPT), "--fingerprint", str(article)], capture_output=True, text=True)
    assert printed.returncode == 0, printed.stderr
    assert printed.stdout.split() == sorted({own_words.fingerprint(r) for r in ("甲乙丙丁戊己庚辛", "乙丙丁戊己庚辛壬", "丙丁戊己庚辛壬癸", "子丑寅卯辰巳午未")})
    assert len(own_words.ARTICLE_PRINTS) > 1000 and all(re.fullmatch(r"[0-9a-f]{10}", p) for p in own_words.ARTICLE_PRINTS)
