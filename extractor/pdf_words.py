"""Words and rule segments of one page -> table grids and running-text lines.

The layout analysis shared by the PDF text layer (``extractor.pdf_tables``) and OCR
(``extractor.ocr``): both hand over positioned words and, when the page has them, the ruling
segments of its tables. Stages, each a function:

    words_to_lines -> rules_to_lattices -> lattice_to_grid          (ruled tables)
                   -> lines_to_regions -> region_to_grid            (unruled tables)
                   -> caption_above                                  (titles)

Tables continued over pages are joined by ``extractor.stitch`` (for every source alike).

Ruled tables follow pdfplumber's lattice (``merge_edges`` -> ``edges_to_intersections`` ->
``intersections_to_cells`` -> ``cells_to_tables``); words are then put into cells by their centre,
once per page, instead of cropping the page per cell. Unruled tables are read from whitespace:
columns are the x-ranges that the text of many rows covers and that stay empty between them,
rows are printed lines, and a line that only continues the text columns of the line above
(close to it, first column empty) continues that row's cells (wrapped "Chỉ tiêu" texts).

Grid conventions (what ``extractor.headers.join_header_rows`` expects):

- a header cell merged over several columns repeats its text in each of them ("So sánh" over
  the three ratio columns); a cell merged over several rows keeps its text in the top row and
  leaves the rows below empty ("STT" over the two header rows);
- a cell wrapped over several printed lines is its lines joined by single spaces;
- ``Grid.header_rows`` is the number of rows above the first body row (a row numbered "A",
  "1", "II" in its first column, or holding values), -1 when no body row is found;
- every ``GridCell`` carries ``Provenance(page, bbox=(x0, top, x1, bottom))`` in the units of the
  words (PDF points for text layers; the OCR caller converts pixels before calling).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import pairwise
from statistics import median
from typing import Any

from pdfplumber.table import cells_to_tables, edges_to_intersections, intersections_to_cells, merge_edges

from extractor.colnumbers import (
    is_column_number_row,
    numbers_row,
    read_column_number,
)
from extractor.evidence import is_unit_text
from extractor.grid import Grid, GridCell
from extractor.headers import read_header
from extractor.model import FIGURE_ROLES, Provenance, TextLine
from extractor.rule_ends import reach_snapped
from extractor.settings import LayoutSettings
from normalizers.labels import canonical_label
from normalizers.names import clean_indicator
from normalizers.text import fold, nfc

BBox = tuple[float, float, float, float]
"""(x0, top, x1, bottom), y growing downwards, in the page's units."""

Rule = tuple[float, float, float, float]
"""A ruling segment as (x0, top, x1, bottom): a horizontal rule has top ~ bottom, a vertical one x0 ~ x1."""


@dataclass(frozen=True)
class Word:
    """One printed word and its box.

    text:   the word as printed ("39.500,00", "Tỷ"); no spaces inside.
    x0, x1: left and right edge; top, bottom: upper and lower edge (y grows downwards).
    page:   1-based page number.
    bold:   printed in a bold face (a text layer's font name says so; OCR cannot tell: False).
    goes_on_at: where the word goes on, with no space, on the next line, as that word's (x0, top):
            the text layer broke it there (``extractor.word_breaks``); None for a whole word.
    """

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    page: int
    bold: bool = False
    goes_on_at: tuple[float, float] | None = None

    @property
    def height(self) -> float:
        return self.bottom - self.top

    @property
    def center_x(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def center_y(self) -> float:
        return (self.top + self.bottom) / 2


@dataclass(frozen=True)
class PageLayout:
    """What one page holds: its table grids (top to bottom) and its running-text lines."""

    grids: tuple[Grid, ...]
    lines: tuple[TextLine, ...]


# ------------------------------------------------------------------------------------------ lines


@dataclass
class _Line:
    """Words printed on one baseline, left to right."""

    words: list[Word]
    top: float
    bottom: float

    @property
    def x0(self) -> float:
        return self.words[0].x0

    @property
    def x1(self) -> float:
        return max(w.x1 for w in self.words)

    @property
    def height(self) -> float:
        return median(w.height for w in self.words)


def words_to_lines(words: Iterable[Word]) -> list[_Line]:
    """Group words into printed lines: a word belongs to the line whose first word's band it
    overlaps by half its height.

    The band does not grow with the words joined: the vertically centred cells of a header start
    a little lower column by column, and a growing band would chain them all into one "line"
    as tall as the header.
    """
    lines: list[_Line] = []
    for word in sorted(words, key=lambda w: (w.top, w.x0)):
        if lines:
            line = lines[-1]
            band = line.words[0]
            overlap = min(band.bottom, word.bottom) - max(band.top, word.top)
            if overlap >= 0.5 * min(word.height, band.height):
                line.words.append(word)
                line.bottom = max(line.bottom, word.bottom)
                continue
        lines.append(_Line([word], word.top, word.bottom))
    for line in lines:
        line.words.sort(key=lambda w: w.x0)
    return lines


def _join(words: Sequence[Word]) -> str:
    """Words of one cell, in reading order (lines top to bottom, words left to right), space-joined
    (but for a word the text layer broke over two lines, joined with its rest as printed)."""
    if not words:
        return ""
    return _joined(tuple(words))


# The layout asks for the text of the same words again and again (a line's segments when looking
# for the header's end, for a signature block, then as cells): two calls in three are repeats.
@lru_cache(maxsize=4096)
def _joined(words: tuple[Word, ...]) -> str:
    text = ""
    prev: Word | None = None
    for line in words_to_lines(words):
        if prev is not None and not _goes_on_in(prev, line.words[0]):
            text += " "
        text += " ".join(w.text for w in line.words)
        prev = line.words[-1]
    return text


def _goes_on_in(word: Word, nxt: Word) -> bool:
    """Was ``word`` broken over two lines, going on in ``nxt`` (so no space between them)?"""
    return word.goes_on_at is not None and abs(word.goes_on_at[0] - nxt.x0) < 0.01 \
        and abs(word.goes_on_at[1] - nxt.top) < 0.01


def _bbox(words: Iterable[Word]) -> BBox:
    ws = list(words)
    return (min(w.x0 for w in ws), min(w.top for w in ws), max(w.x1 for w in ws), max(w.bottom for w in ws))


# A figure and a word after it further apart than this x text height are two cells: a figure
# right-aligned in its column against the left-aligned text of the next one, only the two cells'
# padding between them (LibreOffice Writer, large fonts: "89,6 | Chưa đạt", "100 | Trung tâm Y tế
# huyện" at 0.42-0.45, just under ``segment_gap``; read as one cell, the figure and the label were
# lost). A space after a figure inside a cell ("01 hộ", "16-17 tiêu chí") measured 0.25-0.32.
# A dash is a blank figure, right-aligned the same way ("75,90 | - | Đạt", v14770): read as one
# cell "- Đạt", it spanned the ratio and label columns, which became one column "Tỷ lệ (%) Đánh
# giá", its ratios read as evaluations and every label lost.
_FIGURE_GAP = 0.37
_DASHES = frozenset("-–—")
# ... and this many times the line's median space.
_WIDER = 1.15


def _segments(line: _Line, gap: float) -> list[list[Word]]:
    """Split a line where the space between two words is wider than ``gap`` (a column boundary),
    or than ``_FIGURE_GAP`` between a figure (not the line's first word) and a word of letters."""
    parts: list[list[Word]] = [[line.words[0]]]
    # Wider than the line's own spaces, too: a justified line of prose spaces every word as wide.
    spaces = [b.x0 - a.x1 for a, b in pairwise(line.words) if b.x0 - a.x1 <= gap]
    figure_gap = max(_FIGURE_GAP * line.height, _WIDER * median(spaces)) if spaces else gap
    for prev, word in pairwise(line.words):
        space = word.x0 - prev.x1
        # Not a line's first word: a row's number ("1 Thu ngân sách"), whatever its gap.
        if space > gap or (space > figure_gap and prev is not line.words[0] and word.text[:1].isalpha()
                           and (is_value(prev.text) or prev.text in _DASHES)):
            parts.append([word])
        else:
            parts[-1].append(word)
    return parts


# ------------------------------------------------------------------------------------- body rows

_ROW_LABEL_RE = re.compile(r"^(?:[IVXLC]{1,6}|[A-ZĐ]|\d{1,3}(?:\.\d{1,3})*)[.)]?$")
_VALUE_RE = re.compile(r"^[<>≤≥]?\s?[-+]?\d[\d.,]*\s?%?$|^\d[\d.,]*\s?%?\s?[-–]\s?\d[\d.,]*\s?%?$")
_YEAR_RE = re.compile(r"^(?:19|20)\d\d(?:\s?[-–]\s?(?:19|20)\d\d)?$")
_BULLET_MARK_RE = re.compile(r"^[-+•–*]$")
# Points within which right-aligned figures share their right edge (the same font, the same pad).
_ALIGNED = 1.5


# A name printed after its row number in the same cell ("19 Trên 50% đơn vị ...", "1.2. Tỷ lệ",
# "II. Văn hóa - Xã hội"): a body row, never a header cell.
_NUMBERED_NAME_RE = re.compile(r"^(?:\d{1,3}(?:\.\d{1,3})*[.)]?|[IVX]{1,5}\.|[A-HĐ]\.)\s+[^\W\d_]", re.UNICODE)


def is_row_label(text: str) -> bool:
    """A row number as printed in an STT column: ``'A'``, ``'1'``, ``'II'``, ``'2.1'`` (not ``'STT'``)."""
    return bool(_ROW_LABEL_RE.match(text.strip()))


def is_value(text: str) -> bool:
    """A printed figure: ``'39.500,00'``, ``'> 90'``, ``'7,2'``, a range ``'81-86'``; a bare year
    (``'2024'``) or span of years (``'2020-2025'``) is header text."""
    t = text.strip()
    return bool(_VALUE_RE.match(t)) and not _YEAR_RE.match(t)


def names_label_columns(texts: Sequence[str]) -> bool:
    """A row naming both the indicator column and the unit column ("Chỉ tiêu", "Đơn vị tính")
    without a figure: a header row whatever its first cell holds ("TT" read "T" on a scan is
    not a row number)."""
    if any(t and is_value(t) for t in texts):
        return False
    kinds = {read_header(t).kind for t in texts if t.strip()}
    return {"indicator", "unit"} <= kinds


def heads_label_columns(texts: Sequence[str]) -> bool:
    """A header line: it names the indicator and unit columns (``names_label_columns``), or, in a
    table without a unit column, the row numbers' column by its name ("STT", "TT", "Số thứ tự",
    not a row number) beside the indicator column and one more, with no figure ("STT | Chỉ tiêu |
    2022", v2214)."""
    if names_label_columns(texts):
        return True
    filled = [t for t in texts if t.strip()]
    if len(filled) < 3 or any(is_value(t) for t in filled):
        return False
    kinds = {read_header(t).kind for t in filled if not is_row_label(t)}
    return {"number", "indicator"} <= kinds


def _name_then_labels(texts: Sequence[str]) -> bool:
    """A row of a name and two evaluation labels or more ("Ứng dụng rộng rãi các nền tảng ... |
    Đạt | Đạt | đạt | đạt | Đạt"), no figure: no header line reads so. First under a header
    repeated on the next page (v7278's edited copy, unruled; v8577, ruled) it was taken into the
    header, the row lost and the columns' names changed (its label "đạt" a column heading)."""
    filled = [t for t in texts if t.strip()]
    if len(filled) < 3 or len(filled[0].split()) < 3 or canonical_label(filled[0]) is not None:
        return False
    return sum(1 for t in filled[1:] if canonical_label(t) is not None) >= 2


def is_body_row(texts: Sequence[str]) -> bool:
    """True for the first row under a header: numbered in its first column, or holding two values.

    ``['A', 'CHỈ TIÊU KINH TẾ', '', ...]`` and ``['', 'Tỷ lệ che phủ rừng', '%', '50,50', '51,30', ...]``
    are body rows; ``['STT', 'Chỉ tiêu', 'Đơn vị tính', 'KH năm 2024', ...]`` is not, nor is the
    column-number row under a header (``['1', '2', '3', ...]``, ``['(1)', '(2)', ...]``).
    """
    if is_column_number_row(texts) or names_label_columns(texts):
        return False
    if texts and (is_row_label(texts[0]) or _NUMBERED_NAME_RE.match(texts[0].strip())):
        return True
    return sum(1 for t in texts if t and is_value(t)) >= 2 or _name_then_labels(texts)


def _header_count(rows: Sequence[Sequence[str]], limit: int = 6) -> int:
    """How many leading rows are header: those above the first body row (``is_body_row``) or
    above the headings just above it. Header rows name several columns (a group title merged
    over its columns is repeated in each); a row of one cell (or of one cell merged from the
    names' column to the last) is a heading printed without a number ("CHỈ TIÊU KINH TẾ",
    "Phát triển kinh tế") and starts the body, also at the top of a continuation page."""
    first = next((i for i, row in enumerate(rows[:limit]) if is_body_row(row)), -1)
    if first < 0:
        return -1
    # A column-number row ("A B C 1 2 3", "(1) (2) ...") ends the header: the rows under it are
    # body, numbered or not ("Các xã | Tấn | 19.328", the parts of a row on the page before).
    numbered = [i for i in range(first) if is_column_number_row(rows[i])]
    if numbered:
        return numbered[-1] + 1
    # Headings just above the first numbered row, printed in the column of the body's names (a
    # sub-header under a group of one column is in a figure column); a one-cell row above header
    # rows is not one.
    body = rows[first:]
    width = max((len(r) for r in body), default=0)
    texts = [sum(1 for r in body if c < len(r) and len(r[c].strip()) > 3 and not is_value(r[c])) for c in range(width)]
    names = max(range(width), key=lambda c: texts[c]) if width else -1

    def heading(row: Sequence[str]) -> bool:
        # Its text in the names' column alone, or in one cell merged from there to the last column
        # (the text repeated in each).
        filled = [c for c, t in enumerate(row) if t.strip()]
        merged = filled == list(range(names, len(row))) and len({row[c].strip() for c in filled}) == 1
        return filled == [names] or (len(filled) > 1 and merged)

    while first > 0 and heading(rows[first - 1]):
        first -= 1
    return first


# ---------------------------------------------------------------------------------- ruled tables


@dataclass(frozen=True)
class _Lattice:
    """A ruled table: column and row boundaries, and its cells as (row0, row1, col0, col1) spans."""

    bbox: BBox
    xs: tuple[float, ...]
    ys: tuple[float, ...]
    cells: tuple[tuple[int, int, int, int], ...]


def _edge(rule: Rule, orientation: str) -> dict[str, Any]:
    x0, top, x1, bottom = rule
    if orientation == "h":
        y = (top + bottom) / 2
        top = bottom = y
    else:
        x = (x0 + x1) / 2
        x0 = x1 = x
    return {
        "x0": x0, "x1": x1, "top": top, "bottom": bottom, "doctop": top,
        "width": x1 - x0, "height": bottom - top, "orientation": orientation, "object_type": "line",
    }  # fmt: skip


def _cluster(values: Iterable[float], tolerance: float) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if out and v - out[-1] <= tolerance:
            continue
        out.append(v)
    return out


def rules_to_lattices(
    h_rules: Sequence[Rule], v_rules: Sequence[Rule], settings: LayoutSettings | None = None
) -> list[_Lattice]:
    """Ruling segments -> ruled tables (pdfplumber's lattice), each at least 2 x 2 cells."""
    s = LayoutSettings.resolve(settings)
    h_rules = [r for r in h_rules if r[2] - r[0] >= s.min_rule_length]
    v_rules = [r for r in v_rules if r[3] - r[1] >= s.min_rule_length]
    # Snapping may move a border further than the intersection tolerance (``extractor.rule_ends``).
    h_rules, v_rules = reach_snapped(h_rules, v_rules, s.snap_tolerance, s.intersection_tolerance)
    edges = [_edge(r, "h") for r in h_rules] + [_edge(r, "v") for r in v_rules]
    if not edges:
        return []
    edges = merge_edges(edges, s.snap_tolerance, s.snap_tolerance, s.join_tolerance, s.join_tolerance)
    edges = [
        e for e in edges if (e["width"] if e["orientation"] == "h" else e["height"]) >= s.min_rule_length
    ]
    cells = intersections_to_cells(
        edges_to_intersections(edges, s.intersection_tolerance, s.intersection_tolerance)
    )
    lattices = []
    for group in cells_to_tables(cells):
        xs = _cluster([c[0] for c in group] + [c[2] for c in group], 1.0)
        ys = _cluster([c[1] for c in group] + [c[3] for c in group], 1.0)
        # At least 2 x 2 cells, or one row of at least three (the last row of a ruled table,
        # alone on a continuation page; ``words_to_layout`` keeps such a row only when it holds
        # figures).
        if len(xs) < 3 or len(ys) < 2 or (len(ys) == 2 and len(xs) < 4):
            continue

        def index(coords: list[float], v: float) -> int:
            return min(range(len(coords)), key=lambda i: abs(coords[i] - v))

        spans = tuple(
            sorted((index(ys, c[1]), index(ys, c[3]), index(xs, c[0]), index(xs, c[2])) for c in group)
        )
        bbox = (xs[0], ys[0], xs[-1], ys[-1])
        lattices.append(
            _Lattice(bbox, tuple(xs), tuple(ys), tuple(s for s in spans if s[0] < s[1] and s[2] < s[3]))
        )
    return lattices


def _inside(word: Word, bbox: BBox) -> bool:
    return bbox[0] <= word.center_x <= bbox[2] and bbox[1] <= word.center_y <= bbox[3]


# How far above a row's top rule a word must start to be the row above's (pdf units): a word in
# its own cell starts a padding under the rule (1.5 pt and more in Writer's and Chromium's prints).
_OVERFLOW = 0.5


def lattice_to_grid(lattice: _Lattice, words: Sequence[Word], *, page: int) -> Grid:
    """Fill a ruled table with the words whose centre falls in each cell; merged cells per the module doc."""
    xs, ys = list(lattice.xs), list(lattice.ys)
    n_rows, n_cols = len(ys) - 1, len(xs) - 1
    owner: dict[tuple[int, int], int] = {}
    for index, (r0, r1, c0, c1) in enumerate(lattice.cells):
        for r in range(r0, r1):
            for c in range(c0, c1):
                owner.setdefault((r, c), index)
    cell_words: list[list[Word]] = [[] for _ in lattice.cells]
    for word in words:
        c = bisect.bisect_right(xs, word.center_x) - 1
        r = bisect.bisect_right(ys, word.center_y) - 1
        if 0 < r < len(ys) and word.top < ys[r] - _OVERFLOW:
            # A cell's text starts under its top rule and runs down: a word that starts above the
            # rule over its centre is the last line of the cell above, run over its foot (v18240 by
            # Writer: a header row split at a page break, its "2020-2025" printed across the rule
            # under the row's rest and read into the body's first heading).
            r -= 1
        hit = owner.get((min(max(r, 0), n_rows - 1), min(max(c, 0), n_cols - 1)))
        if hit is not None:
            cell_words[hit].append(word)
    texts = [nfc(_join(ws)) for ws in cell_words]
    rows: list[tuple[GridCell, ...]] = []
    for r in range(n_rows):
        row = []
        for c in range(n_cols):
            k = owner.get((r, c))
            if k is None:
                row.append(GridCell("", Provenance(page=page, bbox=(xs[c], ys[r], xs[c + 1], ys[r + 1]))))
                continue
            r0, r1, c0, c1 = lattice.cells[k]
            # Merged over columns: repeat in each; merged over rows: text in the top row only.
            text = texts[k] if r == r0 else ""
            row.append(GridCell(text, Provenance(page=page, bbox=(xs[c0], ys[r0], xs[c1], ys[r1]))))
        rows.append(tuple(row))
    header = _header_count([[c.text for c in row] for row in rows])
    return Grid(
        rows=tuple(rows),
        header_rows=header,
        provenance=Provenance(page=page, bbox=lattice.bbox),
        method="pdfplumber-lines",
    )


# -------------------------------------------------------------------------------- unruled tables


@dataclass
class _Region:
    """Consecutive lines that may print a whitespace table; ``start``: its first multi-cell line."""

    lines: list[_Line]
    start: int


def _stacked(upper: _Line, lower: _Line) -> bool:
    """Does some word of ``lower`` sit under a word of ``upper`` (their x-ranges overlap)?"""
    spans = sorted((w.x0, w.x1) for w in upper.words)
    starts = [x0 for x0, _ in spans]
    for w in lower.words:
        k = bisect.bisect_left(starts, w.x1)
        if any(x1 > w.x0 for _, x1 in spans[max(0, k - 3) : k]):
            return True
    return False


def _pitch(lines: Sequence[_Line]) -> float:
    """Usual distance between the tops of two consecutive lines of one paragraph (the leading)."""
    # Only lines printed over one another measure the leading: the lines of a vertically centred
    # header are staggered column by column (a page holding one table row under its header had
    # its pitch taken from them, and its rows' wrapped lines read as rows of their own).
    heights = [ln.height for ln in lines]
    h = median(heights) if heights else 10.0
    # Nor do two lines whose boxes overlap: no paragraph prints its lines into one another (v2448:
    # a header's staggered lines 6.6 pt apart in 7.8 pt type gave the page that pitch, and its
    # rows, 17 pt apart, each a table of its own).
    diffs = [b.top - a.top for a, b in pairwise(lines) if b.top > a.top and _stacked(a, b) and b.top >= a.bottom - 0.1 * h]
    close = sorted(d for d in diffs if 0.8 * h <= d <= 2.0 * h)
    # The smallest common spacing: lines inside one cell or paragraph, not between rows. A table
    # of one-line rows has no such spacing; then the usual leading (1.2 x the text height) it is.
    return min(close[len(close) // 4], 1.3 * h) if close else 1.2 * h


def _region(run: Sequence[_Line], settings: LayoutSettings) -> _Region | None:
    """A run of lines as a region when at least ``min_rows`` of them hold several cells."""
    segs = [_segments(ln, settings.segment_gap * ln.height) for ln in run]
    multi = [i for i, ss in enumerate(segs) if len(ss) >= 2]
    if run and _numbers_a_table(run[0]):
        # Under a caption ("BIỂU 02:"), its title lines come before the header even when OCR
        # split one at a wide gap ("BCH ĐẢNG BỘ | TỈNH, BAN THƯỜNG VỤ …", dev scan v6990): taken
        # for the header's first line, they made a header alone too tall to be one, and no grid.
        # A header in capitals names its columns in three cells or more ("STT | CHỈ TIÊU | ĐƠN VỊ
        # TÍNH | …"); a title cut at one gap is two.
        while multi and len(segs[multi[0]]) == 2 and not heads_label_columns([_join(s) for s in segs[multi[0]]]) \
                and _title_line(" ".join(w.text for w in run[multi[0]].words)) \
                and all(_title_line(" ".join(w.text for w in ln.words)) for ln in run[1:multi[0]]):
            multi = multi[1:]
    if len(multi) >= settings.min_rows:
        return _Region(list(run), multi[0])
    # One line naming a table's label columns, the rest of its header wrapped cells of one phrase
    # each (a header alone at the foot of a page, cells centred on several lines): a region too.
    named = next((i for i in multi if heads_label_columns([_join(s) for s in segs[i]])), None)
    if named is not None:
        return _Region(list(run), named)
    # One line of a table's cells (a last row alone on its page): a region too.
    row = next((i for i, ss in enumerate(segs) if _table_row(ss, settings)), None)
    return _Region(list(run), row) if row is not None else None


def _bracketed_note(text: str) -> bool:
    """Is a line the bracketed note under a table's title ("(Kèm theo Báo cáo số 1108/BC-UBND
    ngày …)")? Its bracket opens the line and closes at its end, or on a later line when the note
    wraps. A header cell's wrapped line that opens with a closed parenthesis ("(mục tiêu) ĐA, NQ"
    under "Chỉ tiêu", v10537 seed layout: a tall unruled header) goes on after it: taken for the
    note, it cut the header there, and the columns above it lost their names.

    >>> [_bracketed_note(t) for t in ("(Kèm theo Báo cáo số: 1108/BC-UBND ngày 20/11/2024)",
    ...                               "(Kèm theo Báo cáo số 1108/BC-UBND ngày", "(mục tiêu) ĐA, NQ", "(4)")]
    [True, True, False, False]
    """
    text = text.strip()
    close = text.find(")")
    return text.startswith("(") and len(text) > 15 and close in (-1, len(text) - 1)


def _title_line(text: str) -> bool:
    """A line of a table's caption block: its title in capitals ("TỔNG HỢP TÌNH HÌNH THỰC HIỆN
    CHỈ TIÊU …", four words or more) or the note under it in brackets ("(Kèm theo Báo cáo số …)").
    A header's line names columns in a few words each, in lower case but for abbreviations.

    >>> [_title_line(t) for t in ("BCH ĐẢNG BỘ TỈNH, BAN THƯỜNG VỤ TỈNH ỦY KHÓA XIV", "(Kèm theo Báo cáo số 12)",
    ...                           "Số TT Tên chỉ tiêu Đơn vị tính", "TT CHỈ TIÊU ĐVT")]
    [True, True, False, False]
    """
    text = text.strip()
    if text.startswith("(") and text.endswith(")") and len(text.split()) >= 4:
        return True
    words = [w for w in text.split() if any(ch.isalpha() for ch in w)]
    # Most words in capitals: OCR may read a speck among them ("TỔNG ~.i TÌNH HÌNH …").
    return len(words) >= 5 and sum(w.isupper() for w in words) >= 0.8 * len(words) and sum(len(w) >= 3 for w in words) >= 3


def _table_row(segs: Sequence[Sequence[Word]], settings: LayoutSettings) -> bool:
    """Is one printed line unmistakably a table row: as many cells as a table has columns and
    more (at least four), two of them figures, a row number or figures first? Running text keeps
    its words one space apart; a signature block has two blocks."""
    texts = [_join(s) for s in segs]
    return len(texts) >= max(4, settings.min_columns) and sum(is_value(t) for t in texts) >= 2 and is_body_row(texts)


def _continues(upper: Sequence[_Line], lower: Sequence[_Line], settings: LayoutSettings) -> bool:
    """Do the lines of several cells in ``lower`` sit in the columns of the rows of ``upper``?

    Small type in roomy cells spaces a table's rows wider than a paragraph break: a gap alone does
    not end the table when the rows below it keep its columns. Each cell of the rows below must
    fall in at most one column of the rows above (a signature block's centred titles fall across
    several), most of them in one.
    """
    def cells(run: Sequence[_Line], least: int, numbers: bool = True) -> list[list[tuple[float, float]]]:
        out = []
        for ln in run:
            segs = _segments(ln, settings.segment_gap * ln.height)
            if len(segs) >= least and (numbers or not numbers_row([_join(s) for s in segs])):
                out.append([(seg[0].x0, max(w.x1 for w in seg)) for seg in segs])
        return out

    # A column number is centred over its column, a label left-aligned in it ("8" right of "đạt"):
    # the two made two columns there, and "Chưa đạt" in the rows below, over both, ended the
    # table at a gap (v6628: the rows under it lost their header). The numbers shape the columns
    # only when nothing else above does.
    rows = cells(upper, 3, numbers=False) or cells(upper, 3)
    below = [span for row in cells(lower, 2) for span in row]
    if not rows or not below:
        return False
    columns = _columns(span for row in rows for span in row)
    if len(columns) < settings.min_columns:
        return False
    hits = [sum(1 for c0, c1 in columns if x0 <= c1 and x1 >= c0) for x0, x1 in below]
    # A row number left of the columns above (their rows unnumbered: "V | Nghị quyết 09-NQ/TU
    # ..." under rows without STT, v1704) is the STT column those rows left empty.
    numbers = {(seg[0].x0, max(w.x1 for w in seg)) for ln in lower
               for seg in _segments(ln, settings.segment_gap * ln.height) if is_row_label(_join(seg))}
    hits = [h for h, span in zip(hits, below, strict=True) if h or span not in numbers or span[1] >= columns[0][0]]
    return bool(hits) and max(hits) <= 1 and sum(hits) * 5 >= 4 * len(hits)


def lines_to_regions(lines: Sequence[_Line], settings: LayoutSettings, pitch: float) -> list[_Region]:
    """Runs of lines split into several cells (segments), broken at wide vertical gaps and before a
    caption ("Biểu số 02", "Phụ lục III", "Bảng 1").

    A gap is wide beyond ``region_gap`` line pitches, unless the rows below it keep the columns of
    the rows above (``_continues``).
    """
    runs: list[list[_Line]] = []
    for line in lines:
        caption = _numbers_a_table(line)
        if not runs or caption or line.top - runs[-1][-1].top > settings.region_gap * pitch:
            runs.append([line])
        else:
            runs[-1].append(line)
    merged: list[list[_Line]] = []
    for run in runs:
        caption = _numbers_a_table(run[0])
        if merged and not caption and _continues(merged[-1], run, settings):
            merged[-1].extend(run)
        else:
            merged.append(run)
    return [r for r in (_region(run, settings) for run in merged) if r is not None]


def _columns(spans: Iterable[tuple[float, float]]) -> list[tuple[float, float]]:
    """The x-ranges covered by the given spans, merged where they overlap: one range per column."""
    out: list[tuple[float, float]] = []
    for x0, x1 in sorted(spans):
        if out and x0 <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], x1))
        else:
            out.append((x0, x1))
    return out


def _widen(
    columns: list[tuple[float, float]], spans: Sequence[tuple[float, float]], *, new_columns: bool = True
) -> list[tuple[float, float]]:
    """Body columns widened by the header texts above them; header-only columns added.

    Right-aligned figures cover only the right part of their column, so the body alone leaves the
    centred header words of a column in the gap beside it. A header text overlapping one column
    widens it, unless it would then reach into the next one; one overlapping several is a merged
    cell ("So sánh") and shapes none; one overlapping none, after widening, is a column of its own
    (an empty "Ghi chú") when ``new_columns``. Spans are taken in the order given: the caller
    gives the header's lowest line first, whose texts name one column each, before the group
    titles above them ("Năm 2025" centred over "KH | Ước TH" overlaps only "KH"'s figures).
    """
    columns = sorted(columns)
    pending = list(spans)
    while True:
        rest = []
        changed = False
        for x0, x1 in pending:
            hits = [k for k, c in enumerate(columns) if x0 <= c[1] and x1 >= c[0]]
            if not hits:
                rest.append((x0, x1))
                continue
            if len(hits) > 1:
                continue
            k = hits[0]
            wide = (min(columns[k][0], x0), max(columns[k][1], x1))
            if any(wide[0] <= c[1] and wide[1] >= c[0] for j, c in enumerate(columns) if j != k):
                continue
            # A lower header text right of this column's figures, that this text would reach
            # over, names the next column: this text is a title over both. A cell's centred
            # header does not end right of its right-aligned figures (v15560 by Writer, one row
            # on the page: "Mục tiêu" over "2024 | 2025 | 2030" overlapped the first column's
            # "-"; widened by it, that column took "2025", and its "3"s became a column apart).
            if any(columns[k][1] < a <= wide[1] for a, _ in rest):
                continue
            changed = changed or wide != columns[k]
            columns[k] = wide
        pending = rest
        if not changed:
            break
    return sorted(columns + _new_columns(pending)) if new_columns else columns


def _new_columns(spans: Sequence[tuple[float, float]]) -> list[tuple[float, float]]:
    """Columns the header alone makes, built in the order the spans are given (the header's lowest
    line first): a text over one column widens it, a text over several is their group title and
    shapes none. Merged as one range, "Mức chỉ tiêu" over "2030 (5) | 2035 (6) | 2040 (7)" (a
    header at the foot of a page over one heading, v16930 by Writer) made those three one column,
    and the body on the next page went under the wrong years."""
    out: list[tuple[float, float]] = []
    for x0, x1 in spans:
        hits = [k for k, c in enumerate(out) if x0 <= c[1] and x1 >= c[0]]
        if not hits:
            out.append((x0, x1))
        elif len(hits) == 1:
            k = hits[0]
            out[k] = (min(out[k][0], x0), max(out[k][1], x1))
    return _columns(out)


def _heads_label_columns_wrapped(segs: Sequence[Sequence[Sequence[Word]]]) -> bool:
    """Do these lines, read column by column, name the label columns (``heads_label_columns``)?
    A header whose cells wrap to different depths and are centred in their band prints no line
    that names them: "Số | Mức chỉ tiêu", "Đơn vị | Cơ quan", "thứ | Nội dung chỉ tiêu", "tính |
    Năm 2025 … | chủ trì", "tự" (v30251, v30351: a header alone at a page's foot, its body on the
    next page; left as running text, the body was stitched under the table above it or read under
    no header, every role a guess). Columns are the ones a header alone makes (``_new_columns``),
    each cell's text its lines top to bottom; a line holding a figure is no header's."""
    if len(segs) < 2 or any(is_value(_join(s)) for ss in segs for s in ss):
        return False
    spans = [(s[0].x0, max(w.x1 for w in s)) for ss in reversed(segs) for s in ss]
    columns = _new_columns(spans)
    if len(columns) < 3:
        return False
    cells: list[list[str]] = [[] for _ in columns]
    for ss in segs:
        for s in ss:
            x0, x1 = s[0].x0, max(w.x1 for w in s)
            hits = [k for k, c in enumerate(columns) if x0 <= c[1] and x1 >= c[0]]
            # A group title over several columns names none of them.
            if len(hits) == 1:
                cells[hits[0]].append(_join(s))
    return heads_label_columns([" ".join(c) for c in cells])


def _split_by_numbers(
    columns: list[tuple[float, float]], numbering: Sequence[Sequence[Sequence[Word]]]
) -> list[tuple[float, float]]:
    """Columns cut where a column-number row prints two numbers over one of them.

    A column-number row ("A B C 1 2 3 4 5") numbers every column. A column empty on this page
    ("Cùng kỳ" of "So sánh (%) / Dự toán | Cùng kỳ", v2763's continuation) leaves no figures to
    shape it: the header phrase over both ratio columns widened the one with figures over it, and
    the two columns, their headers and numbers ("4 5") came out as one. Each number is a column:
    a column holding several is cut halfway between them.
    """
    for segs in numbering:
        spans = sorted((seg[0].x0, max(w.x1 for w in seg)) for seg in segs)
        out: list[tuple[float, float]] = []
        for c0, c1 in columns:
            inside = [(a, b) for a, b in spans if c0 <= (a + b) / 2 <= c1]
            cuts = [(b + a2) / 2 for (_, b), (a2, _) in pairwise(inside) if a2 > b]
            if len(cuts) != len(inside) - 1:
                cuts = []
            edges = [c0, *cuts, c1]
            out += [(lo, hi) for lo, hi in pairwise(edges)]
        columns = out
    return columns


def _group_titles(
    columns: list[tuple[float, float]],
    head_segs: Sequence[Sequence[Sequence[Word]]],
    head_spans: Sequence[tuple[float, float]],
) -> set[tuple[float, float]]:
    """Header phrases that are group titles in the gap between two columns, not a column.

    "Năm 2024" centred over "Kế hoạch | Ước TH" above a page of few rows, whose right-aligned
    figures leave the two columns narrow, lies in the gap between them: it made a column of its
    own, and the two columns under it lost their year. A phrase that lies between two adjacent
    columns, overlapping neither once the header has widened them, with a lower header line
    naming both, is their title.
    """
    widened = _widen(columns, head_spans, new_columns=False)
    spans = [[(seg[0].x0, max(w.x1 for w in seg)) for seg in ss] for ss in head_segs]
    out: set[tuple[float, float]] = set()
    for i, line in enumerate(spans):
        for x0, x1 in line:
            if any(x0 <= c1 and x1 >= c0 for c0, c1 in widened):
                continue
            k = next((k for k in range(len(widened) - 1) if widened[k][1] < x0 and x1 < widened[k + 1][0]), None)
            if k is None:
                continue
            lower = [sp for ln in spans[i + 1 :] for sp in ln]

            def named(c: tuple[float, float], lower: list[tuple[float, float]] = lower) -> bool:
                return any(a <= c[1] and b >= c[0] for a, b in lower)

            if named(widened[k]) and named(widened[k + 1]):
                out.add((x0, x1))
    return out


def _labels_joined(
    columns: list[tuple[float, float]],
    head_spans: Sequence[tuple[float, float]],
    lowest: Sequence[tuple[float, float]],
    body: Sequence[list[Word]],
    height: float,
) -> list[tuple[float, float]]:
    """A column the header alone fills, beside a column of body the header does not name, is that
    column's label: "Chỉ tiêu" centred over a wide names' cell sits right of the longest name,
    "2025 (4)" centred over a column of dashes printed at its right edge sits left of them.

    The label goes to the text column on its left or to the figure column on its right. A
    heading left on the header's lowest line (``lowest``: "Trong đó:") starts where the body's
    texts start and names no column.
    """

    def spans_in(c: tuple[float, float]) -> list[list[Word]]:
        return [seg for seg in body if seg[0].x0 <= c[1] and max(w.x1 for w in seg) >= c[0]]

    def named(c: tuple[float, float]) -> bool:
        # A text over several columns is a group title ("Năm 2022" over "KH | Ước TH"), naming
        # none of them (v1875: it named the KH figures, and "KH" stayed a column of its own).
        left = min((seg[0].x0 for seg in spans_in(c)), default=c[0])
        return any(
            x0 <= c[1] and x1 >= c[0] and not ((x0, x1) in lowest and abs(x0 - left) <= height)
            and sum(1 for d in out if x0 <= d[1] and x1 >= d[0]) == 1
            for x0, x1 in head_spans
        )

    def texts(c: tuple[float, float]) -> bool:
        # A dash is a blank figure ("-": nothing to report), not text.
        segs = [seg for seg in spans_in(c) if _join(seg).strip() not in ("-", "–", "—")]
        return bool(segs) and sum(1 for seg in segs if not is_value(_join(seg))) * 2 > len(segs)

    out = list(columns)
    k = 0
    while k < len(out):
        if spans_in(out[k]):
            k += 1
            continue
        if k > 0 and spans_in(out[k - 1]) and texts(out[k - 1]) and not named(out[k - 1]):
            out[k - 1 : k + 1] = [(out[k - 1][0], out[k][1])]
            continue
        if k + 1 < len(out) and spans_in(out[k + 1]) and not texts(out[k + 1]) and not named(out[k + 1]):
            out[k : k + 2] = [(out[k][0], out[k + 1][1])]
        k += 1
    return out


def _column_of(x: float, columns: Sequence[tuple[float, float]]) -> int:
    for i, (x0, x1) in enumerate(columns):
        if x < x0:
            # In the gap before column i: whichever side is nearer.
            if i and x - columns[i - 1][1] < x0 - x:
                return i - 1
            return i
        if x <= x1:
            return i
    return len(columns) - 1


def _assign(
    line: _Line, columns: Sequence[tuple[float, float]], gap: float, *, phrases: bool = False
) -> dict[int, list[Word]]:
    """Words of a line by column; a phrase crossing a column boundary stays whole in its first column.

    ``phrases`` (header lines): a phrase goes whole to the column of its words' centres; one whose
    words fall in several columns is a title centred over them ("Năm 2024" over "KH | Ước thực
    hiện") and goes whole to the column under its centre, from where ``_fill_spans`` spreads it
    over the columns it is centred on.
    """
    cells: dict[int, list[Word]] = {}
    for seg in _segments(line, gap):
        first = _column_of(seg[0].x0, columns)
        crossing = any(_column_of(w.x0, columns) != _column_of(w.x1, columns) for w in seg)
        if phrases:
            # A header phrase goes where its words' centres are (a wrapped "2023 (tỷ lệ" centred
            # over a narrow column starts a point inside the column on its left), or under its
            # centre when they are in several columns.
            centres = {_column_of(w.center_x, columns) for w in seg}
            centre = (seg[0].x0 + max(w.x1 for w in seg)) / 2
            col = centres.pop() if len(centres) == 1 else _column_of(centre, columns)
            cells.setdefault(col, []).extend(seg)
            continue
        for w in seg:
            col = first if crossing else _column_of(w.center_x, columns)
            cells.setdefault(col, []).append(w)
    return cells


def _header_rows(
    lines: Sequence[_Line], columns: Sequence[tuple[float, float]], gap: float, wrap: float
) -> list[list[list[Word]]]:
    """Header lines -> header rows of word lists per column.

    Each column's header text is cut into blocks where its lines are further apart than a wrap.
    A column with two blocks ("So sánh" above "Ước thực hiện năm 2024/...") shows the header has
    two rows; its blocks mark where each row starts and where its centre lies. A column with
    fewer blocks is placed by them: in a top-aligned header a block belongs to the row it starts
    with; in a vertically centred one to the row whose centre it sits at, the whole header's
    centre meaning a cell merged over all rows ("STT"), whose text goes to the top row.
    """
    per_col: dict[int, list[_Line]] = {}
    for line in lines:
        for col, ws in _assign(line, columns, gap, phrases=True).items():
            per_col.setdefault(col, []).append(_Line(ws, min(w.top for w in ws), max(w.bottom for w in ws)))
    blocks: dict[int, list[list[_Line]]] = {}
    # Lines of one cell follow at the leading, measured bottom to bottom: a word's top depends on
    # its glyphs' fonts (diacritics from a fallback font reach higher), its bottom hardly.
    step = max(wrap, 1.25 * median(ln.bottom - ln.top for ln in lines)) if lines else wrap
    # ... at the header's own leading, the smallest step from a cell's line to its next: the
    # page's prose, set looser, made the wrap so wide that a group title printed over its
    # sub-header's cell ("Kết quả thực hiện" over "Ước / năm / 2024", v5070) was read as that
    # cell's first line, and the title reached none of the columns it groups.
    height = median(w.bottom - w.top for ln in lines for w in ln.words) if lines else 0.0
    steps = [b.bottom - a.bottom for ls in per_col.values() for a, b in pairwise(ls) if b.bottom - a.bottom >= 0.8 * height]
    if steps:
        step = min(step, max(1.25 * min(steps), 1.1 * height))
    for col, col_lines in per_col.items():
        groups: list[list[_Line]] = [[col_lines[0]]]
        for ln in col_lines[1:]:
            if ln.bottom - groups[-1][-1].bottom > step:
                groups.append([ln])
            else:
                groups[-1].append(ln)
        blocks[col] = groups
    n_rows = max((len(g) for g in blocks.values()), default=1)
    if n_rows >= 2:
        # A group title centred over two columns, on its column's first line, heads the sub-header
        # under it however close that one follows ("So sánh (%)" over a three-line "So với năm
        # 2024" that starts higher than its two-line neighbour "So dự toán", v4703): a block of its
        # own. Taken with the sub-header as one cell merged over both header rows, it went to the
        # top row whole, and "So dự toán" beside it, left without the title, read as a plan.
        for col, groups in blocks.items():
            if len(groups) == 1 and len(groups[0]) >= 2 and _straddles(groups[0][0], columns):
                blocks[col] = [groups[0][:1], groups[0][1:]]
                continue
            # So is a title of several lines under a higher one ("So sánh (%)" over "Ước TH năm /
            # 2022 so với" over "KH năm 2022 | TH năm 2021", v5600): its straddling lines are a
            # block of their own, a header level, spread over both columns by ``_fill_spans``.
            split: list[list[_Line]] = []
            for g in groups:
                k = 0
                while k < len(g) - 1 and _straddles(g[k], columns):
                    k += 1
                split += [g[:k], g[k:]] if k and len(groups) >= 2 else [g]
            # (A header has three levels at most: a fourth would read the whole header as one row.)
            if len(groups) < len(split) <= 3:
                blocks[col] = split
        n_rows = max(len(g) for g in blocks.values())
    grid: list[list[list[Word]]]
    titles = _lone_titles(per_col, columns, 0.25 * wrap) if n_rows == 1 else set()
    if titles:
        # A group title printed close over its sub-headers: a header level of its own, which
        # ``_fill_spans`` spreads over the columns it is centred on.
        grid = [[[] for _ in columns] for _ in range(2)]
        for col, col_lines in per_col.items():
            if col in titles:
                grid[0][col] = list(col_lines[0].words)
                grid[1][col] = [w for ln in col_lines[1:] for w in ln.words]
            else:
                grid[1][col] = [w for ln in col_lines for w in ln.words]
        return grid
    if n_rows == 1 or n_rows > 3:
        # One header row (or blank lines inside header cells that cannot be told from rows).
        grid = [[[] for _ in columns]]
        for col, groups in blocks.items():
            grid[0][col] = [w for g in groups for ln in g for w in ln.words]
        return grid
    # Where each header row lies: the k-th blocks of the fully split columns.
    full = [groups for groups in blocks.values() if len(groups) == n_rows]
    row_tops = [min(g[k][0].top for g in full) for k in range(n_rows)]
    row_centres = [median((g[k][0].top + g[k][-1].bottom) / 2 for g in full) for k in range(n_rows)]
    header_bottom = max(g[-1][-1].bottom for g in full)
    all_blocks = [g for groups in blocks.values() for g in groups]
    header_centre = (min(g[0].top for g in all_blocks) + max(g[-1].bottom for g in all_blocks)) / 2
    tolerance = 0.25 * wrap

    singles = [groups[0] for groups in blocks.values() if len(groups) < n_rows]
    top_aligned = sum(abs(g[0].top - row_tops[0]) <= tolerance for g in singles) * 2 >= len(singles)

    def row_of(block: list[_Line]) -> int:
        top = block[0].top
        if top_aligned:
            # Top-aligned cells start where their row starts.
            return min(range(n_rows), key=lambda k: abs(top - row_tops[k]))
        # Vertically centred ones sit at their row's centre, or at the header's for a merged cell.
        centre = (top + block[-1].bottom) / 2
        options = [(abs(centre - header_centre), 0)] + [
            (abs(centre - c), k) for k, c in enumerate(row_centres)
        ]
        # In a three-level header a sub-header under a group title is merged over the rows below
        # it ("Năm 2023" over "Dự toán giao | Ước TH", beside "So sánh" / "Ước TH so với" / "Dự toán").
        options += [(abs(centre - (row_tops[k] + header_bottom) / 2), k) for k in range(1, n_rows - 1)]
        return min(options)[1]

    grid = [[[] for _ in columns] for _ in range(n_rows)]
    for col, groups in blocks.items():
        row = -1
        for k, g in enumerate(groups):
            # Blocks of one column further apart than a wrap are cells of different rows.
            row = k if len(groups) == n_rows else min(n_rows - 1, max(row + 1, row_of(g)))
            grid[row][col].extend(w for ln in g for w in ln.words)
    return grid


def _straddles(line: _Line, columns: Sequence[tuple[float, float]]) -> bool:
    """Is a header line one phrase centred in the gap between two columns and reaching into both
    (a group title over them, "Năm 2025" over "Dự toán giao | Ước TH")?"""
    x0, x1 = min(w.x0 for w in line.words), max(w.x1 for w in line.words)
    centre = (x0 + x1) / 2
    return any(a[1] < centre < b[0] and x0 < a[1] and x1 > b[0] for a, b in pairwise(columns))


def _lone_titles(per_col: Mapping[int, Sequence[_Line]], columns: Sequence[tuple[float, float]], tolerance: float) -> set[int]:
    """Columns whose top header line is a group title over neighbours, though printed as close
    over them as a wrapped cell's lines ("Mức chỉ tiêu" centred over "2025 | 2030 | 2035 | 2040 |
    2045", one line higher: v1436, v1657). The title's own line is empty in the neighbours, whose
    texts start on the line under it, as its column's does, and it is centred over a run of them
    (not the row-label columns); a tall cell's first line centred on its own column is none.
    """
    tops = {c: [ln.top for ln in ls] for c, ls in per_col.items()}
    out: set[int] = set()
    for c, ls in per_col.items():
        if len(ls) < 2:
            continue
        t0, t1 = ls[0].top, ls[1].top

        def open_slot(k: int, c: int = c, t0: float = t0, t1: float = t1) -> bool:
            if k == c or k not in per_col or any(abs(t - t0) <= tolerance for t in tops[k]) or abs(tops[k][0] - t1) > tolerance:
                return False
            return read_header(_join([w for ln in per_col[k] for w in ln.words])).kind not in ("number", "indicator", "unit")

        lo = hi = c
        while open_slot(lo - 1):
            lo -= 1
        while open_slot(hi + 1):
            hi += 1
        if lo == hi or ls[-1].top > max(tops[k][-1] for k in range(lo, hi + 1) if k != c) + tolerance:
            continue  # a tall cell, vertically centred, goes on below its neighbours' texts
        words = ls[0].words
        centre = (min(w.x0 for w in words) + max(w.x1 for w in words)) / 2
        height = ls[0].bottom - ls[0].top
        if any(abs((columns[a][0] + columns[b][1]) / 2 - centre) <= 1.5 * height
               for a in range(lo, c + 1) for b in range(c, hi + 1) if a != b):
            out.add(c)
    return out


def _fill_spans(
    texts: list[list[str]], words: Sequence[Sequence[Sequence[Word]]], columns: Sequence[tuple[float, float]]
) -> None:
    """Repeat a spanning header text over the columns it is centred on.

    An unruled header prints a group title ("So sánh", "Năm 2024") once, centred over the columns
    it groups; those columns are empty in its row and have sub-headers below. The group spans the
    widest such run of columns whose middle is the title's centre, and no further: an empty slot
    beside it ("Ghi chú" centred lower down) stays empty.
    """
    # Lowest level first: a sub-group title spread over its columns opens them to the title above.
    for r in reversed(range(len(texts) - 1)):
        row, below = texts[r], texts[r + 1]
        owners = [c for c, t in enumerate(row) if t and below[c] and words[r][c]]

        def centre_of(o: int, r: int = r) -> float:
            ws = words[r][o]
            return (min(w.x0 for w in ws) + max(w.x1 for w in ws)) / 2

        centres = {o: centre_of(o) for o in owners}
        for o in owners:
            centre = centres[o]
            height = median(w.height for w in words[r][o])

            def open_slot(
                c: int, o: int = o, row: list[str] = row, below: list[str] = below,
                owners: list[int] = owners, centres: dict[int, float] = centres,
            ) -> bool:
                """An empty slot this title may take: a column named below it, not the row-label
                columns (STT, names, unit), and no nearer to another title of the row ("Năm 2023"
                over "Thực hiện" beside "Năm 2024" over "Kế hoạch | Ước TH")."""
                if not (0 <= c < len(row)) or row[c] or not below[c]:
                    return False
                if read_header(below[c]).kind in ("number", "indicator", "unit"):
                    return False
                mid = (columns[c][0] + columns[c][1]) / 2
                return all(abs(mid - centres[o]) <= abs(mid - centres[q]) for q in owners if q != o)

            best: tuple[int, int] | None = None
            def stray(c: int, row: list[str] = row, below: list[str] = below) -> bool:
                """A column empty in the header (a figure printed apart from its header's text,
                which ``merge_stray_columns`` folds in later): the run goes on over it (v1068)."""
                return 0 <= c < len(row) and not row[c] and not below[c]

            lo = o
            while open_slot(lo - 1) or (stray(lo - 1) and open_slot(lo - 2)):
                lo -= 1 if open_slot(lo - 1) else 2
            hi = o
            while open_slot(hi + 1) or (stray(hi + 1) and open_slot(hi + 2)):
                hi += 1 if open_slot(hi + 1) else 2
            def one_band(a: int, b: int, r: int = r, height: float = height) -> bool:
                """Do the sub-headers of columns ``a`` to ``b`` lie in one band under the title:
                centred on one middle, or starting on one line? A column beside the group is
                centred on the whole header's height (v4672: "Ước thực hiện giai đoạn 2021 - 2025"
                and "Ghi chú" either side of the three columns under "So sánh", whose middle is
                the title's too, were taken into the group and read as ratios)."""
                boxes = [(min(w.top for w in ws), max(w.bottom for w in ws))
                         for c in range(a, b + 1) if (ws := words[r + 1][c])]
                if len(boxes) < 2:
                    return True
                middles = [(t + u) / 2 for t, u in boxes]
                tops = [t for t, _ in boxes]
                return max(middles) - min(middles) <= 0.25 * height or max(tops) - min(tops) <= 0.1 * height

            banded: tuple[int, int] | None = None
            for a in range(lo, o + 1):
                for b in range(o, hi + 1):
                    if a == b or stray(a) or stray(b):
                        continue
                    middle = (columns[a][0] + columns[b][1]) / 2
                    if abs(middle - centre) <= 1.5 * height and (best is None or b - a > best[1] - best[0]):
                        best = (a, b)
                    if abs(middle - centre) <= 1.5 * height and (banded is None or b - a > banded[1] - banded[0]) \
                            and one_band(a, b):
                        banded = (a, b)
            # Of several runs centred under the title, the widest whose sub-headers lie in one band;
            # a single run is the title's whatever its cells' lines (a column number read into one
            # sub-header's cell moves its band, v3830).
            best = banded or best
            if best is not None:
                for c in range(best[0], best[1] + 1):
                    if not stray(c):
                        row[c] = row[o]


@dataclass
class _BodyRow:
    """A body row being read: its words per column, the columns its first line began a text in, its lines."""

    cells: dict[int, list[Word]]
    text_columns: frozenset[int]
    first: _Line
    last: _Line


_CHILD_MARK_RE = re.compile(r"^(?:trong do|chia ra|bao gom|gom|cu the)\b")
_CHILD_MARK_PRINTED_RE = re.compile(r"^(?:trong đó|chia ra|bao gồm|gồm|cụ thể)\b")
# A marker that introduces the parts below it: "Bao gồm:", "Trong đó: Thu nội địa", "Chia ra" alone.
_CHILD_LEAD_RE = re.compile(r"^(?:trong do|chia ra|bao gom|gom|cu the)\s*(?::|$)")


def _starts_parts(cells: Mapping[int, Sequence[Word]]) -> bool:
    """Does a line open a list of parts ("Bao gồm:", "Chia ra: Chi sự nghiệp giáo dục")? Such a
    line starts a row of its own: wrapped text does not begin with a marker and its colon."""
    first = min(cells, default=None)
    return first is not None and bool(_CHILD_LEAD_RE.match(fold(_join(cells[first])).strip()))


_YEAR_END_RE = re.compile(r"(?<![\d.,])(?:19|20)\d\d$")
_DASH_YEAR_RE = re.compile(r"^[-–]\s?(?:19|20)\d\d(?![\d.,])")


def child_mark(text: str) -> bool:
    """Does a line open with a child marker ("Trong đó", "Gồm", "bao gồm:")? Written small and
    without its diacritics it is another word: "gom và xử lý ..." wraps "... được thu" ("thu gom",
    to collect; v3287), where "gồm" would mark parts."""
    if not _CHILD_MARK_RE.match(fold(text)):
        return False
    t = nfc(text.strip())
    return t[:1].isupper() or bool(_CHILD_LEAD_RE.match(fold(t))) or bool(_CHILD_MARK_PRINTED_RE.match(t.lower()))


def _wraps_on(row: _BodyRow, words: Sequence[Word], column: tuple[float, float]) -> bool:
    """Does a line's text in the first column continue the row's text there?

    With the STT printed inside the name ("1. Tỷ lệ thủ tục hành chính ... trên nhiều" over
    "phương tiện truy cập khác nhau") the first column holds the names, and their wrapped lines
    start in it. A line is a wrap when it has no numbering or child marker of its own and its
    first word would not have fitted at the end of the row's last line: text wraps because the
    next word does not fit, and a heading under a short row would have.
    """
    text = _join(words)
    on_last = set(map(id, row.last.words))
    last = [w for w in row.cells.get(0, []) if id(w) in on_last]
    if last and _YEAR_END_RE.search(_join(last)) and _DASH_YEAR_RE.match(text):
        # A span of years cut at its dash ("giai đoạn 2021" over "- 2025 đạt 1.022 tỷ đồng",
        # v2535): the dash joins two years, it is no bullet.
        return True
    numbering = clean_indicator(text).numbering
    if numbering is not None and _closes_bracket(numbering, _join(row.cells.get(0, []))):
        # "(Lao Tỳ Phùng, Chu Va" over "6) vùng đồng bào …" (v8855): the "6)" closes the
        # bracket the name opened; it numbers no row.
        return True
    if (numbering is not None and not _count_with_zero(numbering, _join(row.cells.get(0, [])))
            and not _grouped_figure(numbering, _join(row.cells.get(0, [])))) or child_mark(text):
        return False
    return _text_goes_on(_join(row.cells.get(0, [])), text) or _next_word_wrapped(last, words, column)


def _text_goes_on(row_text: str, text: str) -> bool:
    """Does the wording say that a line continues the row's text: the row's text stops at a comma
    or leaves a bracket open ("… (Lao Tỳ Phùng," over "Chu Va 6)"), or the line starts in the
    middle of a sentence, with a small letter ("Mức giảm tỷ suất" over "sinh")? A name ends
    neither way and a row's name starts with a capital, so the wording decides where the room
    left on the row's last line cannot: the column's edge measured on the page may be a merged
    heading's, wider than the cell the name wrapped in (v22761, "C CHỈ TIÊU MÔI TRƯỜNG")."""
    stripped = row_text.rstrip()
    first = text.lstrip()[:1]
    return (
        stripped.endswith(",")
        or stripped.count("(") > stripped.count(")")
        or (first.isalpha() and first.islower())
    )


def _bold_under_regular(row: _BodyRow, cells: Mapping[int, Sequence[Word]]) -> bool:
    """Is a line set all bold under a row whose last line is all regular, in a column they share?
    A wrapped cell keeps its face; a heading set bold under a short row ("Thu nhập bình quân đầu
    người/ năm" over "Văn hóa - Xã hội", v8108) is no wrap, whatever room the row's last line
    left. Not the other way: a bold name may carry a regular note on its next line, in its own
    cell ("Tổng sản phẩm (GRDP)" over "(giá so sánh 2010)"). Words of mixed face, or without a
    face (OCR), say nothing."""
    on_last = set(map(id, row.last.words))
    for c, words in cells.items():
        above = [w for w in row.cells.get(c, []) if id(w) in on_last]
        if above and all(w.bold for w in words) and not any(w.bold for w in above):
            return True
    return False


def _closes_bracket(numbering: str, row_text: str) -> bool:
    """Does a line's leading "numbering" ("6)") close a bracket the row's text left open?"""
    return numbering.endswith(")") and row_text.count("(") > row_text.count(")")


# A count printed with its zero ("01", "02").
ZERO_COUNT_RE = re.compile(r"^0\d$")


def _count_with_zero(numbering: str, row_text: str) -> bool:
    """Is a line's leading "numbering" a count printed with its zero ("01 Gbps/s", "02 xã"), in a
    table whose own row numbers carry none ("1.9 Tỷ lệ ... tốc độ trên" over "01 Gbps/s", v8376:
    the wrapped end of the name became a nameless row of its own)?"""
    own = clean_indicator(row_text).numbering
    return bool(ZERO_COUNT_RE.match(numbering)) and own is not None and not own.startswith("0")


# A figure grouped in thousands ("1.022", "12.500"): no row's number has a part of three figures.
_GROUPED_RE = re.compile(r"^\d{1,3}(?:\.\d{3})+$")


def _grouped_figure(numbering: str, row_text: str) -> bool:
    """Is a line's leading "numbering" a figure grouped in thousands ("1.022 tỷ đồng"), under a
    row numbered otherwise ("37. Tổng doanh thu ngành du lịch giai đoạn 2021 - 2025 đạt", v24605:
    the figure and its unit, the end of the name, became a nameless row of its own)? A row numbered
    "1.021" would have a next row "1.022": the same first part keeps it a number, unless the row
    above counts in shorter parts."""
    own = clean_indicator(row_text).numbering
    if not _GROUPED_RE.match(numbering) or own is None:
        return False
    mine, figure = own.rstrip(".").split("."), numbering.split(".")
    if mine[0] != figure[0]:
        return True
    # Under the same first part, a row numbered in parts of one or two figures ("1.20") has a
    # next row "1.21", not "1.022": a part of three figures led by a zero goes on no such count
    # (v26662, "1.20 Tổng doanh thu ngành du lịch giai đoạn 2021 - 2025 đạt" over "1.022 tỷ đồng").
    return len(mine) == 2 and len(mine[1]) < 3 and figure[1].startswith("0")


def _next_word_wrapped(last: Sequence[Word], words: Sequence[Word], column: tuple[float, float]) -> bool:
    """Would the first of ``words`` not have fitted at the end of ``last`` (a cell's last printed
    line) in ``column``? Text wraps because the next word does not fit; a heading under a short
    row would have."""
    if not last or not words:
        return False
    first = min(words, key=lambda w: w.x0)
    # The word space as printed on the row's last line ("4. Thu": 2.8 pt in 7.8 pt type, v4045,
    # where a quarter of the height, 1.95 pt, let "NSNN" fit 0.05 pt short of the column's edge
    # and the wrapped name became a row of its own); a quarter of the height without two words.
    ordered = sorted(last, key=lambda w: w.x0)
    gaps = [b.x0 - a.x1 for a, b in pairwise(ordered) if b.x0 > a.x1]
    space = min(gaps) if gaps else 0.25 * first.height
    return max(w.x1 for w in last) + space + (first.x1 - first.x0) > column[1]


# A piece of a column number wrapped in a narrow cell: "(8)=(7)/", "(4)".
_MARK_PIECE_RE = re.compile(r"^\(\d{1,2}\)(?:\s*[=/*:x×+-]\s*\(\d{1,2}\))*(?:\s*[=/*:x×+-])?$")


def _mark_pieces(segs: Sequence[Sequence[Word]]) -> bool:
    """Is a line one or two pieces of column numbers and nothing else?"""
    texts = [_join(seg).strip() for seg in segs]
    return 1 <= len(texts) <= 2 and all(_MARK_PIECE_RE.match(t) for t in texts)


def _ends_with_mark(text: str) -> bool:
    """A header cell's last line ending with its column number: ``'(6)'``, ``'2022 (9)'``, with no
    figure before the mark (a year is none)."""
    words = text.split()
    return (bool(words) and words[-1].startswith("(") and read_column_number(words[-1]) is not None
            and not any(is_value(w) for w in words[:-1]))


def _numbers_above(upper: _Line, upper_segs: Sequence[Sequence[Word]], lower: _Line,
                   lower_segs: Sequence[Sequence[Word]]) -> bool:
    """``upper`` holds column numbers only, fewer than ``lower``, and with ``lower``, less than
    three quarters of a line's height under it, makes one row of them. (A number printed a whole
    line under its row, "(6)" under "(5) (7)=(6)/(5) (8)=(6)/(4)", is the lower line of its
    header cell, kept in the header as such.)"""
    if lower.top - upper.top > 0.75 * upper.height or len(upper_segs) >= len(lower_segs):
        return False
    if not all(read_column_number(_join(s)) is not None for s in upper_segs):
        return False
    both = sorted([*upper_segs, *lower_segs], key=lambda s: s[0].x0)
    return numbers_row([_join(s) for s in both])


def region_to_grid(
    region: _Region, settings: LayoutSettings, pitch: float, *, page: int, h_rules: Sequence[Rule] = ()
) -> Grid | None:
    """A whitespace table -> grid; None when it has fewer columns or rows than a table.

    ``h_rules``: the page's horizontal rules; a table ruled only across (above and below its
    header) ends where its top rule is: the caption line above it is not header.
    """
    lines = list(region.lines)
    gap_of = [settings.segment_gap * ln.height for ln in lines]
    segs = [_segments(ln, g) for ln, g in zip(lines, gap_of, strict=True)]
    start = region.start
    # Column numbers OCR read a little above the rest of their row (dev scan v16440, turned
    # sideways: "4 | 7" over "1 | 2 | 3 | 5 | 6 | 8") are that row: read as the first body row, "4"
    # a row number, the numbers under it shaped columns of their own, the figures one column off.
    i = start
    while i + 1 < len(lines):
        if _numbers_above(lines[i], segs[i], lines[i + 1], segs[i + 1]):
            joined = _Line(sorted([*lines[i].words, *lines[i + 1].words], key=lambda w: w.x0),
                           min(lines[i].top, lines[i + 1].top), max(lines[i].bottom, lines[i + 1].bottom))
            lines[i : i + 2] = [joined]
            gap_of[i : i + 2] = [settings.segment_gap * joined.height]
            segs[i : i + 2] = [_segments(joined, gap_of[i])]
        i += 1
    first_body = next(
        (
            i
            for i in range(start, len(lines))
            if len(segs[i]) >= 2
            and not numbers_row([_join(s) for s in segs[i]])
            and not names_label_columns([_join(s) for s in segs[i]])
            and (
                is_row_label(_join(segs[i][0]))
                # A name printed after its row number ("1.1 Tỷ lệ ... | % | Tối thiểu 83 | 100,00"):
                # the first row, though one of its figures is hedged in words (v1051).
                or bool(_NUMBERED_NAME_RE.match(_join(segs[i][0]).strip()))
                or sum(is_value(_join(s)) for s in segs[i]) >= 2
                or _name_then_labels([_join(s) for s in segs[i]])
                # A part's row bulleted in the numbers' column with its figure ("+ | Riêng vùng
                # đồng bào ... | % | 76", the only row under a header repeated on the last page,
                # v4840): no header line starts with a bullet.
                or (_BULLET_MARK_RE.match(_join(segs[i][0]).strip()) is not None and len(segs[i]) >= 3
                    and any(is_value(_join(s)) for s in segs[i][1:]))
                # ... or bulleted inside its name ("+ Tỷ lệ thôn, bản có đường ... | % | 87.36",
                # v10139: one figure, under "Trong đó:" at the top of a continuation page): taken
                # for header, it and its marker went into the header's rows, and the figure to the
                # marker's row.
                or (_BULLET_MARK_RE.match(segs[i][0][0].text) is not None and len(segs[i][0]) >= 2
                    and any(is_value(_join(s)) for s in segs[i][1:]))
                # ... or opening with its marker ("Trong đó: Riêng | % | 58", the first row under
                # a header repeated on the next page, v27226): no header line opens with "Trong
                # đó"; taken for the header's last line, the row's wrapped name went on as the rest
                # of a cut row and the name was cut to "Riêng".
                or (child_mark(_join(segs[i][0])) and any(is_value(_join(s)) for s in segs[i][1:]))
            )
        ),
        None,
    )
    # No row at all under lines naming the label columns ("TT | Danh mục | ĐVT | ..."): a header
    # alone at the foot of a page, every line of it kept (a one-phrase line of a wrapped header
    # cell straddling narrow columns does not end it as it ends a body).
    # Read down its columns only when no column-number row is under it: that row cuts the columns
    # itself (v9625 by Writer: taken as alone, its columns came from its own words, "KH | Ước TH"
    # one column), while v30251's numbers are on the next page.
    def names_columns(upto: int) -> bool:
        return upto - start <= 16 and (
            any(heads_label_columns([_join(s) for s in ss]) for ss in segs[start:upto])
            or (not any(numbers_row([_join(s) for s in ss]) for ss in segs[start:upto])
                and _heads_label_columns_wrapped(segs[start:upto])))

    # ... also with a section's heading or two under it and no row ("A | Kinh tế", v17120 by
    # reportlab: the header of "Biểu số 02" at a page's foot, its rows on the next page). Taken
    # for the body, that heading alone shaped the columns, the header above it was cut off as a
    # caption as wide as that narrow table, and the next page's rows went under the table above.
    foot_heads = first_body if (
        first_body is not None and first_body > start and len(lines) - first_body <= 2
        and all(_heading_only(segs[i]) for i in range(first_body, len(lines)))
        and names_columns(first_body)
    ) else None
    alone = (first_body is None and names_columns(len(lines))) or foot_heads is not None
    bodiless = first_body is None or foot_heads is not None
    first_body = start if first_body is None or foot_heads is not None else first_body
    # A column-number row ("1 2 3 …", "A B 1 2") ends the header: the body starts below it, be its
    # first line a one-phrase heading ("A CHỈ TIÊU KINH TẾ" with the STT inside the name).
    numbered = [
        i for i in range(start, first_body) if numbers_row([_join(s) for s in segs[i]]) and len(segs[i]) >= 3
    ]
    if numbered:
        detected = first_body
        first_body = numbered[-1] + 1
        # A column number printed a line lower than the others, under a header cell of more
        # lines than its neighbours' ("Ước / thực hiện / (6)" beside "Dự toán / (5)", v5129): a
        # line of parenthesised marks only, right under the row of column numbers, is that row's
        # (read as the first body row, it became a nameless row of one figure, 6). So is the last
        # line of a cell that prints its number after its words ("năm / 2022 (9)", v6373: its year
        # read as a figure of a nameless row).
        while (first_body < len(lines) and lines[first_body].top - lines[first_body - 1].top <= settings.wrap_gap * pitch
               and all(_ends_with_mark(_join(seg)) for seg in segs[first_body])):
            first_body += 1
        # Column numbers printed at the foot of each header cell, the cells centred and wrapped
        # to different depths ("tự | kỳ | (5) | (6) | (7)" over "(8)=(7)/(4) | năm", "2020-2025",
        # "2023 (9)", "(4)", v10586): the header runs on, line packed under line, to the lowest
        # line ending with a mark above the first row. Cut at the first line of numbers, the rest
        # became nameless rows of years and marks, and the target's column lost its period.
        k, marked = first_body, None
        while (k < detected and lines[k].top - lines[k - 1].top <= settings.wrap_gap * pitch
               and not any(is_value(w.text) and not _YEAR_RE.match(w.text) and read_column_number(w.text) is None
                           for w in lines[k].words)):
            if any(_ends_with_mark(_join(seg)) for seg in segs[k]):
                marked = k
            k += 1
        if marked is not None:
            first_body = marked + 1
    # A child marker alone on its line ("Trong đó:") right above the first row opens that row's
    # list: it is body, also when nothing else of the body is above it (v4840: the marker under a
    # header repeated on the last page went into the header, and its part lost its parent).
    def lead_above(k: int) -> bool:
        return (start < k < len(lines) and len(segs[k - 1]) == 1
                and _CHILD_LEAD_RE.match(fold(_join(segs[k - 1][0])).strip()) is not None)

    while lead_above(first_body):
        first_body -= 1
    wrap = settings.wrap_gap * pitch
    # Columns: what the body's rows of figures cover, widened by the header above them. A heading
    # row ("C | CHỈ TIÊU XÂY DỰNG ĐẢNG, HỆ THỐNG CHÍNH TRỊ") runs over the empty unit cell beside
    # its name: rows of two cells shape the columns only when there are not enough fuller rows.
    # The signature block under a table ends it: its blocks shape no column (under a lone last
    # row they merged its cells).
    signed = next(
        (i for i in range(first_body + 1, len(lines)) if any(_SIGNATURE_RE.match(fold(_join(seg))) for seg in segs[i])),
        len(lines),
    )
    body_segs = segs[first_body:signed]
    least = 3 if sum(len(ss) >= 3 for ss in body_segs) >= settings.min_rows else 2
    # With fewer fuller rows than that, a numbered heading still shapes none when one row prints
    # three cells or more: it runs over the columns that row keeps apart (v20140 by Writer: a
    # repeated header, a cut row's rest, "C | CHỈ TIÊU XÂY DỰNG ĐẢNG, HỆ THỐNG CHÍNH TRỊ" and one
    # row; the heading took the unit column into the names', "... trở %", the figures moved one
    # column left). It widens as a row of two cells does.
    fuller = any(len(ss) >= 3 for ss in body_segs)
    headings = {i for i, ss in enumerate(body_segs) if fuller and least == 2 and _heading_segs(ss)}
    # A row whose one text runs over a gap that the table's other rows keep open is a heading
    # printed across the columns, its last word apart ("II | Nghị quyết 04-NQ/TU ... định hướng
    # đến năm | 2030", dev scan v16440): it shapes no column; its texts only widen one, as a
    # wrapped line does (that "2030" beside no figure is no column of its own).
    # Lines above the first body row are the header's: a group title on one line with its
    # neighbours' names ("Chỉ tiêu | Kết quả thực hiện | Đánh giá" over "2021 | Ước 2022 | Ước lũy
    # kế", a header alone at a page's foot, v32281) runs over the gaps its sub-headers keep open
    # as a heading across does. Read as one, the line became one cell, the title went over the
    # wrong columns, and the actuals of 2021 under it were read as an evaluation.
    body_from = next((i for i, ss in enumerate(body_segs) if is_body_row([_join(s) for s in ss])), len(body_segs))
    across = {i for i in _bridging_rows([ss if len(ss) >= least and i not in headings else []
                                         for i, ss in enumerate(body_segs)]) if i >= body_from}
    across_lines = {id(lines[first_body + k]): body_segs[k] for k in across}
    body_spans = [(s[0].x0, max(w.x1 for w in s)) for i, ss in enumerate(body_segs)
                  if len(ss) >= least and i not in headings and i not in across for s in ss]
    columns = _columns(body_spans)
    if alone:
        # A header alone has no figures to shape its columns: its lines do, the lowest first,
        # a text over several of them their group title, shaping none (``_new_columns``).
        # (Not the signature block under it: v17260 by Writer, a repeat over a cut row's rest.)
        # (Nor the headings under it: "A | Kinh tế" would cut the names' column in two.)
        own = body_segs if foot_heads is None else segs[start:foot_heads]
        columns = _new_columns([(s[0].x0, max(w.x1 for w in s)) for ss in reversed(own) for s in ss])
    if not columns:
        return None
    # Rows of two cells widen their columns or add one ("IV | Nghị quyết 08-NQ/TU ..." brings the
    # STT column to a page of unnumbered rows); a heading running over several columns shapes none.
    # Wrapped lines and one-cell rows only widen theirs (a long "Chỉ tiêu" text on its own line).
    pairs = [(s[0].x0, max(w.x1 for w in s)) for i, ss in enumerate(body_segs)
             if 2 <= len(ss) < least or i in headings for s in ss]
    columns = _widen(columns, pairs)
    singles = [(s[0].x0, max(w.x1 for w in s)) for i, ss in enumerate(body_segs) if len(ss) < 2 or i in across for s in ss]
    # A header alone names each of its columns, and a cell centred on lines of its own ("Tỷ lệ /
    # (%)" beside "Kết quả / thực / hiện", v6638) is a column: put into its neighbour's, its
    # header was that column's, and the body on the next page lost the ratio's role.
    columns = _widen(columns, singles, new_columns=alone)
    # Where the header starts: walking up from the body while lines are packed close, lie within
    # the table, and are not its caption (a title, "BIỂU 02", "(Kèm theo Báo cáo số ...)") or
    # across a rule from it. The letterhead and title above an unruled table are not header.
    left, right = columns[0][0], columns[-1][1]
    width = right - left
    # A body of one heading ("I | Kinh tế", the header at the foot of a page) is narrower than
    # its table: the lines of several cells above it say how wide the table is (v1935: the
    # header's last line "(6)=(5)/(4)" was wider than 0.4 of the heading and read as a caption).
    wide = [(ss[0][0].x0, max(w.x1 for w in ss[-1])) for ss in segs if len(ss) >= 3]
    table_width = max([width, *(b - a for a, b in wide)])

    def ruled_off(i: int) -> bool:
        """A rule across most of the table lies between line ``i`` and the line below it."""
        return any(
            lines[i].bottom - 1 <= (r[1] + r[3]) / 2 <= lines[i + 1].top + 1
            and min(r[2], right) - max(r[0], left) >= 0.6 * width
            for r in h_rules
        )

    def caption_like(i: int) -> bool:
        if len(segs[i]) != 1:
            return False
        text = _join(segs[i][0]).strip()
        x0, x1 = segs[i][0][0].x0, max(w.x1 for w in segs[i][0])
        return _bracketed_note(text) or bool(_CAPTION_RE.match(fold(text))) or x1 - x0 >= 0.4 * table_width

    def rule_above(k: int) -> bool:
        """A rule across most of the table lies just above line ``k``."""
        if k > 0:
            return ruled_off(k - 1)
        return any(
            lines[0].top - 2 * pitch <= (r[1] + r[3]) / 2 <= lines[0].top + 1
            and min(r[2], right) - max(r[0], left) >= 0.6 * width
            for r in h_rules
        )

    def bracketed(end: int) -> int | None:
        """The first line of a block ending at line ``end`` (just above a rule) and starting just
        under another rule, its lines packed as a header's are and none of them a caption: a
        header ruled above and below (a table ruled across only). At most twelve lines of text
        tall, measured by height, not by count: cells centred at different depths give a line every
        half pitch (v23918: a two-level header of thirteen staggered lines, seven pitches tall, was
        cut to its lowest line, and every column lost its name)."""
        for k in range(end, -1, -1):
            if lines[end].bottom - lines[k].top > 12 * pitch:
                return None
            if caption_like(k) or (k < end and lines[k + 1].top - lines[k].top > 2 * pitch):
                return None
            if rule_above(k):
                return k
        return None

    # The header's last line sits above the body as far as one body row from the next, or closer.
    body_steps = [b.top - a.top for a, b in pairwise(lines[first_body:]) if b.top > a.top]
    # From one row to the next, not from a cell's line to its wrapped line: in a body of wrapped
    # names the wraps pulled the median under the one-line rows' spacing, and a heading printed
    # as far above the first row as rows are apart was cut off with the header (v2744). Nor from
    # a wrapped line to the next row: measured from the first line of one row (several cells) to
    # the first of the next (v5893: names wrapped on two lines 8 pt apart, rows 21 pt apart,
    # the steps 8, 13, 8, 13 gave a row 17 pt, and the heading "V Phát triển chuyển đổi số" 17 pt
    # above the first row was cut off with the header: every row nameless, doubted).
    starts = [ln for ln, ss in zip(lines[first_body:], segs[first_body:], strict=True) if len(ss) >= 2]
    row_steps = [b.top - a.top for a, b in pairwise(starts) if b.top - a.top > wrap]
    body_steps = row_steps or [d for d in body_steps if d > wrap] or body_steps
    # With one body line there is no row spacing to measure: the header's padding may then be as
    # wide as two and a half lines of text (the last page of a table, its header and one row).
    row_step = max(2 * pitch, 1.3 * median(body_steps)) if body_steps else max(2 * pitch, 2.5 * lines[first_body].height)

    def numbered_heading(i: int) -> bool:
        """Line ``i`` is one phrase starting with a section number ("III Phát triển khoa học"), or
        two without a figure that OCR cut at a gap ("A CHỈ TIÊU | KINH TẾ", dev scan v6960)."""
        texts = [_join(s) for s in segs[i]]
        words = texts[0].split() if len(texts) == 1 or (len(texts) == 2 and not any(is_value(t) for t in texts)) else []
        return len(words) >= 2 and is_row_label(words[0])

    # A numbered heading sits above its first row as far as the body's own headings sit above
    # theirs (v1312: 17 pt under "II Phát triển nguồn lực" as under "III ...", wider than two
    # lines: the header and the heading above the first row were cut off as running text).
    heading_steps = [lines[i + 1].top - lines[i].top for i in range(first_body, len(lines) - 1)
                     if numbered_heading(i) and len(segs[i + 1]) >= 2]
    # So does a heading printed without a number ("Văn hóa - Xã hội"): one phrase over a row, where
    # the body's own such headings start, as far above it as they are (v26989: "CHỈ TIÊU KINH TẾ"
    # 17.0 pt over the first row, rows 12.9 pt apart, "Văn hóa - Xã hội" 17.0 pt over its row;
    # cut off, it took the staggered header with it: no header, every column's role a guess).
    plain_heads = [(segs[i][0][0].x0, lines[i + 1].top - lines[i].top) for i in range(first_body, len(lines) - 1)
                   if len(segs[i]) == 1 and not numbered_heading(i) and len(segs[i + 1]) >= 2
                   and not is_value(_join(segs[i][0]))]

    def plain_heading(i: int, step: float) -> bool:
        x0 = segs[i][0][0].x0 if len(segs[i]) == 1 else None
        return x0 is not None and not is_value(_join(segs[i][0])) and any(
            abs(x0 - hx) <= 0.5 * lines[i].height and step <= hs + 1.0 for hx, hs in plain_heads)

    start = first_body
    while start > 0 and not caption_like(start - 1):
        # From the lowest word of the line above: column numbers printed at the feet of cells
        # wrapped to different depths are one line (``_numbers_above``), its top the highest mark
        # ("(8)=(7)/(4)" 8 pt over "(7)", v27284: measured from it, the header sat further above
        # the heading "I Kinh tế" than a row from the next, and was cut off as running text).
        step = lines[start].top - max(w.top for w in lines[start - 1].words)
        # With no heading in the body to measure, as far as the body's rows are apart at most (v6960:
        # "A CHỈ TIÊU KINH TẾ" 17.0 pt over the first row, rows 12.9 and 17.0 pt apart, the page's
        # two lines 17.0 pt: cut off, it took the header with it, every column's role a guess).
        # With one row on the page and none to measure, as far as a header may sit above its
        # first row (v10616: "I CHỈ TIÊU KINH TẾ" 17 pt over the page's one row, read as the
        # header's last line, held the sub-headers under a group title apart from it).
        if start == first_body and ((numbered_heading(start - 1)
                                     and step <= max(heading_steps or row_steps or [row_step - 1.0]) + 1.0)
                                    or plain_heading(start - 1, step)):
            # The heading is the body's first row, and the header ends above it.
            start = first_body = start - 1
            continue
        if start != first_body and ruled_off(start - 1):
            # A rule under a line of several cells, with only one-phrase lines below it down to the
            # first numbered row: the header's bottom rule (or shading), and those lines are body
            # headings ("Phát triển kinh tế" of a section printed without a number).
            if (
                step <= row_step
                and len(segs[start - 1]) >= 2
                and all(len(segs[i]) == 1 for i in range(start, first_body))
            ):
                first_body = start
                continue
            ruled_top = bracketed(start - 1) if all(len(segs[i]) == 1 for i in range(start, first_body)) else None
            if ruled_top is not None:
                # The header between its top and bottom rules, its lowest line one phrase (a
                # vertically centred cell wrapped lower than the others).
                first_body, start = start, ruled_top
            break
        if step > (row_step if start == first_body else 2 * pitch):
            break
        start -= 1
    # ... also when the region starts under it (v29320: "Trong đó:" alone at the top of a
    # continuation page without a header, "- Riêng đạt chuẩn | % | 71 …" under it): taken in by
    # the header's lines above, it was the page's one-line header, which names no column, and
    # the page became a table of its own, every role a guess and its figures out of the diff.
    while lead_above(first_body):
        first_body -= 1

    def at_body_left(i: int) -> tuple[float, float] | None:
        """The column of line ``i`` when it is one phrase starting where the body's texts start there."""
        if len(segs[i]) != 1:
            return None
        x0, height = segs[i][0][0].x0, lines[i].height
        col = next((c for c in columns if c[0] - 1 <= x0 <= c[1]), None)
        if col is None:
            return None
        lefts = [s[0].x0 for ss in body_segs for s in ss if col[0] - 1 <= s[0].x0 <= col[1] and not is_value(_join(s))]
        return col if len(lefts) >= 2 and abs(x0 - min(lefts)) <= 0.5 * height else None

    def heading_start(end: int) -> int:
        """Where the heading ending above line ``end`` starts (``end`` when there is none): one
        phrase a line, wrapped or not, starting where the body's texts start, below its column's
        label, which starts elsewhere (labels are centred, or wrapped apart)."""
        k = end
        while k - 1 > start and at_body_left(k - 1) is not None:
            k -= 1
        if k == end:
            return end
        col = at_body_left(k)
        assert col is not None
        x0, height = segs[k][0][0].x0, lines[k].height
        above = [s for j in range(start, k) for s in segs[j] if s[0].x0 <= col[1] and max(w.x1 for w in s) >= col[0]]
        return k if above and all(abs(s[0].x0 - x0) > height for s in above) else end

    # A cut row's rest under the header repeated over it is body, and shapes no column.
    spill = _spilled_rest(lines, segs, start, first_body)
    # ... and the header widens the columns, its texts may also make columns of their own.
    head_spans = [(s[0].x0, max(w.x1 for w in s)) for ss in reversed(segs[start:spill]) for s in ss]
    columns = _widen(columns, [sp for sp in head_spans if sp not in _group_titles(columns, segs[start:spill], head_spans)])
    # A heading left as the header's lowest line is a line of one phrase.
    lowest = [(s[0].x0, max(w.x1 for w in s)) for s in segs[spill - 1]] if spill > start else []
    lowest = lowest if len(lowest) == 1 else []
    columns = _labels_joined(columns, head_spans, lowest, [s for ss in body_segs for s in ss], lines[first_body].height)
    # Lines with no body row have no figures to shape their columns: a column-number row among them
    # (a header alone at a page's foot) cuts them as it cuts a body's (v9625's edited copy by
    # Writer: "KH | Ước TH" centred over
    # two columns of "(5) (6)", one column, so the body on the next page went under fewer columns
    # than it prints and two took the wrong role).
    cutting = numbered if numbered or not bodiless else [
        i for i in range(start, len(lines)) if numbers_row([_join(s) for s in segs[i]]) and len(segs[i]) >= 3]
    columns = _split_by_numbers(columns, [segs[i] for i in cutting])
    if len(columns) < settings.min_columns:
        return None
    # A heading printed without a number ("Phát triển kinh tế") right under a header with no rule
    # between is body, not the header's last line: taken as header it shifted the header's rows
    # and a group title ("Năm 2024") lost the column it spans.
    spill_end = first_body
    first_body = heading_start(first_body) if spill == first_body else spill

    def fits(i: int) -> bool:
        """Line ``i`` sits in the table: each phrase overlaps one column and reaches into no other."""
        return all(
            sum(1 for c0, c1 in columns if s[0].x0 <= c1 and max(w.x1 for w in s) >= c0) == 1 for s in segs[i]
        )

    # From the first line below the body that does not sit in its columns on, running text follows
    # (a note, a signature block); a text alone in one column is a row or a wrapped cell. The
    # signature block of an official document ("Nơi nhận:", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH")
    # ends the table also when its lines happen to sit in the columns.
    def heading_over_row(i: int) -> bool:
        """Line ``i`` is a section heading of the table ("IV Phát triển hệ sinh thái đổi mới sáng
        tạo" over a narrow names' column, reaching over the figure columns, v2371): one phrase
        starting with a section number, right above a row of the table's columns."""
        words = _join(segs[i][0]).split() if len(segs[i]) == 1 else []
        if not words or not is_row_label(words[0]) or i + 1 >= len(lines):
            return False
        below = [_join(s) for s in segs[i + 1]]
        return len(below) >= 2 and fits(i + 1) and is_body_row(below)

    if alone:
        # Its column-number row ends it there too: a heading under it ("CHỈ TIÊU KINH TẾ") is the
        # body's first row, the header's rows stay four (v3057: the header was cut after its top
        # line and its repeat on the next page no longer matched it).
        ends = [i for i in range(start, len(lines)) if is_column_number_row([_join(s) for s in segs[i]]) and len(segs[i]) >= 3]
        if ends and ends[-1] + 1 < len(lines):
            first_body = ends[-1] + 1
        # ... and so do the headings under it (v17120).
        if foot_heads is not None:
            first_body = foot_heads
    end = len(lines) if alone else next(
        (
            i
            for i in range(first_body + 1, len(lines))
            if (len(segs[i]) < 2 and not fits(i) and not heading_over_row(i) and not spill <= i < spill_end)
            or any(_SIGNATURE_RE.match(fold(_join(seg))) for seg in segs[i])
        ),
        len(lines),
    )
    foot_lines = set() if foot_heads is None else {id(ln) for ln in lines[foot_heads:]}
    first_body -= start
    spilled = range(spill - start, spill_end - start) if spill < spill_end else range(0)
    lines, gap_of = lines[start:end], gap_of[start:end]

    n_cols = len(columns)
    head_gap = settings.segment_gap * median(ln.height for ln in lines)
    # A column-number row ("(1) (2) … (13)") is a header row of its own, kept out of the blocks
    # that place the header's text rows.
    # A line of column numbers, also as OCR damaged it, left in the header's text lines made a fourth
    # header row, and a header of more than three rows is read as one: "Năm 2022" then headed one
    # column of two (g10 v2120).
    numbering = [
        i for i in range(first_body) if numbers_row([_join(seg) for seg in _segments(lines[i], gap_of[i])])
    ]
    # A column's number wrapped round the row of numbers in a narrow cell ("(8)=(7)/" a line above
    # it, "(4)" a line below, v7499 by Writer): those pieces are that row's. Left among the
    # header's lines they made the ratio column a header cell of two blocks, a second header row
    # whose centre misplaced the sub-headers beside it ("2021" went over "Kết quả thực hiện").
    pieces = {i: [j for j in (i - 1, i + 1) if 0 <= j < first_body and j not in numbering
                  and abs(lines[j].top - lines[i].top) <= wrap and _mark_pieces(_segments(lines[j], gap_of[j]))]
              for i in numbering}
    taken = {j for js in pieces.values() for j in js}
    head_lines = [ln for i, ln in enumerate(lines[:first_body]) if i not in numbering and i not in taken]
    header_words = _header_rows(head_lines, columns, head_gap, wrap) if head_lines else []
    for i in numbering:
        cells = _assign(lines[i], columns, gap_of[i])
        for j in sorted(pieces[i]):
            for c, ws in _assign(lines[j], columns, gap_of[j]).items():
                cells[c] = sorted([*cells.get(c, []), *ws], key=lambda w: (w.top, w.x0))
        header_words.append([cells.get(c, []) for c in range(n_cols)])
    header_texts = [[nfc(_join(ws)) for ws in row] for row in header_words]
    _fill_spans(header_texts, header_words, columns)
    grid_rows: list[tuple[GridCell, ...]] = []
    for words_row, text_row in zip(header_words, header_texts, strict=True):
        top = min((w.top for ws in words_row for w in ws), default=lines[0].top)
        bottom = max((w.bottom for ws in words_row for w in ws), default=lines[0].bottom)
        grid_rows.append(
            tuple(
                _cell(t, ws, columns[c], top, bottom, page)
                for c, (t, ws) in enumerate(zip(text_row, words_row, strict=True))
            )
        )

    # A cell's lines follow one another at the table's own leading, the smallest step from one
    # body line to the next: a line further below than a wrap at that leading is no wrapped line,
    # however close the page's prose (larger type) sets its lines (v4136: "CHỈ TIÊU XÃ HỘI" 14.4 pt
    # under a row, with wraps 9.5 pt apart, was read as the row's name wrapped).
    height = median(ln.height for ln in lines[first_body:]) if first_body < len(lines) else 0.0
    steps = [b.top - a.top for a, b in pairwise(lines[first_body:]) if b.top - a.top >= 0.8 * height]
    body_wrap = min(wrap, 1.25 * min(steps)) if steps else wrap
    # A line that can only go on from the row above (one phrase in small letters, no number, no
    # figure, under a numbered row's text) wraps at the body's own leading even where the page's
    # pitch is smaller: measured on a page of one table's few rows, the pitch can come from a
    # header cell's last line to the first row (v19225 by Writer: "tự" of "Số / thứ / tự" 8.9 pt
    # over row 20, whose "nghệ số" 12.4 pt under it became a row of its own, the name cut).
    own_wrap = 1.25 * min(steps) if steps else wrap

    def goes_on(row: _BodyRow, cells: dict[int, list[Word]]) -> bool:
        first = _join(row.cells.get(0, []))
        texts = [_join(ws) for ws in cells.values()]
        return (len(texts) == 1 and texts[0][:1].islower() and not is_value(texts[0]) and 0 not in cells
                and is_row_label(first) and len(row.cells) >= 3)

    body: list[_BodyRow] = []
    for i in range(first_body, len(lines)):
        line = lines[i]
        # The rest's lines are one paragraph of one cell, whose column they start in: set as wide
        # as the cell, they reach over the gap to a column of figures beside it.
        cells = {_column_of(line.x0, columns): list(line.words)} if i in spilled else _assign(line, columns, gap_of[i])
        if id(line) in across_lines:
            # A heading printed across the columns is one cell after its number: its last word
            # apart ("… định hướng đến năm | 2030") is no figure of the column it ends over (read
            # as one, the heading was a row of figures, and the rows under it lost their section).
            # Its number is one word, be it misread ("Hi)" for "III").
            label, *rest = across_lines[id(line)]
            if rest and len(_join(label).split()) == 1:
                cells = {_column_of(label[0].x0, columns): list(label),
                         _column_of(rest[0][0].x0, columns): [w for seg in rest for w in seg]}
            else:
                cells = {_column_of(line.x0, columns): list(line.words)}
        elif id(line) in foot_lines:
            # A heading under a header alone: its name goes in the column after its number's, not
            # in the number's, which its left edge lies nearer (the names' label is centred far
            # from where names start), so that it reads as a heading of the rows under it.
            number_at = _column_of(line.words[0].x0, columns)
            cells = ({number_at: [line.words[0]], number_at + 1: list(line.words[1:])} if number_at + 1 < n_cols
                     else {number_at: list(line.words)})
        elif (heading := _heading_across(_segments(line, gap_of[i]), columns)) is not None:
            cells = heading
        if body:
            row = body[-1]
            # A wrapped line: close under the row, first column empty (or continuing the text there,
            # ``_wraps_on``), and only in columns where the row started a text (figures do not
            # wrap: a line under them is the next row).
            if (
                (line.top - row.last.top <= body_wrap
                 or (line.top - row.last.top <= own_wrap and goes_on(row, cells)))
                and set(cells) <= row.text_columns
                and (0 not in cells or _wraps_on(row, cells[0], columns[0]))
                and not _starts_parts(cells)
                and not _bold_under_regular(row, cells)
            ):
                for c, ws in cells.items():
                    row.cells[c].extend(ws)
                row.last = line
                continue
        body.append(
            _BodyRow(cells, frozenset(c for c, ws in cells.items() if not is_value(_join(ws))), line, line)
        )
    for row in body:
        grid_rows.append(
            tuple(
                _cell(
                    nfc(_join(row.cells.get(c, []))),
                    row.cells.get(c, []),
                    columns[c],
                    row.first.top,
                    row.last.bottom,
                    page,
                )
                for c in range(n_cols)
            )
        )
    # One row is a table when its cells run over several printed lines (a page of Biểu 02 that
    # holds a single resolution's paragraphs).
    wide_lines = sum(1 for i in range(first_body, len(lines)) if len(_segments(lines[i], gap_of[i])) >= 3)
    one_row = len(body) == 1 and _table_row(_segments(body[0].first, gap_of[first_body]), settings)
    # So is a header alone at the foot of a page whose wrapped lines came out as one row (v14870
    # by Writer: "TT | Chỉ tiêu | Mục tiêu / 2025 (tỷ / lệ %) | Kết quả / thực / hiện" above the
    # page number; left as running text, its body on the next page was read under no header).
    # And so is a header alone printed on one line, when nothing but the page number is under it
    # (``words_to_layout`` keeps it only there): a header row cut at the page's foot, the rest of
    # its cells' lines at the top of the next page (v15590 by Writer: "Số TT | Các chỉ tiêu chủ
    # yếu | Đơn vị | Kế hoạch năm | Ước đạt | Mức độ" over "tính | 2022 được giao | …"; left as
    # running text, the rest was read as the header of a table of its own, every role a guess).
    if (len(grid_rows) < settings.min_rows and not (len(body) == 1 and wide_lines >= settings.min_rows)
            and not one_row and not (alone and len(body) == 1
                                     and (body[0].last is not body[0].first or len(columns) >= settings.min_columns))):
        return None
    # Rows of one printed line each, under no header, may be a paragraph's lines split at word
    # gaps (a table's text cells wrap: a page of Biểu 02 holding one resolution's paragraphs is a
    # table).
    # A "header" of one phrase over them is the paragraph's line above (v1366: "trấn Khe Tre." over
    # the justified "2. Tình hình thực hiện các nhiệm vụ: ... 184,693 tỷ đồng, đạt").
    named = sum(1 for row in grid_rows[: len(header_words)] for c in row if c.text.strip())
    if named <= 1 and not _header_alone(grid_rows):
        if all(row.first is row.last for row in body):
            # A row of column numbers is no prose, however many lone words the lines above it
            # hold once it has cut them into its columns (v9625's header alone).
            if running_text(grid_rows[len(header_words):]) and not cutting:
                return None
        else:
            # Lines of justified prose read as one row and its wrapped line (v4798: "lợn không xảy
            # ra; đã | tiêm | phòng Vaccine ..." over "33,1%; Vaccine tam | liên | ...", each
            # word gap a column): judged line by line, as printed.
            printed = [
                tuple(_cell(nfc(_join(ws)), ws, columns[c], lines[i].top, lines[i].bottom, page)
                      for c, ws in sorted(_assign(lines[i], columns, gap_of[i]).items()))
                for i in range(first_body, len(lines))
            ]
            several = [r for r in printed if sum(1 for c in r if c.text.strip()) >= 2]
            if several and all(_justified(r) for r in several):
                return None
    bbox = (columns[0][0], lines[0].top, columns[-1][1], lines[-1].bottom)
    if body:
        grid_rows = merge_stray_columns(grid_rows, len(header_words))
    return Grid(
        rows=tuple(grid_rows),
        header_rows=len(header_words) if body else -1,
        provenance=Provenance(page=page, bbox=bbox),
        method="words",
    )


def _spilled_rest(lines: Sequence[_Line], segs: Sequence[Sequence[Sequence[Word]]], start: int, first_body: int) -> int:
    """Where the rest of a row cut at the page break starts, printed under the header repeated at
    the top of the next page (``first_body`` when there is none).

    Chromium prints a long text cell's last lines there, over the next row (v18740: "được cấp mã
    số cơ sở trồng. Thực hiện ..." / "... sản phẩm OCOP" / "trên địa bàn." under "Lũy kế thực
    hiện ... (5)"). Read as header, its lines made header rows and, set as wide as their cell,
    widened its column of texts over the gap to the figures beside it: the figures lost their
    column and the next column's went to a column with no header. The rest is the trailing lines
    of the header's block that are one phrase each, all starting where a column of the body
    starts (a paragraph's lines, set from the cell's left; a header's cells are centred) and in
    small letters (mid-sentence), under lines naming the label columns, further below the line
    above than the header's own lines follow one another. ``extractor.stitch`` joins it to the
    row it is the rest of."""
    k = first_body
    while k - 1 > start and len(segs[k - 1]) == 1:
        k -= 1
    if start > 0 or k == first_body or not any(heads_label_columns([_join(s) for s in ss]) for ss in segs[start:k]):
        return first_body
    while k < first_body:
        x0 = lines[k].x0
        if all(abs(lines[i].x0 - x0) <= 1.0 for i in range(k, first_body)) and _join(segs[k][0])[:1].islower():
            break
        k += 1
    if k == first_body:
        return first_body
    # Where a text of the body starts: a cut cell's lines are set from its left, as the body's
    # texts in that column are, and a header's lines are centred (v32020 by Writer: "thực", the
    # last line of the repeat's "Cơ quan / chủ trì / thực", 10.6 pt under the column numbers over
    # a column the body leaves empty on that page, was taken for a rest; the body's leading then
    # measured from it cut every wrapped name under it off as a row of its own).
    # In a column whose texts are centred, a cut cell's line is centred as they are (v33770 by
    # Writer: "đồng", the rest of the cut unit "Triệu / đồng", under two centred "Triệu đồng"):
    # two texts of the body there share its middle.
    spans = [(s[0].x0, max(w.x1 for w in s)) for ss in segs[first_body:] for s in ss if not is_value(_join(s))]
    x0, x1 = lines[k].x0, lines[k].x1
    # middles within 1 pt (sums within 2), and two such texts so that one centred name is no column's rule
    centred = sum(1 for a, b in spans if a <= x1 and b >= x0 and abs((a + b) - (x0 + x1)) <= 2.0) >= 2
    if spans and not centred and not any(abs(x0 - a) <= 1.0 for a, _ in spans):
        return first_body
    # Not in the column of the rows' numbers, which no cut row goes on in (v19225 by Writer: "tự",
    # the last line of the repeated header's "Số / thứ / tự", centred under "thứ" and lower than the
    # years beside it, was taken for a name's rest; the body's leading then measured from it cut
    # the next row's wrapped "nghệ số" off as a row of its own).
    if first_body < len(lines) and len(segs[first_body]) >= 2 and is_row_label(_join(segs[first_body][0])):
        label = segs[first_body][0]
        x0, x1 = label[0].x0, max(w.x1 for w in label)
        if any(segs[i][0][0].x0 <= x1 and max(w.x1 for w in segs[i][0]) >= x0 for i in range(k, first_body)):
            return first_body
    height = median(w.bottom - w.top for ln in lines[start:k] for w in ln.words)
    # The header's own leading, or the rest's when its lines say it: a header of cells centred on
    # staggered lines (5.4 pt apart in 6.9 pt type, v17805 by Writer) has no step as tall as a
    # line but the padding under its group title, and the rest, 15.2 pt under the header with its
    # own lines 10.8 pt apart, was taken for header lines ("hoạt đô thị được thu / gom và xử lý"
    # joined to the header's second row, the name above it cut, 8 cells).
    steps = [b.top - a.top for i, (a, b) in enumerate(pairwise(lines[start:first_body]), start=start)
             if i + 1 != k and b.top - a.top >= 0.8 * height]
    leading = min(steps) if steps else height
    return k if lines[k].top - lines[k - 1].top > 1.2 * leading else first_body


# A gap between columns is kept open by at least this many rows, and by this many times as many
# rows as run over it.
_GAP_ROWS = 3
_GAP_RATIO = 4


def _bridging_rows(rows: Sequence[Sequence[Sequence[Word]]]) -> set[int]:
    """The rows (their segments; an empty row takes no part) that are headings printed across
    the columns the other rows keep apart.

    A gap is kept open where at least ``_GAP_ROWS`` rows, and ``_GAP_RATIO`` times as many as run
    over it, print a text left of it and one right of it and none over it. A row running over
    such a gap is a heading when it prints no figure but a year and one of its texts lies over
    three columns or more of the other rows: v16440's "II | Nghị quyết 04-NQ/TU ... định hướng
    đến năm | 2030" (its last word apart, three cells) merged in ``_columns`` the name, unit and
    target columns of its 14 rows, and the header cells over them. A cell's text reaching into
    the next column only (a long prose cell of a text-layer table, a row of figures) is no
    heading: those rows shape columns as before.
    """
    spans = [[(s[0].x0, max(w.x1 for w in s)) for s in ss] for ss in rows]
    gaps = [[(a[1], b[0]) for a, b in pairwise(row)] for row in spans]
    if sum(1 for row in spans if len(row) >= 2) < _GAP_ROWS + 1:
        return set()
    over_open: set[int] = set()
    for x in sorted({(g0 + g1) / 2 for row in gaps for g0, g1 in row if g1 > g0}):
        over = [i for i, row in enumerate(spans) if any(a < x < b for a, b in row)]
        kept = sum(1 for row in gaps if any(g0 <= x <= g1 for g0, g1 in row))
        if over and kept >= _GAP_ROWS and kept >= _GAP_RATIO * len(over):
            over_open.update(over)
    if not over_open:
        return set()
    others = _columns(sp for i, row in enumerate(spans) if i not in over_open for sp in row)
    out: set[int] = set()
    for i in over_open:
        texts = [_join(s) for s in rows[i]]
        if any(is_value(t) and not _YEAR_RE.match(t) for t in texts):
            continue
        if any(sum(1 for c0, c1 in others if a <= c1 and b >= c0) >= 3 for a, b in spans[i]):
            out.add(i)
    return out


def _heading_across(segs: Sequence[Sequence[Word]], columns: Sequence[tuple[float, float]]) -> dict[int, list[Word]] | None:
    """A numbered heading (a row label, then one phrase at word spacing, no figure) whose title runs on over
    three columns or more, or over two across the gutter between them: its number in its column and the title whole in the column it starts
    in; None for any other line. Word by word the title was cut wherever a column's edge fell
    between two words ("1 | Phát triển ... nâng cao hiệu | quả, hiệu lực | hoạt động", v23105 by
    reportlab, over the unit and target columns), and whole only when one of its words happened
    to straddle an edge (its edited copy, set a point apart): a diff of the two read the heading
    removed and three rows added."""
    if len(segs) != 2:
        return None
    label, title = segs
    # Its number is a row label ("1", "IV"), which a lone figure also reads as; its title is
    # words, a year at most among them ("... định hướng đến năm 2030").
    if (len(label) != 1 or not is_row_label(label[0].text) or len(title) < 2
            or any(is_value(w.text) and not _YEAR_RE.match(w.text) for w in title)):
        return None
    spanned = sorted({_column_of(w.center_x, columns) for w in title})
    # Over two columns only when a word of it lies in the gutter between them: the title runs on
    # at word spacing across the names' column's edge ("1 | Phát triển ... hiệu lực hoạt | động",
    # v29085: its last word under the unit column, the heading read as a row, and the diff with
    # its edited copy, where the word fell the other way, read it removed). A name and its unit
    # are as far apart as the gutter at least.
    if len(spanned) < 2 or (len(spanned) == 2 and not any(
            w.x1 > columns[spanned[0]][1] and w.x0 < columns[spanned[0] + 1][0] for w in title)):
        return None
    cells: dict[int, list[Word]] = {_column_of(label[0].x0, columns): list(label)}
    cells.setdefault(_column_of(title[0].x0, columns), []).extend(title)
    return cells


def _heading_only(segs: Sequence[Sequence[Word]]) -> bool:
    """Is a line a section's heading and nothing else: a section number and its name ("A | Kinh
    tế", "I Chỉ tiêu kinh tế"), no figure?"""
    texts = [_join(s) for s in segs]
    if not 1 <= len(texts) <= 2 or any(is_value(t) for t in texts[1:]):
        return False
    words = " ".join(texts).split()
    return len(words) >= 2 and is_row_label(words[0]) and not is_value(" ".join(words[1:]))


def _heading_segs(segs: Sequence[Sequence[Word]]) -> bool:
    """A line of two phrases, a row label and a title, no figure ("C | CHỈ TIÊU XÂY DỰNG ĐẢNG"):
    a numbered heading of the body."""
    texts = [_join(s) for s in segs]
    return len(texts) == 2 and is_row_label(texts[0]) and len(texts[1].split()) >= 2 and not any(is_value(t) for t in texts)


def _header_alone(rows: Sequence[Sequence[GridCell]]) -> bool:
    """Lines that name a table's label columns ("TT | Nội dung chỉ tiêu | ĐVT") and print no row:
    a header alone at the foot of a page, its body on the next (v1387: without it, the body was
    stitched under the table above, of other columns). ``extractor.stitch`` puts it over its body."""
    texts = [[c.text for c in row] for row in rows]
    if any(is_body_row(t) for t in texts):
        return False
    if any(heads_label_columns(t) for t in texts):
        return True
    # Cells wrapped to different depths name the columns only read down each column (v30251);
    # not over a column-number row, which region_to_grid does not read down either (v9625).
    if len(texts) < 2 or any(numbers_row(t) for t in texts):
        return False
    width = max(map(len, texts))
    down = [" ".join(t for row in texts if c < len(row) and (t := row[c].strip())) for c in range(width)]
    return heads_label_columns(down)


def _justified(row: Sequence[GridCell]) -> bool:
    """One printed line of justified prose cut at its stretched spaces: five cells or more, nearly
    all words (no figures), every gap between them the same width to half a point (v1215: nine
    gaps of 4.4 pt in "dịch vụ tiếp cận và tham gia | vào các hoạt động | giao | dịch | ...").
    A table's cells are as far apart as their columns make them."""
    cells = sorted((c for c in row if c.text.strip() and c.provenance.bbox), key=lambda c: c.provenance.bbox[0])  # type: ignore[index]
    if len(cells) < 5 or sum(1 for c in cells if is_value(c.text)) * 5 > len(cells):
        return False
    gaps = [b.provenance.bbox[0] - a.provenance.bbox[2] for a, b in pairwise(cells)]  # type: ignore[index]
    return min(gaps) > 0 and max(gaps) - min(gaps) <= 0.5


def running_text(rows: Sequence[Sequence[GridCell]]) -> bool:
    """Are these headerless rows running text, split at word gaps that happen to line up?

    A justified paragraph spaces its words wider than a table pads its cells on some lines: "2. |
    Tình | hình | thực | hiện | ... | 184,693 | tỷ | đồng," is one line of prose, each word a
    "cell"; "lợn không xảy ra; đã | tiêm | phòng Vaccine ... 960/2.900 liều | đạt | tỷ lệ" over
    "33,1%; Vaccine tam | liên | ..." two. A table's rows hold figures, row numbers or units, and
    their cells are not mostly lone words. (Callers ask this of rows one printed line each.)
    """
    texts = [" ".join(c.text.split()) for r in rows for c in r if c.text.strip()]
    if not texts:
        return False
    # Lines of justified prose, the paragraph's short last line aside (v1418: "nghiệp.").
    several = [r for r in rows if sum(1 for c in r if c.text.strip()) >= 2]
    if several and all(_justified(r) for r in several):
        return True
    # A unit marks a table in a unit column (units on two rows or more) or beside a figure: one
    # word that reads as a unit ("quy", quý, the last word of a justified line cut at its stretched
    # space, v16500 by Writer) does not make a paragraph a table.
    units = [r for r in rows if any(is_unit_text(" ".join(c.text.split())) for c in r if c.text.strip())]
    unit_column = len(units) >= 2 or any(is_value(c.text) for r in units for c in r if c.text.strip())
    marked = [t for t in texts if is_value(t) or is_row_label(t) or (unit_column and is_unit_text(t))]
    lone_words = [t for t in texts if " " not in t and t not in marked]
    return not marked or (len(texts) >= 8 and len(lone_words) * 3 >= 2 * len(texts))


def _extent(rows: Sequence[Sequence[GridCell]], c: int) -> tuple[float, float] | None:
    boxes = [r[c].provenance.bbox for r in rows if r[c].text and r[c].provenance.bbox]
    return (min(b[0] for b in boxes), max(b[2] for b in boxes)) if boxes else None  # type: ignore[index]


def figures_end(cells: Iterable[GridCell]) -> float | None:
    """Where a column's figures end when they are right-aligned (most of at least three share
    their right edge), else None: the column's right edge, as its cells are drawn.

    Nothing of that column starts beyond it: a label written in words left-aligned in the next
    column ("đạt" under "Lũy kế thực hiện", v5612) lies nearer these figures than the centred
    header of its own column, yet starts right of where they end.
    """
    ends = [b[2] for c in cells if (b := c.provenance.bbox) is not None and is_value(c.text)]
    if len(ends) < 3:
        return None
    edge = max(ends)
    aligned = sum(1 for x in ends if edge - x <= _ALIGNED)
    return edge if aligned * 3 >= 2 * len(ends) else None


def starts_beyond(cell: GridCell, end: float | None) -> bool:
    """Does ``cell`` start right of a column's right-aligned figures (``figures_end``)?"""
    box = cell.provenance.bbox
    return end is not None and box is not None and box[0] > end + _ALIGNED


def merge_stray_columns(rows: list[tuple[GridCell, ...]], header_rows: int) -> list[tuple[GridCell, ...]]:
    """Fold a column that only a few body cells made into the column they belong to.

    Whitespace columns are where texts are printed. A word aligned otherwise than the figures of
    its column ("Chưa triển khai" left-aligned in a column of centred figures) makes a column of its
    own, with no header text above it (no column number either), between columns that have one.
    Such a column joins the neighbour that is empty wherever it is filled (the nearer one when both
    are), once the header names at least two thirds of the columns.
    """
    width = len(rows[0]) if rows else 0
    head, body = rows[:header_rows], rows[header_rows:]
    if not head or not body or width < 3:
        return rows

    def headed(c: int, head: Sequence[Sequence[GridCell]] = head) -> bool:
        return any(r[c].text.strip() for r in head)

    if sum(headed(c) for c in range(width)) * 3 < 2 * width:
        return rows
    for c in range(width):
        if headed(c) or not any(r[c].text.strip() for r in body):
            continue
        mine = _extent(body, c)
        options = []
        for n in (c - 1, c + 1):
            if not 0 <= n < width or not headed(n) or any(r[c].text.strip() and r[n].text.strip() for r in body):
                continue
            theirs = _extent(body, n)
            distance = 0.0 if mine is None or theirs is None else max(theirs[0] - mine[1], mine[0] - theirs[1], 0.0)
            options.append((distance, n))
        if not options:
            continue
        target = min(options)[1]
        merged = []
        for r in rows:
            cells = list(r)
            if cells[c].text.strip():
                cells[target] = cells[c]
            del cells[c]
            merged.append(tuple(cells))
        return merge_stray_columns(merged, header_rows)
    return rows


def _cell(
    text: str, words: Sequence[Word], column: tuple[float, float], top: float, bottom: float, page: int
) -> GridCell:
    bbox = _bbox(words) if words else (column[0], top, column[1], bottom)
    return GridCell(text, Provenance(page=page, bbox=bbox))


# ---------------------------------------------------------------------------- captions, running text

_CAPTION_RE = re.compile(r"^\W*(bieu|phu luc|bang)\b")
# The national name and motto every Vietnamese official document prints at its top. The name may
# wrap before "Việt Nam" in a narrow letterhead cell (v7625 by Writer, large font: its lines and the
# issuer's beside them read as a table without header, doubted on a clean report).
_LETTERHEAD_RE = re.compile(r"cong hoa xa hoi chu nghia|doc lap\s*-\s*tu do\s*-\s*hanh phuc")
# The national name cut before its end: its next line ("Nam", beside the issuer's name's rest) is the
# letterhead's too.
_NATION_CUT_RE = re.compile(r"cong hoa xa hoi chu nghia(?! viet nam)")
# How the signature block of a Vietnamese official document begins (Nghị định 30/2020/NĐ-CP):
# "Nơi nhận:", or the signer's authority "TM." (on behalf of), "KT." (signing for), "TL.", "TUQ.".
_SIGNATURE_RE = re.compile(r"^(?:noi nhan\s*:|(?:tm|kt|tl|tuq)\.\s*\w)")


def signature_block(grid: Grid) -> bool:
    """Is ``grid`` a document's signature block, read as a table of its own ("Nơi nhận:" |
    "TM. ỦY BAN NHÂN DÂN" over "- Như trên;" | "PHÓ CHỦ TỊCH", v6810)? Its first cell opens it
    and no row holds two figures. As a table it had no header, no names, and doubted itself."""
    first = next((c.text for row in grid.rows[:1] for c in row if c.text.strip()), "")
    return bool(_SIGNATURE_RE.match(fold(first).strip())) and not any(
        sum(is_value(c.text) for c in row) >= 2 for row in grid.rows)


def grid_lines(grid: Grid) -> list[TextLine]:
    """A grid's rows as lines of running text, each its cells' texts in order."""
    out = []
    for row in grid.rows:
        texts = [c.text.strip() for c in row if c.text.strip()]
        boxes = [c.provenance.bbox for c in row if c.text.strip() and c.provenance.bbox]
        bbox = (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes)) if boxes else None
        if texts:
            out.append(TextLine(" ".join(texts), Provenance(page=grid.provenance.page, bbox=bbox)))
    return out
# The line that numbers a table: "BIỂU 01:", "Biểu số 09", "Phụ lục III", "Bảng 2" (not "bằng ...").
# OCR reads the hook of "ể" as another mark ("Biếu 9", "BIẾU 01": dev scans v6960, v7920): the
# caption was then no caption, and the letterhead, title and header above the table one region.
_TABLE_NUMBER_RE = re.compile(
    r"^(?:BI[ỂẾỀÊỆỄẺE]U|Bi[ểếềêệễẻe]u|PHỤ LỤC|Phụ lục|BẢNG|Bảng)(?:\s+(?:số|SỐ))?\s*(?:\d{1,3}|[IVXLC]{1,6}|[A-Z])\b")


def _numbers_a_table(line: _Line) -> bool:
    """Does ``line`` number a table (``_TABLE_NUMBER_RE``)? A speck OCR read as a word of its own
    ("Phụ * lục I", dev scan v6100) is no word of it: with it, the caption was running text, and
    the prose above and the table one region."""
    return bool(_TABLE_NUMBER_RE.match(" ".join(w.text for w in line.words if any(ch.isalnum() for ch in w.text))))


def caption_above(lines: Sequence[TextLine], table_top: float) -> str | None:
    """The "BIỂU 02: ..." caption printed above a table, its continuation lines joined.

    Looks at the few lines just above ``table_top``; the caption starts at a line reading
    "BIỂU"/"Phụ lục"/"Bảng" and runs down to the table or to a bracketed note
    "(Kèm theo Báo cáo số: ...)".
    """
    above = [ln for ln in lines if ln.provenance.bbox and ln.provenance.bbox[3] <= table_top + 1]
    above = above[-6:]
    for i in range(len(above) - 1, -1, -1):
        if _CAPTION_RE.match(fold(" ".join(w for w in above[i].text.split() if any(ch.isalnum() for ch in w)))):
            parts = [above[i].text]
            for ln in above[i + 1 :]:
                if ln.text.startswith("("):
                    break
                parts.append(ln.text)
            return " ".join(parts)
    return None


def _text_lines(lines: Sequence[_Line], page: int) -> list[TextLine]:
    """Running text: one ``TextLine`` per printed line (per block when a line has far-apart blocks)."""
    out = []
    for line in lines:
        # Blocks further apart than an em: the two columns of a report heading, not justified spaces.
        for seg in _segments(line, 1.0 * line.height):
            out.append(TextLine(nfc(" ".join(w.text for w in seg)), Provenance(page=page, bbox=_bbox(seg))))
    return out


_PAGE_NUMBER_RE = re.compile(r"^(?:trang\s+)?[-–]?\s*\d{1,3}\s*[-–]?$|^\d{1,3}\s*/\s*\d{1,3}$")


def _page_numbers(lines: list[_Line], page_width: float, page: int | None = None) -> set[int]:
    """Positions in ``lines`` of the page number: a lone "2", "- 2 -" or "Trang 2" printed above or
    below everything else, centred or at the right, set apart from the text next to it. It is
    neither a table row (a figure under a table's last row would be read as one) nor running text.

    The number of the page itself (``page``) needs no gap: a word processor's footer sits right
    under the body (LibreOffice Writer's, 5 pt under a table's last line, was read as a row "3"
    of that table; v0315 printed by Writer)."""
    if not lines:
        return set()
    found: set[int] = set()
    # On a page that is one ruled table the page number is the only line outside it.
    ends = ((0, lines[1]), (len(lines) - 1, lines[-2])) if len(lines) >= 2 else ((0, None),)
    for pos, other in ends:
        line = lines[pos]
        text = fold(" ".join(w.text for w in line.words))
        if len(line.words) > 3 or not _PAGE_NUMBER_RE.match(text):
            continue
        centred = abs((line.x0 + line.x1) / 2 - page_width / 2) <= 0.1 * page_width
        own = page is not None and re.findall(r"\d+", text)[:1] == [str(page)]
        apart = own or other is None or (line.top - other.bottom if pos else other.top - line.bottom) >= line.height
        if (centred or line.x1 >= 0.8 * page_width) and apart:
            found.add(pos)
    return found


def _foot_header(box: Grid, words: Sequence[Word], page_height: float) -> bool:
    """A ruled box of one row naming the label columns ("Số thứ tự | Nội dung chỉ tiêu | Đơn vị
    tính | Mục tiêu năm 2024 ...") with nothing under it but a page number: a table's header alone
    at the foot of a page, its body on the next. Its rules say where its columns are; read from
    whitespace, its cells centred on several lines ran together (v2575: "Mục tiêu Đơn vị / năm
    tính"), or came out as no table at all. ``extractor.stitch`` puts it over its body. (Higher up
    the page, or with lines under it, such a band is a shaded header over an unruled body.)"""
    texts = [c.text for c in box.rows[0]]
    if not (names_label_columns(texts) or _names_figure_columns(texts)) or box.provenance.bbox is None:
        return False
    bottom = box.provenance.bbox[3]
    if bottom < 0.6 * page_height:
        return False
    below = [w for w in words if w.top >= bottom - 1]
    return all(w.text.strip().strip("-–").isdigit() for w in below) and len(below) <= 2


def _names_figure_columns(texts: Sequence[str]) -> bool:
    """A row naming the indicator column and only columns of figures after it ("Chỉ tiêu | Mục
    tiêu 2023 (tỷ lệ %) (2) | Kết quả thực hiện năm", a table with no unit and no number column,
    v19730 by Writer), maybe a number column before and a note column after, no figure of its
    own: a header row as surely as one naming the unit column."""
    filled = [t for t in texts if t.strip()]
    if len(filled) < 3 or any(is_value(t) for t in filled):
        return False
    kinds = [read_header(t).kind for t in filled]
    # A number column ("STT") may come first, a note column ("Ghi chú") last.
    kinds = kinds[1:] if kinds[0] == "number" else kinds
    kinds = kinds[:-1] if kinds[-1] == "note" else kinds
    return (len(kinds) >= 2 and kinds[0] == "indicator"
            and all(k in FIGURE_ROLES for k in kinds[1:]))


def _one_line_alone(grid: Grid, pitch: float) -> bool:
    """A grid of one row printed on one line that names the label columns and is no body row: a
    header alone."""
    box = grid.provenance.bbox
    return len(grid.rows) == 1 and box is not None and box[3] - box[1] < pitch and _header_alone(grid.rows)


def _at_foot(grid: Grid, lines: Sequence[_Line], page_height: float) -> bool:
    """Is ``grid`` the last thing printed on its page, in the page's lower part (``lines``: the
    page's lines, page number left out)? A header of one line alone is a header row cut at the
    page's foot only there; higher up, it is a shaded band over an unruled body, or a title."""
    bottom = grid.provenance.bbox[3] if grid.provenance.bbox else None
    return bottom is not None and bottom >= 0.6 * page_height and not any(ln.top > bottom for ln in lines)


def _box(lattice: _Lattice, ruled: Grid) -> bool:
    """One ruled row without figures: a box (a shaded header band, a framed title), not a table row."""
    return len(lattice.ys) == 2 and sum(1 for c in ruled.rows[0] if is_value(c.text)) < 2


def _header_band(ruled: Grid) -> bool:
    """Header rows alone in a lattice: a line naming the label columns ("STT | Chỉ tiêu | Đơn vị
    tính"), no body row, a header's depth at most. Word, LibreOffice and browsers shade a header
    cell by cell, so the shading of a header over an unruled body draws the lattice of its cells
    (Chromium's print of v0002: "Mức chỉ tiêu" over "2025 (4) | 2030 (5) ...", a grid of two rows
    and nine columns with no rule under it); read apart, the header headed nothing and the body
    nothing. (A single fill over the whole band, as reportlab draws it, is one cell: ``_box``.)"""
    texts = [[c.text for c in row] for row in ruled.rows]
    return (len(texts) <= 4 and any(heads_label_columns(t) for t in texts)
            and not any(is_body_row(t) for t in texts) and not _name_rest_below(texts))


def _name_rest_below(texts: Sequence[Sequence[str]]) -> bool:
    """Is the last row of these ruled rows the rest of a name cut at the page break, under the
    header repeated over it: one cell of text, in lower case (v15510 by Writer: "truyền hình và
    nghe đài phát thanh" under the repeat of a three-row header; taken with it for a header band,
    the page was read from whitespace, the repeat as body rows and the name's rest lost)? No
    header cell starts in lower case: a wrapped one is read whole, from its first line."""
    if len(texts) < 2:
        return False
    filled = [t.strip() for t in texts[-1] if t.strip()]
    return len(filled) == 1 and filled[0][0].islower() and not any(filled[0] in row for row in texts[:-1])


def _on_page(word: Word, page_width: float, page_height: float) -> bool:
    """Is any of the word across the page? Text drawn wholly beside the page is hidden, and a
    viewer shows none of it; a word crossing a side edge shows all but its end (v34747: a table
    drawn a few points wider than the page, "huyện" at x 571.8-597.4 on a 595.3 pt page, and
    "TT" of "Số TT" from x -2.7; dropped, the edited copy's name read "... đơn vị cấp" and the
    diff reported the cell changed)."""
    return word.x1 >= 0 and word.x0 <= page_width and word.bottom <= page_height + 1


def words_to_layout(
    words: Sequence[Word],
    *,
    page: int,
    page_width: float,
    page_height: float,
    h_rules: Sequence[Rule] = (),
    v_rules: Sequence[Rule] = (),
    settings: LayoutSettings | Mapping[str, Any] | None = None,
) -> PageLayout:
    """One page's words (and rule segments) -> its table grids and running-text lines.

    Ruled tables come first (from ``h_rules``/``v_rules``), then whitespace tables among the words
    left over; the remaining lines are running text and give the tables their captions.
    ``page_width``/``page_height`` bound the page (words wholly outside are ignored).
    """
    s = LayoutSettings.resolve(settings)
    words = [w for w in words if w.text.strip() and _on_page(w, page_width, page_height)]
    grids: list[Grid] = []
    rest = list(words)
    for lattice in rules_to_lattices(h_rules, v_rules, s):
        inside = [w for w in rest if _inside(w, lattice.bbox)]
        ruled = lattice_to_grid(lattice, inside, page=page)
        if (_box(lattice, ruled) or _header_band(ruled)) and not _foot_header(ruled, rest, page_height):
            # A box (a framed title) or a band of header cells with no row under them is no table:
            # its words stay for the rest of the page, where the body they head is read. The
            # edges inside a band are its cells' shading, not rules across the table: only its
            # top and bottom, as one fill over the band draws them, bound the header.
            x0, top, x1, bottom = lattice.bbox
            h_rules = [r for r in h_rules if not (top + 1 < (r[1] + r[3]) / 2 < bottom - 1 and x0 - 1 <= r[0] and r[2] <= x1 + 1)]
            continue
        grids.append(ruled)
        taken = set(map(id, inside))
        rest = [w for w in rest if id(w) not in taken]
    all_lines = words_to_lines(rest)
    numbers = _page_numbers(all_lines, page_width, page)
    # The national name and motto of the letterhead share their lines with the issuer's name and
    # the document number in two blocks, which would read as a table of two columns.
    folded = [fold(" ".join(w.text for w in ln.words)) for ln in all_lines]
    heading = {i for i, text in enumerate(folded) if _LETTERHEAD_RE.search(text)}
    heading |= {i + 1 for i in heading if i + 1 < len(folded) and _NATION_CUT_RE.search(folded[i])}
    lines = [ln for i, ln in enumerate(all_lines) if i not in numbers and i not in heading]
    pitch = _pitch(lines)
    used: set[int] = set()
    pending = lines_to_regions(lines, s, pitch)
    while pending:
        region = pending.pop(0)
        grid = region_to_grid(region, s, pitch, page=page, h_rules=h_rules)
        if grid is None or (_one_line_alone(grid, pitch) and not _at_foot(grid, lines, page_height)):
            continue
        grids.append(grid)
        top, bottom = grid.provenance.bbox[1], grid.provenance.bbox[3]  # type: ignore[index]
        used.update(id(ln) for ln in region.lines if top <= ln.top and ln.bottom <= bottom + 0.5)
        # Running text under a table ends it; another table may follow in the same run of lines.
        after = _region([ln for ln in region.lines if ln.top > bottom], s)
        if after is not None:
            pending.insert(0, after)
    # The page number is neither a row nor running text: read as prose it became a figure "1" that
    # changed to "2" when an edit pushed the table onto the next page.
    text_lines = _text_lines([ln for i, ln in enumerate(all_lines) if id(ln) not in used and i not in numbers], page)
    grids.sort(key=lambda g: g.provenance.bbox[1] if g.provenance.bbox else 0.0)
    titled = [
        replace(g, title=caption_above(text_lines, g.provenance.bbox[1])) if g.provenance.bbox else g
        for g in grids
    ]
    return PageLayout(grids=tuple(titled), lines=tuple(text_lines))


def words_to_grids(
    words: Sequence[Word],
    *,
    page: int,
    page_width: float,
    page_height: float,
    h_rules: Sequence[Rule] = (),
    v_rules: Sequence[Rule] = (),
    settings: LayoutSettings | Mapping[str, Any] | None = None,
) -> list[Grid]:
    """One page's positioned words (and its ruling segments, if any) -> its tables as ``Grid``s.

    ``words``: every word of the page with its box, in any order (pdfplumber words, or Tesseract
    words with pixel boxes scaled to points). ``h_rules``/``v_rules``: ruling segments as
    ``(x0, top, x1, bottom)`` (pdfplumber edges, or OpenCV line segments); with none, tables are
    read from whitespace only. A page of BIỂU 01 gives one grid whose rows start::

        ('STT', 'Chỉ tiêu', 'Đơn vị tính', ..., 'So sánh', 'So sánh', 'So sánh', 'Ghi chú')
        ('', '', '', ..., 'Ước thực hiện năm 2024/Kế hoạch năm 2024', ..., '')
        ('A', 'CHỈ TIÊU KINH TẾ', '', ...)

    with ``header_rows=2``, ``title='BIỂU 01: KẾT QUẢ THỰC HIỆN MỘT SỐ CHỈ TIÊU CHỦ YẾU'`` and
    ``method`` "pdfplumber-lines" (ruled) or "words" (whitespace). Grids of consecutive pages are
    joined by ``extractor.stitch.stitch_grids``.
    """
    return list(
        words_to_layout(
            words, page=page, page_width=page_width, page_height=page_height, h_rules=h_rules, v_rules=v_rules,
            settings=settings,
        ).grids
    )  # fmt: skip


__all__ = [
    "ZERO_COUNT_RE",
    "LayoutSettings",
    "PageLayout",
    "Rule",
    "Word",
    "caption_above",
    "child_mark",
    "figures_end",
    "is_body_row",
    "rules_to_lattices",
    "running_text",
    "starts_beyond",
    "words_to_grids",
    "words_to_layout",
    "words_to_lines",
]
