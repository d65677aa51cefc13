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
        title="QLoRA: Efficient Finetuning of Quantized LLMs. NeurIPS 2023",
        url="https://arxiv.org/abs/2305.14314",
    ),
)

# Added with tree version 2: what changed in practice from 2024 to 2026. Vendor pages are
# dated in their titles, because prices and products change; the advice never rests on one.
SOURCES += (
    Source(
        id="soudani-2024",
        citation="Soudani et al. (2024)",
        title="Fine Tuning vs. Retrieval Augmented Generation for Less Popular Knowledge. SIGIR-AP 2024",
        url="https://arxiv.org/abs/2403.01432",
    ),
    Source(
        id="li-2024-self-route",
        citation="Li et al. (2024)",
        title="Retrieval Augmented Generation or Long-Context LLMs? A Comprehensive Study and Hybrid Approach. EMNLP 2024 Industry Track",
        url="https://arxiv.org/abs/2407.16833",
    ),
    Source(
        id="hsieh-2024-ruler",
        citation="Hsieh et al. (2024)",
        title="RULER: What's the Real Context Size of Your Long-Context Language Models? COLM 2024",
        url="https://arxiv.org/abs/2404.06654",
    ),
    Source(
        id="openai-2024-prompt-caching",
        citation="OpenAI (2024)",
        title="Prompt caching, API documentation (one provider's terms, as read in 2026)",
        url="https://developers.openai.com/api/docs/guides/prompt-caching",
    ),
    Source(
        id="openai-2024-structured-outputs",
        citation="OpenAI (2024)",
        title="Introducing Structured Outputs in the API (August 2024)",
        url="https://openai.com/index/introducing-structured-outputs-in-the-api/",
    ),
    Source(
        id="willard-2023-outlines",
        citation="Willard and Louf (2023)",
        title="Efficient Guided Generation for Large Language Models. arXiv preprint",
        url="https://arxiv.org/abs/2307.09702",
    ),
    Source(
        id="thakur-2021-beir",
        citation="Thakur et al. (2021)",
        title="BEIR: A Heterogeneous Benchmark for Zero-shot Evaluation of Information Retrieval Models. NeurIPS 2021 Datasets and Benchmarks",
        url="https://arxiv.org/abs/2104.08663",
    ),
    Source(
        id="anthropic-2024-contextual-retrieval",
        citation="Anthropic (2024)",
        title="Introducing Contextual Retrieval (September 2024; the vendor's own evaluation)",
        url="https://www.anthropic.com/engineering/contextual-retrieval",
    ),
    Source(
        id="sheng-2024-slora",
        citation="Sheng et al. (2024)",
        title="S-LoRA: Serving Thousands of Concurrent LoRA Adapters. MLSys 2024",
        url="https://arxiv.org/abs/2311.03285",
    ),
    Source(
        id="rafailov-2023-dpo",
        citation="Rafailov et al. (2023)",
        title="Direct Preference Optimization: Your Language Model is Secretly a Reward Model. NeurIPS 2023",
        url="https://arxiv.org/abs/2305.18290",
    ),
    Source(
        id="yang-2025-entigraph",
        citation="Yang et al. (2025)",
        title="Synthetic continued pretraining. ICLR 2025",
        url="https://arxiv.org/abs/2409.07431",
    ),
    Source(
        id="openai-2026-fine-tuning-wind-down",
        citation="OpenAI (2026)",
        title="Deprecations: update to OpenAI's self-serve fine-tuning (announced May 2026, as read in September 2026)",
        url="https://developers.openai.com/api/docs/deprecations",
    ),
    # Added with tree version 3.
    Source(
        id="agarwal-2024-many-shot",
        citation="Agarwal et al. (2024)",
        title="Many-Shot In-Context Learning. NeurIPS 2024",
        url="https://arxiv.org/abs/2404.11018",
    ),
    Source(
        id="bertsch-2024-long-context-icl",
        citation="Bertsch et al. (2024)",
        title="In-Context Learning with Long-Context Models: An In-Depth Exploration. arXiv preprint",
        url="https://arxiv.org/abs/2405.00200",
    ),
    Source(
        id="doosterlinck-2024-irera",
        citation="D'Oosterlinck et al. (2024)",
        title="In-Context Learning for Extreme Multi-Label Classification. arXiv preprint",
        url="https://arxiv.org/abs/2401.12178",
    ),
    Source(
        id="vu-2024-freshllms",
        citation="Vu et al. (2024)",
        title="FreshLLMs: Refreshing Large Language Models with Search Engine Augmentation. Findings of ACL 2024",
        url="https://aclanthology.org/2024.findings-acl.813",
    ),
    Source(
        id="anthropic-2024-effective-agents",
        citation="Schluntz and Zhang (2024)",
        title="Building effective agents (Anthropic, December 2024)",
        url="https://www.anthropic.com/engineering/building-effective-agents",
    ),
    Source(
        id="greshake-2023-indirect-injection",
        citation="Greshake et al. (2023)",
        title="Not what you've signed up for: Compromising Real-World LLM-Integrated Applications with Indirect Prompt Injection. arXiv preprint",
        url="https://arxiv.org/abs/2302.12173",
    ),
    Source(
        id="beurer-kellner-2025-design-patterns",
        citation="Beurer-Kellner et al. (2025)",
        title="Design Patterns for Securing LLM Agents against Prompt Injections. arXiv preprint",
        url="https://arxiv.org/abs/2506.08837",
    ),
    Source(
        id="douze-2024-faiss",
        citation="Douze et al. (2024)",
        title="The Faiss library. arXiv preprint",
        url="https://arxiv.org/abs/2401.08281",
    ),
)
