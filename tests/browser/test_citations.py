"""Citations without placeholders: the "Cite this guide" page and each documented conclusion give
finished citations (the real address, both versions, today's date, the year) in plain text,
APA-like and BibTeX, exactly as decision_tree/render/citation.py writes them; each copies; long
ones wrap on a phone."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

import decision_tree
from decision_tree import TREE, ui
from decision_tree.render.citation import FORMATS, Work, citations
from tests.browser.quiz_driver import DATE, FIXED_TIME, TEXTS, no_horizontal_scroll

pytestmark = pytest.mark.browser

PLACEHOLDER = re.compile(r"<where|YYYY|\bN\b|\{[a-z]+\}|undefined|null|NaN")
CONCLUSION = TREE.conclusion("rag-keeps-knowledge-current")


def shown(page: Page, within: str = "") -> dict[str, str]:
    return {kind: page.locator(f"{within} [data-dt-cite-text={kind}]".strip()).first.text_content() for kind in FORMATS}


def open_page(page: Page, site, path: str, width: int = 1280) -> None:
    page.set_viewport_size({"width": width, "height": 900})
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site.url.rstrip("/"))
    page.clock.set_fixed_time(FIXED_TIME)
    page.goto(site.page(path))


def test_the_guide_s_citation_is_finished_and_copies(page: Page, site, page_errors) -> None:
    open_page(page, site, "cite/")
    work = Work(title=TREE.title, author=TREE.title, url=site.url, guide=decision_tree.__version__, tree=TREE.version)
    expected = citations(work, ui(), DATE)
    expect(page.locator("[data-dt-cite-text=plain]")).to_have_text(expected["plain"])
    assert shown(page) == expected
    for text in expected.values():
        assert not PLACEHOLDER.search(text), text
    assert f"year = {{{DATE[:4]}}}" in expected["bibtex"] and DATE in expected["plain"]
    button = page.locator("[data-dt-cite-copy=bibtex]")
    button.click()
    expect(button).to_have_accessible_name(TEXTS["copied"])
    assert page.evaluate("navigator.clipboard.readText()") == expected["bibtex"]


def test_each_conclusion_gives_its_own_citation(page: Page, site, page_errors) -> None:
    open_page(page, site, CONCLUSION.path.split("#")[0])
    box = page.locator(f".conclusion[data-conclusion={CONCLUSION.id}]")
    box.locator(".dt-cite-details > summary").click()
    expect(box.locator(".dt-cite-details > summary")).to_have_text(TEXTS["cite-conclusion"])
    work = Work(title=TREE.title, author=TREE.title, url=site.url + CONCLUSION.path, guide=decision_tree.__version__,
                tree=TREE.version, id=CONCLUSION.id, conclusion=CONCLUSION.title)
    expect(box.locator("[data-dt-cite-text=apa]")).to_have_text(citations(work, ui(), DATE)["apa"])
    assert shown(page, f".conclusion[data-conclusion={CONCLUSION.id}]") == citations(work, ui(), DATE)
    registered = {c.id for c in TREE.conclusions if c.page == CONCLUSION.page}
    boxes = page.locator(".conclusion[data-conclusion]").evaluate_all("boxes => boxes.map(b => b.dataset.conclusion)")
    assert boxes and set(boxes) <= registered
    expect(page.locator(".conclusion .dt-cite-details")).to_have_count(len(boxes))  # one for each conclusion on the page
    box.locator("[data-dt-cite-copy=plain]").click()
    assert page.evaluate("navigator.clipboard.readText()") == citations(work, ui(), DATE)["plain"]


def test_long_citations_wrap_on_a_phone(page: Page, site, page_errors) -> None:
    open_page(page, site, "cite/", width=360)
    for kind in FORMATS:
        code = page.locator(f"[data-dt-cite-text={kind}]")
        assert code.evaluate("c => c.scrollWidth <= c.clientWidth + 1"), f"the {kind} citation runs off to the side"
    assert no_horizontal_scroll(page)


def test_without_javascript_the_citation_has_no_placeholder_either(browser, site) -> None:
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(site.page("cite/"))
        for kind, text in shown(page).items():
            assert site.url in text and not PLACEHOLDER.search(text), (kind, text)
    finally:
        context.close()
