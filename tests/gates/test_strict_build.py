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
    """At once, with the setting to give: no page is built first."""
    status, output = strict_build(tmp_path / "site", None)
    assert status == 1, output
    assert "ERROR   -  SITE_URL is not set, so canonical links and the sitemap point to http://127.0.0.1:8000/" in output
    assert "set SITE_URL to the address the site will be served at" in output
    assert "Building 'en' documentation" not in output and not (tmp_path / "site").exists(), output
