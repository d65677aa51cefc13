"""The register of published conclusions: id, heading and the page that documents each.

Append only. A conclusion id, once published, is cited in design documents: it never
disappears and never moves to another page. Every id ever published is also recorded in
``published_conclusions.txt`` beside this file (append a line for each new conclusion).
Tests check that every recorded id is still here on the same page, and that the built site
has every id here, on the page named here, under the heading named here.
"""

from __future__ import annotations

from ..model import Conclusion

KNOWLEDGE = "conclusions/knowledge.md"
TASKS = "conclusions/task-performance.md"
COST = "conclusions/cost.md"
NO_RAG = "conclusions/when-rag-does-not-fit.md"

CONCLUSIONS: tuple[Conclusion, ...] = (
    Conclusion(id="inside-or-outside-the-model", title="Two families: change the model, or add around it", page="why-compare.md"),
    Conclusion(id="rules-are-a-special-case-of-rag", title="Rules are a special case of RAG", page="why-compare.md"),
    Conclusion(id="start-with-a-prompt", title="Start with a prompt", page="conclusions/index.md"),
    Conclusion(id="rag-keeps-knowledge-current", title="RAG keeps changing knowledge current", page=KNOWLEDGE),
    Conclusion(id="rag-injects-knowledge-reliably", title="RAG injects knowledge more reliably", page=KNOWLEDGE),
    Conclusion(id="fine-tune-for-an-unfamiliar-domain", title="Fine-tune for an unfamiliar domain", page=KNOWLEDGE),
    Conclusion(id="fine-tune-knowledge-only-when-stable", title="Fine-tune knowledge in only when it is stable", page=KNOWLEDGE),
    Conclusion(id="reference-material-in-the-prompt", title="Small knowledge can ride in the prompt", page=KNOWLEDGE),
    Conclusion(id="rag-is-stable-and-traceable", title="RAG is stable and traceable", page=TASKS),
    Conclusion(id="fine-tune-for-simple-patterns", title="Fine-tune simple, repetitive patterns", page=TASKS),
    Conclusion(id="no-data-no-fine-tuning", title="No data, no fine-tuning", page=TASKS),
    Conclusion(id="combining-is-not-always-better", title="Combining is not always better", page=TASKS),
    Conclusion(id="fine-tuning-costs-gpus-and-time", title="Fine-tuning costs GPUs and time", page=COST),
    Conclusion(id="retrieval-cost-scales-with-the-retriever", title="Retrieval cost scales with the retriever", page=COST),
    Conclusion(id="fine-tuned-model-serves-at-base-cost", title="A fine-tuned model serves at base cost", page=COST),
    Conclusion(id="adapters-for-many-tasks", title="Adapters for many tasks", page=COST),
    Conclusion(id="no-knowledge-base-no-rag", title="No knowledge base, no RAG", page=NO_RAG),
    Conclusion(id="prompt-for-style-and-everyday-tasks", title="Prompt for style and everyday tasks", page=NO_RAG),
    Conclusion(id="request-input-goes-in-the-context", title="Request input goes in the context", page=NO_RAG),
    Conclusion(id="fine-tune-when-instructions-fail", title="Fine-tune when instructions fail", page=NO_RAG),
    Conclusion(id="open-ended-work-without-retrieval", title="Open-ended work without retrieval", page=NO_RAG),
)
