"""Setup and test-suite wall times: from a bare Debian to a green ``scripts/test`` (with
scripts/fresh-machine), and ``scripts/test`` in this checkout once it is set up."""

from __future__ import annotations

import os
import re
import subprocess
import time
from dataclasses import dataclass, replace
from pathlib import Path

from .machine import cpu_ticks

RELEASES = {"bookworm": "Debian 12 (bookworm)", "trixie": "Debian 13 (trixie)"}
FRESH_TARGET = 300  # seconds, install included
WARM_TARGET = 180  # seconds
SUMMARY = re.compile(r"^=+ (?P<counts>.*?) in (?P<seconds>[\d.]+)s\b.*=+$", re.M)
PLATFORM = re.compile(r"^platform \S+ -- Python (?P<python>\S+),", re.M)
WORKERS = re.compile(r"^created: (?P<workers>\d+)/\d+ workers", re.M)
FAILURE = re.compile(r"^(?:FAILED|ERROR) (?P<test>\S+)", re.M)


@dataclass(frozen=True)
class SuiteRun:
    """One run of ``scripts/test``: its wall time and what pytest reported."""

    seconds: float  # the whole command: setup (if any) and the suite
    counts: str  # pytest's summary, e.g. "735 passed"
    pytest_seconds: float
    python: str
    workers: int
    rc: int
    commit: str = ""
    failures: tuple[str, ...] = ()  # the tests that failed or erred, as pytest's summary names them
    cpu_seconds: float = 0.0  # CPU time the machine spent running anything meanwhile (where measured)
    stolen: float = 0.0  # the share of the machine's CPU time the host gave to other guests meanwhile

    @property
    def host(self) -> str:
        """What the run cost the machine and what the host took, where measured."""
        return f"{self.cpu_seconds:.0f} CPU-s, {100 * self.stolen:.0f} % stolen by the host" if self.cpu_seconds else ""

    @property
    def green(self) -> bool:
        return self.rc == 0 and "failed" not in self.counts and "error" not in self.counts


def fresh_machine(root: Path, suite: str, timeout: int = 1800) -> SuiteRun:
    """``scripts/fresh-machine --suite SUITE scripts/test``: a bare Debian to a green suite."""
    result = subprocess.run([str(root / "scripts" / "fresh-machine"), "--suite", suite, "--timeout", str(timeout)],
                            cwd=root, capture_output=True, text=True)
    last = re.search(r"^suite=\S+ commit=(?P<commit>\S+) rc=(?P<rc>\d+) seconds=(?P<seconds>\d+) log=(?P<log>\S+)$",
                     result.stdout, re.M)
    if not last:
        raise RuntimeError(f"scripts/fresh-machine --suite {suite} printed no result:\n{result.stdout}{result.stderr}")
    log = Path(last.group("log")).read_text(encoding="utf-8", errors="replace")
    return _suite_run(log, float(last.group("seconds")), int(last.group("rc")), last.group("commit"))


def warm_suite(root: Path) -> SuiteRun:
    """``scripts/test`` in this checkout, after an untimed ``scripts/setup --browser``."""
    subprocess.run([str(root / "scripts" / "setup"), "--browser"], cwd=root, check=True, capture_output=True)
    ticks, start = cpu_ticks(), time.perf_counter()
    result = subprocess.run([str(root / "scripts" / "test"), "-p", "no:cacheprovider"], cwd=root, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    total, busy, stolen = (after - before for after, before in zip(cpu_ticks(), ticks))
    commit = subprocess.run(["git", "rev-parse", "--short=12", "HEAD"], cwd=root, capture_output=True, text=True).stdout.strip()
    run = _suite_run(result.stdout + result.stderr, seconds, result.returncode, commit)
    return replace(run, cpu_seconds=busy / os.sysconf("SC_CLK_TCK"), stolen=stolen / total if total else 0.0)


def _suite_run(output: str, seconds: float, rc: int, commit: str) -> SuiteRun:
    summaries = list(SUMMARY.finditer(output))
    platform, workers = PLATFORM.search(output), WORKERS.search(output)
    return SuiteRun(
        seconds=seconds,
        counts=summaries[-1].group("counts") if summaries else "no pytest summary (see the log)",
        pytest_seconds=float(summaries[-1].group("seconds")) if summaries else 0.0,
        python=platform.group("python") if platform else "?",
        workers=int(workers.group("workers")) if workers else 1,
        rc=rc,
        commit=commit,
        failures=tuple(found.group("test") for found in FAILURE.finditer(output)),
    )
