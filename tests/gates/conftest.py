"""Fixtures for the quality gates."""

from __future__ import annotations

import functools
import http.server
import threading
from pathlib import Path
from typing import Iterator

import pytest

from ..conftest import Site, build_site, free_port


class LinkCheckerFriendlyHandler(http.server.SimpleHTTPRequestHandler):
    """Serves files quietly and sends a ``LinkChecker`` header.

    linkchecker pauses 0.1-0.6 s between requests to a host unless the server sends that header;
    with it, the config's ``maxrequestspersecond`` applies and the whole site is checked in seconds.
    """

    def end_headers(self) -> None:
        self.send_header("LinkChecker", "local test server")
        super().end_headers()

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base class's name
        pass


def serve_for_linkchecker(directory: Path, port: int) -> http.server.ThreadingHTTPServer:
    """Serve a folder on 127.0.0.1 for linkchecker, in a daemon thread."""
    handler = functools.partial(LinkCheckerFriendlyHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


@pytest.fixture(scope="session")
def linkchecked_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    """The guide built (``--strict``) for, and served at, an address that linkchecker may check at full speed."""
    directory = tmp_path_factory.mktemp("linkchecked-site")
    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    build_site(directory, url)
    server = serve_for_linkchecker(directory, port)
    try:
        yield Site(directory=directory, url=url)
    finally:
        server.shutdown()
