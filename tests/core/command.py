"""The command line run in the test process: what ``python -m decision_tree ARGS`` prints and
returns, without starting a Python for each call. Where the process itself is what is checked
(its exit status as a shell sees it, its standard streams, its environment), the tests start one."""

from __future__ import annotations

import contextlib
import io
import subprocess

from decision_tree.cli import main


def in_process(*args: str) -> subprocess.CompletedProcess[str]:
    """Run ``main`` with these arguments; its exit status, standard output and standard error."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            status = main(list(args))
        except SystemExit as stopped:  # what the argument parser refuses, it refuses by exiting
            status = stopped.code
    return subprocess.CompletedProcess(["decision_tree", *args], status, out.getvalue(), err.getvalue())
