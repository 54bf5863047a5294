"""A ``Grid`` (cell texts) -> a ``Table`` and its indicator ``Row``s, the same way for every source.

Stages: ``split_header`` -> ``header_to_columns`` -> ``repair_rows`` (OCR damage) ->
``body_to_rows`` (sections, "Trong đó" children, parsed cells) -> ``check_divides`` (ratio
columns whose header was damaged are re-read from the values when the values agree).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import partial

from extractor.colnumbers import (
    damaged_column_number_row,
    damaged_mark,
    is_column_number_row,
    numbers_row,
    stray_marks_line,
)
from extractor.evidence import (
    MOVED,
    garbled_header,
    guessed_header,
    header_contradictions,
    holds_units_under_figures,
    layout_from_evidence,
    unheaded_figures,
    unread_header,
    unread_value_columns,
)
from extractor.grid import REPEATS_MERGED_TEXT, Grid, GridCell
from extractor.headers import header_to_columns, read_header
from extractor.model import FIGURE_ROLES, Cell, Column, Provenance, Row, Table
from extractor.ocr_dots import commas_read_as_dots
from extractor.ocr_lone_readings import lone_readings
from extractor.ocr_magnitudes import marks_by_magnitude, stray_marks_by_magnitude
from extractor.ocr_names import names_by_words
from extractor.ocr_ratios import (
    OCR_METHODS,
    division_marks_by_ratio,
    ratio_marks_from_quotients,
    readings_by_ratio,
    separators_by_ratio,
    speck_marks_by_ratio,
)
from extractor.ocr_slashes import commas_read_as_slashes
from extractor.ocr_specks import specks_around_figures
from extractor.ocr_sums import readings_by_sum
from extractor.pdf_words import child_mark, is_body_row, is_row_label
from extractor.quality import ratio_agrees, rows_to_quality
from extractor.row_numbers import doubled_letter, reads_as_a, repair_numbers, roman_reading
from extractor.settings import QualitySettings
from extractor.split_cells import split_doubled_figures
from extractor.split_columns import split_unit_column, split_unit_from_names, split_year_columns
from normalizers.names import ROMAN_PATTERN, IndicatorName, clean_indicator, indicator_key, is_roman
from normalizers.numbers import ParsedValue, parse_value, parse_values
from normalizers.text import drop_format_tags, fold, strip_markup
from normalizers.units import parse_unit

VALUE_ROLES = ("target", "plan", "actual", "estimate", "ratio", "evaluation", "note", "other")
_SECTION_LETTER_RE = re.compile(rf"^(?:[A-HĐ]|{ROMAN_PATTERN}|\d{{1,2}}(?:\.\d{{1,2}})*)\.?$")
_LETTER_RE = re.compile(r"^[A-HĐ]\.?$")
_YEAR_RE = re.compile(r"(?:19|20)\d\d")
_CHILDREN_MARK_RE = re.compile(r"^(?:trong do|chia ra|bao gom|gom|cu the)\s*[:.]?$")
# Markers that list every part of a row ("Chia ra", "Gồm", "Bao gồm"), printed before the first
# part's name or on a line of their own.
_LISTS_ALL_RE = re.compile(r"^\W*(?:chia ra|bao gom|gom)\b")
# Dimensions whose figures do not add up: rates, averages and other quotients, years.
_NOT_ADDITIVE = ("percent", "permille", "other", "time", "none")


def _additive(unit: str | None) -> bool:
    return bool(unit) and parse_unit(unit or "").dimension not in _NOT_ADDITIVE
_BULLET_RE = re.compile(r"^(?:[-+•*–]|[a-zđ][.)]?)$")
_NUMERIC_RE = re.compile(r"^[<>≥≤]?\s*[\d.,\s/%‰-]+%?$")


@dataclass(frozen=True)
class GridRows:
    """What ``grid_to_rows`` returns: the table and its rows (indexes start at ``start_index``)."""

    table: Table
    rows: tuple[Row, ...]


def _text(cell: GridCell | None) -> str:
    return strip_markup(cell.text) if cell is not None else ""


def _looks_numeric(text: str) -> bool:
    t = text.strip()
    return bool(t) and bool(_NUMERIC_RE.match(t)) and any(ch.isdigit() for ch in t)


def _unmerge_heading(row: list[GridCell]) -> list[GridCell]:
    """A section heading merged across the figure columns ("I | Phát triển kinh tế" over the whole
    row) repeats its text in each column it covers (the PDF readers' convention): keep it once."""
    texts = [strip_markup(c.text) for c in row]
    filled = [i for i, t in enumerate(texts) if t]
    if len(filled) < 3:
        return row
    # The row's number, however OCR read it ("l", "1H"), is short and first in the row; what a
    # merged heading repeats is words, not a row's figures ("Xã | 8 | 8").
    numbered = is_row_label(texts[filled[0]]) or (filled[0] == 0 and len(texts[0]) <= 3 and not _looks_numeric(texts[filled[1]]))
    first = filled[1] if numbered else filled[0]
    repeats = [i for i in filled if i > first]
    if repeats and all(texts[i] == texts[first] for i in repeats):
        return [GridCell("", c.provenance) if i in repeats else c for i, c in enumerate(row)]
    return row


def merge_split_columns(
    header: list[list[str]], body: list[list[GridCell]], marks: int = 0
) -> tuple[list[list[str]], list[list[GridCell]]]:
    """Join a column with a header but no body to its neighbour with a body but no header.

    An unruled table's columns are read from where its texts are: a "Chỉ tiêu" header centred over
    a wide column of left-aligned names can land beside them, making two half-columns. Each column
    has one header and one body, so two adjacent halves are one column.

    ``marks``: how many of the body's first rows are column numbers (``numbering_rows``); like the
    header's, their marks sit over the header's half, and neither half loses them.
    """
    width = max([len(r) for r in header] + [len(r) for r in body], default=0)
    if not header or width < 2:
        return header, body

    def head_text(c: int) -> bool:
        return any(c < len(r) and r[c].strip() for r in header)

    def body_text(c: int) -> bool:
        return any(c < len(r) and strip_markup(r[c].text) for r in body[marks:])

    for c in range(width - 1):
        for empty_head, empty_body in ((c, c + 1), (c + 1, c)):
            if head_text(empty_head) or body_text(empty_body) or not head_text(empty_body) or not body_text(empty_head):
                continue
            keep, drop = min(c, c + 1), max(c, c + 1)
            new_header: list[list[str]] = []
            for r in header:
                texts = list(r) + [""] * (width - len(r))
                texts[keep] = texts[empty_body]
                new_header.append(texts[:drop] + texts[drop + 1 :])
            new_body: list[list[GridCell]] = []
            for row in body:
                cells = list(row) + [GridCell("")] * (width - len(row))
                cells[keep] = cells[empty_head] if strip_markup(cells[empty_head].text) else cells[empty_body]
                new_body.append(cells[:drop] + cells[drop + 1 :])
            return merge_split_columns(new_header, new_body, marks)
    return header, body


def _marks_only(row: Sequence[GridCell]) -> list[int] | None:
    """The filled cells of a row holding nothing but column marks ("A", "4", OCR's "c"), or None."""
    filled = [i for i, c in enumerate(row) if strip_markup(c.text).strip()]
    if len(filled) < 3 or not all(damaged_mark(strip_markup(row[i].text).strip()) for i in filled):
        return None
    return filled


def numbering_rows(
    header: list[list[str]], body: list[list[GridCell]]
) -> tuple[list[list[str]], list[list[GridCell]]] | None:
    """A column-number row printed under an unruled header and read as the body's first two rows.

    Centred over columns whose figures are printed to the right, the marks stagger by a line ("A |
    4 | 7" over "B | c | 5 | 6 | 8 | 9", v6900): two rows of marks, each in other cells, that also
    sit in the empty halves of split columns, so ``merge_split_columns`` saw a body there and left
    the figures under no header. The two rows are joined, the split columns merged as if they were
    header, and when the joined row then counts the columns up it is taken as the header's
    column-number row. None when the body does not start so.
    """
    if len(body) < 3:
        return None
    first, second = _marks_only(body[0]), _marks_only(body[1])
    if first is None or second is None or set(first) & set(second):
        return None
    joined = [body[1][i] if i in second else c for i, c in enumerate(body[0])]
    joined += body[1][len(joined):]
    merged_header, merged_body = merge_split_columns(header, [joined, *body[2:]], marks=1)
    texts = [_text(c) for c in merged_body[0]]
    if not is_column_number_row(texts) and damaged_column_number_row(texts) is None:
        return None
    return [*merged_header, texts], merged_body[1:]


def split_header(grid: Grid) -> int:
    """How many leading rows of ``grid`` are header rows (the reader's word when it knows)."""
    if grid.header_rows >= 0:
        return grid.header_rows
    count = 0
    for i, row in enumerate(grid.rows):
        texts = [_text(c) for c in row]
        if i == 0:
            # A block that starts with a numbered row of figures is a body without header.
            if is_body_row(texts):
                return 0
            kinds = [read_header(t).kind for t in texts if t]
            layout = any(read_header(t).kind in ("indicator", "number") for t in texts[:3])
            # Unusual names for the row-label columns ("Số | Mô tả | ĐVT | KH năm 2024 ..."): still a
            # header when it holds no figures and names at least two columns the usual way.
            named = sum(k != "other" for k in kinds) >= 2 and not any(_looks_numeric(t) for t in texts)
            if not (layout or named):
                return 0
            count = 1
            continue
        numeric = sum(_looks_numeric(t) for t in texts)
        first_two_empty = not any(texts[:2])
        if first_two_empty and numeric == 0 and any(texts):
            count += 1
            continue
        break
    return count


def heading_out_of_header(grid: Grid) -> Grid:
    """The first section heading, read into the header's last row, put back as the first body row.

    Under a two-level header whose tall cell's last line sits level with the first row ("A |
    CHỈ TIÊU KINH TẾ" beside "…/ Mục tiêu NQ ĐH" of the "So sánh" column, dev scans v7460, v7920),
    the whitespace reader made that line one header row: the heading's section was lost to every
    row of it. A heading is a short label in the first column and a title in capitals in the
    second, under a header that names that second column above it, with no figure in the row.
    On a scan the title may be in sentence case ("v | Phát triển chuyển đổi số" beside "Năm 2035
    (6)", "l | Phát triển kinh tế", "1, | Phát triển kinh tế", "JÚ | Phát triển kinh tế": dev
    scans v14570, v14660, v14690, v14400) when its label reads as a section number, is capitals
    OCR made of one, or is a reading OCR makes of an "A" ("n | Kinh tế", v25060): a header's
    wrapped line in the STT column is "tự" of "Số thứ tự", or "TT".
    A year in the row is the header's last line beside it ("Mục tiêu" over "2025", dev scans
    v13680, v14440), not a figure, when the header cell above it names no year of its own.
    """
    n_header = grid.header_rows
    if n_header < 2 or len(grid.rows) <= n_header or len(grid.rows[n_header - 1]) < 3:
        return grid
    last = grid.rows[n_header - 1]
    label, title = _text(last[0]), _text(last[1])
    words = [w for w in title.split() if any(ch.isalpha() for ch in w)]
    scanned = grid.method in OCR_METHODS
    # The header names the title's column above it or, on a scan whose STT cell the word layout
    # drew over two columns (the second empty in every header row), names the indicator column
    # after it: "STT | | Tên chỉ tiêu" and "Số thứ tự | | Hạng mục" over a damaged column-number
    # row, then "l. | CHỈ TIÊU KINH TẾ" (dev scans v23360, v25940). A column number there ("(2)")
    # names nothing.
    above_rows = grid.rows[: n_header - 1]
    named_above = any(len(r) > 1 and _text(r[1]) for r in above_rows) or (
        scanned and any(len(r) > 2 and read_header(_text(r[2])).kind == "indicator" for r in above_rows))
    # On a scan, a label OCR makes of a section "A" ("n | Kinh tế" under "STT | Các chỉ tiêu chủ
    # yếu", dev scans v25060, v25130; "n | Thu, chi ngân sách nhà nước", v21130) numbers it too.
    numbered = (_section_label(label) or (not any(ch.islower() for ch in label) and fold(label) not in ("tt", "stt"))
                or (scanned and reads_as_a(label)))
    capitals = all(w.isupper() for w in words) or (scanned and numbered and bool(words) and words[0][0].isupper())
    if not (0 < len(label) <= 3 and len(words) >= 2 and capitals and named_above):
        return grid
    above = grid.rows[n_header - 2]
    if any(_looks_numeric(_text(c)) and not (scanned and _header_year(_text(c), above, j))
           for j, c in enumerate(last[2:], start=2)):
        return grid
    empty = [GridCell("", c.provenance) for c in last]
    heading = (last[0], last[1], *empty[2:])
    rows = (*grid.rows[: n_header - 1], (empty[0], empty[1], *last[2:]), heading, *grid.rows[n_header:])
    return replace(grid, rows=rows, repaired_rows=frozenset(i + 1 if i >= n_header else i for i in grid.repaired_rows))


def _header_year(text: str, above: Sequence[GridCell], j: int) -> bool:
    """``text`` is a year under a header cell that names none: that cell's last line."""
    over = _text(above[j]) if j < len(above) else ""
    return _YEAR_RE.fullmatch(text.strip()) is not None and bool(over) and _YEAR_RE.search(over) is None


def _section_label(label: str) -> bool:
    """A section number as OCR reads it: roman ("l" for "I", "v" for "V"), a letter (or one read
    twice, "Vv"), or "1," for "1."."""
    bare = label.strip().rstrip(".,;:")
    return bool(bare) and (roman_reading(bare.upper()) is not None or _SECTION_LETTER_RE.match(bare) is not None
                           or doubled_letter(bare) is not None)


def _same_header(a: Sequence[str], b: Sequence[str]) -> bool:
    fa = [fold(x) for x in a if x]
    fb = [fold(x) for x in b if x]
    if not fa or not fb:
        return False
    hits = sum(1 for x, y in zip(fa, fb, strict=False) if x == y or (len(x) > 3 and (x in y or y in x)))
    return hits >= max(3, int(0.6 * min(len(fa), len(fb))))


def is_header_repeat(prev_header: Sequence[Sequence[str]], grid: Grid) -> bool:
    """True when ``grid`` starts with the same header as a previous table (a continuation)."""
    if not prev_header or not grid.rows:
        return False
    first = [_text(c) for c in grid.rows[0]]
    return _same_header(prev_header[0], first)


def _is_unit_like(text: str) -> bool:
    if not text or len(text) > 14:
        return False
    return parse_unit(text).dimension not in ("other", "none") or text.strip() in ("%", "‰")


def _role_cols(columns: Sequence[Column], role: str) -> int | None:
    for c in columns:
        if c.role == role:
            return c.index
    return None


# Words of a name: two letters or more.
_NAME_WORD_RE = re.compile(r"[^\W\d_]{2,}")


def repair_row(cells: list[GridCell], columns: Sequence[Column], *, scanned: bool = False) -> tuple[list[GridCell], str | None]:
    """Move values that OCR shifted one column right back under their headers.

    Seed 001's section C: ``C | CHỈ TIÊU ... | Kết nạp đảng viên mới | Đảng viên | 70 | ...``: the
    indicator sits in the unit column and the unit in the first value column. ``scanned``: also a
    name OCR read into the number column with its number (``_name_in_number_column``).
    """
    ind = _role_cols(columns, "indicator")
    unit = _role_cols(columns, "unit")
    number = _role_cols(columns, "number")
    if (moved := _name_in_number_column(cells, number, ind, scanned=scanned)) is not None:
        return moved, "name read into the number column; moved under its header"
    if ind is None or unit is None or unit + 1 >= len(cells):
        return cells, None
    # Seed 000: "Tỷ lệ xã đạt chuẩn nông thôn mới | % | 100,00 | ..." lost its leading empty STT
    # cell, so every value sits one column left of its header.
    if number is not None and number < ind and ind + 1 < len(cells):
        first, second = _text(cells[number]), _text(cells[ind])
        if len(first) > 12 and not _SECTION_LETTER_RE.match(first) and _is_unit_like(second) and not _is_unit_like(_text(cells[unit])):
            shifted = [GridCell("", cells[number].provenance), *cells]
            return shifted, "values shifted left by one column (missing cell); moved back under their headers"
    unit_text = _text(cells[unit])
    next_text = _text(cells[unit + 1])
    if unit_text and not _is_unit_like(unit_text) and len(unit_text) > 12 and _is_unit_like(next_text):
        shifted = list(cells[:ind]) + list(cells[unit : unit + 1]) + list(cells[unit + 1 :])
        return shifted, "values shifted right by one column (OCR); moved back under their headers"
    return cells, None


def _name_in_number_column(cells: list[GridCell], number: int | None, ind: int | None, *,
                           scanned: bool = True) -> list[GridCell] | None:
    """The row with the name OCR read into the number column, its number with it, put in the
    names' column, when that is empty and the row prints figures right of it.

    On a page whose column line between "Số TT" and the names did not print (dev scans v12620,
    v12750 at 200 dpi), each row came back as "7. Tỷ lệ trường học được xây dựng kiên cố, ... |
    | % | 76 | 84": a row without a name, its figures under nobody's. The number stays at the
    name's head, where a name numbered inline is read (``stt_in_name``). None when the row is
    not so: a name of three words or more, nothing in the names' column, a cell right of it.

    On a text layer (not ``scanned``) the words are where the PDF printed them, so only a name
    that opens with a child marker moves ("Trong đó: Riêng đạt chuẩn | | % | 86", v26663: the
    one body row of an unruled page under its repeated header, set left of the centred "Nội dung
    chỉ tiêu", fell to the "Số TT" column): "Trong đó:" opens a part's name and numbers no row.
    """
    if number is None or ind is None or number >= ind or ind >= len(cells) or _text(cells[ind]):
        return None
    text = _text(cells[number])
    if not scanned and not child_mark(strip_markup(text)):
        return None
    if len(_NAME_WORD_RE.findall(text)) < 3 or not any(_text(c) for c in cells[ind + 1 :]):
        return None
    moved = list(cells)
    moved[ind] = replace(cells[number], provenance=cells[number].provenance)
    moved[number] = GridCell("", cells[number].provenance)
    return moved


def _fills_blanks(values: Sequence[GridCell], named: Sequence[GridCell], ind: int | None) -> list[GridCell] | None:
    """``named`` with its blank cells filled from the nameless row of figures above it, when the
    two are one printed row read as two lines: every cell both hold reads the same, and the row
    above fills at least one blank of the named row. None otherwise.

    On a skewed 200 dpi scan the figures right of the name rise above its line (dev v6910: "85 |
    77 | 92 | 72 | 84,7 | Chưa đạt" over "1 | 100% các cơ quan ... | % | 85"): the figures went to
    a row without a name, read as "indicator name unreadable", and the named row kept one figure.
    """
    if ind is None or ind >= len(named) or not _text(named[ind]):
        return None
    merged = list(named) + [GridCell("")] * max(0, len(values) - len(named))
    filled = 0
    for k, cell in enumerate(values):
        text, other = _text(cell), _text(merged[k])
        if not text:
            continue
        if other and other != text:
            return None
        if not other:
            merged[k] = cell
            filled += 1
    return merged if filled else None


def _few_figures_alone(texts: Sequence[str], ind: int | None) -> bool:
    """A scanned row of two figures or more and nothing else, but for a row number before the
    names' column: the figures of a row whose name OCR read on the next line.

    Skewed scans of tables with two to four figure columns (dev v24120: "4. | | 82 | 77" over
    "| Số doanh nghiệp có hoạt động đổi mới quy trình, mô hình kinh doanh | |"; v24220: "| | 71 |
    77" over "23 | Tỷ lệ doanh nghiệp vừa và nhỏ …"; v24410: "7 | 7" over "Năng suất lao động
    hàng năm tăng tối thiểu 7% | % | 100") hold fewer than the three figures a values-only row
    needs on a text layer.
    """
    if ind is None or ind >= len(texts) or texts[ind]:
        return False
    if any(t and not (len(t) <= 4 and any(ch.isdigit() for ch in t)) for t in texts[:ind]):
        return False
    rest = [t for t in texts[ind + 1 :] if t]
    return len(rest) >= 2 and all(_looks_numeric(t) for t in rest)


def _indicator_row(texts: Sequence[str], ind: int | None, unit: int | None) -> bool:
    """Does a joined row read as an indicator's, not a section heading's: a row number of
    figures ("4.", "23") before its name, or a unit?"""
    if ind is None:
        return False
    numbered = any(any(ch.isdigit() for ch in t) for t in texts[:ind])
    return numbered or (unit is not None and unit < len(texts) and _is_unit_like(texts[unit]))


# The note on a row joined from a line of figures and the line of its name.
_SLID_VALUES_NOTE = "values had slid onto another line (OCR); re-joined with their indicator"


def merge_split_rows(
    body: list[list[GridCell]], columns: Sequence[Column], *, scanned: bool = False
) -> list[tuple[list[GridCell], str | None, tuple[int, ...]]]:
    """Join a values-only row with the indicator-only row next to it (OCR slid the values away).

    Seed 001's Biểu 01: a row holding only ``39,500 41,100 ...`` (shifted right) is followed by
    a row holding only "Tổng sản lượng lương thực | Tấn". The values are re-aligned to the first
    value column; the merged row is marked repaired. ``scanned``: on a scan the named row may
    also hold some of the figures (``_fills_blanks``). Each row comes with the indexes of the
    ``body`` rows it was made of: after a join, position no longer says which row was which.
    """
    ind = _role_cols(columns, "indicator")
    unit = _role_cols(columns, "unit")
    value_cols = [c.index for c in columns if c.role in VALUE_ROLES and c.role != "note"]
    out: list[tuple[list[GridCell], str | None, tuple[int, ...]]] = []
    i = 0
    while i < len(body):
        row = body[i]
        texts = [_text(c) for c in row]
        values_only = (
            ind is not None
            and not any(texts[: (ind + 1)])
            and sum(_looks_numeric(t) for t in texts) >= 3
        )
        if values_only and value_cols:
            # The indicator line is usually next, sometimes after a heading; it carries a unit.
            partner = None
            fallback = None
            for j in (i + 1, i + 2, i - 1):
                if not (0 <= j < len(body)) or any(_looks_numeric(_text(c)) for c in body[j]):
                    continue
                partner_texts = [_text(c) for c in body[j]]
                if any(_is_unit_like(t) for t in partner_texts):
                    partner = j
                    break
                if fallback is None and j == i + 1 and any(partner_texts):
                    fallback = j
            partner = partner if partner is not None else fallback
            if partner is not None:
                label_cells = [c for c in body[partner] if _text(c)]
                value_cells = [c for c in row if _text(c)]
                merged: list[GridCell] = [GridCell("")] * max(len(columns), len(row))
                # Label texts: the longer one is the indicator, a unit-like one is the unit.
                for c in label_cells:
                    t = _text(c)
                    if unit is not None and _is_unit_like(t):
                        merged[unit] = c
                    elif ind is not None:
                        merged[ind] = c
                first = value_cols[0]
                for k, c in enumerate(value_cells):
                    if first + k < len(merged):
                        merged[first + k] = c
                if partner == i - 1 and out:
                    out.pop()
                repaired = (merged, _SLID_VALUES_NOTE,
                            tuple(sorted((i, partner))))
                if partner == i + 2:
                    # Keep the heading between them where it was printed.
                    out.append((body[i + 1], None, (i + 1,)))
                out.append(repaired)
                i += 1 if partner == i - 1 else (partner - i + 1)
                continue
            if scanned and i + 1 < len(body) and (filled := _fills_blanks(row, body[i + 1], ind)) is not None:
                out.append((filled, _SLID_VALUES_NOTE, (i, i + 1)))
                i += 2
                continue
        elif (
            scanned
            and i + 1 < len(body)
            and _few_figures_alone(texts, ind)
            and (filled := _fills_blanks(row, body[i + 1], ind)) is not None
            and _indicator_row([_text(c) for c in filled], ind, unit)
        ):
            out.append((filled, _SLID_VALUES_NOTE, (i, i + 1)))
            i += 2
            continue
        out.append((row, None, (i,)))
        i += 1
    return out


def _section_of(number: str, indicator: str, path: list[str]) -> list[str]:
    """Update the section path with a row's printed number ("A", "II", "2", "a)").

    A lower-case letter numbers the parts of the numbered row above it ("II.3.a"); bullets
    ("-", "+") number nothing.
    """
    # "3:" and "2," are "3." and "2." with the dot misread (a scan; a text layer prints none).
    n = number.strip().rstrip(".):,;")
    if re.fullmatch(r"[a-zđ]", n):
        numbered = [p for p in path if not re.fullmatch(r"[a-zđ]", p)]
        return [*numbered, n]
    if not n or not _SECTION_LETTER_RE.match(n):
        return path
    if _LETTER_RE.match(n):
        return [n]
    if is_roman(n):
        return [*path[:1], n] if path and _LETTER_RE.match(path[0]) else [n]
    head = [p for p in path if _LETTER_RE.match(p) or is_roman(p)]
    return [*head, n]


def parse_table_values(
    rows: Sequence[Sequence[GridCell]], columns: Sequence[Column], style: str | None
) -> list[dict[int, ParsedValue]]:
    """Every value cell of a table parsed at once, so the separator style is decided from the
    evidence of the whole table (seed 001's appendix: dot decimals "48.1" beside dot thousands
    "1.320" people), or with the document's style when the caller knows it."""
    places: list[tuple[int, int]] = []
    texts: list[str] = []
    for r, cells in enumerate(rows):
        for col in columns:
            if col.role in VALUE_ROLES and col.index < len(cells) and strip_markup(cells[col.index].text):
                places.append((r, col.index))
                texts.append(drop_format_tags(cells[col.index].text))
    parsed = parse_values(texts, style=style)  # type: ignore[arg-type]
    out: list[dict[int, ParsedValue]] = [{} for _ in rows]
    for (r, c), value in zip(places, parsed, strict=True):
        out[r][c] = value
    return out


_AMBIGUOUS_THOUSANDS_RE = re.compile(r"^\d{1,3}[.,]\d{3}$")


def whole_counts(cells: Sequence[Cell], unit: str | None) -> list[Cell]:
    """Figures counted in whole units ("người", "hộ", "xã", "trường") are whole numbers: an
    ambiguous "1.250" read as 1,25 in an English-style table is 1.250 people.

    >>> from normalizers.numbers import parse_value
    >>> c = Cell("KH năm 2024", "plan", parse_value("1.250", style="en"))
    >>> [x.value.value for x in whole_counts([c], "Người")]
    [1250.0]
    """
    if parse_unit(unit or "").dimension != "count":
        return list(cells)
    out = []
    for cell in cells:
        raw = strip_markup(cell.raw).strip()
        v = cell.value
        if cell.role != "ratio" and v.kind == "number" and v.decimals == 3 and _AMBIGUOUS_THOUSANDS_RE.match(raw):
            whole = parse_value(raw, style="vi" if "." in raw else "en")
            if whole.value is not None and whole.value.is_integer():
                cell = replace(cell, value=replace(whole, reason=f"'{raw}' read as {int(whole.value)}: a count ({unit}) is a whole number"))
        out.append(cell)
    return out


def parse_cells(
    texts: Sequence[GridCell], columns: Sequence[Column], values: dict[int, ParsedValue]
) -> list[Cell]:
    """Value cells of one body row (already parsed); blanks are left out."""
    cells: list[Cell] = []
    for col in columns:
        if col.role not in VALUE_ROLES or col.index not in values:
            continue
        cells.append(
            Cell(
                column=col.header,
                role=col.role,
                value=values[col.index],
                period=col.period,
                column_index=col.index,
                divides=col.divides,
                provenance=texts[col.index].provenance,
            )
        )
    return cells


def _plausibility(num: Column, den: Column) -> int:
    # Reports divide an outcome by a plan or target; a plan by a target comes second.
    if num.role in ("actual", "estimate") and den.role in ("plan", "target"):
        return 2
    return 1 if den.role in ("plan", "target") else 0


_TWICE_SHARE = 2 / 3


def _named_twice(columns: Sequence[Column], pos: int) -> bool:
    """Does the value column at ``pos`` repeat the role and period of a value column on its
    left, in a table with a ratio column? Right of the ratio, a lost group title makes one
    (v10010); left of it, a ratio header's words read out of order make one ("với / Ước TH năm
    2024 so / Dự toán (7)=(@)/)" reads as the plan it divides by, dev scan v18210)."""
    col = columns[pos]
    if col.role not in ("target", "plan", "actual", "estimate") or col.period is None:
        return False
    left = columns[:pos]
    return (any(c.role == "ratio" for c in columns)
            and any((c.role, c.period) == (col.role, col.period) for c in left))


def check_divides(
    columns: list[Column], rows: Sequence[Sequence[Cell]], trusted: Sequence[bool] | None = None
) -> tuple[list[Column], list[str]]:
    """Re-read a ratio column's divisions from the values when its (OCR'd) header disagrees with them.

    Only rows the reader did not have to repair count as evidence. The header's pair is replaced
    only when it agrees on fewer than half of them and another pair of value columns agrees on at
    least 80 % of at least 3 rows (ties go to outcome/plan pairs, then to the nearest columns);
    single disagreeing rows are still reported by the checks.
    """
    notes: list[str] = []
    value_cols = [c for c in columns if c.role in ("target", "plan", "actual", "estimate")]
    use = trusted if trusted is not None else [True] * len(rows)
    by_row = [{c.column_index: c for c in r} for r, ok in zip(rows, use, strict=True) if ok]
    out = list(columns)
    for pos, col in enumerate(columns):
        # A column whose header says nothing ("other") is a ratio column when its figures are
        # another pair's quotient: whole-table evidence, as for a damaged ratio header. So is one
        # whose header names a column already named on its left, in a table with a ratio column:
        # a group title "So sánh (%) / Ước TH năm 2025 so với" lost over its second ratio, which
        # then reads "TH năm 2024" (dev scan v10010, unruled, 200 dpi), or a ratio header's words
        # read out of order into the plan it divides by (v18210).
        twice = _named_twice(columns, pos)
        promote = col.role == "other" or twice
        # How many of the rows must agree: a repeated name is itself a misreading, so the values
        # need to say less than of a column whose header says nothing (a 200 dpi scan misreads
        # a figure in a row out of four or so: v10010 agrees on 7 of 10).
        share = _TWICE_SHARE if twice else 0.9 if promote else 0.8
        if col.role != "ratio" and not promote:
            continue

        def score(pair: tuple[int, int], col: Column = col) -> tuple[int, int]:
            agree = total = 0
            for cells in by_row:
                r = cells.get(col.index)
                n, d = cells.get(pair[0]), cells.get(pair[1])
                ok = ratio_agrees(r, n.value if n else None, d.value if d else None) if r else None
                if ok is not None:
                    total += 1
                    agree += ok
            return agree, total

        if col.divides is not None:
            agree, total = score(col.divides)
            if total == 0 or agree * 2 >= total:
                continue
        best: tuple[float, int, int, tuple[int, int]] | None = None
        for n in value_cols:
            for d in value_cols:
                if n.index == d.index or n.index > col.index or d.index > col.index:
                    continue
                agree, total = score((n.index, d.index))
                if total < 3 or agree < share * total:
                    continue
                rank = (agree / total, _plausibility(n, d), -(col.index - n.index), (n.index, d.index))
                if best is None or rank[:3] > best[:3]:
                    best = rank
        if best is not None and best[3] != col.divides:
            num = next(c for c in columns if c.index == best[3][0])
            den = next(c for c in columns if c.index == best[3][1])
            out[pos] = replace(col, role="ratio", divides=best[3], period=num.period)
            what = "a ratio column" if promote else "header unclear, divisions read from the values"
            notes.append(
                f"column '{col.header}': {what} "
                f"('{num.header}' / '{den.header}', {best[0]:.0%} of rows agree)"
            )
    return out, notes


_BARE_NUMBER_RE = re.compile(r"^(\d{1,2})\s+(?=\S)")


def _count(name: IndicatorName) -> int | None:
    n = (name.numbering or "").rstrip(".)")
    return int(n) if n.isdigit() else None


_BARE_LETTER_RE = re.compile(rf"^([A-HĐ]|{ROMAN_PATTERN})\s+(?=[^\W\d_])")
# A short token closed by a dot before a capital: a section number OCR may have damaged ("L.").
_DAMAGED_ROMAN_RE = re.compile(r"^(\S{1,4}\.)\s+(?=[^\W\d_a-zđ])")


def numbered_in_names(names: Sequence[IndicatorName], headings: Sequence[bool] | None = None) -> list[IndicatorName]:
    """Names of a table without an STT column, with the bare row numbers taken out where the
    count of the rows around them says they are numbers.

    ``clean_indicator`` takes a bare "9 " off a name only before a capital ("9 Tỷ lệ ..."): alone,
    "5 100% các cơ quan ..." or "3 xây dựng 03 điểm trưng bày ..." may be a name that starts with
    a figure. In a table that prints its numbering inside the names, a bare number that continues
    the count of the numbered row before it, or leads up to the one after it (one number
    skipped at most), numbers its row.
    """
    out = list(names)
    counts = [_count(n) for n in out]
    changed = True
    while changed:
        changed = False
        for i, name in enumerate(out):
            m = _BARE_NUMBER_RE.match(name.text) if name.numbering is None else None
            if m is None:
                continue
            k = int(m.group(1))
            before = next((c for c in reversed(counts[:i]) if c is not None), None)
            after = next((c for c in counts[i + 1 :] if c is not None), None)
            # A number skipped (a row taken out of an edited version and the rest not renumbered:
            # "6", then "8 xây dựng bản du lịch ...", v6672) still numbers its row when the count
            # on the other side does not contradict it: read as part of the name in one version
            # only, the diff reported the row removed and added.
            skipped = (before == k - 2 and (after is None or after <= 1 or after > k)) or (
                after == k + 2 and (before is None or before < k))
            if before == k - 1 or after == k + 1 or skipped:
                rest = clean_indicator(name.text[m.end() :])
                out[i] = IndicatorName(name.printed, rest.text, rest.key, name.is_child or rest.is_child, m.group(1))
                counts[i] = k
                changed = True
    # A section letter before a heading in mixed case ("A Phát triển kinh tế", "II Văn hóa - Xã
    # hội"): numbering when the next numbered row starts the count again ("1.").
    for i, name in enumerate(out):
        m = _BARE_LETTER_RE.match(name.text) if name.numbering is None and headings and headings[i] else None
        if m is None:
            continue
        after = next((c for c in counts[i + 1 :] if c is not None), None)
        following = next((n for n in out[i + 1 :] if n.numbering is not None), None)
        if after == 1 and following is not None and _count(following) == 1:
            rest = clean_indicator(name.text[m.end() :])
            out[i] = IndicatorName(name.printed, rest.text, rest.key, name.is_child, m.group(1))
    # A heading's roman number damaged by OCR ("L. Kinh tế" for "I. Kinh tế", dev scans v13250,
    # v14410): numbering when it reads as a roman number and the next numbered row starts the
    # count again ("1."); ``repair_numbers`` then counts it with the table's other sections.
    for i, name in enumerate(out):
        m = _DAMAGED_ROMAN_RE.match(name.text) if name.numbering is None and headings and headings[i] else None
        if m is None or roman_reading(m.group(1)) is None:
            continue
        following = next((n for n in out[i + 1 :] if n.numbering is not None), None)
        if following is not None and _count(following) == 1:
            rest = clean_indicator(name.text[m.end() :])
            out[i] = IndicatorName(name.printed, rest.text, rest.key, name.is_child, m.group(1))
    return out


# A row number OCR misread before its name: a token of at most three characters, then a name that
# opens on a capitalised word ("2L Tỷ lệ TTHC ..." for "2. Tỷ lệ", "đi Tỷ lệ" for "3.", "ự. Tỷ lệ
# cán bộ" for "7.").
_MISREAD_NUMBER_RE = re.compile(r"^(\S{1,3})\s+(?=([^\W\d_]+)\s)")


def _capitalised(word: str) -> bool:
    """A word printed with a capital first letter and small letters after it ("Tỷ", "Xã")."""
    return word[:1].isupper() and (len(word) == 1 or word[1:].islower()) and word.isalpha()


# One figure closed by the mark a row number prints with ("1," for "7."): only inside a gap of one.
_FIGURE_AND_MARK_RE = re.compile(r"^\d[.,)]$")
# Letters Vietnamese does not write: a capitalised token holding one is no Vietnamese word.
_FOREIGN_LETTERS = frozenset("fjwz")


def _foreign_capitalised(token: str) -> bool:
    """A short capitalised token no Vietnamese name opens with ("Ji"; not "Xã", not "TP")."""
    return _capitalised(token) and any(ch in _FOREIGN_LETTERS for ch in token.lower())


def _misread_number(token: str, k: int, *, in_gap: bool) -> bool:
    """Can ``token``, before a capitalised name, be row number ``k`` as OCR misread it?"""
    if in_gap and (_FIGURE_AND_MARK_RE.match(token) or _foreign_capitalised(token)):
        return True
    if _capitalised(token) or (token.isalpha() and token.isupper()):
        return False
    digits = "".join(ch for ch in token if ch.isdigit())
    return not digits or digits == str(k)


def misread_numbers_in_names(names: Sequence[IndicatorName]) -> list[IndicatorName]:
    """An OCR'd table's names (numbering in the names, no STT column) with a row number OCR misread
    into letters taken off the name and counted, where the count says it is one.

    The dot of "2." read as an "L", "3." read "đi", "7." read "ự." (dev scans v23430, 2 rows, 10
    cells; v21360, 1 row, 5 cells: unruled tables at 200 dpi, their numbers printed in the names'
    cell): ``numbered_in_names`` takes only a bare figure, so the misread number stayed in the
    name and no other copy of the indicator matched it. A short token before a capitalised name
    numbers its row when the row before is numbered k - 1, the next numbered row (if any) comes
    after k, the token holds no figure but k, and it is no capitalised word or abbreviation itself
    (a name's own first word: "Xã Hương Phú", "TP Lai Châu"). A text layer prints its numbers as they are: OCR'd names only.

    Where the rows either side are numbered k - 1 and k + 1, the gap itself says the row is k, and
    two more misreads count (dev scan v24000, unruled, numbers in the names: "7." read "1," between
    "6." and "8.", and "7." read "Ji" between "6." and "8." on the next page, 10 cells): one figure
    closed by a mark ("1," — the 7 read as a 1, a digit the count does not confirm), and a short
    capitalised token with a letter Vietnamese does not write (f, j, w, z), so no word of the name.
    """
    out = list(names)
    counts = [_count(n) for n in out]
    for i, name in enumerate(out):
        m = _MISREAD_NUMBER_RE.match(name.text) if name.numbering is None else None
        if m is None or not _capitalised(m.group(2)):
            continue
        token = m.group(1)
        before = next((c for c in reversed(counts[:i]) if c is not None), None)
        after = next((c for c in counts[i + 1 :] if c is not None), None)
        if before is None or (after is not None and after <= before + 1):
            continue
        k = before + 1
        if not _misread_number(token, k, in_gap=after == k + 1):
            continue
        rest = clean_indicator(name.text[m.end() :])
        out[i] = IndicatorName(name.printed, rest.text, rest.key, name.is_child or rest.is_child, f"{k}.")
        counts[i] = k
    return out


def _printed_cell(printed: Sequence[Sequence[GridCell]], row: Row, column: int) -> GridCell | None:
    cells = printed[row.row] if row.row is not None and 0 <= row.row < len(printed) else ()
    return cells[column] if 0 <= column < len(cells) else None


def repeats_column_numbers(texts: Sequence[str], numbers: Sequence[str]) -> bool:
    """Is a scanned body row the column-number row of its header (``numbers``) printed again?

    A table continued over pages prints its column numbers again under the repeated header, or
    alone at the top of the page. Stitching drops the header's words; a numbers row OCR damaged
    ("Ầ | B | 3 | 4" under "A | B | 3 | 4", dev scan v12340; "(1) | (2) | (3) | (4) | ®) | (6) |
    Œ) | (8)", v12960) stayed a body row named "B" or "(2)", its column numbers read as figures.
    It is one when every filled cell (three or more) is a short token such a row may hold, and
    they count up with their columns as a damaged numbers row does (``damaged_column_number_row``:
    "A | B | E= | 4 | 5 | 6", v12720, under a header whose own numbers row OCR lost), or the
    header ends in a column-number row and at least half of them print its mark of their column.

    >>> repeats_column_numbers(["Ầ", "B", "3", "4"], ["A", "B", "3", "4"])
    True
    >>> repeats_column_numbers(["1", "Dân số", "Người", "45"], ["(1)", "(2)", "(3)", "(4)"])
    False
    >>> repeats_column_numbers(["3", "", "4", "5"], ["Chỉ tiêu", "Đơn vị", "KH", "TH"])
    False
    """
    cells = [strip_markup(t).strip() for t in texts]
    filled = [j for j, t in enumerate(cells) if t]
    if len(filled) < 3 or not all(damaged_mark(cells[j]) for j in filled):
        return False
    if damaged_column_number_row(cells) is not None:
        return True
    if not numbers_row(numbers):
        return False
    marks = [strip_markup(t).strip() for t in numbers]
    return 2 * sum(1 for j in filled if j < len(marks) and cells[j] == marks[j]) >= len(filled)


def grid_to_rows(
    grid: Grid,
    *,
    document: str,
    table_number: int,
    start_index: int = 0,
    style: str | None = None,
    header: Sequence[Sequence[str]] | None = None,
    quality: QualitySettings | None = None,
) -> GridRows:
    """Turn one grid into a ``Table`` and ``Row``s.

    ``header``: the header rows of the table this grid continues (a table split over pages or
    blocks whose header was not repeated). ``style``: the document's number style when known;
    otherwise the table's own cells decide it. ``quality``: when to doubt the table (its
    ``Table.quality`` says how well it was read).
    """
    n_header = split_header(grid) if header is None else 0
    header_texts = [[_text(c) for c in r] for r in grid.rows[:n_header]] if header is None else [list(h) for h in header]
    # The column-number row under a header ("(1) (2) … (13)") is header, not a body row.
    numbering = n_header
    while numbering < len(grid.rows) and is_column_number_row([_text(c) for c in grid.rows[numbering]]):
        numbering += 1
    if numbering == n_header and n_header > 0 and numbering < len(grid.rows) \
            and damaged_column_number_row([_text(c) for c in grid.rows[numbering]]) is not None:
        # Right under a header, a row of short tokens counting up with the columns is its column
        # numbers as OCR damaged them ("A B G 1 2 - 4"), not a body row named "B".
        numbering += 1
    elif numbering == n_header and n_header > 0 and numbering < len(grid.rows) and grid.method in OCR_METHODS \
            and stray_marks_line([_text(c) for c in grid.rows[numbering]]):
        # Or the header cells' own marks ("(4)" under "Mục tiêu năm 2023") read as a line below them.
        numbering += 1
    if header is None:
        header_texts += [[_text(c) for c in r] for r in grid.rows[n_header:numbering]]
    n_header = numbering
    body_rows = [list(r) for r in grid.rows[n_header:]]
    if grid.method in OCR_METHODS and header_texts:
        # A continuation's column numbers printed again, as OCR damaged them, are no body row.
        keep = [i for i, r in enumerate(body_rows) if not repeats_column_numbers([_text(c) for c in r], header_texts[-1])]
        if len(keep) < len(body_rows):
            moved = {n_header + i: n_header + k for k, i in enumerate(keep)}
            grid = replace(grid, rows=tuple([*grid.rows[:n_header], *(grid.rows[n_header + i] for i in keep)]),
                           repaired_rows=frozenset(moved.get(r, r) for r in grid.repaired_rows if r < n_header or r in moved))
            body_rows = [body_rows[i] for i in keep]
    staggered = numbering_rows(header_texts, body_rows) if header_texts and n_header == len(header_texts) else None
    if staggered is not None:
        header_texts, body_rows = staggered
        head = [tuple(GridCell(t) for t in r) for r in header_texts]
        grid = replace(grid, rows=tuple([*head, *(tuple(r) for r in body_rows)]),
                       repaired_rows=frozenset(r + len(head) - n_header - 2 for r in grid.repaired_rows if r >= n_header + 2))
        n_header = len(head)
    else:
        header_texts, body_rows = merge_split_columns(header_texts, body_rows)
        grid = replace(grid, rows=tuple(tuple(r) for r in [*grid.rows[:n_header], *body_rows]))
    if grid.method in OCR_METHODS and header_texts and n_header == len(header_texts):
        # Two year columns read as one on a scan ("2030 2035" over "100 100", row after row), and
        # a unit column read into the names beside it or into the figures right of it: set apart
        # as printed.
        split = split_unit_from_names(*split_year_columns(*split_unit_column(header_texts, body_rows)))
        if split != (header_texts, body_rows):
            header_texts, body_rows = split
            head = [tuple(GridCell(t) for t in r) for r in header_texts]
            grid = replace(grid, rows=tuple([*head, *(tuple(r) for r in body_rows)]))
    columns = header_to_columns(header_texts, spread=grid.method not in REPEATS_MERGED_TEXT) if header_texts else []
    # A header is recognised when it names at least one value column the usual way; a body row
    # taken for a header ("CHỈ TIÊU KINH TẾ" of a table printed without one) names none.
    recognised = any(c.role in FIGURE_ROLES for c in columns)
    body = [list(r) for r in grid.rows[n_header:]]
    if not columns:
        width = max((len(r) for r in body), default=0)
        columns = header_to_columns([guessed_header(body, width)])
    width = max((len(r) for r in body), default=0)
    if width > len(columns):
        # Body cells beyond the header's columns: keep them readable as unnamed value columns.
        columns += [Column(i, f"Cột {i + 1}", "other") for i in range(len(columns), width)]
    # A heading merged across the row repeats its text under every column: kept once before the
    # columns are profiled, or a sparse ratio column under three such headings "holds words".
    body = [_unmerge_heading(r) for r in body]
    split_notes: dict[int, str] = {}
    if grid.method in OCR_METHODS:
        # Two value columns read as one on a scan ("87 95" beside a blank column, row after row).
        body, split_notes = split_doubled_figures(body, columns)
    contradictions = header_contradictions(columns, body, units=False) if recognised else []
    grid = replace(grid, rows=tuple(tuple(r) for r in [*grid.rows[:n_header], *body]))
    columns, layout_notes = layout_from_evidence(columns, body)
    contradictions += [n for n in layout_notes if n.id in MOVED]
    layout_notes = [n for n in layout_notes if n.id not in MOVED]
    ind = _role_cols(columns, "indicator")
    num_col = _role_cols(columns, "number")
    unit_col = _role_cols(columns, "unit")

    prepared: list[tuple[list[GridCell], list[str], Provenance]] = []
    for cells, note, sources in merge_split_rows(body, columns, scanned=grid.method in OCR_METHODS):
        cells, shift_note = repair_row(cells, columns, scanned=grid.method in OCR_METHODS)
        notes = [n for n in (note, shift_note) if n]
        notes += [split_notes[id(c)] for c in cells if id(c) in split_notes]
        if any(i + n_header in grid.repaired_rows for i in sources):
            notes.append("repaired by the reader")
        first = next((c.provenance for c in cells if strip_markup(c.text)), Provenance())
        prepared.append((cells, notes, first))

    values = parse_table_values([cells for cells, _, _ in prepared], columns, style)
    parsed = [parse_cells(cells, columns, v) for (cells, _, _), v in zip(prepared, values, strict=True)]
    trusted = [not notes for _, notes, _ in prepared]
    columns, column_notes = check_divides(columns, parsed, trusted)
    if column_notes:
        parsed = [parse_cells(cells, columns, v) for (cells, _, _), v in zip(prepared, values, strict=True)]
    if grid.method in OCR_METHODS:
        # Specks read as marks around a figure dropped (",100,0"); a decimal comma read as a slash ("97/1") read back; a scanned ratio's lost decimal mark
        # put back from the quotient its row states; then a figure OCR could not settle, read as
        # the one of its readings the row's ratio recomputes.
        for r, value_cells in enumerate(parsed):
            parsed[r], specks = specks_around_figures(value_cells)
            parsed[r], slashes = commas_read_as_slashes(parsed[r])
            parsed[r], dots = commas_read_as_dots(parsed[r])
            parsed[r], marks = ratio_marks_from_quotients(parsed[r])
            parsed[r], chosen = readings_by_ratio(parsed[r], prepared[r][0], columns)
            parsed[r], swapped = separators_by_ratio(parsed[r], columns)
            parsed[r], speck_marks = speck_marks_by_ratio(parsed[r], columns)
            parsed[r], placed = division_marks_by_ratio(parsed[r], columns)
            # A figure whose mark no ratio can place ("72" for 7,2 among 6,00 and 6,60): the
            # sizes of the row's other figures place it.
            parsed[r], sized = marks_by_magnitude(parsed[r])
            parsed[r], stray = stray_marks_by_magnitude(parsed[r])
            # Last, a figure lost to junk under a seal ("S" for 99) and no arithmetic settled:
            # the one figure a model read in its ink, on a row that prints a name.
            row_cells = prepared[r][0]
            named = ind is not None and ind < len(row_cells) and bool(_NAME_WORD_RE.search(strip_markup(row_cells[ind].text)))
            parsed[r], lone = lone_readings(parsed[r], row_cells, columns, named=named)
            prepared[r][1].extend([*specks, *slashes, *dots, *marks, *chosen, *swapped, *speck_marks, *placed, *sized,
                                   *stray, *lone])

    rows: list[Row] = []
    section: list[str] = []
    last_parent: int | None = None
    children_of: int | None = None
    bullets_only = False  # the list opened by "Trong đó: X" goes on with bulleted rows only
    partitioned: set[int] = set()  # rows whose parts a list opened by "Chia ra", "Gồm", "Bao gồm" lists
    heading = ""
    names = [clean_indicator(cells[ind].text if ind is not None and ind < len(cells) else "") for cells, _, _ in prepared]
    if num_col is None:
        headings = [not value_cells and not (unit_col is not None and unit_col < len(cells) and _text(cells[unit_col]))
                    for (cells, _, _), value_cells in zip(prepared, parsed, strict=True)]
        names = numbered_in_names(names, headings)
        if grid.method in OCR_METHODS:
            names = misread_numbers_in_names(names)
            # The numbering printed in the names read as a count, as an STT column is below.
            counted = repair_numbers([n.numbering or "" for n in names], headings, [fold(n.text) for n in names],
                                     scanned=True)
            names = [replace(n, numbering=k) if n.numbering is not None else n
                     for n, k in zip(names, counted, strict=True)]
    numbers = [_text(cells[num_col]) if num_col is not None and num_col < len(cells) else "" for cells, _, _ in prepared]
    if num_col is not None:
        # The STT column read as a count: numbers OCR damaged ("H" for "II") put back.
        numbers = repair_numbers(numbers, [
            not value_cells and not (unit_col is not None and unit_col < len(cells) and _text(cells[unit_col]))
            for (cells, _, _), value_cells in zip(prepared, parsed, strict=True)
        ], [fold(n.text) for n in names], scanned=grid.method in OCR_METHODS)
    for row_no, ((cells, notes, prov), value_cells, name) in enumerate(zip(prepared, parsed, names, strict=True)):
        number = numbers[row_no]
        if num_col is None and name.numbering is not None:
            # No STT column: the number printed at the start of the name places the row.
            number = name.numbering
        unit_text = _text(cells[unit_col]) if unit_col is not None and unit_col < len(cells) else ""
        if not name.text and not value_cells and not unit_text:
            continue
        section = _section_of(number, name.text, section)
        if not value_cells and not unit_text and _CHILDREN_MARK_RE.match(fold(name.text)):
            # "Trong đó:", "Chia ra:", "Bao gồm:" on a line of its own: the rows below it, up to
            # the next numbered row, are parts of the row above.
            children_of = last_parent
            bullets_only = False
            if _LISTS_ALL_RE.match(fold(name.text)) and last_parent is not None:
                partitioned.add(last_parent)
            continue
        bulleted = bool(number and _BULLET_RE.match(number)) or bool(name.numbering and _BULLET_RE.match(name.numbering))
        if (number and not _BULLET_RE.match(number)) or (name.numbering and not _BULLET_RE.match(name.numbering)):
            children_of = None
        elif bullets_only and not bulleted and not name.is_child:
            children_of = None
        if not value_cells and not unit_text:
            # A heading row ("A  CHỈ TIÊU KINH TẾ", "3  Tỷ lệ hồ sơ công việc ..."): section only,
            # and the name that short unnumbered rows under it ("Cấp huyện") complete.
            last_parent = None
            children_of = None
            heading = name.text
            continue
        display = name.text
        # A number printed inside the name ("1.1 Tỷ lệ ...") numbers the row as an STT cell does;
        # a part of the row above ("Chia ra: Các xã") completes that row, not the heading.
        numbered = bool(number) or name.numbering is not None
        if heading and not numbered and not name.is_child and children_of is None and 0 < len(name.text.split()) <= 3:
            display = f"{heading}: {name.text}"
        elif numbered:
            heading = ""
        value_cells = whole_counts(value_cells, unit_text)
        index = start_index + len(rows)
        child = name.is_child or children_of is not None
        parent = (children_of if children_of is not None else last_parent) if child else None
        if name.is_child and children_of is None:
            # "Chia ra: Thu nội địa" opens the list as a marker row of its own does: the rows
            # below it ("- Thu tiền sử dụng đất", "b) Cấp xã", "Thu phí, lệ phí"), up to the next
            # numbered row, are parts of the same row (v3410: they became rows of their own).
            # "Trong đó: Diện tích trồng mới" names a part, often the only one: an unnumbered row
            # under it is the next indicator (seed 000's BIỂU 01); only bulleted rows go on.
            children_of = last_parent
            bullets_only = not _LISTS_ALL_RE.match(fold(strip_markup(name.printed)))
            if not bullets_only and last_parent is not None:
                partitioned.add(last_parent)
        elif children_of is None:
            bullets_only = False
        if not child:
            last_parent = index
        if not name.text:
            notes = [*notes, "indicator name unreadable"]
        rows.append(
            Row(
                document=document,
                index=index,
                indicator=display,
                key=indicator_key(display),
                cells=tuple(value_cells),
                table=table_number,
                row=row_no,
                section=".".join(section) or None,
                unit=unit_text or None,
                parent=parent,
                partition=False,
                provenance=prov,
                repaired=any("OCR" in n or "reader" in n for n in notes),
                confidence=0.7 if notes else 1.0,
                notes=tuple(notes),
            )
        )
    # "Chia ra:", "Gồm:", "Bao gồm:" list every part of the row above: its additive figures are
    # their sum (a partition, docs/rules.md §7), as the same words say in running text. "Trong
    # đó" names some parts only; a rate or an average ("%", "triệu đồng/người") adds up to nothing.
    rows = [replace(r, partition=True) if r.index in partitioned and _additive(r.unit) else r for r in rows]
    if grid.method in OCR_METHODS:
        # A figure OCR could not settle, read as the one of its readings its total's sum holds with.
        rows = readings_by_sum(rows, partial(_printed_cell, [cells for cells, _, _ in prepared]))
        # A name's syllable OCR misread into no word, read back from its neighbour.
        rows = names_by_words(rows)
    notes_all = [*(n.render() for n in layout_notes), *column_notes]
    if recognised:
        cells_only = [cells for cells, _, _ in prepared]
        # Units under a figure header, asked of the rows as repaired (shifted rows put back).
        contradictions += [c for c in header_contradictions(columns, cells_only) if holds_units_under_figures(c)]
        contradictions += (unread_value_columns(columns, cells_only) or unread_header(columns, cells_only)
                           or garbled_header(columns) or unheaded_figures(columns, cells_only, [p.page for _, _, p in prepared]))
    table = Table(
        number=table_number,
        title=grid.title,
        columns=tuple(columns),
        provenance=grid.provenance,
        method=grid.method + ("; " + "; ".join(notes_all) if notes_all else ""),
        quality=rows_to_quality(
            rows, header=recognised, layout_from_body=bool(layout_notes), contradictions=contradictions, settings=quality
        ),
    )
    return GridRows(table=table, rows=tuple(rows))
