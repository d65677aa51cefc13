"""Recording a page's Content-Security-Policy violations as the browser reports them."""

from __future__ import annotations

from playwright.sync_api import BrowserContext

# Reports each violation of the document's policy, from before the page's own scripts run.
REPORT_VIOLATIONS = """document.addEventListener("securitypolicyviolation", (event) => {
  window.violationsSeen = (window.violationsSeen || 0) + 1;
  window.reportViolation(`${location.pathname}: ${event.effectiveDirective} blocked ${event.blockedURI || "inline"}` +
                         ` (${event.sourceFile || "?"}:${event.lineNumber})`);
});"""


def policy_violations(context: BrowserContext) -> list[str]:
    """The policy violations of every page of the context from now on, one line each, as they happen."""
    violations: list[str] = []
    context.expose_function("reportViolation", lambda text: violations.append(text))
    context.add_init_script(REPORT_VIOLATIONS)
    return violations
