"""Full-site build time with and without the decision-tree renderings, from interleaved runs.

Three variants: ``rebuild`` (rendering on, the diagram, the table of paths and the quiz already in the hook's
cache, as in every build after the first), ``cold`` (rendering on, an empty cache: ``dot`` runs) and ``off``
(``DECISION_TREE_RENDERING=off``: every marker dropped).
"""

from __future__ import annotations

import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

VARIANTS = ("rebuild", "cold", "off")
SITE_URL = "http://127.0.0.1:8000/"


@dataclass(frozen=True)
class BuildTimes:
    """Seconds per build, in the order run, for each variant; instructions per build when counted."""

    seconds: dict[str, list[float]]
    instructions: dict[str, int] | None = None

    def median(self, variant: str) -> float:
        return statistics.median(self.seconds[variant])

    def ratio(self, variant: str) -> float:
        """The variant's median build time over the median build time without rendering."""
        return self.median(variant) / self.median("off")

    def instruction_ratio(self, variant: str) -> float | None:
        return self.instructions[variant] / self.instructions["off"] if self.instructions else None


def build_env(site_url: str, rendering: bool, cache: Path | None = None) -> dict[str, str]:
    """The environment of a build for ``site_url``, with or without the tree renderings, with the
    diagram cache in ``cache``."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SITE_URL": site_url}
    for name in ("DECISION_TREE_RENDERING", "DECISION_TREE_CACHE"):
        env.pop(name, None)
    if not rendering:
        env["DECISION_TREE_RENDERING"] = "off"
    if cache is not None:
        env["DECISION_TREE_CACHE"] = str(cache)
    return env


def command(destination: Path, rendering: bool) -> list[str]:
    """``python -m mkdocs build``: strict with rendering; not strict without, since anchors into the
    dropped renderings would stop a strict build."""
    return [sys.executable, "-m", "mkdocs", "build", "--quiet", "--site-dir", str(destination)] + (["--strict"] if rendering else [])


def build(root: Path, destination: Path, site_url: str, rendering: bool = True, cache: Path | None = None) -> None:
    result = subprocess.run(command(destination, rendering), cwd=root, env=build_env(site_url, rendering, cache),
                            capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"mkdocs build (rendering {'on' if rendering else 'off'}) failed:\n{result.stdout}{result.stderr}")


def measure(root: Path, pairs: int, count_instructions: bool) -> BuildTimes:
    """``pairs`` builds of each variant, rotating which goes first, after one warm-up of each."""
    with tempfile.TemporaryDirectory() as tmp:
        run = _Runner(root, Path(tmp))
        for variant in VARIANTS:
            run.seconds(variant)
        times: dict[str, list[float]] = {variant: [] for variant in VARIANTS}
        for turn in range(pairs):
            for variant in VARIANTS[turn % 3:] + VARIANTS[:turn % 3]:
                times[variant].append(run.seconds(variant))
        instructions = {variant: run.instructions(variant) for variant in VARIANTS} if count_instructions else None
    return BuildTimes(times, instructions)


class _Runner:
    """Builds the site in a variant, with a warm cache kept for ``rebuild`` and a new empty one for ``cold``."""

    def __init__(self, root: Path, tmp: Path) -> None:
        self.root, self.tmp, self.warm = root, tmp, tmp / "warm-cache"

    def _setup(self, variant: str) -> tuple[list[str], dict[str, str]]:
        cold = self.tmp / "cold-cache"
        shutil.rmtree(cold, ignore_errors=True)
        cache = {"rebuild": self.warm, "cold": cold, "off": None}[variant]
        out = self.tmp / "site"
        return command(out, variant != "off"), build_env(SITE_URL, variant != "off", cache)

    def seconds(self, variant: str) -> float:
        """Wall time of one whole build, Python start-up included."""
        argv, env = self._setup(variant)
        start = time.perf_counter()
        result = subprocess.run(argv, cwd=self.root, env=env, capture_output=True, text=True)
        elapsed = time.perf_counter() - start
        if result.returncode != 0:
            raise RuntimeError(f"mkdocs build ({variant}) failed:\n{result.stdout}{result.stderr}")
        return elapsed

    def instructions(self, variant: str) -> int:
        """Instructions one build executes (valgrind's callgrind; the build's own process, not ``dot``)."""
        argv, env = self._setup(variant)
        result = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *argv],
                                cwd=self.root, env=env, capture_output=True, text=True)
        found = re.search(r"Collected : (\d+)", result.stderr)
        if result.returncode != 0 or not found:
            raise RuntimeError(f"valgrind could not count the build ({variant}):\n{result.stderr[-2000:]}")
        return int(found.group(1))
