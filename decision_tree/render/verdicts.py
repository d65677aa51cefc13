"""How a verdict is shown without colour wherever it appears (the diagram, the legend, the chips):
an icon and the verdict's short name from the interface texts."""

from __future__ import annotations

from typing import Mapping

# A non-colour mark for each verdict, shown in the outcome boxes and the legend beside the
# verdict's short name. Common symbols every system font set covers.
VERDICT_ICONS: Mapping[str, str] = {
    "prompting": "\u270e",  # a pencil: write the prompt
    "constrained-output": "{ }",  # a schema
    "stronger-model": "\u25b2",  # a step up
    "rag": "\u2630",  # an index to look things up in
    "tool-calls": "\u21c4",  # a call out and an answer back
    "fine-tuning": "\u2699",  # a gear: change the model itself
    "fine-tuning-and-rag": "\u2699\u2630",
    "not-ready": "\u26a0",  # stop and prepare first
}


def verdict_name(texts: Mapping[str, str], verdict: str) -> str:
    """A verdict's short name from the interface texts, or an error naming the missing key."""
    key = f"verdict-short-{verdict}"
    if key not in texts:
        raise KeyError(f"the interface texts have no {key!r}: every verdict needs a short name for the diagram")
    return texts[key]
