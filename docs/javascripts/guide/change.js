/* What would change, mirrored from decision_tree/engine.py (what_would_change): for each answer
   on a path, where each other answer would lead if only it changed. Browser tests compare the two
   on every path. */

import { answersOf, isChecklist, isFork, isQuestion, sameResult, SEPARATOR, walk } from "./engine.js";

// Each other answer to a step: [option, change ("switch" | "add" | "remove"), answer as written].
const others = (step) => {
  const { question } = step;
  if (!isFork(question)) return question.options.filter((o) => o.id !== step.options[0].id).map((o) => [o, "switch", o.id]);
  const chosen = new Set(step.options);
  const join = (keep) => question.options.filter(keep).map((o) => o.id).join(SEPARATOR);
  return question.options.flatMap((option) => {
    if (chosen.has(option)) return chosen.size > 1 ? [[option, "remove", join((o) => chosen.has(o) && o !== option)]] : [];
    if (option.exclusive || step.options.some((o) => o.exclusive)) return [[option, "add", option.id]];
    return [[option, "add", join((o) => chosen.has(o) || o === option)]];
  });
};

// Every result these answers can still reach, the unanswered choice questions answered every way.
const results = (tree, answers) => {
  const { node } = walk(tree, answers, false);
  if (!isQuestion(node)) return [node];
  return node.options.flatMap((option) => results(tree, new Map(answers).set(node.id, option.id)));
};

// How far the results a change can still reach differ from the current one.
const effectOf = (current, ends) => {
  if (ends.every((r) => sameResult(r, current))) return "none";
  if (ends.every((r) => r.verdict === current.verdict)) return "outcome";
  return "verdict";
};

// For each answer on the path (checklists aside), where each other answer would lead if only it
// changed; for a fork, each need added or removed.
export const whatWouldChange = (tree, steps, result) => {
  const answers = answersOf(steps);
  return steps
    .filter((step) => !isChecklist(step.question))
    .flatMap((step) =>
      others(step).map(([option, change, answer]) => {
        const changed = new Map(answers).set(step.question.id, answer);
        const { node } = walk(tree, changed, false);
        const ends = results(tree, changed);
        const reached = isQuestion(node) ? { result: null, nextQuestion: node } : { result: node, nextQuestion: null };
        return { question: step.question, option, change, answer, ...reached, verdicts: new Set(ends.map((r) => r.verdict)), effect: effectOf(result, ends) };
      }),
    );
};
