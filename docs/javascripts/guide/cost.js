/* The cost model, mirrored from decision_tree/cost/ (model.py, data.py, compare.py): the same
   formula, with the same operations in the same order, on the data the page carries (the
   package's defaults.toml), so both give the same figures to the last bit; a browser test
   compares them. Values are a plain object of every field's number, by field id. */

const MILLION = 1000000;
const MONTHS = 12;
const MODELS = ["large", "small", "tuned"];
// What a figure may look like: digits, a decimal point, an exponent (as decision_tree/cost/data.py).
const NUMBER = /^([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?$/;
export const CHOSEN = "chosen";

// A field's figure read from the form: { value } or { error: { field, found } }.
export const readField = (field, given) => {
  const text = given.trim();
  const refuse = { error: { field, found: text } };
  if (!NUMBER.test(text)) return refuse;
  const value = Number(text);
  if (!Number.isFinite(value) || value < field.min || value > field.max || (field.whole && value !== Math.floor(value))) return refuse;
  return { value };
};

export const defaults = (data) => Object.fromEntries(Object.entries(data.fields).map(([id, f]) => [id, f.default]));
export const isExample = (data, values) => Object.entries(defaults(data)).every(([id, value]) => values[id] === value);

const design = (spec) => ({ model: spec.model, knowledge: Boolean(spec.knowledge), retrieval: Boolean(spec.retrieval), tools: Boolean(spec.tools) });
const sameDesign = (a, b) => a.model === b.model && a.knowledge === b.knowledge && a.retrieval === b.retrieval && a.tools === b.tools;
const rate = (v, model) => ({ input: v[`${model}-input`], cached: v[`${model}-cached`], output: v[`${model}-output`] });

// The tokens of one request; a tool call takes two model calls.
export const tokens = (d, v) => {
  let prompt = d.model === "tuned" ? v["tuned-prompt-tokens"] : v["prompt-tokens"];
  if (d.knowledge) prompt = prompt + v["knowledge-tokens"];
  const cached = (prompt * v["cache-percent"]) / 100;
  const uncached = prompt - cached + v["request-tokens"] + (d.retrieval ? v["added-tokens"] : 0);
  const calls = d.tools ? 2 : 1;
  return {
    cached: cached * calls,
    uncached: uncached * calls + (d.tools ? v["added-tokens"] : 0),
    output: v["output-tokens"],
    embedded: d.retrieval ? v["request-tokens"] : 0,
  };
};

// What a design costs at the figures: per request, and a month with what it pays at any volume.
export const estimate = (d, v, days) => {
  const r = rate(v, d.model);
  const used = tokens(d, v);
  const generation = (used.uncached * r.input + used.cached * r.cached + used.output * r.output) / MILLION;
  const batchFactor = 1 - (v["batch-percent"] / 100) * (v["batch-discount"] / 100);
  const perRequest = generation * batchFactor + (used.embedded * v["embedding-price"]) / MILLION;
  const tuned = d.model === "tuned";
  const training = tuned ? (v["training-runs"] * v["training-tokens"] * v["epochs"] * v["training-price"]) / MILLION / MONTHS : 0;
  const tunedHosting = tuned ? v["tuned-hosting"] : 0;
  const indexHosting = d.retrieval ? v["index-hosting"] : 0;
  const monthly = v["requests-per-day"] * days * perRequest + training + tunedHosting + indexHosting;
  return { design: d, tokens: used, rate: r, batchFactor, perRequest, training, tunedHosting, indexHosting, monthly };
};

const fixedOf = (e) => e.training + e.tunedHosting + e.indexHosting;

// Where a tuned small model starts to cost less than the large one, for one design: requests a
// day, null when it never does, 0 when it does at any volume.
export const breakEven = (d, v, days) => {
  const large = estimate({ ...d, model: "large" }, v, days);
  const tuned = estimate({ ...d, model: "tuned" }, v, days);
  const saving = large.perRequest - tuned.perRequest;
  if (saving <= 0) return { large, tuned, volume: null };
  const volume = (fixedOf(tuned) - fixedOf(large)) / (days * saving);
  return { large, tuned, volume: Math.max(volume, 0) };
};

// The design of a result of several parts: the model furthest along MODELS, every addition.
const combined = (designs) => {
  if (!designs.length) return null;
  const model = designs.map((d) => d.model).reduce((a, b) => (MODELS.indexOf(b) > MODELS.indexOf(a) ? b : a));
  return { model, knowledge: designs.some((d) => d.knowledge), retrieval: designs.some((d) => d.retrieval), tools: designs.some((d) => d.tools) };
};

// A result (its parts' outcome ids; null for none) priced beside its rival verdicts, with the
// break-even and, at the reader's own figures, where they contradict the answers (question id ->
// option ids given).
export const compareCosts = (data, v, parts = null, rivals = [], answers = {}) => {
  const days = data["days-per-month"];
  const families = Object.fromEntries(Object.entries(data.families).map(([id, spec]) => [id, design(spec)]));
  const chosen = parts === null ? null : combined(parts.map((p) => data.outcomes[p]).filter(Boolean).map((f) => families[f]));
  const candidates = parts === null ? Object.entries(families) : rivals.map((r) => data.verdicts[r]).filter(Boolean).map((f) => [f, families[f]]);
  const rows = chosen ? [{ key: CHOSEN, estimate: estimate(chosen, v, days) }] : [];
  for (const [key, d] of candidates) if (rows.every((r) => !sameDesign(r.estimate.design, d))) rows.push({ key, estimate: estimate(d, v, days) });
  const basis = chosen || design({ model: "large" });
  const even = breakEven({ ...basis, model: "large" }, v, days);
  const example = isExample(data, v);
  const findings = example ? [] : findingsOf(data, families, v, days, chosen, even, answers);
  return { values: v, days, example, forResult: parts !== null, rows, breakEven: even, findings };
};

const findingsOf = (data, families, v, days, chosen, even, answers) => {
  const given = new Set(Object.entries(answers).flatMap(([q, options]) => options.map((o) => `${q}=${o}`)));
  const found = [];
  for (const [check, rule] of Object.entries(data.checks)) {
    const matched = rule.answers.find((a) => given.has(a));
    if (matched === undefined) continue;
    const answer = matched.split("=");
    if (check === "small-bill") {
      const large = estimate(families.prompting, v, days).monthly;
      if (large < rule.limit) found.push({ check, answer, figures: { amount: large, limit: rule.limit } });
    } else if (check === "long-context-dear") {
      const long = estimate(families["long-context"], v, days).monthly;
      const rag = estimate(families.rag, v, days).monthly;
      if (long > rule.factor * rag) found.push({ check, answer, figures: { long, rag, factor: rule.factor } });
    }
  }
  if (chosen && chosen.model === "tuned") {
    const requests = v["requests-per-day"];
    if (even.volume === null) found.push({ check: "never-breaks-even", answer: null, figures: { requests } });
    else if (requests < even.volume) found.push({ check: "below-break-even", answer: null, figures: { requests, volume: even.volume } });
  }
  return found;
};
