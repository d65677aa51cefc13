"""One browser tab that loads page after page for many tests, each load as a reader who arrives
with nothing remembered: a new tab for each test would cost each load a new renderer process,
about a third of what a load costs.

Before each load the tab closes the other tabs the last test opened, clears the site's storage
(the palette chosen, the quiz's own results), moves the pointer off the page, empties its records
(the page's errors and whatever else it is given) and takes the viewport asked for; unless told
otherwise, the address gets a query the tab has not loaded before, so that a load is never taken
for a reload (which would restore the last test's scroll position).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import Iterator
from urllib.parse import urlsplit, urlunsplit

from playwright.sync_api import Page

from tests.browser.quiz_driver import PageErrors

@dataclass
class Tab:
    """A tab of its own context, on the site at ``origin``."""

    page: Page
    origin: str  # pages at addresses starting with it have their storage cleared
    errors: PageErrors
    viewport: dict[str, int]  # the context's, taken again unless a test asks for another
    records: tuple[list, ...] = ()  # emptied before each load, as the errors are
    loads: Iterator[int] = field(default_factory=itertools.count)

    @classmethod
    def of(cls, page: Page, origin: str, records: tuple[list, ...] = ()) -> "Tab":
        return cls(page, origin, PageErrors.watch(page), dict(page.viewport_size), records)

    def fresh(self, width: int | None = None, height: int | None = None) -> Page:
        """The tab as a reader who remembers nothing of the site finds it, before a load, with
        a viewport of the given size (else the context's)."""
        for other in self.page.context.pages:
            if other != self.page:
                other.close()
        if self.page.url.startswith(self.origin):
            self.page.evaluate("localStorage.clear(); sessionStorage.clear()")
        self.page.mouse.move(0, 0)
        for record in (self.errors.messages, *self.records):
            record.clear()
        wanted = {"width": width or self.viewport["width"], "height": height or self.viewport["height"]}
        if self.page.viewport_size != wanted:
            self.page.set_viewport_size(wanted)
        return self.page

    def query(self) -> str:
        """A query this tab has not loaded before."""
        return f"tab={next(self.loads)}"

    def unique(self, url: str) -> str:
        """The address with a query this tab has not loaded before (kept before the fragment)."""
        parts = urlsplit(url)
        query = self.query()
        return urlunsplit(parts._replace(query=f"{parts.query}&{query}" if parts.query else query))

    def load(self, url: str, width: int | None = None, height: int | None = None, unique: bool = True) -> Page:
        """Load a page afresh (see :meth:`fresh`), at a new address unless ``unique`` is False."""
        page = self.fresh(width, height)
        page.goto(self.unique(url) if unique else url)
        return page
