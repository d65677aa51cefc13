/* Decision drift, mirrored from decision_tree/drift.py: a link made with an older version is
   answered on that version's own tree (read from its published export), then its answers are
   carried forward version by version (unchanged, or through each version's declared renames to
   the next) and walked on the current tree. The lines that say what changed are the command
   line's (decision_tree/render/results.py). */

import { answerLabel, short, titleAndHeadline } from "./describe.js";
import { answerOf, isMultiple, isQuestion, nodeOf, parseAnswer, readTree, sameResult, SEPARATOR, verdictLabel, walk } from "./engine.js";

const loaded = new Map(); // export URL -> promise of its tree, shared by every quiz on the page

// The tree of a published version, fetched once from its export.
export const loadTree = (url) => {
  if (!loaded.has(url)) {
    const reading = fetch(url)
      .then((response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return response.json();
      })
      .then(readTree);
    reading.catch(() => loaded.delete(url)); // a failed read is tried again next time
    loaded.set(url, reading);
  }
  return loaded.get(url);
};

// The renames of a version as a Map from "question answer" to the pairs they become.
export const renamesOf = (carried) => new Map((carried || []).map(([question, answer, pairs]) => [question + " " + answer, pairs]));

const readable = (tree, [id, answer]) => {
  const question = tree.questions.get(id);
  return Boolean(question) && Boolean(parseAnswer(question, answer));
};

// Two answers to the same question read as one: a checklist's or a fork's options together (in
// the question's order) when that is a valid answer; else the first answer stays.
const merge = (question, before, answer) => {
  if (before === undefined) return answer;
  if (!isMultiple(question)) return before;
  const names = new Set([...before.split(SEPARATOR), ...answer.split(SEPARATOR)]);
  const together = question.options.filter((o) => names.has(o.id)).map((o) => o.id).join(SEPARATOR);
  return parseAnswer(question, together) ? together : before;
};

// The link's answers as the current tree reads them, carried through each [tree, renames] of
// the chain, and how each answer that is not read as itself was read.
export const carry = (linkSteps, chain, current) => {
  const merged = new Map();
  const readings = [];
  for (const step of linkSteps) {
    const given = [step.question.id, answerOf(step)];
    let pairs = [given];
    for (const [tree, renames] of chain) {
      pairs = pairs.flatMap((pair) => renames.get(pair[0] + " " + pair[1]) || [pair]).filter((pair) => readable(tree, pair));
    }
    if (pairs.length !== 1 || pairs[0][0] !== given[0] || pairs[0][1] !== given[1]) readings.push({ step, now: pairs });
    for (const [id, answer] of pairs) merged.set(id, merge(current.questions.get(id), merged.get(id), answer));
  }
  return { carried: merged, readings };
};

// The link's decision beside where its answers lead in the current tree.
export const compare = (linkTree, linkSteps, linkResult, current, chain) => {
  const { carried, readings } = carry(linkSteps, chain, current);
  const { steps: path, node } = walk(current, carried);
  const reached = walk(current, carried, false).node;
  const result = isQuestion(reached) ? null : reached;
  const missing = isQuestion(node) ? [node] : [];
  const because = result ? becauseOf(linkTree, current, path) : null;
  const verdictChanged = result ? result.verdict !== linkResult.verdict : null;
  return { linkTree, linkSteps, linkResult, current, carried, path, result, missing, because, verdictChanged, readings };
};

// The last answer, among the choice questions both versions ask, that now leads elsewhere.
const becauseOf = (linkTree, current, path) => {
  for (const step of [...path].reverse()) {
    const oldQuestion = linkTree.questions.get(step.question.id);
    if (isMultiple(step.question) || !oldQuestion) continue;
    const option = step.options[0];
    const oldOption = oldQuestion.options.find((o) => o.id === option.id);
    const before = oldOption ? nodeOf(linkTree, oldOption.next) || null : null;
    if (!before || before.id !== option.next) return { step, before, after: nodeOf(current, option.next) };
  }
  return null;
};

// How the current tree reads one of the link's answers: as other answers, or not at all.
const readingLine = (drift, reading, t) => {
  const values = { answer: answerLabel(reading.step, t), question: reading.step.question.title, current: drift.current.version };
  if (!reading.now.length) return t("drift-not-read", values);
  const pairLabel = ([id, answer]) => {
    const question = drift.current.questions.get(id);
    const options = parseAnswer(question, answer);
    return t("drift-pair", { question: question.title, answer: options.map(short).join(t("checklist-join")) });
  };
  return t("drift-read-as", { ...values, now: reading.now.map(pairLabel).join(t("checklist-join")) });
};

// What the link decided and what the current tree says, line by line, as the command line prints it.
export const driftLines = (drift, t) => {
  const { linkTree: old, linkResult: link, current: now, result } = drift;
  const [linkTitle] = titleAndHeadline(link, t);
  const lines = [t("drift-link", { version: old.version, outcome: linkTitle, verdict: verdictLabel(old, link.verdict) })];
  lines.push(...drift.readings.map((reading) => readingLine(drift, reading, t)));
  const questions = drift.missing.map((q) => q.text).join("; ");
  if (!result) return [...lines, t("drift-missing", { current: now.version, questions })];
  const [title] = titleAndHeadline(result, t);
  if (sameResult(result, link)) lines.push(t("drift-holds", { current: now.version }));
  else if (!drift.verdictChanged) lines.push(t("drift-same-verdict", { current: now.version, outcome: title }));
  else lines.push(t("drift-changed", { current: now.version, outcome: title, verdict: verdictLabel(now, result.verdict) }));
  const because = drift.because;
  if (because && !sameResult(result, link)) {
    const values = { answer: because.step.options[0].label, question: because.step.question.title, after: because.after.title };
    lines.push(because.before ? t("drift-because", { ...values, before: because.before.title }) : t("drift-because-new", values));
  }
  if (drift.missing.length) lines.push(t("drift-refine", { questions }));
  return lines;
};
