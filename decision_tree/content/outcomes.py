"""The outcomes of the guide's tree. Data only.

Every outcome cites the documented conclusions it rests on, by the id that is also their
anchor on the site; a test checks the built site against these ids and verdicts.
Numbers are those of the cited papers; see the Evidence page.
"""

from __future__ import annotations

from ..model import Outcome

RETRIEVAL_IS_THE_WEAK_LINK = (
    "In the hands-on tests the source article draws on, RAG's weak spot is mostly retrieval: "
    "measure whether the right passages come back, not only the final answers."
)
LONG_CONTEXT_COST = (
    "Every passage in the prompt costs input tokens on every call, and models use information "
    "in the middle of a long context less well than at its start or end (Liu et al., 2024)."
)
FINE_TUNING_COST = (
    "Training costs GPUs and time; parameter-efficient methods such as LoRA and QLoRA "
    "lower that cost (Hu et al., 2022; Dettmers et al., 2023)."
)
KEEP_A_TEST_SET = "Hold out part of the examples as a test set, and record the prompted model's score on it first."

OUTCOMES: tuple[Outcome, ...] = (
    Outcome(
        id="rag",
        verdict="rag",
        title="Use RAG",
        headline="Use retrieval-augmented generation: keep the knowledge in a searchable store and retrieve it per request.",
        reasons=(
            "In a controlled comparison, RAG beat unsupervised fine-tuning in 28 of 30 MMLU settings "
            "and for every model on knowledge newer than the models (Ovadia et al., 2024).",
            "Updating a knowledge base means editing data, with no training run that could shift the model's behaviour.",
            "Retrieved passages show where an answer came from, which makes answers easier to check.",
        ),
        caveats=(
            RETRIEVAL_IS_THE_WEAK_LINK,
            "How many passages to retrieve has no single best value across models and tasks (Ovadia et al., 2024): tune it on your data.",
            LONG_CONTEXT_COST,
        ),
        next_steps=(
            "Write a small evaluation set of real questions with known answers before building the pipeline.",
            "Index the knowledge, measure whether the right passages come back, then measure the answers.",
            "Keep retrieval light, such as a small embedding model, unless measurements ask for more: "
            "a retrieval step that calls a large model costs far more time.",
        ),
        conclusions=(
            "rag-keeps-knowledge-current",
            "rag-injects-knowledge-reliably",
            "rag-is-stable-and-traceable",
            "retrieval-cost-scales-with-the-retriever",
        ),
        sources=("ovadia-2024", "lewis-2020", "liu-2024"),
    ),
    Outcome(
        id="knowledge-in-prompt",
        verdict="prompting",
        title="Put the knowledge in the prompt",
        headline="Put the knowledge straight into the prompt; no retrieval system is needed yet.",
        reasons=(
            "A prompt can carry reference material as well as instructions and examples.",
            "When all the knowledge fits in every prompt, nothing has to choose which part to send, "
            "so a retrieval system would add moving parts without adding knowledge.",
        ),
        caveats=(
            LONG_CONTEXT_COST,
            "If the knowledge grows beyond what fits comfortably, this stops working: move to RAG.",
        ),
        next_steps=(
            "Put the material in a fixed part of the prompt, ahead of the question, and test with real questions.",
            "Watch the prompt's size as the knowledge grows, and take the quiz again when it no longer fits.",
        ),
        conclusions=("reference-material-in-the-prompt",),
        sources=("liu-2024", "balaguer-2024"),
    ),
    Outcome(
        id="prompting",
        verdict="prompting",
        title="Prompting is enough",
        headline="Prompting is enough: give the model the input, clear instructions and a few examples.",
        reasons=(
            "The task depends on the material in the request or on style, not on stored knowledge, so there is nothing to retrieve.",
            "A careful prompt already gets the behaviour you need, so training would add cost and risk without a clear gain.",
        ),
        caveats=(
            "Examples and retrieved material can narrow open-ended work such as brainstorming: add them only where they help.",
            "A prompt that works today can drift when the model is updated: keep test inputs to check it again.",
        ),
        next_steps=(
            "Keep the prompt and a handful of test inputs with their expected outputs under version control.",
            "If the model later stops following instructions, take the quiz again: that is the case for fine-tuning.",
        ),
        conclusions=(
            "request-input-goes-in-the-context",
            "prompt-for-style-and-everyday-tasks",
            "open-ended-work-without-retrieval",
        ),
        sources=(),
    ),
    Outcome(
        id="prompt-baseline-first",
        verdict="prompting",
        title="Start with a prompted baseline",
        headline="Start with a prompted baseline and a small test set, then take the quiz again.",
        reasons=(
            "A prompt is the cheapest way to steer a model: no data pipeline and no training.",
            "A prompted baseline shows which gap you actually have, and that gap decides between retrieval and fine-tuning.",
        ),
        caveats=("This is a first step rather than a final answer: come back once you have results.",),
        next_steps=(
            "Collect a small set of real inputs with the outputs you want.",
            "Run them with a careful prompt, then run the failures again with the right reference passages pasted into the prompt.",
            "If the passages fix the answers, the gap is knowledge and RAG is the likely route; "
            "if the model still ignores instructions or format, the gap is behaviour and fine-tuning is the likely route.",
        ),
        conclusions=("start-with-a-prompt",),
        sources=(),
    ),
    Outcome(
        id="fine-tune-plus-rag",
        verdict="fine-tuning-and-rag",
        title="Fine-tune and use RAG",
        headline="Fine-tune the model for the domain or the instructions, and retrieve the facts.",
        reasons=(
            "As the source article puts it, retrieval cannot help a model that misreads the domain or ignores instructions, "
            "even with the answer in front of it.",
            "In the agriculture study, fine-tuning raised accuracy by over 6 percentage points and RAG added 5 more: "
            "the gains added up (Balaguer et al., 2024).",
        ),
        caveats=(
            "Combining is not always better: on knowledge newer than the models, fine-tuning plus RAG scored "
            "below RAG alone (Ovadia et al., 2024).",
            "Facts the model did not already know are learned slowly in fine-tuning and, once learned, make it more prone to hallucinate "
            "(Gekhman et al., 2024): train for the domain's language and for following instructions, and leave facts to retrieval.",
            FINE_TUNING_COST,
        ),
        next_steps=(
            "Build and measure the retrieval side first.",
            "Fine-tune on examples that include retrieved passages, so the model learns to use them (the approach of RAFT, Zhang et al., 2024).",
            "Compare fine-tuned plus RAG with RAG alone on the same evaluation set, and keep the combination only if it wins.",
        ),
        conclusions=("fine-tune-for-an-unfamiliar-domain",),
        sources=("balaguer-2024", "ovadia-2024", "gekhman-2024", "zhang-2024-raft"),
    ),
    Outcome(
        id="fine-tune",
        verdict="fine-tuning",
        title="Fine-tune for the behaviour",
        headline="Fine-tune the model for the behaviour you need, starting parameter-efficient.",
        reasons=(
            "Retrieval cannot make a model follow instructions or a style; training on examples of the behaviour can.",
            "A fine-tuned model answers as fast as the original, with short prompts and concise output.",
        ),
        caveats=(
            "The quantity and quality of the examples decide the result; fine-tuning is stricter about data than prompting.",
            FINE_TUNING_COST,
            "Training can make a model forget abilities it had (catastrophic forgetting): test those too.",
        ),
        next_steps=(
            KEEP_A_TEST_SET,
            "Start with a parameter-efficient method such as LoRA; move to full fine-tuning only if it falls short.",
            "Re-run the test set after every training run.",
        ),
        conclusions=(
            "fine-tune-when-instructions-fail",
            "fine-tune-for-simple-patterns",
            "fine-tuned-model-serves-at-base-cost",
        ),
        sources=("hu-2022", "dettmers-2023", "balaguer-2024"),
    ),
    Outcome(
        id="fine-tune-adapters",
        verdict="fine-tuning",
        title="Fine-tune one adapter per task",
        headline="Fine-tune one parameter-efficient adapter per task on a shared base model.",
        reasons=(
            "Retrieval cannot make a model follow instructions or a style; training on examples of the behaviour can.",
            "One fine-tuned model may not cover many tasks, and serving several fully fine-tuned models side by side is awkward.",
            "LoRA trains a small set of extra weights per task while the base model stays frozen, so in this guide's reading "
            "several tasks can share one deployed base model (Hu et al., 2022).",
        ),
        caveats=(
            "Each adapter still needs its own examples and its own test set.",
            "Check that your serving stack can switch adapters per request before committing to this design.",
        ),
        next_steps=(
            KEEP_A_TEST_SET,
            "Train one adapter for the task that hurts most, and measure it before adding the next.",
        ),
        conclusions=("adapters-for-many-tasks", "fine-tune-when-instructions-fail"),
        sources=("hu-2022", "dettmers-2023"),
    ),
    Outcome(
        id="fine-tune-knowledge",
        verdict="fine-tuning",
        title="Fine-tune the knowledge in",
        headline="Fine-tune the knowledge into the model, restated many ways, and retrain when it changes.",
        reasons=(
            "With no retrieval step, the knowledge has to live in the model's weights.",
            "A fine-tuned model answers as fast as the original, with short prompts and concise output.",
        ),
        caveats=(
            "In the one controlled comparison, this was the less reliable way to add knowledge: unsupervised fine-tuning trailed RAG "
            "in 28 of 30 MMLU settings and for every model on knowledge newer than the models (Ovadia et al., 2024).",
            "Facts must be repeated in many forms: accuracy rose monotonically with the number of paraphrases (Ovadia et al., 2024).",
            "New facts are learned slowly in fine-tuning and, once learned, make the model more prone to hallucinate (Gekhman et al., 2024).",
            "Every change to the knowledge means another training run.",
        ),
        next_steps=(
            "Write several paraphrases of each fact into the training set.",
            "Test with questions phrased differently from the training text.",
            "Revisit retrieval when infrastructure or budget allow, and take the quiz again then.",
        ),
        conclusions=("fine-tune-knowledge-only-when-stable", "fine-tuned-model-serves-at-base-cost"),
        sources=("ovadia-2024", "gekhman-2024", "balaguer-2024"),
    ),
    Outcome(
        id="build-knowledge-base-first",
        verdict="not-ready",
        title="Build the knowledge base first",
        headline="Not ready yet: gather the knowledge and make it searchable before choosing.",
        reasons=(
            "RAG depends on a knowledge base: without the business data, or somewhere to run retrieval, it is not an option.",
            "Fine-tuning the knowledge in would need the same data, so it does not close the gap either.",
        ),
        caveats=(
            "If the data exists, the knowledge is stable and retrieval truly cannot run where the model is served, "
            "fine-tuning the knowledge in is the fallback; the quiz reaches it through those answers.",
        ),
        next_steps=(
            "List the sources the answers need, and who owns each one.",
            "Put them into a form a retriever can index, then take the quiz again.",
        ),
        conclusions=("no-knowledge-base-no-rag",),
        sources=(),
    ),
    Outcome(
        id="collect-data-first",
        verdict="not-ready",
        title="Collect training data first",
        headline="Not ready yet: collect training data before fine-tuning; meanwhile make the most of prompts and any retrieval you have.",
        reasons=(
            "Fine-tuning asks more of data than prompting: without enough good examples it is unlikely to beat a careful prompt.",
            "The source article's author holds that a model lacking a domain gets a basic grasp of it only from fine-tuning on enough data.",
        ),
        caveats=("Collecting examples takes time: keep improving the prompt, and the retrieval if you have a knowledge base, while you do.",),
        next_steps=(
            "Log real inputs and good outputs from the prompted system; they become the training set.",
            "Write down what a good example looks like before collecting them.",
        ),
        conclusions=("no-data-no-fine-tuning",),
        sources=(),
    ),
)
