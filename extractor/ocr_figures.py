"""Cells of a figures column that OCR did not read as a figure, read again as figures.

At 200 dpi, under a seal or on a skewed page, Tesseract reads a short number as letters: "11" ->
"H", "8" -> "bì", "92,7" -> "HE:", "90" -> "QQ", "7,2" -> "r2" (dev scans 4000-4999). Read as
Vietnamese text, nothing in the cell says it was a number, so the row lost the value without a
word. The column says it: when most of a column's cells are figures, a short unreadable cell in a
row of figures is a figure misread. ``reread_figures`` reads such a cell's ink again, digits and
marks only (``DIGIT_WHITELIST``), enlarged, twice (as one line and as one word), and keeps the
reading only when both agree on a clean figure: the whitelist makes Tesseract choose digits, so a
single forced reading could be digits it invented from a smudge. A cell neither reading settles
is noted as read uncertainly, so the page's warning counts it instead of passing it as text.

Labels ("Đạt", "Vượt"), dashes and words of four letters or more are left alone: they are text
the office printed in a figures column, not misread figures.

Also read again: a short figure whose ink shows more digits than its text (more components, or
a blob wider than its digits can be), a comparison sign's figure the same way (">2" for ">25"), a
row whose every figure was misread, and a figure both models read with fewer digits than its ink
(a repeated digit read once), from its digits pulled apart (``spaced_digits``).
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, replace
from typing import Any

import cv2
import numpy as np
from numpy.typing import NDArray

from extractor.colnumbers import damaged_column_number_row, is_column_number_row
from extractor.grid import Grid
from extractor.ocr_cells import is_single_line, looks_numeric, mostly_digits
from extractor.ocr_numbers import (
    PURE_NUMBER_RE,
    WELL_FORMED_RE,
    digits_of,
    ink_disagrees,
    ink_number,
    is_subsequence,
    reread_marks,
)
from extractor.ocr_tesseract import (
    DIGIT_WHITELIST,
    has_language,
    run_tesseract,
    words_by_image,
    words_to_lines,
)
from normalizers.numbers import parse_value

Image = NDArray[Any]

__all__ = ["comparator_from_ink", "figure_columns", "lost_marks", "misread_figures", "reread_figures", "unsettled_figures"]

_FIGURE_KINDS = ("number", "range", "comparator", "fraction")
# A column is a figures column when at least this many of its cells, and this share of the cells
# that are neither blank nor a label, are figures.
_MIN_FIGURES = 3
_MIN_SHARE = 0.6
# A misread figure is short: "H", "HE:", "s0) g9", "1(M).2u". Longer text is a note or a sentence.
_MAX_CHARS = 8


def _kind(text: str) -> str:
    return parse_value(text).kind if text.strip() else "blank"


def _name_column(grid: Grid, width: int) -> int:
    """The column holding the most names (cells of two words or more with ten letters), -1 when
    none does: the number column left of it ("1", "2", "a)") is no figures column."""
    def names(c: int) -> int:
        return sum(1 for r in grid.rows if c < len(r) and len(r[c].text.split()) >= 2
                   and sum(ch.isalpha() for ch in r[c].text) >= 10)
    counts = [names(c) for c in range(width)]
    return max(range(width), key=lambda c: (counts[c], -c)) if any(counts) else -1


def figure_columns(grid: Grid) -> set[int]:
    """Indexes of the columns right of the names most of whose cells are figures.

    >>> from extractor.grid import GridCell
    >>> g = Grid(rows=tuple(tuple(GridCell(t) for t in r) for r in (("1", "Thu ngân sách", "50,0"), ("2", "Chi thường xuyên", "H"), ("3", "Vốn đầu tư", "7"), ("4", "Nợ xấu", "9"))))
    >>> sorted(figure_columns(g))
    [2]
    """
    width = max((len(r) for r in grid.rows), default=0)
    out: set[int] = set()
    for c in range(_name_column(grid, width) + 1, width):
        kinds = [_kind(r[c].text) for r in grid.rows if c < len(r)]
        figures = sum(k in _FIGURE_KINDS for k in kinds)
        counted = sum(k not in ("blank", "label") for k in kinds)
        if figures >= _MIN_FIGURES and figures >= _MIN_SHARE * counted:
            out.add(c)
    return out


_DANGLING_MARK_RE = re.compile(r"^(\d{1,6})[.,]$")
# One letter glued to a short figure ("9Q", "l5"): no unit or label is one letter stuck to its
# digits; a seal's ink over a "0" (dev scan v12810) is read so.
_GLUED_LETTER_RE = re.compile(r"^(?:[^\W\d_]\d{1,4}|\d{1,4}[^\W\d_])$")


def _misread(text: str) -> bool:
    """True for a cell text that is neither a figure, a label nor a blank, and short enough to be a
    misread figure rather than printed words; and for a figure that ends in its decimal mark.

    >>> _misread("HE:"), _misread("92,"), _misread("92,7"), _misread("Đạt"), _misread("9Q"), _misread("5 ha")
    (True, True, False, False, True, False)
    """
    squeezed = "".join(text.split())
    if _DANGLING_MARK_RE.match(squeezed):
        return True  # "92," for "92,7": a mark with no digit after it lost them
    if _GLUED_LETTER_RE.match(squeezed):
        return True  # "9Q" for "90": the parser reads the 9 and drops the letter, a digit lost
    if not squeezed or len(squeezed) > _MAX_CHARS or _kind(text) != "unparsed":
        return False
    return not any(len(word) >= 4 and word.isalpha() for word in text.split())


def misread_figures(grid: Grid, *, blanks: bool = False) -> list[tuple[int, int]]:
    """(row, column) of each cell of a figures column, in a row holding figures, that reads as
    neither a figure nor a label nor a blank ("H" among "13", "-", "-"); with ``blanks``, its
    empty cells too (their ink, if any, was not read as a word: "8" of v4720 lost to "bì").

    >>> from extractor.grid import GridCell
    >>> g = Grid(rows=tuple(tuple(GridCell(t) for t in r) for r in (("Thu ngân sách", "50,0", "46"), ("Chi thường xuyên", "H", "13"), ("Vốn đầu tư", "7", "8"), ("Nợ xấu", "9", "Đạt"))))
    >>> misread_figures(g)
    [(1, 1)]
    >>> misread_figures(Grid(rows=g.rows + ((GridCell("Tỷ lệ hộ nghèo"), GridCell("Tả"), GridCell("q1")),)))
    [(1, 1), (4, 1), (4, 2)]
    """
    columns = figure_columns(grid)
    out: list[tuple[int, int]] = []
    body: int | None = None  # the first row holding figures: the header is above it
    for r, row in enumerate(grid.rows):
        if r < grid.header_rows:
            continue
        figures = [c for c in columns if c < len(row) and _kind(row[c].text) in _FIGURE_KINDS]
        if not figures:
            # A header or section row: its text is no figure. But a body row whose every figure
            # OCR misread has none left to tell it is one ("Tả | q1" for "73 | 81", dev scan
            # v12830): below the first row of figures, a row whose printed cells of the figures
            # columns are all misread figures is one.
            printed = [c for c in sorted(columns) if c < len(row) and row[c].text.strip()]
            if body is not None and printed and all(_misread(row[c].text) for c in printed):
                out.extend((r, c) for c in printed)
            continue
        body = r if body is None else body
        # A blank is only worth reading in a row of figures, not in a wrapped line of a name that
        # carries one figure of its own (or none).
        full = blanks and 2 * len(figures) >= len(columns)
        out.extend((r, c) for c in sorted(columns)
                   if c < len(row) and (_misread(row[c].text) or (full and not row[c].text.strip())))
    return out


_YEAR_RE = re.compile(r"^(?:19|20)\d\d$")


def _unsettled(text: str) -> bool:
    """A cell text a figure's second reading may settle: a misread figure (``_misread``), or a
    number with OCR junk in it ("7m1" for "71": it parses as 7, its "m" dropped)."""
    return _misread(text) or (mostly_digits(text) and not looks_numeric(text))


def unsettled_figures(grid: Grid) -> list[tuple[int, int]]:
    """(row, column) of each unsettled cell (a misread figure, or a number with junk in it) of a
    column right of the names whose other printed cells, below the header, are figures (at least
    one; blanks, labels and other unsettled cells aside), in a row that names its indicator and
    holds a figure elsewhere (a row of column numbers, whole or damaged, does neither).

    ``figure_columns`` asks for three figures: a table of three rows whose small figures OCR read
    as glyphs keeps one or two per column ("«", "63,71", "#1" for "89", "63,71", "71"; dev scan
    v29830, a small sans font), and its misread cells were never read again.

    >>> from extractor.grid import GridCell
    >>> rows = (("Chỉ tiêu", "2024", "2025", "%"), ("Thôn có đường ô tô", "«", "86", "111,2"), ("Thu ngân sách", "63,71", "66,31", "97,3"), ("Giao dịch không tiền mặt", "#1", "7m1", "88,73"))
    >>> g = Grid(rows=tuple(tuple(GridCell(t) for t in r) for r in rows))
    >>> unsettled_figures(g)
    [(1, 1), (3, 1), (3, 2)]
    >>> unsettled_figures(Grid(rows=g.rows[:2] + ((GridCell("Tỷ lệ"), GridCell("Đạt"), GridCell("x")),)))
    []
    """
    width = max((len(r) for r in grid.rows), default=0)
    name = _name_column(grid, width)
    kinds = [[_kind(row[c].text) if c < len(row) else "blank" for c in range(width)] for row in grid.rows]

    def figures(r: int) -> list[int]:
        return [c for c in range(name + 1, width) if kinds[r][c] in _FIGURE_KINDS
                and not _YEAR_RE.match(grid.rows[r][c].text.strip())]

    def numbering(r: int) -> bool:  # a row of column numbers, whole or damaged ("@) @) (4)")
        texts = [cell.text for cell in grid.rows[r]]
        return is_column_number_row(texts) or damaged_column_number_row(texts) is not None

    def named(r: int) -> bool:  # a body row names its indicator; a row of marks ("@)", "(2)") does not
        row = grid.rows[r]
        return 0 <= name < len(row) and any(len(w) >= 3 and w.isalpha() for w in row[name].text.split())

    # The body starts at the first row holding a figure that is no year and no column number.
    body = next((r for r in range(max(0, grid.header_rows), len(grid.rows)) if figures(r) and not numbering(r)), None)
    if body is None:
        return []
    out: list[tuple[int, int]] = []
    for c in range(name + 1, width):
        rows = [r for r in range(body, len(grid.rows)) if c < len(grid.rows[r])]
        unsettled = [r for r in rows if _unsettled(grid.rows[r][c].text)]
        if not unsettled:
            continue
        others = [r for r in rows if r not in unsettled and kinds[r][c] not in ("blank", "label")]
        if not others or any(kinds[r][c] not in _FIGURE_KINDS for r in others):
            continue
        out.extend((r, c) for r in unsettled if any(k != c for k in figures(r)) and named(r) and not numbering(r))
    return sorted(out)


_DECIMAL_RE = re.compile(r"^\d+[.,](\d{1,2})$")


def _column_decimals(grid: Grid, col: int) -> int | None:
    """The decimals most of a column's plain numbers print ("82,5", "90,0", "88,5": 1), when at
    least three do and they are 60 % of its plain numbers; else None."""
    plain = [t for r in grid.rows if col < len(r) and PURE_NUMBER_RE.match(t := r[col].text.strip())]
    counts = Counter(len(m.group(1)) for t in plain if (m := _DECIMAL_RE.match(t)))
    if not counts:
        return None
    decimals, n = counts.most_common(1)[0]
    return decimals if n >= _MIN_FIGURES and n >= _MIN_SHARE * len(plain) else None


def lost_marks(grid: Grid) -> list[tuple[int, int]]:
    """(row, column) of each bare integer of more digits than its column's decimals, in a column
    whose numbers print decimals ("825" among "82,5", "88,0", "90,5"): at 200 dpi a comma that
    touches its digit is read as nothing. Whether it was printed only a second reading can say.

    >>> from extractor.grid import GridCell
    >>> g = Grid(rows=tuple((GridCell("Chỉ tiêu"), GridCell(t)) for t in ("82,5", "825", "88,0", "90,5", "100")))
    >>> lost_marks(g)
    [(1, 1), (4, 1)]
    """
    out: list[tuple[int, int]] = []
    for col in sorted(figure_columns(grid)):
        decimals = _column_decimals(grid, col)
        if decimals is None:
            continue
        out.extend((r, col) for r, row in enumerate(grid.rows)
                   if r >= grid.header_rows and col < len(row) and row[col].text.strip().isdigit()
                   and len(row[col].text.strip()) > decimals)
    return out


# Figures of up to this many digits are checked for a digit their ink shows and the text lacks:
# the ones dropped on dev scans were short ("73" -> "3", "22" -> "2", "96" -> "9", v4100).
_SHORT_DIGITS = 3


# A comparison sign before a figure (">25"): its ink is one more component beside the digits.
_SIGNED_RE = re.compile(r"^([<>≤≥])\s*(\d.*)$")


def _number_part(text: str) -> tuple[str, str]:
    """(the comparison sign or "", the figure after it).

    >>> _number_part(">25"), _number_part("60")
    (('>', '25'), ('', '60'))
    """
    m = _SIGNED_RE.match(text.strip())
    return (m.group(1), m.group(2)) if m else ("", text.strip())


def _short_figures(grid: Grid) -> list[tuple[int, int]]:
    """(row, column) of the short plain numbers of the figures columns, a comparison sign before
    them or not (">2" read for ">25", dev scan v12590), below the header."""
    columns = figure_columns(grid)
    return [(r, c) for r, row in enumerate(grid.rows) if r >= grid.header_rows for c in sorted(columns)
            if c < len(row) and PURE_NUMBER_RE.match(t := _number_part(row[c].text)[1]) and len(digits_of(t)) <= _SHORT_DIGITS]


# The widest a printed digit's ink is, per pixel of digit height (DejaVu Sans "0" with its share
# of the gap to the next: about 0.87); a figure whose ink spans room for a whole digit more than
# its text has is read again.
_DIGIT_PITCH = 0.87


def _wide_ink(text: str, crop: Image) -> bool:
    """True when the ink of a short plain number is wider than its digits can be: two digits
    touching, or joined by a seal's ink, make one component, so ``_lost_digits`` cannot count
    them ("99" read "9" under a grey seal, dev scan v12810: one blob 1.3 digit-heights wide).

    >>> _wide_ink("9", np.pad(np.zeros((24, 32), np.uint8), 10, constant_values=255))
    True
    >>> _wide_ink("95", np.pad(np.zeros((24, 32), np.uint8), 10, constant_values=255))
    False
    """
    ink = ink_number(crop)
    if ink is None or not ink.digits or ink.height <= 0:
        return False
    span = ink.digits[-1][1] - ink.digits[0][0]
    sign = 1 if _number_part(text)[0] else 0  # about a digit's room
    return span > (len(digits_of(text)) + sign + 0.35) * _DIGIT_PITCH * ink.height


def _lost_digits(text: str, crop: Image) -> int:
    """How many more digits the ink of a plain number shows than its text has (0 when it cannot
    say: digits that touch make one component, so only more components than digits count)."""
    sign, number = _number_part(text)
    ink = ink_number(crop)
    if ink is None or not ink_disagrees(number, ink):
        return 0
    # A sign printed apart from its figure is one component more than its digits.
    return max(0, len(ink.digits) - len(digits_of(number)) - (1 if sign else 0))


def _scaled(image: Image, factor: float, *, otsu: bool) -> Image:
    big = image if factor == 1 else cv2.resize(image, None, fx=factor, fy=factor, interpolation=cv2.INTER_CUBIC)
    return cv2.threshold(big, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)[1] if otsu else big


# Three looks at each crop: as scanned, and enlarged twice and three times in black and white,
# each read by two models, digits only. Neither model alone can be trusted with a forced digit
# reading of a damaged figure: on dev scans (4000-4999) Tesseract's English model found "92,7" in
# "HE:" where ``vie`` read "927", "92," or nothing, but read "121" as "124" in all three looks
# where ``vie`` read "121" twice. A figure both models find is kept; one they disagree on is not.
_LOOKS = ((1.0, False), (2.0, True), (3.0, True))
_MODELS = ("vie", "eng")


def _clean(texts: Sequence[str]) -> list[str]:
    """The readings that are figures as an office prints them (a plain number well formed)."""
    return [t for t in texts if looks_numeric(t) and (not PURE_NUMBER_RE.match(t) or WELL_FORMED_RE.match(t))]


def _candidates(vie: Sequence[str], eng: Sequence[str]) -> tuple[str, ...]:
    """Every clean figure either model printed with as many digits as most of the readings have,
    once each (a comma and a period count as one), most printed first. A reading short of a
    digit the others see is no candidate: on dev scan v4150 a "12" among "121", "171", "123"
    was the one figure that recomputed with the row's "58" (OCR's "5,8").

    >>> _candidates(["131", "121", "121"], ["124", "124", "124", "H", "12"])
    ('124', '121', '131')
    """
    clean = _clean([*vie, *eng])
    lengths = Counter(len(digits_of(t)) for t in clean)
    clean = [t for t in clean if lengths[len(digits_of(t))] == max(lengths.values())]
    shapes = Counter(t.replace(".", ",") for t in clean)
    first = {t.replace(".", ","): t for t in reversed(clean)}
    return tuple(first[key] for key, _ in sorted(shapes.items(), key=lambda kv: -kv[1]))


def _most(looks: Sequence[str], digits: str) -> bool:
    """True when most of one model's ``looks`` read exactly ``digits`` (marks aside)."""
    return 2 * sum(digits_of(t) == digits for t in looks) > len(looks)


def _fuller(shared: str, vie: Sequence[str], eng: Sequence[str]) -> str | None:
    """The digits of a longer figure that one model read in most of its looks, when the figure
    both models share is a piece of it that neither reads in most looks, and no look of either
    model printed a digit outside it; None otherwise.

    Two touching digits at 200 dpi come back as one: dev scan v6270's "77" was read "TT", and
    digits only ``vie`` printed "", "/", "7" where ``eng`` printed "77", "7", "77". The one
    figure both printed was "7", a reading the ink makes by losing a digit, and nothing read
    contradicts "77". A figure one model printed in every look ("1", "1", "1" beside ``eng``'s
    "11") is kept: that is a model seeing the figure, not losing a digit.

    >>> _fuller("7", ["", "/", "7"], ["77", "7", "77"])
    '77'
    >>> _fuller("1", ["1", "1", "1"], ["11", "11", "1"]) is None
    True
    >>> _fuller("7", ["", "17", "7"], ["77", "7", "77"]) is None
    True
    """
    if _most(vie, shared) or _most(eng, shared):
        return None
    longer = {d for t in _clean([*vie, *eng]) if len(d := digits_of(t)) > len(shared) and is_subsequence(shared, d)}
    fuller = [d for d in longer if _most(vie, d) or _most(eng, d)]
    if len(fuller) != 1:
        return None
    every = [d for t in (*vie, *eng) if (d := digits_of(t))]
    return fuller[0] if all(is_subsequence(d, fuller[0]) for d in every) else None


def _agreed(vie: Sequence[str], eng: Sequence[str]) -> str | None:
    """The figure both models read (the same digits; its marks as most looks print them, a look
    with marks before one without: a blurred comma is dropped far more often than invented), or
    None when they share no figure or more than one. A shared figure that is a piece of a longer
    one a model read in most looks gives way to it (``_fuller``).

    >>> _agreed(["927", "", "92,"], ["92.7", "92,7", "2.5"])
    '92.7'
    >>> _agreed(["131", "121", "121"], ["124", "124", "124"]) is None
    True
    >>> _agreed(["", "/", "7"], ["77", "7", "77"])  # a digit lost in the figure both read (``_fuller``)
    '77'
    """
    clean = _clean([*vie, *eng])
    shared = {digits_of(t) for t in clean if t in vie} & {digits_of(t) for t in clean if t in eng}
    if len(shared) != 1:
        return None
    digits = shared.pop()
    if not digits:
        return None
    digits = _fuller(digits, vie, eng) or digits
    same = [t for t in clean if digits_of(t) == digits]
    shapes = Counter(t.replace(".", ",") for t in same)
    return max(same, key=lambda t: (t != digits, shapes[t.replace(".", ",")], same.count(t)))


@dataclass(frozen=True)
class FigureReading:
    """What the digits-only looks at one crop found.

    agreed: the figure both models read (``_agreed``), its marks checked against the ink; None if
            they share no figure.
    marked: the figure with a mark both models printed in the same place ("82,5" in a look of
            each), None if none: a mark one model alone prints may be a speck it read.
    digits: whether both models saw digits in the crop at all.
    candidates: every clean figure a model printed in a look (``_candidates``): what the cell may
            be when the models do not agree.
    looks:  what each model (``vie``, ``eng``) printed in each look.
    """

    agreed: str | None
    marked: str | None
    digits: bool
    candidates: tuple[str, ...] = ()
    looks: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())


def _marked_by_both(vie: Sequence[str], eng: Sequence[str]) -> str | None:
    """The marked figure a look of each model printed alike (a comma and a period count as one).

    >>> _marked_by_both(["825", "82,5", ""], ["82.5", "825", "825"])
    '82,5'
    >>> _marked_by_both(["100", "100"], ["10,0", "100"]) is None
    True
    """
    shapes = {t.replace(".", ","): t for t in vie if PURE_NUMBER_RE.match(t) and not t.isdigit()}
    both = [shapes[key] for t in eng if PURE_NUMBER_RE.match(t) and (key := t.replace(".", ",")) in shapes]
    return both[0] if both and WELL_FORMED_RE.match(both[0]) else None


def figure_readings(crops: Sequence[Image]) -> list[FigureReading]:
    """Each crop read digits-only, one line (psm 7), in three looks by two models (``_LOOKS``,
    ``_MODELS``)."""
    if not crops:
        return []
    models = [m for m in _MODELS if m == "vie" or has_language(m)]
    if len(models) < 2:
        return [FigureReading(None, None, True)] * len(crops)  # one model cannot confirm itself
    readings: dict[str, list[list[str]]] = {m: [] for m in models}
    for factor, otsu in _LOOKS:
        images = [_scaled(c, factor, otsu=otsu) for c in crops]
        for model in models:
            words = run_tesseract(images, psm=7, whitelist=DIGIT_WHITELIST, lang=model)
            readings[model].append([" ".join(w.text for line in words_to_lines(ws) for w in line).strip()
                                    for ws in words_by_image(words, len(images))])
    out: list[FigureReading] = []
    for i, crop in enumerate(crops):
        vie, eng = [look[i] for look in readings["vie"]], [look[i] for look in readings["eng"]]
        agreed = _agreed(vie, eng)
        if agreed is not None and PURE_NUMBER_RE.match(agreed):
            agreed = reread_marks(agreed, ink_number(crop))
        marked = _marked_by_both(vie, eng)
        if marked is not None:
            marked = reread_marks(marked, ink_number(crop))
        out.append(FigureReading(agreed, marked, any(map(digits_of, vie)) and any(map(digits_of, eng)), _candidates(vie, eng),
                                 (tuple(vie), tuple(eng))))
    return out


def spaced_digits(crop: Image) -> Image | None:
    """The crop with a gap of half a digit's height opened between its ink components, cut just
    before each one (a mark stays with the digit it follows); None when it has one component."""
    ink = ink_number(crop)
    if ink is None or len(ink.digits) < 2:
        return None
    gap = np.full((crop.shape[0], max(4, int(0.5 * ink.height))), 255, dtype=crop.dtype)
    cuts = [0, *(max(0, b[0] - 1) for b in ink.digits[1:]), crop.shape[1]]
    pieces: list[Image] = []
    for start, end in itertools.pairwise(cuts):
        pieces += [gap, crop[:, start:end]] if pieces else [crop[:, start:end]]
    return np.hstack(pieces)


def _uncollapsed(readings: Sequence[FigureReading], crops: Sequence[Image]) -> list[FigureReading]:
    """``readings`` with each figure both models agreed on but with fewer digits than its ink
    shows read again from its digits pulled apart (``spaced_digits``), when that reading has them all.

    Tesseract's line model reads a repeated digit once when the two touch nearly: a clean "77"
    at 300 dpi came back "7" in every look of both models (dev scan v12710); apart, "77".
    """
    out = list(readings)
    todo = [i for i, (found, crop) in enumerate(zip(readings, crops, strict=True))
            if (found.agreed is not None and _lost_digits(found.agreed, crop) > 0) or (found.agreed is None and found.digits)]
    spaced = {i: image for i in todo if (image := spaced_digits(crops[i])) is not None}
    again = figure_readings(list(spaced.values()))
    for i, found in zip(spaced, again, strict=True):
        if out[i].agreed is None:
            # The models did not agree on the crop as printed ("1)" for "1,1", v12410): what both
            # read apart is one more candidate for the row's arithmetic to choose, never the text
            # (apart they agreed on "92.9" for a "92,39" whose "3" had faded, v12430).
            if found.agreed is not None and _lost_digits(found.agreed, crops[i]) == 0 and found.agreed not in out[i].candidates:
                out[i] = replace(out[i], candidates=(*out[i].candidates, found.agreed))
            continue
        whole = _spread(found, digits_of(out[i].agreed or ""))
        if whole is not None and _lost_digits(whole, crops[i]) == 0:
            out[i] = replace(out[i], agreed=whole, candidates=(whole, *out[i].candidates))
    return out


def _spread(found: FigureReading, shared: str) -> str | None:
    """The figure read from digits pulled apart that holds the ``shared`` digits both models read
    together: the one both models read, or else the one a model read in most looks when no look
    of either printed a digit outside it (``vie`` reads a lone digit poorly: "7", "77", "" where
    ``eng`` read "77" three times); None when there is none.

    >>> _spread(FigureReading(None, None, True, ("77",), (("7", "77", ""), ("77", "77", "77"))), "7")
    '77'
    >>> _spread(FigureReading(None, None, True, ("77", "71"), (("71", "71", ""), ("77", "77", "77"))), "7") is None
    True
    """
    if found.agreed is not None:
        return found.agreed if is_subsequence(shared, digits_of(found.agreed)) and len(digits_of(found.agreed)) > len(shared) else None
    vie, eng = found.looks
    longer = {t for t in _clean([*vie, *eng]) if len(digits_of(t)) > len(shared) and is_subsequence(shared, digits_of(t))}
    held = [t for t in longer if _most(vie, digits_of(t)) or _most(eng, digits_of(t))]
    if len(held) != 1:
        return None
    every = [d for t in (*vie, *eng) if (d := digits_of(t))]
    return held[0] if all(is_subsequence(d, digits_of(held[0])) for d in every) else None


def reread_figures(
    grid: Grid, crop_of: Callable[[int, int], Image | None], where: str, *, say_blanks: bool = True,
    cells: Collection[tuple[int, int]] | None = None, offer: bool = True,
) -> tuple[Grid, list[str], set[tuple[int, int]]]:
    """``grid`` with its misread figures (``misread_figures``) read again from their ink.

    ``crop_of(row, column)``: the cell's ink on a white margin, or None when it has none to read.
    ``where``: the table's place in notes ("trang 1, bảng 2"); ``say_blanks``: whether a blank
    cell with digits in its ink is noted here (a ruled table's reader notes its own). ``cells``:
    the cells to read, in place of the misread figures, lost marks and short figures the grid's
    figures columns show (``extractor.ocr_second_read`` chooses its own); ``offer``: whether the
    figures the models read without agreeing are left in a cell's readings for the row's
    arithmetic to choose from. Returns the grid, one note per cell left unreadable, and the cells
    whose text changed.
    """
    marks: set[tuple[int, int]] = set()
    short: set[tuple[int, int]] = set()
    wide: set[tuple[int, int]] = set()
    if cells is None:
        marks = set(lost_marks(grid))
        short = {(r, c) for r, c in _short_figures(grid)
                 if (crop := crop_of(r, c)) is not None and _lost_digits(grid.rows[r][c].text, crop) > 0}
        wide = {(r, c) for r, c in _short_figures(grid)
                if (r, c) not in short and (crop := crop_of(r, c)) is not None and _wide_ink(grid.rows[r][c].text, crop)}
        short |= wide
    chosen = (set(misread_figures(grid, blanks=True)) | marks | short) if cells is None else set(cells)
    todo = [(r, c, crop) for r, c in sorted(chosen)
            if (crop := crop_of(r, c)) is not None and is_single_line(crop)]
    readings = figure_readings([crop for _, _, crop in todo])
    readings = _uncollapsed(readings, [crop for _, _, crop in todo])
    rows = [list(r) for r in grid.rows]
    notes: list[str] = []
    changed: set[tuple[int, int]] = set()
    offered = False
    for (r, c, crop), found in zip(todo, readings, strict=True):
        printed, reading, digits = rows[r][c].text, found.agreed, found.digits
        if reading is not None and _lost_digits(reading, crop) > 0:
            reading = None  # both models dropped a digit the ink shows ("51" faded under a seal -> "1")
        # What the cell may be if the reading below does not settle it, for the row's arithmetic
        # to choose from (``extractor.ocr_ratios``): never a figure with fewer digits than its ink.
        others = tuple(t for t in found.candidates
                       if t.replace(".", ",") != printed.strip().replace(".", ",") and _lost_digits(t, crop) == 0)
        if others and offer:
            rows[r][c] = replace(rows[r][c], readings=others)
            offered = True
        if (r, c) in short:
            # A digit the ink shows and the text lacks: taken back only when both models read the
            # printed digits with it, as many as the ink shows (no digit of the text changes).
            # Ink too wide for its digits cannot say how many it lost: one more, read by both models.
            lost = 1 if (r, c) in wide else _lost_digits(printed, crop)
            sign, number = _number_part(printed)
            if (reading is not None and is_subsequence(digits_of(printed), digits_of(reading))
                    and len(digits_of(reading)) == len(digits_of(printed)) + lost
                    and _number_part(reading)[0] == sign):
                rows[r][c] = replace(rows[r][c], text=reading, readings=())
                changed.add((r, c))
            elif (reading is not None and not sign and lost == 1
                  and _number_part(reading) in {(s, number) for s in "<>≤≥"}):
                # The component (or the room) more than the digits was a sign both models read
                # (">60" printed "60": dev scans v12270, v12770, unruled, the sign joined to the
                # "6" under a seal): the figure is kept, the sign is put back.
                rows[r][c] = replace(rows[r][c], text=reading, readings=())
                changed.add((r, c))
            continue
        if (r, c) in marks:
            # A number already: only a mark both models print, among the same digits, is taken.
            if found.marked is not None and digits_of(found.marked) == printed.strip():
                rows[r][c] = replace(rows[r][c], text=found.marked, readings=())
                changed.add((r, c))
            continue
        if reading is not None and (m := _DANGLING_MARK_RE.match("".join(printed.split()))) is not None \
                and not re.fullmatch(re.escape(m.group(1)) + r"[.,]\d+", reading):
            reading = None  # "92," lost what followed its mark: a reading keeps its digits and its mark
        if reading is None and printed:
            notes.append(f"{where}, dòng {r + 1}, cột {c + 1}: số đọc chưa chắc ({printed!r})")
            if _GLUED_LETTER_RE.match("".join(printed.split())):
                # "9Q" would parse as 9, a figure nobody read: the cell is unread (its readings,
                # if any, are left for the row's arithmetic to choose from).
                rows[r][c] = replace(rows[r][c], text="")
                changed.add((r, c))
        elif reading is None and digits and say_blanks:
            # Ink with digits in it where no word was read: the cell is not empty, it is unread.
            notes.append(f"{where}, dòng {r + 1}, cột {c + 1}: có chữ in nhưng OCR không đọc được")
        if reading is None:
            continue
        rows[r][c] = replace(rows[r][c], text=reading, readings=())
        changed.add((r, c))
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            if cell.text.lstrip().startswith(("<", ">")) and (crop := crop_of(r, c)) is not None:
                text = comparator_from_ink(cell.text, crop)
                if text != cell.text:
                    row[c] = replace(cell, text=text)
                    changed.add((r, c))
    if not changed and not offered:
        return grid, notes, changed
    return replace(grid, rows=tuple(tuple(r) for r in rows), repaired_rows=grid.repaired_rows | {r for r, _ in changed}), notes, changed


# The share of the sign's width its lowest sixth covers: a "≥" or "≤" has its bar there (0.94 on
# dev scan v4980 at 200 dpi; 1.0 in DejaVu and Liberation at 28 px), a ">" or "<" only the end of
# its lower arm (0.28-0.38).
_BAR_SPAN = 0.75


def comparator_from_ink(text: str, crop: Image) -> str:
    """``">6"`` -> ``"≥6"`` when the first glyph of the cell's ink has a bar under it.

    Tesseract reads a "≥" at scan resolution as ">", and a target "≥ 90" is not "> 90": a district
    that reached exactly 90 met the first and missed the second.
    """
    stripped = text.lstrip()
    if not stripped.startswith(("<", ">")):
        return text
    _, bw = cv2.threshold(crop, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    n, labels, stats, _ = cv2.connectedComponentsWithStats(bw, connectivity=8)
    parts = sorted((k for k in range(1, n) if stats[k][cv2.CC_STAT_AREA] >= 6), key=lambda k: stats[k][cv2.CC_STAT_LEFT])
    if not parts:
        return text
    left, width = stats[parts[0]][cv2.CC_STAT_LEFT], stats[parts[0]][cv2.CC_STAT_WIDTH]
    # The sign, and a bar printed apart from it under the same columns.
    sign = [k for k in parts if stats[k][cv2.CC_STAT_LEFT] < left + width and stats[k][cv2.CC_STAT_LEFT] + stats[k][cv2.CC_STAT_WIDTH] > left]
    mask = np.isin(labels, sign)
    ys, xs = np.nonzero(mask)
    height, span_all = int(ys.max() - ys.min() + 1), int(xs.max() - xs.min() + 1)
    low = np.unique(xs[ys >= ys.max() - max(1, height // 6) + 1])
    # The longest unbroken run of those columns, not their extent: a scan's blur joins the sign
    # to the digit after it (">0,65" one blob at 300 dpi from a 200-dpi scan, v12810), whose
    # lowest sixth then holds the arm's tip and the digit's foot, apart; a bar is one stroke.
    breaks = np.flatnonzero(np.diff(low) > 1)
    starts, ends = np.r_[0, breaks + 1], np.r_[breaks, len(low) - 1]
    share = int((low[ends] - low[starts]).max() + 1) / span_all
    bar = "≥" if stripped[0] == ">" else "≤"
    if share >= _BAR_SPAN:
        return text[: len(text) - len(stripped)] + bar + stripped[1:]
    return text


def ink_crop(painted: Image, ink: Image, box: tuple[int, int, int, int], *, pad: int) -> Image | None:
    """The ink inside a pixel box of the page, cut to its extent on a white margin; None when the
    box holds (almost) no ink."""
    h, w = ink.shape[:2]
    x0, y0, x1, y1 = max(0, box[0]), max(0, box[1]), min(w, box[2]), min(h, box[3])
    if x1 - x0 < 3 or y1 - y0 < 3:
        return None
    mine = ink[y0:y1, x0:x1]
    if int(np.count_nonzero(mine)) < 8:
        return None
    ys, xs = np.nonzero(mine)
    crop = painted[y0 + int(ys.min()) : y0 + int(ys.max()) + 1, x0 + int(xs.min()) : x0 + int(xs.max()) + 1]
    return cv2.copyMakeBorder(crop, pad, pad, pad, pad, cv2.BORDER_CONSTANT, value=255)
