"""BENCHMARKS.md: the figures, each against its target, and plain words where a target is missed."""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field

from .assets import AssetSize
from .build_profile import Profile
from .build_time import BuildTimes
from .lighthouse import CATEGORIES, Scores
from .quiz_page import Latency, Transfer

KB = 1000  # bytes; the stricter reading of "10 KB"
TARGETS = {  # Lighthouse category -> (mobile target, desktop target)
    "performance": (0.95, 1.0),
    "accessibility": (1.0, 1.0),
    "best-practices": (1.0, 1.0),
    "seo": (1.0, 1.0),
}


@dataclass(frozen=True)
class Row:
    """One figure of the results table."""

    figure: str
    value: str
    target: str
    passed: bool | None  # None: reported, no target
    why_missed: list[str] = field(default_factory=list)

    @property
    def status(self) -> str:
        return "—" if self.passed is None else "PASS" if self.passed else "**MISS**"


@dataclass(frozen=True)
class Results:
    """Everything one benchmark run measured."""

    date: str
    machine: dict[str, str]
    load: tuple[tuple[float, ...], tuple[float, ...]]  # load averages (1, 5, 15 min) at start and at end
    served: str
    builds: BuildTimes
    profiles: dict[bool, Profile]  # rendering on / off -> one profiled build
    assets: list[AssetSize]
    transfer: Transfer
    latency: Latency
    lighthouse: dict[tuple[str, str], list[Scores]]  # (page, form factor) -> runs


def rows(results: Results) -> list[Row]:
    """Every figure with its target, in the order of the results table."""
    return [_build_row(results.builds, results.profiles), _assets_row(results.assets), _transfer_row(results.transfer),
            _latency_row(results.latency), *_lighthouse_rows(results.lighthouse)]


def _build_row(builds: BuildTimes, profiles: dict[bool, Profile]) -> Row:
    on, off = statistics.median(builds.rendering), statistics.median(builds.no_rendering)
    passed = builds.ratio <= 1.15
    why = [] if passed else [f"Rendering the tree adds {on - off:.2f} s (median) to a {off:.2f} s build."] + _profile_lines(profiles)
    value = f"{builds.ratio:.3f} (median {on:.2f} s with, {off:.2f} s without; {_pairs(len(builds.rendering))})"
    return Row("Build time, tree rendering on / off", value, "≤ 1.15", passed, why)


def _profile_lines(profiles: dict[bool, Profile]) -> list[str]:
    """Where one profiled build of each variant spends the difference, stage by stage."""
    on, off = profiles[True], profiles[False]
    lines = [f"{stage}: {on.stages[stage]:.3f} s with, {off.stages[stage]:.3f} s without "
             f"({on.stages[stage] - off.stages[stage]:+.3f} s)" for stage in on.stages]
    return [f"One build of each under cProfile (which slows Python code, so compare the stages): {'; '.join(lines)}.",
            f"The rendered markup makes the built HTML {on.html_bytes / KB:.0f} KB instead of {off.html_bytes / KB:.0f} KB, "
            "and the stages that run after the hook (search indexing, templates, writing) handle it again."]


def _assets_row(assets: list[AssetSize]) -> Row:
    gzipped, raw = sum(a.gzipped for a in assets), sum(a.raw for a in assets)
    passed = gzipped <= 10 * KB
    largest = max(assets, key=lambda a: a.gzipped)
    why = [] if passed else [f"The largest file is {largest.path} ({largest.gzipped / KB:.1f} KB gzipped)."]
    value = f"{gzipped / KB:.1f} KB gzipped ({raw / KB:.1f} KB raw, {len(assets)} files)"
    return Row("Own JavaScript and CSS, gzip -9", value, "≤ 10 KB", passed, why)


def _transfer_row(transfer: Transfer) -> Row:
    value = f"{transfer.total / KB:.1f} KB in {transfer.requests} requests"
    return Row("Quiz page transfer weight, fresh load", value, "reported", None)


def _latency_row(latency: Latency) -> Row:
    passed = latency.median < 16
    value = f"median {latency.median:.2f} ms, p90 {latency.p90:.2f} ms, max {max(latency.samples):.2f} ms ({len(latency.samples)} clicks)"
    why = [] if passed else ["The quiz re-renders more than the new question on each click."]
    return Row("Click to next question focused", value, "< 16 ms (median)", passed, why)


def _lighthouse_rows(runs: dict[tuple[str, str], list[Scores]]) -> list[Row]:
    found = []
    for (page, form_factor), scores in runs.items():
        for category in CATEGORIES:
            target = TARGETS[category][form_factor == "desktop"]
            median = statistics.median(s.scores[category] for s in scores)
            lost = sorted({line for s in scores for line in s.lost[category]})
            found.append(Row(f"Lighthouse {page} {form_factor}: {category}", f"{median:.2f} (median of {len(scores)})",
                             f"≥ {target:.2f}", median >= target, [] if median >= target else lost))
    return found


def render(results: Results) -> str:
    """The whole of BENCHMARKS.md."""
    table = rows(results)
    parts = [
        "# Benchmarks",
        f"Measured on {results.date} by `.venv/bin/python scripts/benchmark.py`, which rewrites this file. "
        "Speed is measured here and never asserted in the tests.",
        "## Machine and versions",
        _table(["", ""], [*results.machine.items(), ("Load average (1, 5, 15 min) at start; at end", _loads(results.load))]),
        "## Results",
        _table(["Figure", "Value", "Target", "Status"], [(r.figure, r.value, r.target, r.status) for r in table]),
        _busy_note(results),
        "## Missed targets",
        _missed(table),
        "## How it was measured",
        _method(results),
    ]
    return "\n\n".join(parts) + "\n"


def _missed(table: list[Row]) -> str:
    missed = [r for r in table if r.passed is False]
    if not missed:
        return "None: every figure meets its target."
    blocks = []
    for row in missed:
        lines = [f"- **{row.figure}**: {row.value}, target {row.target}."]
        lines += [f"    - {why}" for why in row.why_missed or ["(no audit below 1 was reported)"]]
        blocks.append("\n".join(lines))
    return "\n".join(blocks)


def _method(results: Results) -> str:
    builds, transfer = results.builds, results.transfer
    samples = lambda xs: ", ".join(f"{x:.2f}" for x in xs)  # noqa: E731
    return "\n".join([
        f"- **Serving**: {results.served}",
        f"- **Build time**: `python -m mkdocs build` runs in one sitting, one warm-up of each variant first, then "
        f"{_pairs(len(builds.rendering))} alternating which variant goes first. With rendering (`--strict`): "
        f"{samples(builds.rendering)} s. With `DECISION_TREE_RENDERING=off` (not strict: links into the dropped "
        f"renderings would stop a strict build): {samples(builds.no_rendering)} s. The figure is the ratio of the medians. "
        + " ".join(_profile_lines(results.profiles)),
        "- **Own JavaScript and CSS**: " + "; ".join(f"`{a.path}` {a.raw:,} B raw, {a.gzipped:,} B gzipped" for a in results.assets)
        + ". Each file compressed on its own with gzip level 9; the figure is their sum (1 KB = 1,000 bytes).",
        "- **Transfer weight**: a fresh Chromium context (empty cache) loads the quiz page and waits until the network "
        "is idle; the figure sums response headers and encoded bodies of every finished request (Playwright's "
        "`request.sizes()`), the search worker's index included. By type: "
        + ", ".join(f"{name} {size / KB:.1f} KB" for name, size in transfer.by_type.items()) + ".",
        "- **Click latency**: in Chromium, the benchmark picks an answer (`input[type=radio]` in the quiz), then times "
        "with `performance.now()` inside the page from the Continue button's `click()` until a new heading is in the "
        "DOM and has focus (checked right after the click, then on every DOM mutation). It walks the quiz from a "
        "fresh load to a result, varying the answers, until it has the samples.",
        "- **Lighthouse**: `--only-categories=performance,accessibility,best-practices,seo`, the default (mobile) "
        "preset and `--preset=desktop`, headless Chromium; each page and preset is run several times and the median "
        "score reported.",
    ])


def _loads(load: tuple[tuple[float, ...], tuple[float, ...]]) -> str:
    return "; ".join(", ".join(f"{value:.2f}" for value in moment) for moment in load)


def _busy_note(results: Results) -> str:
    """Timings from a machine busy with other work are noisier; say so next to them."""
    cores = int(results.machine["Cores"])
    peak = max(moment[0] for moment in results.load)
    if peak <= cores:
        return f"The machine was not overloaded (1-minute load average at most {peak:.2f} for {cores} cores)."
    return (f"**The machine was busy with other work during this run** (1-minute load average up to {peak:.2f} "
            f"for {cores} cores), so the timings (build times, click latency, Lighthouse performance) are noisier "
            "and slower than on an idle machine; the samples below show the spread.")


def _pairs(count: int) -> str:
    return f"{count} pair" if count == 1 else f"{count} pairs"


def _table(header: list[str], body: list[tuple[str, ...]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(cell.replace("|", "\\|") for cell in row) + " |" for row in body]
    return "\n".join(lines)
