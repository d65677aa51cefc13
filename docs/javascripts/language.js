/* The language switcher lands on the same page in the other language.

   The theme draws the switcher in the header, which instant navigation keeps from page to page,
   so its links would keep pointing at the translations of the first page opened. Each page
   carries its translations in its content (data-dt-translations, written by the build), which
   instant navigation does replace: after every page change, the switcher takes its addresses
   from there. A switch of language loads the page in full (target="_self" keeps instant
   navigation out), so the new edition's language, navigation and search index come with it. */
const translations = () => {
  const carrier = document.querySelector("[data-dt-translations]");
  if (!carrier) return new Map();
  const addresses = JSON.parse(carrier.dataset.dtTranslations);
  return new Map(Object.entries(addresses).map(([language, href]) => [language, new URL(href, location.href).href]));
};

const followLanguage = () => {
  const found = translations();
  for (const link of document.querySelectorAll(".md-select__link[hreflang]")) {
    const target = found.get(link.getAttribute("hreflang"));
    if (target) link.href = target;
    link.target = "_self";
  }
};

if (window.document$) window.document$.subscribe(followLanguage);
else if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", followLanguage);
else followLanguage();
