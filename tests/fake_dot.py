"""A stand-in for Graphviz's ``dot`` that fails or hangs, put first on PATH."""

from __future__ import annotations

import os
from pathlib import Path

HANGS = "exec sleep 30"
FAILS = "echo 'Error: syntax error in line 1' >&2\nexit 3"


def fake_dot(directory: Path, body: str) -> str:
    """Write a ``dot`` shell script running ``body`` into ``directory``; returns a PATH that finds it first."""
    script = directory / "dot"
    script.write_text(f"#!/bin/sh\n{body}\n", encoding="utf-8")
    script.chmod(0o755)
    return f"{directory}{os.pathsep}{os.environ.get('PATH', '')}"
