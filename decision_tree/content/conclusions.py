"""The register of published conclusions: the id and the page that documents each.

Append only; each one's heading is in the catalogues (texts/<language>.toml). A conclusion id,
once published, is cited in design documents: it never disappears and never moves to another
page. Every id ever published is also recorded in ``published_conclusions.txt`` beside this
file (append a line for each new conclusion). Tests check that every recorded id is still here
on the same page, and that the built site has every id here, on the page named here, under the
heading its catalogue names.
"""

from __future__ import annotations

from ..model import Conclusion

KNOWLEDGE = "conclusions/knowledge.md"
TASKS = "conclusions/task-performance.md"
COST = "conclusions/cost.md"
NO_RAG = "conclusions/when-rag-does-not-fit.md"
BEHAVIOUR = "conclusions/behaviour.md"
DATA = "conclusions/data-and-security.md"

CONCLUSIONS: tuple[Conclusion, ...] = (
    Conclusion(id="inside-or-outside-the-model", page="why-compare.md"),
    Conclusion(id="rules-are-a-special-case-of-rag", page="why-compare.md"),
    Conclusion(id="start-with-a-prompt", page="conclusions/index.md"),
    Conclusion(id="rag-keeps-knowledge-current", page=KNOWLEDGE),
    Conclusion(id="rag-injects-knowledge-reliably", page=KNOWLEDGE),
    Conclusion(id="fine-tune-for-an-unfamiliar-domain", page=KNOWLEDGE),
    Conclusion(id="fine-tune-knowledge-only-when-stable", page=KNOWLEDGE),
    Conclusion(id="reference-material-in-the-prompt", page=KNOWLEDGE),
    Conclusion(id="rag-is-stable-and-traceable", page=TASKS),
    Conclusion(id="fine-tune-for-simple-patterns", page=TASKS),
    Conclusion(id="no-data-no-fine-tuning", page=TASKS),
    Conclusion(id="combining-is-not-always-better", page=TASKS),
    Conclusion(id="fine-tuning-costs-gpus-and-time", page=COST),
    Conclusion(id="retrieval-cost-scales-with-the-retriever", page=COST),
    Conclusion(id="fine-tuned-model-serves-at-base-cost", page=COST),
    Conclusion(id="adapters-for-many-tasks", page=COST),
    Conclusion(id="no-knowledge-base-no-rag", page=NO_RAG),
    Conclusion(id="prompt-for-style-and-everyday-tasks", page=NO_RAG),
    Conclusion(id="request-input-goes-in-the-context", page=NO_RAG),
    Conclusion(id="fine-tune-when-instructions-fail", page=NO_RAG),
    Conclusion(id="open-ended-work-without-retrieval", page=NO_RAG),
    # Added with tree version 2.
    Conclusion(id="long-context-can-replace-retrieval", page=KNOWLEDGE),
    Conclusion(id="constrain-the-output-first", page=BEHAVIOUR),
    Conclusion(id="try-a-stronger-model", page=BEHAVIOUR),
    Conclusion(id="hybrid-search-for-exact-identifiers", page=TASKS),
    Conclusion(id="small-model-for-a-narrow-task-at-volume", page=COST),
    Conclusion(id="training-needs-the-means-too", page=TASKS),
    Conclusion(id="raft-trains-the-model-to-use-retrieval", page=KNOWLEDGE),
    # Added with guide version 3.0.0: what a reader of late 2026 also has to weigh.
    Conclusion(id="measure-on-your-own-test-set", page="conclusions/index.md"),
    Conclusion(id="tool-calls-for-live-data", page=KNOWLEDGE),
    Conclusion(id="reasoning-models-still-need-retrieval", page=KNOWLEDGE),
    Conclusion(id="fine-tune-the-retriever-before-the-generator", page=TASKS),
    Conclusion(id="match-retrieval-to-the-shape-of-the-data", page=TASKS),
    Conclusion(id="retrieve-candidates-for-large-label-sets", page=TASKS),
    Conclusion(id="retrain-when-the-base-model-retires", page=COST),
    Conclusion(id="many-examples-before-training", page=BEHAVIOUR),
    Conclusion(id="retrieval-can-run-on-the-device", page=NO_RAG),
    Conclusion(id="filter-retrieval-by-permission", page=DATA),
    Conclusion(id="keep-erasable-data-out-of-the-weights", page=DATA),
    Conclusion(id="treat-retrieved-text-as-untrusted", page=DATA),
    Conclusion(id="check-terms-before-training-on-outputs", page=DATA),
    # Added with tree version 3.
    Conclusion(id="managed-retrieval-without-a-search-team", page=KNOWLEDGE),
    Conclusion(id="tone-and-length-in-the-prompt", page=BEHAVIOUR),
    Conclusion(id="a-smaller-model-before-a-trained-one", page=COST),
)
