"""Drives the quiz page the way a reader does, and reads back what it shows.

Every wait is on DOM or ARIA state. The quiz renders synchronously in its event handlers,
except when a link made with an older tree version has to fetch that version's export first.
``expected_*`` functions say, from the Python core, what the quiz should show.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any, Callable, Mapping

from playwright.sync_api import BrowserContext, ConsoleMessage, Locator, Page, expect

from decision_tree import TREE, Decision, Tree, ui
from decision_tree.engine import Step, walk
from decision_tree.model import Outcome, Question
from decision_tree.permalink import fragment as permalink_fragment
from decision_tree.render.describe import answer_label, answer_short, change_words, plan_fields, rival_line, title_and_headline, unchecked_line
from decision_tree.render.report import analysed, statement_versions

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "test-artifacts" / "screenshots"
TEXTS = ui()
# The day a test gives a page's clock (page.clock.set_fixed_time), where it checks how the page
# writes a date it knows. Pages it drives for longer keep the real clock (see dated).
DATE = "2026-11-26"
FIXED_TIME = DATE + "T10:00:00"


def dated(text: str, pattern: str) -> str:
    """The date the page wrote in ``text`` where ``pattern`` has ``{date}``, checked to be the
    reader's today: the browser runs on this machine's clock and time zone (just after
    midnight, yesterday's too). Quiz pages keep the real clock: Playwright's keeps a timer
    running in each page it is installed in, about a tenth of a core per open page."""
    regex = re.escape(pattern).replace(re.escape("{date}"), r"(?P<date>\d{4}-\d{2}-\d{2})", 1)
    found = re.search(regex, text)
    assert found, f"no date where expected ({pattern!r}) in:\n{text}"
    today = date.today()
    assert found["date"] in {today.isoformat(), (today - timedelta(days=1)).isoformat()}, f"the page wrote {found['date']}, not today ({today})"
    return found["date"]


# Everything a result shows, read in one go.
READ_RESULT = """() => {
  const part = (name) => document.querySelector(`[data-dt-part="${name}"]`);
  const texts = (name) => [...part(name).querySelectorAll(':scope > li')].map(li => li.textContent);
  const shown = (name) => !part(name).closest('.dt-result-block').hidden;
  const result = part('result');
  return {
    outcome: result.dataset.outcome, verdict: result.dataset.verdict, tree: Number(result.dataset.treeVersion),
    kind: result.dataset.kind, kicker: part('kicker').textContent, title: part('title').textContent,
    verdictLabel: part('verdict').textContent, headline: part('headline').textContent,
    decisive: [...document.querySelectorAll('[data-dt-part=answers] .dt-answer[data-decides]')].map(r => r.dataset.question),
    unchecked: part('unchecked').hidden ? '' : part('unchecked').textContent,
    parts: shown('parts') ? [...part('parts').querySelectorAll(':scope > li')].map(li => li.dataset.outcome) : [],
    rivals: [...part('rivals').querySelectorAll(':scope > li')].map(li => [li.dataset.verdict, li.textContent]),
    assumptions: [...part('assumptions').querySelectorAll('li')].map(li => [li.dataset.question, li.querySelector('.dt-experiment').textContent]),
    plan: shown('plan') ? [...part('plan').querySelectorAll(':scope > li')].map(li => [li.dataset.outcome, li.dataset.have,
      [...li.querySelectorAll('dt')].map(dt => dt.textContent), [...li.querySelectorAll('dd')].map(dd => dd.textContent)]) : [],
    nextSteps: shown('next-steps') ? texts('next-steps') : [],
    reasons: shown('reasons') ? texts('reasons') : [],
    caveats: shown('caveats') ? texts('caveats') : [],
    conclusions: [...part('conclusions').querySelectorAll('li')].map(li => [li.querySelector('a').textContent, li.querySelector('a').href, li.textContent]),
    sources: [...part('sources').querySelectorAll('li')].map(li => [li.textContent, li.querySelector('a').href]),
    groups: part('changes').hidden ? [] : [...part('alternatives').querySelectorAll('.dt-change-group')].map(g => ({
      outcome: g.dataset.outcome,
      changes: [...g.querySelectorAll('[data-dt-action=alternative]')].map(a => [a.dataset.question, a.dataset.answer, a.dataset.effect, a.getAttribute('href')]),
    })),
    summary: [...document.querySelectorAll('[data-dt-part=answers] .dt-answer')].map(r => [r.dataset.question, r.dataset.option]),
    permalink: part('permalink').textContent,
    fragment: location.hash.slice(1),
    path: window.dtPath || null,
    drift: part('drift').hidden ? null : {...part('drift').dataset, lines: [...part('drift-lines').children].map(p => p.textContent)},
  };
}"""

# Remembers the last path the quiz announced (installed before the page's scripts run).
WATCH_PATH = "document.addEventListener('dt:path', (event) => { window.dtPath = event.detail; });"

# The theme's search reads its index (both editions' text, 700 KB) at every page load and builds
# it in a worker: a fifth of a load's work, which the tests of this folder never use. Their pages
# get an index without documents instead; the request still goes out and is answered. The page
# gate (tests/gates/test_every_page.py) loads every page with the real index, and the tests that
# search (marked ``real_search``, and those in tests/gates) use it.
EMPTY_SEARCH_INDEX = r"""(() => {
  const open = XMLHttpRequest.prototype.open;
  const empty = JSON.stringify({
    config: {lang: ["en"], separator: "[\\s\\-]+", pipeline: [], fields: {title: {boost: 1000}, text: {boost: 1}, tags: {boost: 1000000}}},
    docs: []});
  XMLHttpRequest.prototype.open = function (method, url, ...rest) {
    if (new URL(url, location.href).pathname.endsWith("/search/search_index.json"))
      Object.defineProperty(this, "response", {get: () => new Blob([empty], {type: "application/json"})});
    return open.call(this, method, url, ...rest);
  };
})();"""


def without_search_index(context: BrowserContext) -> BrowserContext:
    """The context's pages search an empty index (see EMPTY_SEARCH_INDEX)."""
    context.add_init_script(EMPTY_SEARCH_INDEX)
    return context


# The module the page runs (the guide's scripts, bundled), at the address the page loaded it from,
# so that the functions of the quiz's modules the tests call are the page's own copy (a second copy
# would keep its own state); tests/browser/test_quiz_markup.py holds its exports to the sources.
SITE_SCRIPT = 'document.querySelector("script[type=module][src$=\'javascripts/site.js\']").src'

# The quiz's markup as the server sends it, and the page's own title, kept to mount a fresh quiz
# for each link.
KEEP_PRISTINE_QUIZ = """async () => {
  const html = await (await fetch(location.pathname)).text();
  const served = new DOMParser().parseFromString(html, "text/html");
  window.pristineQuiz = served.querySelector("[data-dt-quiz]");
  window.pristineTitle = served.title;
}"""
# Opens a link on the loaded page as a new load opens it: the address holds the link before the
# quiz starts, the tab remembers nothing and the page has its own title, and a fresh quiz (the
# server's markup) is mounted by the page's own modules, which read the address as at a page
# load (at a first mount nothing takes the focus; the page's first mount has been, so that is
# said here). Resolves once the quiz is mounted and shows the link (an old version's export may
# be loading), with the fragment as the browser encoded it.
MOUNT_AT = """async (link) => {
  const { mountQuiz, wire, fromLocation } = await import(SITE_SCRIPT);
  history.replaceState(null, "", "#" + link);
  const given = location.hash;
  sessionStorage.clear();
  document.title = window.pristineTitle;
  const fresh = document.importNode(window.pristineQuiz, true);
  fresh.setAttribute("data-dt-mounted", "");
  document.querySelector("[data-dt-quiz]").replaceWith(fresh);
  await mountQuiz(fresh, wire, (quiz, how) => fromLocation(quiz, { ...how, focus: false }));
  const until = UNTIL;
  const root = () => document.querySelector("[data-dt-quiz]");
  await until(() => root().className === "dt-quiz dt-quiz--mounted" && root().dataset.dtRead === location.hash.slice(1),
              "the fresh quiz to mount and show the link");
  return given;
}"""


class ReadInBatches:
    """What the quiz shows for each of many links, read in batches as the links are asked for
    (tests that share one page ask one by one; parallel workers each read only their share)."""

    def __init__(self, quiz: "Quiz", links: list[str], keep: bool = False, batch: int = 40) -> None:
        self.quiz, self.links, self.keep, self.batch = quiz, links, keep, batch
        self.read: dict[str, dict[str, Any]] = {}

    def __getitem__(self, link: str) -> dict[str, Any]:
        if link not in self.read:
            start = self.links.index(link)
            self.read.update(self.quiz.read_every(self.links[start : start + self.batch], self.keep))
        return self.read[link]


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


# Catches the next file the page offers: the Blob behind the download link it clicks.
OFFERED_FILE = """() => {
  window.dtOffered = null;
  const blobs = new Map();
  const create = URL.createObjectURL;
  URL.createObjectURL = object => { const url = create.call(URL, object); blobs.set(url, object); return url; };
  const listen = event => {
    const link = event.target instanceof Element && event.target.closest("a[download]");
    if (!link) return;
    event.preventDefault();
    document.removeEventListener("click", listen, true);
    URL.createObjectURL = create;
    blobs.get(link.href).text().then(text => { window.dtOffered = { name: link.download, text }; });
  };
  document.addEventListener("click", listen, true);
}"""


# Waits, in the page, until ``ready()`` holds; rejects naming ``what`` after about ten seconds.
# The tries are counted, not timed: a test may have fixed the page's clock (Date.now stands still).
UNTIL = """async (ready, what) => {
  for (let tries = 0; !ready(); tries++) {
    if (tries === 2000) throw new Error(`waited ten seconds for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}"""

# Opens a link on the open page and resolves once the quiz shows its state (or rejects, naming
# the link): one round trip for what would be a write and a wait.
OPEN_LINK = """async (link) => {
  const until = UNTIL;
  sessionStorage.clear();
  location.hash = link;
  const read = () => document.querySelector("[data-dt-quiz]").dataset.dtRead;
  await until(() => read() === location.hash.slice(1), `the quiz to show #${location.hash.slice(1)}`);
}""".replace("UNTIL", UNTIL)
MOUNT_AT = MOUNT_AT.replace("UNTIL", UNTIL, 1).replace("SITE_SCRIPT", SITE_SCRIPT, 1)


# Opens each link in turn on the open page, as Quiz.open does (OPEN_LINK), and reads what the quiz
# shows (READ_RESULT, the address, the page's title and the quiz's version line). With ``keep``, it
# also presses "Copy for design doc" and "Export decision record" and takes what they hand over: the
# plain text given to the clipboard and the file offered (its Blob, as OFFERED_FILE takes it). Both
# are taken at the browser's interface, so that hundreds of results can be read in one round trip.
# The clicked-through paths of test_every_path.py copy to the real clipboard with a real click, and
# test_copy.py makes a real download.
READ_EVERY = """async ({ links, keep }) => {
  const [read, open, until, catchOffer] = [READ_RESULT, OPEN_LINK, UNTIL, OFFERED_FILE];
  const press = (action) => document.querySelector(`[data-dt-quiz] [data-dt-action=${action}]`).click();
  let copied = null;
  if (keep) navigator.clipboard.write = async (items) => { copied = await (await items[0].getType("text/plain")).text(); };
  const shown = {};
  try {
    for (const link of links) {
      await open(link);
      const version = document.querySelector("[data-dt-quiz] [data-dt-part=version]");
      const entry = { shown: read(), url: location.href, title: document.title, version: version && version.textContent };
      if (keep) {
        copied = null;
        press("copy-snippet");
        await until(() => copied !== null, `the snippet of #${link}`);
        catchOffer();
        press("export-record");
        await until(() => window.dtOffered, `the decision record of #${link}`);
        Object.assign(entry, { snippet: copied, record: window.dtOffered });
      }
      shown[link] = entry;
    }
  } finally {
    delete navigator.clipboard.write;
  }
  return JSON.stringify(shown);
}"""
for name, text in (("READ_RESULT", READ_RESULT), ("OPEN_LINK", OPEN_LINK), ("UNTIL", UNTIL), ("OFFERED_FILE", OFFERED_FILE)):
    READ_EVERY = READ_EVERY.replace(name, text, 1)


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
        self.drift = page.locator("[data-dt-part=drift]")

    def mounted(self) -> None:
        expect(self.root).to_have_class("dt-quiz dt-quiz--mounted")

    def past_first_popstate(self) -> None:
        """Let the theme's instant navigation take the page's first history traversal now.

        After a page load, the first Back, Forward or edited fragment makes mkdocs-material
        fetch and render the page again (later ones do not), and the quiz mounts again from the
        address. A test that drives the quiz through its address does it here, where it waits
        for the new quiz, rather than in the middle of its clicks.
        """
        self.rendered_again(lambda: self.page.evaluate("history.pushState(null, '', location.href); history.back()"))
        self.settled()

    def rendered_again(self, traverse: Callable[[], object]) -> None:
        """Make a history traversal the theme renders the page again for, and wait until a new
        quiz, not the one before, is mounted."""
        self.page.evaluate("document.querySelector('[data-dt-quiz]').dtBefore = true")
        traverse()
        self.page.wait_for_function(
            "() => { const root = document.querySelector('[data-dt-quiz]');"
            " return root && !root.dtBefore && root.classList.contains('dt-quiz--mounted') }"
        )

    def keep_pristine(self) -> None:
        """Keep the server's markup of the quiz aside, for :meth:`mount_afresh` (once the quiz is mounted)."""
        self.mounted()
        self.page.evaluate(KEEP_PRISTINE_QUIZ)

    def mount_afresh(self, link: str) -> str:
        """Open a link as a new page load would, without the load (see MOUNT_AT), and wait for the
        quiz to show it, in one call; the fragment as the browser encoded it."""
        return self.page.evaluate(MOUNT_AT, link)

    def state(self) -> str | None:
        return self.root.get_attribute("data-dt-state")

    def choose(self, answer: str) -> None:
        """Leave exactly the options an answer names (a checklist's joined by '.') ticked, by
        clicking their cards (an answer given before may already be ticked)."""
        wanted = answer.split(".")
        for value in wanted:  # ticking an answer clears the checklist's exclusive one, and the reverse
            if not self.page.locator(f"#dt-quiz-answer-{value}").is_checked():
                self.page.locator(f"label[for='dt-quiz-answer-{value}']").click()
        for value in self.page.locator("[data-dt-part=options] input:checked").evaluate_all("inputs => inputs.map(i => i.value)"):
            if value not in wanted:
                self.page.locator(f"label[for='dt-quiz-answer-{value}']").click()

    def answer(self, answer: str) -> None:
        self.choose(answer)
        self.continue_button.click()

    def action(self, name: str, force: bool = False) -> None:
        """Click a control. ``force`` clicks where it is at once, without Playwright's wait until
        it is visible, still and the one that receives the click: for the loops over every path,
        where that wait is most of the time and the same controls are clicked with it elsewhere."""
        self.page.locator(f"[data-dt-action={name}]:visible").first.click(force=force)

    def offered_file(self, action: str, force: bool = False) -> tuple[str, str]:
        """Click a button that offers a file to save; the file's name and text, taken from the
        link the page clicks (its Blob) rather than through the browser's downloads, which a
        page that saves hundreds of files in a row may have throttled. A real download is
        tested on its own (tests/browser/test_copy.py)."""
        self.page.evaluate(OFFERED_FILE)
        self.action(action, force=force)
        self.page.wait_for_function("() => window.dtOffered")
        offered = self.page.evaluate("window.dtOffered")
        return offered["name"], offered["text"]

    def open(self, fragment: str) -> None:
        """Open a link on the open page, as a reader who has not been here (their tab remembers
        nothing): put its fragment in the address, and wait for its state."""
        self.page.evaluate(OPEN_LINK, fragment)

    def settled(self) -> None:
        """Wait until the quiz shows the state of the address (an old version's export may be loading)."""
        self.page.wait_for_function("() => document.querySelector('[data-dt-quiz]').dataset.dtRead === location.hash.slice(1)")

    def outcome(self) -> str | None:
        expect(self.result).to_be_visible()
        return self.result.get_attribute("data-outcome")

    def checked(self) -> str | None:
        checked = self.page.locator("[data-dt-part=options] input:checked")
        return ".".join(checked.evaluate_all("inputs => inputs.map(i => i.value)")) or None

    def summary(self) -> list[tuple[str, str]]:
        rows = self.page.locator("[data-dt-part=answers] .dt-answer")
        return [tuple(row) for row in rows.evaluate_all("rows => rows.map(r => [r.getAttribute('data-question'), r.getAttribute('data-option')])")]

    def read(self) -> dict[str, Any]:
        return self.page.evaluate(READ_RESULT)

    def read_every(self, links: list[str], keep: bool = False) -> dict[str, dict[str, Any]]:
        """Open each link and read what the quiz shows (see READ_EVERY): by link, ``shown`` (as
        :meth:`read`), ``url``, ``title`` (the page's), ``version`` (the text of the quiz's version
        line), and with ``keep`` the ``snippet`` and the ``record`` (name, text).
        The page hands them over as one JSON string: Playwright would otherwise serialise, send
        and check each of the many thousand values on its own."""
        return json.loads(self.page.evaluate(READ_EVERY, {"links": links, "keep": keep}))

    def fragment(self) -> str:
        return self.page.evaluate("location.hash.slice(1)")

    def copy(self, action: str, message: str, force: bool = False) -> str:
        """Click a copy button and wait for its confirmation; what the clipboard then holds."""
        self.live.evaluate("live => { live.textContent = '' }")
        self.action(action, force=force)
        expect(self.live).to_have_text(message)
        return self.clipboard()

    def clipboard(self) -> str:
        return self.page.evaluate("navigator.clipboard.readText()")


# What the quiz should show -----------------------------------------------------------------


def steps_of(tree: Tree, answers: dict[str, str]) -> tuple[tuple[Step, ...], Question | Outcome]:
    return walk(tree, answers)


def progress(answers: dict[str, str], tree: Tree = TREE) -> str:
    """The progress line for the question these answers reach: its number, and the most a path
    can still have (the quiz's estimate: the longest path of each branch still open, an answered
    question following its answer, then the checklists on the way); at the fork, the number only."""
    steps, node = walk(tree, answers)
    if node.is_fork:
        return TEXTS["progress-open"].format(number=len(steps) + 1)
    checklists: set[str] = set()

    def depth(node_id: str) -> int:
        outcome = tree.outcome(node_id)
        if outcome is not None:
            checklists.update(outcome.checklists)
            return 0
        question = tree.question(node_id)
        if node_id in answers:
            return depth(next(o for o in question.options if o.id == answers[node_id]).next)
        return 1 + max(depth(o.next) for o in question.options)

    fork = next((s for s in steps if s.question.is_fork), None)
    starts = [o.next for o in fork.options] if fork else [tree.start if node.is_checklist else node.id]
    left = sum(depth(n) for n in starts) + len([c for c in checklists if c not in answers])
    return TEXTS["progress"].format(number=len(steps) + 1, most=len(steps) + left)


def expected_result(tree: Tree, decision: Decision, site_url: str, kind: str = "own") -> dict[str, Any]:
    """What READ_RESULT should find for a decision, per the Python analysis."""
    texts = ui(tree.language)  # the page's edition is the tree's language
    result = analysed(tree, decision, texts)
    answers = decision.answers
    title, headline = title_and_headline(decision.result, texts)
    kicker = {"own": "result-kicker", "shared": "shared-kicker", "old": "old-kicker"}[kind]
    groups = []
    for group in result.groups:
        changes = [a for a in group.alternatives if a.effect != "none"]
        if changes and not (kind == "old"):
            groups.append({
                "outcome": group.result_id or "",
                "changes": [[a.question.id, a.answer, a.effect, "#" + changed_fragment(tree, answers, a.question.id, a.answer)] for a in changes],
            })
    since = statement_versions(tree)
    conclusions = [c for c in map(tree.conclusion, result.conclusions) if c]
    return {
        "outcome": decision.result.id, "verdict": decision.result.verdict, "tree": tree.version, "kind": kind,
        "kicker": texts[kicker].format(version=tree.version), "title": title,
        "verdictLabel": tree.verdict_label(decision.result.verdict), "headline": headline,
        "decisive": [s.question.id for s in result.decisive],
        "unchecked": unchecked_line(result, texts),
        "parts": [p.outcome.id for p in decision.result.parts] if len(decision.result.parts) > 1 else [],
        "rivals": [[r.verdict, rival_line(tree, r, texts)] for r in result.rivals],
        "assumptions": [[a.step.question.id, texts["assumption-experiment"].format(experiment=a.experiment)] for a in result.assumptions],
        "plan": [[p.part.outcome.id, " ".join(o.id for o in p.data), *map(list, zip(*plan_fields(p, texts)))] for p in result.plans],
        "nextSteps": list(result.next_steps), "reasons": list(result.reasons), "caveats": list(result.caveats),
        "conclusions": [[c.title, site_url + c.path, c.title + (" " + texts["conclusion-since"].format(since=since[c.id]) if c.id in since else "")]
                        for c in conclusions],
        "sources": [[texts["source-citation"].format(citation=s.citation) + s.title, s.url] for s in map(tree.source, result.sources) if s],
        "groups": groups,
        "summary": [[s.question.id, s.answer] for s in decision.path],
        "permalink": site_url + "quiz/#" + permalink_fragment(tree, answers),
        "fragment": permalink_fragment(tree, answers),
    }


def changed_fragment(tree: Tree, answers: dict[str, str], question_id: str, answer: str) -> str:
    """The fragment of these answers with one changed, cut to the path they still make."""
    steps, _ = walk(tree, {**answers, question_id: answer})
    return permalink_fragment(tree, {s.question.id: s.answer for s in steps})


def expected_path(tree: Tree, state: Decision | Mapping[str, str]) -> dict[str, Any]:
    """The "dt:path" detail the quiz announces at a result (a decision), or for the state some
    answers reach, per the engine: a question still to answer lights up the path to it."""
    texts = ui(tree.language)
    path, node = (state.path, state.result) if isinstance(state, Decision) else walk(tree, state)
    at_question = isinstance(node, Question)
    choices = [s for s in path if not s.question.is_checklist]
    checklists = [s.question.id for s in path if s.question.is_checklist]
    outcomes = [] if at_question else [p.outcome.id for p in node.parts]
    pending = [node.id] if at_question else []
    nodes = list(dict.fromkeys([s.question.id for s in choices] + outcomes + checklists + pending))
    edges = [[s.question.id, o.id] for s in choices for o in s.options]
    steps = [{"question": s.question.id, "title": s.question.title, "answer": answer_short(s, texts)} for s in path]
    if at_question:
        here = {"id": node.id, "title": node.title, "verdict": ""}
    else:
        here = {"id": outcomes[0], "title": title_and_headline(node, texts)[0], "verdict": texts[f"verdict-short-{node.verdict}"]}
    return {"nodes": nodes, "edges": edges, "steps": steps, "current": here["id"], "here": here,
            "state": "question" if at_question else "result"}


def label(step: Step) -> str:
    return answer_label(step, TEXTS)


def screenshot(target: Page | Locator, name: str, full_page: bool = True) -> Path:
    """Save a screenshot of a whole page, or of one element, under test-artifacts/screenshots/."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    if isinstance(target, Page):
        target.screenshot(path=str(path), full_page=full_page)
    else:
        target.screenshot(path=str(path))
    return path


def no_horizontal_scroll(page: Page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def nav_link(page: Page, path: str) -> Locator:
    """The link to a page (``"quiz/"``, ``"tree/"`` ...) in the site's navigation sidebar."""
    return page.locator(f".md-sidebar--primary a.md-nav__link[href$='/{path}']").first
