/* Small helpers every module shares: building elements, filling templates, today's date.
   Elements are built with createElement and textContent only, never from HTML strings. */

// An element with attributes and content (text, elements, or arrays of them).
export const make = (tag, attributes = {}, content = []) => {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...[].concat(content));
  return element;
};

// A template with its {name} slots filled: the same rule as Python's str.format for our texts.
export const fill = (template, values = {}) => template.replace(/\{(\w+)\}/g, (_, name) => String(values[name]));

// t(name, values): an interface text of the catalogue, filled; a missing one is a bug, so it throws.
export const texts = (table) => (name, values) => {
  if (!Object.hasOwn(table, name)) throw new Error(`no interface text "${name}"`);
  return fill(table[name], values);
};

// The elements of a widget by their data-dt-part name.
export const parts = (root) => {
  const found = {};
  for (const element of root.querySelectorAll("[data-dt-part]")) found[element.dataset.dtPart] = element;
  return found;
};

// The reader's date as YYYY-MM-DD, in their own time zone.
export const today = () => {
  const now = new Date();
  const pad = (number) => String(number).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
};

// A list and the block around it are hidden together when there is nothing to list. An item
// is its content, or a ready <li>.
export const fillList = (list, items) => {
  list.replaceChildren(...items.map((item) => (item instanceof HTMLLIElement ? item : make("li", {}, item))));
  list.closest(".dt-result-block").hidden = items.length === 0;
};
