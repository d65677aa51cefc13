/* What the quiz remembers in the browser tab (sessionStorage), so that a page the theme renders
   again (its instant navigation re-renders the page on the first Back after a load) comes back
   as the reader left it: the answers to pre-select when a question comes back, and which results
   the reader reached themselves (anything else opened from an address is a shared result).

   Remembered answers come back only for the same run: when the address holds answers, all of
   which agree with them. Opening the quiz afresh, or a link of another run, starts clean, so no
   earlier tick is added to a new one. */

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

// The answers remembered for this tree version, to pre-select, when the address's answers
// (`given`, a Map) are some and all agree with them; else none.
export const recallDraft = (version, given) => {
  const memory = read();
  const draft = new Map(memory.version === version ? memory.draft.filter((pair) => Array.isArray(pair) && pair.length === 2) : []);
  const same = given.size > 0 && [...given].every(([question, answer]) => draft.get(question) === answer);
  return same ? draft : new Map();
};

export const isOwn = (fragment) => read().own.includes(fragment);

// Keep the drafts, and the result the reader just reached, if any.
export const remember = (version, draft, ownResult = "") => {
  const memory = read();
  const own = ownResult && !memory.own.includes(ownResult) ? [...memory.own, ownResult].slice(-MAX_OWN) : memory.own;
  write({ version, draft: [...draft], own });
};
