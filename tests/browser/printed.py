"""What a printed PDF holds, page by page: each page's size and its texts with the size they
print at, in points (read with pypdf)."""

from __future__ import annotations

import io
import math
import unicodedata
from dataclasses import dataclass

from pypdf import PdfReader


@dataclass(frozen=True)
class PrintedPage:
    width: float  # points
    height: float
    texts: tuple[tuple[float, str], ...]  # (size in points, text), in the order drawn
    lowest: float  # how far the lowest text is from the page's bottom edge, in points

    @property
    def landscape(self) -> bool:
        return self.width > self.height


def printed_pages(pdf: bytes) -> list[PrintedPage]:
    """The pages of a PDF with the size of every text on them: the font size carried through the
    text matrix and the transformation matrix in force (their vertical scale)."""
    pages = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        texts: list[tuple[float, str]] = []
        heights: list[float] = []

        def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
            if text.strip():
                c, d = tm[2] * cm[0] + tm[3] * cm[2], tm[2] * cm[1] + tm[3] * cm[3]
                heights.append(tm[4] * cm[1] + tm[5] * cm[3] + cm[5])
                texts.append((size * math.hypot(c, d), unicodedata.normalize("NFKC", text.strip())))  # "ﬁ" is "fi"

        page.extract_text(visitor_text=visit)
        box = page.mediabox
        pages.append(PrintedPage(float(box.width), float(box.height), tuple(texts), min(heights, default=float(box.height))))
    return pages
