"""The questions of the guide's tree, in the order a reader usually meets them. Data only.

Each option's ``rationale`` is the reason shown at the result for having given that answer,
so a result always says which answers drove it.
"""

from __future__ import annotations

from ..model import Option, Question

NOT_SURE = "Not sure"

QUESTIONS: tuple[Question, ...] = (
    Question(
        id="information-source",
        title="Where the information comes from",
        text="Where does the information a good answer needs come from?",
        why=(
            "Retrieval is built for answers that depend on stored knowledge. Material that arrives "
            "with each request, and tasks about style or ideas, are handled by the prompt or by training."
        ),
        options=(
            Option(
                id="stored-knowledge",
                label="Stored knowledge: documents, product data, policies, records",
                next="knowledge-volume",
                rationale="Answers depend on a body of stored knowledge, which is the case retrieval was made for.",
            ),
            Option(
                id="request-input",
                label="The request itself: a transcript, a draft or a file sent with each call",
                next="prompt-result",
                rationale=(
                    "The material arrives with each request, so it can go straight into the prompt; "
                    "there is nothing to index."
                ),
            ),
            Option(
                id="style-or-ideas",
                label="No particular facts: the task is about style, format or fresh ideas",
                next="task-kind",
                rationale="The task turns on style or ideas rather than on knowledge, so retrieval has little to add.",
            ),
            Option(
                id="not-sure",
                label=NOT_SURE,
                next="prompt-baseline-first",
                rationale=(
                    "It is not yet clear whether the model lacks knowledge or the right behaviour; "
                    "a prompted baseline is the cheapest way to find out."
                ),
            ),
        ),
    ),
    Question(
        id="knowledge-volume",
        title="Does it fit in the prompt?",
        text="Would all of that knowledge fit in the prompt of every request?",
        why=(
            "A prompt can carry reference material as well as instructions. Retrieval earns its keep "
            "when there is more knowledge than fits, or than you want to pay for on every call."
        ),
        options=(
            Option(
                id="fits",
                label="Yes, with room to spare",
                next="knowledge-in-prompt",
                rationale="All the knowledge fits in every prompt, so nothing has to select the relevant part.",
            ),
            Option(
                id="too-large",
                label="No, there is far more than fits",
                next="knowledge-base",
                rationale="There is more knowledge than fits in a prompt, so each request needs the relevant part selected.",
            ),
            Option(
                id="not-sure",
                label=NOT_SURE,
                next="knowledge-base",
                rationale="Unsure whether it fits; the guide assumed it does not, the usual case for business data.",
            ),
        ),
    ),
    Question(
        id="knowledge-base",
        title="Can you build a knowledge base?",
        text="Can you build a knowledge base that a retriever can search?",
        why=(
            "RAG depends on a knowledge base: the data itself, and a retrieval service that runs when "
            "the model answers. Without either one, RAG is not an option."
        ),
        options=(
            Option(
                id="yes",
                label="Yes: we have the data and can run retrieval",
                next="domain-fit",
                rationale="A searchable knowledge base can be built, which is what RAG depends on.",
            ),
            Option(
                id="no-data",
                label="No: we do not have the data, or may not use it",
                next="build-knowledge-base-first",
                rationale="Without the underlying data there is nothing to retrieve, and nothing to train on either.",
            ),
            Option(
                id="no-retrieval",
                label="We have the data, but cannot run retrieval where the model is served",
                next="change-rate-without-retrieval",
                rationale=(
                    "Retrieval cannot run where the model is served, which rules RAG out and leaves "
                    "the knowledge to be trained into the model."
                ),
            ),
            Option(
                id="not-sure",
                label=NOT_SURE,
                next="build-knowledge-base-first",
                rationale="Unsure whether the data or the infrastructure exist; finding out comes first.",
            ),
        ),
    ),
    Question(
        id="change-rate-without-retrieval",
        title="Without retrieval: how often does it change?",
        text="Without retrieval, the knowledge must be trained into the model. How often does it change?",
        why=(
            "Knowledge trained into a model changes only with another training run, so fine-tuning it in "
            "is workable only for knowledge that rarely changes."
        ),
        options=(
            Option(
                id="rarely",
                label="Rarely: it is a stable body of knowledge",
                next="fine-tune-knowledge",
                rationale="The knowledge is stable, so training it into the model will not need frequent runs.",
            ),
            Option(
                id="often",
                label="Often or at unpredictable times",
                next="build-knowledge-base-first",
                rationale=(
                    "The knowledge changes often, and each change would need a training run: "
                    "making retrieval possible is the better investment."
                ),
            ),
            Option(
                id="not-sure",
                label=NOT_SURE,
                next="build-knowledge-base-first",
                rationale="Unsure how often it changes; find out before training knowledge into a model.",
            ),
        ),
    ),
    Question(
        id="domain-fit",
        title="Passages in the prompt: what happens?",
        text="Paste the right passages into a prompt and ask the model a few real questions. What happens?",
        why=(
            "This separates a knowledge gap, which retrieval closes, from a model that cannot use the "
            "knowledge even when it is in front of it, which retrieval cannot fix."
        ),
        options=(
            Option(
                id="answers-well",
                label="It answers well once the passages are in front of it",
                next="change-rate",
                rationale="The model uses supplied passages well, so retrieval can close the knowledge gap.",
            ),
            Option(
                id="misreads-domain",
                label="It misreads them: the domain's terms and concepts are foreign to it",
                next="domain-data",
                rationale="The model lacks a grounding in the domain; the source article holds that retrieved passages alone cannot give it one.",
            ),
            Option(
                id="ignores-instructions",
                label="It has the facts but ignores our instructions or format",
                next="domain-data",
                rationale="The model does not follow instructions; putting the answer in front of it does not fix that.",
            ),
            Option(
                id="not-tried",
                label="We have not tried yet",
                next="change-rate",
                rationale=(
                    "Not tried yet; the guide assumed the model can use supplied passages. "
                    "Check this early, because the answer can change the result."
                ),
            ),
        ),
    ),
    Question(
        id="change-rate",
        title="How often does it change?",
        text="How often does the knowledge change?",
        why=(
            "A knowledge base takes an update by editing data; a fine-tuned model by training again. "
            "The more often the knowledge changes, the wider that gap."
        ),
        options=(
            Option(
                id="often",
                label="Often or at unpredictable times: new items, prices, policies",
                next="rag",
                rationale="The knowledge changes often, and a knowledge base takes updates without any training run.",
            ),
            Option(
                id="rarely",
                label="Rarely: it is a stable body of knowledge",
                next="traceability",
                rationale="The knowledge is stable, so how often it changes does not decide the matter by itself.",
            ),
            Option(
                id="not-sure",
                label=NOT_SURE,
                next="rag",
                rationale="Unsure how often it changes; retrieval stays current either way, so the guide chose it.",
            ),
        ),
    ),
    Question(
        id="traceability",
        title="Traceable answers or look-alike items?",
        text="Must answers be checkable against a source, or keep many near-identical items apart?",
        why=(
            "Retrieved passages show where an answer came from, and exact records keep look-alike items, "
            "such as product models or versions, from being mixed up."
        ),
        options=(
            Option(
                id="yes",
                label="Yes: wrong details are costly, or many items look alike",
                next="rag",
                rationale="Answers must be traceable or keep look-alike items apart, which favours retrieving the exact record.",
            ),
            Option(
                id="no",
                label="No: a fluent answer without a source is acceptable",
                next="serving-budget",
                rationale="Answers need not cite a source, so traceability does not decide the matter.",
            ),
            Option(
                id="not-sure",
                label=NOT_SURE,
                next="rag",
                rationale="Unsure whether answers must be traceable; retrieval keeps that possible, so the guide chose it.",
            ),
        ),
    ),
    Question(
        id="serving-budget",
        title="Room for a retrieval step?",
        text="Can your latency and cost budget absorb a retrieval step on every request?",
        why=(
            "Retrieval runs before the model answers and adds passages to the prompt. How much time "
            "that costs depends on how complex the retrieval module is."
        ),
        options=(
            Option(
                id="yes",
                label="Yes: a retrieval step fits",
                next="rag",
                rationale="A retrieval step fits the latency and cost budget.",
            ),
            Option(
                id="no",
                label="No: answers must come as fast as the bare model, with short prompts",
                next="fine-tune-knowledge",
                rationale="No retrieval step fits the budget, and a fine-tuned model runs as fast as the original.",
            ),
            Option(
                id="not-sure",
                label=NOT_SURE,
                next="rag",
                rationale=(
                    "Unsure about the budget; a retrieval step built on small models adds little time, "
                    "so measure it before ruling it out."
                ),
            ),
        ),
    ),
    Question(
        id="domain-data",
        title="Domain data and means to train?",
        text="Do you have enough domain material to train on, and the means to train?",
        why=(
            "Giving a model a grasp of a domain, or of your instructions, takes enough good data "
            "(domain text or worked examples) and GPUs or a hosted fine-tuning service."
        ),
        options=(
            Option(
                id="yes",
                label="Yes: enough domain text or worked examples, and GPUs or a hosted service",
                next="fine-tune-plus-rag",
                rationale="There is enough domain data and the means to train on it.",
            ),
            Option(
                id="no",
                label="No: too little data, or no way to train",
                next="collect-data-first",
                rationale="There is not yet enough data, or no way to train, so fine-tuning cannot start.",
            ),
            Option(
                id="not-sure",
                label=NOT_SURE,
                next="collect-data-first",
                rationale="Unsure whether the data is enough; take stock of it before committing to training.",
            ),
        ),
    ),
    Question(
        id="task-kind",
        title="What kind of task?",
        text="Which best describes the task?",
        why=(
            "Open-ended work is usually done with a prompt, and retrieved examples can narrow it. "
            "Narrow, repetitive patterns are where, in the source article author's experience, fine-tuning can reach a higher ceiling."
        ),
        options=(
            Option(
                id="open-ended",
                label="Open-ended writing or ideas: brainstorming, drafts, rewriting",
                next="prompt-result",
                rationale="Open-ended work needs instructions followed more than facts, and examples can narrow its ideas.",
            ),
            Option(
                id="house-style",
                label="Text in a set style or format: reply scripts, reports, templates",
                next="prompt-result",
                rationale="The task constrains style and format, which a prompt or training handles without retrieval.",
            ),
            Option(
                id="narrow-pattern",
                label="One narrow pattern at high volume: classification, extraction, a fixed rewrite",
                next="training-data",
                rationale="For a simple, repetitive pattern, the source article's author reports from experience that fine-tuning can reach a higher ceiling, given enough data and training.",
            ),
            Option(
                id="not-sure",
                label=NOT_SURE,
                next="prompt-result",
                rationale="Unsure of the task's shape; the guide started from the cheapest route, a prompt.",
            ),
        ),
    ),
    Question(
        id="prompt-result",
        title="Does a careful prompt work?",
        text="With a careful prompt, clear instructions and a few examples, does the model do what you ask?",
        why=(
            "A prompt is the quickest way to steer a model. A model that still will not follow "
            "instructions has a gap that training can close and retrieval cannot."
        ),
        options=(
            Option(
                id="yes",
                label="Yes, well enough",
                next="prompting",
                rationale="A careful prompt already gets the behaviour you need, so training would add cost without a clear gain.",
            ),
            Option(
                id="no",
                label="No: it keeps ignoring instructions or drifting from the format",
                next="training-data",
                rationale="The model does not follow instructions even with a careful prompt, a gap that training can close.",
            ),
            Option(
                id="not-tried",
                label="We have not tried yet",
                next="prompt-baseline-first",
                rationale="No prompt has been tried yet, and trying one is the cheapest next step.",
            ),
        ),
    ),
    Question(
        id="training-data",
        title="Examples and means to train?",
        text="Do you have enough good examples of the output you want, and the means to train?",
        why=(
            "Fine-tuning asks more of data and training than prompting does: the quantity and quality "
            "of the examples decide the result, and training needs GPUs or a hosted service."
        ),
        options=(
            Option(
                id="yes",
                label="Yes: a large set of good examples, and GPUs or a hosted service",
                next="task-count",
                rationale="There are enough good examples and the means to train on them.",
            ),
            Option(
                id="no",
                label="No: few examples, or no way to train",
                next="collect-data-first",
                rationale="There are not yet enough examples, or no way to train, so fine-tuning cannot start.",
            ),
            Option(
                id="not-sure",
                label=NOT_SURE,
                next="collect-data-first",
                rationale="Unsure whether the examples are enough; take stock of them before committing to training.",
            ),
        ),
    ),
    Question(
        id="task-count",
        title="How many tasks?",
        text="How many different tasks will this deployment serve?",
        why=(
            "One fine-tuned model may not cover several tasks, and deploying several fine-tuned "
            "models side by side is awkward."
        ),
        options=(
            Option(
                id="one",
                label="One task, or a few closely related ones",
                next="fine-tune",
                rationale="The deployment serves one task, so a single fine-tuned model covers it.",
            ),
            Option(
                id="many",
                label="Many different tasks",
                next="fine-tune-adapters",
                rationale="The deployment serves many tasks, and several fully fine-tuned models are awkward to serve.",
            ),
            Option(
                id="not-sure",
                label=NOT_SURE,
                next="fine-tune-adapters",
                rationale="Unsure how many tasks will come; per-task adapters keep room to add more.",
            ),
        ),
    ),
)
