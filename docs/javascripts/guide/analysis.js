/* A decision taken apart for the reader, mirrored from decision_tree/analysis.py: the answers
   that decide the verdict, those that shape the parts, the assumptions with their experiments,
   each part and the reasons for it, each part's evaluation plan with the test set the reader's
   answers build, the result's reasons, caveats, next steps, conclusions and sources, the rivals ruled out with what would bring them back, and what would change it,
   grouped by where each change leads. Every view of a result (screen, snippet, decision record)
   reads this. `labelled` writes a part's text in a result of several parts ("{part}: {text}"). */

import { isChecklist } from "./engine.js";
import { whatWouldChange } from "./change.js";

const RANK = { none: 0, outcome: 1, verdict: 2 };
const NOT_READY = "not-ready";
const CORE_RIVALS = ["prompting", "rag", "fine-tuning", "fine-tuning-and-rag"];
const unique = (items) => [...new Set(items)];

export const analyse = (tree, steps, result, labelled = (part, text) => text) => {
  const alternatives = whatWouldChange(tree, steps, result);
  const effects = new Map(steps.map((step) => [step.question.id, furthest(step, alternatives)]));
  const withEffect = (effect) => steps.filter((step) => effects.get(step.question.id) === effect);
  const several = result.parts.length > 1;
  const label = (part, text) => (several ? labelled(part, text) : text);
  const parts = result.parts.map((part) => ({ part, reasons: partReasons(steps, part) }));
  const plans = plansOf(steps, result);
  const read = new Set(plans.map((plan) => plan.evaluation.question)); // a plan states what these answers add
  const ticked = steps.filter((step) => isChecklist(step.question) && !read.has(step.question.id)).flatMap((step) => step.options);
  const fromCompositions = (field) => result.compositions.flatMap((c) => c[field] || []);
  const fromParts = (field, labelledToo) => result.parts.flatMap((p) => p.outcome[field].map((text) => (labelledToo ? label(p, text) : text)));
  return {
    tree,
    steps,
    result,
    effects,
    decisive: withEffect("verdict"),
    shaping: withEffect("outcome"),
    inert: withEffect("none"),
    assumptions: steps
      .filter((step) => !isChecklist(step.question) && step.options[0].unsure)
      .map((step) => ({ step, assumed: assumedIn(step) })),
    parts,
    plans,
    reasons: unique([...fromCompositions("reasons"), ...parts.flatMap((v) => v.reasons.map((text) => label(v.part, text)))]),
    merits: unique([...fromCompositions("reasons"), ...fromParts("reasons", true)]),
    caveats: unique(fromParts("caveats", true)),
    nextSteps: unique([...fromCompositions("next_steps"), ...fromParts("next_steps", true), ...ticked.filter((o) => o.next_step).map((o) => o.next_step)]),
    conclusions: unique([...fromCompositions("conclusions"), ...fromParts("conclusions", false)]),
    sources: unique([...fromCompositions("sources"), ...fromParts("sources", false), ...plans.flatMap((p) => p.evaluation.sources)]),
    alternatives,
    groups: groups(alternatives),
    rivals: rivals(tree, steps, result, alternatives),
  };
};

// Why this part: the needs it answers, the sure answers on its branches, its own reasons.
const partReasons = (steps, part) => {
  const byId = new Map(steps.map((s) => [s.question.id, s]));
  const needs = part.needs.filter((n) => !n.unsure).map((n) => n.rationale);
  const sure = part.route.map((id) => byId.get(id)).filter((s) => s && !s.options[0].unsure).map((s) => s.options[0].rationale);
  return unique([...needs, ...sure, ...part.outcome.reasons]);
};

// Each part's evaluation plan (a part of a tree published before plans has none), with the
// answers to the checklist it reads and how each of them builds the test set.
const plansOf = (steps, result) => {
  const byId = new Map(steps.map((s) => [s.question.id, s]));
  return result.parts.filter((part) => part.outcome.evaluation).map((part) => {
    const evaluation = part.outcome.evaluation;
    const data = byId.has(evaluation.question) ? byId.get(evaluation.question).options : [];
    return { part, evaluation, data, sets: data.map((o) => evaluation.sets[o.id] ?? "") };
  });
};

// The sure answer whose route an unsure answer follows, when it names one.
const assumedIn = ({ question, options: [option] }) =>
  (option.assumes && question.options.find((o) => o.id === option.assumes)) || null;

// The furthest-reaching effect of changing one answer.
const furthest = (step, alternatives) =>
  alternatives
    .filter((a) => a.question.id === step.question.id)
    .reduce((best, a) => (RANK[a.effect] > RANK[best] ? a.effect : best), "none");

// Alternatives grouped by the result they lead to, in the order first met, then those that need
// more answers.
const groups = (alternatives) => {
  const order = unique(alternatives.filter((a) => a.result).map((a) => a.result.id));
  const found = order.map((id) => ({ resultId: id, alternatives: alternatives.filter((a) => a.result && a.result.id === id) }));
  const pending = alternatives.filter((a) => !a.result);
  return pending.length ? [...found, { resultId: null, alternatives: pending }] : found;
};

// The core families and every verdict one sure changed answer may reach, other than the
// result's and "not ready": each with the answers the changes undo and the changes themselves.
// A part's verdict is chosen, not ruled out; it is a rival only as the design without the other
// parts, when one change makes it the whole verdict.
const rivals = (tree, steps, result, alternatives) => {
  const sure = alternatives.filter((a) => !a.option.unsure);
  const unsure = alternatives.filter((a) => a.option.unsure);
  const candidates = new Set([...CORE_RIVALS, ...alternatives.flatMap((a) => [...a.verdicts])]);
  const parts = unique(result.parts.map((p) => p.outcome.verdict));
  return Object.keys(tree.verdicts)
    .filter((v) => candidates.has(v) && v !== result.verdict && v !== NOT_READY)
    .map((verdict) => {
      const whole = sure.filter((a) => a.verdicts.has(verdict));
      if (parts.includes(verdict)) {
        const without = parts.filter((v) => v !== verdict && v !== NOT_READY);
        return whole.length ? { verdict, ruledOutBy: ruling(steps, whole), backIf: whole, forNeeds: [], without } : null;
      }
      const [back, forNeeds] = whole.length || result.parts.length < 2 ? [whole, []] : backForNeeds(result, verdict, sure);
      if (!back.length) {
        // Only an answer of "not sure" leads there: the answer given rules it out, with no way back.
        const ruled = ruling(steps, unsure.filter((a) => a.verdicts.has(verdict)));
        return ruled.length || CORE_RIVALS.includes(verdict) ? { verdict, ruledOutBy: ruled, backIf: [], forNeeds: [], without: [] } : null;
      }
      return { verdict, ruledOutBy: ruling(steps, back), backIf: back, forNeeds, without: [] };
    })
    .filter(Boolean);
};

// In a result of several parts: the single changes after which the part answering some need
// has the verdict, and those needs (in the order named).
const backForNeeds = (result, verdict, sure) => {
  const others = new Set(result.parts.filter((p) => p.outcome.verdict !== verdict).flatMap((p) => p.needs.map((n) => n.id)));
  const needs = new Set();
  const back = sure.filter((a) => {
    const gained = (a.result ? a.result.parts : []).filter((p) => p.outcome.verdict === verdict).flatMap((p) => p.needs.map((n) => n.id)).filter((id) => others.has(id));
    gained.forEach((id) => needs.add(id));
    return gained.length > 0;
  });
  return [back, unique(result.parts.flatMap((p) => p.needs)).filter((n) => needs.has(n.id))];
};

// The answers given that the changes undo: a choice made, or a need named and then removed.
const ruling = (steps, back) => {
  const found = [];
  for (const step of steps) {
    for (const a of back) {
      if (a.question.id !== step.question.id || a.change === "add") continue;
      const option = a.change === "remove" ? a.option : step.options[0];
      if (!found.some(([s, o]) => s === step && o === option)) found.push([step, option]);
    }
  }
  return found;
};

// "What would change this" as shown: the changes that lead anywhere new, by destination.
export const changeGroups = (analysis) =>
  analysis.groups
    .map((group) => ({ ...group, alternatives: group.alternatives.filter((a) => a.effect !== "none") }))
    .filter((group) => group.alternatives.length);
