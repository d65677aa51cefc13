/* The diagram on paper: A4 landscape pages of its own (diagram.css names them), with every label
   at least 8 pt.

   The whole drawing on one such page would shrink its labels below that, so as the page is
   printed the drawing is cut into the fewest equal parts that keep them legible, each part a copy
   of the drawing seen through its own window (an SVG viewBox), on a page of its own and captioned
   with its place; neighbouring parts overlap a little, so that a box cut at the edge of one is
   whole on the other. After printing, the parts are removed. Without JavaScript the drawing prints
   as it is, scaled to the page's width. */

const MM = 96 / 25.4; // CSS px in a millimetre
const PAGE = { width: 297 * MM, height: 210 * MM }; // A4 landscape
const MARGIN = 10 * MM; // diagram.css: @page diagram
const CAPTION = 14 * MM; // room for the part's caption, with its line height and margin
const SMALLEST_LABEL = (8 / 72) * 96; // 8 pt, in CSS px
const OVERLAP = 48; // drawing units shared by neighbouring parts
const SVG = "http://www.w3.org/2000/svg";

const printParts = () => {
  for (const figure of document.querySelectorAll("[data-dt-figure]")) {
    const svg = figure.querySelector("[data-dt-diagram] svg");
    if (!svg || figure.querySelector(".dt-print-parts")) continue;
    const texts = JSON.parse(figure.dataset.dtTexts);
    const parts = document.createElement("div");
    parts.className = "dt-print-parts";
    parts.setAttribute("aria-hidden", "true");
    const windows = cut(svg);
    windows.forEach((box, index) => parts.append(part(svg, box, fill(texts["diagram-print-part"], { number: index + 1, count: windows.length }))));
    figure.querySelector("[data-dt-diagram]").after(parts);
  }
};

const removeParts = () => {
  for (const parts of document.querySelectorAll(".dt-print-parts")) parts.remove();
};

// The windows onto the drawing: the fewest columns and rows at which its smallest label still
// prints at 8 pt on the page, each as large as the page allows.
const cut = (svg) => {
  const { x, y, width, height } = svg.viewBox.baseVal;
  const smallest = Math.min(...[...svg.querySelectorAll("text[font-size]")].map((t) => Number(t.getAttribute("font-size"))).filter(Boolean), 14);
  const scale = SMALLEST_LABEL / smallest;
  const room = { width: PAGE.width - 2 * MARGIN, height: PAGE.height - 2 * MARGIN - CAPTION };
  const columns = count(width, scale, room.width);
  const rows = count(height, scale, room.height);
  const step = { width: width / columns, height: height / rows };
  const windows = [];
  for (let row = 0; row < rows; row += 1) {
    for (let column = 0; column < columns; column += 1) {
      const left = Math.max(x, x + column * step.width - OVERLAP);
      const top = Math.max(y, y + row * step.height - OVERLAP);
      const right = Math.min(x + width, x + (column + 1) * step.width + OVERLAP);
      const bottom = Math.min(y + height, y + (row + 1) * step.height + OVERLAP);
      windows.push({ x: left, y: top, width: right - left, height: bottom - top, room });
    }
  }
  return windows;
};

// How many parts a length needs so that each, with its overlaps, prints within the room at the scale.
const count = (length, scale, room) => {
  let parts = 1;
  while ((length / parts + (parts > 1 ? 2 * OVERLAP : 0)) * scale > room) parts += 1;
  return parts;
};

// One part: its caption, then the drawing's copy (its ids left out: they belong to the original)
// through the part's window, as large as the page's room allows.
const part = (svg, box, caption) => {
  const scale = Math.min(box.room.width / box.width, box.room.height / box.height);
  const view = document.createElementNS(SVG, "svg");
  view.setAttribute("viewBox", `${box.x} ${box.y} ${box.width} ${box.height}`);
  view.setAttribute("width", String(Math.floor(box.width * scale)));
  view.setAttribute("height", String(Math.floor(box.height * scale)));
  const drawing = svg.querySelector("g").cloneNode(true);
  for (const element of [drawing, ...drawing.querySelectorAll("[id]")]) element.removeAttribute("id");
  view.append(drawing);
  const title = document.createElement("p");
  title.className = "dt-print-part-title";
  title.textContent = caption;
  const wrapper = document.createElement("div");
  wrapper.className = "dt-print-part";
  wrapper.append(title, view);
  return wrapper;
};

const fill = (template, values) => template.replace(/\{(\w+)\}/g, (_, name) => String(values[name]));

window.addEventListener("beforeprint", printParts);
window.addEventListener("afterprint", removeParts);
