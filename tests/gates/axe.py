"""axe-core checks for a Playwright page, run offline (axe-playwright-python ships axe-core).

``assert_no_axe_violations(page, "quiz, at a result (dark)")`` fails listing every violation with
its rule id, impact, help text and the selectors of the offending elements. axe-core goes into a
document once, however many times it is run there.
"""

from __future__ import annotations

from typing import Any

from axe_playwright_python.base import AXE_SCRIPT
from playwright.sync_api import Page

# Runs axe-core on the whole page, or only on the parts that match the selectors given.
RUN = """async ([within, options]) =>
  (await axe.run(within.length ? {include: within.map((selector) => [selector])} : document, options)).violations"""

# True once no CSS transition or finite animation is running: colours read mid-transition
# (the palette switch fades) would give false contrast failures.
SETTLED = """() => document.getAnimations().every(a =>
  a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity)"""


def settle(page: Page) -> None:
    """Wait until the page's transitions and animations have finished."""
    page.wait_for_function(SETTLED)


# The rules whose outcome depends on the colours: all a change of palette can change.
COLOUR_RULES = ["color-contrast", "link-in-text-block"]


def axe_violations(page: Page, rules: list[str] | None = None, within: list[str] | None = None,
                   skip: list[str] | None = None) -> list[dict[str, Any]]:
    """The axe-core violations of the page in its current state (after transitions settle),
    for every rule or only the given ones, less those in ``skip``, on the whole page or only
    ``within`` the elements those CSS selectors match (then the rules about the page as a whole
    are not run)."""
    settle(page)
    options: dict[str, Any] = {"resultTypes": ["violations"]}  # only what failed is gathered in detail: faster
    if rules:
        options["runOnly"] = {"type": "rule", "values": rules}
    if skip:
        options["rules"] = {rule: {"enabled": False} for rule in skip}
    if not page.evaluate("() => typeof window.axe === 'object'"):
        page.evaluate(AXE_SCRIPT)  # once per document: the script is half a megabyte
    return page.evaluate(RUN, [within or [], options])


def describe_violations(violations: list[dict[str, Any]], context_label: str) -> str:
    """A readable report: one block per rule, one line per offending element."""
    lines = [f"{context_label}: {len(violations)} axe violation(s)"]
    for violation in violations:
        lines.append(f"  [{violation['impact']}] {violation['id']}: {violation['help']} ({violation['helpUrl']})")
        for node in violation["nodes"]:
            where = " ".join(_selector(part) for part in node["target"])
            lines.append(f"      at {where}: {_why(node)}")
    return "\n".join(lines)


def assert_no_axe_violations(page: Page, context_label: str, rules: list[str] | None = None, within: list[str] | None = None,
                             skip: list[str] | None = None) -> None:
    """Fail when axe-core finds any violation on the page as it is now (for every rule, or only
    ``rules``, less ``skip``; on the whole page, or ``within`` some of its parts); ``context_label``
    names the state."""
    violations = axe_violations(page, rules, within, skip)
    if violations:
        raise AssertionError(describe_violations(violations, context_label))


def _why(node: dict[str, Any]) -> str:
    """axe's explanation for one element, on one line (e.g. the measured contrast and colours)."""
    checks = [c for c in node.get("any", []) if c.get("message")][:1] + [
        c for c in node.get("all", []) + node.get("none", []) if c.get("message")
    ]
    return "; ".join(c["message"] for c in checks) or "(no detail)"


def _selector(part: Any) -> str:
    # Targets inside shadow DOM or frames come as lists of selectors.
    return " >>> ".join(part) if isinstance(part, list) else str(part)
