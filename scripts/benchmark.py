"""Measure the guide's speed and size and write BENCHMARKS.md at the repository root.

    .venv/bin/python scripts/benchmark.py [--pairs 7] [--clicks 200] [--lighthouse-runs 3]

Needs Graphviz, Chromium (``CHROMIUM_PATH``, default ``/usr/bin/chromium``), node and npm
(Lighthouse is installed into the git-ignored ``.benchmark/`` on first use).
"""

from __future__ import annotations

import argparse
import datetime
import os
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from playwright.sync_api import sync_playwright

from bench import assets, build_profile, build_time, gzip_server, lighthouse, machine, quiz_page, report

ROOT = Path(__file__).resolve().parent.parent
PAGES = {"home": "", "quiz": "quiz/"}
SERVED = ("a threaded `http.server` subclass on 127.0.0.1 (scripts/bench/gzip_server.py) that gzips text "
          "responses (HTML, CSS, JavaScript, JSON, SVG) and sends `Cache-Control: max-age=600` like GitHub Pages; "
          "the site was built with `--strict` for that exact address, so instant navigation is on.")


def main(argv: list[str] | None = None) -> int:
    """Run every measurement, write BENCHMARKS.md and print where it is."""
    args = _arguments(argv)
    chromium = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
    if not Path(chromium).exists():
        sys.exit(f"benchmark: Chromium not found at {chromium!r}: run scripts/setup --browser or set CHROMIUM_PATH")
    cli = lighthouse.install(ROOT / ".benchmark")
    load_at_start = os.getloadavg()
    _say(f"build time: {args.pairs} interleaved pairs, then one profiled build of each variant")
    builds = build_time.measure(ROOT, args.pairs)
    profiles = {rendering: build_profile.profile(ROOT, rendering) for rendering in (True, False)}
    with _served_site() as url:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=chromium, args=quiz_page.CHROMIUM_ARGS)
            _say("quiz page: transfer weight and click latency")
            transfer = quiz_page.transfer_weight(browser, url + PAGES["quiz"])
            latency = quiz_page.click_latency(browser, url + PAGES["quiz"], args.clicks)
            browser.close()
        scores = _lighthouse(cli, chromium, url, args.lighthouse_runs)
    results = report.Results(
        date=datetime.date.today().isoformat(),
        machine=machine.describe(chromium, lighthouse.version(cli)), load=(load_at_start, os.getloadavg()),
        served=SERVED, builds=builds, profiles=profiles, assets=assets.measure(ROOT),
        transfer=transfer, latency=latency, lighthouse=scores,
    )
    (ROOT / "BENCHMARKS.md").write_text(report.render(results), encoding="utf-8")
    _say(f"wrote {ROOT / 'BENCHMARKS.md'}")
    return 0


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=7, help="interleaved build pairs (default 7)")
    parser.add_argument("--clicks", type=int, default=200, help="Continue clicks to time (default 200)")
    parser.add_argument("--lighthouse-runs", type=int, default=3, help="Lighthouse runs per page and preset (default 3)")
    return parser.parse_args(argv)


@contextmanager
def _served_site() -> Iterator[str]:
    """The guide built (strict) for, and served with gzip at, a free local address."""
    port = gzip_server.free_port()
    url = f"http://127.0.0.1:{port}/"
    with tempfile.TemporaryDirectory() as tmp:
        build_time.build(ROOT, Path(tmp), url)
        server = gzip_server.serve(Path(tmp), port)
        try:
            yield url
        finally:
            server.shutdown()


def _lighthouse(cli: Path, chromium: str, url: str, runs: int) -> dict[tuple[str, str], list[lighthouse.Scores]]:
    scores = {}
    for name, path in PAGES.items():
        for form_factor in ("mobile", "desktop"):
            _say(f"lighthouse: {name} page, {form_factor}, {runs} run(s)")
            scores[(name, form_factor)] = [lighthouse.run(cli, chromium, url + path, form_factor) for _ in range(runs)]
    return scores


def _say(message: str) -> None:
    print(f"benchmark: {message}", file=sys.stderr, flush=True)


if __name__ == "__main__":
    sys.exit(main())
