"""The machine and tool versions a benchmark ran with."""

from __future__ import annotations

import os
import platform
import re
import subprocess
import sys
import time
from importlib.metadata import version
from pathlib import Path


def cpu_model() -> str:
    """The CPU model name from /proc/cpuinfo, or what the platform module knows."""
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        match = re.search(r"^model name\s*:\s*(.+)$", cpuinfo.read_text(), re.M)
        if match:
            return match.group(1).strip()
    return platform.processor() or platform.machine()


def memory() -> str:
    """Total memory, in GiB."""
    meminfo = Path("/proc/meminfo")
    if meminfo.exists():
        match = re.search(r"^MemTotal:\s*(\d+) kB", meminfo.read_text(), re.M)
        if match:
            return f"{int(match.group(1)) / 1024**2:.1f} GiB"
    return "unknown"


def operating_system() -> str:
    """The distribution's pretty name and the kernel release."""
    release = Path("/etc/os-release")
    name = platform.system()
    if release.exists():
        match = re.search(r'^PRETTY_NAME="?([^"\n]+)"?$', release.read_text(), re.M)
        name = match.group(1) if match else name
    return f"{name} (kernel {platform.release()})"


def tool_version(command: list[str]) -> str:
    """The first line a tool prints about its version, or why there is none."""
    try:
        result = subprocess.run(command, capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired) as error:
        return f"unavailable ({error})"
    lines = [line for line in (result.stdout + result.stderr).splitlines() if line and not line.startswith("/")]
    return lines[0].strip() if lines else f"unavailable (exit status {result.returncode})"


def describe(chromium: str | None = None, lighthouse: str | None = None) -> dict[str, str]:
    """Machine and versions, in the order BENCHMARKS.md lists them (the tools only when named)."""
    found = {
        "CPU": cpu_model(),
        "Cores": str(os.cpu_count()),
        "Memory": memory(),
        "OS": operating_system(),
        "Python": sys.version.split()[0],
    }
    if chromium is not None:
        found |= {
            "MkDocs": version("mkdocs"),
            "mkdocs-material": version("mkdocs-material"),
            "Graphviz": tool_version(["dot", "-V"]),
            "Chromium": tool_version([chromium, "--version"]),
        }
    if lighthouse is not None:
        found["Lighthouse"] = lighthouse
    return found


def cpu_ticks() -> tuple[int, int, int]:
    """The machine's CPU time since boot, in clock ticks, from /proc/stat: all of it, the part spent
    running something (user, nice, system, irq, softirq) and the part the host stole (gave our
    cores' time to other guests); zeros where there is no /proc/stat."""
    stat = Path("/proc/stat")
    if not stat.exists():
        return 0, 0, 0
    user, nice, system, idle, iowait, irq, softirq, steal = (int(v) for v in stat.read_text().split("\n", 1)[0].split()[1:9])
    return user + nice + system + idle + iowait + irq + softirq + steal, user + nice + system + irq + softirq, steal


def wait_until_quiet(limit: float = 0.5, timeout: float = 900, poll: float = 5) -> None:
    """Wait until the 1-minute load average is below ``limit`` (work left over from an earlier run,
    such as a test suite or a container being torn down, would slow what is measured next), or
    ``timeout`` seconds have passed (the load read next, which the report shows, then says so)."""
    start = time.monotonic()
    while os.getloadavg()[0] >= limit and time.monotonic() - start < timeout:
        time.sleep(poll)
