/* What the quiz remembers in the browser tab (sessionStorage): which results the reader reached
   themselves, so that a result opened again from an address in this tab (after the theme renders
   the page again, say) is the reader's own, and anything else opened from an address is a shared
   result. Answers are not remembered: opening the quiz afresh starts clean, and an address
   brings its own answers. */

const KEY = "decision-tree-quiz";
const MAX_OWN = 100;

const read = () => {
  try {
    const stored = JSON.parse(sessionStorage.getItem(KEY) || "{}");
    return { own: Array.isArray(stored.own) ? stored.own : [] };
  } catch {
    return { own: [] }; // storage off or unreadable: remember nothing
  }
};

const write = (memory) => {
  try {
    sessionStorage.setItem(KEY, JSON.stringify(memory));
  } catch {
    // storage full or off: the quiz works without memory
  }
};

export const isOwn = (fragment) => read().own.includes(fragment);

// Keep the result the reader just reached.
export const remember = (ownResult) => {
  const memory = read();
  if (!ownResult || memory.own.includes(ownResult)) return;
  write({ own: [...memory.own, ownResult].slice(-MAX_OWN) });
};
