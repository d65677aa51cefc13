/* Reading the address: a permalink of the current version opens its state; a link made with an
   older, published version is answered with that version's tree (fetched from its export) and
   shown beside what the current tree says; anything else is read as far as it makes sense,
   with a notice saying what was wrong. */

import { make } from "./dom.js";
import { carry, compare, loadTree, renamesOf } from "./drift.js";
import { isQuestion, pairsOf, walk } from "./engine.js";
import { isOwn, recallDraft } from "./memory.js";
import { describe, fragmentOf, readFragment, strayAnswers, versionProblems } from "./permalink.js";
import { render } from "./quiz.js";

const MAX_PROBLEMS = 5;
const VERSION_NOTICES = new Set(["notice-other-version", "notice-history"]);

// `initial`: the page has just opened (the address is tidied in place, nothing takes the focus).
export const fromLocation = async (quiz, { initial = false, focus = !initial } = {}) => {
  const hash = location.hash.slice(1);
  const token = ++quiz.token;
  if (!hash.includes("=")) {
    if (hash && !initial) return void (quiz.root.dataset.dtRead = hash); // a plain anchor: the reader moves around the page
    return settle(quiz, { shown: quiz.current, drift: null, answers: [] }, [], { initial, focus, reveal: focus });
  }
  const link = readFragment(hash);
  const exports = quiz.versions.exports;
  if (link.version === String(quiz.current.version) || link.version === undefined || !Object.hasOwn(exports, link.version)) {
    const unasked = link.unread || link.version === String(quiz.current.version); // a link not read has no version to question
    const problems = unasked ? [] : versionProblems(link.version, quiz.current.version, quiz.current.data.history, exports);
    return onCurrent(quiz, link, problems, { initial, focus });
  }
  showLoading(quiz, link.version);
  let old;
  try {
    old = await loadTree(new URL(exports[link.version], location.href).href);
  } catch (error) {
    if (token !== quiz.token) return;
    return onCurrent(quiz, link, [["drift-unavailable", { version: Number(link.version), reason: error.message }]], { initial, focus });
  }
  if (token !== quiz.token) return;
  try {
    await onOld(quiz, old, link, { initial, focus }, token);
  } catch (error) {
    if (token === quiz.token) onCurrent(quiz, link, [["drift-unavailable", { version: Number(link.version), reason: error.message }]], { initial, focus });
  }
};

// The link read with the current tree.
const onCurrent = (quiz, link, problems, how) => {
  const tree = quiz.current;
  const { steps, node } = walk(tree, link.given);
  const found = [...problems, ...describe(tree, link.problems), ...strayAnswers(tree, link.given, steps)];
  const pairs = pairsOf(steps);
  const shared = isQuestion(node) ? null : sharedUnlessOwn(fragmentOf(tree, steps));
  const before = how.initial ? recallDraft(tree.version, new Map(pairs)) : quiz.draft; // a page rendered again keeps its run's answers
  const draft = new Map([...before, ...pairs]);
  settle(quiz, { shown: tree, drift: null, answers: pairs, draft, shared }, found, { ...how, reveal: how.focus || steps.length > 0 });
};

// A result read from an address is shared, unless the reader reached it in this tab.
const sharedUnlessOwn = (fragment) => (isOwn(fragment) ? null : fragment);

// The link read with the old version that made it: its result beside the current tree's, or,
// when it holds no complete result, its answers carried to the current tree.
const onOld = async (quiz, old, link, how, token) => {
  const { steps, node } = walk(old, link.given);
  const problems = [...describe(old, link.problems), ...strayAnswers(old, link.given, steps)];
  const chain = await chainFrom(quiz, old.version);
  if (token !== quiz.token) return; // a newer address is being read
  if (!isQuestion(node) && problems.length === 0) {
    const drift = compare(old, steps, node, quiz.current, chain);
    return settle(quiz, { shown: old, drift, answers: pairsOf(steps), shared: null }, [], { ...how, reveal: true });
  }
  const { carried } = carry(steps, chain, quiz.current);
  const now = pairsOf(walk(quiz.current, carried).steps);
  const version = versionProblems(String(old.version), quiz.current.version, quiz.current.data.history, quiz.versions.exports);
  const state = { shown: quiz.current, drift: null, answers: now, draft: new Map([...quiz.draft, ...carried]), shared: null };
  const whereNow = ["notice-carried", { current: quiz.current.version }];
  settle(quiz, state, [...version, ...problems], { ...how, reveal: how.focus || now.length > 0 }, whereNow);
};

// How a link of an older version reaches the current tree: each later version's tree (fetched
// from its export; the current one last) with the renames that lead to it from the one before.
const chainFrom = (quiz, version) => {
  const later = [];
  for (let v = version + 1; v <= quiz.current.version; v += 1) later.push(v);
  const treeOf = (v) => (v === quiz.current.version ? quiz.current : loadTree(new URL(quiz.versions.exports[String(v)], location.href).href));
  return Promise.all(later.map(async (v) => [await treeOf(v), renamesOf(quiz.versions.carried[String(v - 1)])]));
};

// Take the state the address holds, draw it, and say what was wrong (`whereNow`: how the quiz goes on).
const settle = (quiz, state, problems, { initial, focus, reveal }, whereNow = null) => {
  Object.assign(quiz, { shared: null }, state, { returning: false, undo: null });
  showNotices(quiz, problems, whereNow || [quiz.answers.length ? "notice-resumed" : "notice-restarted", {}]);
  const noticed = problems.length > 0;
  render(quiz, { focus: focus && !noticed, address: initial ? "replace" : "none", reveal: reveal && !noticed });
  // What was wrong with the link comes first: in view, with the focus, before the step it led to.
  if (noticed) {
    quiz.ui.notice.scrollIntoView({ block: "start" });
    quiz.ui.notice.focus({ preventScroll: true });
  }
};

const showLoading = (quiz, version) => {
  const { ui, t } = quiz;
  ui.step.hidden = ui.result.hidden = true;
  ui.notice.replaceChildren(make("p", { class: "dt-notice-title" }, t("drift-loading", { version })));
};

// What was wrong with a link, then where its reader ends up.
const showNotices = (quiz, problems, [whereNow, values]) => {
  const { ui, t } = quiz;
  if (!problems.length) return ui.notice.replaceChildren();
  const versionOnly = problems.every(([name]) => VERSION_NOTICES.has(name));
  const item = (name, values) => make("li", { "data-dt-notice": name }, t(name, values)); // the name: what tests compare
  const items = problems.slice(0, MAX_PROBLEMS).map(([name, values]) => item(name, values));
  if (problems.length > MAX_PROBLEMS) items.push(item("notice-more", { count: problems.length - MAX_PROBLEMS }));
  items.push(item(whereNow, values));
  const list = make("ul", {}, items);
  ui.notice.replaceChildren(make("p", { class: "dt-notice-title" }, t(versionOnly ? "notice-title-version" : "notice-title")), list);
};
