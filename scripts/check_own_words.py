"""Check that the guide's pages are written in their own words.

    .venv/bin/python scripts/check_own_words.py [PATH ...]

PATH is a Markdown source or a built HTML page, or a folder of them (default: ``docs``).
Two kinds of finding are printed as ``file:line: ...`` and make the exit status 1:

- **retired wording**: a phrase from an earlier wording that followed the source article
  sentence by sentence. Each phrase is listed under the passage it came from (``T11``), so a
  finding says which passage has come back.
- **unquoted overlap**: a run of ``RUN`` or more words shared with an abstract or conclusion of a
  study the guide cites, outside quotation marks. Quote the words, or say it in your own words.
- **the article's wording**: a run of ``ARTICLE_RUN`` or more characters shared with the Chinese
  source article, outside 「」, “”, 《》 and text marked ``lang="zh"`` (a marked quotation); and
  retired Chinese wording, phrases that once followed the article clause for clause.

The phrases and sentences are data, kept in ``scripts/own_words.toml``. The article itself is not
kept there, only a fingerprint of each of its runs (``--fingerprint ARTICLE`` prints them for a
local copy of the article), so the check can run without the article and without republishing it.
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import html
import re
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

LISTS = Path(__file__).with_name("own_words.toml")


def load_lists(path: Path = LISTS) -> tuple[int, dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """The run length, the retired phrases by passage, and the studies' sentences by study."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    try:
        return data["run"], {k: tuple(v) for k, v in data["retired"].items()}, {k: tuple(v) for k, v in data["studies"].items()}
    except KeyError as missing:
        raise ValueError(f"{path}: no {missing} entry (expected run, [retired] and [studies])") from None


RUN, RETIRED, STUDIES = load_lists()
_ARTICLE = tomllib.loads(LISTS.read_text(encoding="utf-8")).get("article", {})
ARTICLE_RUN: int = _ARTICLE.get("run", 8)
ARTICLE_PRINTS = frozenset(_ARTICLE.get("fingerprints", "").split())
RETIRED_ZH: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in _ARTICLE.get("retired", {}).items()}
# The article's wording is its Chinese: runs of CJK characters. A Latin word or a number, or a
# quotation, breaks a run; spaces and punctuation do not.
ARTICLE_CHAR = re.compile(r"[\u4e00-\u9fff]")
BREAK = re.compile(r"[a-z0-9]")
QUOTED_ZH = re.compile(r"「[^」]*」|“[^”\n]*”|《[^》]*》|<span lang=\"zh\">.*?</span>|\]\([^)]*\)|<[^>]*>|https?://\S+", re.S)

WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")
MARKUP = (
    (re.compile(r"<(script|style)\b.*?</\1>", re.S | re.I), " "),  # built pages: code, not prose
    (re.compile(r"\]\([^)]*\)"), "]"),  # Markdown link targets
    (re.compile(r"\{[:#.][^}]*\}|\{ [^}]*\}"), " "),  # attribute lists
    (re.compile(r"<[^>]*>"), " "),  # HTML tags
)


@dataclass(frozen=True)
class Word:
    """One word of a page: its text, the line it is on, and whether it stands inside quotation marks."""

    text: str
    line: int
    quoted: bool


@dataclass(frozen=True)
class Finding:
    """One passage that is not in the guide's own words."""

    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


def words_of(text: str) -> list[Word]:
    """The words of a page in order, with line numbers; quotation marks and blank lines tracked."""
    for pattern, replacement in MARKUP:  # keep newlines so line numbers survive
        text = pattern.sub(lambda m: replacement + "\n" * m.group(0).count("\n"), text)
    words: list[Word] = []
    quoted = False
    for number, line in enumerate(html.unescape(text).split("\n"), start=1):
        if not line.strip() or line.lstrip().startswith(("|", "#")):
            quoted = False  # a quotation never runs past its paragraph, table row or heading
        for piece in re.split(r"([\"“”])", line.lower()):
            if piece in ('"', "“", "”"):
                quoted = piece == "“" or (piece == '"' and not quoted)
                continue
            words += [Word(w, number, quoted or line.lstrip().startswith(">")) for w in WORD.findall(piece)]
    return words


def tokens(text: str) -> list[str]:
    """The bare words of a phrase or sentence."""
    return WORD.findall(text.lower())


def retired_wording(path: str, words: list[Word]) -> list[Finding]:
    """Each place where a phrase of retired wording stands again."""
    texts = [w.text for w in words]
    found: list[Finding] = []
    for passage, phrases in RETIRED.items():
        for phrase in phrases:
            needle = tokens(phrase)
            for start in range(len(texts) - len(needle) + 1):
                if texts[start : start + len(needle)] == needle:
                    found.append(Finding(path, words[start].line, f"retired wording of {passage}: {phrase!r}"))
    return found


@functools.cache
def study_runs() -> dict[tuple[str, ...], str]:
    """Every run of RUN words in the studies' sentences, with the study it comes from."""
    runs: dict[tuple[str, ...], str] = {}
    for study, sentences in STUDIES.items():
        for sentence in sentences:
            t = tokens(sentence)
            runs.update({tuple(t[i : i + RUN]): study for i in range(len(t) - RUN + 1)})
    return runs


def spans(marked: list[bool]) -> list[tuple[int, int]]:
    """The maximal stretches (start, end) of marked items.

    >>> spans([False, True, True, False, True])
    [(1, 3), (4, 5)]
    """
    edges = [i for i in range(len(marked) + 1) if (i < len(marked) and marked[i]) != (i > 0 and marked[i - 1])]
    return list(zip(edges[::2], edges[1::2]))


def unquoted_overlap(path: str, words: list[Word]) -> list[Finding]:
    """Each run of RUN or more unquoted words that lies inside a passage a study's own sentence also has."""
    grams = study_runs()
    shared: list[str | None] = [None] * len(words)  # the study whose wording covers each word
    for start in range(len(words) - RUN + 1):
        study = grams.get(tuple(w.text for w in words[start : start + RUN]))
        if study:
            shared[start : start + RUN] = [study] * RUN
    return [
        Finding(path, words[start].line, f"{end - start} words of {shared[start]} without quotation marks: {' '.join(w.text for w in words[start:end])!r}")
        for start, end in spans([bool(s) and not w.quoted for s, w in zip(shared, words)]) if end - start >= RUN
    ]


def article_chars(text: str, *, quoted: bool = True) -> list[tuple[str, int]]:
    """The Chinese characters of a text with their line, "\0" where a run breaks; quotations,
    link targets and markup are breaks too (unless ``quoted`` is False, for the article itself)."""
    if quoted:
        text = QUOTED_ZH.sub(lambda m: "\0" + "\n" * m.group(0).count("\n"), text.lower())
    chars, line = [("\0", 1)], 1
    for char in text:
        line += char == "\n"
        if ARTICLE_CHAR.fullmatch(char):
            chars.append((char, line))
        elif (char == "\0" or BREAK.fullmatch(char.lower())) and chars[-1][0] != "\0":
            chars.append(("\0", line))
    return chars


def article_runs(plain: str) -> list[str]:
    """Every run of ARTICLE_RUN characters of a text's Chinese that no break interrupts."""
    return [plain[i : i + ARTICLE_RUN] for i in range(len(plain) - ARTICLE_RUN + 1) if "\0" not in plain[i : i + ARTICLE_RUN]]


def fingerprint(run: str) -> str:
    """A short, stable fingerprint of a run of the article's characters."""
    return hashlib.blake2b(run.encode(), digest_size=5).hexdigest()


def article_wording(path: str, text: str) -> list[Finding]:
    """Each run of ARTICLE_RUN or more characters the article has, outside quotation marks, and
    each retired Chinese phrase."""
    chars = article_chars(text)
    plain = "".join(c for c, _ in chars)
    cjk = [(c, line) for c, line in chars if c != "\0"]  # a retired phrase is matched across breaks
    joined = "".join(c for c, _ in cjk)
    found = [Finding(path, cjk[joined.index(p)][1], f"retired wording of {passage}: {phrase!r}")
             for passage, phrases in RETIRED_ZH.items() for phrase in phrases
             if (p := "".join(ARTICLE_CHAR.findall(phrase))) in joined]
    shared = ["\0" not in (run := plain[i : i + ARTICLE_RUN]) and fingerprint(run) in ARTICLE_PRINTS
              for i in range(len(plain) - ARTICLE_RUN + 1)]
    return found + [
        Finding(path, chars[start][1], f"{end - start + ARTICLE_RUN - 1} characters of the source article without quotation marks: "
                f"{plain[start : end + ARTICLE_RUN - 1]!r}")
        for start, end in spans(shared)
    ]


def check_file(path: Path, shown_as: str) -> list[Finding]:
    """Every finding in one page."""
    text = path.read_text(encoding="utf-8")
    words = words_of(text)
    return retired_wording(shown_as, words) + unquoted_overlap(shown_as, words) + article_wording(shown_as, text)


def pages_under(paths: list[Path]) -> list[Path]:
    """The Markdown and HTML files named, or found under the folders named, in a stable order."""
    found = []
    for path in paths:
        if path.is_dir():
            found += sorted(p for p in path.rglob("*") if p.suffix in (".md", ".html"))
        elif path.is_file():
            found.append(path)
        else:
            raise FileNotFoundError(f"check_own_words: no file or folder at {path}")
    return found


def main(argv: list[str] | None = None) -> int:
    """Print every finding under the paths given; exit status 1 if there is one."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path, default=[Path("docs")], help="pages or folders (default: docs)")
    parser.add_argument("--fingerprint", type=Path, metavar="ARTICLE", help="print the fingerprints of a copy of the article, and stop")
    args = parser.parse_args(argv)
    if args.fingerprint:
        plain = "".join(c for c, _ in article_chars(args.fingerprint.read_text(encoding="utf-8"), quoted=False))
        print(" ".join(sorted({fingerprint(run) for run in article_runs(plain)})))
        return 0
    try:
        files = pages_under(args.paths)
    except FileNotFoundError as error:
        print(error, file=sys.stderr)
        return 2
    findings = [f for path in files for f in check_file(path, path.as_posix())]
    for finding in findings:
        print(finding)
    print(f"{len(findings)} finding(s) in {len(files)} page(s)", file=sys.stderr)
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
