"""Serves a built site on 127.0.0.1 for a whole test run, to every test worker.

``python -m tests.site_server FOLDER PORT PID`` serves FOLDER at http://127.0.0.1:PORT/ until the
process PID (the test run: pytest itself, or the controller of its parallel workers) has ended.
"""

from __future__ import annotations

import functools
import http.server
import os
import sys
import threading
import time
from pathlib import Path


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    """Serves files without logging each request."""

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base class's name
        pass


def serve(
    directory: Path, port: int, handler_class: type[http.server.SimpleHTTPRequestHandler] = QuietHandler
) -> http.server.ThreadingHTTPServer:
    """Serve a folder on 127.0.0.1 in a daemon thread."""
    handler = functools.partial(handler_class, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def running(pid: int) -> bool:
    """Whether the process is still there (a zombie, finished but not yet reaped, counts as ended)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def main(folder: str, port: str, pid: str) -> None:
    server = serve(Path(folder), int(port))
    while running(int(pid)):
        time.sleep(0.5)
    server.shutdown()


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit("usage: python -m tests.site_server FOLDER PORT PID")
    try:
        main(*sys.argv[1:])
    except KeyboardInterrupt:  # the run was interrupted (Ctrl-C reaches its whole process group)
        os._exit(130)
