/* The diagram's side of the quiz: light up the path the quiz announces ("dt:path" events, whose
   detail is {nodes, edges, current, state}) on any diagram of the page. Kept small on purpose:
   the diagram's own script may extend or replace it. */

let listening = false;

export const mountDiagramPath = () => {
  if (!listening) document.addEventListener("dt:path", (event) => highlight(event.detail));
  listening = true;
  if (!document.querySelector("[data-dt-quiz]")) showFirstQuestion();
};

const highlight = ({ nodes, edges, current }) => {
  for (const el of document.querySelectorAll("[data-dt-diagram] .dt-on-path")) el.classList.remove("dt-on-path", "dt-current");
  const ids = [...nodes.map((id) => "dt-node-" + id), ...edges.map(([from, to]) => `dt-edge-${from}--${to}`)];
  for (const id of ids) document.getElementById(id)?.classList.add("dt-on-path");
  const node = document.getElementById("dt-node-" + current);
  if (!node) return;
  node.classList.add("dt-current");
  centre(node);
};

// On a narrow screen a diagram without a quiz starts scrolled to its first question.
const showFirstQuestion = () => {
  for (const diagram of document.querySelectorAll("[data-dt-diagram]")) {
    const first = diagram.querySelector(".dt-question");
    if (first) centre(first);
  }
};

// On a narrow screen the diagram scrolls sideways: bring a node into view.
const centre = (node) => {
  const box = node.closest("[data-dt-diagram]");
  if (!box || box.scrollWidth <= box.clientWidth) return;
  const offset = node.getBoundingClientRect().left - box.getBoundingClientRect().left;
  box.scrollLeft += offset - (box.clientWidth - node.getBoundingClientRect().width) / 2;
};
