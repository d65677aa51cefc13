"""What every page carries around its content: a last-update date (from git, or the build date
where there is no history), a repository link only when one is configured and one that asks no
outside host for anything, and section labels that link to their index page."""

from __future__ import annotations

import re

import pytest

from ..conftest import REPOSITORY

pytestmark = pytest.mark.site

DATE = re.compile(r'class="git-revision-date-localized-plugin git-revision-date-localized-plugin-date"[^>]*>([^<]+)<')
def test_every_page_says_when_it_was_last_updated(site) -> None:
    for page in site.directory.rglob("index.html"):
        if page.parent.name in ("search", "data"):
            continue
        found = DATE.search(page.read_text(encoding="utf-8"))
        assert found and re.search(r"\d{4}", found.group(1)), f"{page}: no last-update date"


def test_a_copy_without_git_history_builds_strictly_and_shows_the_build_date(repository_site) -> None:
    home = repository_site.html("index.html")
    assert DATE.search(home), "a copy without git history shows no date"


def test_the_repository_link_appears_only_when_configured_and_fetches_nothing(site, repository_site) -> None:
    plain = site.html("index.html")
    assert 'class="md-source"' not in plain
    linked = repository_site.html("index.html")
    assert f'<a href="{REPOSITORY}" title="Go to repository" class="md-source">' in linked
    # The theme's script asks the code host's API for stars and forks from this component.
    assert 'data-md-component="source"' not in linked


def test_a_section_label_is_its_index_page(site) -> None:
    home = site.html("index.html")
    assert re.search(r'md-nav__container">\s*<a href="conclusions/" class="md-nav__link', home), (
        "the Conclusions section label does not link to its index page"
    )
    assert len(re.findall(r'href="conclusions/" class="md-nav__link', home)) == 1, "the index page is listed twice"


def test_chinese_text_is_marked_as_chinese(site) -> None:
    from html.parser import HTMLParser

    cjk = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")

    class Languages(HTMLParser):
        """Text with CJK characters outside any element marked lang="zh"."""

        def __init__(self) -> None:
            super().__init__(convert_charrefs=True)
            self.stack: list[tuple[str, bool]] = []
            self.unmarked: list[str] = []

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            if tag in ("meta", "link", "br", "img", "input", "hr", "wbr", "source"):
                return
            inside = bool(self.stack and self.stack[-1][1]) or (dict(attrs).get("lang") or "").startswith("zh")
            self.stack.append((tag, inside))

        def handle_endtag(self, tag: str) -> None:
            while self.stack and self.stack.pop()[0] != tag:
                pass

        def handle_data(self, data: str) -> None:
            outside = not (self.stack and self.stack[-1][1])
            in_script = bool(self.stack and self.stack[-1][0] in ("script", "style", "title"))
            if outside and not in_script and cjk.search(data):
                self.unmarked.append(data.strip()[:40])

    checked = 0
    for page in sorted(site.directory.rglob("*.html")):
        parser = Languages()
        parser.feed(page.read_text(encoding="utf-8"))
        assert not parser.unmarked, f"{page}: Chinese text without lang=\"zh\": {parser.unmarked[:3]}"
        checked += "lang=\"zh\"" in page.read_text(encoding="utf-8")
    assert checked >= 4, "the pages that quote the source article mark their Chinese text"


def test_the_home_page_opens_with_a_way_in_the_mental_model_and_verdict_chips(site) -> None:
    from decision_tree import TREE, VERDICT_IDS, ui

    texts = ui()
    home = site.html("index.html")
    promise = home.index('class="dt-promise"')
    quiz = home.index('<a class="md-button md-button--primary" href="quiz/">')
    tree = home.index('<a class="md-button" href="tree/">')
    assert promise < quiz < tree < home.index('id="mental-model"'), "the promise and both buttons come first"
    figure = home[home.index('<figure class="dt-model">'):home.index("</figure>", home.index('<figure class="dt-model">'))]
    placed = set(re.findall(r'data-verdict="([a-z-]+)"', figure))
    assert placed == set(VERDICT_IDS), f"verdicts missing from the mental model: {set(VERDICT_IDS) - placed}"
    for key in ("model-knowledge-lacks", "model-behaviour-short"):
        assert texts[key] in figure
    table = home[home.index('id="short-answer"'):home.index("</table>", home.index('id="short-answer"'))]
    rows = table.count("<tr>") - 1
    chips = re.findall(r'<span class="dt-chip dt-verdict-([a-z-]+)" data-verdict="\1">', table)
    assert rows >= 10 and len(chips) == rows, "every route in the short answer carries its verdict chip"
    assert {o.verdict for o in TREE.outcomes} <= set(chips)
