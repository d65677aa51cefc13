/* The quiz: its state is the list of answers (and, for a link made with an older version, that
   version's tree and its comparison with the current one); everything on screen, the page's
   title, the address and the path announced to the diagram follow from it.

   Each answer is a history entry, so the browser's Back and Forward move between questions
   and never lose a result. */

import { announce } from "./clipboard.js";
import { mountCost } from "./cost-view.js";
import { analysed, answerLabel, answerShort, titleAndHeadline } from "./describe.js";
import { make, parts, texts, today } from "./dom.js";
import { answerOf, isChecklist, isQuestion, readTree, walk } from "./engine.js";
import { remember } from "./memory.js";
import { addressOf, fragmentOf, permalinkOf } from "./permalink.js";
import { showQuestion } from "./view-question.js";
import { showResult } from "./view-result.js";

let mountedBefore = false; // modules outlive instant navigations: a later mount is the page rendered again
// The page a history traversal left a running quiz for: the theme renders the page again for
// some traversals (Back to the entry the page loaded with, say), and a quiz mounted again by one
// takes the focus as any step does, whatever the address holds.
let traversedTo = null;
window.addEventListener("popstate", () => {
  traversedTo = document.querySelector("[data-dt-quiz].dt-quiz--mounted") ? location.pathname : null;
});

export const mountQuiz = (root, wire, fromLocation) => {
  const data = JSON.parse(root.dataset.tree);
  const current = readTree(data);
  const quiz = {
    root,
    ui: parts(root),
    t: texts(JSON.parse(root.dataset.texts)),
    current,
    shown: current, // the tree the answers are read with: the current one, or an old link's
    guide: data.guide_version,
    links: data.links,
    versions: data.versions,
    answers: [], // [question id, answer] pairs, in the order asked: the state
    draft: new Map(), // answers given before, to pre-select when a question comes back (an address may bring some)
    returning: false, // after Change: Continue keeps the later answers that still apply
    drift: null, // an old link's result beside what the current tree says
    shared: null, // the fragment of a result opened from an address that the reader did not reach here
    undo: null, // the state Start again cleared, until the next step
    token: 0, // the latest reading of the address; an older one still loading is dropped
    rendered: null, // the fragment on screen
    cameFrom: new Map(), // for each history entry the quiz added: the fragment of the entry before it
    pageTitle: document.title,
  };
  wire(quiz);
  mountCost(quiz, data.cost);
  root.classList.add("dt-quiz--mounted");
  quiz.ui.app.hidden = false;
  // The results permalinks hold, for readers without JavaScript, have the permalinks' fragments
  // as ids: with the quiz running, no fragment may name an element (the theme would move to it).
  for (const held of root.querySelectorAll(".dt-held")) held.remove();
  const again = mountedBefore;
  const traversed = traversedTo === location.pathname;
  mountedBefore = true;
  traversedTo = null;
  // A promise: reading an old link's version is a fetch. Rendered again (after Back within the
  // quiz, or on following a link to a result), the quiz takes the focus as any step does.
  return fromLocation(quiz, { initial: true, focus: again && (traversed || location.hash.includes("=")) });
};

// The absolute address of the site's root and of the quiz page, as the reader sees them.
export const siteRoot = (quiz) => new URL(quiz.links.root, location.href).href;
export const currentSteps = (quiz) => walk(quiz.shown, new Map(quiz.answers));

// Draw the state. `address`: "push" a history entry, "replace" the current one, or leave it ("none").
export const render = (quiz, { focus = false, address = "push", reveal = focus } = {}) => {
  const { ui, t } = quiz;
  const { steps, node } = currentSteps(quiz);
  const atResult = !isQuestion(node);
  const fragment = steps.length ? fragmentOf(quiz.shown, steps) : "";
  quiz.root.dataset.dtState = atResult ? "result" : "question";
  quiz.root.toggleAttribute("data-dt-answered", steps.length > 0);
  ui.step.hidden = atResult;
  ui.result.hidden = !atResult;
  ui.undo.hidden = !quiz.undo;
  const view = atResult ? resultView(quiz, steps, node, fragment) : null;
  if (atResult) showResult(quiz, view);
  else showQuestion(quiz, steps, node);
  showSummary(quiz, steps, view && view.analysis);
  if (steps.length) showPrintHeader(quiz, permalinkOf(quiz.links.quiz, quiz.shown, steps));
  const [title, headline] = atResult ? titleAndHeadline(node, t) : [];
  document.title = atResult ? t("page-title-result", { outcome: title, page: quiz.pageTitle }) : quiz.pageTitle;
  writeAddress(quiz, fragment, address);
  if (quiz.shown === quiz.current) remember(quiz.current.version, quiz.draft, atResult && quiz.shared !== fragment ? fragment : "");
  quiz.root.dataset.dtRead = location.hash.slice(1); // the address whose state is on screen
  announcePath(quiz, steps, node, atResult);
  if (reveal) (quiz.undo ? ui.undo : atResult ? ui.result : ui.step).scrollIntoView({ block: "start" });
  if (focus) (atResult ? ui.title : ui.question).focus({ preventScroll: true });
  if (atResult && focus) announce(ui.live, t("announce-result", { outcome: title, headline }));
};

const resultView = (quiz, steps, result, fragment) => {
  return {
    analysis: analysed(quiz.shown, steps, result, quiz.t),
    kind: quiz.drift ? "old" : quiz.shared === fragment ? "shared" : "own",
    drift: quiz.drift,
    permalink: permalinkOf(quiz.links.quiz, quiz.shown, steps),
    root: siteRoot(quiz),
  };
};

// "Your answers" with a Change button each; at a result it moves into it, before the reasoning,
// and marks the answers that decide the verdict.
const showSummary = (quiz, steps, analysis) => {
  const { ui } = quiz;
  const atResult = Boolean(analysis);
  ui.answers.replaceChildren(...steps.map((step, index) => summaryRow(quiz, step, index, analysis)));
  ui.summary.hidden = steps.length === 0;
  ui.restart.hidden = steps.length === 0 && quiz.draft.size === 0;
  if (atResult && ui["summary-block"].nextElementSibling !== ui.reasoning) ui.result.insertBefore(ui["summary-block"], ui.reasoning);
  if (!atResult && ui.step.nextElementSibling !== ui["summary-block"]) ui.step.after(ui["summary-block"]);
};

const summaryRow = (quiz, step, index, analysis) => {
  const { t } = quiz;
  const { question } = step;
  const hidden = make("span", { class: "dt-visually-hidden" }, t("change-hidden", { question: question.title }));
  const button = make("button", { type: "button", class: "dt-link", "data-dt-action": "change", "data-index": index }, [t("change"), hidden]);
  const change = quiz.drift ? [] : [make("dd", { class: "dt-change" }, button)];
  const decides = analysis && analysis.decisive.includes(step);
  const mark = decides ? [" ", make("span", { class: "dt-decides" }, t("answer-decides"))] : [];
  const row = [make("dt", {}, question.title), make("dd", {}, [answerLabel(step, t), ...mark]), ...change];
  const attributes = { class: "dt-answer", "data-question": question.id, "data-option": answerOf(step), ...(decides ? { "data-decides": "" } : {}) };
  return make("div", attributes, row);
};

// A printed result stands alone: the guide's title, the permalink, the versions and the date.
const showPrintHeader = (quiz, permalink) => {
  const { t } = quiz;
  const link = make("a", { href: permalink }, permalink);
  quiz.ui["print-header"].replaceChildren(
    make("p", { class: "dt-print-title" }, quiz.current.title),
    make("p", {}, [make("strong", {}, t("label-permalink")), link]),
    make("p", {}, t("print-meta", { tree: quiz.shown.version, guide: quiz.guide, date: today() })),
  );
};

// Each step is a history entry; a plain anchor (no "=") is left alone until the reader answers.
const writeAddress = (quiz, fragment, mode) => {
  quiz.rendered = fragment;
  const hash = location.hash.slice(1);
  if (mode === "none" || hash === fragment || (!fragment && !hash.includes("="))) return;
  if (mode === "push") {
    quiz.cameFrom.set(fragment, hash);
    history.pushState(null, "", addressOf(fragment));
  }
  else history.replaceState(history.state, "", addressOf(fragment));
};

// Tell the page where the reader is, in the current tree's ids (an old link's answers as carried):
// the nodes and edges to mark on the drawing, and the path so far in words.
const announcePath = (quiz, steps, node, atResult) => {
  const { t } = quiz;
  const path = quiz.drift ? { steps: quiz.drift.path, node: quiz.drift.result || quiz.drift.missing[0] } : { steps, node };
  const choices = path.steps.filter((s) => !isChecklist(s.question));
  const outcomes = isQuestion(path.node) ? [] : path.node.parts.map((p) => p.outcome.id);
  const asked = path.steps.filter((s) => isChecklist(s.question)).map((s) => s.question.id);
  const pending = isQuestion(path.node) ? [path.node.id] : [];
  const nodes = [...new Set([...choices.map((s) => s.question.id), ...outcomes, ...asked, ...pending])];
  const edges = choices.flatMap((s) => s.options.map((o) => [s.question.id, o.id]));
  const listed = path.steps.map((s) => ({ question: s.question.id, title: s.question.title, answer: answerShort(s, t) }));
  const here = isQuestion(path.node)
    ? { id: path.node.id, title: path.node.title, verdict: "" }
    : { id: outcomes[0], title: titleAndHeadline(path.node, t)[0], verdict: t("verdict-short-" + path.node.verdict) };
  const detail = { nodes, edges, steps: listed, current: here.id, here, state: atResult ? "result" : "question" };
  quiz.root.dispatchEvent(new CustomEvent("dt:path", { bubbles: true, detail }));
};
