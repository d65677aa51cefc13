"""Fixtures for the quality gates."""

from __future__ import annotations

from typing import Iterator

import pytest

from ..conftest import QuietHandler, Site, build_site, free_port, serve


class LinkCheckerFriendlyHandler(QuietHandler):
    """Serves files quietly and sends a ``LinkChecker`` header.

    linkchecker pauses 0.1-0.6 s between requests to a host unless the server sends that header;
    with it, the config's ``maxrequestspersecond`` applies and the whole site is checked in seconds.
    """

    def end_headers(self) -> None:
        self.send_header("LinkChecker", "local test server")
        super().end_headers()


@pytest.fixture(scope="session")
def linkchecked_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    """The guide built (``--strict``) for, and served at, an address that linkchecker may check at full speed."""
    directory = tmp_path_factory.mktemp("linkchecked-site")
    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    build_site(directory, url)
    server = serve(directory, port, LinkCheckerFriendlyHandler)
    try:
        yield Site(directory=directory, url=url)
    finally:
        server.shutdown()
