/* A result on screen, laid out around the decision: the verdict panel (with how many answers it
   rests on that the reader was not sure of, and, for a link made with an older version, what
   the current tree says), its parts with the needs each answers, the assumptions to check with
   their experiments, how each part will be known to work (its evaluation plan), the next steps, then the full reasoning (why, the rivals ruled out and what
   would bring them back, caveats, conclusions, sources) and "What would change this", grouped
   by where each change leads, folded away. */

import { changeGroups } from "./analysis.js";
import { showCost } from "./cost-view.js";
import { answerLabel, changeWords, needsOf, planFields, rivalLine, titleAndHeadline, uncheckedLine } from "./describe.js";
import { driftLines } from "./drift.js";
import { fillList, make } from "./dom.js";
import { answersOf, verdictLabel, walk } from "./engine.js";
import { fragmentOf } from "./permalink.js";

const KICKERS = { own: "result-kicker", shared: "shared-kicker", old: "old-kicker" };
// The parts that show the tree's own texts: in another language than the page's (an old version
// published in English only, on a page of another edition) they say so, for screen readers.
const TREE_TEXTS = ["title", "verdict", "headline", "parts", "assumptions", "plan", "next-steps", "reasons", "rivals", "caveats", "conclusions", "sources"];

// view: {analysis, kind: "own" | "shared" | "old", drift, permalink, root (the site root, absolute)}
export const showResult = (quiz, view) => {
  const { ui, t } = quiz;
  const { tree, result } = view.analysis;
  const [title, headline] = titleAndHeadline(result, t);
  Object.assign(ui.result.dataset, { outcome: result.id, verdict: result.verdict, treeVersion: tree.version, kind: view.kind });
  ui.kicker.textContent = t(KICKERS[view.kind], { version: tree.version });
  ui.title.textContent = title;
  ui.verdict.textContent = verdictLabel(tree, result.verdict);
  ui.headline.textContent = headline;
  ui.unchecked.textContent = uncheckedLine(view.analysis, t);
  ui.unchecked.hidden = view.analysis.assumptions.length === 0;
  const foreign = tree.language !== quiz.current.language ? tree.language : null;
  for (const name of TREE_TEXTS) (foreign ? ui[name].setAttribute("lang", foreign) : ui[name].removeAttribute("lang"));
  ui.version.textContent = t("version", { guide: quiz.guide, tree: tree.version });
  ui["start-own"].hidden = view.kind === "own";
  ui["result-back"].hidden = view.kind === "old";
  showDrift(quiz, view.drift);
  showLists(quiz, view);
  showChanges(quiz, view);
  showCost(quiz, view);
  ui.permalink.href = ui.permalink.textContent = view.permalink;
  ui["copy-box"].hidden = true;
};

// Beside an old link's result: what the current tree says, and a way to go on with it.
const showDrift = (quiz, drift) => {
  const { ui, t } = quiz;
  ui.drift.hidden = !drift;
  if (!drift) return;
  ui["drift-lines"].replaceChildren(...driftLines(drift, t).map((line) => make("p", {}, line)));
  Object.assign(ui.drift.dataset, {
    linkVersion: drift.linkTree.version,
    linkOutcome: drift.linkResult.id,
    currentVersion: drift.current.version,
    currentOutcome: drift.result ? drift.result.id : "",
    verdictChanged: drift.verdictChanged === null ? "" : String(drift.verdictChanged),
    missing: drift.missing.map((q) => q.id).join(" "),
  });
  ui["drift-continue"].hidden = drift.missing.length === 0;
  ui["drift-open-current"].hidden = drift.missing.length > 0;
};

const showLists = (quiz, view) => {
  const { ui, t } = quiz;
  const { analysis } = view;
  const { tree, result } = analysis;
  fillList(ui.parts, result.parts.length > 1 ? result.parts.map((part) => partItem(quiz, part)) : []);
  fillList(ui.assumptions, analysis.assumptions.map((assumption) => assumptionItem(quiz, assumption)));
  fillList(ui.plan, analysis.plans.map((plan) => planItem(quiz, plan, analysis.plans.length > 1)));
  fillList(ui["next-steps"], analysis.nextSteps);
  fillList(ui.reasons, analysis.reasons);
  fillList(ui.rivals, analysis.rivals.map((rival) => make("li", { "data-verdict": rival.verdict }, rivalLine(tree, rival, t))));
  fillList(ui.caveats, analysis.caveats);
  const conclusions = analysis.conclusions.map((id) => tree.conclusions.get(id)).filter(Boolean);
  const since = (c) => (Object.hasOwn(tree.since, c.id) ? [" ", make("span", { class: "dt-since" }, t("conclusion-since", { since: tree.since[c.id] }))] : []);
  fillList(ui.conclusions, conclusions.map((c) => [make("a", { href: view.root + c.path, "data-conclusion": c.id }, c.title), ...since(c)]));
  const sources = analysis.sources.map((id) => tree.sources.get(id)).filter(Boolean);
  fillList(ui.sources, sources.map((s) => [t("source-citation", { citation: s.citation }), make("a", { href: s.url }, s.title)]));
};

// One part: the needs it answers, its title with its verdict, and its headline.
const partItem = (quiz, part) => {
  const { t } = quiz;
  const verdict = part.outcome.verdict;
  const chip = make("span", { class: `dt-chip dt-verdict-${verdict}`, "data-verdict": verdict }, t("verdict-short-" + verdict));
  const heading = make("p", { class: "dt-part-title" }, [make("span", { class: "dt-part-needs" }, t("part-needs", { needs: needsOf(part, t) })), " ", make("strong", {}, part.outcome.title), " ", chip]);
  return make("li", { class: "dt-part", "data-outcome": part.outcome.id }, [heading, make("p", {}, part.outcome.headline)]);
};

// A part's evaluation plan: the part it is for (when there are several), then each field.
const planItem = (quiz, plan, several) => {
  const { t } = quiz;
  const { part } = plan;
  const heading = make("p", { class: "dt-part-title" }, [make("span", { class: "dt-part-needs" }, t("part-needs", { needs: needsOf(part, t) })), " ", make("strong", {}, part.outcome.title)]);
  const fields = planFields(plan, t).flatMap(([label, text]) => [make("dt", {}, label), make("dd", {}, text)]);
  const data = { class: "dt-plan", "data-outcome": part.outcome.id, "data-have": plan.data.map((o) => o.id).join(" ") };
  return make("li", data, [...(several ? [heading] : []), make("dl", { class: "dt-plan-fields" }, fields)]);
};

// A "not sure" answer: what it was, the route the guide took, and the experiment that settles it.
const assumptionItem = (quiz, { step, assumed }) => {
  const { t } = quiz;
  const answer = make("p", { class: "dt-assumption" }, make("strong", {}, t("assumption", { question: step.question.title, answer: answerLabel(step, t) })));
  const route = assumed ? [make("p", {}, t("assumption-assumed", { assumed: assumed.label }))] : [];
  const experiment = make("p", { class: "dt-experiment" }, t("assumption-experiment", { experiment: step.options[0].experiment }));
  return make("li", { "data-question": step.question.id }, [answer, ...route, experiment]);
};

// "What would change this": one group per destination, each line a link that applies the change.
const showChanges = (quiz, view) => {
  const { ui } = quiz;
  const groups = view.kind === "old" ? [] : changeGroups(view.analysis);
  ui.changes.hidden = groups.length === 0;
  ui.alternatives.replaceChildren(...groups.map((group) => changeGroup(quiz, view, group)));
};

const changeGroup = (quiz, view, group) => {
  const { t } = quiz;
  const result = group.resultId ? group.alternatives[0].result : null;
  const heading = result ? titleAndHeadline(result, t)[0] : t("txt-more-questions");
  const where = result ? { "data-outcome": result.id, "data-verdict": result.verdict } : { "data-outcome": "" };
  const lines = group.alternatives.map((alternative) => changeLine(quiz, view, alternative));
  return make("div", { class: "dt-change-group", ...where }, [make("h4", {}, heading), make("ul", {}, lines)]);
};

const changeLine = (quiz, view, alternative) => {
  const { t } = quiz;
  const { question, answer, nextQuestion, effect } = alternative;
  const { tree, steps } = view.analysis;
  const changed = walk(tree, answersOf(steps).set(question.id, answer)).steps;
  const href = "#" + fragmentOf(tree, changed);
  const attributes = { href, "data-dt-action": "alternative", "data-question": question.id, "data-answer": answer, "data-effect": effect };
  const link = make("a", attributes, changeWords(alternative, t));
  const leads = nextQuestion ? [t("leads-to-question", { next: nextQuestion.text })] : [];
  return make("li", {}, [link, ...leads]);
};
