/* What the quiz remembers in the browser tab (sessionStorage), so that a page the theme renders
   again (its instant navigation re-renders the page on the first Back after a load) comes back
   as the reader left it: the answers to pre-select, and which results the reader reached
   themselves (anything else opened from an address is a shared result). */

const KEY = "decision-tree-quiz";
const MAX_OWN = 100;

const read = () => {
  try {
    const stored = JSON.parse(sessionStorage.getItem(KEY) || "{}");
    return { version: stored.version, draft: Array.isArray(stored.draft) ? stored.draft : [], own: Array.isArray(stored.own) ? stored.own : [] };
  } catch {
    return { version: undefined, draft: [], own: [] }; // storage off or unreadable: remember nothing
  }
};

const write = (memory) => {
  try {
    sessionStorage.setItem(KEY, JSON.stringify(memory));
  } catch {
    // storage full or off: the quiz works without memory
  }
};

// The answers remembered for this tree version, to pre-select.
export const recallDraft = (version) => {
  const memory = read();
  return new Map(memory.version === version ? memory.draft.filter((pair) => Array.isArray(pair) && pair.length === 2) : []);
};

export const isOwn = (fragment) => read().own.includes(fragment);

// Keep the drafts, and the result the reader just reached, if any.
export const remember = (version, draft, ownResult = "") => {
  const memory = read();
  const own = ownResult && !memory.own.includes(ownResult) ? [...memory.own, ownResult].slice(-MAX_OWN) : memory.own;
  write({ version, draft: [...draft], own });
};
