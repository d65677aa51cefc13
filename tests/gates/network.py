"""Recording what a browser asks for: requests to any host other than the site's own, and loads that fail."""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlsplit

from playwright.sync_api import BrowserContext, Page, Route

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
        context.route("**/*", log._handle)
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
