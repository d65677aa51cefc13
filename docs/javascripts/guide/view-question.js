/* One question on screen: progress, the question as the legend's heading, why it matters, and
   its answers as cards the whole of which can be clicked: radio buttons for a choice, check
   boxes for a checklist or the fork of needs (whose exclusive answer, "none of these" or "not
   sure", clears the others). */

import { make } from "./dom.js";
import { isMultiple, questionsLeft, SEPARATOR } from "./engine.js";

export const showQuestion = (quiz, steps, question) => {
  const { ui, t } = quiz;
  const left = questionsLeft(quiz.shown, steps, question);
  const number = steps.length + 1;
  ui.progress.textContent = left === null ? t("progress-open", { number }) : t("progress", { number, most: steps.length + left });
  ui.question.textContent = question.text;
  ui.why.textContent = question.why;
  showError(quiz, question, false);
  const chosen = new Set(String(quiz.draft.get(question.id) ?? "").split(isMultiple(question) ? SEPARATOR : "\u0000"));
  const kind = isMultiple(question) ? "checkbox" : "radio";
  const cards = question.options.map((option) => card(kind, option, chosen.has(option.id)));
  ui.options.replaceChildren(...cards);
  ui.options.dataset.kind = kind;
  ui.back.hidden = steps.length === 0;
};

// One answer: the input inside its label, so the whole card takes the click.
const card = (kind, option, checked) => {
  const input = make("input", { type: kind, name: "dt-quiz-answer", id: "dt-quiz-answer-" + option.id, value: option.id });
  input.checked = checked;
  if (option.exclusive) input.dataset.exclusive = "";
  const classes = ["dt-option", option.unsure ? "dt-option--unsure" : "", option.exclusive ? "dt-option--exclusive" : ""];
  return make("label", { class: classes.filter(Boolean).join(" "), for: input.id }, [input, make("span", { class: "dt-option-label" }, option.label)]);
};

// The answer given, as a permalink writes it ("" when none is chosen).
export const chosenAnswer = (quiz) =>
  [...quiz.ui.options.querySelectorAll("input:checked")].map((input) => input.value).join(SEPARATOR);

// A checklist's exclusive answer stands alone: ticking it clears the others, and the reverse.
export const keepExclusive = (quiz, changed) => {
  if (changed.type !== "checkbox" || !changed.checked) return;
  for (const input of quiz.ui.options.querySelectorAll("input:checked")) {
    if (input !== changed && (input.hasAttribute("data-exclusive") || changed.hasAttribute("data-exclusive"))) input.checked = false;
  }
};

// GOV.UK pattern: the message sits in the fieldset and describes it.
export const showError = (quiz, question, on) => {
  const { ui, t } = quiz;
  const none = question.options.find((o) => o.exclusive);
  ui["error-text"].textContent = isMultiple(question) ? t("error-checklist", { none: none ? none.label : "" }) : t("error-choice");
  ui.error.hidden = !on;
  ui.fieldset.classList.toggle("dt-fieldset--error", on);
  ui.fieldset.setAttribute("aria-describedby", (on ? ui.error.id + " " : "") + ui.why.id);
  if (on) ui.options.querySelector("input").focus();
};
