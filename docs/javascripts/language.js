/* The language switcher lands on the same page in the other language.

   The theme draws the switcher in the header, which instant navigation keeps from page to page,
   so its links would keep pointing at the translations of the first page opened. Instant
   navigation does replace the <link rel="alternate" hreflang> elements of the <head>, which name
   this page's translations: after every page change, the switcher takes its addresses from them.
   A switch of language loads the page in full (target="_self" keeps instant navigation out),
   so the new edition's language, navigation and search index come with it. */
const alternates = () =>
  new Map([...document.head.querySelectorAll("link[rel=alternate][hreflang]")].map((link) => [link.hreflang, link.href]));

const followLanguage = () => {
  const translations = alternates();
  for (const link of document.querySelectorAll(".md-select__link[hreflang]")) {
    const target = translations.get(link.getAttribute("hreflang"));
    if (target) link.href = target;
    link.target = "_self";
  }
};

if (window.document$) window.document$.subscribe(followLanguage);
else if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", followLanguage);
else followLanguage();
