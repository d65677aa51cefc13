/* The cost estimate in a result: each option's monthly figure with the formula behind it, the
   break-even, where the reader's figures contradict their answers, the inputs and the dated
   prices; and the form in which the reader changes the figures. The figures in use are the last
   valid set: a figure that cannot be read is shown back with what was expected, and the
   estimate, the summary and the record keep the figures they had. The estimate informs; it
   never changes the result. A result of an older tree version has none. */

import { announce } from "./clipboard.js";
import { CHOSEN, defaults, readField } from "./cost.js";
import { notes, priced } from "./cost-report.js";
import { inputsLine, money, monthLine, number, pricesLine, rowLabel, thousandLine, title } from "./cost-words.js";
import { titleAndHeadline } from "./describe.js";
import { make } from "./dom.js";

// Wire the form once; the figures start as the guide's examples.
export const mountCost = (quiz, data) => {
  quiz.cost = { data, values: defaults(data) };
  const form = quiz.ui["cost-form"];
  fillForm(quiz);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    apply(quiz, { focus: true });
  });
  form.addEventListener("change", () => apply(quiz, { focus: false }));
  form.addEventListener("click", (event) => {
    if (!event.target.closest("[data-dt-cost-reset]")) return;
    quiz.cost.values = defaults(data);
    fillForm(quiz);
    apply(quiz, { focus: false });
  });
};

// The reader's figures where the result carries an estimate (the current tree's), else null.
export const costOf = (quiz) => (quiz.shown === quiz.current ? quiz.cost : null);

const fillForm = (quiz) => {
  for (const [id, value] of Object.entries(quiz.cost.values)) quiz.ui["cost-form"].elements[id].value = String(value);
};

// Read every figure; show what cannot be read; price again with the figures if all can be.
const apply = (quiz, { focus }) => {
  const { ui, t } = quiz;
  const { data } = quiz.cost;
  const form = ui["cost-form"];
  const read = Object.entries(data.fields).map(([id, field]) => [id, readField(field, form.elements[id].value)]);
  const errors = read.filter(([, r]) => r.error).map(([id, r]) => [id, errorText(id, r.error, t)]);
  for (const [id] of read) {
    const found = errors.find(([bad]) => bad === id);
    const message = form.querySelector(`#dt-cost-${id}-error`);
    message.textContent = found ? found[1] : "";
    message.hidden = !found;
    form.elements[id].toggleAttribute("aria-invalid", Boolean(found));
  }
  ui["cost-error-list"].replaceChildren(...errors.map(([, text]) => make("li", {}, text)));
  ui["cost-errors"].hidden = errors.length === 0;
  if (errors.length) {
    if (focus) form.elements[errors[0][0]].focus();
    return;
  }
  quiz.cost.values = Object.fromEntries(read.map(([id, r]) => [id, r.value]));
  if (quiz.costView) showCost(quiz, quiz.costView);
  announce(ui.live, t("cost-updated"));
};

// "Requests a day — expected a whole number from 0 to 100,000,000, found “-5”."
const errorText = (id, { field, found }, t) => {
  const expected = t(field.whole ? "cost-expected-whole" : "cost-expected-number", { min: number(field.min), max: number(field.max) });
  return t(found === "" ? "cost-error-empty" : "cost-error", { field: t("cost-field-" + id), expected, found });
};

// Draw the estimate of the result on screen (view: as showResult receives it).
export const showCost = (quiz, view) => {
  const { ui, t } = quiz;
  const cost = costOf(quiz);
  quiz.costView = view;
  ui.cost.hidden = !cost;
  if (!cost) return;
  const { analysis } = view;
  const c = priced(analysis, cost);
  const resultTitle = titleAndHeadline(analysis.result, t)[0];
  ui["cost-title"].textContent = title(c, t);
  ui["cost-rows"].replaceChildren(...c.rows.map((row) => rowItem(row, c, resultTitle, t, analysis.result.verdict)));
  const lines = notes(c, analysis.steps, t);
  const split = lines.length - c.findings.length; // the findings come last
  ui["cost-notes"].replaceChildren(...lines.slice(0, split).map((line) => make("p", {}, line)));
  ui["cost-findings"].replaceChildren(...lines.slice(split).map((line) => make("li", {}, line)));
  ui["cost-findings-block"].hidden = c.findings.length === 0;
  ui["cost-inputs"].textContent = inputsLine(c, t);
  ui["cost-prices"].textContent = pricesLine(c, cost.data, t);
};

// One option: its name and monthly figure, then the two lines of its formula.
const rowItem = (row, c, resultTitle, t, verdict) => {
  const e = row.estimate;
  const heading = t("cost-row", { option: rowLabel(row, resultTitle, t), monthly: money(e.monthly, t) });
  const attributes = { class: "dt-cost-row", "data-key": row.key, ...(row.key === CHOSEN ? { "data-verdict": verdict } : {}) };
  return make("li", attributes, [
    make("p", { class: "dt-cost-option" }, make("strong", {}, heading)),
    make("p", { class: "dt-cost-formula" }, thousandLine(e, c, t)),
    make("p", { class: "dt-cost-formula" }, monthLine(e, c, t)),
  ]);
};
