"""Separator marks of OCR'd numbers, read again from the ink.

At scan resolution a comma and a period differ by a pixel or two, and Tesseract confuses them or
drops them ("98,4" -> "98.4", "111,1" -> "1111"). A dropped mark changes a value a hundredfold and a
swapped one can turn a decimal into thousands, so after OCR each one-line number is checked
against its own ink (``ink_number``):

- the marks are the small blobs on the baseline between the first and last digit;
- a comma's tail goes below the digits' baseline, a period sits on it. Measured with sub-pixel
  edges (where the darkness falls to half its peak) on Biểu 01 scanned at 200 dpi, periods end
  within ±0.015 of the digit height from the baseline and commas 0.055–0.18 below it, so a mark is
  called only outside a safety band around 0.035; inside it the OCR's character stays.

``reread_marks`` rewrites the text's separators from the ink (restoring dropped ones where the
digits can be counted) and reports whether anything changed, so the row can say so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from numpy.typing import NDArray

PURE_NUMBER_RE = re.compile(r"^\d+(?:[.,]\d+)*$")
_STRICT_NUMBER_RE = re.compile(r"^[<>≥≤]?\s*-?[\d.,]+(?:\s*[-/]\s*[\d.,]+)?\s*%?$")


def looks_numeric(text: str) -> bool:
    """True for a cell printed as a number: ``"39.500,00"``, ``"> 90"``, ``"5-6"``, ``"13/14"``."""
    return bool(_STRICT_NUMBER_RE.match(text.strip())) and any(ch.isdigit() for ch in text)


def digits_of(text: str) -> str:
    """The digits of ``text``, in order: ``"2.202,34"`` -> ``"220234"``."""
    return "".join(ch for ch in text if ch.isdigit())


def is_subsequence(short: str, long: str) -> bool:
    """Every character of ``short`` is in ``long``, in order: a second reading that keeps each digit
    the first read and adds the ones it lost ("0" in "70", "02" in "2.202,34")."""
    it = iter(long)
    return all(ch in it for ch in short)

# Descent below the baseline, as a share of the digit height: a comma's tail vs a period.
COMMA_MIN_DESCENT = 0.045
PERIOD_MAX_DESCENT = 0.025


@dataclass(frozen=True)
class Mark:
    """One separator blob: its x centre (pixels) and what its shape says: ",", "." or "" (unsure)."""

    x: float
    char: str


@dataclass(frozen=True)
class InkNumber:
    """What a one-line number looks like in ink.

    digits: x-ranges of the tall components, left to right (one per digit unless two touch).
    marks:  the separator blobs, left to right.
    height: the digits' height in pixels (top to baseline): the table's capital-letter height.
    """

    digits: tuple[tuple[int, int], ...]
    marks: tuple[Mark, ...]
    height: float = 0.0


def _half_edges(profile: NDArray[Any]) -> tuple[float, float]:
    """First and last position where ``profile`` reaches half its peak, interpolated between pixels."""
    peak = float(profile.max())
    half = peak / 2.0
    above = np.flatnonzero(profile >= half)
    a, b = int(above[0]), int(above[-1])
    start = a - (profile[a] - half) / max(profile[a] - profile[a - 1], 1e-6) if a > 0 else float(a)
    end = b + (profile[b] - half) / max(profile[b] - profile[b + 1], 1e-6) if b + 1 < len(profile) else float(b)
    return float(start), float(end)


# The same cell image is measured up to three times on its way through a page (second opinions,
# letter case, separator marks): the last few thousand results are kept, each with its image, so
# an entry is only ever used for the very array it was measured on.
_MEMO: dict[int, tuple[NDArray[Any], InkNumber | None]] = {}
_MEMO_SIZE = 4096


def ink_number(crop: NDArray[Any]) -> InkNumber | None:
    """The digits and separator marks of a one-line number image; None when it is not one line."""
    kept = _MEMO.get(id(crop))
    if kept is not None and kept[0] is crop:
        return kept[1]
    if len(_MEMO) >= _MEMO_SIZE:
        _MEMO.clear()
    found = _ink_number(crop)
    _MEMO[id(crop)] = (crop, found)
    return found


def _ink_number(crop: NDArray[Any]) -> InkNumber | None:
    _, bw = cv2.threshold(crop, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    n, labels, stats, _ = cv2.connectedComponentsWithStats(bw, connectivity=8)
    comps = [k for k in range(1, n) if stats[k][cv2.CC_STAT_AREA] >= 3]
    if not comps:
        return None
    tallest = max(int(stats[k][cv2.CC_STAT_HEIGHT]) for k in comps)
    digits = [k for k in comps if stats[k][cv2.CC_STAT_HEIGHT] >= 0.6 * tallest]
    tops = [int(stats[k][cv2.CC_STAT_TOP]) for k in digits]
    if max(tops) - min(tops) > 0.5 * tallest:
        return None  # more than one line
    dark = 255.0 - crop.astype(np.float64)

    def vertical_edges(k: int) -> tuple[float, float]:
        x, y, w, h = (int(v) for v in stats[k][:4])
        y0, x0 = max(0, y - 3), max(0, x - 3)
        own = cv2.dilate((labels[y0 : y + h + 3, x0 : x + w + 3] == k).astype(np.uint8), np.ones((3, 3), np.uint8))
        start, end = _half_edges((dark[y0 : y + h + 3, x0 : x + w + 3] * own).max(axis=1))
        return start + y0, end + y0

    digit_edges = [vertical_edges(k) for k in digits]
    top = float(np.median([t for t, _ in digit_edges]))
    base = float(np.median([b for _, b in digit_edges]))
    height = max(base - top, 1.0)
    left = min(int(stats[k][cv2.CC_STAT_LEFT]) for k in digits)
    right = max(int(stats[k][cv2.CC_STAT_LEFT] + stats[k][cv2.CC_STAT_WIDTH]) for k in digits)
    marks: list[Mark] = []
    for k in comps:
        x, y, w, h = (int(v) for v in stats[k][:4])
        # Short, in the lower half, reaching the baseline (a hyphen or a percent's ring sits
        # higher), and between digits.
        if h >= 0.6 * tallest or y <= top + 0.45 * height or y + h < base - 0.15 * height:
            continue
        if not (left < x and x + w < right):
            continue
        _, bottom = vertical_edges(k)
        descent = (bottom - base) / height
        char = "," if descent >= COMMA_MIN_DESCENT else ("." if descent <= PERIOD_MAX_DESCENT else "")
        marks.append(Mark(x + w / 2.0, char))
    marks.sort(key=lambda m: m.x)
    spans = sorted((int(stats[k][cv2.CC_STAT_LEFT]), int(stats[k][cv2.CC_STAT_LEFT] + stats[k][cv2.CC_STAT_WIDTH])) for k in digits)
    return InkNumber(digits=tuple(spans), marks=tuple(marks), height=height)


def ink_disagrees(text: str, ink: InkNumber | None) -> bool:
    """True when a plain number has other digits or marks than its ink shows.

    "1111" over the ink of "111,1" (a dropped comma), "0" over "50" (a dropped digit). Digits
    that touch make fewer components than digits, so only a text with *fewer* digits than
    components is suspect on that count.
    """
    if ink is None or not PURE_NUMBER_RE.match(text):
        return False
    digits = sum(ch.isdigit() for ch in text)
    return len(ink.marks) != sum(ch in ".," for ch in text) or digits < len(ink.digits)


def reread_marks(text: str, ink: InkNumber | None) -> str:
    """``text`` with its separators as the ink shows them; ``text`` itself when the ink cannot say.

    With one ink component per digit, every mark is put after the digit it follows (restoring a
    mark Tesseract dropped, when its shape is clear); otherwise, with as many marks as separators,
    each separator takes its mark's shape. An unclear mark keeps the OCR's character.

    >>> ink = InkNumber(digits=((0, 9), (11, 20), (22, 31), (40, 49)), marks=(Mark(35.0, ","),))
    >>> reread_marks("1111", ink), reread_marks("111.1", ink)
    ('111,1', '111,1')
    """
    if ink is None or not PURE_NUMBER_RE.match(text) or not ink.marks:
        return text
    marked = _marks_from_ink(text, ink)
    # A blurred scan's specks between digits pass for marks ("88,39" -> "8,8,3,9"): a reading no
    # office prints (a one-digit group after a mark, two decimal marks) is no better than the OCR's.
    return marked if WELL_FORMED_RE.match(marked) else text


# A number as printed: digits with one decimal mark, or thousands groups of three after a first
# group of one to three digits, with the same mark, then an optional decimal part with the other.
WELL_FORMED_RE = re.compile(r"^(?:\d+(?:[.,]\d+)?|\d{1,3}([.,])\d{3}(?:\1\d{3})*(?:(?!\1)[.,]\d+)?)$")


# A digit's ink is at most about as wide as it is tall (a "0" of DejaVu Sans 0.8 of its height);
# a component wider than this many heights is two digits that touch.
ONE_DIGIT_WIDTH = 1.1


def _one_per_digit(ink: InkNumber) -> bool:
    """False when a component is two touching digits wide: then as many components as digits is
    chance (dev scan v6880: "00" touching, and a "0" the red seal's removal broke in two, put the
    comma of "100,00" after the second digit: "10,000")."""
    return ink.height <= 0 or all(x1 - x0 <= ONE_DIGIT_WIDTH * ink.height for x0, x1 in ink.digits)


def _marks_from_ink(text: str, ink: InkNumber) -> str:
    digits = text.replace(".", "").replace(",", "")
    printed = [ch for ch in text if ch in ".,"]
    if len(digits) == len(ink.digits) and _one_per_digit(ink):
        after: dict[int, str] = {}
        for mark in ink.marks:
            k = sum(1 for x0, _ in ink.digits if x0 < mark.x)
            if not 0 < k < len(digits) or k in after:
                return text
            after[k] = mark.char
        # The OCR's own characters, by position, for marks whose shape is unclear.
        seen, ocr_after = 0, {}
        for ch in text:
            if ch.isdigit():
                seen += 1
            else:
                ocr_after[seen] = ch
        out: list[str] = []
        for k, ch in enumerate(digits, start=1):
            out.append(ch)
            if k in after:
                char = after[k] or ocr_after.get(k, "")
                if not char:
                    return text  # a dropped mark of unclear shape: not guessed
                out.append(char)
        return "".join(out)
    if len(printed) == len(ink.marks):
        chars = iter(m.char for m in ink.marks)
        return "".join((next(chars) or ch) if ch in ".," else ch for ch in text)
    return text
