/* A result as text to keep: the summary for a design document (mirrors decision_markdown in
   decision_tree/render/report.py) and the decision record in the MADR format (mirrors
   decision_tree/render/madr.py), byte for byte; browser tests compare both on every path.

   `site` carries what the page knows: the guide's version, the site root and the permalink,
   both absolute, the date, and the cost figures (cost-report.js). */

import { recordLines, summaryLines } from "./cost-report.js";
import { answerLabel, answerLine, assumptionLine, partLine, rivalLine, titleAndHeadline, uncheckedLine } from "./describe.js";
import { verdictLabel } from "./engine.js";

const lookUp = (items, ids) => ids.map((id) => items.get(id)).filter(Boolean);
const conclusionLines = (analysis, site, t) =>
  lookUp(analysis.tree.conclusions, analysis.conclusions).map((c) => {
    const values = { title: c.title, url: site.root + c.path, since: analysis.tree.since[c.id] };
    return t(Object.hasOwn(analysis.tree.since, c.id) ? "md-conclusion-since" : "md-conclusion", values);
  });
const sourceLines = (analysis, t) => lookUp(analysis.tree.sources, analysis.sources).map((s) => t("md-source", s));
const items = (list, t) => list.map((text) => t("md-item", { text }));
const section = (label, list, t) => (list.length ? ["", t("md-heading", { title: t(label) }), "", ...items(list, t)] : []);

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

const confirmation = (analysis, t) => {
  const checks = analysis.assumptions.map((a) => assumptionLine(a, t));
  if (!checks.length) return ["", t("madr-confirmation"), "", t("madr-confirmation-sure")];
  return ["", t("madr-confirmation"), "", t("madr-confirmation-text"), "", ...items(checks, t)];
};

// The decision as an architecture decision record in the MADR 4.0 format.
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
    ...needs.map((s) => t("madr-needs", { needs: answerLabel(s, t) })),
    ...part("madr-drivers", drivers.length ? drivers : [t("madr-no-driver")], t),
    ...part("madr-options", [t("madr-chosen-option", { option: verdict }), ...analysis.rivals.map((r) => rivalLine(tree, r, t))], t),
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
