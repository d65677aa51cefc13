/* What the reader can do: answer and go on, go back, change an answer, try a "what would change
   this" line, start again (and undo it), go on from an old link with the current tree, copy the
   link or the summary, save the decision record, print; and the browser's Back and Forward, and
   the diagram asking to go to a question (the "dt:goto" event). */

import { announce, confirm, copy, download, markdownHtml } from "./clipboard.js";
import { costOf } from "./cost-view.js";
import { analysed } from "./describe.js";
import { today } from "./dom.js";
import { pairsOf, walk } from "./engine.js";
import { fromLocation } from "./location.js";
import { fragmentOf, permalinkOf } from "./permalink.js";
import { currentSteps, render, siteRoot } from "./quiz.js";
import { decisionRecord, snippet } from "./report.js";
import { chosenAnswer, keepExclusive, showError } from "./view-question.js";

// Every step the reader takes: a new state, drawn with the focus on its heading, as a history entry.
const update = (quiz, changes) => {
  Object.assign(quiz, { undo: null, returning: false }, changes, { shared: null });
  quiz.ui.notice.replaceChildren();
  render(quiz, { focus: true });
};

const onContinue = (quiz) => {
  const { node } = currentSteps(quiz);
  const picked = chosenAnswer(quiz);
  if (!picked) return showError(quiz, node, true);
  quiz.draft.set(node.id, picked);
  const given = quiz.returning ? quiz.draft : new Map(quiz.answers).set(node.id, picked);
  update(quiz, { answers: pairsOf(walk(quiz.shown, given).steps) });
};

const keepAsDrafts = (quiz) => {
  for (const [question, answer] of quiz.answers) quiz.draft.set(question, answer);
};

const change = (quiz, index) => {
  keepAsDrafts(quiz);
  update(quiz, { answers: quiz.answers.slice(0, index), returning: true });
};

const restart = (quiz) => {
  const undo = { answers: quiz.answers, draft: quiz.draft, shown: quiz.shown, drift: quiz.drift };
  update(quiz, { answers: [], draft: new Map(), shown: quiz.current, drift: null, undo });
  announce(quiz.ui.live, quiz.t("announce-cleared"));
};

// What a result's texts need from the page: the guide's version, its root, the permalink, the day,
// and the cost figures (none for an older tree version's result).
const site = (quiz) => ({
  guide: quiz.guide,
  root: siteRoot(quiz),
  permalink: permalinkOf(quiz.links.quiz, quiz.shown, currentSteps(quiz).steps),
  date: today(),
  cost: costOf(quiz),
});

const resultAnalysis = (quiz) => {
  const { steps, node } = currentSteps(quiz);
  return analysed(quiz.shown, steps, node, quiz.t);
};

// Copy, and show it; where copying is refused, select the text in a box for the reader to copy.
const copyOut = async (quiz, button, plain, html, message) => {
  const { ui, t } = quiz;
  try {
    await copy(plain, html);
    ui["copy-box"].hidden = true;
    confirm(button, t("copied"), t(message), ui.live);
  } catch {
    ui["copy-box"].hidden = false;
    ui["copy-text"].value = plain;
    ui["copy-text"].focus();
    ui["copy-text"].select();
    announce(ui.live, t("copy-failed"));
  }
};

// Back to the previous step: the browser's own Back when the quiz added this entry right after
// that step's (so that Back, then the browser's Back, goes one more step back), else a new entry.
const back = (quiz) => {
  const answers = quiz.answers.slice(0, -1);
  const previous = answers.length ? fragmentOf(quiz.shown, walk(quiz.shown, new Map(answers)).steps) : "";
  if (quiz.cameFrom.get(location.hash.slice(1)) === previous) return history.back();
  update(quiz, { answers });
};

const ACTIONS = {
  back,
  change: (quiz, el) => change(quiz, Number(el.dataset.index)),
  restart,
  "start-own": restart,
  undo: (quiz) => update(quiz, { ...quiz.undo, undo: null }),
  alternative: (quiz, el) => {
    keepAsDrafts(quiz);
    const given = new Map(quiz.answers).set(el.dataset.question, el.dataset.answer);
    update(quiz, { answers: pairsOf(walk(quiz.shown, given).steps) });
  },
  "drift-continue": (quiz) => {
    const { drift } = quiz;
    update(quiz, { shown: quiz.current, drift: null, answers: pairsOf(drift.path), draft: new Map(drift.carried) });
  },
  "copy-link": (quiz, el) => copyOut(quiz, el, site(quiz).permalink, "", "copied-link"),
  "copy-snippet": (quiz, el) => {
    const text = snippet(resultAnalysis(quiz), site(quiz), quiz.t);
    copyOut(quiz, el, text, markdownHtml(text), "copied-snippet");
  },
  "export-record": (quiz, el) => {
    const analysis = resultAnalysis(quiz);
    const where = site(quiz);
    const file = quiz.t("madr-file", { outcome: analysis.result.verdict, date: where.date });
    download(file, decisionRecord(analysis, where, quiz.t));
    confirm(el, quiz.t("saved"), quiz.t("exported-record", { file }), quiz.ui.live);
  },
  print: () => window.print(),
};

// A link clicked to open in a new tab or window is left to the browser.
const opensElsewhere = (event) => event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey;

export const wire = (quiz) => {
  const { root, ui } = quiz;
  ui.step.addEventListener("submit", (event) => {
    event.preventDefault();
    onContinue(quiz);
  });
  ui.options.addEventListener("change", (event) => keepExclusive(quiz, event.target));
  root.addEventListener("click", (event) => {
    const el = event.target.closest("[data-dt-action]");
    if (!el || !root.contains(el) || (el.href && opensElsewhere(event))) return;
    event.preventDefault();
    event.stopPropagation(); // the quiz's own links are not page navigation (instant navigation would take them)
    ACTIONS[el.dataset.dtAction](quiz, el);
  });
  const onAddress = () => {
    if (!root.isConnected) return unwire();
    if (location.hash.slice(1) !== quiz.rendered) return fromLocation(quiz);
    root.dataset.dtRead = location.hash.slice(1);
  };
  const onGoto = (event) => {
    if (!root.isConnected) return unwire();
    const asked = event.detail && event.detail.question;
    const index = quiz.answers.findIndex(([question]) => question === asked);
    if (index >= 0 && !quiz.drift) change(quiz, index);
    else if (!ui.step.hidden && currentSteps(quiz).node.id === asked) {
      ui.step.scrollIntoView({ block: "start" }); // the question being asked: back to it
      ui.question.focus({ preventScroll: true });
    }
  };
  const unwire = () => {
    window.removeEventListener("popstate", onAddress);
    window.removeEventListener("hashchange", onAddress);
    document.removeEventListener("dt:goto", onGoto);
  };
  window.addEventListener("popstate", onAddress);
  window.addEventListener("hashchange", onAddress);
  document.addEventListener("dt:goto", onGoto);
};
