"""The diagram as it sits in a page: the drawing, its legend, a link to the text version, and
the controls the diagram script enables (full screen with zoom and pan, a scroll hint).

Without JavaScript the controls stay hidden and the drawing scrolls in its box. The script
reads the few texts it builds elements with from ``data-dt-texts``; every other word is here.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from typing import Mapping

from ..model import Tree
from .html import legend, to_html
from .links import Links

SVG_SLOT = "dt-svg"  # a comment the finished SVG replaces: ElementTree would re-serialise it
SCRIPT_TEXTS = ("path-title", "path-start", "path-show", "diagram-print-part", "diagram-keys-touch")
VIEWER_BUTTONS = (("zoom-out", "diagram-zoom-out"), ("zoom-in", "diagram-zoom-in"), ("fit", "diagram-zoom-fit"), ("actual", "diagram-zoom-actual"))


def diagram_figure(svg: str, tree: Tree, links: Links, texts: Mapping[str, str]) -> str:
    """The figure around an inline-ready SVG (see :func:`.dot.render_svg`)."""
    scripts = json.dumps({key: texts[key] for key in SCRIPT_TEXTS}, ensure_ascii=False)
    figure = ET.Element("figure", {"class": "dt-figure", "data-dt-figure": "", "data-dt-texts": scripts})
    figure.append(_toolbar(texts))
    box = ET.SubElement(
        figure,
        "div",
        {"class": "dt-diagram", "data-dt-diagram": "", "data-search-exclude": "", "role": "region", "aria-label": texts["diagram-region"], "tabindex": "0"},
    )
    box.append(ET.Comment(SVG_SLOT))
    caption = ET.SubElement(figure, "figcaption", {"class": "dt-figcaption"})
    caption.append(ET.fromstring(legend(tree, texts)))
    text = ET.SubElement(caption, "p", {"class": "dt-text-version"})
    ET.SubElement(text, "a", {"href": links.text}).text = texts["diagram-text-version"]
    figure.append(_viewer(texts))
    return to_html(figure).replace(f"<!--{SVG_SLOT}-->", svg, 1)


# Helper functions --------------------------------------------------------------------


def _button(parent: ET.Element, text: str, **attributes: str) -> ET.Element:
    button = ET.SubElement(parent, "button", {"type": "button", "class": "dt-tool", **attributes})
    button.text = text
    return button


def _toolbar(texts: Mapping[str, str]) -> ET.Element:
    """Shown by the script: open the full-screen view, and say when the box scrolls sideways."""
    bar = ET.Element("div", {"class": "dt-toolbar", "data-dt-toolbar": "", "hidden": ""})
    _button(bar, texts["diagram-open"], **{"data-dt-open": "actual"})
    _button(bar, texts["diagram-zoom-fit"], **{"data-dt-open": "fit"})
    hint = ET.SubElement(bar, "p", {"class": "dt-scroll-hint", "data-dt-scroll-hint": "", "hidden": ""})
    hint.text = texts["diagram-scroll-hint"]
    ET.SubElement(hint, "span", {"aria-hidden": "true"}).text = " \u2192"
    return bar


def _viewer(texts: Mapping[str, str]) -> ET.Element:
    """The full-screen view: a modal dialog the drawing moves into while it is open."""
    dialog = ET.Element("dialog", {"class": "dt-viewer", "data-dt-viewer": "", "aria-label": texts["diagram-title"]})
    bar = ET.SubElement(dialog, "div", {"class": "dt-viewer-bar"})
    ET.SubElement(bar, "p", {"class": "dt-viewer-keys", "id": "dt-viewer-keys"}).text = texts["diagram-keys"]
    for action, key in VIEWER_BUTTONS:
        _button(bar, texts[key], **{"data-dt-zoom": action})
    _button(bar, texts["diagram-close"], **{"data-dt-close": "", "class": "dt-tool dt-tool--close"})
    ET.SubElement(
        dialog,
        "div",
        {"class": "dt-viewer-stage", "data-dt-stage": "", "role": "region", "aria-label": texts["diagram-title"], "aria-describedby": "dt-viewer-keys", "tabindex": "0"},
    )
    return dialog
