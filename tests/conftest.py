"""Shared fixtures: the site is built once per test session and served on 127.0.0.1.

Browser tests drive the system Chromium: ``CHROMIUM_PATH``, else its headless shell
(``chromium-headless-shell``, which scripts/setup installs), else ``chromium`` on PATH; a missing
browser is an error, never a skip.
"""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import socket
import subprocess
import sys
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import pytest

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


@dataclass(frozen=True)
class Site:
    """A built and served copy of the guide."""

    directory: Path  # the built site (the folder served at ``url``)
    url: str  # the address it was built for and is served at, ending in '/'

    def page(self, path: str = "") -> str:
        """The address of a page, e.g. ``site.page("quiz/")``."""
        return self.url + path

    def html(self, path: str) -> str:
        """The built HTML of a page, e.g. ``site.html("quiz/index.html")``."""
        return (self.directory / path).read_text(encoding="utf-8")


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def build_site(destination: Path, site_url: str) -> None:
    """Build the guide with ``mkdocs build --strict`` for the given address."""
    env = {**os.environ, "SITE_URL": site_url, "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run(
        # Not --quiet: it would hide the warnings that --strict turns into a failed build.
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(destination)],
        cwd=ROOT, env=env, capture_output=True, text=True,
    )
    if result.returncode != 0:
        raise RuntimeError(f"mkdocs build --strict failed:\n{result.stdout}\n{result.stderr}")


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


def _served_site(tmp: Path, prefix: str) -> Iterator[Site]:
    port = free_port()
    url = f"http://127.0.0.1:{port}/{prefix}"
    built = tmp / "root" / prefix if prefix else tmp / "root"
    build_site(built, url)
    server = serve(tmp / "root", port)
    try:
        yield Site(directory=built, url=url)
    finally:
        server.shutdown()


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    """The guide built for, and served at, the root of a local address."""
    yield from _served_site(tmp_path_factory.mktemp("site"), "")


@pytest.fixture(scope="session")
def subpath_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    """The guide built for, and served under, a sub-path (as project pages are hosted)."""
    yield from _served_site(tmp_path_factory.mktemp("subpath-site"), "team/llm-guide/")


@pytest.fixture(scope="session")
def chromium_path() -> str:
    """The Chromium executable; fails (never skips) when it is missing."""
    path = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium-headless-shell") or shutil.which("chromium") or "/usr/bin/chromium-headless-shell"
    if not Path(path).exists():
        pytest.fail(f"Chromium not found at {path!r}: run scripts/test (it installs it) or set CHROMIUM_PATH")
    return path


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict, chromium_path: str) -> dict:
    """Launch the system Chromium with flags that keep it off the network."""
    return {**browser_type_launch_args, "executable_path": chromium_path, "args": CHROMIUM_ARGS}
