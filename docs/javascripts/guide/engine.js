/* The engine, mirrored from decision_tree/engine.py: the same walk over the same data, so the
   quiz and the command line always agree (browser tests compare them on every path).

   A tree is read from its JSON export, of any published version: older exports lack the fields
   later versions added, which take their defaults here as they do in decision_tree/snapshot.py.
   Answers are a Map from question id to answer: an option id, or for a checklist the ids of the
   chosen options joined by "." in the checklist's order. */

export const SEPARATOR = ".";
const CHECKLIST = "checklist";
const OPTION_DEFAULTS = { next: "", unsure: false, experiment: "", assumes: "", next_step: "", exclusive: false };

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
    questions: byId(data.questions.map(question)),
    outcomes: byId(data.outcomes.map((o) => ({ checklists: [], ...o }))),
    conclusions: byId(data.conclusions),
    sources: byId(data.sources),
    reach: null, // outcome ids reachable from each node, computed once
  };
};

export const isQuestion = (node) => Array.isArray(node.options);
export const isChecklist = (node) => node.kind === CHECKLIST;
export const nodeOf = (tree, id) => tree.questions.get(id) || tree.outcomes.get(id);
export const verdictLabel = (tree, verdict) => tree.verdicts[verdict] ?? verdict;

// A step's answer as written in permalinks, and the answers of a path as a Map or as pairs.
export const answerOf = (step) => step.options.map((o) => o.id).join(SEPARATOR);
export const answersOf = (steps) => new Map(steps.map((s) => [s.question.id, answerOf(s)]));
export const pairsOf = (steps) => steps.map((s) => [s.question.id, answerOf(s)]);

// The options an answer names, in the question's order; null when it is not a valid answer.
export const parseAnswer = (question, answer) => {
  const names = isChecklist(question) ? String(answer).split(SEPARATOR) : [String(answer)];
  const named = names.map((name) => question.options.find((o) => o.id === name));
  if (named.includes(undefined)) return null;
  const chosen = question.options.filter((o) => named.includes(o));
  if (chosen.length !== names.length) return null; // an option named twice
  if (chosen.length > 1 && chosen.some((o) => o.exclusive)) return null;
  return chosen;
};

// Follow the choice answers from the start as far as they go: the steps and the node reached.
export const route = (tree, answers) => {
  const steps = [];
  let node = tree.questions.get(tree.start);
  while (isQuestion(node) && answers.has(node.id)) {
    const options = parseAnswer(node, answers.get(node.id));
    if (!options) break;
    steps.push({ question: node, options });
    node = nodeOf(tree, options[0].next);
  }
  return { steps, node };
};

// Like route, then through the reached outcome's checklists: the node is the outcome once every
// checklist is answered, else the first unanswered one.
export const walk = (tree, answers) => {
  const { steps, node } = route(tree, answers);
  if (isQuestion(node)) return { steps, node };
  for (const id of node.checklists) {
    const checklist = tree.questions.get(id);
    const options = answers.has(id) ? parseAnswer(checklist, answers.get(id)) : null;
    if (!options) return { steps, node: checklist };
    steps.push({ question: checklist, options });
  }
  return { steps, node };
};

// For each choice answer on the path, where each other option leads if only it changed.
export const whatWouldChange = (tree, steps, outcome) => {
  const answers = answersOf(steps);
  return steps
    .filter((step) => !isChecklist(step.question))
    .flatMap(({ question, options: [chosen] }) =>
      question.options
        .filter((option) => option.id !== chosen.id)
        .map((option) => {
          const { node } = route(tree, new Map(answers).set(question.id, option.id));
          const reached = isQuestion(node) ? { outcome: null, nextQuestion: node } : { outcome: node, nextQuestion: null };
          return { question, option, ...reached, effect: effect(tree, outcome, node) };
        }),
    );
};

// How far reaching a node instead of the current outcome changes the result.
const effect = (tree, current, node) => {
  const ends = [...reachable(tree, node.id)].map((id) => tree.outcomes.get(id));
  if (ends.every((o) => o.id === current.id)) return "none";
  if (ends.every((o) => o.verdict === current.verdict)) return "outcome";
  return "verdict";
};

// The ids of the outcomes some answers lead to from a node.
export const reachable = (tree, id) => {
  if (!tree.reach) tree.reach = reachMap(tree);
  return tree.reach.get(id) ?? new Set();
};

const reachMap = (tree) => {
  const found = new Map([...tree.outcomes.keys()].map((id) => [id, new Set([id])]));
  let pending = [...tree.questions.values()];
  while (pending.length) {
    const before = pending.length;
    pending = pending.filter((question) => {
      const targets = isChecklist(question) ? [] : question.options.map((o) => o.next);
      if (!targets.every((target) => found.has(target))) return true;
      found.set(question.id, new Set(targets.flatMap((target) => [...found.get(target)])));
      return false;
    });
    if (pending.length === before) throw new Error(`tree version ${tree.version}: questions in a cycle`);
  }
  return found;
};

// The most questions a reader may still be asked from a node, itself included: the choice
// questions down the longest path, then the checklists of the outcome it ends at.
export const questionsLeft = (tree, steps, node) => {
  if (isChecklist(node)) {
    const outcome = tree.outcomes.get(steps.filter((s) => !isChecklist(s.question)).at(-1).options[0].next);
    return outcome.checklists.length - outcome.checklists.indexOf(node.id);
  }
  const depth = (id) => {
    const question = tree.questions.get(id);
    if (!question) return tree.outcomes.get(id).checklists.length;
    return 1 + Math.max(...question.options.map((o) => depth(o.next)));
  };
  return depth(node.id);
};
