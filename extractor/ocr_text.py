"""The text of a scanned page outside its ruled tables -> running-text lines and whitespace tables.

The words are found and read by ``extractor.ocr_words`` (line pieces cut from the ink, read one
line each by Tesseract, numbers checked against their ink); with boxes scaled from pixels to
points they go through the same layout analysis as a text-layer PDF's words
(``extractor.pdf_words.words_to_layout``: lines, whitespace tables, captions), so an unruled
scanned table comes out like an unruled text-layer one.

Coordinates stay in the deskewed page here; ``extractor.ocr_page`` maps them back.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

import numpy as np
from numpy.typing import NDArray

from extractor.grid import Grid, GridCell
from extractor.headers import read_header
from extractor.model import TextLine
from extractor.ocr_grid import TableBox
from extractor.ocr_words import PixelWord, drop_strokes, ink_to_chunks, letter_height, read_chunks
from extractor.pdf_words import Word, words_to_layout
from extractor.settings import LayoutSettings

# OpenCV's stubs type every image loosely; 8-bit grayscale is what flows through here.
Image = NDArray[Any]


@dataclass(frozen=True)
class OutsideText:
    """What the page says outside its ruled tables, in points of the deskewed page.

    grids: whitespace tables found among the words (``method`` "ocr-words").
    lines: running-text lines, top to bottom.
    confidences: Tesseract's word confidences (0..100).
    """

    grids: tuple[Grid, ...]
    lines: tuple[TextLine, ...]
    confidences: tuple[float, ...]


def drop_stray_dashes(words: Sequence[PixelWord]) -> list[PixelWord]:
    """The words without the flat strokes read as a dash that lie right over or under another
    word: a seal's edge or an underline, never a dash (a dash has its cell to itself, a row
    apart). Kept, seed 312's stroke under a "2" joined that figure's cell as "- 2"."""
    out = list(words)
    dashes = [k for k, w in enumerate(out) if w.text in _DASHES]
    drop = {k for k in dashes if any(j != k and _touches(out[k], out[j]) for j in range(len(out)))}
    return [w for k, w in enumerate(out) if k not in drop]


_DASHES = ("-", "–", "—")


def _touches(dash: PixelWord, other: PixelWord) -> bool:
    """True when ``dash`` is a flat stroke (its ink under a third of its line's height), ``other``
    covers half of its width, and the stroke lies just above or below ``other``'s ink: its middle
    outside that word's box, its ink within a quarter of a line's height of it. A real dash has
    its cell to itself, a row apart; one beside a figure ("2021 - 2025") shares its height."""
    size = dash.line_bottom - dash.line_top
    width = dash.box[2] - dash.box[0]
    if width <= 0 or size <= 0 or dash.box[3] - dash.box[1] > size / 3:
        return False
    shared = min(dash.box[2], other.box[2]) - max(dash.box[0], other.box[0])
    middle = (dash.box[1] + dash.box[3]) / 2
    if shared < 0.5 * width or other.box[1] <= middle <= other.box[3]:
        return False
    apart = max(other.box[1] - dash.box[3], dash.box[1] - other.box[3])
    return apart <= 0.25 * size


def outside_text(
    painted: Image,
    text_ink: Image,
    tables: Sequence[TableBox],
    *,
    page: int,
    dpi: int,
    layout: LayoutSettings | None = None,
) -> OutsideText:
    """Read everything printed outside ``tables`` on a deskewed page (rules already painted out);
    ``layout``: the layout analysis' settings (defaults when None)."""
    outside = painted.copy()
    ink = text_ink.copy()
    for t in tables:
        x0, y0, x1, y1 = t.box
        outside[y0:y1, x0:x1] = 255
        ink[y0:y1, x0:x1] = 0
    drop_strokes(outside, ink, dpi=dpi)
    if int(np.count_nonzero(ink)) < 50:
        return OutsideText((), (), ())
    unit = letter_height(ink)
    words = drop_stray_dashes(read_chunks(ink_to_chunks(outside, ink, unit), unit))
    confidences = tuple(w.conf for w in words)
    scale = 72.0 / dpi
    # A text layer's word boxes span the font's height, Tesseract's hug the glyphs ("100,0" has no
    # ascent, "Tấn" an accent): each word gets its printed line's extent, so that words of one
    # line line up the way the layout analysis expects.
    layout_words = [
        Word(
            text=w.text,
            x0=w.box[0] * scale,
            top=w.line_top * scale,
            x1=w.box[2] * scale,
            bottom=w.line_bottom * scale,
            page=page,
        )
        for w in words
    ]
    height, width = painted.shape[:2]
    found = words_to_layout(
        layout_words, page=page, page_width=width * scale, page_height=height * scale, settings=layout
    )
    grids = tuple(replace(g, method="ocr-words") for g in found.grids)
    return OutsideText(grids, tuple(found.lines), confidences)


# A ratio header whose slash OCR lost altogether: "Ước thực hiện giai đoạn 2021-2025 Mục tiêu NQ
# ĐH" for "…2021-2025/ Mục tiêu NQ ĐH" (dev scans v0390, v0475: a slash with a space after it).
# A "%" glued to the period is the slash misread ("…2021-2025% Mục tiêu NQ ĐH": g10 scan v2700).
_PERIOD_THEN_NAME_RE = re.compile(r"((?:19|20)\d\d(?:\s?[-–]\s?(?:19|20)\d\d)?)%?\s+(?=[^\W\d_])")
_VALUE_ROLES = ("target", "plan", "actual", "estimate")


def header_slash(text: str) -> str:
    """A header cell's text with the slash put back between two column descriptions that each
    name a value role and run into each other after a period, the second capitalised.

    >>> header_slash("Ước thực hiện giai đoạn 2021-2025 Mục tiêu NQ ĐH")
    'Ước thực hiện giai đoạn 2021-2025/Mục tiêu NQ ĐH'
    >>> header_slash("Ước thực hiện giai đoạn 2021-2025% Mục tiêu NQ ĐH")
    'Ước thực hiện giai đoạn 2021-2025/Mục tiêu NQ ĐH'
    >>> header_slash("Kế hoạch năm 2025 (triệu đồng)")
    'Kế hoạch năm 2025 (triệu đồng)'
    """
    if "/" in text:
        return text
    for m in _PERIOD_THEN_NAME_RE.finditer(text):
        left, right = text[: m.end(1)], text[m.end() :]
        if not right[:1].isupper():
            continue
        sides = (read_header(left), read_header(right))
        if all(side.kind in _VALUE_ROLES for side in sides) and sides[0].kind != sides[1].kind:
            return f"{left}/{right}"
    return text


def header_slashes(grid: Grid) -> Grid:
    """``header_slash`` over the cells of a grid's header rows (none when it has no header)."""
    if grid.header_rows <= 0:
        return grid
    rows = list(grid.rows)
    for i in range(min(grid.header_rows, len(rows))):
        rows[i] = tuple(GridCell(header_slash(c.text), c.provenance) for c in rows[i])
    return replace(grid, rows=tuple(rows))
