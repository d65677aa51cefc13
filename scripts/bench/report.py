"""BENCHMARKS.md: the figures, each against its target, and plain words where a target is missed."""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field

from . import budgets
from .assets import AssetSize
from .build_profile import Profile
from .build_time import BuildTimes
from .lighthouse import CATEGORIES, Scores

KB = 1000  # bytes; the stricter reading of "10 KB"
TARGETS = {  # Lighthouse category -> (mobile target, desktop target)
    "performance": (0.98, 1.0),
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
    builds: BuildTimes | None  # None when the build times were not measured (--no-build-time)
    profiles: dict[bool, Profile] | None  # rendering on / off -> one profiled build
    assets: list[AssetSize]
    figures: budgets.Figures
    before: budgets.Figures | None  # an earlier run's, shown beside these (--before)
    lighthouse: dict[tuple[str, str], list[Scores]]  # (page, form factor) -> runs
    aside: str = ""  # what the figures mean, in people's words (scripts/bench/site-notes.md)


def rows(results: Results) -> list[Row]:
    """Every figure with its target, in the order of the results table."""
    built = _build_rows(results.builds, results.profiles) if results.builds else []
    return [*built, *budgets.rows(results.figures, results.before, Row), *_lighthouse_rows(results.lighthouse)]


# Build variant -> (what it is, the most its median may be, as a multiple of a build without rendering).
BUILD_TARGETS = {
    "rebuild": ("Build time, rebuild (renderings cached) / no tree rendering", 1.05),
    "cold": ("Build time, cold build (empty cache) / no tree rendering", 1.10),
}


def _build_rows(builds: BuildTimes, profiles: dict[bool, Profile]) -> list[Row]:
    found = []
    off = builds.median("off")
    for variant, (figure, target) in BUILD_TARGETS.items():
        ratio, median = builds.ratio(variant), builds.median(variant)
        passed = ratio <= target
        why = [] if passed else [f"Rendering the tree adds {median - off:.3f} s (median) to a {off:.3f} s build."] + _profile_lines(profiles)
        value = f"{ratio:.3f} (median {median:.3f} s, without rendering {off:.3f} s; {len(builds.seconds[variant])} rounds)"
        found.append(Row(figure, value, f"≤ {target:.2f}", passed, why))
    if builds.instructions:
        for variant, (figure, _) in BUILD_TARGETS.items():
            value = (f"{builds.instruction_ratio(variant):.3f} ({builds.instructions[variant] / 1e9:.2f} × 10⁹ instructions, "
                     f"without rendering {builds.instructions['off'] / 1e9:.2f} × 10⁹)")
            found.append(Row(figure.replace("Build time", "Build instructions"), value, "reported", None))
    return found


def _profile_lines(profiles: dict[bool, Profile]) -> list[str]:
    """Where one profiled build of each variant spends the difference, stage by stage."""
    on, off = profiles[True], profiles[False]
    lines = [f"{stage}: {on.stages[stage]:.3f} s with, {off.stages[stage]:.3f} s without "
             f"({on.stages[stage] - off.stages[stage]:+.3f} s)" for stage in on.stages]
    return [f"One build of each under cProfile (which slows Python code, so compare the stages): {'; '.join(lines)}.",
            f"The rendered markup makes the built HTML {on.html_bytes / KB:.0f} KB instead of {off.html_bytes / KB:.0f} KB, "
            "and the stages that run after the hook (search indexing, templates, writing) handle it again."]


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
    """The site's section of BENCHMARKS.md."""
    note = busy_note(int(results.machine["Cores"]), results.load, "build times, click latency, Lighthouse performance")
    return section(
        "The site: build, size and speed in the browser", "scripts/benchmark.py", results.date,
        ("Machine and versions", results.machine, results.load), rows(results),
        note + " The samples under *How it was measured* show the spread.", _method(results), results.aside,
    )


def section(
    title: str, command: str, date: str, machine: tuple[str, dict[str, str], tuple[tuple[float, ...], ...]],
    table: list[Row], note: str, method: str, aside: str = "",
) -> str:
    """One section of BENCHMARKS.md, laid out as every section is: who measured it and when, the
    machine (its heading, description and load averages), the results against their targets, the
    load note, an ``aside`` if any, the missed targets with their causes, and the method."""
    heading, described, load = machine
    parts = [
        f"## {title}",
        f"Measured on {date} by `.venv/bin/python {command}`, which rewrites this section.",
        f"### {heading}",
        table_of(["", ""], [*described.items(), ("Load average (1, 5, 15 min) at start; at end", loads(load))]),
        "### Results",
        table_of(["Figure", "Value", "Target", "Status"], [(r.figure, r.value, r.target, r.status) for r in table]),
        note,
        aside,
        "### Missed targets",
        missed(table),
        "### How it was measured",
        method,
    ]
    return "\n\n".join(part for part in parts if part)


def missed(table: list[Row]) -> str:
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
    runs = results.figures.runs
    lines = [f"- **Serving**: {results.served}"]
    if results.builds:
        lines.append(_build_method(results.builds, results.profiles))
    lines += [
        "- **Own JavaScript and CSS**: what the built site holds under `javascripts/` and `stylesheets/`: "
        + "; ".join(f"`{a.path}` {a.raw:,} B raw, {a.gzipped:,} B gzipped" for a in results.assets)
        + ". Each file compressed on its own with gzip level 9; the figure is their sum (1 KB = 1,000 bytes).",
        "- **Search indexes**: each edition's `search_index.json` in the built site, compressed with gzip level 9.",
        f"- **Transfer weight**: {runs} times for each edition, a fresh Chromium context (empty cache) loads the quiz page and "
        "waits until the network is idle; the figure sums response headers and encoded bodies of every finished "
        "request (Playwright's `request.sizes()`), the search worker's index included; the median run counts.",
        f"- **Click latency**: {runs} runs. In each, Chromium picks an answer (`input[type=radio]` in the quiz), then "
        "times with `performance.now()` inside the page from the Continue button's `click()` until a new heading is "
        "in the DOM and has focus (checked right after the click, then on every DOM mutation), walking the quiz from "
        "a fresh load to a result, varying the answers, until it has the samples; the figures are the medians of the "
        "runs' medians and 90th percentiles. No throttling: a phone is several times slower.",
        "- **Lighthouse**: `--only-categories=performance,accessibility,best-practices,seo`, the default (mobile: a "
        "simulated mid-range phone on a slow 4G network) preset and `--preset=desktop`, headless Chromium; each page "
        "and preset is run several times and the median score reported: the home, quiz and tree pages of the English "
        "edition on both presets, and of the Chinese edition on the mobile one. The total blocking times are each "
        "page's on the mobile preset, the median of its runs.",
    ]
    return "\n".join(lines)


def _build_method(builds: BuildTimes, profiles: dict[bool, Profile] | None) -> str:
    samples = lambda xs: ", ".join(f"{x:.2f}" for x in xs)  # noqa: E731
    return (
        f"- **Build time**: `python -m mkdocs build` runs in one sitting, once the machine is quiet (1-minute load "
        f"average below 0.5, waiting at most 15 minutes), one warm-up of each variant first, then "
        f"{len(builds.seconds['off'])} rounds of one build of each variant, rotating which variant goes first. Rebuild (`--strict`, "
        f"the diagram, the table of paths and the quiz already in the hook's cache): {samples(builds.seconds['rebuild'])} s. Cold build (`--strict`, "
        f"an empty cache, so `dot` runs): {samples(builds.seconds['cold'])} s. Without rendering "
        f"(`DECISION_TREE_RENDERING=off`; not strict, as links into the dropped renderings would stop a strict build): "
        f"{samples(builds.seconds['off'])} s. Each figure is the ratio of the medians. "
        + _instructions_method(builds) + " ".join(_profile_lines(profiles))
    )


def _instructions_method(builds: BuildTimes) -> str:
    if not builds.instructions:
        return ""
    return ("The instruction counts come from one build of each variant under valgrind's callgrind, which counts "
            "the instructions the build's own process executes (not those of `dot`), whatever else the machine is "
            "doing; they show the share of the work where wall times are noisy. ")


def loads(load: tuple[tuple[float, ...], tuple[float, ...]]) -> str:
    return "; ".join(", ".join(f"{value:.2f}" for value in moment) for moment in load)


def busy_note(cores: int, load: tuple[tuple[float, ...], ...], timings: str) -> str:
    """Say how busy the machine was. The load is read at the start and at the end only; at the end
    it counts the measured work's own processes (workers, browsers, builds), so only the start
    tells whether other work shared the machine."""
    start, end = load[0][0], load[-1][0]
    if start > cores:
        return (f"**The machine was already busy when this run started** (1-minute load average {start:.2f} "
                f"for {cores} cores), so the timings ({timings}) are noisier and slower than on an idle machine.")
    note = f"The machine was not busy when this run started (1-minute load average {start:.2f} for {cores} cores)"
    if end > cores:
        note += f"; the {end:.2f} at the end is the measured work's own load (its workers, browsers and builds)"
    return note + "."


def table_of(header: list[str], body: list[tuple[str, ...]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(cell.replace("|", "\\|") for cell in row) + " |" for row in body]
    return "\n".join(lines)
