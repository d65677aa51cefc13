"""The site's weight and speed on a phone against their budgets: the figures of several runs (the
median counts), kept as JSON so that a later run can show them beside its own ("before")."""

from __future__ import annotations

import json
import statistics
from dataclasses import asdict, dataclass, field
from pathlib import Path

from .assets import AssetSize
from .lighthouse import Scores
from .quiz_page import Latency, Transfer

KB = 1000  # bytes
NOTES = "What it is made of, and what would bring it within its budget: see the notes above."
BUSY = ("A timing: on a machine busy with other work it is slower and spreads wider (see the load average "
        "above and Lighthouse's runs below).")
BUDGETS = {  # figure -> the most it may be
    "own_kb": 20.0, "transfer_kb": 150.0, "requests": 15, "index_kb": 70.0, "blocking_ms": 50.0,
    "click_median_ms": 8.0, "click_p90_ms": 16.0,
}


@dataclass(frozen=True)
class Figures:
    """One benchmark run's figures (medians over its runs where it repeats a measurement)."""

    own_kb: float
    own_raw_kb: float
    own_files: int
    largest_own: str
    transfer_kb: float  # the English quiz page's
    requests: int
    by_type_kb: dict[str, float]
    index_kb: dict[str, float]  # language -> gzipped KB
    index_entries: dict[str, int]
    blocking_ms: float | None  # Lighthouse mobile on the quiz page; None without Lighthouse
    click_median_ms: float
    click_p90_ms: float
    runs: int
    click_framed_median_ms: float | None = None  # to the end of the next frame; None where not measured
    # Other editions' quiz pages: edition -> (KB, requests); each mobile page's blocking time: page -> ms.
    transfer_by_edition: dict[str, list] = field(default_factory=dict)
    blocking_by_page: dict[str, float] = field(default_factory=dict)

    def save(self, path: Path) -> None:
        path.write_text(json.dumps(asdict(self), indent=1) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> Figures:
        return cls(**json.loads(path.read_text(encoding="utf-8")))


def figures(
    assets: list[AssetSize], indexes: dict[str, tuple[AssetSize, int]], transfers: dict[str, list[Transfer]],
    latencies: list[Latency], mobile: dict[str, list[Scores]],
) -> Figures:
    """The run's figures: each repeated measurement's median. ``transfers`` are by edition, the
    first the default one; ``mobile`` holds each page's Lighthouse runs on the mobile preset."""
    middles = {edition: sorted(runs, key=lambda t: t.total)[(len(runs) - 1) // 2] for edition, runs in transfers.items()}  # the lower of two
    requests = {edition: int(statistics.median_low([t.requests for t in runs])) for edition, runs in transfers.items()}
    default = next(iter(transfers))
    largest = max(assets, key=lambda a: a.gzipped)
    blocking = {page: statistics.median(s.blocking_ms for s in runs) for page, runs in mobile.items()}
    return Figures(
        own_kb=sum(a.gzipped for a in assets) / KB, own_raw_kb=sum(a.raw for a in assets) / KB, own_files=len(assets),
        largest_own=f"{largest.path} ({largest.gzipped / KB:.1f} KB gzipped)",
        transfer_kb=middles[default].total / KB, requests=requests[default],
        by_type_kb={name: size / KB for name, size in middles[default].by_type.items()},
        index_kb={language: size.gzipped / KB for language, (size, _) in indexes.items()},
        index_entries={language: entries for language, (_, entries) in indexes.items()},
        blocking_ms=blocking.get("quiz"),
        click_median_ms=statistics.median(latency.median for latency in latencies),
        click_p90_ms=statistics.median(latency.p90 for latency in latencies), runs=len(transfers[default]),
        click_framed_median_ms=statistics.median(latency.framed_median for latency in latencies),
        transfer_by_edition={edition: [middles[edition].total / KB, requests[edition]] for edition in transfers if edition != default},
        blocking_by_page=blocking,
    )


def rows(now: Figures, before: Figures | None, row_type):
    """The budget rows of the results table (``row_type`` is report.Row), each with the earlier
    run's figure beside it when there is one."""
    was = (lambda text: f"; before: {text(before)}") if before else (lambda text: "")  # noqa: E731
    own = lambda f: f"{f.own_kb:.1f} KB gzipped ({f.own_raw_kb:.1f} KB raw, {f.own_files} files)"  # noqa: E731
    transfer = lambda f: f"{f.transfer_kb:.1f} KB in {f.requests} requests"  # noqa: E731
    click = lambda f: f"median {f.click_median_ms:.2f} ms, p90 {f.click_p90_ms:.2f} ms"  # noqa: E731
    found = [
        row_type("Own JavaScript and CSS the site ships, gzip -9", own(now) + was(own), "≤ 20 KB",
                 now.own_kb <= BUDGETS["own_kb"], [f"The largest file is {now.largest_own}.", NOTES]),
        row_type("Quiz page, fresh load (English)", transfer(now) + was(transfer), "≤ 150 KB in ≤ 15 requests",
                 now.transfer_kb <= BUDGETS["transfer_kb"] and now.requests <= BUDGETS["requests"],
                 ["By type: " + ", ".join(f"{name} {size:.1f} KB" for name, size in now.by_type_kb.items()) + ".", NOTES]),
    ]
    for edition, (kb, requests) in now.transfer_by_edition.items():
        other = lambda f, e=edition: (f"{f.transfer_by_edition[e][0]:.1f} KB in {f.transfer_by_edition[e][1]} requests"  # noqa: E731
                                      if e in f.transfer_by_edition else "not measured")
        found.append(row_type(f"Quiz page, fresh load ({edition})", other(now) + was(other), "≤ 150 KB in ≤ 15 requests",
                              kb <= BUDGETS["transfer_kb"] and requests <= BUDGETS["requests"], [NOTES]))
    for language in now.index_kb:
        index = lambda f, l=language: f"{f.index_kb[l]:.1f} KB gzipped ({f.index_entries[l]} pages and sections)"  # noqa: E731
        found.append(row_type(f"Search index, {language} edition", index(now) + was(index), "≤ 70 KB gzipped",
                              now.index_kb[language] <= BUDGETS["index_kb"], [NOTES]))
    pages = now.blocking_by_page or ({"quiz": now.blocking_ms} if now.blocking_ms is not None else {})
    for page, ms in pages.items():
        def blocking(f, page=page):
            value = (f.blocking_by_page or {"quiz": f.blocking_ms}).get(page)
            return f"{value:.0f} ms" if value is not None else "not measured"
        found.append(row_type(f"Total blocking time, {page} page, Lighthouse mobile", blocking(now) + was(blocking), "≤ 50 ms",
                              ms <= BUDGETS["blocking_ms"], [BUSY, NOTES]))
    found.append(row_type("Click to next question focused", click(now) + was(click), "median ≤ 8 ms, p90 ≤ 16 ms",
                          now.click_median_ms <= BUDGETS["click_median_ms"] and now.click_p90_ms <= BUDGETS["click_p90_ms"], [BUSY, NOTES]))
    framed = lambda f: f"median {f.click_framed_median_ms:.2f} ms" if f.click_framed_median_ms else "not measured"  # noqa: E731
    found.append(row_type("Click to the end of the next frame (style, layout and paint included)", framed(now) + was(framed),
                          "reported", None))
    return found
