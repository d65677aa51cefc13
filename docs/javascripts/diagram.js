/* The diagram's behaviour, mounted from mkdocs-material's document$ (first load and every
   instant navigation), once per figure:

   - a "scroll sideways" hint and edge shadows while the drawing is wider than its box;
   - a full-screen view (a modal dialog the drawing moves into) with zoom and pan, by pointer
     and by keyboard;
   - the quiz's path, highlighted on the drawing and listed beside the question, from the
     quiz's "dt:path" events;
   - question nodes that jump the quiz to their question (a "dt:goto" event) on the quiz page.

   Every word it shows comes from the page (data-dt-texts or the drawing itself). DOM is built
   with createElement and textContent only. */

const NODE = "dt-node-";
const EDGE = "dt-edge-";
const TOUCH = window.matchMedia("(pointer: coarse)").matches; // a finger: bigger steps, and words for it
const ZOOM_STEP = TOUCH ? 1.6 : 1.25;
const ZOOM_MIN = 0.1;
const ZOOM_MAX = 3;
const DRAG_THRESHOLD = 4; // px a pointer moves before a press counts as a drag, not a click
const PAN_STEP = 80; // px an arrow key moves the drawing
const ZOOM_KEYS = { "+": "zoom-in", "=": "zoom-in", "-": "zoom-out", "\u2212": "zoom-out", 0: "fit", 1: "actual" };
const PAN_KEYS = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };

// Mounting ------------------------------------------------------------------------------

const mountAll = () => {
  whenIdle(addressesForPrint);
  for (const figure of document.querySelectorAll("[data-dt-figure]:not([data-dt-mounted])")) {
    figure.setAttribute("data-dt-mounted", "");
    try {
      mountFigure(figure);
    } catch (error) {
      console.error("decision tree diagram: the drawing stays as it is because its controls failed to start:", error);
    }
  }
};

const mountFigure = (figure) => {
  const diagram = parts(figure);
  figure.dtDiagram = diagram;
  diagram.toolbar.hidden = false;
  if (TOUCH) figure.querySelector(".dt-viewer-keys").textContent = diagram.texts["diagram-keys-touch"];
  watchScroll(diagram);
  wireViewer(diagram);
  wireNodes(diagram);
  const quiz = document.querySelector("[data-dt-quiz]");
  if (quiz) placePath(diagram, quiz);
  else centre(diagram.box, diagram.svg.querySelector(".dt-question"));
  if (lastPath && lastPath.target.isConnected) showPath(lastPath);
};

// The quiz may report its path before the drawing mounts: the last report is kept.
let lastPath = null;

const parts = (figure) => ({
  figure,
  texts: JSON.parse(figure.dataset.dtTexts),
  toolbar: figure.querySelector("[data-dt-toolbar]"),
  hint: figure.querySelector("[data-dt-scroll-hint]"),
  box: figure.querySelector("[data-dt-diagram]"),
  svg: figure.querySelector("[data-dt-diagram] svg"),
  viewer: figure.querySelector("[data-dt-viewer]"),
  stage: figure.querySelector("[data-dt-stage]"),
  path: null, // the list of the path so far, on the quiz page
  current: null, // the id of the quiz's current node
  scrolling: 0, // the frame that will scroll to the path (scrollToPath), while one is due
  near: false, // whether the box is on or near the screen (watchScroll)
  centreLater: false, // the current node is to be centred once the box comes near the screen
  opener: null, // the button that opened the full-screen view, focused again when it closes
  scrolled: [0, 0], // how far the box was scrolled when the full-screen view opened
});

const make = (tag, attributes = {}, content = []) => {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.append(...[].concat(content));
  return el;
};

// Work that printing needs, done once the page has loaded and the browser is idle (a page has
// hundreds of links), or as printing starts if it has not been done by then.
const whenIdle = (work) => {
  const once = () => {
    window.removeEventListener("beforeprint", once);
    work();
  };
  window.addEventListener("beforeprint", once);
  if (window.requestIdleCallback) requestIdleCallback(once, { timeout: 2000 });
  else setTimeout(once, 200);
};

// Printed links show where they lead: the full address, which print styles add after each
// link in running text (links within the page are left alone).
const addressesForPrint = () => {
  const here = location.origin + location.pathname;
  for (const link of document.querySelectorAll(".md-content :is(p, li, td) > a[href]:not([data-dt-href])")) {
    const target = new URL(link.href, location.href);
    if (target.origin + target.pathname !== here) link.setAttribute("data-dt-href", target.href);
  }
};

// The box: a hint and shadows while it scrolls sideways ----------------------------------

// Nothing here reads the layout as the page mounts: the observers report once the page is laid
// out, and again as the box is resized or comes near the screen (out of view, the browser skips
// drawing it: diagram.css), when a centring left for then is done.
const watchScroll = (diagram) => {
  const { box, hint } = diagram;
  const update = () => {
    const scrolls = box.scrollWidth > box.clientWidth + 1;
    hint.hidden = !scrolls;
    box.classList.toggle("dt-diagram--scrolls", scrolls);
    box.classList.toggle("dt-diagram--at-start", box.scrollLeft < 2);
    box.classList.toggle("dt-diagram--at-end", box.scrollLeft + box.clientWidth >= box.scrollWidth - 2);
  };
  box.addEventListener("scroll", update, { passive: true });
  new ResizeObserver(update).observe(box);
  new IntersectionObserver(([entry]) => {
    diagram.near = entry.isIntersecting;
    if (!diagram.near) return;
    update();
    if (diagram.centreLater) scrollToPath(diagram);
  }, { rootMargin: "50% 0px" }).observe(box);
};

// Bring a node to the middle of a scrolling box, without scrolling the page.
const centre = (box, node, vertically = false) => {
  if (!node) return;
  const boxRect = box.getBoundingClientRect();
  const rect = node.getBoundingClientRect();
  box.scrollLeft += rect.left - boxRect.left - (box.clientWidth - rect.width) / 2;
  if (vertically) box.scrollTop += rect.top - boxRect.top - (box.clientHeight - rect.height) / 2;
};

// The full-screen view -------------------------------------------------------------------

const wireViewer = (diagram) => {
  const { figure, viewer, stage } = diagram;
  figure.addEventListener("click", (event) => {
    const open = event.target.closest("[data-dt-open]");
    const zoom = event.target.closest("[data-dt-zoom]");
    if (open) openViewer(diagram, open.dataset.dtOpen, open);
    else if (zoom) zoomTo(diagram, zoom.dataset.dtZoom);
    else if (event.target.closest("[data-dt-close]")) viewer.close();
  });
  viewer.addEventListener("close", () => {
    diagram.svg.removeAttribute("width");
    diagram.svg.removeAttribute("height");
    sizeSvg(diagram, 1);
    diagram.box.append(diagram.svg);
    if (diagram.current) centre(diagram.box, node(diagram.current));
    else [diagram.box.scrollLeft, diagram.box.scrollTop] = diagram.scrolled; // where the reader left it
    if (diagram.opener && diagram.opener.isConnected) diagram.opener.focus();
  });
  stage.addEventListener("keydown", (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const action = ZOOM_KEYS[event.key];
    const move = PAN_KEYS[event.key];
    if (action) zoomTo(diagram, action);
    else if (move) stage.scrollBy(move[0] * PAN_STEP, move[1] * PAN_STEP);
    else return;
    event.preventDefault();
  });
  stage.addEventListener("wheel", (event) => {
    if (!event.ctrlKey) return; // a plain wheel pans; a pinch or Ctrl+wheel zooms
    event.preventDefault();
    zoomTo(diagram, event.deltaY < 0 ? "zoom-in" : "zoom-out");
  }, { passive: false });
  dragToPan(stage);
};

const natural = (svg) => {
  const box = svg.viewBox.baseVal;
  return { width: box.width, height: box.height };
};

const sizeSvg = ({ svg }, scale) => {
  const { width, height } = natural(svg);
  svg.setAttribute("width", String(Math.round(width * scale)));
  svg.setAttribute("height", String(Math.round(height * scale)));
  svg.dataset.dtScale = String(scale);
};

const openViewer = (diagram, mode, opener) => {
  diagram.opener = opener;
  diagram.scrolled = [diagram.box.scrollLeft, diagram.box.scrollTop];
  diagram.stage.append(diagram.svg);
  diagram.viewer.showModal();
  diagram.stage.focus();
  zoomTo(diagram, mode);
};

const fitScale = ({ svg, stage }) => {
  const { width, height } = natural(svg);
  return Math.min(stage.clientWidth / width, stage.clientHeight / height, 1);
};

// Zoom about the middle of what is on screen; "fit" shows the whole tree, "actual" the
// natural size centred on the quiz's current node (or the first question).
const zoomTo = (diagram, action) => {
  const { stage, svg } = diagram;
  const scale = Number(svg.dataset.dtScale || 1);
  const next = {
    "zoom-in": Math.min(scale * ZOOM_STEP, ZOOM_MAX),
    "zoom-out": Math.max(scale / ZOOM_STEP, ZOOM_MIN),
    fit: fitScale(diagram),
    actual: 1,
  }[action];
  const middle = [(stage.scrollLeft + stage.clientWidth / 2) / scale, (stage.scrollTop + stage.clientHeight / 2) / scale];
  sizeSvg(diagram, next);
  if (action === "actual") {
    centre(stage, node(diagram.current) || svg.querySelector(".dt-question"), true);
  } else {
    stage.scrollLeft = middle[0] * next - stage.clientWidth / 2;
    stage.scrollTop = middle[1] * next - stage.clientHeight / 2;
  }
};

const dragToPan = (stage) => {
  let start = null;
  stage.addEventListener("pointerdown", (event) => {
    if (event.button !== 0) return;
    start = { x: event.clientX, y: event.clientY, left: stage.scrollLeft, top: stage.scrollTop, moved: false };
  });
  stage.addEventListener("pointermove", (event) => {
    if (!start) return;
    const dx = event.clientX - start.x;
    const dy = event.clientY - start.y;
    if (!start.moved && Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
    if (!start.moved) stage.setPointerCapture(event.pointerId);
    start.moved = true;
    stage.classList.add("dt-viewer-stage--dragging");
    stage.scrollLeft = start.left - dx;
    stage.scrollTop = start.top - dy;
  });
  const end = () => {
    stage.classList.remove("dt-viewer-stage--dragging");
    if (start && start.moved) stage.addEventListener("click", swallow, { capture: true, once: true });
    start = null;
  };
  stage.addEventListener("pointerup", end);
  stage.addEventListener("pointercancel", end);
};

// A drag that ends over a node is not a click on its link.
const swallow = (event) => {
  event.preventDefault();
  event.stopPropagation();
};

// Nodes ----------------------------------------------------------------------------------

const node = (id) => (id ? document.getElementById(NODE + id) : null);
const idOf = (group) => group.id.slice(NODE.length);

// On the quiz page a question node on the reader's path (answered, or the one being asked) jumps
// the quiz to its question instead of leaving the page; any other node opens its explanation on
// the tree page, as everywhere else (the quiz cannot go there before the questions that lead to it).
const wireNodes = (diagram) => {
  diagram.figure.addEventListener("click", (event) => {
    const group = event.target.closest(".node.dt-question");
    if (!group || !document.querySelector("[data-dt-quiz]") || opensElsewhere(event)) return;
    if (!group.classList.contains("dt-on-path")) return;
    event.preventDefault();
    event.stopPropagation(); // not page navigation: instant navigation would take the link
    goto(diagram, idOf(group));
  });
};

const opensElsewhere = (event) => event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey;

const goto = (diagram, question) => {
  if (diagram.viewer.open) diagram.viewer.close();
  document.dispatchEvent(new CustomEvent("dt:goto", { detail: { question } }));
};

// The quiz's path ------------------------------------------------------------------------

// Highlight the path on the drawing and list it beside the quiz.
const showPath = (event) => {
  lastPath = event;
  const figure = document.querySelector("[data-dt-figure][data-dt-mounted]");
  if (!figure || !figure.dtDiagram) return;
  const diagram = figure.dtDiagram;
  const { nodes = [], edges = [], steps = [], current = null, here = null, state = "question" } = event.detail || {};
  diagram.current = current;
  for (const el of figure.querySelectorAll(".dt-on-path, .dt-current")) el.classList.remove("dt-on-path", "dt-current");
  const ids = nodes.map((id) => NODE + id).concat(edges.map(([q, o]) => EDGE + q + "--" + o));
  for (const id of ids) document.getElementById(id)?.classList.add("dt-on-path");
  node(current)?.classList.add("dt-on-path", "dt-current");
  if (diagram.path) listPath(diagram, steps, here, state);
  scrollToPath(diagram);
};

// Scrolling the drawing to the current node, and the path's list to its end, reads the layout:
// in the quiz's own step that would lay the whole page out, the drawing with it, before the next
// question shows. They wait for the next frame, which lays it out once anyway.
const scrollToPath = (diagram) => {
  if (diagram.scrolling) return;
  diagram.scrolling = requestAnimationFrame(() => {
    diagram.scrolling = 0;
    if (diagram.path) diagram.path.scrollLeft = diagram.path.scrollWidth; // on a phone the list scrolls: show its end
    diagram.centreLater = !diagram.near; // out of view, it is centred as the reader scrolls near it
    if (diagram.near && !diagram.viewer.open) centre(diagram.box, node(diagram.current));
  });
};

// Wrap the quiz with a "path so far" panel: beside the question on wide screens, above it on
// narrow ones (see diagram.css).
const placePath = (diagram, quiz) => {
  if (quiz.parentElement.classList.contains("dt-quiz-layout")) {
    diagram.path = quiz.parentElement.querySelector(".dt-path ol");
    return;
  }
  const focused = quiz.contains(document.activeElement) ? document.activeElement : null;
  const layout = make("div", { class: "dt-quiz-layout" });
  const title = make("p", { class: "dt-path-title", id: "dt-path-title" }, diagram.texts["path-title"]);
  diagram.path = make("ol", { class: "dt-path-list" });
  const show = make("button", { type: "button", class: "dt-tool" }, diagram.texts["path-show"]);
  const panel = make("nav", { class: "dt-path", "aria-labelledby": "dt-path-title" }, [title, diagram.path, show]);
  show.addEventListener("click", () => openViewer(diagram, "actual", show));
  panel.addEventListener("click", (event) => {
    const jump = event.target.closest("[data-dt-goto]");
    if (jump) goto(diagram, jump.dataset.dtGoto);
  });
  quiz.before(layout);
  layout.append(quiz, panel);
  if (focused) focused.focus({ preventScroll: true });
};

// The path so far in the quiz's words: each question answered (a button back to it) with its
// answer, then where the reader is: the question being asked, or the result and its verdict.
const listPath = (diagram, steps, here, state) => {
  const items = steps.map(({ question, title, answer }) =>
    make("li", { class: "dt-path-step" }, [
      make("button", { type: "button", class: "dt-link dt-path-question", "data-dt-goto": question }, title),
      make("span", { class: "dt-path-answer" }, answer),
    ]),
  );
  if (here) {
    const verdict = state === "result" && here.verdict ? [make("span", { class: "dt-path-verdict" }, here.verdict), " "] : [];
    items.push(make("li", { class: "dt-path-step dt-current", "aria-current": "step" }, [...verdict, make("strong", {}, here.title)]));
  }
  diagram.path.replaceChildren(...items);
  // Before the first answer there is no path yet: narrow screens keep the question in view instead.
  diagram.path.closest(".dt-path").classList.toggle("dt-path--empty", steps.length === 0);
};

document.addEventListener("dt:path", showPath);
if (window.document$) window.document$.subscribe(mountAll);
else if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", mountAll);
else mountAll();
