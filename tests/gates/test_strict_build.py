"""Build gate: ``mkdocs build --strict`` succeeds and prints no warning at all, and it fails
when ``SITE_URL`` is missing rather than ship links to another address."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ..conftest import strict_build

WARNING = re.compile(r"^.*\bWARNING\b.*$", re.M)


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
