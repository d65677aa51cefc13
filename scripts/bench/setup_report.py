"""The setup and test-suite section of BENCHMARKS.md."""

from __future__ import annotations

import statistics
from dataclasses import dataclass

from .report import Row, busy_note, section
from .setup_time import FRESH_TARGET, RELEASES, WARM_TARGET, SuiteRun


@dataclass(frozen=True)
class SetupResults:
    date: str
    machine: dict[str, str]
    load: tuple[tuple[float, ...], tuple[float, ...]]
    fresh: dict[str, SuiteRun]  # release -> run; empty when not measured
    warm: list[SuiteRun]  # runs in this checkout, in the order made
    skipped_fresh: str = ""  # why the fresh-machine runs were not made, if they were not


def rows(results: SetupResults) -> list[Row]:
    found = []
    for suite, run in results.fresh.items():
        figure = f"Bare {RELEASES[suite]} to a green `scripts/test`, install included"
        found.append(_row(figure, run, FRESH_TARGET))
    found.append(_warm_row(results.warm))
    return found


def _warm_row(runs: list[SuiteRun]) -> Row:
    """The suite in a set-up checkout: the median of its runs counts, and every run must pass."""
    median = statistics.median(run.seconds for run in runs)
    each = "; ".join(f"{run.seconds:.0f} s ({run.counts} in {run.pytest_seconds:.0f} s, exit status {run.rc}"
                     + (f"; {run.host}" if run.host else "") + ")" for run in runs)
    first = runs[0]
    value = (f"{median:.0f} s, median of {len(runs)} runs: {each}; {first.workers} workers; Python {first.python}; "
             f"commit {first.commit}")
    green = all(run.green for run in runs)
    why = [] if green else ["The suite did not pass in every run.", *_failed(runs)]
    if median > WARM_TARGET:
        why.append(f"The median run took {median:.0f} s; the fastest {min(run.seconds for run in runs):.0f} s.")
    return Row("`scripts/test` in a checkout already set up", value, f"≤ {WARM_TARGET} s (median), all tests pass",
               green and median <= WARM_TARGET, why)


def _row(figure: str, run: SuiteRun, target: int) -> Row:
    value = (f"{run.seconds:.0f} s ({run.counts} in {run.pytest_seconds:.0f} s with {run.workers} workers; "
             f"Python {run.python}; exit status {run.rc}; commit {run.commit})")
    passed = run.green and run.seconds <= target
    why = [] if run.green else ["The suite did not pass.", *_failed([run])]
    if run.seconds > target:
        why.append(f"Setting up took {run.seconds - run.pytest_seconds:.0f} s and the suite {run.pytest_seconds:.0f} s.")
    return Row(figure, value, f"≤ {target} s, all tests pass", passed, why)


def _failed(runs: list[SuiteRun]) -> list[str]:
    """One line per test that failed in any of the runs, with the runs it failed in."""
    tests = dict.fromkeys(test for run in runs for test in run.failures)
    return [f"Failed: `{test}` (run {', '.join(str(n) for n, run in enumerate(runs, 1) if test in run.failures)})" for test in tests]


def render(results: SetupResults) -> str:
    """The setup section of BENCHMARKS.md."""
    return section(
        "Setup and test suite", "scripts/benchmark.py --setup", results.date, ("Machine", results.machine, results.load),
        rows(results), busy_note(int(results.machine["Cores"]), results.load, "setup and suite times"), METHOD,
        aside=results.skipped_fresh,
    )


METHOD = "\n".join([
    "- **Bare Debian**: `scripts/fresh-machine --suite bookworm|trixie` builds a root file system with "
    "debootstrap's minbase and only python3, python3-venv, python3-pip, git, make and ca-certificates (once, not "
    "timed), copies it, clones the commit under test into it and runs `scripts/test` there under chroot as root "
    "with `CI=true` and a clean environment. The time is that command's wall time: `scripts/setup --browser` "
    "(apt-get installs Graphviz, Chromium's headless shell and libatomic1 while pip installs the pinned packages, everything "
    "downloaded afresh from the Debian and PyPI archives) and then the whole suite.",
    "- **Set-up checkout**: `scripts/setup --browser` first (not timed), then `scripts/test -p no:cacheprovider` "
    "timed as a whole; the hook's cache (`.cache/renderings/`) is as the checkout left it. Several runs (`--suite-runs`, three unless told); "
    "the median counts, as the same code takes more or less time as the host lends the cores more or less speed. "
    "Each run also gives the CPU time the machine spent during it (from /proc/stat: the suite's processes, pytest, "
    "its workers, the browsers and the builds, on a machine otherwise quiet) and the share of the cores' time the "
    "host gave to other guests meanwhile (steal time).",
    "- Each measurement starts once the machine is quiet (1-minute load average below 0.5, waiting at most 15 "
    "minutes): what an earlier one left running, such as a bare Debian being torn down, would slow it.",
    "- The suite runs in parallel (`pytest -n <cores + 1> --dist worksteal`): one worker more than the machine "
    "has cores, each starting one Chromium (its headless shell); the site is built once for all workers.",
])
