"""Reading cell images with Tesseract: first readings, second opinions, checks against the ink.

A ruled table's cells (``extractor.ocr_page``) and the number words of unruled text
(``extractor.ocr_words``) are small images; ``read_cells`` reads a page's worth of them in a few
Tesseract runs: a first reading, then ``improve_reads`` (second opinions for low-confidence
images and for numbers whose digits or marks disagree with their ink, a digits-only pass).
``check_letter_case`` and ``check_numbers`` then read lone letters and separator marks again
from the ink.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import cv2
import numpy as np
from numpy.typing import NDArray

from extractor.ocr_choices import choices_by_syllable, held_to_ink, near_by_syllable
from extractor.ocr_lexicon import fix_phrase, fix_tones
from extractor.ocr_lost_ink import figure_like, regain_digits, uncovered_ink
from extractor.ocr_numbers import (
    PURE_NUMBER_RE,
    ink_disagrees,
    ink_number,
    is_subsequence,
    looks_numeric,
    reread_marks,
)
from extractor.ocr_tesseract import (
    DIGIT_WHITELIST,
    OcrWord,
    clean_cell_text,
    restore_slashes,
    run_tesseract,
    words_by_image,
    words_to_lines,
)
from normalizers.text import nfc

# OpenCV's stubs type every image loosely; 8-bit grayscale is what flows through here.
Image = NDArray[Any]

# A cell whose words average below this confidence (0..100) is read again, enlarged.
REREAD_CONFIDENCE = 93.0


@dataclass(frozen=True)
class CellRead:
    """The text read from one cell and how sure Tesseract was (0..100; 100 for an empty cell).

    near: per syllable of the reading, the letters the LSTM found nearly as likely
          (``extractor.ocr_choices.near_by_syllable``); only syllables that had some.
    lines_merged: a word of the reading is two lines tall (``lines_merged``): Tesseract took
          two printed lines for one there, and the words' order is not the print's.
    """

    text: str
    conf: float
    numeric_pass: bool = False
    near: dict[str, tuple[str, ...]] = field(default_factory=dict, compare=False)
    lines_merged: bool = field(default=False, compare=False)



def mostly_digits(text: str) -> bool:
    """A number with OCR junk in it ("39.5O0,00", "4l.100"): most of its characters are digits.

    A word of two letters or more beside the figure is no junk: "TH 2021", "KH 2022" (a header
    cell naming a year's column) are words and a year, and a digits-only reading of them loses
    the words ("2021", "2922": g10 scan v2300, whose figure columns lost their roles).

    >>> mostly_digits("4l.100"), mostly_digits("TH 2021")
    (True, False)
    """
    chars = [ch for ch in text if not ch.isspace()]
    if not chars or any(len(word) >= 2 and word.isalpha() for word in text.split()):
        return False
    digits = sum(ch.isdigit() for ch in chars)
    return digits >= 2 and digits / len(chars) >= 0.6


def _words_text(words: Sequence[OcrWord]) -> tuple[str, float]:
    if not words:
        return "", 0.0
    lines = words_to_lines(words)
    text = nfc(restore_slashes(clean_cell_text(" ".join(" ".join(w.text for w in line) for line in lines))))
    # The word lists' corrections, only where the ink left room for them (``extractor.ocr_choices``).
    return held_to_ink(text, fix_tones(fix_phrase(text)), choices_by_syllable(words)), float(np.mean([w.conf for w in words]))


def _cell_read(words: Sequence[OcrWord]) -> CellRead:
    """A cell's words -> its reading, with the letters the LSTM nearly read instead."""
    return CellRead(*_words_text(words), near=near_by_syllable(words), lines_merged=lines_merged(words))


# A word box this many times the words' median height spans two printed lines: a capital with an
# accent ("Ấ") and a bracket reach about 1.3 times a small word's height.
_TWO_LINES = 1.75


def lines_merged(words: Sequence[OcrWord]) -> bool:
    """True when one of at least three words read from a cell is two lines tall.

    Tesseract then took two printed lines for one there: dev scan v16100 (skewed 1.2°) read a
    header cell "Kết quả thực hiện năm 2025 (tỷ lệ %)" as "Kết quả In năm hiện 2025 (tỷ lệ %)",
    its "In" (for "thực") boxed over two lines and "năm" put before "hiện".

    >>> boxes = [("Kết", 7, 48), ("quả", 7, 48), ("In", 41, 125), ("năm", 45, 101), ("hiện", 79, 106),
    ...          ("2025", 103, 149), ("(tỷ", 103, 149), ("lệ", 141, 183), ("%)", 146, 173)]
    >>> words = [OcrWord(0, (1, 1, 1), (0, y0, 10, y1), 90.0, text) for text, y0, y1 in boxes]
    >>> lines_merged(words), lines_merged([w for w in words if w.text != "In"])
    (True, False)
    """
    if len(words) < 3:
        return False
    heights = sorted(w.box[3] - w.box[1] for w in words)
    middle = float(np.median(heights))
    return middle > 0 and heights[-1] >= _TWO_LINES * middle


def _enlarged(image: Image) -> Image:
    """Twice the size, then Otsu black-and-white: small or single glyphs ("A", "C" in the STT
    column, "111,1" whose comma is a few pixels) are read far more reliably this way."""
    big = cv2.resize(image, None, fx=2.0, fy=2.0, interpolation=cv2.INTER_CUBIC)
    _, bw = cv2.threshold(big, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    return bw


def _comparator_space(text: str, crop: Image) -> str:
    """``">90"`` -> ``"> 90"`` when the printed gap after the sign is a space, not letter spacing.

    Tesseract glues a comparison sign to its number; the ink says whether a space was printed: the
    gap after the first glyph is then about two thirds of the digit height, without one a quarter.
    """
    m = re.match(r"^([<>≤≥])(\d.*)$", text)
    if not m:
        return text
    _, bw = cv2.threshold(crop, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    columns = np.flatnonzero(bw.max(axis=0) > 0)
    rows = np.flatnonzero(bw.max(axis=1) > 0)
    if len(columns) < 2 or len(rows) < 2:
        return text
    height = rows[-1] - rows[0] + 1
    jumps = np.flatnonzero(np.diff(columns) > 1)
    if len(jumps) == 0:
        return text
    gap = columns[jumps[0] + 1] - columns[jumps[0]] - 1
    return f"{m.group(1)} {m.group(2)}" if gap >= 0.45 * height else text


def is_single_line(crop: Image) -> bool:
    """True when a cell's text looks like one printed line: its ink is not much taller than its
    tallest glyph (or word: blurred scans join letters). Only used to pick second opinions, so a
    two-line cell whose lines touch and pass for one costs a retry, not a reading."""
    _, bw = cv2.threshold(crop, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    n, _, stats, _ = cv2.connectedComponentsWithStats(bw, connectivity=8)
    heights = [int(stats[k][cv2.CC_STAT_HEIGHT]) for k in range(1, n) if stats[k][cv2.CC_STAT_AREA] >= 6]
    if not heights:
        return True
    rows = np.flatnonzero(bw.max(axis=1) > 0)
    return int(rows[-1] - rows[0] + 1) <= 1.5 * max(heights)


def _read(crops: Sequence[Image], indexes: Sequence[int], *, psm: int, enlarge: bool = False) -> dict[int, CellRead]:
    """``crops[i]`` for each ``i`` in ``indexes`` read in one Tesseract run."""
    if not indexes:
        return {}
    images = [_enlarged(crops[i]) if enlarge else crops[i] for i in indexes]
    words = run_tesseract(images, psm=psm)
    return {i: _cell_read(ws) for i, ws in zip(indexes, words_by_image(words, len(images)), strict=True)}


# A rule inside a cell's crop is dark over most of its height (the crop has a margin above and
# below: 0.7 on dev variant 3720); a digit's or letter's stroke over a third of it.
_RULE_HEIGHT = 0.55


def rule_pieces(crop: Image, span: int) -> list[Image] | None:
    """The ``span`` pieces a merged cell's crop falls into at the vertical rules printed inside it
    (short rules of a low header row the line finder missed: "2024 | 2025 | 2030" under one
    group, which Tesseract then reads as nothing at all); None unless exactly ``span`` pieces
    with ink in each.
    """
    if span < 2 or crop.shape[1] < 4 * span:
        return None
    _, bw = cv2.threshold(crop, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    dark = (bw > 0).mean(axis=0) >= _RULE_HEIGHT
    edges, start = [], None
    for x, is_rule in enumerate([*dark.tolist(), False]):
        if is_rule and start is None:
            start = x
        elif not is_rule and start is not None:
            edges.append((start, x))
            start = None
    width = crop.shape[1]
    inner = [(a, b) for a, b in edges if a > 2 and b < width - 2]
    if len(inner) != span - 1:
        return None
    # A rule's anti-aliased edge is a pixel or two of grey beside it: cut clear of it.
    cuts = [0, *(x for a, b in inner for x in (max(0, a - 3), min(width, b + 3))), width]
    pieces = [crop[:, cuts[k] : cuts[k + 1]] for k in range(0, len(cuts), 2)]
    if any(piece.shape[1] < 4 or not (bw[:, cuts[k] : cuts[k + 1]] > 0).any() for k, piece in zip(range(0, len(cuts), 2), pieces, strict=True)):
        return None
    return pieces


def read_split_cells(crops: Sequence[Image], spans: Sequence[int], reads: Sequence[CellRead]) -> list[CellRead]:
    """Merged cells (``spans`` > 1) read as nothing, read again piece by piece between the rules
    printed inside them (``rule_pieces``), the pieces' texts joined by " | " as Tesseract prints
    a rule it reads (``extractor.ocr_page`` splits them over the columns)."""
    out = list(reads)
    todo = [(i, pieces) for i, (r, span) in enumerate(zip(reads, spans, strict=True))
            if not r.text and span > 1 and (pieces := rule_pieces(crops[i], span)) is not None]
    if not todo:
        return out
    flat = [piece for _, pieces in todo for piece in pieces]
    read = _read(flat, range(len(flat)), psm=7)
    k = 0
    for i, pieces in todo:
        parts = [read[k + j] for j in range(len(pieces))]
        k += len(pieces)
        if all(p.text for p in parts):
            out[i] = CellRead(" | ".join(p.text for p in parts), min(p.conf for p in parts),
                              near={k: v for p in parts for k, v in p.near.items()})
    return out


def read_cells(crops: Sequence[Image]) -> list[CellRead]:
    """All cell images of a page -> their texts, in a handful of Tesseract runs.

    Every cell is first read as a block of Vietnamese text (psm 6: a cell may wrap over several
    lines), then ``improve_reads`` gets second opinions where that reading is unsure.
    """
    words = words_by_image(run_tesseract(list(crops), psm=6), len(crops))
    reads = improve_reads(crops, [_cell_read(ws) for ws in words])
    # A figure whose first reading left out ink it touches ("06" boxed inside the ink of "506"):
    # the digits it lost, read over all of it (``extractor.ocr_lost_ink``).
    todo = [i for i, r in enumerate(reads) if figure_like(r.text) and is_single_line(crops[i]) and uncovered_ink(crops[i], words[i])]
    for i, text in zip(todo, regain_digits([reads[i].text for i in todo], [crops[i] for i in todo]), strict=True):
        if text is not None:
            reads[i] = replace(reads[i], text=text)
    return reads


def improve_reads(crops: Sequence[Image], reads: Sequence[CellRead]) -> list[CellRead]:
    """First readings of ``crops`` -> better ones, where Tesseract was unsure or the ink disagrees.

    1. images read with confidence below ``REREAD_CONFIDENCE`` or not at all, again enlarged
       (``_enlarged``), the more confident reading winning; one-line images still unread once more
       as a single line (psm 7: psm 6 drops a lone "5");
    2. one-line numbers whose digits or separator marks are not what their ink shows
       (``extractor.ocr_numbers``: psm 6 can drop the "5" of "50", or a comma) get up to three
       second opinions (psm 7, enlarged, both); the first that agrees with the ink wins;
    3. ``reread_numbers``: images that are mostly digits but not a clean number, digits only.
    """
    reads = list(reads)
    # The ink is measured only where it can say something: on one-line images read as a plain
    # number (``ink_disagrees`` is False for anything else), and, for the line count, on images
    # still unread (connected components on every cell cost a quarter of a page's time).
    single: dict[int, bool] = {}

    def one_line(i: int) -> bool:
        if i not in single:
            single[i] = is_single_line(crops[i])
        return single[i]

    inks = [ink_number(c) if PURE_NUMBER_RE.match(r.text) and one_line(i) else None
            for i, (c, r) in enumerate(zip(crops, reads, strict=True))]
    suspect = [i for i, r in enumerate(reads) if ink_disagrees(r.text, inks[i])]
    suspects = set(suspect)
    # A reading with a word two lines tall is read again too, and the enlarged reading without
    # one wins whatever the confidences (v16100: the misordered header 92.0, the right one 90.8).
    low = [i for i, r in enumerate(reads)
           if (r.conf < REREAD_CONFIDENCE or not r.text or r.lines_merged) and i not in suspects]
    for i, candidate in _read(crops, low, psm=6, enlarge=True).items():
        if candidate.text and (candidate.conf > reads[i].conf or not reads[i].text
                               or (reads[i].lines_merged and not candidate.lines_merged)):
            reads[i] = candidate
    unread = [i for i in low if not reads[i].text and one_line(i)]
    for i, candidate in _read(crops, unread, psm=7).items():
        if candidate.text:
            reads[i] = candidate
    for psm, enlarge in ((7, False), (6, True), (7, True)):
        for i, candidate in _read(crops, suspect, psm=psm, enlarge=enlarge).items():
            if candidate.text and not ink_disagrees(candidate.text, inks[i]):
                reads[i] = candidate
        suspect = [i for i in suspect if ink_disagrees(reads[i].text, inks[i])]
    reads = reread_numbers(crops, reads)
    return [replace(r, text=_comparator_space(r.text, c)) for r, c in zip(reads, crops, strict=True)]


# Letters whose capital is their small letter enlarged: only their size tells them apart.
_SIZE_ONLY_CASE = set("cosuvwxzCOSUVWXZ")


def check_letter_case(
    reads: dict[tuple[int, int], CellRead], crops: dict[tuple[int, int], Image]
) -> dict[tuple[int, int], CellRead]:
    """A lone "v" or "c" (a section number "V", "C" in the STT column) set in the case its size says.

    Tesseract cannot tell "V" from "v" on its own; the table's digits are as tall as its capitals,
    so a lone letter at least 0.85 of that is a capital and one under 0.7 a small letter.
    """
    heights = [
        ink.height
        for key, read in reads.items()
        if key in crops and PURE_NUMBER_RE.match(read.text) and (ink := ink_number(crops[key])) is not None
    ]
    if not heights:
        return reads
    cap = float(np.median(heights))
    out = dict(reads)
    for key, read in reads.items():
        if len(read.text) != 1 or read.text not in _SIZE_ONLY_CASE or key not in crops:
            continue
        _, bw = cv2.threshold(crops[key], 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
        rows = np.flatnonzero(bw.max(axis=1) > 0)
        size = float(rows[-1] - rows[0] + 1) / cap if len(rows) else 0.0
        text = read.text.upper() if size >= 0.85 else (read.text.lower() if size <= 0.7 else read.text)
        if text != read.text:
            out[key] = CellRead(text, read.conf, read.numeric_pass)
    return out


def check_numbers(
    reads: dict[tuple[int, int], CellRead], crops: dict[tuple[int, int], Image]
) -> tuple[dict[tuple[int, int], CellRead], dict[tuple[int, int], str]]:
    """Separator marks of one-line numbers read again from their ink (``extractor.ocr_numbers``).

    Returns the reads with the marks corrected and, per corrected cell, the text OCR gave.
    """
    out = dict(reads)
    before: dict[tuple[int, int], str] = {}
    for key, read in reads.items():
        if key not in crops or not PURE_NUMBER_RE.match(read.text):
            continue  # ``reread_marks`` leaves anything but a plain number as it is
        text = reread_marks(read.text, ink_number(crops[key]))
        if text != read.text:
            out[key] = CellRead(text, read.conf, read.numeric_pass)
            before[key] = read.text
    return out, before


_YEAR_SPAN_RE = re.compile(r"((?:19|20)\d\d)\s*[-–]\s*(\d{1,4})(?!\d)")
_YEAR_RE = re.compile(r"^(?:19|20)\d\d$")


def _plausible_span(match: re.Match[str]) -> bool:
    start, end = match.group(1), match.group(2)
    return len(end) == 4 and end[:2] in ("19", "20") and 0 < int(end) - int(start) <= 30


def tight_reading_wanted(text: str) -> bool:
    """A word whose first reading may have lost ink a reading of its own crop keeps: a number of
    two or more digits without a separator ("1043" for "104,3": at 200 dpi the comma touches the
    digit, no ink check sees it, and the line's reading or an enlarged one drops it), or a span of
    years whose end is no year after its start ("2020-2235", "2021-202")."""
    if PURE_NUMBER_RE.match(text) and text.isdigit() and len(text) >= 2 and not _YEAR_RE.match(text):
        return True
    span = _YEAR_SPAN_RE.search(text)
    return span is not None and not _plausible_span(span)


def tight_reading_kept(text: str, tight: str) -> str:
    """``text`` corrected by ``tight``, the reading of the word's own crop as one line (psm 7, not
    enlarged: enlarging and binarising loses a comma a few pixels wide), only where ``tight`` adds
    what ``text`` lost: a separator mark among the same digits (a digit or two the first reading
    dropped with it may come back: "519" -> "51,30"), or a plausible end of a span of years."""
    tight = tight.strip()
    if text.isdigit() and PURE_NUMBER_RE.match(tight) and any(ch in ".," for ch in tight):
        digits = tight.replace(".", "").replace(",", "")
        if is_subsequence(text, digits) and len(digits) <= len(text) + 2:
            return tight
        return text
    span, better = _YEAR_SPAN_RE.search(text), _YEAR_SPAN_RE.search(tight)
    if span and better and not _plausible_span(span) and _plausible_span(better) and span.group(1) == better.group(1):
        return text[: span.start(2)] + better.group(2) + text[span.end(2) :]
    return text


def tight_readings(crops: Sequence[Image]) -> list[str]:
    """Each crop read as one line, as it is (psm 7), in one Tesseract run."""
    words = run_tesseract(list(crops), psm=7)
    return [_words_text(ws)[0] for ws in words_by_image(words, len(crops))]


def reread_numbers(crops: Sequence[Image], reads: list[CellRead]) -> list[CellRead]:
    """Digits-only pass (psm 7) for cells that are mostly digits but did not read as a clean number.

    The digits-only reading replaces the first only when it is a clean number; otherwise the first
    reading stays as printed (and the page notes it).
    """
    todo = [i for i, r in enumerate(reads) if r.text and not looks_numeric(r.text) and mostly_digits(r.text)]
    if not todo:
        return reads
    words = run_tesseract([_enlarged(crops[i]) for i in todo], psm=7, whitelist=DIGIT_WHITELIST)
    out = list(reads)
    for i, ws in zip(todo, words_by_image(words, len(todo)), strict=True):
        text, conf = _words_text(ws)
        if looks_numeric(text):
            out[i] = CellRead(text, conf, numeric_pass=True)
    return out


