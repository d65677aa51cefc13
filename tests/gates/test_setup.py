"""scripts/setup refuses an unsupported Python at once, with a one-line instruction.

Each test runs a copy of the script in an empty folder, with a stand-in Python that reports the
version under test, so nothing of the real checkout is touched and nothing is installed.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest

from ..conftest import ROOT

# Commands the script runs before it checks the Python.
TOOLS = ("bash", "cat", "cut", "dirname", "id", "rm", "sed", "seq")


def fake_python(path: Path, version: str) -> Path:
    """A stand-in Python: it prints ``version`` when asked for it and fails any other program, as
    the real interpreter fails the script's version check when the version is unsupported."""
    path.write_text(f'#!/bin/sh\n[ "$1" = "-c" ] && {{ echo {version}; exit 0; }}\nexit 1\n', encoding="utf-8")
    path.chmod(0o755)
    return path


def run_setup(tmp_path: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    checkout = tmp_path / "checkout"
    (checkout / "scripts").mkdir(parents=True)
    shutil.copy(ROOT / "scripts" / "setup", checkout / "scripts" / "setup")
    shutil.copy(ROOT / "pyproject.toml", checkout / "pyproject.toml")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir(exist_ok=True)
    for tool in TOOLS:
        (bin_dir / tool).symlink_to(shutil.which(tool))
    fake_python(bin_dir / "dot", "0")  # Graphviz counts as installed
    result = subprocess.run(
        ["bash", str(checkout / "scripts" / "setup")],
        env={"PATH": str(bin_dir), "HOME": str(tmp_path), **env}, capture_output=True, text=True, timeout=60,
    )
    assert not (checkout / ".venv").exists(), "setup made a virtual environment with an unsupported Python"
    return result


def supported_range() -> tuple[str, str]:
    """The oldest supported Python and the first unsupported one, from pyproject.toml."""
    spec = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["requires-python"]
    oldest, end = re.fullmatch(r">=([\d.]+),<([\d.]+)", spec).groups()
    return oldest, end


@pytest.mark.parametrize("version", ["3.10.12", "3.11.1", "3.14.0"])
def test_an_unsupported_python_named_by_PYTHON_is_refused_in_one_line(tmp_path: Path, version: str) -> None:
    oldest, end = supported_range()
    python = fake_python(tmp_path / "python3.x", version)
    result = run_setup(tmp_path, {"PYTHON": str(python)})
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr == (f"setup: Python {oldest} or newer, older than {end} is needed; "
                             f"PYTHON={python} is {version}: set PYTHON to a supported python3.X.\n")


def test_without_a_supported_python_on_path_setup_says_what_to_install(tmp_path: Path) -> None:
    (tmp_path / "bin").mkdir()
    fake_python(tmp_path / "bin" / "python3", "3.9.2")
    result = run_setup(tmp_path, {})
    assert result.returncode == 1 and result.stderr.count("\n") == 1, result.stderr
    assert "but python3 is 3.9.2: install one (Debian 12 and 13, Ubuntu 24.04: apt-get install python3 python3-venv)" in result.stderr
