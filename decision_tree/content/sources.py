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
        id="openai-2024-prompt-caching",  # the id is published; the page cited is the 2026 one
        citation="OpenAI (2026)",
        title="Prompt caching, API documentation (one provider's terms, as read in June 2026)",
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
        id="bertsch-2024-long-context-icl",
        citation="Bertsch et al. (2024)",
        title="In-Context Learning with Long-Context Models: An In-Depth Exploration. arXiv preprint",
        url="https://arxiv.org/abs/2405.00200",
    ),
    Source(
        id="douze-2024-faiss",
        citation="Douze et al. (2024)",
        title="The Faiss library. arXiv preprint",
        url="https://arxiv.org/abs/2401.08281",
    ),
)

# Added with guide version 3.0.0: the questions the source article did not ask (tool calls,
# security, data governance, reasoning models, the retriever, evaluation, devices), for the tree's
# next version to cite. Preprints say so; vendor pages are dated in their titles.
SOURCES += (
    Source(
        id="openai-2023-function-calling",
        citation="OpenAI (2023)",
        title="Function calling and other API updates (June 2023)",
        url="https://openai.com/index/function-calling-and-other-api-updates/",
    ),
    Source(
        id="anthropic-2024-mcp",
        citation="Anthropic (2024)",
        title="Introducing the Model Context Protocol (25 November 2024)",
        url="https://www.anthropic.com/news/model-context-protocol",
    ),
    Source(
        id="vu-2024-freshllms",
        citation="Vu et al. (2024)",
        title="FreshLLMs: Refreshing Large Language Models with Search Engine Augmentation. Findings of ACL 2024",
        url="https://arxiv.org/abs/2310.03214",
    ),
    Source(
        id="anthropic-2024-effective-agents",
        citation="Schluntz and Zhang (2024)",
        title="Building effective agents (Anthropic, 19 December 2024)",
        url="https://www.anthropic.com/engineering/building-effective-agents",
    ),
    Source(
        id="carlini-2021-extraction",
        citation="Carlini et al. (2021)",
        title="Extracting Training Data from Large Language Models. USENIX Security 2021",
        url="https://arxiv.org/abs/2012.07805",
    ),
    Source(
        id="maini-2024-tofu",
        citation="Maini et al. (2024)",
        title="TOFU: A Task of Fictitious Unlearning for LLMs. arXiv preprint",
        url="https://arxiv.org/abs/2401.06121",
    ),
    Source(
        id="edpb-2024-opinion-28",
        citation="EDPB (2024)",
        title="Opinion 28/2024 on certain data protection aspects related to the processing of personal data in the context of AI models (17 December 2024)",
        url="https://www.edpb.europa.eu/our-work-tools/our-documents/opinion-board-art-64/opinion-282024-certain-data-protection-aspects_en",
    ),
    Source(
        id="microsoft-azure-search-security-trimming",
        citation="Microsoft Learn (2026)",
        title="Security filters for trimming results in Azure AI Search (as read in December 2026)",
        url="https://learn.microsoft.com/azure/search/search-security-trimming-for-azure-search",
    ),
    Source(
        id="greshake-2023-indirect-injection",
        citation="Greshake et al. (2023)",
        title="Not what you've signed up for: Compromising Real-World LLM-Integrated Applications with Indirect Prompt Injection. arXiv preprint",
        url="https://arxiv.org/abs/2302.12173",
    ),
    Source(
        id="poisonedrag-2024",
        citation="PoisonedRAG (2024)",
        title="PoisonedRAG: Knowledge Corruption Attacks to Retrieval-Augmented Generation of Large Language Models. arXiv preprint",
        url="https://arxiv.org/abs/2402.07867",
    ),
    Source(
        id="hines-2024-spotlighting",
        citation="Hines et al. (2024)",
        title="Defending Against Indirect Prompt Injection Attacks With Spotlighting. arXiv preprint",
        url="https://arxiv.org/abs/2403.14720",
    ),
    Source(
        id="beurer-kellner-2025-design-patterns",
        citation="Beurer-Kellner et al. (2025)",
        title="Design Patterns for Securing LLM Agents against Prompt Injections. arXiv preprint",
        url="https://arxiv.org/abs/2506.08837",
    ),
    Source(
        id="deepseek-2025-r1",
        citation="DeepSeek-AI (2025)",
        title="DeepSeek-R1: Incentivizing Reasoning Capability in LLMs via Reinforcement Learning. arXiv preprint",
        url="https://arxiv.org/abs/2501.12948",
    ),
    Source(
        id="agarwal-2024-many-shot",
        citation="Agarwal et al. (2024)",
        title="Many-Shot In-Context Learning. NeurIPS 2024",
        url="https://arxiv.org/abs/2404.11018",
    ),
    Source(
        id="shi-2023-replug",
        citation="Shi et al. (2023)",
        title="REPLUG: Retrieval-Augmented Black-Box Language Models. arXiv preprint",
        url="https://arxiv.org/abs/2301.12652",
    ),
    Source(
        id="faysse-2024-colpali",
        citation="Faysse et al. (2024)",
        title="ColPali: Efficient Document Retrieval with Vision Language Models. arXiv preprint",
        url="https://arxiv.org/abs/2407.01449",
    ),
    Source(
        id="edge-2024-graphrag",
        citation="Edge et al. (2024)",
        title="From Local to Global: A Graph RAG Approach to Query-Focused Summarization. arXiv preprint",
        url="https://arxiv.org/abs/2404.16130",
    ),
    Source(
        id="doosterlinck-2024-extreme-labels",
        citation="D'Oosterlinck et al. (2024)",
        title="In-Context Learning for Extreme Multi-Label Classification. arXiv preprint",
        url="https://arxiv.org/abs/2401.12178",
    ),
    Source(
        id="miller-2024-error-bars",
        citation="Miller (2024)",
        title="Adding Error Bars to Evals: A Statistical Approach to Language Model Evaluations. arXiv preprint",
        url="https://arxiv.org/abs/2411.00640",
    ),
    Source(
        id="zheng-2023-llm-judge",
        citation="Zheng et al. (2023)",
        title="Judging LLM-as-a-Judge with MT-Bench and Chatbot Arena. NeurIPS 2023 Datasets and Benchmarks",
        url="https://arxiv.org/abs/2306.05685",
    ),
    Source(
        id="es-2024-ragas",
        citation="Es et al. (2024)",
        title="RAGAs: Automated Evaluation of Retrieval Augmented Generation. EACL 2024 System Demonstrations",
        url="https://arxiv.org/abs/2309.15217",
    ),
    Source(
        id="saad-falcon-2024-ares",
        citation="Saad-Falcon et al. (2024)",
        title="ARES: An Automated Evaluation Framework for Retrieval-Augmented Generation Systems. NAACL 2024",
        url="https://arxiv.org/abs/2311.09476",
    ),
    Source(
        id="norman-2026-judge-reliability",
        citation="Norman et al. (2026)",
        title="Reliability without Validity: A Systematic, Large-Scale Evaluation of LLM-as-a-Judge Models Across Agreement, Consistency, and Bias. arXiv preprint, June 2026",
        url="https://arxiv.org/abs/2606.19544",
    ),
    Source(
        id="zhou-2023-benchmark-leakage",
        citation="Zhou et al. (2023)",
        title="Don't Make Your LLM an Evaluation Benchmark Cheater. arXiv preprint",
        url="https://arxiv.org/abs/2311.01964",
    ),
    Source(
        id="apple-2025-adapters",
        citation="Apple (2025)",
        title="Get started with Foundation Models adapter training (developer documentation, as read in December 2026)",
        url="https://developer.apple.com/apple-intelligence/foundation-models-adapter",
    ),
    Source(
        id="google-2025-gemini-api-terms",
        citation="Google (2025)",
        title="Gemini API Additional Terms of Service (revised 20 May 2025)",
        url="https://ai.google.dev/gemini-api/terms",
    ),
)
