"""Open Graph tags: how a link to a page of the guide previews where it is shared."""

from __future__ import annotations

import xml.etree.ElementTree as ET


def open_graph(*, title: str, description: str, url: str, site: str) -> str:
    """The ``<meta property="og:…">`` tags of a page, escaped; empty values are left out.

    >>> open_graph(title="Quiz & more", description="", url="https://example.org/quiz/", site="Guide")
    '<meta property="og:type" content="website"><meta property="og:title" content="Quiz &amp; more"><meta property="og:url" content="https://example.org/quiz/"><meta property="og:site_name" content="Guide">'
    """
    values = (("og:type", "website"), ("og:title", title), ("og:description", description), ("og:url", url), ("og:site_name", site))
    return "".join(
        ET.tostring(ET.Element("meta", {"property": name, "content": value}), encoding="unicode", method="html")
        for name, value in values
        if value
    )
