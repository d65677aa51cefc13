"""Hostile permalinks: hundreds of generated fragments (random, huge, script-like, wrong
versions, unknown ids, prototype keys) never raise an error, never run a payload, and always
leave the quiz in a sensible state: a valid path prefix, a canonical fragment, a notice when
the link was not a clean permalink.

Every link is read by a fresh quiz on one loaded page: the address is set to the link, and the
server's markup of the quiz is mounted by the page's own modules, which read the address as they
do at a page load (the start-up reading, not the one for a link followed on the page). A sample
of the links, every script-like payload among them, is also opened as a real page load.
"""

from __future__ import annotations

import random
import string
from typing import Iterator

import pytest
from playwright.sync_api import Browser, Page

from decision_tree import TREE, paths
from decision_tree.engine import walk
from decision_tree.permalink import fragment
from decision_tree.versions import published
from tests.browser.quiz_driver import PageErrors, Quiz, without_search_index

pytestmark = pytest.mark.browser

SEED = 20240611
PAYLOADS = [
    "<img src=x onerror=window.pwned=1>",
    "<script>window.pwned=1</script>",
    '"><svg onload=window.pwned=1>',
    "javascript:window.pwned=1",
    "javascript:alert(1)",
    "'-alert(1)-'",
    "${alert(1)}",
    "{{constructor.constructor('window.pwned=1')()}}",
    "</div><img src=x onerror=alert(1)>",
    "%3Cimg%20src%3Dx%20onerror%3Dwindow.pwned%3D1%3E",
    "%22%3E%3Cscript%3Ewindow.pwned%3D1%3C%2Fscript%3E",
    "data:text/html,<script>window.pwned=1</script>",
    "\\u003cimg src=x onerror=window.pwned=1\\u003e",
    "&#60;img src=x onerror=window.pwned=1&#62;",
    "<a href=javascript:window.pwned=1>x</a>",
]
PROTOTYPE_KEYS = ["__proto__", "constructor", "prototype", "hasOwnProperty", "toString", "__proto__[pwned]", "valueOf"]
VERSIONS = ["0", "1", "3", "999999", "-1", "2.0", "02", "", "v", "2e3", "\uff12", "2 ", "9" * 40]
ALPHABET = string.ascii_letters + string.digits + "=&%#<>\"'`;:/?+-_.~!$()*,[]{}|\\^ \u00e9\u2192\U0001f600"


def hostile_fragments() -> list[str]:
    """At least 200 fragments, the same on every run."""
    rng = random.Random(SEED)
    decisions = list(paths(TREE))
    valid = [fragment(TREE, rng.choice(decisions).answers) for _ in range(40)]
    found: list[str] = []
    found += ["".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, 80))) for _ in range(50)]
    for payload in PAYLOADS:
        found += [payload, f"v=2&{payload}=x", f"v=2&problem={payload}", f"v={payload}&problem=not-sure", f"v=1&information-source={payload}"]
    for version in VERSIONS:
        found += [valid[rng.randrange(40)].replace("v=2", f"v={version}", 1), f"v={version}"]
    for text in valid[:30]:
        pairs = text.split("&")
        index = rng.randrange(1, len(pairs))
        key, value = pairs[index].split("=")
        pairs[index] = rng.choice([f"{key}=no-such-answer-{index}", f"no-such-question-{index}={value}", f"{key}={key}"])
        found.append("&".join(pairs))
    found += [rng.choice(valid) + "&" + "".join(rng.choice(ALPHABET) for _ in range(rng.randint(2001, 20000))) for _ in range(8)]
    found += ["v=2&" + "problem=not-sure&" * rng.randint(200, 3000) for _ in range(4)]
    found += ["v=2&" + "&".join(f"q{n}=a{n}" for n in range(rng.randint(300, 600))) for _ in range(3)]
    found += [f"v=2&{key}=x" for key in PROTOTYPE_KEYS] + [f"v=2&problem=not-sure&{key}=1" for key in PROTOTYPE_KEYS]
    found += [f"v=1&{key}=x" for key in PROTOTYPE_KEYS]
    found += ["=", "&&&", "v=2&&&", "v=2&=x", "v=2&x=", "%", "%ZZ=1", "v=2&%E0%A4%A=1", "==", "v==2", "v=2=2",
              "v=2&problem=not-sure&problem=missing-knowledge", "+=+", "v=2&pro+blem=not-sure",
              "V=2&problem=not-sure", "v=2&PROBLEM=not-sure", "v=2&problem=NOT-SURE",
              "v=2&problem=not-sure#again", "v=2&problem=not-sure%00", "v=2&\u0000=\u0000",
              "v=1&information-source=not-sure&information-source=stored-knowledge", "v=1&information-source=not-sure#again",
              valid[0].replace("v=2", "v=1", 1), "v=2&retrieval-needs=none.none", "v=2&problem=a..b"]
    return found


FRAGMENTS = hostile_fragments()
# The links also opened as a new page load: every script-like payload as it is, and a sample of the rest.
LOADED = sorted({FRAGMENTS.index(payload) for payload in PAYLOADS} | set(range(0, len(FRAGMENTS), 30)))

def watched_page(browser: Browser) -> Iterator[tuple[Page, PageErrors, list[str]]]:
    """A page of its own; a payload that ran would set window.pwned or open a dialog."""
    context = without_search_index(browser.new_context())
    page = context.new_page()
    page.add_init_script("window.givenHash = location.hash")  # before the quiz rewrites it
    errors = PageErrors.watch(page)
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    yield page, errors, dialogs
    context.close()


@pytest.fixture(scope="module")
def loading_page(browser: Browser) -> Iterator[tuple[Page, PageErrors, list[str]]]:
    """The page that opens each of its links as a new load."""
    yield from watched_page(browser)


@pytest.fixture(scope="module")
def quiz_for_links(browser: Browser, site) -> Iterator[tuple[Page, PageErrors, list[str]]]:
    """The quiz page, loaded once, with the server's markup of the quiz kept aside."""
    for page, errors, dialogs in watched_page(browser):
        page.goto(site.page("quiz/?mounted-per-link"))
        Quiz(page).keep_pristine()
        yield page, errors, dialogs


def test_there_are_at_least_two_hundred_links() -> None:
    assert len(FRAGMENTS) >= 200
    assert 20 <= len(LOADED) <= 30


@pytest.mark.parametrize("index", range(len(FRAGMENTS)))
def test_a_hostile_link_is_handled_safely(quiz_for_links, index: int) -> None:
    page, errors, dialogs = quiz_for_links
    errors.messages.clear()
    given = Quiz(page).mount_afresh(FRAGMENTS[index])
    assert_handled_safely(page, given, errors, dialogs)


@pytest.mark.parametrize("index", LOADED)
def test_a_hostile_link_opened_as_a_page_is_handled_safely(loading_page, site, index: int) -> None:
    page, errors, dialogs = loading_page
    errors.messages.clear()
    page.goto(site.page(f"quiz/?link={index}#{FRAGMENTS[index]}"), wait_until="domcontentloaded")
    quiz = Quiz(page)
    quiz.mounted()
    quiz.settled()
    assert_handled_safely(page, page.evaluate("window.givenHash"), errors, dialogs)


# What the quiz shows after a link, read in one call: whether a payload ran or added an element,
# the answers kept, whether an old version's result is shown, the outcome or the question, the
# address and the notice.
SHOWN = """() => {
  const part = (name) => document.querySelector(`[data-dt-quiz] [data-dt-part="${name}"]`);
  const result = part("result");
  return {
    ran: window.pwned !== undefined || ({}).pwned !== undefined || !!document.querySelector("[data-dt-quiz] :is(img, script, svg)"),
    answers: [...part("answers").querySelectorAll(".dt-answer")].map((row) => [row.dataset.question, row.dataset.option]),
    old: part("drift").checkVisibility(),
    outcome: result.checkVisibility() ? result.dataset.outcome : null,
    question: part("question").textContent,
    fragment: location.hash.slice(1),
    noticeItems: part("notice").querySelectorAll("li").length,
    notice: part("notice").textContent,
  };
}"""


def assert_handled_safely(page: Page, given: str, errors: PageErrors, dialogs: list[str]) -> None:
    """No payload ran, the answers kept are a path of the tree the quiz shows, the address is that
    path's canonical fragment (a plain anchor is left alone), and a link that was not a clean
    permalink gets a notice (on a quiz mounted and settled)."""
    shown = page.evaluate(SHOWN)
    assert errors.messages == []
    assert dialogs == []
    assert not shown["ran"], "a payload ran or added an element"

    answers = dict(shown["answers"])
    tree = published()[1] if shown["old"] else TREE  # a link that holds a version 1 result shows it
    steps, node = walk(tree, answers)
    assert [(s.question.id, s.answer) for s in steps] == list(answers.items()), "the answers kept are not a path"
    if tree.outcome(node.id):
        assert shown["outcome"] == node.id
    else:
        assert shown["question"] == node.text
    canonical = fragment(tree, answers)
    if "=" in given:
        assert shown["fragment"] == (canonical if answers else "")
        clean = [part for part in given[1:].split("&") if part] == canonical.split("&")  # empty parts are harmless
        if not clean:
            assert shown["noticeItems"] >= 2, f"no notice for {given!r}"
    else:
        assert shown["fragment"] == given[1:], "a plain anchor was rewritten"
        assert shown["notice"] == ""
