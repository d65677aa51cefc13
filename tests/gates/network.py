"""Recording what a browser asks for: requests to any host other than the site's own, loads that
fail, and the requests still in flight."""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from playwright.sync_api import BrowserContext, Page, Request, Route

LOCAL_SCHEMES = {"data", "blob", "about"}


@dataclass
class OutsideRequests:
    """Requests to other hosts, each aborted before it leaves the machine, with the page that made it."""

    origin: str  # e.g. "http://127.0.0.1:8123"
    seen: list[str] = field(default_factory=list)

    @classmethod
    def watch(cls, context: BrowserContext, site_url: str) -> "OutsideRequests":
        parts = urlsplit(site_url)
        log = cls(origin=f"{parts.scheme}://{parts.netloc}")
        # Only what does not start with the site's own origin comes here: Playwright's driver
        # matches the pattern, so the site's own requests are not stopped on their way.
        context.route(re.compile("^(?!" + re.escape(log.origin + "/") + ")"), log._handle)
        return log

    def _handle(self, route: Route) -> None:
        url = route.request.url
        parts = urlsplit(url)
        if parts.scheme in LOCAL_SCHEMES or f"{parts.scheme}://{parts.netloc}" == self.origin:
            route.continue_()
            return
        frame = route.request.frame if route.request.resource_type != "document" else None
        self.seen.append(f"{url} (from {frame.url if frame else 'a navigation'})")
        route.abort()


def failed_loads(page: Page) -> list[str]:
    """The failed loads of the page from now on (HTTP errors and requests that failed), as they happen."""
    problems: list[str] = []
    page.on("response", lambda r: problems.append(f"{r.url}: HTTP {r.status}") if r.status >= 400 else None)
    page.on("requestfailed", lambda r: problems.append(f"{r.url}: {r.failure}"))
    return problems


class InFlight:
    """The requests a page has in flight, told by its request events as they happen (watch the
    page before it loads)."""

    def __init__(self, page: Page) -> None:
        self.page, self.requests, self.since = page, set[Request](), time.monotonic()
        page.on("request", self._started)
        page.on("requestfinished", self._ended)
        page.on("requestfailed", self._ended)

    def _started(self, request: Request) -> None:
        self.requests.add(request)
        self.since = time.monotonic()

    def _ended(self, request: Request) -> None:
        self.requests.discard(request)
        self.since = time.monotonic()

    def wait_until_quiet(self, quiet: float = 0.5, timeout: float = 30.0) -> None:
        """Wait until no request has been in flight for ``quiet`` seconds; fail after ``timeout``
        seconds naming the requests still in flight. (Playwright's "networkidle" load state waits
        for the same, as the browser tells it, and names nothing when it times out.)"""
        deadline = time.monotonic() + timeout
        while self.requests or time.monotonic() - self.since < quiet:
            if time.monotonic() > deadline:
                still = sorted(request.url for request in self.requests) or ["(none: new requests kept starting)"]
                raise AssertionError(f"{self.page.url}: the network did not go quiet within {timeout:.0f} s; in flight:\n" + "\n".join(still))
            self.page.wait_for_timeout(50)  # lets the page's events arrive
