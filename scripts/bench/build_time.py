"""Full-site build time with and without the decision-tree renderings, from interleaved runs."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class BuildTimes:
    """Seconds per build, in the order run, for each variant."""

    rendering: list[float]
    no_rendering: list[float]

    @property
    def ratio(self) -> float:
        """Median build time with rendering over median build time without."""
        return statistics.median(self.rendering) / statistics.median(self.no_rendering)


def build_env(site_url: str, rendering: bool) -> dict[str, str]:
    """The environment of a build for ``site_url``, with or without the tree renderings."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SITE_URL": site_url}
    env.pop("DECISION_TREE_RENDERING", None)
    if not rendering:
        env["DECISION_TREE_RENDERING"] = "off"
    return env


def build(root: Path, destination: Path, site_url: str, rendering: bool = True) -> None:
    """``python -m mkdocs build`` for ``site_url``: strict with rendering; not strict without, since
    anchors into the dropped renderings would stop a strict build."""
    command = [sys.executable, "-m", "mkdocs", "build", "--quiet", "--site-dir", str(destination)]
    if rendering:
        command.append("--strict")
    result = subprocess.run(command, cwd=root, env=build_env(site_url, rendering), capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"mkdocs build (rendering {'on' if rendering else 'off'}) failed:\n{result.stdout}{result.stderr}")


def build_seconds(root: Path, rendering: bool) -> float:
    """Wall time of one whole build, Python start-up included."""
    with tempfile.TemporaryDirectory() as out:
        start = time.perf_counter()
        build(root, Path(out), "http://127.0.0.1:8000/", rendering)
        return time.perf_counter() - start


def measure(root: Path, pairs: int) -> BuildTimes:
    """``pairs`` builds of each variant, alternating which goes first, after one warm-up of each."""
    build_seconds(root, True), build_seconds(root, False)
    times = BuildTimes(rendering=[], no_rendering=[])
    for pair in range(pairs):
        for rendering in (True, False) if pair % 2 == 0 else (False, True):
            (times.rendering if rendering else times.no_rendering).append(build_seconds(root, rendering))
    return times
