"""The text of a scanned page outside its ruled tables -> running-text lines and whitespace tables.

The page with its ruled tables painted out is read once by Tesseract (psm 3, automatic layout);
its words, with boxes scaled from pixels to points, go through the same layout analysis as a
text-layer PDF's words (``extractor.pdf_words.words_to_layout``: lines, whitespace tables,
captions), so an unruled scanned table comes out like an unruled text-layer one. One-line numbers
among the words get their separator marks read again from the ink first
(``extractor.ocr_numbers``).

Coordinates stay in the deskewed page here; ``extractor.ocr_page`` maps them back.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

import numpy as np
from numpy.typing import NDArray

from extractor.grid import Grid
from extractor.model import Provenance, TextLine
from extractor.ocr_grid import TableBox
from extractor.ocr_numbers import PURE_NUMBER_RE, ink_number, reread_marks
from extractor.ocr_tesseract import OcrWord, run_tesseract, words_to_lines
from normalizers.text import nfc

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


def _fix_word(word: OcrWord, page_image: Image, offset: tuple[int, int]) -> OcrWord:
    """A number word with its separator marks read from the ink around it."""
    if not PURE_NUMBER_RE.match(word.text):
        return word
    x0, y0, x1, y1 = word.box
    ox, oy = offset
    pad = 4
    crop = page_image[max(0, y0 + oy - pad) : y1 + oy + pad, max(0, x0 + ox - pad) : x1 + ox + pad]
    if crop.size == 0:
        return word
    text = reread_marks(word.text, ink_number(crop))
    return word if text == word.text else OcrWord(word.image, word.line, word.box, word.conf, text)


def _plain_lines(words: Sequence[OcrWord], page: int, scale: float, offset: tuple[int, int]) -> list[TextLine]:
    """Tesseract's own lines, when the shared layout analysis is not there to group the words."""
    ox, oy = offset
    out: list[TextLine] = []
    for line in words_to_lines(words):
        text = nfc(" ".join(w.text for w in line)).strip()
        if text:
            box = (
                (min(w.box[0] for w in line) + ox) * scale,
                (min(w.box[1] for w in line) + oy) * scale,
                (max(w.box[2] for w in line) + ox) * scale,
                (max(w.box[3] for w in line) + oy) * scale,
            )
            out.append(TextLine(text, Provenance(page=page, bbox=box)))
    return out


def outside_text(
    painted: Image, text_ink: Image, tables: Sequence[TableBox], *, page: int, dpi: int
) -> OutsideText:
    """Read everything printed outside ``tables`` on a deskewed page (rules already painted out)."""
    outside = painted.copy()
    ink = text_ink.copy()
    for t in tables:
        x0, y0, x1, y1 = t.box
        outside[y0:y1, x0:x1] = 255
        ink[y0:y1, x0:x1] = 0
    if int(np.count_nonzero(ink)) < 50:
        return OutsideText((), (), ())
    ys, xs = np.nonzero(ink)
    pad = 20
    bx0, by0 = max(0, int(xs.min()) - pad), max(0, int(ys.min()) - pad)
    bx1, by1 = min(ink.shape[1], int(xs.max()) + pad), min(ink.shape[0], int(ys.max()) + pad)
    words = [
        _fix_word(w, painted, (bx0, by0)) for w in run_tesseract([outside[by0:by1, bx0:bx1]], psm=3) if w.text.strip()
    ]
    confidences = tuple(w.conf for w in words)
    scale = 72.0 / dpi
    try:
        from extractor.pdf_words import Word, words_to_layout
    except ImportError:  # the shared layout module is optional for OCR: fall back to plain lines
        return OutsideText((), tuple(_plain_lines(words, page, scale, (bx0, by0))), confidences)
    # Tesseract boxes hug each word's glyphs ("100,0" has no ascent, "Tấn" an accent); a text
    # layer's boxes span the font's height. Giving every word its line's extent makes words of one
    # printed line line up the way the layout analysis expects.
    extent: dict[tuple[int, int, int], tuple[int, int]] = {}
    for w in words:
        top, bottom = extent.get(w.line, (w.box[1], w.box[3]))
        extent[w.line] = (min(top, w.box[1]), max(bottom, w.box[3]))
    layout_words = [
        Word(
            text=nfc(w.text),
            x0=(w.box[0] + bx0) * scale,
            top=(extent[w.line][0] + by0) * scale,
            x1=(w.box[2] + bx0) * scale,
            bottom=(extent[w.line][1] + by0) * scale,
            page=page,
        )
        for w in words
    ]
    height, width = painted.shape[:2]
    layout = words_to_layout(layout_words, page=page, page_width=width * scale, page_height=height * scale)
    grids = tuple(replace(g, method="ocr-words") for g in layout.grids)
    return OutsideText(grids, tuple(layout.lines), confidences)
