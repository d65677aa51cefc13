"""Check that the guide's pages are written in their own words.

    .venv/bin/python scripts/check_own_words.py [PATH ...]

PATH is a Markdown source or a built HTML page, or a folder of them (default: ``docs``).
Two kinds of finding are printed as ``file:line: ...`` and make the exit status 1:

- **retired wording**: a phrase from an earlier wording that followed the source article
  sentence by sentence. Each phrase is listed under the passage it came from (``T11``), so a
  finding says which passage has come back.
- **unquoted overlap**: a run of ``RUN`` or more words shared with an abstract or conclusion of a
  study the guide cites, outside quotation marks. Quote the words, or say it in your own words.

The lists below are data: add a phrase when a passage is rewritten, and a sentence when a new
study is summarised.
"""

from __future__ import annotations

import argparse
import html
import re
import sys
from dataclasses import dataclass
from pathlib import Path

RUN = 6  # words in a row shared with a study's own sentence before it counts as copied

# Phrases of retired wording, by the passage they came from.
RETIRED: dict[str, tuple[str, ...]] = {
    "T1": ("implicit, internal ones, or explicit changes at the input or output side",),
    "T2": ("so usually has a large effect on a system built around the model",),
    "T3": ("alter how the whole system behaves without touching the model",),
    "T4": ("with less risk that a fact is never learned or is later forgotten",),
    "T5": ("the training-side cost is keeping the knowledge store up to date", "needs many GPUs and much time"),
    "T6": ("plus whatever extra work keeps retrieval accurate", "the article judges the added time negligible"),
    "T7": ("runs as fast as the model it started from",),
    "T8": ("deploying several separately fine-tuned large models is awkward",),
    "T9": ("or with machines that cannot support retrieval, RAG is not an option",),
    "T10": ("is mostly a matter of constraining the language style",),
    "T11": (
        "rather than on stored information",
        "passed straight into the prompt by ordinary engineering",
        "storing and indexing it first would add a step",
        "if the results disappoint, improve the prompt or fine-tune",
        "retrieving few-shot examples with rag is possible, but not necessary",
    ),
    "T12": ("even an answer placed in front of it does not fix a weakness",),
    "T13": (
        "creative tasks are meant to draw new ideas from the model",
        "tends to pull the output towards what was retrieved",
        "that constraint is sometimes useful but not always",
    ),
    "T14": ("writing weekly reports, brainstorming, keeping work logs", "rag is rarely the first thought"),
    "T15": ("can only be judged by setting it against fine-tuning", "from an intuitive preference to a reasoned choice"),
    "T16": ("only fine-tuning on enough data gives it a basic grasp",),
    "T17": ("reaches good results more easily than fine-tuning, and its strengths are stability and interpretability",),
    "T18": ("rag's weak spot is mostly the retrieval module", "while retrieval works, rag keeps the overall advantage"),
    "T19": ("can reach a higher ceiling on tasks with a simple pattern", "at the price of stricter demands on data and training"),
    "T20": ("rather than stopping after one or two, to get a fuller picture",),
    "abstract": (
        "drew on information from other regions",
        "learned significantly more slowly than the rest",
        "increased the model's tendency to hallucinate, linearly",
        "cost of creating embeddings makes it attractive",
        "can learn new skills in a specific domain",
    ),
}

# Sentences from the abstracts and conclusions of the studies the guide summarises.
STUDIES: dict[str, tuple[str, ...]] = {
    "Ovadia et al. (2024)": (
        "While fine-tuning can be useful for many use-cases, we found that RAG is a more reliable choice for knowledge injection.",
        "In order to teach pre-trained LLMs new knowledge, the knowledge must be repeated in numerous ways.",
    ),
    "Balaguer et al. (2024)": (
        "RAG augments the prompt with the external data, while fine-Tuning incorporates the additional knowledge into the model itself.",
        "We see an accuracy increase of over 6 p.p. when fine-tuning the model and this is cumulative with RAG, which increases accuracy by 5 p.p. further.",
        "the fine-tuned model leverages information from across geographies to answer specific questions, increasing answer similarity from 47% to 72%.",
        "RAG, known for improving accuracy in large models, is highly effective in instances where data is contextually relevant, such as in the interpretation of farm data.",
        "The low initial cost of creating embeddings makes RAG an attractive option.",
        "the input token size can increase the prompt size, and the output token size tends to be more verbose and harder to steer.",
        "fine-tuning offers a precise, succinct output that is attuned to brevity. It is highly effective and presents opportunities to learn new skills in a specific domain.",
        "their suitability would depend on the specific application, the nature and size of the data set, and the resources available for model development.",
    ),
    "Gekhman et al. (2024)": (
        "fine-tuning examples that introduce new knowledge are learned significantly slower than those consistent with the model's knowledge.",
        "they linearly increase the model's tendency to hallucinate.",
        "LLMs mostly acquire factual knowledge through pre-training, whereas fine-tuning teaches them to use it more efficiently.",
    ),
    "Zhang et al. (2024), RAFT": (
        "given a question, and a set of retrieved documents, we train the model to ignore those documents that don't help in answering the question, which we call, distractor documents.",
        "RAFT accomplishes this by citing verbatim the right sequence from the relevant document.",
        "In domain-specific RAG, RAFT consistently improves the model's performance across PubMed, HotpotQA, and Gorilla datasets.",
    ),
    "Liu et al. (2024)": (
        "performance is often highest when relevant information occurs at the beginning or end of the input context, and significantly degrades when models must access relevant information in the middle of long contexts, even for explicitly long-context models.",
    ),
    "Li et al. (2024), Self-Route": (
        "On average, LC surpasses RAG by 7.6% for Gemini-1.5-Pro, 13.1% for GPT-4O, and 3.6% for GPT-3.5-Turbo.",
        "for 63% queries, the model predictions are exactly identical; and for 70% queries, the score difference is less than 10.",
    ),
    "Hsieh et al. (2024), RULER": (
        "Despite achieving nearly perfect accuracy in the vanilla NIAH test, almost all models exhibit large performance drops as the context length increases.",
        "While these models all claim context sizes of 32K tokens or greater, only half of them can maintain satisfactory performance at the length of 32K.",
    ),
    "Hu et al. (2022), LoRA": (
        "Compared to GPT-3 175B fine-tuned with Adam, LoRA can reduce the number of trainable parameters by 10,000 times and the GPU memory requirement by 3 times.",
    ),
    "Dettmers et al. (2023), QLoRA": (
        "reduces memory usage enough to finetune a 65B parameter model on a single 48GB GPU while preserving full 16-bit finetuning task performance.",
    ),
    "Sheng et al. (2024), S-LoRA": (
        "S-LoRA stores all adapters in the main memory and fetches the adapters used by the currently running queries to the GPU memory.",
        "enable S-LoRA to serve thousands of LoRA adapters on a single GPU or across multiple GPUs with a small overhead.",
    ),
    "Soudani et al. (2024)": (
        "while FT boosts performance across entities of varying popularity, RAG surpasses FT by a large margin, particularly for least popular factual knowledge.",
    ),
    "Yang et al. (2025), synthetic continued pretraining": (
        "If the source documents are instead available at inference time, we show that the knowledge acquired through our approach compounds with retrieval-augmented generation.",
    ),
    "Rafailov et al. (2023), DPO": (
        "eliminating the need for fitting a reward model, sampling from the LM during fine-tuning, or performing significant hyperparameter tuning.",
    ),
    "Thakur et al. (2021), BEIR": (
        "Our results show BM25 is a robust baseline and re-ranking and late-interaction-based models on average achieve the best zero-shot performances, however, at high computational costs.",
    ),
}

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
    found = []
    for passage, phrases in RETIRED.items():
        for phrase in phrases:
            needle = tokens(phrase)
            for start in range(len(texts) - len(needle) + 1):
                if texts[start : start + len(needle)] == needle:
                    found.append(Finding(path, words[start].line, f"retired wording of {passage}: {phrase!r}"))
    return found


def unquoted_overlap(path: str, words: list[Word]) -> list[Finding]:
    """Each run of RUN or more unquoted words that lies inside a passage a study's own sentence also has."""
    grams = {}
    for study, sentences in STUDIES.items():
        for sentence in sentences:
            t = tokens(sentence)
            grams.update({tuple(t[i : i + RUN]): study for i in range(len(t) - RUN + 1)})
    shared: list[str | None] = [None] * len(words)  # the study whose wording covers each word
    for start in range(len(words) - RUN + 1):
        study = grams.get(tuple(w.text for w in words[start : start + RUN]))
        if study:
            shared[start : start + RUN] = [study] * RUN
    found, start = [], 0
    while start < len(words):
        end = start
        while end < len(words) and shared[end] and not words[end].quoted:
            end += 1
        if end - start >= RUN:
            run = " ".join(w.text for w in words[start:end])
            found.append(Finding(path, words[start].line, f"{end - start} words of {shared[start]} without quotation marks: {run!r}"))
        start = max(end, start + 1)
    return found


def check_file(path: Path, shown_as: str) -> list[Finding]:
    """Every finding in one page."""
    words = words_of(path.read_text(encoding="utf-8"))
    return retired_wording(shown_as, words) + unquoted_overlap(shown_as, words)


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
    args = parser.parse_args(argv)
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
