/* A result as text to keep: the summary for a design document (mirrors decision_markdown in
   decision_tree/render/report.py) and the decision record in the MADR format (mirrors
   decision_tree/render/madr.py), byte for byte; browser tests compare both on every path.

   `site` carries what the page knows: the guide's version, the site root and the permalink,
   both absolute, the date, and the cost figures (cost-report.js). */

import { recordLines, summaryLines } from "./cost-report.js";
import { answerLabel, answerLine, assumptionLine, partLine, planHeading, planLines, rivalLine, titleAndHeadline, uncheckedLine } from "./describe.js";
import { verdictLabel } from "./engine.js";

const lookUp = (items, ids) => ids.map((id) => items.get(id)).filter(Boolean);
const conclusionLines = (analysis, site, t) =>
  lookUp(analysis.tree.conclusions, analysis.conclusions).map((c) => {
    const values = { title: c.title, url: site.root + c.path, since: analysis.tree.since[c.id] };
    return t(Object.hasOwn(analysis.tree.since, c.id) ? "md-conclusion-since" : "md-conclusion", values);
  });
const sourceLines = (analysis, t) => lookUp(analysis.tree.sources, analysis.sources).map((s) => t("md-source", s));
const items = (list, t) => list.map((text) => t("md-item", { text }));
const titled = (title, list, t) => (list.length ? ["", t("md-heading", { title }), "", ...items(list, t)] : []);
const section = (label, list, t) => titled(t(label), list, t);

// The summary for a design document, in Markdown.
export const snippet = (analysis, site, t) => {
  const { tree, steps, result } = analysis;
  const [title, headline] = titleAndHeadline(result, t);
  const lines = [
    t("md-title", { outcome: title }), "",
    t("md-verdict", { verdict: verdictLabel(tree, result.verdict) }), headline,
    ...(analysis.assumptions.length ? [uncheckedLine(analysis, t)] : []),
    ...(result.parts.length > 1 ? section("md-parts", result.parts.map((p) => partLine(p, t)), t) : []),
    "", t("md-heading", { title: t("md-answers") }), "", ...steps.map((s, n) => answerLine(n + 1, s, analysis, t)),
    ...section("md-why", analysis.reasons, t),
    ...section("md-assumptions", analysis.assumptions.map((a) => assumptionLine(a, t)), t),
    ...analysis.plans.flatMap((plan) => titled(planHeading(plan, t, analysis.plans.length > 1), planLines(plan, t), t)),
    ...section("md-rivals", analysis.rivals.map((r) => rivalLine(tree, r, t)), t),
    ...section("md-caveats", analysis.caveats, t),
    ...section("md-next-steps", analysis.nextSteps, t),
    ...section("md-conclusions", conclusionLines(analysis, site, t), t),
    ...section("md-sources", sourceLines(analysis, t), t),
    ...summaryLines(analysis, site.cost, t),
    "", t("md-guide", { title: tree.title, guide: site.guide, tree: tree.version }),
    ...(site.date ? [t("md-date", { date: site.date })] : []),
    t("md-permalink", { url: site.permalink }),
  ];
  return lines.join("\n") + "\n";
};

// A titled part of the record: heading and list; nothing when the list is empty.
const part = (heading, list, t) => (list.length ? ["", t(heading), "", ...items(list, t)] : []);

// How the decision is confirmed: each part's plan (one list with the experiments of the "not
// sure" answers for a plan of one part; under each part's title for several), then the experiments.
const confirmation = ({ plans, assumptions }, t) => {
  const checks = assumptions.map((a) => assumptionLine(a, t));
  const lines = ["", t("madr-confirmation")];
  if (plans.length === 1) {
    const check = (text) => t("md-plan-field", { label: t("plan-check"), text });
    return [...lines, "", ...items([...planLines(plans[0], t), ...checks.map(check)], t)];
  }
  for (const plan of plans) lines.push("", t("md-heading", { title: plan.part.outcome.title }), "", ...items(planLines(plan, t), t));
  if (checks.length) return [...lines, "", t("madr-confirmation-text"), "", ...items(checks, t)];
  return plans.length ? lines : [...lines, "", t("madr-confirmation-sure")];
};

// The decision as an architecture decision record in the MADR 4.0 format.
// The chosen option among the considered ones; in a result of several parts, with each part.
const chosenOption = (result, option, t) => {
  if (result.parts.length < 2) return t("madr-chosen-option", { option });
  const named = result.parts.map((p) => t("madr-part-option", { title: p.outcome.title, verdict: t("verdict-short-" + p.outcome.verdict) }));
  return t("madr-chosen-parts", { option, parts: named.join(t("rival-join")) });
};

export const decisionRecord = (analysis, site, t) => {
  const { tree, steps, result } = analysis;
  const [title, headline] = titleAndHeadline(result, t);
  const verdict = verdictLabel(tree, result.verdict);
  const needs = steps.filter((s) => s.question.id === tree.start);
  const driver = (s) => t("madr-driver", { question: s.question.title, answer: answerLabel(s, t) });
  const drivers = analysis.decisive.map(driver);
  const others = steps.filter((s) => !analysis.decisive.includes(s)).map(driver);
  const lines = [
    t("madr-front-matter", { date: site.date }), "", t("madr-title", { outcome: title }), "",
    t("madr-context"), "", t("madr-context-hint"), t("madr-context-text", { title: tree.title, guide: site.guide, tree: tree.version }),
    ...needs.filter((s) => !analysis.decisive.includes(s)).map((s) => t("madr-needs", { needs: answerLabel(s, t) })), // else a driver says it
    ...part("madr-drivers", drivers.length ? drivers : [t("madr-no-driver")], t),
    ...part("madr-options", [chosenOption(result, verdict, t), ...analysis.rivals.map((r) => rivalLine(tree, r, t))], t),
    "", t("madr-outcome"), "", t("madr-chosen", { option: verdict, title, headline }),
    ...(result.parts.length > 1 ? ["", ...items(result.parts.map((p) => partLine(p, t)), t)] : []),
    ...confirmation(analysis, t),
    "", t("madr-pros-cons"), "", t("madr-option-heading", { option: verdict }), "",
    ...items([...analysis.merits.map((text) => t("madr-good", { text })), ...analysis.caveats.map((text) => t("madr-bad", { text }))], t),
    "", t("madr-more"),
    ...(others.length ? ["", t("madr-other-answers", { answers: others.join(t("rival-join")) })] : []),
    ...section("md-next-steps", analysis.nextSteps, t),
    ...section("md-conclusions", conclusionLines(analysis, site, t), t),
    ...section("md-sources", sourceLines(analysis, t), t),
    ...recordLines(analysis, site.cost, t),
    "", t("madr-made", { title: tree.title, guide: site.guide, tree: tree.version, date: site.date }),
    t("md-permalink", { url: site.permalink }),
  ];
  return lines.join("\n") + "\n";
};
