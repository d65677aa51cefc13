/* A result as text to keep: the summary for a design document (mirrors decision_markdown in
   decision_tree/render/report.py) and the decision record in the MADR format (mirrors
   decision_tree/render/madr.py), byte for byte; browser tests compare both on every path.

   `site` carries what the page knows: the guide's version, the site root and the permalink,
   both absolute, and the date. */

import { changeGroups } from "./analysis.js";
import { verdictLabel } from "./engine.js";

// An answer as a reader reads it: the option's label, or a checklist's labels joined.
export const answerLabel = (step, t) => step.options.map((o) => o.label).join(t("checklist-join"));

// One line of "what would change this".
export const describeChange = (alternative, t) => {
  const { question, option, outcome, nextQuestion } = alternative;
  const leads = outcome ? outcome.title : t("md-more-questions", { next: nextQuestion.text });
  return t("md-change", { question: question.title, answer: option.label, leads });
};

export const assumptionLine = ({ step }, t) =>
  t("md-assumption", { answer: answerLabel(step, t), question: step.question.title, experiment: step.options[0].experiment });

const answerLines = (steps, t) =>
  steps.map((s, n) => t("md-answer", { number: n + 1, question: s.question.text, answer: answerLabel(s, t) }));
const decisiveLines = (analysis, t) =>
  analysis.decisive.map((s) => t("md-decisive-item", { question: s.question.title, answer: answerLabel(s, t) }));
const lookUp = (items, ids) => ids.map((id) => items.get(id)).filter(Boolean);
const conclusionLines = (tree, outcome, site, t) =>
  lookUp(tree.conclusions, outcome.conclusions).map((c) => t("md-conclusion", { title: c.title, url: site.root + c.path }));
const sourceLines = (tree, outcome, t) => lookUp(tree.sources, outcome.sources).map((s) => t("md-source", s));
const items = (list, t) => list.map((text) => t("md-item", { text }));
const labelled = (label, list, t) => (list.length ? ["", t("md-heading", { title: t(label) }), "", ...items(list, t)] : []);

// The summary for a design document, in Markdown.
export const snippet = (analysis, site, t) => {
  const { tree, steps, outcome } = analysis;
  const changes = analysis.alternatives.filter((a) => a.effect !== "none").map((a) => describeChange(a, t));
  const lines = [
    t("md-title", { outcome: outcome.title }), "",
    t("md-verdict", { verdict: verdictLabel(tree, outcome.verdict) }), outcome.headline,
    "", t("md-heading", { title: t("md-answers") }), "", ...answerLines(steps, t),
    ...labelled("md-decisive", decisiveLines(analysis, t), t),
    ...labelled("md-why", analysis.reasons, t),
    ...labelled("md-assumptions", analysis.assumptions.map((a) => assumptionLine(a, t)), t),
    ...labelled("md-caveats", outcome.caveats, t),
    ...labelled("md-next-steps", analysis.nextSteps, t),
    ...labelled("md-what-would-change", changes, t),
    ...labelled("md-conclusions", conclusionLines(tree, outcome, site, t), t),
    ...labelled("md-sources", sourceLines(tree, outcome, t), t),
    "", t("md-guide", { title: tree.title, guide: site.guide, tree: tree.version }),
    ...(site.date ? [t("md-date", { date: site.date })] : []),
    t("md-permalink", { url: site.permalink }),
  ];
  return lines.join("\n") + "\n";
};

// A titled part of the record: heading, optional introduction, list; nothing when the list is empty.
const part = (heading, intro, list, t) =>
  list.length ? ["", t(heading), "", ...intro.flatMap((text) => [text, ""]), ...items(list, t)] : [];

const option = (tree, outcome, chosenIf, pros, cons, t) => [
  "", t("madr-option-heading", { outcome: outcome.title }), "", outcome.headline,
  "", t("madr-verdict", { verdict: verdictLabel(tree, outcome.verdict) }), "",
  ...items([...chosenIf, ...pros.map((text) => t("madr-good", { text })), ...cons.map((text) => t("madr-bad", { text }))], t),
];

// The decision as an architecture decision record in the MADR format.
export const decisionRecord = (analysis, site, t) => {
  const { tree, steps, outcome } = analysis;
  const others = analysis.groups.filter((g) => g.outcome && g.outcome.id !== outcome.id);
  const drivers = decisiveLines(analysis, t);
  const assumptions = analysis.assumptions.map((a) => assumptionLine(a, t));
  const pending = changeGroups(analysis).filter((g) => !g.outcome).flatMap((g) => g.alternatives.map((a) => describeChange(a, t)));
  const lines = [
    t("madr-front-matter", { date: site.date }), "", t("madr-title", { outcome: outcome.title }), "",
    t("madr-context"), "", t("madr-context-text", { title: tree.title, guide: site.guide, tree: tree.version }), "",
    ...answerLines(steps, t),
    ...part("madr-drivers", drivers.length ? [t("madr-drivers-text")] : [], drivers, t),
    ...part("madr-options", [], [outcome, ...others.map((g) => g.outcome)].map((o) => o.title), t),
    "", t("madr-outcome"), "", t("madr-chosen", { outcome: outcome.title, headline: outcome.headline }),
    "", t("madr-verdict", { verdict: verdictLabel(tree, outcome.verdict) }),
    ...part("madr-consequences", [], outcome.caveats, t),
    ...part("madr-confirmation", assumptions.length ? [t("madr-confirmation-text")] : [], assumptions, t),
    ...part("madr-next-steps", [], analysis.nextSteps, t),
    "", t("madr-pros-cons"),
    ...option(tree, outcome, [], analysis.reasons, [], t),
    ...others.flatMap((g) => {
      const chosenIf = g.alternatives.map((a) => t("madr-if", { question: a.question.title, answer: a.option.label }));
      return option(tree, g.outcome, chosenIf, g.outcome.reasons, g.outcome.caveats, t);
    }),
    "", t("madr-more"),
    ...labelled("madr-pending", pending, t),
    ...labelled("md-conclusions", conclusionLines(tree, outcome, site, t), t),
    ...labelled("md-sources", sourceLines(tree, outcome, t), t),
    "", t("madr-made", { title: tree.title, guide: site.guide, tree: tree.version, date: site.date }),
    t("md-permalink", { url: site.permalink }),
  ];
  return lines.join("\n") + "\n";
};
