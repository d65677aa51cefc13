/* A decision taken apart for the reader, mirrored from decision_tree/analysis.py: the answers
   that decide the verdict, those that shape the outcome, the assumptions with their
   experiments, the reasons, the next steps, and what would change it, grouped by where each
   change leads. Every view of a result (screen, snippet, decision record) reads this. */

import { isChecklist, whatWouldChange } from "./engine.js";

const RANK = { none: 0, outcome: 1, verdict: 2 };

export const analyse = (tree, steps, outcome) => {
  const alternatives = whatWouldChange(tree, steps, outcome);
  const effects = new Map(steps.map((step) => [step.question.id, furthest(step, alternatives)]));
  const withEffect = (effect) => steps.filter((step) => effects.get(step.question.id) === effect);
  const choices = steps.filter((step) => !isChecklist(step.question));
  const sure = choices.filter((step) => !step.options[0].unsure);
  const ticked = steps.filter((step) => isChecklist(step.question)).flatMap((step) => step.options);
  return {
    tree,
    steps,
    outcome,
    effects,
    decisive: withEffect("verdict"),
    shaping: withEffect("outcome"),
    inert: withEffect("none"),
    assumptions: choices
      .filter((step) => step.options[0].unsure)
      .map((step) => ({ step, assumed: assumedIn(step) })),
    reasons: [...sure.map((step) => step.options[0].rationale), ...outcome.reasons],
    nextSteps: [...outcome.next_steps, ...ticked.filter((o) => o.next_step).map((o) => o.next_step)],
    alternatives,
    groups: groups(tree, alternatives),
  };
};

// The sure answer whose route an unsure answer follows, when it names one.
const assumedIn = ({ question, options: [option] }) =>
  (option.assumes && question.options.find((o) => o.id === option.assumes)) || null;

// The furthest-reaching effect of changing one answer.
const furthest = (step, alternatives) =>
  alternatives
    .filter((a) => a.question.id === step.question.id)
    .reduce((best, a) => (RANK[a.effect] > RANK[best] ? a.effect : best), "none");

// Alternatives grouped by the outcome they lead to, in the tree's order of outcomes, then those
// that need more answers.
const groups = (tree, alternatives) => {
  const found = [...tree.outcomes.values()]
    .map((outcome) => ({ outcome, alternatives: alternatives.filter((a) => a.outcome && a.outcome.id === outcome.id) }))
    .filter((group) => group.alternatives.length);
  const pending = alternatives.filter((a) => !a.outcome);
  return pending.length ? [...found, { outcome: null, alternatives: pending }] : found;
};

// "What would change this" as shown: the changes that lead anywhere new, by destination.
export const changeGroups = (analysis) =>
  analysis.groups
    .map((group) => ({ ...group, alternatives: group.alternatives.filter((a) => a.effect !== "none") }))
    .filter((group) => group.alternatives.length);
