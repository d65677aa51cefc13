"""Finished citations of the guide and of each documented conclusion: plain text, APA-like
and BibTeX, from the catalogue's ``cite-*`` templates.

The address is the guide's real one (its site URL), the versions are the guide's and the
tree's, and the access date and its year are the reader's day: the page's script fills them
in (``docs/javascripts/guide/citation.js`` mirrors :func:`citations` and a browser test checks
they agree). Without a date (no JavaScript) the access date and the year are left out rather
than shown as placeholders.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from dataclasses import asdict, dataclass
from typing import Any, Mapping

from ..model import Tree
from .report import templates

FORMATS = ("plain", "apa", "bibtex")
BIBTEX_SPECIAL = re.compile(r"([\\{}%&$#_^~])")
URL_SPECIAL = re.compile(r"([%#])")  # the two characters \url{} cannot take bare inside a field
DOUBLED_STOP = re.compile(r"(?<=[?!])\.")  # a full stop after a name or title that ends a sentence itself


@dataclass(frozen=True, kw_only=True)
class Work:
    """What a citation names: the guide, or one conclusion in it (``conclusion`` and ``id`` set)."""

    title: str  # the guide's title
    author: str  # who publishes this copy (the site's author); may be empty
    url: str  # the guide's address, or the conclusion's
    guide: str  # the guide's version
    tree: int  # the tree's version
    id: str = ""  # a conclusion's id
    conclusion: str = ""  # a conclusion's title


def citations(work: Work, ui: Mapping[str, str], date: str = "") -> dict[str, str]:
    """The work cited in every format; ``date`` (YYYY-MM-DD) is the access date."""
    t = templates(ui)
    guide = t("cite-guide-title", title=work.title)
    title = t("cite-conclusion-title", conclusion=work.conclusion, id=work.id, guide=guide) if work.id else guide
    versions = t("cite-versions", guide=work.guide, tree=work.tree)
    plain = t("cite-plain", title=title, versions=versions, url=work.url, accessed=t("cite-accessed", date=date) if date else "")
    dated = {"year": date[:4] if date else t("cite-no-year"), "retrieved": t("cite-retrieved", date=date) if date else ""}
    apa = t("cite-apa" if work.author else "cite-apa-no-author", author=work.author, title=title, versions=versions, url=work.url, **dated)
    return {"plain": _tidy(plain), "apa": _tidy(apa), "bibtex": _bibtex(work, ui, date)}


def citation_element(work: Work, ui: Mapping[str, str]) -> ET.Element:
    """The citations as markup: each format labelled, its text, and a Copy button the script
    shows; the data the script needs to add the reader's date travels in data- attributes."""
    # "no-copy": the theme adds no copy button of its own over the text; each format has one below it
    root = ET.Element("div", {"class": "dt-cite no-copy", "data-dt-cite": "", "data-work": _json(asdict(work))})
    for kind, text in citations(work, ui).items():
        block = ET.SubElement(root, "div", {"class": "dt-cite-format", "data-format": kind})
        label = ET.SubElement(block, "p", {"class": "dt-cite-label"})
        label.text = ui[f"cite-{kind}-label"]
        ET.SubElement(ET.SubElement(block, "pre", {"class": "dt-cite-text"}), "code", {"data-dt-cite-text": kind}).text = text
        button = ET.SubElement(block, "button", {"type": "button", "class": "dt-button dt-cite-copy", "data-dt-cite-copy": kind, "hidden": ""})
        ET.SubElement(button, "span").text = ui["cite-copy"]  # in an element of its own, hidden while the button says "Copied"
        ET.SubElement(button, "span", {"class": "dt-visually-hidden"}).text = ui["cite-copy-hidden"].format(format=label.text)
    ET.SubElement(root, "p", {"class": "dt-visually-hidden", "aria-live": "polite", "data-dt-cite-live": ""})
    return root


def citation_markup(work: Work, ui: Mapping[str, str]) -> str:
    """The guide's citation block for the "Cite this guide" page."""
    root = citation_element(work, ui)
    root.set("data-texts", _json(cite_texts(ui)))
    return ET.tostring(root, encoding="unicode", method="html")


def conclusions_data(tree: Tree, page: str, work: Work, ui: Mapping[str, str]) -> str:
    """A hidden element carrying what the script needs to cite every conclusion documented on
    ``page`` (a Markdown file under docs/): the guide, each conclusion's title and address."""
    documented = {c.id: {"title": c.title, "path": c.path} for c in tree.conclusions if c.page == page}
    if not documented:
        return ""
    data = {"work": asdict(work), "conclusions": documented}
    attributes = {"class": "dt-cite-data", "data-dt-cite-page": "", "data-cite": _json(data), "data-texts": _json(cite_texts(ui)), "hidden": ""}
    return ET.tostring(ET.Element("div", attributes), encoding="unicode", method="html")


def cite_texts(ui: Mapping[str, str]) -> dict[str, str]:
    """The interface texts a citation needs."""
    return {k: v for k, v in ui.items() if k.startswith("cite-") or k == "copied"}


# Helper functions --------------------------------------------------------------------


def _bibtex(work: Work, ui: Mapping[str, str], date: str) -> str:
    """A BibTeX @misc entry; braces keep the title's capitals and name a corporate author."""
    t = templates(ui)
    versions = t("cite-versions", guide=work.guide, tree=work.tree)
    guide = t("cite-guide-title", title=work.title)
    note = t("cite-note-conclusion", id=work.id, guide=guide, versions=versions) if work.id else versions
    fields = [
        ("title", "{" + _escape(work.conclusion if work.id else guide) + "}"),
        ("author", "{" + _escape(work.author) + "}" if work.author else ""),
        ("year", date[:4]),
        ("howpublished", "\\url{" + URL_SPECIAL.sub(r"\\\1", work.url) + "}"),
        ("note", _escape(note)),
        ("urldate", date),
    ]
    key = work.id or t("cite-key")
    body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields if value)
    return f"@misc{{{key},\n{body}\n}}"


def _tidy(text: str) -> str:
    """No full stop after a question or exclamation mark: an author or title may end with one.

    >>> _tidy("Fine-tuning, RAG or prompting?. (2026).")
    'Fine-tuning, RAG or prompting? (2026).'
    """
    return DOUBLED_STOP.sub("", text)


def _escape(text: str) -> str:
    r"""Text made safe inside a BibTeX field.

    >>> _escape("R&D: 100% {sure}")
    'R\\&D: 100\\% \\{sure\\}'
    """
    return BIBTEX_SPECIAL.sub(r"\\\1", text)


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
