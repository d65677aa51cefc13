/* The language switcher lands on the same page in the other language, at the same place: the
   quiz's answers and result, or the section the reader was reading.

   The theme draws the switcher in the header, which instant navigation keeps from page to page,
   so its links would keep pointing at the translations of the first page opened. Each page
   carries its translations in its content (data-dt-translations, written by the build), which
   instant navigation does replace: after every page change, the switcher takes its addresses
   from there. Both editions share every id (the quiz's questions and answers, the headings'
   anchors), so the address's fragment carries over as it is; it is added again whenever it
   changes ("popstate" comes with any change of fragment, the quiz's own steps tell the page with
   a "dt:path" event) and once more as a link is followed. A switch of language loads the page in full
   (target="_self" keeps instant navigation out), so the new edition's language, navigation and
   search index come with it. */
const translations = () => {
  const carrier = document.querySelector("[data-dt-translations]");
  if (!carrier) return new Map();
  const addresses = JSON.parse(carrier.dataset.dtTranslations);
  return new Map(Object.entries(addresses).map(([language, href]) => [language, new URL(href, location.href)]));
};

const followLanguage = () => {
  const found = translations();
  for (const link of document.querySelectorAll(".md-select__link[hreflang]")) {
    const target = found.get(link.getAttribute("hreflang"));
    if (target) link.href = new URL(location.hash, target).href;
    link.target = "_self";
  }
};

// The address may have changed since the links were last written: write them again before a click follows one.
const beforeFollowing = (event) => {
  if (event.target instanceof Element && event.target.closest(".md-select__link[hreflang]")) followLanguage();
};

if (window.document$) window.document$.subscribe(followLanguage);
else if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", followLanguage);
else followLanguage();
window.addEventListener("popstate", followLanguage);
document.addEventListener("dt:path", followLanguage);
for (const name of ["pointerdown", "keydown", "click"]) document.addEventListener(name, beforeFollowing, true);
