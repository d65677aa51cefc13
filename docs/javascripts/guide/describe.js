/* The words every view of a result shares, mirrored from decision_tree/render/describe.py: its
   title and headline, an answer, a change, a part, a rival, a part's evaluation plan. `t(name, values)` fills the
   interface text `name`. */

import { analyse } from "./analysis.js";

const MOST_CHANGES = 3;

// The decision taken apart, each part's texts labelled with the part's title.
export const analysed = (tree, steps, result, t) =>
  analyse(tree, steps, result, (part, text) => t("part-text", { part: part.outcome.title, text }));

// A result's title and headline: its outcome's for one part; a composition's where one applies;
// else the parts' titles joined, and a headline that points to the parts.
export const titleAndHeadline = (result, t) => {
  if (result.parts.length === 1) return [result.parts[0].outcome.title, result.parts[0].outcome.headline];
  if (result.compositions.length) return [result.compositions[0].title, result.compositions[0].headline];
  return [result.parts.map((p) => p.outcome.title).join(t("part-join")), t("parts-headline", { count: result.parts.length })];
};

// An answer in a few words: its short form (a tree of version 1 has none: its label).
export const short = (option) => option.short || option.label;
export const answerLabel = (step, t) => step.options.map((o) => o.label).join(t("checklist-join"));
export const answerShort = (step, t) => step.options.map(short).join(t("checklist-join"));
export const needsOf = (part, t) => part.needs.map(short).join(t("checklist-join"));

export const partLine = (part, t) =>
  t("part-line", { needs: needsOf(part, t), title: part.outcome.title, verdict: t("verdict-short-" + part.outcome.verdict), headline: part.outcome.headline });

// One changed answer, in a few words: another answer, or a need added or left out; `change`
// adds that more questions follow where they do.
export const changeWords = (alternative, t) =>
  t("change-" + alternative.change, { question: alternative.question.title, answer: short(alternative.option) });
export const change = (alternative, t) =>
  alternative.result ? changeWords(alternative, t) : t("change-then-more", { change: changeWords(alternative, t) });

export const leadsTo = (alternative, t) =>
  alternative.result ? titleAndHeadline(alternative.result, t)[0] : t("md-more-questions", { next: alternative.nextQuestion.text });

export const changeLine = (alternative, t) => t("md-change", { change: changeWords(alternative, t), leads: leadsTo(alternative, t) });

export const answerLine = (number, step, analysis, t) =>
  t(analysis.decisive.includes(step) ? "md-answer-decisive" : "md-answer", { number, question: step.question.text, answer: answerLabel(step, t) });

// A verdict not chosen: what ruled it out, and what would bring it back.
export const rivalLine = (tree, rival, t) => {
  const name = tree.verdicts[rival.verdict] ?? rival.verdict;
  const ruled = rival.ruledOutBy.map(([step, option]) => t("rival-answer", { question: step.question.title, answer: short(option) })).join(t("rival-join"));
  if (!rival.backIf.length) return ruled ? t("rival-settled", { rival: name, ruled }) : t("rival-out", { rival: name });
  const shown = rival.backIf.slice(0, MOST_CHANGES).map((a) => change(a, t));
  const more = rival.backIf.length - shown.length;
  const back = shown.join(t("rival-or")) + (more ? t("rival-more", { count: more }) : "");
  if (rival.without.length) {
    const without = rival.without.map((v) => t("verdict-short-" + v)).join(t("rival-and"));
    return t("rival-without", { rival: name, without, ruled, back });
  }
  if (rival.forNeeds.length && ruled) return t("rival-for-needs", { rival: name, needs: rival.forNeeds.map(short).join(t("checklist-join")), ruled, back });
  if (!rival.ruledOutBy.length) return t("rival-not-named", { rival: name, back });
  return t("rival", { rival: name, ruled, back });
};

export const assumptionLine = ({ step }, t) =>
  t("md-assumption", { answer: answerLabel(step, t), question: step.question.title, experiment: step.options[0].experiment });

export const uncheckedLine = (analysis, t) => (analysis.assumptions.length ? t("rests-on", { count: analysis.assumptions.length }) : "");

// A part's evaluation plan: its heading (naming the part when the result has several), and its
// fields as [label, text]: what to measure, the test set and how many items, the threshold, the
// first experiment. Sentences run together as the language writes them.
export const planHeading = (plan, t, several) => (several ? t("md-plan-part", { part: plan.part.outcome.title }) : t("md-plan"));
const sentences = (texts, t) => texts.reduce((text, more) => t("plan-and", { text, more }));
export const planFields = ({ evaluation, sets }, t) => [
  [t("plan-measure"), sentences(evaluation.measure, t)],
  [t("plan-set"), sentences([...sets, evaluation.size], t)],
  [t("plan-threshold"), evaluation.threshold],
  [t("plan-first"), evaluation.first],
];
export const planLines = (plan, t) => planFields(plan, t).map(([label, text]) => t("md-plan-field", { label, text }));
