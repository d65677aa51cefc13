/* Finished citations (mirrors decision_tree/render/citation.py): the guide on the "Cite this
   guide" page, and each documented conclusion on its page, in plain text, APA-like and BibTeX,
   with the reader's date as the access date, each with a Copy button. */

import { confirm, copy } from "./clipboard.js";
import { make, texts, today } from "./dom.js";

const BIBTEX_SPECIAL = /([\\{}%&$#_^~])/g;
const URL_SPECIAL = /([%#])/g;
const DOUBLED_STOP = /(?<=[?!])\./g; // a full stop after a name or title that ends a sentence itself

// The work cited in every format; `date` (YYYY-MM-DD) is the access date.
export const citations = (work, t, date = "") => {
  const guide = t("cite-guide-title", { title: work.title });
  const title = work.id ? t("cite-conclusion-title", { conclusion: work.conclusion, id: work.id, guide }) : guide;
  const versions = t("cite-versions", { guide: work.guide, tree: work.tree });
  const plain = t("cite-plain", { title, versions, url: work.url, accessed: date ? t("cite-accessed", { date }) : "" });
  const dated = { year: date ? date.slice(0, 4) : t("cite-no-year"), retrieved: date ? t("cite-retrieved", { date }) : "" };
  const apa = t(work.author ? "cite-apa" : "cite-apa-no-author", { author: work.author, title, versions, url: work.url, ...dated });
  return { plain: tidy(plain), apa: tidy(apa), bibtex: bibtex(work, t, date) };
};

const bibtex = (work, t, date) => {
  const versions = t("cite-versions", { guide: work.guide, tree: work.tree });
  const guide = t("cite-guide-title", { title: work.title });
  const note = work.id ? t("cite-note-conclusion", { id: work.id, guide, versions }) : versions;
  const fields = [
    ["title", "{" + escape(work.id ? work.conclusion : guide) + "}"],
    ["author", work.author ? "{" + escape(work.author) + "}" : ""],
    ["year", date.slice(0, 4)],
    ["howpublished", "\\url{" + work.url.replace(URL_SPECIAL, "\\$1") + "}"],
    ["note", escape(note)],
    ["urldate", date],
  ];
  const body = fields.filter(([, value]) => value).map(([name, value]) => `  ${name} = {${value}}`).join(",\n");
  return `@misc{${work.id || t("cite-key")},\n${body}\n}`;
};

const escape = (text) => text.replace(BIBTEX_SPECIAL, "\\$1");
const tidy = (text) => text.replace(DOUBLED_STOP, "");

export const mountCitations = () => {
  for (const block of document.querySelectorAll("[data-dt-cite]:not([data-dt-mounted])")) {
    mountBlock(block, texts(JSON.parse(block.dataset.texts)));
  }
  for (const data of document.querySelectorAll("[data-dt-cite-page]:not([data-dt-mounted])")) {
    data.setAttribute("data-dt-mounted", "");
    citeConclusions(JSON.parse(data.dataset.cite), texts(JSON.parse(data.dataset.texts)));
  }
};

// Fill in the reader's address and date, and let each format be copied.
const mountBlock = (block, t) => {
  block.setAttribute("data-dt-mounted", "");
  const work = JSON.parse(block.dataset.work);
  const found = citations({ ...work, url: new URL(work.url, location.href).href }, t, today());
  const live = block.querySelector("[data-dt-cite-live]");
  for (const code of block.querySelectorAll("[data-dt-cite-text]")) code.textContent = found[code.dataset.dtCiteText];
  for (const button of block.querySelectorAll("[data-dt-cite-copy]")) {
    button.hidden = false;
    button.addEventListener("click", () =>
      copy(found[button.dataset.dtCiteCopy]).then(
        () => confirm(button, t("copied"), t("cite-copied"), live),
        () => selectText(button.closest(".dt-cite-format").querySelector("code")),
      ),
    );
  }
};

// Where copying is refused, select the citation for the reader to copy.
const selectText = (element) => {
  const range = document.createRange();
  range.selectNodeContents(element);
  getSelection().removeAllRanges();
  getSelection().addRange(range);
};

// A "Cite this conclusion" fold at the end of each documented conclusion of the page.
const citeConclusions = ({ work, conclusions }, t) => {
  const root = new URL(work.url, location.href).href;
  for (const box of document.querySelectorAll(".conclusion[data-conclusion]")) {
    const conclusion = conclusions[box.dataset.conclusion];
    if (!conclusion || box.querySelector(".dt-cite-details")) continue;
    const cited = { ...work, url: root + conclusion.path, id: box.dataset.conclusion, conclusion: conclusion.title };
    const block = citationElement(cited, t);
    box.append(make("details", { class: "dt-cite-details" }, [make("summary", {}, t("cite-conclusion")), block]));
    mountBlock(block, t);
  }
};

// The same markup as citation_element in decision_tree/render/citation.py.
const citationElement = (work, t) => {
  const formats = ["plain", "apa", "bibtex"].map((kind) => {
    const label = t(`cite-${kind}-label`);
    const code = make("code", { "data-dt-cite-text": kind });
    const hidden = make("span", { class: "dt-visually-hidden" }, t("cite-copy-hidden", { format: label }));
    const button = make("button", { type: "button", class: "dt-button dt-cite-copy", "data-dt-cite-copy": kind, hidden: "" }, [make("span", {}, t("cite-copy")), hidden]);
    return make("div", { class: "dt-cite-format", "data-format": kind }, [make("p", { class: "dt-cite-label" }, label), make("pre", { class: "dt-cite-text" }, code), button]);
  });
  const live = make("p", { class: "dt-visually-hidden", "aria-live": "polite", "data-dt-cite-live": "" });
  return make("div", { class: "dt-cite no-copy", "data-dt-cite": "", "data-work": JSON.stringify(work) }, [...formats, live]);
};
