"""Figures whose first reading left out ink they touch, read again over all of it.

On 200 dpi scans Tesseract's ``vie`` model drops the first digits of some short figures and boxes
only what it kept: "506" -> "06", "230" -> "0", "7,2" -> "+2" (dev scans v6270, v6680), whatever the
crop's padding, scale or binarisation. The word box then starts a digit or two right of where the
ink starts, with no gap between: the lost digits are ink no word covers. ``lost_ink_box`` finds
that ink (the columns of ink joined to the word, short of a word space, up to the next word);
``regained_figure`` takes a reading of the widened crop by the English model, which reads these
figures whole ("506", "230", "7,2" in every look), only when two looks agree on the digits and
the reading keeps every digit the first one printed: a re-read may add the lost digits, never
change the ones read.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import cv2
import numpy as np
from numpy.typing import NDArray

from extractor.ocr_numbers import (
    PURE_NUMBER_RE,
    digits_of,
    ink_number,
    is_subsequence,
    looks_numeric,
    reread_marks,
)
from extractor.ocr_tesseract import OcrWord, has_language, run_tesseract, words_by_image, words_to_lines

Image = NDArray[Any]

__all__ = ["figure_like", "lost_ink_box", "regain_digits", "regained_figure", "uncovered_ink", "wide_readings"]

# Ink a word box leaves out counts as lost when it reaches this many letter heights beyond the
# box (a digit is about 0.55 of the height; Tesseract's boxes hug their ink within a pixel or two).
LOST_SHARE = 0.3
# Ink columns closer than this many letter heights are one word (a word space is about 0.35).
JOIN_SHARE = 0.25
# The model that reads what ``vie`` dropped, and the scales it reads at.
WIDE_MODEL = "eng"
_WIDE_LOOKS = (1.0, 2.0)


def figure_like(text: str) -> bool:
    """A short word with a digit and no word of two letters in it ("06", "+2", "4l,1"; not "TH 2021").

    >>> figure_like("+2"), figure_like("TH 2021"), figure_like("Vượt")
    (True, False, False)
    """
    return (len(text) <= 8 and any(ch.isdigit() for ch in text)
            and not any(len(part) >= 2 and part.isalpha() for part in text.split()))


def uncovered_ink(crop: Image, words: Sequence[OcrWord]) -> bool:
    """True when the words read in a one-line cell crop (boxes in its pixels) leave out ink
    joined to them (``lost_ink_box``, the letter height taken from the crop's ink)."""
    if not words:
        return False
    _, dark = cv2.threshold(crop, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    rows = np.flatnonzero(dark.any(axis=1))
    if len(rows) == 0:
        return False
    box = (min(w.box[0] for w in words), int(rows[0]), max(w.box[2] for w in words), int(rows[-1]) + 1)
    return lost_ink_box(crop, box, [], float(rows[-1] - rows[0] + 1)) is not None


def lost_ink_box(
    image: Image, box: tuple[int, int, int, int], others: Sequence[tuple[int, int, int, int]], unit: float
) -> tuple[int, int, int, int] | None:
    """``box`` (pixels of ``image``, an ink crop on white) widened to the ink it touches that no
    other word's box (``others``, same coordinates) covers; None when it leaves out less than
    ``LOST_SHARE`` of the letter height ``unit`` on either side.

    >>> img = np.full((30, 80), 255, np.uint8); img[5:25, 10:20] = 0; img[5:25, 22:30] = 0
    >>> lost_ink_box(img, (22, 5, 30, 25), [], 20.0)
    (10, 5, 30, 25)
    >>> lost_ink_box(img, (10, 5, 30, 25), [], 20.0) is None
    True
    """
    x0, y0, x1, y1 = box
    height, width = image.shape[:2]
    if min(height, y1) <= max(0, y0) or x1 <= x0:
        return None
    _, dark = cv2.threshold(image, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    columns: NDArray[Any] = np.asarray(dark[max(0, y0) : min(height, y1), :].any(axis=0))
    lo = max([o[2] for o in others if o[2] <= x0 and o[1] < y1 and y0 < o[3]], default=0)
    hi = min([o[0] for o in others if o[0] >= x1 and o[1] < y1 and y0 < o[3]], default=width)
    gap = max(2, round(JOIN_SHARE * unit))
    left = _reach(columns, x0 - 1, max(lo, 0) - 1, -1, gap, x0)
    right = _reach(columns, x1, min(hi, width), 1, gap, x1 - 1) + 1
    if x0 - left < LOST_SHARE * unit and right - x1 < LOST_SHARE * unit:
        return None
    return (left, y0, right, y1)


def _reach(columns: NDArray[Any], start: int, stop: int, step: int, gap: int, edge: int) -> int:
    """The last ink column from ``start`` towards ``stop`` before a run of ``gap`` blank ones."""
    blank = 0
    for k in range(start, stop, step):
        if columns[k]:
            edge, blank = k, 0
        else:
            blank += 1
            if blank > gap:
                break
    return edge


def wide_readings(crops: Sequence[Image]) -> list[list[str]]:
    """Each crop read by ``WIDE_MODEL`` as one line (no digits-only list: a ")" after a numbering
    "1)" must not become a "1"), in each of ``_WIDE_LOOKS``; empty
    lists when that model is not installed (a lost digit is then left as the first reading)."""
    if not crops or not has_language(WIDE_MODEL):
        return [[] for _ in crops]
    out: list[list[str]] = [[] for _ in crops]
    for factor in _WIDE_LOOKS:
        images = [c if factor == 1 else cv2.resize(c, None, fx=factor, fy=factor, interpolation=cv2.INTER_CUBIC) for c in crops]
        words = run_tesseract(images, psm=7, lang=WIDE_MODEL)
        for k, ws in enumerate(words_by_image(words, len(images))):
            out[k].append(" ".join(w.text for line in words_to_lines(ws) for w in line).strip())
    return out


def regained_figure(text: str, readings: Sequence[str]) -> str | None:
    """The figure the looks at a word's widened crop agree on, when it keeps every digit of
    ``text`` (the first reading) and adds the ones it lost; None otherwise. Of agreeing looks, one
    that prints a mark wins (a blurred comma is dropped far more often than invented).

    >>> regained_figure("06", ["506", "506"]), regained_figure("+2", ["72", "7,2"])
    ('506', '7,2')
    >>> regained_figure("06", ["506", "596"]) is None, regained_figure("45", ["45", "45"]) is None
    (True, True)
    >>> regained_figure("0%", ["30%", "30%"]), regained_figure("81", ["91", "91"]) is None
    ('30%', True)
    """
    clean = [r for r in readings if looks_numeric(r)]
    if len(clean) < 2 or len(clean) != len(readings) or len({digits_of(r) for r in clean}) != 1:
        return None
    digits = digits_of(clean[0])
    if len(digits) <= len(digits_of(text)) or not is_subsequence(digits_of(text), digits):
        return None
    return max(clean, key=lambda r: sum(ch in ".," for ch in r))


def regain_digits(texts: Sequence[str], crops: Sequence[Image]) -> list[str | None]:
    """For each figure-like text and the crop of all its ink, the figure with the digits it lost
    (``regained_figure`` over ``wide_readings``, marks set from the ink), or None."""
    out: list[str | None] = []
    for text, crop, readings in zip(texts, crops, wide_readings(crops), strict=True):
        found = regained_figure(text, readings)
        if found is not None and PURE_NUMBER_RE.match(found):
            found = reread_marks(found, ink_number(crop))
        out.append(found)
    return out
