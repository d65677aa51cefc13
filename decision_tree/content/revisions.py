"""When the statement of a published conclusion changed: one entry per change. Data only.

A conclusion's id never changes once published, but what the conclusion says may be corrected.
Each correction is recorded here with the guide version that made it and the month; what it said,
what it says now and why are texts, in every catalogue under
``[conclusion-history.changes.<id>."<version>"]``. A conclusion whose heading differs from the one
it was last published with must have an entry for the current guide version (tests hold this).

Append only: an entry, once published, is part of the record readers cite against. Record a
change of meaning; a rewording that keeps the meaning needs no entry.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, kw_only=True)
class Revision:
    """One change to what a conclusion says."""

    conclusion: str  # the conclusion's id
    guide: str  # the guide version that made the change, e.g. "3.0.0"
    date: str  # the month of the change, YYYY-MM


REVISIONS: tuple[Revision, ...] = (
    Revision(conclusion="rules-are-a-special-case-of-rag", guide="3.0.0", date="2026-11"),
    Revision(conclusion="fine-tuning-costs-gpus-and-time", guide="3.0.0", date="2026-12"),
    Revision(conclusion="fine-tuned-model-serves-at-base-cost", guide="3.0.0", date="2026-11"),
    Revision(conclusion="try-a-stronger-model", guide="3.0.0", date="2026-12"),
    Revision(conclusion="fine-tune-when-instructions-fail", guide="3.0.0", date="2026-12"),
)
