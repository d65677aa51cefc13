"""The command line's standard streams when they cannot be used: a full disk, a closed pipe, a
stream closed before the command started. Each is run with standard output buffered, as on a
normal machine, and unbuffered (PYTHONUNBUFFERED=1, as some CI runners set it): a small output
stays in the buffer until the interpreter's last flush, a large one fails inside the command."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

COMMAND = [sys.executable, "-m", "decision_tree"]
# Under the 4 KiB that Python's last flush writes in one piece: the failure comes at that flush.
TINY = ["decide", "--link", "v=1&information-source=not-sure"]
SMALL = ["decide", "needs=not-sure", "evaluation-data=none"]  # a few kilobytes
LARGE = ["paths"]  # tens of kilobytes: overflows the buffer
SIZES = {"tiny": TINY, "small": SMALL, "large": LARGE}
BUFFERING = {
    "buffered": {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"},
    "unbuffered": {**os.environ, "PYTHONUNBUFFERED": "1"},
}
FULL = "decision_tree: error: cannot write standard output: No space left on device (check where it is redirected)\n"


def run(args: list[str], env: dict[str, str], **streams) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*COMMAND, *args], env=env, stderr=subprocess.PIPE, text=True, timeout=60, **streams)


@pytest.mark.parametrize("buffering", BUFFERING)
@pytest.mark.parametrize("args", SIZES.values(), ids=SIZES)
def test_a_full_standard_output_exits_2_saying_so_once(args: list[str], buffering: str) -> None:
    with open("/dev/full", "w") as full:
        result = run(args, BUFFERING[buffering], stdout=full)
    assert (result.returncode, result.stderr) == (2, FULL)


@pytest.mark.parametrize("buffering", BUFFERING)
@pytest.mark.parametrize("args", SIZES.values(), ids=SIZES)
def test_a_closed_pipe_ends_quietly_like_other_unix_tools(args: list[str], buffering: str) -> None:
    reader, writer = os.pipe()
    os.close(reader)  # like `paths | head -1` once head has exited: every write fails
    try:
        result = run(args, BUFFERING[buffering], stdout=writer)
    finally:
        os.close(writer)
    assert (result.returncode, result.stderr) == (141, "")


@pytest.mark.parametrize("buffering", BUFFERING)
@pytest.mark.parametrize("args", SIZES.values(), ids=SIZES)
def test_standard_output_closed_before_the_start_exits_2_saying_so(args: list[str], buffering: str) -> None:
    result = run(args, BUFFERING[buffering], stdout=subprocess.DEVNULL, preexec_fn=lambda: os.close(1))  # `>&-`
    assert (result.returncode, result.stderr) == (
        2, "decision_tree: error: cannot write standard output: it was closed before the command started (check where it is redirected)\n")


def test_the_tiny_output_is_under_the_size_python_flushes_in_one_piece() -> None:
    result = run(TINY, BUFFERING["buffered"], stdout=subprocess.PIPE)
    assert result.returncode == 0 and 0 < len(result.stdout.encode("utf-8")) < 4096


def test_a_file_export_needs_no_standard_output(tmp_path) -> None:
    result = run(["export", "--format", "json", "-o", str(tmp_path / "tree.json")], BUFFERING["buffered"],
                 stdout=subprocess.DEVNULL, preexec_fn=lambda: os.close(1))
    assert (result.returncode, result.stderr) == (0, "")
    assert (tmp_path / "tree.json").read_text(encoding="utf-8").startswith("{\n")


@pytest.mark.parametrize("buffering", BUFFERING)
def test_the_quiz_with_standard_input_closed_exits_2_saying_so(buffering: str) -> None:
    result = run([], BUFFERING[buffering], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, preexec_fn=lambda: os.close(0))  # `<&-`
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == ("decision_tree: error: standard input is closed, and the quiz reads its answers from it "
                             "(give the answers with 'decide QUESTION=ANSWER ...' instead)\n")
