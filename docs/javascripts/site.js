/* Every script of the guide's pages, as one ES module. The build bundles this file and all it
   imports into one minified file at this address (scripts/hook_assets.py); the readable sources
   are the modules below and theirs. A module imported from any of them is bundled with them.

   Order matters: modules run in the order they are imported, and the diagram listens for the
   quiz's events, so it comes first. */

import "./diagram.js";
import "./diagram-print.js";
import "./guide/mount.js";
import "./language.js";

// The quiz's functions that the browser tests call on a page, from the very module the page runs
// (a second copy of a module would hold its own state).
export { readTree, walk } from "./guide/engine.js";
export { whatWouldChange } from "./guide/change.js";
export { compare, driftLines, renamesOf } from "./guide/drift.js";
export { texts } from "./guide/dom.js";
export { mountQuiz } from "./guide/quiz.js";
export { wire } from "./guide/actions.js";
export { fromLocation } from "./guide/location.js";
export { readFragment } from "./guide/permalink.js";
export { compareCosts } from "./guide/cost.js";
export { thousandLine, monthLine, breakEvenLine, inputsLine, pricesLine } from "./guide/cost-words.js";
