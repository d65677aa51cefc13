"""Shared fixtures: the site is built once per test run (whatever the number of parallel workers)
and served on 127.0.0.1.

Browser tests drive the system Chromium: ``CHROMIUM_PATH``, else its headless shell
(``chromium-headless-shell``, which scripts/setup installs), else ``chromium`` on PATH; a missing
browser is an error, never a skip.
"""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

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
    build_output: Path  # what ``mkdocs build --strict`` printed while building it

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


def strict_build(destination: Path, site_url: str | None, source: Path = ROOT, **env: str) -> tuple[int, str]:
    """Exit status and output of ``mkdocs build --strict`` for the given address (None: with
    ``SITE_URL`` unset), rendered as published, from the checkout or another copy of its sources,
    with any other settings given. Not --quiet, which hides the warnings --strict counts."""
    environment = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    environment.pop("DECISION_TREE_RENDERING", None)
    environment.pop("SITE_URL", None)
    if site_url is not None:
        environment["SITE_URL"] = site_url
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(destination)],
        cwd=source, env={**environment, **env}, capture_output=True, text=True,
    )
    return result.returncode, result.stdout + result.stderr


def build_site(destination: Path, site_url: str, workspace: Path) -> str:
    """Build the guide with ``mkdocs build --strict`` for the given address; returns what the build
    printed. (``workspace``, a folder outside the one served, is not needed.)"""
    status, output = strict_build(destination, site_url)
    if status != 0:
        raise RuntimeError(f"mkdocs build --strict failed:\n{output}")
    return output


REPOSITORY = "https://github.com/example/llm-guide"  # a host whose API the theme would ask for stars
# What a build needs; everything else in the checkout (its git history above all) is left out.
SOURCES = ("docs", "decision_tree", "scripts", "overrides", "mkdocs.yml")


def build_copy_with_a_repository(destination: Path, site_url: str, workspace: Path) -> str:
    """Build the guide as from a tarball or an export (a copy of its sources without git history,
    made in ``workspace``), with a repository configured (REPO_URL); returns what the build printed.
    The copy draws on the checkout's renderings cache, which holds the same drawings (unless
    DECISION_TREE_CACHE says otherwise)."""
    copy = workspace / "sources"
    for name in SOURCES:
        source = ROOT / name
        (shutil.copytree if source.is_dir() else shutil.copy)(source, copy / name)  # type: ignore[operator]
    cache = os.environ.get("DECISION_TREE_CACHE") or str(ROOT / ".cache" / "renderings")
    status, output = strict_build(destination, site_url, copy, REPO_URL=REPOSITORY, DECISION_TREE_CACHE=cache)
    if status != 0:
        raise RuntimeError(f"mkdocs build --strict failed in a copy without git history:\n{output}")
    return output


def _run_pid() -> int:
    """The process of the whole test run: pytest's controller when workers run the tests in parallel."""
    return os.getppid() if os.environ.get("PYTEST_XDIST_WORKER") else os.getpid()


def _until_listening(port: int, server: subprocess.Popen, log: Path) -> None:
    """Wait until the server answers on its port; fail if it stopped first."""
    for _ in range(200):
        if server.poll() is not None:
            raise RuntimeError(f"the test site's server stopped at once (exit status {server.returncode}; "
                               f"port {port} may be taken):\n{log.read_text(encoding='utf-8', errors='replace')}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"the test site's server did not answer on port {port} within 10 s")


def _shared_site(tmp_path_factory: pytest.TempPathFactory, name: str, prefix: str, build=build_site) -> Site:
    """The guide built once for the whole run and served by tests/site_server.py until the run ends.

    Parallel workers share it: the first to need it builds and serves it, under a lock, and
    writes down where it is; the others read that. A failed build fails every test that needs it.
    """
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    shared = tmp_path_factory.getbasetemp().parent if worker else tmp_path_factory.getbasetemp()
    record = shared / f"{name}.json"
    with open(shared / f"{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
        if not record.is_file():
            port = free_port()
            url = f"http://127.0.0.1:{port}/{prefix}"
            root = shared / name
            printed = shared / f"{name}.build.log"
            printed.write_text(build(root / prefix, url, shared / f"{name}.workspace"), encoding="utf-8")
            log = shared / f"{name}.server.log"  # what the server says (nothing, unless it fails)
            with open(log, "w", encoding="utf-8") as output:
                server = subprocess.Popen([sys.executable, "-m", "tests.site_server", str(root), str(port), str(_run_pid())],
                                          cwd=ROOT, stdin=subprocess.DEVNULL, stdout=output, stderr=subprocess.STDOUT)
            _until_listening(port, server, log)
            record.write_text(json.dumps({"directory": str(root / prefix), "url": url, "build_output": str(printed)}), encoding="utf-8")
        found = json.loads(record.read_text(encoding="utf-8"))
    return Site(directory=Path(found["directory"]), url=found["url"], build_output=Path(found["build_output"]))


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Site:
    """The guide built for, and served at, the root of a local address."""
    return _shared_site(tmp_path_factory, "site", "")


@pytest.fixture(scope="session")
def hosted_site(tmp_path_factory: pytest.TempPathFactory) -> Site:
    """The guide as a team hosts an export of it: built from a copy without git history, with a
    repository configured (REPO_URL: :data:`REPOSITORY`), and served under a sub-path (as project
    pages and intranets host it). One build for the three variants, which do not meet: the
    sub-path changes the addresses, the repository adds a link, the missing history the dates."""
    return _shared_site(tmp_path_factory, "hosted-site", "team/llm-guide/", build=build_copy_with_a_repository)


@pytest.fixture(scope="session")
def subpath_site(hosted_site: Site) -> Site:
    """The guide built for, and served under, a sub-path (see hosted_site)."""
    return hosted_site


@pytest.fixture(scope="session")
def repository_site(hosted_site: Site) -> Site:
    """The guide built from a copy without git history, with a repository configured (see hosted_site)."""
    return hosted_site


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
