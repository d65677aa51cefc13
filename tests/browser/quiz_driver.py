"""Drives the quiz page the way a reader does, and reads back what it shows.

Every wait is on DOM or ARIA state; the quiz renders synchronously in its event handlers,
so after a click returns the page already shows the new step.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from playwright.sync_api import ConsoleMessage, Locator, Page, expect

from decision_tree import TREE, Decision, ui, what_would_change
from decision_tree.engine import walk
from decision_tree.permalink import fragment as permalink_fragment
from decision_tree.render.links import svg_edge_id, svg_id
from decision_tree.render.report import describe_alternative

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "test-artifacts" / "screenshots"
TEXTS = ui()

READ_ALTERNATIVES = """() => [...document.querySelectorAll('[data-dt-part=alternatives] [data-dt-action=alternative]')]
  .map(a => ({question: a.dataset.question, option: a.dataset.option,
              outcome: a.dataset.outcome ?? null, next: a.dataset.nextQuestion ?? null,
              text: a.closest('li').textContent, href: a.getAttribute('href')}))"""

READ_HIGHLIGHT = """() => ({
  on: [...document.querySelectorAll('[data-dt-diagram] .dt-on-path')].map(el => el.id).sort(),
  current: [...document.querySelectorAll('[data-dt-diagram] .dt-current')].map(el => el.id)})"""


@dataclass
class PageErrors:
    """Uncaught exceptions and console errors a page reported."""

    messages: list[str] = field(default_factory=list)

    @classmethod
    def watch(cls, page: Page) -> "PageErrors":
        errors = cls()
        page.on("pageerror", lambda error: errors.messages.append(f"page error: {error}"))
        page.on("console", lambda message: errors.add_console(message))
        return errors

    def add_console(self, message: ConsoleMessage) -> None:
        if message.type == "error":
            self.messages.append(f"console error: {message.text}")


def nav_link(page: Page, path: str) -> Locator:
    """The link to a page (``"quiz/"``, ``"tree/"`` ...) in the site's navigation sidebar."""
    return page.locator(f".md-sidebar--primary a.md-nav__link[href$='/{path}']").first


class Quiz:
    """The quiz on a page."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.root = page.locator("[data-dt-quiz]")
        self.question = page.locator("[data-dt-part=question]")
        self.result = page.locator("[data-dt-part=result]")
        self.result_title = page.locator("[data-dt-part=title]")
        self.notice = page.locator("[data-dt-part=notice]")
        self.live = page.locator("[data-dt-part=live]")
        self.progress = page.locator("[data-dt-part=progress]")
        self.error = page.locator("[data-dt-part=error]")
        self.continue_button = page.locator("[data-dt-part=continue]")

    def mounted(self) -> None:
        expect(self.root).to_have_class("dt-quiz dt-quiz--mounted")

    def state(self) -> str | None:
        return self.root.get_attribute("data-dt-state")

    def answer(self, option_id: str) -> None:
        self.page.check(f"#dt-quiz-answer-{option_id}")
        self.continue_button.click()

    def action(self, name: str) -> None:
        self.page.locator(f"[data-dt-action={name}]").click()

    def restart(self) -> None:
        restart = self.page.locator("[data-dt-action=restart]")
        if restart.is_visible():
            restart.click()
        expect(self.question).to_have_text(TREE.question(TREE.start).text)

    def outcome(self) -> str | None:
        expect(self.result).to_be_visible()
        return self.result.get_attribute("data-outcome")

    def checked(self) -> str | None:
        checked = self.page.locator("[data-dt-part=options] input:checked")
        return checked.get_attribute("value") if checked.count() else None

    def summary(self) -> list[tuple[str, str]]:
        rows = self.page.locator("[data-dt-part=answers] .dt-answer")
        return [(r.get_attribute("data-question"), r.get_attribute("data-option")) for r in rows.all()]

    def alternatives(self) -> list[dict]:
        return self.page.evaluate(READ_ALTERNATIVES)

    def highlight(self) -> dict:
        return self.page.evaluate(READ_HIGHLIGHT)

    def fragment(self) -> str:
        return self.page.evaluate("location.hash.slice(1)")

    def copied_snippet(self) -> str:
        self.action("copy-snippet")
        expect(self.live).to_have_text(TEXTS["copied-snippet"])
        return self.page.evaluate("navigator.clipboard.readText()")


def progress(answers: dict[str, str]) -> str:
    """The progress line for the question these answers reach: its number, and the most a path can have."""
    steps, node = walk(TREE, answers)

    def most(node_id: str) -> int:
        question = TREE.question(node_id)
        return 1 + max(most(o.next) for o in question.options) if question else 0

    return TEXTS["progress"].format(number=len(steps) + 1, most=len(steps) + most(node.id))


def expected_alternatives(decision: Decision) -> list[dict]:
    """What the quiz should list under "What would change this", per the engine."""
    return [
        {
            "question": a.question.id,
            "option": a.option.id,
            "outcome": a.outcome.id if a.outcome else None,
            "next": a.next_question.id if a.next_question else None,
            "text": describe_alternative(a),
            "href": "#" + _changed_fragment(decision.answers, a.question.id, a.option.id),
        }
        for a in what_would_change(TREE, decision)
    ]


def _changed_fragment(answers: dict[str, str], question_id: str, option_id: str) -> str:
    """The fragment of these answers with one changed, cut to the path they still make."""
    steps, _ = walk(TREE, {**answers, question_id: option_id})
    return permalink_fragment(TREE, {s.question.id: s.option.id for s in steps})


def expected_highlight(decision: Decision) -> dict:
    """The diagram ids the path lights up, and the current node."""
    ids = [svg_id(s.question.id) for s in decision.path] + [svg_edge_id(s.question.id, s.option.id) for s in decision.path]
    return {"on": sorted(ids + [svg_id(decision.outcome.id)]), "current": [svg_id(decision.outcome.id)]}


def screenshot(target: Page | Locator, name: str) -> Path:
    """Save a screenshot of a whole page, or of one element, under test-artifacts/screenshots/."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    if isinstance(target, Page):
        target.screenshot(path=str(path), full_page=True)
    else:
        target.screenshot(path=str(path))
    return path


def no_horizontal_scroll(page: Page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


