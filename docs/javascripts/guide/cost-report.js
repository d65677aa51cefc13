/* The cost estimate as the summary for a design document and the decision record carry it,
   mirrored from decision_tree/render/cost.py: the summary lists each option with its monthly
   figure, the notes (break-even, contradictions), the inputs and the dated prices; the record
   says the same in three lines. `cost` is { data, values } (the page's cost data and the
   reader's figures), or null for a result of an older tree version, which carries no estimate. */

import { CHOSEN, compareCosts } from "./cost.js";
import { breakEvenLine, findingLine, inputsLine, money, pricesLine, rowLabel, title } from "./cost-words.js";
import { titleAndHeadline } from "./describe.js";

// The result priced beside its rivals at the reader's figures.
export const priced = (analysis, cost) => {
  if (!cost) return null;
  const answers = Object.fromEntries(analysis.steps.map((s) => [s.question.id, s.options.map((o) => o.id)]));
  const parts = analysis.result.parts.map((p) => p.outcome.id);
  return compareCosts(cost.data, cost.values, parts, analysis.rivals.map((r) => r.verdict), answers);
};

// What to read beside the figures: a result that prices nothing of its own, the break-even, and
// where the figures contradict the answers.
export const notes = (c, steps, t) => [
  ...(c.forResult && !c.rows.some((r) => r.key === CHOSEN) ? [t("cost-no-design")] : []),
  breakEvenLine(c, t),
  ...c.findings.map((f) => findingLine(f, steps, t)),
];

export const rowLines = (c, resultTitle, t, brief) =>
  c.rows.map((r) => t(brief ? "cost-row" : "cost-row-full", {
    option: rowLabel(r, resultTitle, t), monthly: money(r.estimate.monthly, t), thousand: money(r.estimate.perRequest * 1000, t),
  }));

const sentences = (items, t) => items.slice(1).reduce((before, after) => t("cost-then", { before, after }), items[0]);

// The cost section of the summary for a design document.
export const summaryLines = (analysis, cost, t) => {
  const c = priced(analysis, cost);
  if (!c) return [];
  const resultTitle = titleAndHeadline(analysis.result, t)[0];
  const items = [...rowLines(c, resultTitle, t, false), ...notes(c, analysis.steps, t), inputsLine(c, t), pricesLine(c, cost.data, t)];
  return ["", t("md-heading", { title: title(c, t) }), "", ...items.map((text) => t("md-item", { text }))];
};

// The cost section of the decision record, in three lines.
export const recordLines = (analysis, cost, t) => {
  const c = priced(analysis, cost);
  if (!c) return [];
  const rows = rowLines(c, titleAndHeadline(analysis.result, t)[0], t, true).join(t("cost-join"));
  const first = t("cost-record", { title: title(c, t), rows, notes: sentences(notes(c, analysis.steps, t), t) });
  return ["", sentences([first, inputsLine(c, t), pricesLine(c, cost.data, t)], t)];
};
