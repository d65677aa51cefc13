"""The structure of the guide's tree: questions, answers, where each leads, and the outcomes.

Data only, and no reader-facing text: every text is looked up by these ids in the catalogue
of each language (``texts/<language>.toml``). Ids are published in permalinks: an id a
published version used keeps its meaning forever and is never reused for something else.
"""

from __future__ import annotations

from ..model import CHECKLIST, Option, Outcome, Question

# Builders -------------------------------------------------------------------------


def choice(id: str, *options: Option) -> Question:
    """A question with one answer, which decides where the path goes."""
    return Question(id=id, options=options)


def checklist(id: str, *options: Option) -> Question:
    """A question with any number of answers, asked once an outcome that names it is reached."""
    return Question(id=id, options=options, kind=CHECKLIST)


def answer(id: str, next: str) -> Option:
    """A sure answer leading to the next question or outcome."""
    return Option(id=id, next=next)


def unsure(id: str, next: str, assumes: str = "") -> Option:
    """An answer that admits not knowing; its text names the experiment that settles it."""
    return Option(id=id, next=next, unsure=True, assumes=assumes)


def item(id: str) -> Option:
    """A checklist answer, which adds a next step."""
    return Option(id=id)


def none_of_these(id: str = "none") -> Option:
    """The checklist answer that stands alone."""
    return Option(id=id, exclusive=True)


def outcome(id: str, verdict: str, conclusions: tuple[str, ...], sources: tuple[str, ...], checklists: tuple[str, ...] = ()) -> Outcome:
    """An outcome with the documented conclusions and sources it rests on."""
    return Outcome(id=id, verdict=verdict, conclusions=conclusions, sources=sources, checklists=checklists)


START = "problem"
RETRIEVAL_NEEDS = ("retrieval-needs",)

# Questions, in the order a reader usually meets them -------------------------------

QUESTIONS: tuple[Question, ...] = (
    choice(
        "problem",
        answer("missing-knowledge", "knowledge-base"),
        answer("request-input", "input-task"),
        answer("behaviour", "behaviour-failure"),
        answer("style", "style-examples"),
        answer("open-ended", "prompt-result"),
        unsure("not-sure", "prompt-baseline-first"),
    ),
    # The knowledge branch.
    choice(
        "knowledge-base",
        answer("yes", "knowledge-volume"),
        answer("no-team", "knowledge-volume"),
        answer("no-retrieval", "without-retrieval"),
        answer("no-data", "build-knowledge-base-first"),
        answer("neither", "build-knowledge-base-first"),
        unsure("not-sure", "build-knowledge-base-first", assumes="no-data"),
    ),
    choice(
        "knowledge-volume",
        answer("fits", "knowledge-in-prompt"),
        answer("fits-long-context", "long-context-cost"),
        answer("exceeds-context", "domain-fit"),
        unsure("not-sure", "domain-fit", assumes="exceeds-context"),
    ),
    choice(
        "long-context-cost",
        answer("yes", "long-context"),
        answer("no", "domain-fit"),
        unsure("not-sure", "domain-fit", assumes="no"),
    ),
    choice(
        "domain-fit",
        answer("answers-well", "change-frequency"),
        answer("needs-more-accuracy", "rag-training"),
        answer("misreads-domain", "domain-data"),
        answer("ignores-instructions", "rag-fix-behaviour"),
        unsure("not-tried", "change-frequency", assumes="answers-well"),
    ),
    choice(
        "change-frequency",
        answer("daily-or-weekly", "rag"),
        answer("monthly-or-quarterly", "rag"),
        answer("yearly-or-never", "stable-knowledge"),
        unsure("not-sure", "rag", assumes="daily-or-weekly"),
    ),
    choice(
        "stable-knowledge",
        answer("checkable", "rag"),
        answer("speed-first", "fine-tune-knowledge"),
        unsure("not-sure", "rag", assumes="checkable"),
    ),
    choice(
        "domain-data",
        answer("yes", "task-count-with-retrieval"),
        answer("too-little-data", "collect-data-first"),
        answer("no-means", "no-means-to-train"),
        unsure("not-sure", "collect-data-first", assumes="too-little-data"),
    ),
    choice(
        "rag-training",
        answer("data-and-means", "task-count-with-retrieval"),
        answer("no-means", "rag"),
        answer("too-little-data", "rag"),
        unsure("not-sure", "rag", assumes="too-little-data"),
    ),
    choice(
        "task-count-with-retrieval",
        answer("one", "fine-tune-plus-rag"),
        answer("many", "fine-tune-plus-rag-adapters"),
        unsure("not-sure", "fine-tune-plus-rag-adapters", assumes="many"),
    ),
    choice(
        "without-retrieval",
        answer("fits-prompt", "knowledge-in-prompt"),
        answer("stable", "fine-tune-knowledge"),
        answer("retrain-often", "fine-tune-knowledge"),
        answer("changes-often", "build-knowledge-base-first"),
        unsure("not-sure", "build-knowledge-base-first", assumes="changes-often"),
    ),
    # Input that arrives with each request.
    choice(
        "input-task",
        answer("work-with-it", "prompt-result"),
        answer("narrow-high-volume", "volume-budget"),
    ),
    choice(
        "volume-budget",
        answer("yes", "prompting"),
        answer("accurate-but-costly", "labelled-examples"),
        answer("falls-short", "labelled-examples"),
        unsure("not-tried", "prompt-baseline-first"),
    ),
    choice(
        "labelled-examples",
        answer("many", "small-model"),
        answer("label-with-large-model", "small-model"),
        answer("neither", "collect-data-first"),
        unsure("not-sure", "collect-data-first", assumes="neither"),
    ),
    # Behaviour, format and style.
    choice(
        "prompt-result",
        answer("yes", "prompting"),
        answer("no", "behaviour-failure"),
        unsure("not-tried", "prompt-baseline-first"),
    ),
    choice(
        "behaviour-failure",
        answer("format-sometimes", "constrain-output"),
        answer("format-often", "can-constrain"),
        answer("ignores-rules", "stronger-model"),
        unsure("not-tried", "prompt-baseline-first"),
    ),
    choice(
        "can-constrain",
        answer("yes", "constrain-output"),
        answer("no", "stronger-model"),
        unsure("not-sure", "constrain-output", assumes="yes"),
    ),
    choice(
        "style-examples",
        answer("yes", "prompting"),
        answer("drifts", "stronger-model"),
        answer("no", "training-data"),
        unsure("not-tried", "prompt-baseline-first"),
    ),
    choice(
        "stronger-model",
        unsure("not-tried", "try-stronger-model"),
        answer("still-fails", "training-data"),
        answer("too-costly", "training-data"),
        answer("cannot-switch", "training-data"),
    ),
    # Training.
    choice(
        "training-data",
        answer("yes", "task-count"),
        answer("no-means", "no-means-to-train"),
        answer("too-few-examples", "collect-data-first"),
        unsure("not-sure", "collect-data-first", assumes="too-few-examples"),
    ),
    choice(
        "task-count",
        answer("one", "fine-tune"),
        answer("many", "fine-tune-adapters"),
        unsure("not-sure", "fine-tune-adapters", assumes="many"),
    ),
    # Asked once a retrieval outcome is reached: what the retrieval design must provide.
    checklist(
        "retrieval-needs",
        item("cite-sources"),
        item("source-only"),
        item("exact-identifiers"),
        item("fresh-within-hours"),
        none_of_these(),
    ),
)

# Outcomes --------------------------------------------------------------------------

RAG_SOURCES = ("ovadia-2024", "lewis-2020", "soudani-2024", "thakur-2021-beir", "anthropic-2024-contextual-retrieval")

OUTCOMES: tuple[Outcome, ...] = (
    outcome(
        "prompting", "prompting",
        ("prompt-for-style-and-everyday-tasks", "request-input-goes-in-the-context", "open-ended-work-without-retrieval", "start-with-a-prompt"),
        ("balaguer-2024",),
    ),
    outcome("prompt-baseline-first", "prompting", ("start-with-a-prompt",), ("balaguer-2024", "ovadia-2024")),
    outcome("knowledge-in-prompt", "prompting", ("reference-material-in-the-prompt",), ("liu-2024", "openai-2024-prompt-caching")),
    outcome(
        "long-context", "prompting",
        ("long-context-can-replace-retrieval", "reference-material-in-the-prompt"),
        ("li-2024-self-route", "hsieh-2024-ruler", "liu-2024", "openai-2024-prompt-caching"),
    ),
    outcome(
        "rag", "rag",
        ("rag-keeps-knowledge-current", "rag-injects-knowledge-reliably", "rag-is-stable-and-traceable",
         "retrieval-cost-scales-with-the-retriever", "hybrid-search-for-exact-identifiers"),
        RAG_SOURCES, RETRIEVAL_NEEDS,
    ),
    outcome(
        "rag-fix-behaviour", "rag",
        ("rag-injects-knowledge-reliably", "rag-is-stable-and-traceable"),
        ("ovadia-2024", "openai-2024-structured-outputs", "willard-2023-outlines"), RETRIEVAL_NEEDS,
    ),
    outcome(
        "fine-tune-plus-rag", "fine-tuning-and-rag",
        ("raft-trains-the-model-to-use-retrieval", "fine-tune-for-an-unfamiliar-domain"),
        ("zhang-2024-raft", "balaguer-2024", "hu-2022", "dettmers-2023"), RETRIEVAL_NEEDS,
    ),
    outcome(
        "fine-tune-plus-rag-adapters", "fine-tuning-and-rag",
        ("raft-trains-the-model-to-use-retrieval", "fine-tune-for-an-unfamiliar-domain"),
        ("zhang-2024-raft", "hu-2022", "sheng-2024-slora"), RETRIEVAL_NEEDS,
    ),
    outcome(
        "fine-tune-knowledge", "fine-tuning",
        ("fine-tune-knowledge-only-when-stable", "fine-tuned-model-serves-at-base-cost"),
        ("gekhman-2024", "ovadia-2024", "yang-2025-entigraph", "hu-2022"),
    ),
    outcome("build-knowledge-base-first", "not-ready", ("no-knowledge-base-no-rag",), ("lewis-2020",)),
    outcome("collect-data-first", "not-ready", ("no-data-no-fine-tuning",), ("balaguer-2024",)),
    outcome("no-means-to-train", "not-ready", ("training-needs-the-means-too",), ("hu-2022", "dettmers-2023", "openai-2026-fine-tuning-wind-down")),
    outcome("constrain-output", "constrained-output", ("constrain-the-output-first",), ("openai-2024-structured-outputs", "willard-2023-outlines")),
    outcome("try-stronger-model", "stronger-model", ("try-a-stronger-model",), ("rafailov-2023-dpo",)),
    outcome(
        "fine-tune", "fine-tuning",
        ("fine-tune-when-instructions-fail", "fine-tune-for-simple-patterns", "fine-tuned-model-serves-at-base-cost"),
        ("hu-2022", "dettmers-2023", "rafailov-2023-dpo", "balaguer-2024"),
    ),
    outcome(
        "fine-tune-adapters", "fine-tuning",
        ("adapters-for-many-tasks", "fine-tune-when-instructions-fail"),
        ("hu-2022", "sheng-2024-slora"),
    ),
    outcome(
        "small-model", "fine-tuning",
        ("small-model-for-a-narrow-task-at-volume", "fine-tune-for-simple-patterns"),
        ("hu-2022", "dettmers-2023"),
    ),
)
