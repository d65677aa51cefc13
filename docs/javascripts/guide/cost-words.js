/* The cost estimate in words, mirrored from decision_tree/render/cost_words.py: figures written
   out (rounded half up from their float, a comma between thousands), the formula behind each,
   the break-even, the findings, and the inputs with their dated sources. `t(name, values)` fills
   the interface text `name`; `c` is a comparison (cost.js) and `data` the page's cost data. */

import { CHOSEN } from "./cost.js";

const SCALES = { 0: 1, 2: 100, 4: 10000 };
const THOUSAND = 1000;
// The fields whose values one source gives, as the summary names them: [slot, field ids].
const PRICED = [["large", ["large-input", "large-cached", "large-output"]], ["small", ["small-input", "small-cached", "small-output"]],
  ["tuned", ["tuned-input", "tuned-cached", "tuned-output", "training-price"]], ["embedding", ["embedding-price"]],
  ["batch", ["batch-discount"]], ["tuned_hosting", ["tuned-hosting"]], ["index", ["index-hosting"]]];

const grouped = (whole) => String(whole).replace(/\B(?=(\d{3})+$)/g, ",");

// A number rounded half up to so many decimals (0, 2 or 4), thousands grouped.
const fixed = (value, decimals) => {
  const scale = SCALES[decimals];
  const n = Math.floor(value * scale + 0.5);
  const whole = Math.floor(n / scale);
  const rest = n - whole * scale;
  return grouped(whole) + (decimals ? "." + String(rest).padStart(decimals, "0") : "");
};

// A figure with as many decimals as it has, up to four.
export const number = (value) => fixed(value, 4).replace(/0+$/, "").replace(/\.$/, "");

// A price per million tokens: two decimals, or up to four where it has them.
export const price = (value) => {
  const text = fixed(value, 4);
  return text.endsWith("00") ? text.slice(0, -2) + text.slice(-2).replace(/0+$/, "") : text.replace(/0+$/, "");
};

// An amount in dollars: whole dollars from 100, cents from 1, four decimals below.
export const money = (value, t) => t("cost-money", { amount: fixed(value, value >= 100 || value === 0 ? 0 : value >= 1 ? 2 : 4) });

// A month written YYYY-MM, in words.
export const month = (asOf, t) => {
  const [year, number] = asOf.split("-");
  return t("cost-as-of", { month: t("cost-month-" + number), year });
};

export const rowLabel = (row, title, t) => (row.key === CHOSEN ? t("cost-chosen", { title }) : t("cost-family-" + row.key));

// What 1,000 requests cost: each kind of token in millions, times its price.
export const thousandLine = (e, c, t) => {
  const dollars = (x) => t("cost-money", { amount: price(x) });
  const plus = t("cost-plus");
  let terms = [
    t("cost-term-input", { tokens: number(e.tokens.uncached / THOUSAND), price: dollars(e.rate.input) }),
    t("cost-term-cached", { tokens: number(e.tokens.cached / THOUSAND), price: dollars(e.rate.cached) }),
    t("cost-term-output", { tokens: number(e.tokens.output / THOUSAND), price: dollars(e.rate.output) }),
  ].join(plus);
  if (e.batchFactor !== 1) terms = t("cost-term-batch", { terms, factor: number(e.batchFactor) });
  if (e.design.retrieval) {
    const embedded = t("cost-term-embedded", { tokens: number(e.tokens.embedded / THOUSAND), price: dollars(c.values["embedding-price"]) });
    terms = [terms, embedded].join(plus);
  }
  return t("cost-per-thousand", { terms, amount: money(e.perRequest * THOUSAND, t) });
};

// What a month costs: the requests of its days, and what the design pays at any volume.
export const monthLine = (e, c, t) => {
  const fixedCosts = e.design.model === "tuned" ? [["cost-fixed-training", e.training], ["cost-fixed-tuned-hosting", e.tunedHosting]] : [];
  if (e.design.retrieval) fixedCosts.push(["cost-fixed-index-hosting", e.indexHosting]);
  return t("cost-per-month", {
    requests: number(c.values["requests-per-day"]), days: number(c.days), amount: money(e.perRequest * THOUSAND, t),
    fixed: fixedCosts.map(([k, v]) => t(k, { amount: money(v, t) })).join(""), total: money(e.monthly, t),
  });
};

export const breakEvenLine = (c, t) => {
  const { volume } = c.breakEven;
  if (volume === null) return t("cost-break-even-never");
  if (volume === 0) return t("cost-break-even-always");
  return t("cost-break-even-at", { volume: number(Math.ceil(volume)), requests: number(c.values["requests-per-day"]) });
};

// A contradiction between the figures and an answer, in words; `steps` are the answers given.
export const findingLine = (finding, steps, t) => {
  const values = Object.fromEntries(Object.entries(finding.figures).map(([k, v]) => [k, ["factor", "requests"].includes(k) ? number(v) : money(v, t)]));
  if ("volume" in finding.figures) values.volume = number(Math.ceil(finding.figures.volume));
  if (finding.answer) {
    const question = steps.find((s) => s.question.id === finding.answer[0]).question;
    const option = question.options.find((o) => o.id === finding.answer[1]);
    Object.assign(values, { answer: option.short || option.label, question: question.title });
  }
  return t("cost-check-" + finding.check, values);
};

export const title = (c, t) => t(c.example ? "cost-title-example" : "cost-title-yours");

export const inputsLine = (c, t) => {
  const v = c.values;
  const percent = (x) => t("cost-percent", { value: number(x) });
  return t("cost-inputs", {
    requests: number(v["requests-per-day"]), prompt: number(v["prompt-tokens"]), tuned: number(v["tuned-prompt-tokens"]),
    request: number(v["request-tokens"]), output: number(v["output-tokens"]), added: number(v["added-tokens"]),
    knowledge: number(v["knowledge-tokens"]), cache: percent(v["cache-percent"]), batch: percent(v["batch-percent"]),
    runs: number(v["training-runs"]), training: number(v["training-tokens"]), epochs: number(v["epochs"]), days: number(c.days),
  });
};

// Where a group of figures comes from: a dated source, no example at all, or the reader.
const origin = (data, c, ids, t) => {
  if (ids.some((id) => c.values[id] !== data.fields[id].default)) return t("cost-from-reader");
  const source = data.fields[ids[0]].source;
  if (source === "none") return t("cost-from-nobody");
  return t("cost-from", { source: t("cost-source-" + source), month: month(data.sources[source]["as-of"], t) });
};

export const pricesLine = (c, data, t) => {
  const v = c.values;
  const rate = (m) => t("cost-rate", { input: price(v[`${m}-input`]), cached: price(v[`${m}-cached`]), output: price(v[`${m}-output`]) });
  const origins = Object.fromEntries(PRICED.map(([slot, ids]) => [`${slot}_from`, origin(data, c, ids, t)]));
  return t("cost-prices", {
    large: rate("large"), small: rate("small"), tuned: rate("tuned"), training: price(v["training-price"]),
    embedding: price(v["embedding-price"]), discount: t("cost-percent", { value: number(v["batch-discount"]) }),
    tuned_hosting: money(v["tuned-hosting"], t), index: money(v["index-hosting"], t), ...origins,
  });
};
