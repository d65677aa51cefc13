"""The published works the tree's outcomes cite. Data only."""

from __future__ import annotations

from ..model import Source

SOURCES: tuple[Source, ...] = (
    Source(
        id="ovadia-2024",
        citation="Ovadia et al. (2024)",
        title="Fine-Tuning or Retrieval? Comparing Knowledge Injection in LLMs. EMNLP 2024",
        url="https://arxiv.org/abs/2312.05934",
    ),
    Source(
        id="balaguer-2024",
        citation="Balaguer et al. (2024)",
        title="RAG vs Fine-tuning: Pipelines, Tradeoffs, and a Case Study on Agriculture. arXiv preprint",
        url="https://arxiv.org/abs/2401.08406",
    ),
    Source(
        id="gekhman-2024",
        citation="Gekhman et al. (2024)",
        title="Does Fine-Tuning LLMs on New Knowledge Encourage Hallucinations? EMNLP 2024",
        url="https://arxiv.org/abs/2405.05904",
    ),
    Source(
        id="zhang-2024-raft",
        citation="Zhang et al. (2024)",
        title="RAFT: Adapting Language Model to Domain Specific RAG. COLM 2024",
        url="https://arxiv.org/abs/2403.10131",
    ),
    Source(
        id="lewis-2020",
        citation="Lewis et al. (2020)",
        title="Retrieval-Augmented Generation for Knowledge-Intensive NLP Tasks. NeurIPS 2020",
        url="https://arxiv.org/abs/2005.11401",
    ),
    Source(
        id="liu-2024",
        citation="Liu et al. (2024)",
        title="Lost in the Middle: How Language Models Use Long Contexts. TACL 12",
        url="https://arxiv.org/abs/2307.03172",
    ),
    Source(
        id="hu-2022",
        citation="Hu et al. (2022)",
        title="LoRA: Low-Rank Adaptation of Large Language Models. ICLR 2022",
        url="https://arxiv.org/abs/2106.09685",
    ),
    Source(
        id="dettmers-2023",
        citation="Dettmers et al. (2023)",
        title="QLoRA: Efficient Finetuning of Quantized LLMs",
        url="https://arxiv.org/abs/2305.14314",
    ),
)
