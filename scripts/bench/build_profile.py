"""Where the rendering's extra build time goes: one profiled build of each variant, compared by stage."""

from __future__ import annotations

import pstats
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .build_time import build_env

# Stage -> (path fragment of the file, names of the functions whose cumulative times add up to it).
STAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "whole build": ("mkdocs/commands/build.py", ("build",)),
    "decision-tree hook": ("mkdocs_hooks.py", ("on_config", "on_page_markdown", "on_page_content", "on_post_page", "on_post_build")),
    "Markdown conversion": ("mkdocs/structure/pages.py", ("render",)),
    "search indexing": ("material/plugins/search/plugin.py", ("on_page_context",)),
    "page templates": ("mkdocs/commands/build.py", ("_build_template",)),
}


@dataclass(frozen=True)
class Profile:
    """Cumulative seconds per stage, and the bytes of HTML written, for one variant."""

    stages: dict[str, float]
    html_bytes: int


def profile(root: Path, rendering: bool) -> Profile:
    """Build once under cProfile (which slows Python code down, so compare stages, not totals)."""
    with tempfile.TemporaryDirectory() as tmp:
        out, stats = Path(tmp) / "site", Path(tmp) / "build.prof"
        command = [sys.executable, "-m", "cProfile", "-o", str(stats), "-m", "mkdocs", "build", "--quiet", "--site-dir", str(out)]
        result = subprocess.run(command + (["--strict"] if rendering else []), cwd=root,
                                env=build_env("http://127.0.0.1:8000/", rendering), capture_output=True, text=True)
        if result.returncode != 0:
            raise RuntimeError(f"profiled build (rendering {'on' if rendering else 'off'}) failed:\n{result.stderr}")
        html = sum(path.stat().st_size for path in out.rglob("*.html"))
        return Profile(stages=_stages(pstats.Stats(str(stats))), html_bytes=html)


def _stages(stats: pstats.Stats) -> dict[str, float]:
    found = dict.fromkeys(STAGES, 0.0)
    for (filename, _, function), (_, _, _, cumulative, _) in stats.stats.items():  # type: ignore[attr-defined]
        for stage, (fragment, names) in STAGES.items():
            if function in names and filename.replace("\\", "/").endswith(fragment):
                found[stage] += cumulative
    return found
