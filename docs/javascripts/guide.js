/* The guide's widgets, declared in the markup and mounted from mkdocs-material's document$,
   which fires on the first load and after every instant navigation.

   The quiz walks the tree data the page carries (data-tree) with the same rules as
   decision_tree/engine.py; every text it shows comes from the page (the skeleton, the data,
   or the templates in data-texts). Its state is the list of answers; the screen, the
   diagram's highlight and the URL fragment are derived from it. */
(() => {
  "use strict";

  const MAX_FRAGMENT = 2000; // a real permalink is a few hundred characters; longer is refused unread
  const MAX_CLIP = 60; // longest piece of a link quoted back in a notice
  const MAX_PROBLEMS = 5;

  // Mounting ----------------------------------------------------------------------------

  const mountAll = () => {
    nameSearchDialog();
    unmarkCodeToolbars();
    for (const root of document.querySelectorAll("[data-dt-quiz]")) mountOnce(root);
  };

  // One broken quiz must not take the page down: log it and keep the text version showing.
  const mountOnce = (root) => {
    if (root.hasAttribute("data-dt-mounted")) return;
    root.setAttribute("data-dt-mounted", "");
    try {
      mountQuiz(root);
    } catch (error) {
      console.error("decision tree quiz: kept the text version because the quiz failed to start:", error);
      root.classList.remove("dt-quiz--mounted");
      const app = root.querySelector("[data-dt-part=app]");
      if (app) app.hidden = true;
    }
  };

  // The search dialog has no accessible name; borrow its input's label.
  const nameSearchDialog = () => {
    const dialog = document.querySelector(".md-search[role=dialog]");
    const input = dialog && dialog.querySelector("input[aria-label]");
    if (input && !dialog.hasAttribute("aria-label")) dialog.setAttribute("aria-label", input.getAttribute("aria-label"));
  };

  // The theme wraps each code block's buttons in an unnamed <nav>: controls, not a landmark.
  const unmarkCodeToolbars = () => {
    for (const nav of document.querySelectorAll("nav.md-code__nav:not([role])")) nav.setAttribute("role", "none");
  };

  const mountQuiz = (root) => {
    const data = JSON.parse(root.dataset.tree);
    const quiz = {
      root,
      tree: { data, questions: byId(data.questions), outcomes: byId(data.outcomes) },
      texts: JSON.parse(root.dataset.texts),
      ui: parts(root),
      answers: [], // [question id, option id] pairs, in the order asked: the state
      draft: new Map(), // answers given before, to pre-select when a question comes back
      returning: false, // after Change: Continue keeps the later answers that still apply
    };
    wire(quiz);
    root.classList.add("dt-quiz--mounted");
    quiz.ui.app.hidden = false;
    fromLocation(quiz, false);
  };

  const byId = (items) => new Map(items.map((item) => [item.id, item]));

  const parts = (root) => {
    const ui = {};
    for (const el of root.querySelectorAll("[data-dt-part]")) ui[el.dataset.dtPart] = el;
    return ui;
  };

  // Engine (mirrors decision_tree/engine.py) --------------------------------------------

  const isQuestion = (node) => Array.isArray(node.options);

  // Follow the answers from the start as far as they go: the steps and the node reached.
  const walk = (tree, answers) => {
    const steps = [];
    let node = tree.questions.get(tree.data.start);
    while (isQuestion(node) && answers.has(node.id)) {
      const option = node.options.find((o) => o.id === answers.get(node.id));
      if (!option) break;
      steps.push({ question: node, option });
      node = tree.questions.get(option.next) || tree.outcomes.get(option.next);
    }
    return { steps, node };
  };

  // For each answer on the path, where each other option leads if only that answer changed.
  const alternatives = (tree, steps) =>
    steps.flatMap(({ question, option: chosen }) =>
      question.options
        .filter((option) => option.id !== chosen.id)
        .map((option) => ({ question, option, ...walk(tree, answersOf(steps).set(question.id, option.id)) })),
    );

  // The most questions left on any path from a node, itself included.
  const depth = (tree, id) => {
    const question = tree.questions.get(id);
    return question ? 1 + Math.max(...question.options.map((o) => depth(tree, o.next))) : 0;
  };

  const answersOf = (steps) => new Map(steps.map((s) => [s.question.id, s.option.id]));
  const pairsOf = (steps) => steps.map((s) => [s.question.id, s.option.id]);

  // Permalinks (mirrors decision_tree/permalink.py) -------------------------------------

  const fragment = (tree, steps) =>
    ["v=" + tree.data.tree_version, ...steps.map((s) => s.question.id + "=" + s.option.id)].join("&");

  const siteRoot = (tree) => new URL(tree.data.links.root, location.href).href;
  const permalink = (tree, steps) => new URL(tree.data.links.quiz, location.href).href + "#" + fragment(tree, steps);

  // Read a fragment: the answers that still make a path, and what was wrong with the rest.
  const readFragment = (tree, hash) => {
    if (hash.length > MAX_FRAGMENT) return { answers: [], problems: [["notice-too-long", { length: hash.length }]] };
    const problems = [];
    const given = new Map();
    for (const part of hash.split("&").filter(Boolean)) {
      const [key, value] = split(part);
      if (key === null) problems.push(["notice-unreadable", { part: clip(part) }]);
      else if (given.has(key)) problems.push(["notice-duplicate", { question: titleOf(tree, key) }]);
      else given.set(key, value);
    }
    const version = given.get("v");
    given.delete("v");
    const { steps } = walk(tree, given);
    problems.push(...strayAnswers(tree, given, steps));
    return { answers: pairsOf(steps), problems: versionProblems(tree, version).concat(problems) };
  };

  const split = (part) => {
    const at = part.indexOf("=");
    if (at < 1) return [null, null];
    try {
      return [decode(part.slice(0, at)), decode(part.slice(at + 1))];
    } catch {
      return [null, null];
    }
  };

  const decode = (text) => decodeURIComponent(text.replace(/\+/g, " "));
  // A piece of a link quoted back: control and invisible format characters (bidi overrides among
  // them, which could reverse the rest of the notice) shown as U+FFFD, and at most MAX_CLIP characters.
  const clip = (text) => {
    const chars = [...text.replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, "\uFFFD")];
    return chars.length > MAX_CLIP ? chars.slice(0, MAX_CLIP - 1).join("") + "\u2026" : chars.join("");
  };
  const titleOf = (tree, id) => (tree.questions.has(id) ? tree.questions.get(id).title : clip(id));

  // Answers the walk did not use: unknown questions, unknown answers, or off the path.
  const strayAnswers = (tree, given, steps) => {
    const used = new Set(steps.map((s) => s.question.id));
    const problems = [];
    for (const [key, value] of given) {
      const question = tree.questions.get(key);
      if (used.has(key)) continue;
      if (!question) problems.push(["notice-unknown-question", { question: clip(key) }]);
      else if (!question.options.some((o) => o.id === value))
        problems.push(["notice-unknown-answer", { question: question.title, answer: clip(value) }]);
      else problems.push(["notice-off-path", { question: question.title }]);
    }
    return problems;
  };

  const versionProblems = (tree, version) => {
    const current = tree.data.tree_version;
    if (version === String(current)) return [];
    if (version === undefined) return [["notice-no-version", {}]];
    if (!/^(0|[1-9][0-9]{0,5})$/.test(version)) return [["notice-bad-version", { version: clip(version) }]];
    const changes = tree.data.history
      .filter((change) => change.version > Number(version))
      .map((change) => ["notice-history", change]);
    return [["notice-other-version", { version: Number(version), current }], ...changes];
  };

  // Rendering ---------------------------------------------------------------------------

  const fill = (template, values) => template.replace(/\{(\w+)\}/g, (_, name) => String(values[name]));
  const text = (quiz, name, values = {}) => fill(quiz.texts[name], values);

  const make = (tag, attributes = {}, content = []) => {
    const el = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    el.append(...[].concat(content));
    return el;
  };

  // Everything on screen, in the diagram and in the URL follows from the answers.
  const render = (quiz, focus, rewrite = true) => {
    const { ui } = quiz;
    const { steps, node } = walk(quiz.tree, new Map(quiz.answers));
    const atResult = !isQuestion(node);
    quiz.root.dataset.dtState = atResult ? "result" : "question";
    ui.step.hidden = atResult;
    ui.result.hidden = !atResult;
    (atResult ? showResult : showQuestion)(quiz, steps, node);
    showSummary(quiz, steps);
    highlight(quiz, steps, node);
    if (rewrite) writeLocation(quiz, steps);
    if (focus) (atResult ? ui.title : ui.question).focus();
  };

  const showQuestion = (quiz, steps, question) => {
    const { ui } = quiz;
    const most = steps.length + depth(quiz.tree, question.id);
    ui.progress.textContent = text(quiz, "progress", { number: steps.length + 1, most });
    ui.question.textContent = question.text;
    ui.why.textContent = question.why;
    showError(quiz, false);
    const chosen = quiz.draft.get(question.id);
    ui.options.replaceChildren(...question.options.map((option) => radio(option, option.id === chosen)));
    ui.back.hidden = steps.length === 0;
  };

  const radio = (option, checked) => {
    const id = "dt-quiz-answer-" + option.id;
    const input = make("input", { type: "radio", name: "dt-quiz-answer", id, value: option.id });
    input.checked = checked;
    return make("div", { class: "dt-option" }, [input, make("label", { for: id }, option.label)]);
  };

  // GOV.UK pattern: the message sits in the fieldset and describes it.
  const showError = (quiz, on) => {
    const { ui } = quiz;
    ui.error.hidden = !on;
    ui.fieldset.classList.toggle("dt-fieldset--error", on);
    ui.fieldset.setAttribute("aria-describedby", (on ? ui.error.id + " " : "") + ui.why.id);
    if (on) ui.options.querySelector("input").focus();
  };

  const showResult = (quiz, steps, outcome) => {
    const { ui, tree } = quiz;
    const { data } = tree;
    Object.assign(ui.result.dataset, { outcome: outcome.id, verdict: outcome.verdict });
    ui.title.textContent = outcome.title;
    ui.verdict.textContent = data.verdicts[outcome.verdict];
    ui.headline.textContent = outcome.headline;
    fillList(ui.reasons, reasonsOf(steps, outcome));
    fillList(ui.caveats, outcome.caveats);
    fillList(ui["next-steps"], outcome.next_steps);
    const links = data.links.conclusions;
    fillList(ui.conclusions, conclusionsOf(tree, outcome).map((c) => make("a", { href: links[c.id] }, c.title)));
    fillList(ui.sources, sourcesOf(tree, outcome).map((s) => [s.citation + ", ", make("a", { href: s.url }, s.title)]));
    fillList(ui.alternatives, alternatives(tree, steps).map((a) => alternativeItem(quiz, a)));
    ui.version.textContent = text(quiz, "version", { guide: data.guide_version, tree: data.tree_version });
    ui.permalink.href = ui.permalink.textContent = permalink(tree, steps);
    ui["copy-box"].hidden = true;
    announce(quiz, text(quiz, "announce-result", { outcome: outcome.title, headline: outcome.headline }));
  };

  const reasonsOf = (steps, outcome) => [...steps.map((s) => s.option.rationale), ...outcome.reasons];
  const lookUp = (items, ids) => ids.map((id) => items.find((item) => item.id === id)).filter(Boolean);
  const conclusionsOf = (tree, outcome) => lookUp(tree.data.conclusions, outcome.conclusions);
  const sourcesOf = (tree, outcome) => lookUp(tree.data.sources, outcome.sources);

  // A list and its heading are hidden together when there is nothing to list.
  const fillList = (list, items) => {
    list.replaceChildren(...items.map((item) => make("li", {}, item)));
    list.parentElement.hidden = items.length === 0;
  };

  // One "what would change this" line: a link to the changed answers, then where they lead.
  const alternativeItem = (quiz, { question, option, steps, node }) => {
    const ends = isQuestion(node) ? { "data-next-question": node.id } : { "data-outcome": node.id };
    const link = { href: "#" + fragment(quiz.tree, steps), "data-dt-action": "alternative" };
    const ids = { "data-question": question.id, "data-option": option.id };
    const change = text(quiz, "alternative", { question: question.title, answer: option.label });
    const leads = isQuestion(node)
      ? text(quiz, "leads-to-question", { next: node.text })
      : text(quiz, "leads-to-outcome", { outcome: node.title });
    return [make("a", { ...link, ...ids, ...ends }, change), leads];
  };

  const showSummary = (quiz, steps) => {
    const { ui } = quiz;
    ui.answers.replaceChildren(...steps.map((step, index) => summaryRow(quiz, step, index)));
    ui.summary.hidden = steps.length === 0;
    ui.restart.hidden = steps.length === 0 && quiz.draft.size === 0;
  };

  const summaryRow = (quiz, { question, option }, index) => {
    const hidden = make("span", { class: "dt-visually-hidden" }, text(quiz, "change-hidden", { question: question.title }));
    const button = { type: "button", class: "dt-link", "data-dt-action": "change", "data-index": index };
    const change = make("button", button, [text(quiz, "change"), hidden]);
    const row = [make("dt", {}, question.title), make("dd", {}, option.label), make("dd", { class: "dt-change" }, change)];
    return make("div", { class: "dt-answer", "data-question": question.id, "data-option": option.id }, row);
  };

  // The path so far, for the diagram's script (diagram.js) to show.
  const highlight = (quiz, steps, node) => {
    const detail = {
      nodes: steps.map((s) => s.question.id).concat(node.id),
      edges: pairsOf(steps),
      current: node.id,
      state: isQuestion(node) ? "question" : "result",
    };
    quiz.root.dispatchEvent(new CustomEvent("dt:path", { bubbles: true, detail }));
  };

  const announce = (quiz, message) => {
    quiz.ui.live.textContent = "";
    requestAnimationFrame(() => (quiz.ui.live.textContent = message));
  };

  // What was wrong with a link, then where its reader ends up.
  const showNotices = (quiz, problems) => {
    const versionOnly = problems.every(([name]) => name === "notice-other-version" || name === "notice-history");
    const items = problems.slice(0, MAX_PROBLEMS).map(([name, values]) => text(quiz, name, values));
    if (problems.length > MAX_PROBLEMS) items.push(text(quiz, "notice-more", { count: problems.length - MAX_PROBLEMS }));
    items.push(whereNow(quiz, versionOnly));
    const list = make("ul", {}, items.map((item) => make("li", {}, item)));
    const title = text(quiz, versionOnly ? "notice-title-version" : "notice-title");
    quiz.ui.notice.replaceChildren(make("p", { class: "dt-notice-title" }, title), list);
  };

  const whereNow = (quiz, versionOnly) => {
    const { steps, node } = walk(quiz.tree, new Map(quiz.answers));
    const current = quiz.tree.data.tree_version;
    if (versionOnly) return text(quiz, isQuestion(node) ? "notice-still-valid" : "notice-recomputed", { current });
    return text(quiz, steps.length ? "notice-resumed" : "notice-restarted");
  };

  // The URL -----------------------------------------------------------------------------

  // Replace, never push: the browser's Back button leaves the quiz instead of replaying it.
  // A plain anchor (no '=') is left alone until the reader answers something.
  const writeLocation = (quiz, steps) => {
    const isState = location.hash.includes("=");
    if (!steps.length && !isState) return;
    const target = steps.length ? "#" + fragment(quiz.tree, steps) : location.pathname + location.search;
    if (location.hash === target) return;
    history.replaceState(history.state, "", target);
  };

  // On an edited fragment (focus set) the address is left as typed: with instant navigation on,
  // the theme reloads the page for it, and the fresh quiz must see the same link to explain it.
  const fromLocation = (quiz, focus) => {
    const hash = location.hash.slice(1);
    const { answers, problems } = hash.includes("=") ? readFragment(quiz.tree, hash) : { answers: [], problems: [] };
    Object.assign(quiz, { answers, draft: new Map(answers), returning: false });
    render(quiz, focus, !focus);
    if (problems.length) showNotices(quiz, problems);
    else quiz.ui.notice.replaceChildren();
  };

  // Actions -----------------------------------------------------------------------------

  const update = (quiz, changes) => {
    Object.assign(quiz, changes);
    quiz.ui.notice.replaceChildren();
    render(quiz, true);
  };

  const onContinue = (quiz) => {
    const picked = quiz.ui.options.querySelector("input:checked");
    if (!picked) return showError(quiz, true);
    const { node } = walk(quiz.tree, new Map(quiz.answers));
    quiz.draft.set(node.id, picked.value);
    const given = quiz.returning ? quiz.draft : new Map(quiz.answers).set(node.id, picked.value);
    update(quiz, { answers: pairsOf(walk(quiz.tree, given).steps), returning: false });
  };

  const change = (quiz, index) => {
    for (const [question, option] of quiz.answers) quiz.draft.set(question, option);
    update(quiz, { answers: quiz.answers.slice(0, index), returning: true });
  };

  // Apply one "what would change this" line: exactly the current answers with one changed.
  const applyAlternative = (quiz, el) => {
    const given = new Map(quiz.answers).set(el.dataset.question, el.dataset.option);
    for (const [question, option] of given) quiz.draft.set(question, option);
    update(quiz, { answers: pairsOf(walk(quiz.tree, given).steps), returning: false });
  };

  const copy = async (quiz, value, done) => {
    const { ui } = quiz;
    try {
      await navigator.clipboard.writeText(value);
      ui["copy-box"].hidden = true;
      announce(quiz, text(quiz, done));
    } catch {
      ui["copy-box"].hidden = false;
      ui["copy-text"].value = value;
      ui["copy-text"].focus();
      ui["copy-text"].select();
      announce(quiz, text(quiz, "copy-failed"));
    }
  };

  const currentResult = (quiz) => walk(quiz.tree, new Map(quiz.answers));

  const ACTIONS = {
    back: (quiz) => update(quiz, { answers: quiz.answers.slice(0, -1), returning: false }),
    restart: (quiz) => update(quiz, { answers: [], draft: new Map(), returning: false }),
    change: (quiz, el) => change(quiz, Number(el.dataset.index)),
    alternative: applyAlternative,
    "copy-link": (quiz) => copy(quiz, permalink(quiz.tree, currentResult(quiz).steps), "copied-link"),
    "copy-snippet": (quiz) => {
      const { steps, node } = currentResult(quiz);
      copy(quiz, markdown(quiz, steps, node), "copied-snippet");
    },
    print: () => window.print(),
  };

  // A link clicked to open in a new tab or window is left to the browser.
  const opensElsewhere = (event) => event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey;

  const wire = (quiz) => {
    const { root, ui } = quiz;
    ui.step.addEventListener("submit", (event) => {
      event.preventDefault();
      onContinue(quiz);
    });
    root.addEventListener("click", (event) => {
      const el = event.target.closest("[data-dt-action]");
      if (!el || !root.contains(el) || (el.href && opensElsewhere(event))) return;
      event.preventDefault();
      event.stopPropagation(); // the quiz's own links are not page navigation (instant navigation would take them)
      ACTIONS[el.dataset.dtAction](quiz, el);
    });
    const onHashChange = () => {
      if (!root.isConnected) return window.removeEventListener("hashchange", onHashChange);
      if (location.hash.includes("=")) fromLocation(quiz, true);
    };
    window.addEventListener("hashchange", onHashChange);
    const onGoto = (event) => {
      if (!root.isConnected) return document.removeEventListener("dt:goto", onGoto);
      const index = quiz.answers.findIndex(([question]) => question === event.detail.question);
      if (index >= 0) change(quiz, index);
    };
    document.addEventListener("dt:goto", onGoto);
  };

  // The snippet (mirrors decision_markdown in decision_tree/render/report.py) -----------

  const markdown = (quiz, steps, outcome) => {
    const { data } = quiz.tree;
    const t = (name, values) => text(quiz, name, values);
    const section = (name, items) =>
      items.length ? ["", t("md-heading", { title: t(name) }), "", ...items.map((item) => t("md-item", { text: item }))] : [];
    const root = siteRoot(quiz.tree).replace(/\/+$/, "") + "/";
    const lines = [
      t("md-title", { outcome: outcome.title }), "",
      t("md-verdict", { verdict: data.verdicts[outcome.verdict] }), outcome.headline, "",
      t("md-heading", { title: t("md-answers") }), "",
      ...steps.map((s, n) => t("md-answer", { number: n + 1, question: s.question.text, answer: s.option.label })),
      ...section("md-why", reasonsOf(steps, outcome)),
      ...section("md-caveats", outcome.caveats),
      ...section("md-conclusions", conclusionsOf(quiz.tree, outcome).map((c) => t("md-conclusion", { ...c, url: root + c.path }))),
      ...section("md-sources", sourcesOf(quiz.tree, outcome).map((s) => t("md-source", s))),
      "", t("md-guide", { title: data.title, guide: data.guide_version, tree: data.tree_version }),
      t("md-permalink", { url: permalink(quiz.tree, steps) }),
    ];
    return lines.join("\n") + "\n";
  };

  if (window.document$) window.document$.subscribe(mountAll);
  else if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", mountAll);
  else mountAll();
})();
