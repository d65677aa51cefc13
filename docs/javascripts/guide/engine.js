/* The engine, mirrored from decision_tree/engine.py and compose.py: the same walk over the same
   data, so the quiz and the command line always agree (browser tests compare them on every path).

   A tree is read from its JSON export, of any published version: older exports lack the fields
   later versions added, which take their defaults here as they do in decision_tree/snapshot.py.
   Answers are a Map from question id to answer: an option id, or for a checklist or a fork the
   ids of the chosen options joined by "." in the question's order. A tree that starts with a
   fork is walked need by need, each need's branch to its outcome (a question an earlier branch
   asked keeps its answer), then the checklists the outcomes ask; the outcomes are the result's
   parts. */

export const SEPARATOR = ".";
const PART_SEPARATOR = "+";
const CHECKLIST = "checklist";
const FORK = "fork";
const OPTION_DEFAULTS = { next: "", unsure: false, experiment: "", assumes: "", next_step: "", exclusive: false };
// Exports before tree version 3 carry no precedence; their results have one part, so any order serves.
const PRECEDENCE = ["not-ready", "fine-tuning-and-rag", "fine-tuning", "rag", "tool-calls", "stronger-model", "constrained-output", "prompting"];

// A tree from its export: nodes by id, with every field present.
export const readTree = (data) => {
  const question = (q) => ({ kind: "choice", ...q, options: q.options.map((o) => ({ ...OPTION_DEFAULTS, ...o })) });
  const byId = (items) => new Map(items.map((item) => [item.id, item]));
  return {
    data,
    version: data.tree_version,
    language: data.language || "en", // exports before tree version 2 were English and did not say so
    title: data.title,
    start: data.start,
    verdicts: data.verdicts,
    precedence: data.precedence || PRECEDENCE,
    questions: byId(data.questions.map(question)),
    outcomes: byId(data.outcomes.map((o) => ({ checklists: [], evaluation: null, ...o }))), // exports before plans lack one
    compositions: data.compositions || [],
    conclusions: byId(data.conclusions),
    since: data.since || {}, // conclusion id -> the guide version its statement dates from (the current version only)
    sources: byId(data.sources),
  };
};

export const isQuestion = (node) => Boolean(node) && Array.isArray(node.options);
export const isChecklist = (node) => node.kind === CHECKLIST;
export const isFork = (node) => node.kind === FORK;
export const isMultiple = (node) => node.kind === CHECKLIST || node.kind === FORK;
export const nodeOf = (tree, id) => tree.questions.get(id) || tree.outcomes.get(id);
export const verdictLabel = (tree, verdict) => tree.verdicts[verdict] ?? verdict;

// A step's answer as written in permalinks, and the answers of a path as a Map or as pairs.
export const answerOf = (step) => step.options.map((o) => o.id).join(SEPARATOR);
export const answersOf = (steps) => new Map(steps.map((s) => [s.question.id, answerOf(s)]));
export const pairsOf = (steps) => steps.map((s) => [s.question.id, answerOf(s)]);

// The options an answer names, in the question's order; null when it is not a valid answer.
export const parseAnswer = (question, answer) => {
  const names = isMultiple(question) ? String(answer).split(SEPARATOR) : [String(answer)];
  const named = names.map((name) => question.options.find((o) => o.id === name));
  if (named.includes(undefined)) return null;
  const chosen = question.options.filter((o) => named.includes(o));
  if (chosen.length !== names.length) return null; // an option named twice
  if (chosen.length > 1 && chosen.some((o) => o.exclusive)) return null;
  return chosen;
};

// Follow choice answers from a node until an outcome or an unanswered question; a question
// already on `steps` keeps its answer and is not added again.
const follow = (tree, start, answers, steps) => {
  const seen = new Set(steps.map((s) => s.question.id));
  let node = start;
  while (isQuestion(node) && answers.has(node.id)) {
    const options = parseAnswer(node, answers.get(node.id));
    if (!options) break;
    if (!seen.has(node.id)) {
      steps.push({ question: node, options });
      seen.add(node.id);
    }
    node = nodeOf(tree, options[0].next);
  }
  return node;
};

// Every branch to its outcome: [{need, outcome, route}], or the first question still to answer.
const branches = (tree, answers, steps) => {
  const first = tree.questions.get(tree.start);
  if (!isFork(first)) {
    const node = follow(tree, first, answers, steps);
    return isQuestion(node) ? node : [{ need: null, outcome: node, route: steps.map((s) => s.question.id) }];
  }
  const needs = answers.has(first.id) ? parseAnswer(first, answers.get(first.id)) : null;
  if (!needs) return first;
  steps.push({ question: first, options: needs });
  const reached = [];
  for (const need of needs) {
    const node = follow(tree, nodeOf(tree, need.next), answers, steps);
    if (isQuestion(node)) return node;
    reached.push({ need, outcome: node, route: branchRoute(tree, need, steps) });
  }
  return reached;
};

// The choice questions a need's branch passed through, shared ones included, in order.
const branchRoute = (tree, need, steps) => {
  const byId = new Map(steps.map((s) => [s.question.id, s]));
  const route = [];
  let node = nodeOf(tree, need.next);
  while (isQuestion(node) && byId.has(node.id)) {
    route.push(node.id);
    node = nodeOf(tree, byId.get(node.id).options[0].next);
  }
  return route;
};

// The result of the outcomes each branch reached: parts (one per outcome, with the needs it
// answers), the compositions that apply, and the verdict.
export const compose = (tree, reached) => {
  const parts = new Map();
  for (const { need, outcome, route } of reached) {
    const known = parts.get(outcome.id);
    const needs = [...(known ? known.needs : []), ...(need ? [need] : [])];
    const asked = known ? [...known.route, ...route.filter((q) => !known.route.includes(q))] : route;
    parts.set(outcome.id, { outcome, needs, route: asked });
  }
  const list = [...parts.values()];
  const verdicts = new Set(list.map((p) => p.outcome.verdict));
  const applied = list.length > 1 ? tree.compositions.filter((c) => c.when.every((v) => verdicts.has(v))) : [];
  for (const c of applied) verdicts.add(c.verdict);
  const verdict = tree.precedence.find((v) => verdicts.has(v));
  return { parts: list, verdict, compositions: applied, id: list.map((p) => p.outcome.id).join(PART_SEPARATOR) };
};

export const isResult = (node) => Boolean(node) && Array.isArray(node.parts);
export const sameResult = (a, b) =>
  a.verdict === b.verdict && a.parts.length === b.parts.length && a.parts.every((p) => b.parts.some((q) => q.outcome.id === p.outcome.id));

// Follow the answers as far as they go: the steps, and the result or the next question. With
// `refine` (the default) the checklists the outcomes ask come last, in the tree's order.
export const walk = (tree, answers, refine = true) => {
  const steps = [];
  const reached = branches(tree, answers, steps);
  if (isQuestion(reached)) return { steps, node: reached };
  if (refine) {
    const asked = new Set(reached.flatMap((r) => r.outcome.checklists));
    for (const checklist of [...tree.questions.values()].filter((q) => asked.has(q.id))) {
      const options = answers.has(checklist.id) ? parseAnswer(checklist, answers.get(checklist.id)) : null;
      if (!options) return { steps, node: checklist };
      steps.push({ question: checklist, options });
    }
  }
  return { steps, node: compose(tree, reached) };
};

// The most questions a reader may still be asked, the current one included: down the longest
// path of each branch still open (an answered question follows its answer), then the checklists
// the outcomes on the way ask. null at a fork, where what follows depends on the needs chosen.
export const questionsLeft = (tree, steps, node) => {
  if (isFork(node)) return null;
  const answers = answersOf(steps);
  const fork = steps.find((s) => isFork(s.question));
  const starts = fork ? fork.options.map((o) => o.next) : [isChecklist(node) ? tree.start : node.id];
  const checklists = new Set();
  const depth = (id) => {
    const outcome = tree.outcomes.get(id);
    if (outcome) return void outcome.checklists.forEach((c) => checklists.add(c)) || 0;
    const question = tree.questions.get(id);
    const chosen = answers.has(id) ? parseAnswer(question, answers.get(id)) : null;
    const below = chosen ? depth(chosen[0].next) : Math.max(...question.options.map((o) => depth(o.next)));
    return (chosen ? 0 : 1) + below;
  };
  const open = starts.reduce((sum, id) => sum + depth(id), 0);
  return open + [...checklists].filter((c) => !answers.has(c)).length;
};
