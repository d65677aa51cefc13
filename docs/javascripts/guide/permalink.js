/* Permalinks, mirrored from decision_tree/permalink.py, by the grammar written there: the
   fragment holds the tree version and the answers in the order asked ("v=2&problem=request-input&...").
   Reading one never trusts it: what cannot be read, is repeated, or leads nowhere becomes a
   problem to tell the reader. tests/link_grammar.toml holds the cases both sides are tested on. */

import { answerOf, parseAnswer } from "./engine.js";

export const MAX_FRAGMENT = 2000; // a real permalink is a few hundred characters; longer is refused unread
const MAX_CLIP = 60; // longest piece of a link quoted back in a notice

export const fragmentOf = (tree, steps) =>
  ["v=" + tree.version, ...steps.map((step) => step.question.id + "=" + answerOf(step))].join("&");

// The page's address for a fragment ("" leaves only the path), and a permalink in full.
export const addressOf = (fragment) => (fragment ? "#" + fragment : location.pathname + location.search);
export const permalinkOf = (quizUrl, tree, steps) => new URL(quizUrl, location.href).href + "#" + fragmentOf(tree, steps);

// Read a fragment: the version, the answers given (first of each), and problems of form; a
// fragment too long is not read at all (`unread`).
export const readFragment = (hash) => {
  if (hash.length > MAX_FRAGMENT) return { version: undefined, given: new Map(), problems: [["notice-too-long", { length: hash.length }]], unread: true };
  const given = new Map();
  const problems = [];
  for (const part of hash.split("&").filter(Boolean)) {
    const [key, value] = split(part);
    if (key === null) problems.push(["notice-unreadable", { part: clip(part) }]);
    else if (given.has(key)) problems.push(["notice-duplicate", { question: key }]);
    else given.set(key, value);
  }
  const version = given.get("v");
  given.delete("v");
  return { version, given, problems };
};

const split = (part) => {
  const at = part.indexOf("=");
  if (at < 1 || at === part.length - 1) return [null, null];
  try {
    return [decode(part.slice(0, at)), decode(part.slice(at + 1))];
  } catch {
    return [null, null];
  }
};

// "+" is a space, "%XX" a byte of UTF-8; a stray "%" or bytes that are not UTF-8 throw.
const decode = (text) => decodeURIComponent(text.replace(/\+/g, " "));
// A piece of a link quoted back: control and invisible format characters (bidi overrides among
// them, which could reverse the rest of the notice) shown as U+FFFD, and at most MAX_CLIP characters.
export const clip = (text) => {
  const chars = [...text.replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, "\uFFFD")];
  return chars.length > MAX_CLIP ? chars.slice(0, MAX_CLIP - 1).join("") + "\u2026" : chars.join("");
};

// Problems in the tree's words: duplicates named by their question's title.
export const describe = (tree, problems) =>
  problems.map(([name, values]) =>
    name === "notice-duplicate" ? [name, { question: titleOf(tree, values.question) }] : [name, values],
  );

const titleOf = (tree, id) => (tree.questions.has(id) ? tree.questions.get(id).title : clip(id));

// Answers a walk did not use: unknown questions, unknown answers, or off the path.
export const strayAnswers = (tree, given, steps) => {
  const used = new Set(steps.map((s) => s.question.id));
  const problems = [];
  for (const [key, value] of given) {
    const question = tree.questions.get(key);
    if (used.has(key)) continue;
    if (!question) problems.push(["notice-unknown-question", { question: clip(key) }]);
    else if (!parseAnswer(question, value)) problems.push(["notice-unknown-answer", { question: question.title, answer: clip(value) }]);
    else problems.push(["notice-off-path", { question: question.title }]);
  }
  return problems;
};

// What the link's version says, for a version the quiz cannot answer with its own tree.
export const versionProblems = (version, current, history, published) => {
  if (version === undefined) return [["notice-no-version", {}]];
  if (!Object.hasOwn(published, version)) return [["notice-bad-version", { version: clip(version) }]];
  const changes = history.filter((change) => change.version > Number(version)).map((change) => ["notice-history", change]);
  return [["notice-other-version", { version: Number(version), current }], ...changes];
};
