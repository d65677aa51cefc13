"""Measure the guide's speed and size and write the figures into BENCHMARKS.md at the repository root.

    .venv/bin/python scripts/benchmark.py [--runs 5] [--clicks 200] [--pairs 11] [--no-build-time] [--no-instructions]
                                          [--save FILE.json] [--before FILE.json] [--wait 900]
    .venv/bin/python scripts/benchmark.py --setup [--no-fresh-machine] [--suite-runs 3]

The first form measures the site (build time with and without the tree's renderings; what it ships
of its own JavaScript and CSS and each edition's search index; the quiz page's weight, requests
and click latency, and Lighthouse, each ``--runs`` times, the median counting) against the budgets
of a phone, and rewrites the site's section. ``--save`` keeps the figures as JSON; ``--before``
shows an earlier run's saved figures beside them (run the benchmark on the earlier commit with
``--save``). scripts/bench/site-notes.md, in people's words, goes into the section as it is. It needs Graphviz, the full Chromium browser, which Lighthouse drives (``CHROMIUM_PATH``,
default ``/usr/bin/chromium``; the tests' headless shell is not enough), node
and npm (Lighthouse is installed into the git-ignored ``.benchmark/`` on first use), and counts
instructions with valgrind when it is installed.

``--setup`` measures ``scripts/test`` from a bare Debian 12 and a bare Debian 13 (scripts/fresh-machine:
root, about ten minutes) and in this checkout (three runs, the median counts), and rewrites the setup section.
Each measurement starts once the machine is quiet (1-minute load average below 0.5): work left over
from an earlier one would slow it.
"""

from __future__ import annotations

import argparse
import datetime
import os
import shutil
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from playwright.sync_api import sync_playwright

from bench import (assets, budgets, build_profile, build_time, document, gzip_server, lighthouse, machine, quiz_page,
                   report, setup_report, setup_time)

ROOT = Path(__file__).resolve().parent.parent
# The pages Lighthouse audits, by name: in English on the mobile and the desktop preset, and in
# Chinese (the same pages under zh/) on the mobile one, whose budgets the issue of each edition sets.
PAGES = {"home": "", "quiz": "quiz/", "tree": "tree/"}
EDITIONS = {"English": "", "Chinese": "zh/"}
SERVED = ("a threaded `http.server` subclass on 127.0.0.1 (scripts/bench/gzip_server.py) that gzips text "
          "responses (HTML, CSS, JavaScript, JSON, SVG) and sends `Cache-Control: max-age=600` like GitHub Pages; "
          "the site was built with `--strict` for that exact address, so instant navigation is on.")


def main(argv: list[str] | None = None) -> int:
    """Run the measurements asked for, write their section of BENCHMARKS.md and print where it is."""
    args = _arguments(argv)
    return _setup(args) if args.setup else _site(args)


def _setup(args: argparse.Namespace) -> int:
    _say("waiting until the machine is quiet (1-minute load average below 0.5)")
    machine.wait_until_quiet()
    load_at_start = os.getloadavg()
    fresh, skipped = {}, ""
    if args.no_fresh_machine or os.geteuid() != 0:
        skipped = "The bare-Debian runs were not made this time (they need root; `--no-fresh-machine` skips them)."
    else:
        for suite in setup_time.RELEASES:
            _say(f"scripts/test on a bare {setup_time.RELEASES[suite]} (scripts/fresh-machine), once the machine is quiet")
            machine.wait_until_quiet()
            fresh[suite] = setup_time.fresh_machine(ROOT, suite)
    warm = []
    for run in range(args.suite_runs):
        _say(f"scripts/test in this checkout ({run + 1} of {args.suite_runs}), once the machine is quiet")
        machine.wait_until_quiet()
        warm.append(setup_time.warm_suite(ROOT))
    results = setup_report.SetupResults(
        date=datetime.date.today().isoformat(), machine=machine.describe(), load=(load_at_start, os.getloadavg()),
        fresh=fresh, warm=warm, skipped_fresh=skipped,
    )
    document.update(ROOT / "BENCHMARKS.md", "setup", setup_report.render(results))
    _say(f"wrote the setup section of {ROOT / 'BENCHMARKS.md'}")
    return 0


def _site(args: argparse.Namespace) -> int:
    chromium = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
    if not Path(chromium).exists():
        sys.exit(f"benchmark: Chromium not found at {chromium!r}: install it (Debian: apt-get install chromium) or set CHROMIUM_PATH")
    cli = lighthouse.install(ROOT / ".benchmark")
    count = not args.no_instructions and shutil.which("valgrind") is not None
    _say(f"waiting until the machine is quiet (1-minute load average below 0.5, at most {args.wait:.0f} s)")
    machine.wait_until_quiet(timeout=args.wait)
    load_at_start = os.getloadavg()
    builds = profiles = None
    if not args.no_build_time:
        _say(f"build time: {args.pairs} rounds of {len(build_time.VARIANTS)} variants"
             + (", one build of each under valgrind" if count else "") + ", then one profiled build with and without rendering")
        builds = build_time.measure(ROOT, args.pairs, count)
        profiles = {rendering: build_profile.profile(ROOT, rendering) for rendering in (True, False)}
    with _served_site() as (url, site):
        shipped, indexes = assets.measure(site), assets.search_indexes(site)
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=chromium, args=quiz_page.CHROMIUM_ARGS)
            _say(f"quiz page: transfer weight and click latency, {args.runs} runs")
            transfers = {edition: [quiz_page.transfer_weight(browser, url + folder + PAGES["quiz"]) for _ in range(args.runs)]
                         for edition, folder in EDITIONS.items()}
            latencies = [quiz_page.click_latency(browser, url + PAGES["quiz"], args.clicks) for _ in range(args.runs)]
            browser.close()
        scores = _lighthouse(cli, chromium, url, args.runs)
    mobile = {page: runs for (page, form_factor), runs in scores.items() if form_factor == "mobile"}
    figures = budgets.figures(shipped, indexes, transfers, latencies, mobile)
    if args.save:
        figures.save(args.save)
    notes = ROOT / "scripts" / "bench" / "site-notes.md"
    results = report.Results(
        date=datetime.date.today().isoformat(),
        machine=machine.describe(chromium, lighthouse.version(cli)), load=(load_at_start, os.getloadavg()),
        served=SERVED, builds=builds, profiles=profiles, assets=shipped, figures=figures,
        before=budgets.Figures.load(args.before) if args.before else None, lighthouse=scores,
        aside=notes.read_text(encoding="utf-8").strip() if notes.is_file() else "",
    )
    document.update(ROOT / "BENCHMARKS.md", "site", report.render(results))
    _say(f"wrote the site section of {ROOT / 'BENCHMARKS.md'}")
    return 0


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--setup", action="store_true", help="measure setup and the test suite instead of the site")
    parser.add_argument("--no-fresh-machine", action="store_true", help="with --setup: skip the bare-Debian runs")
    parser.add_argument("--suite-runs", type=_at_least_one, default=3, help="with --setup: runs of the suite in this checkout (default 3)")
    parser.add_argument("--pairs", type=int, default=11, help="rounds of interleaved builds (default 11)")
    parser.add_argument("--no-instructions", action="store_true", help="do not count build instructions with valgrind")
    parser.add_argument("--clicks", type=int, default=200, help="Continue clicks to time in each run (default 200)")
    parser.add_argument("--runs", type=_at_least_one, default=5,
                        help="runs of each browser measurement and of Lighthouse per page and preset; the median counts (default 5)")
    parser.add_argument("--no-build-time", action="store_true", help="do not measure the build time")
    parser.add_argument("--save", type=Path, help="write the run's figures to this JSON file")
    parser.add_argument("--before", type=Path, help="show the figures an earlier run saved (--save) beside this run's")
    parser.add_argument("--wait", type=float, default=900, help="seconds to wait at most for a quiet machine (default 900)")
    return parser.parse_args(argv)


def _at_least_one(text: str) -> int:
    """A count of runs: a whole number, 1 or more."""
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of runs, 1 or more (got {text!r})")
    return int(text)


@contextmanager
def _served_site() -> Iterator[tuple[str, Path]]:
    """The guide built (strict) for, and served with gzip at, a free local address; and its folder."""
    port = gzip_server.free_port()
    url = f"http://127.0.0.1:{port}/"
    with tempfile.TemporaryDirectory() as tmp:
        build_time.build(ROOT, Path(tmp), url)
        server = gzip_server.serve(Path(tmp), port)
        try:
            yield url, Path(tmp)
        finally:
            server.shutdown()


def _lighthouse(cli: Path, chromium: str, url: str, runs: int) -> dict[tuple[str, str], list[lighthouse.Scores]]:
    scores = {}
    for edition, folder in EDITIONS.items():
        for name, path in PAGES.items():
            page = name if not folder else f"{name} ({edition})"
            for form_factor in ("mobile", "desktop") if not folder else ("mobile",):
                _say(f"lighthouse: {page} page, {form_factor}, {runs} run(s)")
                scores[(page, form_factor)] = [lighthouse.run(cli, chromium, url + folder + path, form_factor) for _ in range(runs)]
    return scores


def _say(message: str) -> None:
    print(f"benchmark: {message}", file=sys.stderr, flush=True)


if __name__ == "__main__":
    sys.exit(main())
