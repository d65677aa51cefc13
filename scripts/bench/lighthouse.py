"""Lighthouse scores for a page, mobile and desktop, from a Lighthouse installed with npm."""

from __future__ import annotations

import json
import os
import re
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

VERSION = "12.8.2"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
CHROME_FLAGS = "--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run"


@dataclass(frozen=True)
class Scores:
    """One Lighthouse run: the four category scores and the audits that cost points."""

    page: str
    form_factor: str  # "mobile" or "desktop"
    scores: dict[str, float]
    lost: dict[str, list[str]]  # category -> "audit id (score): title" for every audit below 1
    blocking_ms: float = 0.0  # total blocking time, the main thread's long tasks after first paint


def install(folder: Path) -> Path:
    """Lighthouse's command, installed into ``folder`` (git-ignored) when it is not there yet."""
    cli = folder / "node_modules" / "lighthouse" / "cli" / "index.js"
    if not cli.exists():
        folder.mkdir(parents=True, exist_ok=True)
        result = subprocess.run(
            ["npm", "install", "--no-audit", "--no-fund", "--prefix", str(folder), f"lighthouse@{VERSION}"],
            capture_output=True, text=True,
        )
        if result.returncode != 0 or not cli.exists():
            raise RuntimeError(f"npm could not install lighthouse@{VERSION} into {folder} (node and npm are needed):\n{result.stderr}")
    return cli


def version(cli: Path) -> str:
    """The installed Lighthouse version."""
    return json.loads((cli.parent.parent / "package.json").read_text())["version"]


def run(cli: Path, chromium: str, url: str, form_factor: str) -> Scores:
    """Audit one page on the mobile preset (Lighthouse's default) or ``--preset=desktop``."""
    preset = ["--preset=desktop"] if form_factor == "desktop" else []
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "report.json"
        result = subprocess.run(
            ["node", str(cli), url, *preset, f"--chrome-flags={CHROME_FLAGS}", "--quiet",
             f"--only-categories={','.join(CATEGORIES)}", "--output=json", f"--output-path={report}"],
            env={**os.environ, "CHROME_PATH": chromium}, capture_output=True, text=True, timeout=300,
        )
        if result.returncode != 0 or not report.exists():
            raise RuntimeError(f"lighthouse failed on {url} ({form_factor}):\n{result.stderr[-3000:]}")
        data = json.loads(report.read_text())
    blocking = data["audits"]["total-blocking-time"]["numericValue"]
    return Scores(page=url, form_factor=form_factor, scores=_scores(data), lost=_lost_points(data), blocking_ms=blocking)


def _scores(data: dict) -> dict[str, float]:
    return {name: data["categories"][name]["score"] for name in CATEGORIES}


def _plain(description: str) -> str:
    """Lighthouse's explanation of an audit without its "Learn more" links."""
    return re.sub(r"\s*\[[^\]]*\]\([^)]*\)\.?", "", description).strip()


def _culprits(audit: dict, most: int = 3) -> str:
    """The first few elements or URLs an audit blames, as ``: `a`, `b` ``."""
    items = (audit.get("details") or {}).get("items") or []
    named = []
    for item in items[:most]:
        node = item.get("node") or {}
        named.append(node.get("snippet") or node.get("selector") or item.get("url") or item.get("source") or "")
    named = [name.replace("`", "'")[:160] for name in named if name]
    more = f" and {len(items) - most} more" if len(items) > most else ""
    return (" Blamed: " + ", ".join(f"`{name}`" for name in named) + more + ".") if named else ""


def _lost_points(data: dict) -> dict[str, list[str]]:
    """Audits that count towards a category's score and did not score 1."""
    lost = {}
    for name in CATEGORIES:
        audits = []
        for ref in data["categories"][name]["auditRefs"]:
            audit = data["audits"][ref["id"]]
            if ref.get("weight", 0) > 0 and audit.get("score") is not None and audit["score"] < 1:
                value = f", {audit['displayValue']}" if audit.get("displayValue") else ""
                audits.append(f"{ref['id']} (score {audit['score']:.2f}{value}): {audit['title']}. "
                              f"{_plain(audit.get('description', ''))}{_culprits(audit)}")
        lost[name] = audits
    return lost
