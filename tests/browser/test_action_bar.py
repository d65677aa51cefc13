"""The result's actions (Copy link, Copy for design doc, Export decision record, Print): on a phone,
one row that takes at most a tenth of the screen, each button named by its full label; on any
screen, no button changes width when it says it worked, and the theme's toast never covers them,
wherever the bar is on the screen."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from decision_tree import TREE
from decision_tree.permalink import fragment
from tests.browser.conftest import open_quiz
from tests.browser.quiz_driver import TEXTS

pytestmark = pytest.mark.browser

ANSWERS = {"needs": "request-input", "input-task": "fits-prompt", "prompt-result": "yes", "evaluation-data": "none"}
ACTIONS = ("copy-link", "copy-snippet", "export-record", "print")
# Scroll the page so that the bar is at the bottom of the screen, where the toast would be; or far
# past it, the bar stuck at the top.
LOW = "scrollBy(0, document.querySelector('[data-dt-part=actions]').getBoundingClientRect().bottom - innerHeight + 8)"
STUCK = "scrollBy(0, 900)"
# The bar, its buttons and the toast where they are now, in one call.
READ = """() => {
  const box = (el) => { const r = el.getBoundingClientRect(); return {top: r.top, bottom: r.bottom, left: r.left, right: r.right, width: r.width}; };
  const toast = document.querySelector('.md-dialog');
  return {bar: box(document.querySelector('[data-dt-part=actions] .dt-buttons')),
          buttons: [...document.querySelectorAll('[data-dt-part=actions] .dt-button')].map(box),
          toast: toast.classList.contains('md-dialog--active') ? box(toast) : null, height: innerHeight};
}"""


def overlaps(a: dict, b: dict) -> bool:
    return a["left"] < b["right"] and b["left"] < a["right"] and a["top"] < b["bottom"] and b["top"] < a["bottom"]


def copy_and_read(page, action: str) -> dict:
    """Press a copy button, wait for the toast to be in place, and read the bar again."""
    page.locator(f"[data-dt-part={action}]").click()
    expect(page.locator(f"[data-dt-part={action}]")).to_have_accessible_name(TEXTS["copied"])
    expect(page.locator(".md-dialog.md-dialog--active")).to_be_visible()
    page.wait_for_timeout(450)  # the toast slides in for 0.4 s
    return page.evaluate(READ)


@pytest.mark.parametrize("width, height", [(360, 740), (1280, 800)], ids=["phone", "desktop"])
def test_the_action_bar_keeps_its_place_and_the_toast_keeps_clear(quiz_tab, site, width: int, height: int) -> None:
    page = quiz_tab.fresh(width, height)
    open_quiz(page, site, fragment(TREE, ANSWERS), query=quiz_tab.query())
    for action in ACTIONS:  # the full label names each button, whatever it shows
        expect(page.get_by_role("button", name=TEXTS[action], exact=True)).to_be_visible()
    before = page.evaluate(READ)
    if width < 600:
        assert len({round(b["top"]) for b in before["buttons"]}) == 1, f"the buttons take more than one row: {before['buttons']}"
        assert before["bar"]["bottom"] - before["bar"]["top"] <= 0.10 * height, f"the bar is too tall: {before['bar']}"

    for action, where in (("copy-snippet", LOW), ("copy-link", STUCK)):
        page.evaluate(where)
        during = copy_and_read(page, action)
        assert [b["width"] for b in during["buttons"]] == [b["width"] for b in before["buttons"]], "a button changed width"
        assert not overlaps(during["toast"], during["bar"]), f"the toast covers the buttons: {during}"
        expect(page.locator(f"[data-dt-part={action}]")).to_have_accessible_name(TEXTS[action], timeout=4000)
    assert quiz_tab.errors.messages == []
