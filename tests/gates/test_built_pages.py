"""The gates that make one test per page list the pages from the Markdown sources, before the build:
that list must be exactly the pages built."""

from __future__ import annotations

import pytest

from ..conftest import ROOT
from .built_pages import page_paths, source_page_paths


@pytest.mark.site
def test_the_pages_listed_from_the_sources_are_the_pages_built(site) -> None:
    assert sorted(source_page_paths(ROOT / "docs")) == sorted(page_paths(site.directory))
