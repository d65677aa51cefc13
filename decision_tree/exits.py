"""How the command line ends when something goes wrong: the one place where a failure becomes an
exit status and, unless the reader stopped the command, a one-line message on standard error.

Standard output that cannot take what is written (a full disk, a closed pipe, a stream closed
before the command started) is pointed at /dev/null once the failure is reported, so that the
interpreter's last flush of what is still buffered raises nothing more.
"""

from __future__ import annotations

import errno
import io
import os
import sys

EXIT_USAGE = 2
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report Ctrl-C
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, as shells report a closed pipe


class ClosedStream(io.TextIOBase):
    """Stands for standard output when the command was started without it (``>&-``): writing
    raises OSError, reported like any other output that cannot be written."""

    def write(self, text: str) -> int:
        raise OSError(errno.EBADF, "it was closed before the command started")


def stand_in_for_closed_output() -> None:
    """Python sets sys.stdout to None when file descriptor 1 is closed: give it a stand-in."""
    if sys.stdout is None:
        sys.stdout = ClosedStream()


def failed(error: BaseException) -> int:
    """The exit status for an error the command stopped on, after saying what it was."""
    if isinstance(error, KeyboardInterrupt):
        return EXIT_INTERRUPTED
    if isinstance(error, BrokenPipeError):
        _silence_stdout()
        return EXIT_BROKEN_PIPE
    print(f"decision_tree: error: {message(error)}", file=sys.stderr)
    if isinstance(error, OSError) and not error.filename:  # standard output: what it still buffers cannot go out
        _silence_stdout()
    return EXIT_USAGE


def message(error: BaseException) -> str:
    """One line saying what failed and what to do about it."""
    if isinstance(error, UnicodeEncodeError):
        encoding = getattr(sys.stdout, "encoding", None) or error.encoding
        return (f"standard output's encoding ({encoding}) cannot show {error.object[error.start:error.end]!r}; "
                "use a UTF-8 locale or set PYTHONIOENCODING=utf-8")
    if isinstance(error, OSError) and error.filename:
        return f"cannot write {error.filename!r}: {error.strerror or error} (check the path, its folder and the free space)"
    if isinstance(error, OSError):
        return f"cannot write standard output: {error.strerror or error} (check where it is redirected)"
    return str(error)


def _silence_stdout() -> None:
    """Point standard output at /dev/null, so the interpreter's final flush raises nothing more."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # no real file descriptor: nothing is left to flush
        pass
