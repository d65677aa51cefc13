"""Copying a result shows that it worked (the button says "Copied", the theme's toast appears, the
live region speaks), puts the summary on the clipboard as Markdown-friendly plain text and as
HTML that keeps its headings, lists and links, and falls back to selected text when the browser
refuses; the decision record is saved as a Markdown file."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest
from playwright.sync_api import Page, expect

import decision_tree
from decision_tree import TREE, decide, ui
from decision_tree.permalink import fragment, permalink
from decision_tree.render.report import decision_markdown
from tests.browser.quiz_driver import DATE, TEXTS, dated

pytestmark = pytest.mark.browser

ANSWERS = {"needs": "knowledge", "knowledge-base": "not-sure", "evaluation-data": "none"}  # an assumption, next steps, changes
READ_HTML = """async () => {
  const [item] = await navigator.clipboard.read();
  return await (await item.getType('text/html')).text();
}"""


class Outline(HTMLParser):
    """The headings, list items and links of an HTML fragment."""

    def __init__(self) -> None:
        super().__init__()
        self.open: list[str] = []
        self.headings: list[tuple[str, str]] = []
        self.items: list[str] = []
        self.links: list[tuple[str, str]] = []
        self.href = ""

    def handle_starttag(self, tag, attrs) -> None:
        self.open.append(tag)
        if tag == "a":
            self.href = dict(attrs).get("href", "")
            self.links.append((self.href, ""))
        if tag in ("h3", "h4"):
            self.headings.append((tag, ""))
        if tag == "li":
            self.items.append("")

    def handle_endtag(self, tag) -> None:
        while self.open and self.open.pop() != tag:
            pass

    def handle_data(self, data) -> None:
        if "a" in self.open and self.links:
            self.links[-1] = (self.links[-1][0], self.links[-1][1] + data)
        if any(t in self.open for t in ("h3", "h4")):
            self.headings[-1] = (self.headings[-1][0], self.headings[-1][1] + data)
        if "li" in self.open:
            self.items[-1] += data


def test_copy_for_design_doc_shows_it_worked_and_carries_text_and_html(reload_quiz, site) -> None:
    quiz = reload_quiz(fragment(TREE, ANSWERS))
    button = quiz.page.locator("[data-dt-part=copy-snippet]")
    plain = quiz.copy("copy-snippet", TEXTS["copied-snippet"])
    expect(button).to_have_accessible_name(TEXTS["copied"])  # on the button itself
    expect(quiz.page.locator(".md-dialog.md-dialog--active")).to_have_text(TEXTS["copied-snippet"])  # the theme's toast
    expect(button).to_have_accessible_name(TEXTS["copy-snippet"], timeout=4000)  # and back after a moment

    day = dated(plain, "Decided on {date}.")
    expected = decision_markdown(TREE, decide(TREE, ANSWERS), ui(), guide_version=decision_tree.__version__, site_url=site.url, date=day)
    assert plain == expected
    for part in (f"Decided on {day}.", "**Next steps**", "**Ruled out**", "**To check**"):
        assert part in plain

    outline = Outline()
    outline.feed(quiz.page.evaluate(READ_HTML))
    outcome = decide(TREE, ANSWERS).result.single
    assert outline.headings[0] == ("h3", f"Decision: {outcome.title}")
    assert ("h4", TEXTS["md-next-steps"]) in outline.headings and ("h4", TEXTS["md-assumptions"]) in outline.headings
    for step in outcome.next_steps:
        assert step in outline.items
    conclusion = TREE.conclusion(outcome.conclusions[0])
    assert (site.url + conclusion.path, conclusion.title) in outline.links  # absolute links
    link = permalink(TREE, ANSWERS, site.url)
    assert (link, link) in outline.links


def test_copy_link_copies_the_permalink(reload_quiz, site) -> None:
    quiz = reload_quiz(fragment(TREE, ANSWERS))
    assert quiz.copy("copy-link", TEXTS["copied-link"]) == permalink(TREE, ANSWERS, site.url)
    expect(quiz.page.locator("[data-dt-part=copy-link]")).to_have_accessible_name(TEXTS["copied"])


def test_without_a_clipboard_the_text_is_selected_in_a_visible_box(page: Page, site, page_errors) -> None:
    page.add_init_script("Object.defineProperty(navigator, 'clipboard', {value: undefined})")
    page.clock.set_fixed_time(DATE + "T10:00:00")
    page.goto(site.page("quiz/#" + fragment(TREE, ANSWERS)))
    page.locator("[data-dt-action=copy-snippet]").click()
    box = page.locator("[data-dt-part=copy-text]")
    expect(box).to_be_visible()
    expect(box).to_be_focused()
    expected = decision_markdown(TREE, decide(TREE, ANSWERS), ui(), guide_version=decision_tree.__version__, site_url=site.url, date=DATE)
    assert box.input_value() == expected
    assert box.evaluate("t => [t.selectionStart, t.selectionEnd]") == [0, len(expected)]
    expect(page.locator("[data-dt-part=live]")).to_have_text(TEXTS["copy-failed"])
    page.locator("[data-dt-action=copy-link]").click()
    assert box.input_value() == permalink(TREE, ANSWERS, site.url)


def test_export_decision_record_saves_a_markdown_file_and_says_so(reload_quiz) -> None:
    quiz = reload_quiz(fragment(TREE, ANSWERS))
    with quiz.page.expect_download() as saved:
        quiz.action("export-record")
    name, outcome = saved.value.suggested_filename, decide(TREE, ANSWERS).result.verdict
    day = dated(name, f"decision-{outcome}-{{date}}.md")
    assert name == f"decision-{outcome}-{day}.md"
    text = open(saved.value.path(), encoding="utf-8").read()
    assert text.startswith(f"---\nstatus: proposed\ndate: {day}\ndecision-makers:\n")
    expect(quiz.live).to_have_text(TEXTS["exported-record"].format(file=name))
    expect(quiz.page.locator("[data-dt-part=export-record]")).to_have_accessible_name(TEXTS["saved"])
