/* Keeping a result: the clipboard (plain text that reads as Markdown, and the same as HTML so a
   wiki or document editor keeps headings, lists and links), files to download, and feedback a
   reader can see (the button says "Copied", the theme's toast shows) and hear (a live region). */

import { make } from "./dom.js";

const FEEDBACK_MS = 2000; // as long as the theme's own toast

// Copy text, with an HTML version when the browser takes one; rejects when copying is refused.
export const copy = async (plain, html = "") => {
  if (html && window.ClipboardItem && navigator.clipboard && navigator.clipboard.write) {
    const item = new ClipboardItem({
      "text/plain": new Blob([plain], { type: "text/plain" }),
      "text/html": new Blob([html], { type: "text/html" }),
    });
    return navigator.clipboard.write([item]);
  }
  if (!navigator.clipboard) throw new Error("no clipboard");
  return navigator.clipboard.writeText(plain);
};

// Offer text as a file to save.
export const download = (name, text, type = "text/markdown") => {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = make("a", { href: url, download: name, hidden: "" });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
};

// Show that it worked: the button says so over its own label, which keeps the button's width, so
// nothing beside it moves; the theme's toast (clear of the buttons); and the live region.
export const confirm = (button, label, message, live) => {
  if (!button.classList.contains("dt-button--done")) {
    const done = make("span", { class: "dt-done-label" }, label);
    button.classList.add("dt-button--done");
    button.append(done);
    setTimeout(() => {
      done.remove();
      button.classList.remove("dt-button--done");
    }, FEEDBACK_MS);
  }
  if (window.alert$ && typeof window.alert$.next === "function") {
    placeToast(button.parentElement);
    window.alert$.next(message);
  }
  if (live) announce(live, message);
};

// The toast shows at the bottom of the screen, in about its lowest 7rem; buttons there would be
// under it, so then it shows at the top, below the header.
const TOAST_ZONE_REM = 7;
const placeToast = (buttons) => {
  const toast = document.querySelector(".md-dialog");
  const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
  const low = buttons.getBoundingClientRect().bottom > window.innerHeight - TOAST_ZONE_REM * rem;
  if (toast) toast.classList.toggle("dt-dialog--top", low);
};

// A polite message for screen readers (cleared first so a repeat is read again).
export const announce = (live, message) => {
  live.textContent = "";
  requestAnimationFrame(() => (live.textContent = message));
};

// Markdown as the snippet writes it, as HTML: headings, bold lines, lists, paragraphs with
// hard breaks, links, bold and italic. Built as elements, then serialised.
export const markdownHtml = (markdown) => {
  const root = make("div");
  for (const block of markdown.trim().split(/\n{2,}/)) root.append(blockElement(block.split("\n")));
  return root.getHTML ? root.getHTML() : new XMLSerializer().serializeToString(root);
};

const blockElement = (lines) => {
  const heading = lines.length === 1 && /^(#{1,6}) (.*)$/.exec(lines[0]);
  if (heading) return make("h" + heading[1].length, {}, inline(heading[2]));
  const bold = lines.length === 1 && /^\*\*([^*]+)\*\*$/.exec(lines[0]);
  if (bold) return make("h4", {}, inline(bold[1]));
  if (lines.every((line) => line.startsWith("- "))) return make("ul", {}, lines.map((line) => make("li", {}, inline(line.slice(2)))));
  if (lines.every((line) => /^\d+\. /.test(line)))
    return make("ol", {}, lines.map((line) => make("li", {}, inline(line.replace(/^\d+\. /, "")))));
  const content = lines.flatMap((line, index) => {
    const text = inline(line.replace(/ {2}$/, ""));
    return index < lines.length - 1 ? [...text, line.endsWith("  ") ? make("br") : " "] : text;
  });
  return make("p", {}, content);
};

const INLINE = /\[([^\]]+)\]\(([^)\s]+)\)|<([a-z][a-z0-9+.-]*:[^>\s]+)>|\*\*([^*]+)\*\*|\*([^*]+)\*/gi;

// Inline Markdown as text and elements; only http(s) addresses become links.
const inline = (text) => {
  const found = [];
  let at = 0;
  for (const match of text.matchAll(INLINE)) {
    found.push(text.slice(at, match.index));
    const [, label, href, auto, strong, emphasis] = match;
    if (label !== undefined) found.push(link(href, label));
    else if (auto !== undefined) found.push(link(auto, auto));
    else if (strong !== undefined) found.push(make("strong", {}, strong));
    else found.push(make("em", {}, emphasis));
    at = match.index + match[0].length;
  }
  found.push(text.slice(at));
  return found.filter((piece) => piece !== "");
};

const link = (href, label) => (/^https?:\/\//i.test(href) ? make("a", { href }, label) : label);
