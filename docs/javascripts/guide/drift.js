/* Decision drift, mirrored from decision_tree/drift.py: a link made with an older version is
   answered on that version's own tree (read from its published export), then its answers are
   carried to the current tree (unchanged, or through the version's declared renames) and walked
   there. The lines that say what changed are the command line's (decision_tree/render/results.py). */

import { answerOf, isChecklist, isQuestion, nodeOf, parseAnswer, readTree, verdictLabel, walk } from "./engine.js";

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

// The link's answers as the current tree reads them; answers it cannot read are left out.
export const carry = (linkSteps, current, renames) => {
  const carried = new Map();
  for (const step of linkSteps) {
    const pairs = renames.get(step.question.id + " " + answerOf(step)) || [[step.question.id, answerOf(step)]];
    for (const [id, answer] of pairs) {
      const question = current.questions.get(id);
      if (!question || carried.has(id) || !parseAnswer(question, answer)) continue;
      carried.set(id, answer);
    }
  }
  return carried;
};

// The link's decision beside where its answers lead in the current tree.
export const compare = (linkTree, linkSteps, linkOutcome, current, renames) => {
  const carried = carry(linkSteps, current, renames);
  const { steps: path, node } = walk(current, carried);
  const outcome = isQuestion(node) ? current.outcomes.get(lastTarget(path)) || null : node;
  const missing = isQuestion(node) ? [node] : [];
  const because = outcome ? becauseOf(linkTree, current, path) : null;
  const verdictChanged = outcome ? outcome.verdict !== linkOutcome.verdict : null;
  return { linkTree, linkSteps, linkOutcome, current, carried, path, outcome, missing, because, verdictChanged };
};

const lastTarget = (path) => {
  const choices = path.filter((s) => !isChecklist(s.question));
  return choices.length ? choices.at(-1).options[0].next : "";
};

// The last answer, among the questions both versions ask, that now leads elsewhere.
const becauseOf = (linkTree, current, path) => {
  for (const step of [...path].reverse()) {
    const oldQuestion = linkTree.questions.get(step.question.id);
    if (isChecklist(step.question) || !oldQuestion) continue;
    const option = step.options[0];
    const oldOption = oldQuestion.options.find((o) => o.id === option.id);
    const before = oldOption ? nodeOf(linkTree, oldOption.next) || null : null;
    if (!before || before.id !== option.next) return { step, before, after: nodeOf(current, option.next) };
  }
  return null;
};

// What the link decided and what the current tree says, line by line, as the command line prints it.
export const driftLines = (drift, t) => {
  const { linkTree: old, linkOutcome: link, current: now, outcome } = drift;
  const lines = [t("drift-link", { version: old.version, outcome: link.title, verdict: verdictLabel(old, link.verdict) })];
  const questions = drift.missing.map((q) => q.text).join("; ");
  if (!outcome) return [...lines, t("drift-missing", { current: now.version, questions })];
  if (outcome.id === link.id) lines.push(t("drift-holds", { current: now.version }));
  else if (!drift.verdictChanged) lines.push(t("drift-same-verdict", { current: now.version, outcome: outcome.title }));
  else lines.push(t("drift-changed", { current: now.version, outcome: outcome.title, verdict: verdictLabel(now, outcome.verdict) }));
  const because = drift.because;
  if (because && outcome.id !== link.id) {
    const values = { answer: because.step.options[0].label, question: because.step.question.title, after: because.after.title };
    lines.push(because.before ? t("drift-because", { ...values, before: because.before.title }) : t("drift-because-new", values));
  }
  if (drift.missing.length) lines.push(t("drift-refine", { questions }));
  return lines;
};
