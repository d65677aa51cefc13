"""The package's metadata agrees with itself."""

from __future__ import annotations

import tomllib

from decision_tree import __version__

from ..conftest import ROOT


def test_the_package_version_is_the_one_pyproject_declares() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert pyproject["project"]["version"] == __version__

