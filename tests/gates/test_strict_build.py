"""Build gate: ``mkdocs build --strict`` succeeds and prints no warning at all, and it fails
when ``SITE_URL`` is missing rather than ship links to another address."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from ..conftest import ROOT

WARNING = re.compile(r"^.*\bWARNING\b.*$", re.M)


def strict_build(destination: Path, site_url: str | None) -> tuple[int, str]:
    """Exit status and output of ``mkdocs build --strict`` (not --quiet, which hides warnings from --strict)."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    env.pop("DECISION_TREE_RENDERING", None)
    env.pop("SITE_URL", None)
    if site_url is not None:
        env["SITE_URL"] = site_url
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(destination)],
        cwd=ROOT, env=env, capture_output=True, text=True,
    )
    return result.returncode, result.stdout + result.stderr


@pytest.mark.site
def test_strict_build_prints_no_warning(site) -> None:
    """The build every other test reads (tests/conftest.py builds it with --strict, not --quiet)."""
    output = site.build_output.read_text(encoding="utf-8")
    assert "Documentation built in" in output, f"not the output of a whole build:\n{output}"
    assert not WARNING.findall(output), "the strict build printed warnings:\n" + "\n".join(WARNING.findall(output))


@pytest.mark.site
def test_a_build_without_site_url_fails_naming_it(tmp_path: Path) -> None:
    status, output = strict_build(tmp_path / "site", None)
    warnings = WARNING.findall(output)
    assert status == 1 and len(warnings) == 1, output
    assert "SITE_URL is not set, so canonical links and the sitemap point to http://127.0.0.1:8000/" in warnings[0]
