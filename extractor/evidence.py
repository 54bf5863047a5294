"""Whole-table evidence: which column holds what, from the body's cells, when the header is unclear.

A header is words someone typed; the body is what the table is. When they disagree the body wins
for the row-label columns:

- the indicator column is the column of text without figures, whatever its header says ("Chỉ tiêu
  / (2)" read as a value column, a header nobody here has seen, a header lost to OCR);
- the number column holds row labels ("I", "1", "1.2", "a)", "-") left of the indicator;
- the unit column holds short unit words ("Tấn", "Người", "%").

Value columns are left to the header; a value column whose figures recompute as the quotient of
two others is a ratio column (``extractor.rows.check_divides``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import pairwise

from extractor.grid import GridCell
from extractor.model import FIGURE_ROLES, Column
from normalizers.labels import canonical_label
from normalizers.messages import N_, Msg, msg
from normalizers.text import fold, strip_markup
from normalizers.units import parse_unit

LAYOUT_ROLES = ("number", "indicator", "unit")
# Said when the names are not where the header says: the header and the body disagree. Messages,
# so a doubt reads in the auditor's language; the templates are how callers tell these notes apart.
MOVED_NAMED = N_("names found in another column than the header's: the header names column '{header}'")
MOVED_CALLED = N_("names found in another column than the header's: the header calls it '{header}' ({role})")
MOVED = (MOVED_NAMED, MOVED_CALLED)
HOLDS = N_("column '{header}' ({role}) holds {what} in {rows} rows")
HOLDS_UNITS = N_("units")
_NUMERIC_RE = re.compile(r"^[<>≥≤~]?\s*[-+]?[\d.,\s/%‰–-]+%?$")
# A section's label (a Roman numeral or a capital letter), a row label ("II", "a", "1.2") and a
# bullet, as an STT column prints them.
_SECTION = r"(?:[IVXLC]{1,6}|[A-HĐ])"
_LABEL = rf"(?:{_SECTION}|[a-zđ]|\d{{1,3}}(?:\.\d{{1,3}})*)"
_BULLET = r"[-+•*–]"
_ROW_LABEL_RE = re.compile(rf"^{_LABEL}[.)]?$|^{_BULLET}$")
_LETTERS_RE = re.compile(r"[^\W\d_]{2,}")
# Columns whose header says they hold figures.


@dataclass(frozen=True)
class ColumnProfile:
    """What one column's body cells look like.

    index:   the column's position.
    filled:  body cells with any text.
    figures: cells that read as a figure ("39.500,00", "> 90", "16/19", "48,1%").
    words:   cells of words that are not a figure, a row label, a unit or an evaluation label.
    units:   cells that read as a unit ("Tấn", "Triệu đồng", "%").
    labels:  cells that are evaluation labels ("Đạt", "Vượt", "Chưa đạt").
    row_labels: cells that are row numbers ("I", "1.2", "a)", "-").
    """

    index: int
    filled: int
    figures: int
    words: int
    units: int
    labels: int
    row_labels: int


def looks_like_figure(text: str) -> bool:
    """A printed figure: digits with separators, comparators, ranges, fractions, percent signs."""
    t = text.strip()
    return bool(t) and bool(_NUMERIC_RE.match(t)) and any(ch.isdigit() for ch in t)


def is_unit_text(text: str) -> bool:
    """A short unit as printed in an ĐVT column: "Tấn", "Triệu đồng/người", "%"."""
    t = text.strip()
    if not t or len(t) > 20:
        return False
    return t in ("%", "‰") or parse_unit(t).dimension not in ("other", "none")


def profile_columns(body: Sequence[Sequence[GridCell]], width: int) -> list[ColumnProfile]:
    """Count what the body's cells of each column look like."""
    counts = [[0] * 6 for _ in range(width)]
    for row in body:
        for i, cell in enumerate(row[:width]):
            text = strip_markup(cell.text)
            if not text:
                continue
            c = counts[i]
            c[0] += 1
            # "1", "2", "II" are row labels before they are figures: only the STT column is full of them.
            if _ROW_LABEL_RE.match(text):
                c[5] += 1
            elif looks_like_figure(text):
                c[1] += 1
            elif is_unit_text(text):
                c[3] += 1
            elif canonical_label(text) is not None and len(text) <= 20:
                c[4] += 1
            elif _LETTERS_RE.search(text):
                c[2] += 1
    return [ColumnProfile(i, *c) for i, c in enumerate(counts)]


def _is_name_column(p: ColumnProfile, rows: int) -> bool:
    """Text without figures, in most rows: what an indicator column looks like."""
    return p.words * 2 >= rows and p.figures * 10 <= p.filled and p.units * 2 < p.filled


def name_column(body: Sequence[Sequence[GridCell]], width: int) -> int | None:
    """The body's column of text without figures in most rows (the indicator names), if any."""
    return _name_column_of(body, profile_columns(body, width))


def _name_column_of(body: Sequence[Sequence[GridCell]], profiles: Sequence[ColumnProfile]) -> int | None:
    """``name_column`` from the body's column profiles, for a caller that has them already."""
    rows = sum(1 for r in body if any(strip_markup(c.text) for c in r))
    return next((p.index for p in profiles if rows and _is_name_column(p, rows)), None)


def guessed_header(body: Sequence[Sequence[GridCell]], width: int) -> list[str]:
    """Header texts for a table printed without a header, from what its columns hold.

    "STT", "Chỉ tiêu", "Đơn vị tính" over the first three columns is the usual layout, and the
    guess when the body says nothing else. But a table of an STT in its name and two figures
    (ratio tables: "Mục tiêu (tỷ lệ %)", "Kết quả (tỷ lệ %)") read so has its names under "STT"
    and its figures under "Chỉ tiêu" and "Đơn vị tính": rows of no figure, and nothing to doubt
    (v6980, the header removed). The names' column is the column of text without figures; the
    row numbers stand left of it, the units right of it when its cells are units.
    """
    usual = ["STT", "Chỉ tiêu", "Đơn vị tính"] + [f"Cột {i + 1}" for i in range(3, width)]
    profiles = profile_columns(body, width)
    name = _name_column_of(body, profiles)
    if name is None:
        return usual[:width]
    out = [f"Cột {i + 1}" for i in range(width)]
    out[name] = "Chỉ tiêu"
    if name > 0:
        out[name - 1] = "STT"
    if name + 1 < width and (p := profiles[name + 1]).units * 2 > p.filled and p.figures * 2 < p.filled:
        out[name + 1] = "Đơn vị tính"
    return out


def layout_from_evidence(
    columns: Sequence[Column], body: Sequence[Sequence[GridCell]]
) -> tuple[list[Column], list[Msg]]:
    """Correct the row-label columns of ``columns`` from the body; returns them and what changed
    (a ``MOVED`` note when the header and the body disagree about where the names are).

    Only a header reading the body contradicts is changed: a named indicator column whose cells
    are words in most rows stays, however unusual its header.
    """
    out = list(columns)
    rows = sum(1 for r in body if any(strip_markup(c.text) for c in r))
    if rows == 0 or not out:
        return out, []
    profiles = profile_columns(body, len(out))
    notes: list[Msg] = []
    role_of = {c.index: c.role for c in out}
    indicator = next((c.index for c in out if c.role == "indicator"), None)
    if indicator is None or not _is_name_column(profiles[indicator], rows):
        candidate = next(
            (p.index for p in profiles if role_of[p.index] not in ("number", "unit") and _is_name_column(p, rows)),
            None,
        )
        if candidate is not None and candidate != indicator:
            if indicator is not None:
                old = profiles[indicator]
                demoted = "number" if old.row_labels * 2 >= max(old.filled, 1) else "other"
                out[indicator] = replace(out[indicator], role=demoted, period=None, divides=None)
            col = out[candidate]
            out[candidate] = replace(col, role="indicator", period=None, divides=None)
            notes.append(msg(N_("column '{header}' holds the indicator names (text without figures in {words} of {rows} "
                                "rows)"), header=col.header, words=profiles[candidate].words, rows=rows))
            if indicator is not None:
                notes.append(msg(MOVED_NAMED, header=out[indicator].header))
            elif col.role in ("plan", "actual", "estimate", "ratio", "evaluation") or (
                col.role == "target" and col.period is not None
            ):
                # The header calls the names' column a column of figures ("Lũy kế thực hiện",
                # "Mục tiêu 2022 (%)") or of evaluations and names no other: it is not the header
                # printed over these columns. (Target words without a year, "Đề án", "Nghị
                # quyết", "Chỉ tiêu", also head the names of resolutions.)
                notes.append(msg(MOVED_CALLED, header=col.header, role=col.role))
            indicator = candidate
    if indicator is not None and not any(c.role == "number" for c in out):
        for p in profiles[:indicator]:
            if p.filled and p.row_labels * 10 >= 6 * p.filled and p.figures * 2 < p.filled:
                out[p.index] = replace(out[p.index], role="number", period=None, divides=None)
                notes.append(msg(N_("column '{header}' holds the row numbers"), header=out[p.index].header))
                break
    if indicator is not None and not any(c.role == "unit" for c in out):
        for p in profiles[indicator + 1 :]:
            if out[p.index].role in ("number", "indicator"):
                continue
            if p.filled * 10 >= 3 * rows and p.units * 10 >= 6 * p.filled and p.figures == 0:
                out[p.index] = replace(out[p.index], role="unit", period=None, divides=None)
                notes.append(msg(N_("column '{header}' holds the units"), header=out[p.index].header))
            break
    return out, notes


def header_contradictions(columns: Sequence[Column], body: Sequence[Sequence[GridCell]], *, units: bool = True) -> list[Msg]:
    """Columns whose body contradicts what their header says: a sign the columns are misread.

    The name column holding figures or evaluation labels ("Đạt", "Vượt": the columns are
    shuffled), a number (STT) column holding names, a ratio column holding sentences, an
    evaluation or unit column holding figures, a column of figures holding units ("Tấn",
    "Người"). (Target and result columns may hold sentences: BIỂU 02 prints its resolutions'
    targets as text.) One phrase per contradicting column. ``units=False`` leaves out units under
    figure headers: asked of rows before a row shifted one column right (OCR, "| Kết nạp đảng
    viên mới | Đảng viên | 70") is put back, where its unit stands under the first figure.
    """
    rows = sum(1 for r in body if any(strip_markup(c.text) for c in r))
    if rows < 3:
        return []
    out = []
    for p in profile_columns(body, len(columns)):
        col = columns[p.index]
        if p.filled * 2 < rows:
            continue
        wrong = None
        if col.role == "indicator" and (p.figures + p.row_labels + p.units) * 2 > p.filled:
            wrong = N_("figures, row numbers or units")
        elif col.role == "indicator" and p.labels * 2 > p.filled:
            wrong = N_("evaluation labels")
        elif col.role == "ratio" and (p.words + p.units) * 2 > p.filled:
            wrong = N_("words")
        elif col.role in ("evaluation", "unit") and p.figures * 2 > p.filled:
            wrong = N_("figures")
        elif col.role == "evaluation" and (p.figures + p.row_labels) * 2 > p.filled and not _counts_rows(body, p.index):
            # Whole figures ("16", "11", "4", "100") profile as row labels, but an evaluation
            # prints words: whole numbers that do not count the rows are values moved under it
            # (v25059: the columns shuffled, "Chưa đạt" under "Kế hoạch", nothing said).
            wrong = N_("figures")
        elif col.role == "number" and p.words * 2 > p.filled:
            wrong = N_("words")
        elif col.role == "number" and p.figures * 2 > p.filled:
            # Row numbers are "1", "1.2", "II", "a)": comparators and decimals (">40", "48,5")
            # are values moved under "STT" (v8549: the columns shuffled, no other sign left).
            wrong = N_("figures")
        elif units and col.role in FIGURE_ROLES and p.units * 2 > p.filled:
            wrong = HOLDS_UNITS
        elif col.role in FIGURE_ROLES and p.row_labels == p.filled and _counts_rows(body, p.index):
            wrong = N_("row numbers")
        # Shuffled under a header that took a section row into itself ("TT / CHỈ TIÊU KINH TẾ"
        # named the STT column the names', v0135, v0031 forced): no name column contradicted, the
        # contents of the others still do. A unit or an evaluation is never a row number, an STT
        # never a unit or an evaluation, an evaluation never a unit, a unit never "Đạt".
        elif col.role in ("evaluation", "number") and p.units * 2 > p.filled:
            wrong = HOLDS_UNITS
        elif col.role in ("unit", "number") and p.labels * 2 > p.filled:
            wrong = N_("evaluation labels")
        elif col.role in ("unit", "evaluation", "note") and p.row_labels == p.filled and _counts_rows(body, p.index):
            # A note is never the rows' numbering either (v22434: the section row read into the
            # header, "Nội dung / I." heading the STT column's 1 … 5 as notes, the names right).
            wrong = N_("row numbers")
        if wrong:
            out.append(msg(HOLDS, header=col.header, role=col.role, what=msg(wrong), rows=p.filled))
    return out


def _counts_rows(body: Sequence[Sequence[GridCell]], index: int) -> bool:
    """Does column ``index`` number the rows, "1, 2, 3, …" down the table (starting again at 1 in
    a new section), in five rows or more? A column of figures does not count up one by one
    (v4716: the columns shuffled, the row numbers stood under "Chỉ tiêu" and were read as its
    targets, silently). Numbers printed with their point or bracket ("16.", "17.", …) are row
    numbers wherever they start, from three rows: no figure is printed so (v8549: "16." to "20."
    under "Năm 2035", the numbering carried on from the section before)."""
    values = [strip_markup(r[index].text) for r in body if index < len(r) and strip_markup(r[index].text)]
    if _numbers_sub_rows(values):
        return True
    values = _without_section_labels(values)
    marked = len(values) >= 3 and all(v[-1:] in (".", ")") for v in values)
    if marked:
        values = [v[:-1] for v in values]
    if len(values) < (3 if marked else 5) or not all(v.isdigit() for v in values):
        return False
    ints = [int(v) for v in values]
    steps = [b - a for a, b in pairwise(ints)]
    up = sum(1 for d in steps if d == 1)
    return (marked or ints[0] == 1) and all(d == 1 or b == 1 for d, b in zip(steps, ints[1:], strict=True)) and (
        up * 5 >= 4 * len(steps))


def _without_section_labels(values: Sequence[str]) -> list[str]:
    """``values`` without the labels of the sections ("A", "II.") that the numbering starts again
    at 1 under: "1.", …, "5.", "B", "1.", …, "5.", "C", "1." are the row numbers of a lettered
    table (v32484: the columns shuffled, the STT column under "Chỉ tiêu" with its section letters
    beside the numbers, its first section's row read into the header, and nothing said). Any
    other column is given back as it is: a section label with no row 1 under it numbers nothing."""
    kept = [v for v in values if not _SECTION_LABEL_RE.match(v)]
    if len(kept) == len(values) or not kept:
        return list(values)
    after = [b for a, b in pairwise(values) if _SECTION_LABEL_RE.match(a)]
    if not all(b.rstrip(".)") == "1" for b in after):
        return list(values)
    return kept


_SECTION_LABEL_RE = re.compile(rf"^{_SECTION}[.)]?$")  # with or without its point
_MARKED_LABEL_RE = re.compile(rf"^{_LABEL}[.)]$")
_BULLET_RE = re.compile(rf"^{_BULLET}$")


def _numbers_sub_rows(values: Sequence[str]) -> bool:
    """Row numbers of a table with sub-rows: "1.", "a)", "b)", "2.", "-", "3." — three or more labels
    printed with their point or bracket, letters among them, the rest bullets. No figure is printed
    so (v20475: the columns shuffled, these stood under "Tỷ lệ đạt (%)" and the figures under
    "Đánh giá" in fewer than half its rows, and nothing was said)."""
    marked = [v for v in values if _MARKED_LABEL_RE.match(v)]
    return (len(marked) >= 3 and any(not v[:-1].replace(".", "").isdigit() for v in marked)
            and all(_MARKED_LABEL_RE.match(v) or _BULLET_RE.match(v) for v in values))


def holds_units_under_figures(contradiction: Msg) -> bool:
    """Is ``contradiction`` a column of figures whose body holds units (what ``units=False``
    leaves out of ``header_contradictions``)?"""
    what = contradiction.param("what")
    return (contradiction.id == HOLDS and isinstance(what, Msg) and what.id == HOLDS_UNITS
            and contradiction.param("role") in FIGURE_ROLES)


def unread_value_columns(columns: Sequence[Column], body: Sequence[Sequence[GridCell]]) -> list[Msg]:
    """Figure columns whose header the reader did not understand, when they are most of them.

    A header lost or garbled on a table that still reads rows ("NQ ĐH" the only words left of
    "Mục tiêu NQ ĐH") leaves its figure columns without a role: their values cannot be compared
    or checked, so the table must say so.
    """
    rows = sum(1 for r in body if any(strip_markup(c.text) for c in r))
    if rows < 2:
        return []
    figure_cols = [
        columns[p.index] for p in profile_columns(body, len(columns))
        if columns[p.index].role not in LAYOUT_ROLES and p.figures * 10 >= 3 * rows
    ]
    unknown = [c for c in figure_cols if c.role == "other"]
    if len(figure_cols) >= 2 and len(unknown) * 2 > len(figure_cols):
        return [msg(N_("{n} of {total} figure columns have a header the reader did not understand"),
                    n=len(unknown), total=len(figure_cols))]
    return []


_MADE_UP_HEADER_RE = re.compile(r"^(?:Cột \d+)?$")


def unheaded_figures(columns: Sequence[Column], body: Sequence[Sequence[GridCell]],
                     pages: Sequence[int | None]) -> list[Msg]:
    """Figures under no header at all, counted page by page of a table continued over pages.

    A continuation page whose cells OCR cut otherwise than the first page's (v6900: column numbers
    printed in two staggered lines) leaves that page's figures in columns the header never named
    ("Cột 10"). Over the whole table they are a minority, under ``unread_value_columns``' share:
    read alone, that page is a table of unread figures, and the table must say so. ``pages``: the
    page of each row of ``body``.
    """
    unheaded = [c.index for c in columns if c.role == "other" and _MADE_UP_HEADER_RE.match(c.header.strip())]
    if not unheaded:
        return []
    blocks: dict[int | None, list[Sequence[GridCell]]] = {}
    for row, page in zip(body, pages, strict=True):
        if any(strip_markup(c.text) for c in row):
            blocks.setdefault(page, []).append(row)
    for page, rows in blocks.items():
        # Counted cell by cell: "90", "100" are figures here, however much they look like row labels.
        counts = [sum(1 for r in rows if i < len(r) and looks_like_figure(strip_markup(r[i].text))) for i in unheaded]
        figures = sum(n for n in counts if n * 10 >= 3 * len(rows))
        if figures >= 2 and page is None:
            return [msg(N_("{n} figures stand in columns without a header: the reader could not tell what they are"),
                        n=figures)]
        if figures >= 2:
            return [msg(N_("{n} figures on page {page} stand in columns without a header: the reader could not tell "
                           "what they are"), n=figures, page=page)]
    return []


# A Vietnamese syllable once its marks are folded away: an onset, one to three vowels, a coda.
_SYLLABLE_RE = re.compile(r"^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?$")
_HEADER_TOKEN_RE = re.compile(r"[^\s/\-–]+")
_HEADER_PUNCT = "()[].,:;%‰*'\"“”"


def _is_header_word(token: str) -> bool | None:
    """Whether a header token reads as Vietnamese: a syllable, or an abbreviation in capitals
    ("KH", "ĐVT", "HĐND"); None for tokens that are no words at all (figures, "(5)", "%")."""
    word = token.strip(_HEADER_PUNCT)
    if not word or any(ch.isdigit() for ch in word):
        return None
    if not all(ch.isalpha() for ch in word):
        return False  # "fd#", "{h^y", "a#xf": letters mixed with symbols no header prints
    if word.isupper() and len(word) <= 6:
        return True
    return _SYLLABLE_RE.fullmatch(fold(word)) is not None


def garbled_header(columns: Sequence[Column]) -> list[Msg]:
    """A header whose words are mostly no Vietnamese: a font without its character map, a header
    garbled in the file. Roles read from it rest on chance fragments ("nq" taken for "NQ", the
    resolution's target), so however many columns it seemed to name, the table must say so."""
    verdicts = [_is_header_word(t) for c in columns for t in _HEADER_TOKEN_RE.findall(c.header)]
    words = [v for v in verdicts if v is not None]
    bad = sum(1 for v in words if not v)
    if len(words) >= 4 and bad * 2 > len(words):
        return [msg(N_("the header reads as garbled text ({bad} of {total} words are not Vietnamese): column roles are "
                       "guesses"), bad=bad, total=len(words))]
    return []


def unread_header(columns: Sequence[Column], body: Sequence[Sequence[GridCell]]) -> list[Msg]:
    """A header that names fewer than half of the columns right of the row labels, when two or
    more of them are left unnamed.

    A header whose words were mostly lost (a header split inside its own rows, shuffled or
    garbled columns under a few words the reader still knows: "Lũy kế ước" the only column
    named out of seven) is no header for the table under it, whatever one word says. Empty
    columns do not count; a notes column ("Ghi chú") is named.
    """
    filled = {i for r in body for i, c in enumerate(r) if strip_markup(c.text)}
    values = [c for c in columns if c.role not in LAYOUT_ROLES and c.index in filled]
    unknown = [c for c in values if c.role == "other"]
    if len(unknown) >= 2 and len(unknown) * 2 > len(values):
        return [msg(N_("the header names only {n} of {total} columns right of the names"),
                    n=len(values) - len(unknown), total=len(values))]
    return []


__all__ = ["ColumnProfile", "garbled_header", "guessed_header", "header_contradictions", "holds_units_under_figures",
           "is_unit_text", "layout_from_evidence", "looks_like_figure", "profile_columns", "unheaded_figures", "unread_header",
           "unread_value_columns"]
