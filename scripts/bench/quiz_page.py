"""Measurements in Chromium: the quiz page's transfer weight and its click-to-next-question latency."""

from __future__ import annotations

import statistics
from dataclasses import dataclass

from playwright.sync_api import Browser, Page

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


@dataclass(frozen=True)
class Transfer:
    """Bytes on the wire (headers and encoded bodies) for a fresh load of a page."""

    requests: int
    total: int
    by_type: dict[str, int]


@dataclass(frozen=True)
class Latency:
    """Milliseconds from the Continue click to the next heading being in the DOM and focused, and
    to the end of the next frame (the browser's style, layout and paint of the change included)."""

    samples: list[float]
    framed: list[float]

    @property
    def framed_median(self) -> float:
        return statistics.median(self.framed)

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def p90(self) -> float:
        return statistics.quantiles(self.samples, n=10)[-1]


def transfer_weight(browser: Browser, url: str) -> Transfer:
    """Every request of a fresh load (empty cache), the search worker's included, until the network is idle."""
    context = browser.new_context()
    finished = []
    context.on("requestfinished", lambda request: finished.append(request))
    page = context.new_page()
    page.goto(url)
    page.wait_for_load_state("networkidle")
    by_type: dict[str, int] = {}
    for request in finished:
        sizes = request.sizes()
        size = sizes["responseBodySize"] + sizes["responseHeadersSize"]
        by_type[request.resource_type] = by_type.get(request.resource_type, 0) + size
    context.close()
    return Transfer(requests=len(finished), total=sum(by_type.values()), by_type=dict(sorted(by_type.items())))


# One Continue click, timed inside the page: choose the answer first (one of a question's answers,
# or one item of a checklist), then time from the submit button's click to the moment a new
# heading text is in the quiz and has focus, and to the end of the next frame (a task queued from
# the frame's animation callback runs once the frame is rendered). Returns [focused, framed], or
# null at a result (no answers left to choose).
ANSWERS = "input[type=radio], input[type=checkbox]"
CLICK_ONCE = """async (pick) => {
  const root = document.querySelector('[data-dt-quiz]');
  const radios = [...root.querySelectorAll('ANSWERS')].filter(r => r.getClientRects().length);
  if (!radios.length) return null;
  const form = radios[0].form;
  const submit = form.querySelector('button[type=submit], input[type=submit], button:not([type])');
  const heading = form.querySelector('legend h1, legend h2, legend h3, legend, h1, h2, h3');
  const before = heading ? heading.textContent : '';
  radios[pick % radios.length].click();
  const moved = () => {
    const active = document.activeElement;
    return active && active !== submit && root.contains(active) && active.textContent.trim() !== ''
      && active.textContent !== before && !active.matches('input, button');
  };
  const start = performance.now();
  submit.click();
  const focused = moved() ? performance.now() - start : await new Promise((resolve, reject) => {
    const observer = new MutationObserver(() => check());
    const check = () => { if (moved()) { observer.disconnect(); resolve(performance.now() - start); } };
    observer.observe(root, {subtree: true, childList: true, characterData: true, attributes: true});
    document.addEventListener('focusin', check);
    setTimeout(() => { observer.disconnect(); reject(new Error('no new focused heading after 5 s')); }, 5000);
  });
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  return [focused, performance.now() - start];
}""".replace("ANSWERS", ANSWERS)


def click_latency(browser: Browser, url: str, clicks: int) -> Latency:
    """At least ``clicks`` Continue clicks, walking the quiz again from a fresh load after each result."""
    page = browser.new_page()
    samples: list[float] = []
    framed: list[float] = []
    walk = 0
    while len(samples) < clicks:
        _open_quiz(page, url)
        step = 0
        while (elapsed := page.evaluate(CLICK_ONCE, walk + step)) is not None:
            samples.append(elapsed[0])
            framed.append(elapsed[1])
            step += 1
        if step == 0:
            raise RuntimeError(f"{url}: the quiz shows no answer to choose (no visible {ANSWERS})")
        walk += 1
    page.close()
    return Latency(samples, framed)


def _open_quiz(page: Page, url: str) -> None:
    page.goto(url)
    page.locator(f"[data-dt-quiz] :is({ANSWERS})").first.wait_for(state="visible")
