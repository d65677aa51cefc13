"""The structure of the guide's tree: questions, answers, where each leads, and the outcomes.

Data only, and no reader-facing text: every text is looked up by these ids in the catalogue
of each language (``texts/<language>.toml``). Ids are published in permalinks: an id a
published version used keeps its meaning forever and is never reused for something else.

Tree version 3 starts with a fork: the reader names every need the application has, each need
walks its own short branch, and the result is composed of the outcome each branch reaches (its
parts). Branches share questions where their needs meet (a reference that turns a skill into
knowledge, the training questions of every behaviour), and a shared question is asked once.
The compositions say what a combination of parts adds.
"""

from __future__ import annotations

from ..model import CHECKLIST, FORK, Composition, Evaluation, Option, Outcome, Question

START = "needs"
REQUIREMENTS = ("retrieval-needs",)  # asked on every route that supplies knowledge
EVALUATION = ("evaluation-data",)  # asked on every route, last; its answers choose each plan's test set
SIZING = "miller-2024-error-bars"  # cited by the plans that say how many test items they need
LEAKAGE = "zhou-2023-benchmark-leakage"  # cited by the plans that say why test items stay out of training

# Builders -------------------------------------------------------------------------


def choice(id: str, *options: Option) -> Question:
    """A question with one answer, which decides where the path goes."""
    return Question(id=id, options=options)


def fork(id: str, *options: Option) -> Question:
    """The first question: any number of needs, each opening its own branch."""
    return Question(id=id, options=options, kind=FORK)


def checklist(id: str, *options: Option) -> Question:
    """A question with any number of answers, asked once an outcome that names it is reached."""
    return Question(id=id, options=options, kind=CHECKLIST)


def answer(id: str, next: str) -> Option:
    """A sure answer leading to the next question or outcome."""
    return Option(id=id, next=next)


def unsure(id: str, next: str, assumes: str = "", *, exclusive: bool = False) -> Option:
    """An answer that admits not knowing; its text names the experiment that settles it."""
    return Option(id=id, next=next, unsure=True, assumes=assumes, exclusive=exclusive)


def item(id: str) -> Option:
    """A checklist answer, which adds a next step."""
    return Option(id=id)


def none_of_these(id: str = "none") -> Option:
    """The checklist answer that stands alone."""
    return Option(id=id, exclusive=True)


def outcome(
    id: str, verdict: str, conclusions: tuple[str, ...], sources: tuple[str, ...], checklists: tuple[str, ...] = (),
    *, tested: tuple[str, ...] = (SIZING,),
) -> Outcome:
    """An outcome with the documented conclusions and sources it rests on; every outcome then asks
    what the reader has to test with, and carries an evaluation plan built from the answer (its
    texts in the catalogues; ``tested``: the sources they cite)."""
    plan = Evaluation(question=EVALUATION[0], sources=tested)
    return Outcome(id=id, verdict=verdict, conclusions=conclusions, sources=sources, checklists=checklists + EVALUATION, evaluation=plan)


# Questions, in the order a reader usually meets them -------------------------------

QUESTIONS: tuple[Question, ...] = (
    fork(
        "needs",
        answer("knowledge", "knowledge-base"),
        answer("live-data", "live-access"),
        answer("request-input", "input-task"),
        answer("format", "behaviour-failure"),
        answer("voice", "style-examples"),
        answer("skill", "skill-reference"),
        answer("volume", "volume-budget"),
        answer("open-ended", "prompting"),
        unsure("not-sure", "prompt-baseline-first", exclusive=True),
    ),
    # Knowledge the model lacks.
    choice(
        "knowledge-base",
        answer("yes", "knowledge-volume"),
        answer("no-data", "build-knowledge-base-first"),
        unsure("not-sure", "build-knowledge-base-first", assumes="no-data"),
    ),
    choice(
        "knowledge-volume",
        answer("fits", "knowledge-in-prompt"),
        answer("fits-long-context", "long-context-cost"),
        answer("exceeds-context", "change-frequency"),
        unsure("not-sure", "change-frequency", assumes="exceeds-context"),
    ),
    choice(
        "long-context-cost",
        answer("yes", "long-context"),
        answer("no", "change-frequency"),
        unsure("not-sure", "change-frequency", assumes="no"),
    ),
    choice(
        "change-frequency",
        answer("daily-or-weekly", "retrieval-where"),
        answer("monthly-or-quarterly", "retrieval-where"),
        answer("yearly-or-never", "stable-knowledge"),
        unsure("not-sure", "retrieval-where", assumes="daily-or-weekly"),
    ),
    choice(
        "stable-knowledge",
        answer("checkable", "retrieval-where"),
        answer("no-lookup", "fine-tune-knowledge"),
        unsure("not-sure", "retrieval-where", assumes="checkable"),
    ),
    choice(
        "retrieval-where",
        answer("own-team", "rag"),
        answer("managed", "rag-managed"),
        answer("in-process", "rag-local"),
        unsure("not-sure", "rag-managed", assumes="managed"),
    ),
    # Live records behind an API or a database.
    choice(
        "live-access",
        answer("api", "tool-calls"),
        answer("exports-only", "change-frequency"),
        unsure("not-sure", "tool-calls", assumes="api"),
    ),
    # Material that comes with each request.
    choice(
        "input-task",
        answer("fits-prompt", "prompt-result"),
        answer("many-labels", "label-retrieval"),
        unsure("not-sure", "prompt-result", assumes="fits-prompt"),
    ),
    choice(
        "prompt-result",
        answer("yes", "prompting"),
        answer("no", "input-failure"),
        unsure("not-tried", "prompt-baseline-first"),
    ),
    choice(
        "input-failure",
        answer("format", "can-constrain"),
        answer("content", "stronger-model"),
        unsure("not-sure", "prompt-baseline-first"),
    ),
    # Format and rules.
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
    # Voice, tone and length.
    choice(
        "style-examples",
        answer("yes", "style-guide"),
        answer("drifts", "stronger-model"),
        answer("no", "many-shot"),
        unsure("not-tried", "style-guide", assumes="yes"),
    ),
    # A skill the model lacks.
    choice(
        "skill-reference",
        answer("yes", "knowledge-volume"),
        answer("no", "stronger-model"),
        unsure("not-tried", "knowledge-volume", assumes="yes"),
    ),
    # Every behaviour's way to training: a stronger model, many examples, then the means to train.
    choice(
        "stronger-model",
        answer("still-fails", "many-shot"),
        answer("too-costly", "labelled-examples"),
        answer("cannot-switch", "many-shot"),
        unsure("not-tried", "try-stronger-model"),
    ),
    choice(
        "many-shot",
        answer("yes", "examples-in-prompt"),
        answer("no", "training-data"),
        answer("too-few", "collect-data-first"),
        unsure("not-tried", "examples-in-prompt", assumes="yes"),
    ),
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
    # Cost or latency at volume.
    choice(
        "volume-budget",
        answer("yes", "prompting"),
        answer("accurate-but-costly", "smaller-model-tried"),
        answer("falls-short", "labelled-examples"),
        unsure("not-tried", "prompt-baseline-first"),
    ),
    choice(
        "smaller-model-tried",
        answer("yes", "smaller-model"),
        answer("no", "labelled-examples"),
        unsure("not-tried", "smaller-model", assumes="yes"),
    ),
    choice(
        "labelled-examples",
        answer("many", "small-model"),
        answer("label-with-large-model", "small-model"),
        answer("neither", "collect-data-first"),
        unsure("not-sure", "collect-data-first", assumes="neither"),
    ),
    # Asked once the parts are known: what the answers must meet, what the calls may do, and
    # what there is to test with.
    checklist(
        "retrieval-needs",
        item("cite-sources"),
        item("source-only"),
        item("exact-identifiers"),
        item("fresh-within-hours"),
        item("filter-metadata"),
        item("access-control"),
        none_of_these(),
    ),
    checklist(
        "tool-actions",
        item("per-user-data"),
        item("write-actions"),
        item("untrusted-content"),
        none_of_these(),
    ),
    checklist(
        "evaluation-data",
        item("gold-outputs"),
        item("real-requests"),
        item("judges"),
        none_of_these(),
    ),
)

# Outcomes: the parts a result is composed of ---------------------------------------

RAG_SOURCES = ("ovadia-2024", "lewis-2020", "soudani-2024", "thakur-2021-beir", "anthropic-2024-contextual-retrieval")

OUTCOMES: tuple[Outcome, ...] = (
    outcome(
        "prompting", "prompting",
        ("prompt-for-style-and-everyday-tasks", "request-input-goes-in-the-context", "open-ended-work-without-retrieval", "start-with-a-prompt"),
        ("balaguer-2024",),
    ),
    outcome("prompt-baseline-first", "prompting", ("start-with-a-prompt",), ("balaguer-2024", "ovadia-2024"), tested=()),
    outcome("knowledge-in-prompt", "prompting", ("reference-material-in-the-prompt",), ("liu-2024", "openai-2024-prompt-caching"), REQUIREMENTS),
    outcome(
        "long-context", "prompting",
        ("long-context-can-replace-retrieval", "reference-material-in-the-prompt"),
        ("li-2024-self-route", "hsieh-2024-ruler", "liu-2024", "openai-2024-prompt-caching"), REQUIREMENTS,
    ),
    outcome(
        "rag", "rag",
        ("rag-keeps-knowledge-current", "rag-injects-knowledge-reliably", "rag-is-stable-and-traceable",
         "hybrid-search-for-exact-identifiers", "match-retrieval-to-the-shape-of-the-data",
         "fine-tune-the-retriever-before-the-generator", "treat-retrieved-text-as-untrusted", "reasoning-models-still-need-retrieval"),
        RAG_SOURCES, REQUIREMENTS, tested=(SIZING, "es-2024-ragas", "saad-falcon-2024-ares"),
    ),
    outcome(
        "rag-managed", "rag",
        ("managed-retrieval-without-a-search-team", "rag-keeps-knowledge-current", "retrieval-cost-scales-with-the-retriever",
         "filter-retrieval-by-permission", "keep-erasable-data-out-of-the-weights"),
        ("ovadia-2024", "lewis-2020", "anthropic-2024-contextual-retrieval"), REQUIREMENTS,
    ),
    outcome(
        "rag-local", "rag",
        ("retrieval-can-run-on-the-device", "rag-injects-knowledge-reliably", "hybrid-search-for-exact-identifiers"),
        ("ovadia-2024", "thakur-2021-beir", "douze-2024-faiss"), REQUIREMENTS,
    ),
    outcome(
        "fine-tune-knowledge", "fine-tuning",
        ("fine-tune-knowledge-only-when-stable", "fine-tuned-model-serves-at-base-cost"),
        ("gekhman-2024", "ovadia-2024", "yang-2025-entigraph", "hu-2022"), REQUIREMENTS, tested=(SIZING, LEAKAGE),
    ),
    outcome("build-knowledge-base-first", "not-ready", ("no-knowledge-base-no-rag",), ("lewis-2020",)),
    outcome("tool-calls", "tool-calls", ("tool-calls-for-live-data",), ("vu-2024-freshllms", "anthropic-2024-effective-agents", "greshake-2023-indirect-injection", "beurer-kellner-2025-design-patterns"), ("tool-actions",)),
    outcome(
        "label-retrieval", "rag",
        ("retrieve-candidates-for-large-label-sets",),
        ("doosterlinck-2024-extreme-labels", "bertsch-2024-long-context-icl"),
    ),
    outcome("constrain-output", "constrained-output", ("constrain-the-output-first",), ("openai-2024-structured-outputs", "willard-2023-outlines")),
    outcome("try-stronger-model", "stronger-model", ("try-a-stronger-model",), ("rafailov-2023-dpo",)),
    outcome("style-guide", "prompting", ("tone-and-length-in-the-prompt", "prompt-for-style-and-everyday-tasks"), ("balaguer-2024",),
            tested=(SIZING, "zheng-2023-llm-judge", "norman-2026-judge-reliability")),
    outcome("examples-in-prompt", "prompting", ("many-examples-before-training",), ("agarwal-2024-many-shot", "bertsch-2024-long-context-icl"),
            tested=(SIZING, LEAKAGE)),
    outcome(
        "fine-tune", "fine-tuning",
        ("fine-tune-when-instructions-fail", "fine-tune-for-simple-patterns", "fine-tuned-model-serves-at-base-cost",
         "retrain-when-the-base-model-retires"),
        ("hu-2022", "dettmers-2023", "rafailov-2023-dpo", "balaguer-2024"), tested=(SIZING, LEAKAGE),
    ),
    outcome(
        "fine-tune-adapters", "fine-tuning",
        ("adapters-for-many-tasks", "fine-tune-when-instructions-fail", "retrain-when-the-base-model-retires"),
        ("hu-2022", "sheng-2024-slora"),
    ),
    outcome("collect-data-first", "not-ready", ("no-data-no-fine-tuning",), ("balaguer-2024",)),
    outcome("no-means-to-train", "not-ready", ("training-needs-the-means-too",), ("hu-2022", "dettmers-2023", "openai-2026-fine-tuning-wind-down")),
    outcome("smaller-model", "prompting", ("a-smaller-model-before-a-trained-one",), ("openai-2024-prompt-caching",)),
    outcome(
        "small-model", "fine-tuning",
        ("small-model-for-a-narrow-task-at-volume", "fine-tune-for-simple-patterns", "check-terms-before-training-on-outputs",
         "retrain-when-the-base-model-retires"),
        ("hu-2022", "dettmers-2023"),
    ),
)

# Compositions: what a combination of parts adds -------------------------------------

COMPOSITIONS: tuple[Composition, ...] = (
    Composition(
        id="fine-tuning-with-retrieval",
        when=("fine-tuning", "rag"),
        verdict="fine-tuning-and-rag",
        conclusions=("raft-trains-the-model-to-use-retrieval", "fine-tune-for-an-unfamiliar-domain"),
        sources=("zhang-2024-raft", "balaguer-2024", "ovadia-2024"),
    ),
)
