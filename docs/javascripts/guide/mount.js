/* The guide's widgets, declared in the markup and mounted from mkdocs-material's document$,
   which fires on the first load and after every instant navigation. Mounting is idempotent,
   and one broken widget never takes the page down: it is logged and its text version stays. */

import { fromLocation } from "./location.js";
import { wire } from "./actions.js";
import { mountCitations } from "./citation.js";
import { mountQuiz } from "./quiz.js";

const mountAll = () => {
  safely("page", () => {
    nameSearchDialog();
    unmarkCodeToolbars();
    for (const table of document.querySelectorAll("[data-dt-table]")) new ResizeObserver(() => scrollRegion(table)).observe(table);
    plainSearchTitles();
  });
  for (const root of document.querySelectorAll("[data-dt-quiz]:not([data-dt-mounted])")) {
    root.setAttribute("data-dt-mounted", "");
    safely("quiz", () => mountQuiz(root, wire, fromLocation), () => keepTextVersion(root));
  }
  safely("citations", mountCitations);
};

// Run a mount; if it fails, now or in the promise it returns, log it and recover.
const safely = (name, mount, recover = () => {}) => {
  const fail = (error) => {
    console.error(`decision tree ${name}: kept the text version because it failed to start:`, error);
    recover();
  };
  try {
    const started = mount();
    if (started && typeof started.catch === "function") started.catch(fail);
  } catch (error) {
    fail(error);
  }
};

const keepTextVersion = (root) => {
  root.classList.remove("dt-quiz--mounted");
  const app = root.querySelector("[data-dt-part=app]");
  if (app) app.hidden = true;
};

// The search dialog has no accessible name; borrow its input's label.
const nameSearchDialog = () => {
  const dialog = document.querySelector(".md-search[role=dialog]");
  const input = dialog && dialog.querySelector("input[aria-label]");
  if (input && !dialog.hasAttribute("aria-label")) dialog.setAttribute("aria-label", input.getAttribute("aria-label"));
};

// A generated table wider than the screen scrolls in its box (the theme's wrapper): a region the
// keyboard can reach and scroll, named as scrolling; one that fits is left plain.
const scrollRegion = (table) => {
  const box = table.closest(".md-typeset__scrollwrap") || table.parentElement;
  const scrolls = box.scrollWidth > box.clientWidth + 1;
  for (const [name, value] of [["role", "region"], ["tabindex", "0"], ["aria-label", table.dataset.dtLabel]]) {
    if (scrolls) box.setAttribute(name, value);
    else box.removeAttribute(name);
  }
};

// Chinese is cut into words for search with zero-width spaces (U+200B), which the results would
// show, and a reader copy, in their titles: the results drawn are rid of them.
const WORD_BREAK = /\u200b/g;
const plainSearchTitles = () => {
  const list = document.querySelector(".md-search-result__list");
  if (!list || list.dataset.dtPlain !== undefined) return; // the header, and its search, outlive instant navigation
  list.dataset.dtPlain = "";
  new MutationObserver(() => {
    const walker = document.createTreeWalker(list, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      if (text.data.includes("\u200b")) text.data = text.data.replace(WORD_BREAK, "");
    }
  }).observe(list, { childList: true, subtree: true });
};

// The theme wraps each code block's buttons in an unnamed <nav>: controls, not a landmark.
const unmarkCodeToolbars = () => {
  for (const nav of document.querySelectorAll("nav.md-code__nav:not([role])")) nav.setAttribute("role", "none");
};

if (window.document$) window.document$.subscribe(mountAll);
else if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", mountAll);
else mountAll();
