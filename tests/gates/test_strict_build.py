"""Build gate: ``mkdocs build --strict`` succeeds and prints no warning at all."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from ..conftest import ROOT

WARNING = re.compile(r"^.*\bWARNING\b.*$", re.M)


@pytest.mark.site
def test_strict_build_prints_no_warning(tmp_path: Path) -> None:
    env = {**os.environ, "SITE_URL": "http://127.0.0.1:8000/", "NO_MKDOCS_2_WARNING": "1"}
    env.pop("DECISION_TREE_RENDERING", None)
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path / "site")],
        cwd=ROOT, env=env, capture_output=True, text=True,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, f"mkdocs build --strict failed:\n{output}"
    assert not WARNING.findall(output), "the strict build printed warnings:\n" + "\n".join(WARNING.findall(output))
