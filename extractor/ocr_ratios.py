"""A scanned ratio cell whose decimal mark OCR lost, read back from the quotient it states.

At 200 dpi, or under a seal, the comma of "92,0" is a few pixels that touch the digit beside it:
Tesseract reads "920", and no check of the ink sees a mark. The row itself says where the mark
was: the cell is the ratio of two columns of the same row ("Ước TH 2024/KH 2024"), and 46,0 / 50,0
is 92,0 %. So a ratio cell that disagrees with its divisions, printed as digits without a
separator (and an optional "%"), is read with a decimal mark placed among the same digits when
exactly one placement gives the quotient to its last printed digit ("920" -> 92,0). The
digits are never changed, only the mark; any other disagreement stays as read, and the checks
report it.

Only OCR grids are read this way: a text layer's "920" is what the office printed.

``separators_by_ratio`` does the same for a figure read with three decimals after its one mark
("142,777"): a comma and a period differ by a pixel on a scan, so the figure may be 142.777
misread; it is read as thousands when that makes the row's ratio recompute and the text as read
does not (landscape dev scan v0050: "142,777" of 151.141 at 94,5 %).

``division_marks_by_ratio`` does the same for a figure a ratio divides, read as digits without a
separator ("760" of 76,0, its row's ratio 75,1 / 76,0 = 98,8 %, dev scan v2600): its mark is
placed among the same digits when exactly one placement makes the row's ratios recompute.

``readings_by_ratio`` does the same for a figure OCR could not settle ("HE:", "3" where the ink
shows two digits): of the figures a model printed for it when read again (``GridCell.readings``,
"92,7" and "927"), the one that makes its row's ratio recompute is taken, when exactly one does
and the text as read does not. Arithmetic only chooses among readings; it never makes a digit.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from extractor.grid import GridCell
from extractor.model import FIGURE_ROLES, Cell, Column
from extractor.quality import ratio_agrees
from normalizers.numbers import ParsedValue, format_vi, parse_value
from normalizers.text import strip_markup

__all__ = ["OCR_METHODS", "division_marks_by_ratio", "ratio_marks_from_quotients", "reading_note", "readings_by_ratio", "separators_by_ratio",
           "speck_marks_by_ratio"]

# The grid readers of scanned pages.
OCR_METHODS = ("ocr", "ocr-words")
# Digits without a separator and an optional percent sign: what a lost mark leaves of a ratio
# ("920", "920%"). A ratio read with a mark ("125,0") is taken as read: when it disagrees, a
# figure it divides is as likely misread (dev variant 3200: "1" read for 100 made 125,0 look
# like 1,250).
_PLAIN_RE = re.compile(r"^(\d{2,})\s*%?$")


def _may_have_lost_a_mark(*cells: Cell) -> bool:
    """A division printed as four or more digits without a separator may be the misread one
    (dev variant 3620: "4345522" for 434552,2 made the ratio "104" look like 10,4)."""
    return any(re.fullmatch(r"\d{4,}", strip_markup(c.value.raw).strip()) for c in cells)


def _placed(digits: str, quotient: float) -> tuple[float, int] | None:
    """The one (value, decimals) of ``digits`` with a decimal mark placed somewhere among them (or
    none) that equals ``quotient`` to its last digit; None when no placement or several do."""
    fits = []
    for decimals in range(len(digits)):
        whole = digits[: len(digits) - decimals] if decimals else digits
        if len(whole) > 1 and whole.startswith("0"):
            continue
        value = int(digits) / 10**decimals
        if abs(value - quotient) <= 10**-decimals + 1e-9:
            fits.append((value, decimals))
    return fits[0] if len(fits) == 1 else None


def ratio_marks_from_quotients(cells: Sequence[Cell]) -> tuple[list[Cell], list[str]]:
    """One body row's cells with each ratio cell's lost decimal mark put back from its quotient,
    and a note per cell changed.

    >>> from normalizers.numbers import parse_value as p
    >>> row = [Cell("KH", "plan", p("50,0"), None, 3), Cell("TH", "estimate", p("46,0"), None, 4),
    ...        Cell("TH/KH", "ratio", p("920"), None, 5, divides=(4, 3))]
    >>> cells, notes = ratio_marks_from_quotients(row)
    >>> cells[2].value.value, cells[2].value.decimals, notes
    (92.0, 1, ["column 6: ratio '920' read as 92,0, the quotient of its row"])
    """
    by_col = {c.column_index: c for c in cells}
    out: list[Cell] = []
    notes: list[str] = []
    for cell in cells:
        if cell.role != "ratio" or cell.divides is None or cell.value.kind != "number":
            out.append(cell)
            continue
        num, den = by_col.get(cell.divides[0]), by_col.get(cell.divides[1])
        agrees = ratio_agrees(cell, num.value if num else None, den.value if den else None)
        raw = strip_markup(cell.value.raw).strip()
        m = _PLAIN_RE.match(raw)
        if agrees is not False or m is None or num is None or den is None or _may_have_lost_a_mark(num, den):
            out.append(cell)
            continue
        a, b = num.value.value, den.value.value
        assert a is not None and b is not None  # ratio_agrees checked them
        fit = _placed(m.group(1), a / b * 100)
        if fit is None:
            out.append(cell)
            continue
        text = format_vi(*fit)
        note = f"column {(cell.column_index or 0) + 1}: ratio {raw!r} read as {text}, the quotient of its row"
        value = replace(parse_value(text, style="vi"), raw=cell.value.raw, reason=note)
        out.append(replace(cell, value=value))
        notes.append(note)
    return out, notes


def _fits(value_of: dict[int, Cell], ratios: Sequence[Column]) -> bool | None:
    """True when every checkable ratio of ``ratios`` (columns) recomputes from the row's cells
    ``value_of`` (and one at least is checkable), False when one does not, None when none can be
    checked."""
    verdicts = []
    for ratio in ratios:
        assert ratio.divides is not None
        cell, num, den = (value_of.get(i) for i in (ratio.index, *ratio.divides))
        if cell is not None:
            verdicts.append(ratio_agrees(cell, num.value if num else None, den.value if den else None))
    checked = [v for v in verdicts if v is not None]
    return None if not checked else all(checked)


def _cell(col: Column, value: ParsedValue, printed: GridCell) -> Cell:
    return Cell(column=col.header, role=col.role, value=value, period=col.period, column_index=col.index,
                divides=col.divides, provenance=printed.provenance)


def clean_readings(readings: Sequence[str]) -> list[tuple[str, ParsedValue]]:
    """The readings OCR printed for an unsettled cell (``GridCell.readings``) that parse as one
    unambiguous figure, each with its value: the candidates a row's arithmetic may choose among."""
    out = []
    for text in readings:
        value = parse_value(text)
        if value.kind == "number" and value.value is not None and value.style != "ambiguous":
            out.append((text, value))
    return out


def reading_note(column_index: int, raw: str, chosen: str, readings: Sequence[str], why: str) -> str:
    """The row note of an unsettled cell read as one of its OCR readings, chosen by the row's
    arithmetic: what was read, what was taken, among which readings, and ``why``.

    >>> reading_note(4, "<b>HE:</b>", "92.7", ("927", "92.7"), "the one its row's ratio recomputes")
    "column 5: 'HE:' read as '92.7' of OCR's readings '927', '92.7': the one its row's ratio recomputes"
    >>> reading_note(0, " ", "506", ("506", "06"), "the one with which the parts add up to their total")
    "column 1: blank read as '506' of OCR's readings '506', '06': the one with which the parts add up to their total"
    """
    text = strip_markup(raw).strip()
    shown = ", ".join(repr(t) for t in readings)
    return f"column {column_index + 1}: {repr(text) if text else 'blank'} read as {chosen!r} of OCR's readings {shown}: {why}"


def _reading_that_fits(value_of: dict[int, Cell], col: Column, printed: GridCell, ratios: Sequence[Column]) -> str | None:
    """The one reading of ``printed`` (``GridCell.readings``) with which the row's ``ratios``
    recompute, None when the text as read already does or not exactly one figure does."""
    if _fits(value_of, ratios):
        return None
    fitting: dict[float, str] = {}
    for text, value in clean_readings(printed.readings):
        assert value.value is not None  # clean_readings keeps figures only
        if _fits({**value_of, col.index: _cell(col, value, printed)}, ratios):
            fitting.setdefault(value.value, text)
    return next(iter(fitting.values())) if len(fitting) == 1 else None


def readings_by_ratio(
    cells: Sequence[Cell], printed: Sequence[GridCell], columns: Sequence[Column]
) -> tuple[list[Cell], list[str]]:
    """One body row's cells with each unsettled figure (a grid cell with ``readings``) replaced
    by the one reading its row's ratios recompute with, and a note per cell taken.

    ``printed``: the row's grid cells; ``columns``: the table's columns (ratio columns with what
    they divide). A cell is left as read when its text already recomputes, when no ratio of the
    row can check it, or when no reading or more than one fits.

    >>> from normalizers.numbers import parse_value as p
    >>> cols = [Column(0, "KH", "plan"), Column(1, "TH", "estimate"), Column(2, "TH/KH", "ratio", divides=(1, 0))]
    >>> grid = [GridCell("50,0"), GridCell("46,35"), GridCell("HE:", readings=("927", "92.7", "97,2"))]
    >>> row = [Cell("KH", "plan", p("50,0"), None, 0), Cell("TH", "estimate", p("46,35"), None, 1),
    ...        Cell("TH/KH", "ratio", p("HE:"), None, 2, divides=(1, 0))]
    >>> cells, notes = readings_by_ratio(row, grid, cols)
    >>> cells[2].value.value, notes
    (92.7, ["column 3: 'HE:' read as '92.7' of OCR's readings '927', '92.7', '97,2': the one its row's ratio recomputes"])
    """
    out = {c.column_index: c for c in cells if c.column_index is not None}
    ratio_cols = [c for c in columns if c.role == "ratio" and c.divides is not None]
    notes: list[str] = []
    for col in columns:
        grid_cell = printed[col.index] if col.index < len(printed) else None
        if grid_cell is None or not grid_cell.readings or col.role not in FIGURE_ROLES:
            continue
        involved = [r for r in ratio_cols if r.index == col.index or col.index in (r.divides or ())]
        chosen = _reading_that_fits(out, col, grid_cell, involved) if involved else None
        if chosen is None:
            continue
        note = reading_note(col.index, grid_cell.text, chosen, grid_cell.readings, "the one its row's ratio recomputes")
        out[col.index] = _cell(col, replace(parse_value(chosen), reason=note), grid_cell)
        notes.append(note)
    if not notes:
        return list(cells), notes
    return [out[i] for i in sorted(out)], notes


_AMBIGUOUS_MARK_RE = re.compile(r"^(\d{1,3})([.,])(\d{3})$")


def _other_mark(value: ParsedValue) -> ParsedValue | None:
    """``value``, read with three decimals after its one mark ("142,777" as 142,777), read as
    thousands instead; None for any other figure. Only this way round: district tables group
    thousands all the time and print three decimals rarely, so when a row's ratio could be
    mended either way (142,777 of 151.141 is 94,5 % read as 142777 of 151141, and as 142,777 of
    151,141), the three-decimal reading is the misread one."""
    m = _AMBIGUOUS_MARK_RE.match(strip_markup(value.raw).strip())
    if value.kind != "number" or value.value is None or value.decimals != 3 or m is None:
        return None
    whole, _, tail = m.groups()
    other = parse_value(f"{whole}.{tail}", style="vi")
    return other if other.kind == "number" and other.value != value.value else None


def separators_by_ratio(cells: Sequence[Cell], columns: Sequence[Column]) -> tuple[list[Cell], list[str]]:
    """One scanned body row's cells with each figure read with three decimals after its one mark
    ("142,777") read as thousands when the row's ratios fail as read and recompute so, and a note
    per cell changed. Ratio cells themselves are left to ``ratio_marks_from_quotients``.

    >>> from normalizers.numbers import parse_value as p
    >>> cols = [Column(0, "DT", "plan"), Column(1, "UTH", "estimate"), Column(2, "%", "ratio", divides=(1, 0))]
    >>> row = [Cell("DT", "plan", p("151.141", style="vi"), None, 0), Cell("UTH", "estimate", p("142,777", style="vi"), None, 1),
    ...        Cell("%", "ratio", p("94,5"), None, 2, divides=(1, 0))]
    >>> cells, notes = separators_by_ratio(row, cols)
    >>> cells[1].value.value, notes
    (142777.0, ["column 2: '142,777' read as 142777: its mark read as grouping thousands, with which its row's ratio recomputes"])
    """
    def as_thousands(cell: Cell, index: int, out: dict[int, Cell], involved: list[Column]) -> tuple[Cell, str] | None:
        other = _other_mark(cell.value)
        if other is None or not _fits({**out, index: replace(cell, value=other)}, involved):
            return None
        raw = strip_markup(cell.value.raw).strip()
        note = (f"column {index + 1}: {raw!r} read as {other.value:g}: its mark read as grouping thousands, "
                "with which its row's ratio recomputes")
        return replace(cell, value=replace(other, raw=cell.value.raw, reason=note)), note

    return _reread_divided(cells, columns, as_thousands)


# One mark with four digits or more after it ("5.79754"): no grouping of thousands, and more
# decimals than a district table prints a figure it divides with.
_SPECK_MARK_RE = re.compile(r"^([1-9]\d{0,2})[.,](\d{4,})$")


def speck_marks_by_ratio(cells: Sequence[Cell], columns: Sequence[Column]) -> tuple[list[Cell], list[str]]:
    """One scanned body row's cells with each figure a ratio divides, read with one mark and four
    digits or more after it ("5.79754"), read without the mark when the row's ratios fail as read
    and recompute so; a note per cell changed.

    At 200 dpi a speck between two digits reads as a period: "579754" (Triệu đồng) came out
    "5.79754" (dev scan v11550). Read first: otherwise ``division_marks_by_ratio`` mends the row
    the other way, putting a mark into each of the figures the misread one is divided by
    ("643433" as 6,43433), two wrong figures for one.

    >>> from normalizers.numbers import parse_value as p
    >>> cols = [Column(0, "TH 2024", "actual"), Column(1, "UTH 2025", "estimate"), Column(2, "%", "ratio", divides=(1, 0))]
    >>> row = [Cell("TH 2024", "actual", p("643433", style="vi"), None, 0), Cell("UTH 2025", "estimate", p("5.79754", style="vi"), None, 1),
    ...        Cell("%", "ratio", p("90,10", style="vi"), None, 2, divides=(1, 0))]
    >>> cells, notes = speck_marks_by_ratio(row, cols)
    >>> cells[1].value.value, notes
    (579754.0, ["column 2: '5.79754' read as 579754, its mark a speck, with which its row's ratio recomputes"])
    """
    def without_the_mark(cell: Cell, index: int, out: dict[int, Cell], involved: list[Column]) -> tuple[Cell, str] | None:
        raw = strip_markup(cell.value.raw).strip()
        m = _SPECK_MARK_RE.match(raw) if cell.value.kind == "number" else None
        if m is None:
            return None
        digits = m.group(1) + m.group(2)
        trial = replace(cell, value=replace(parse_value(digits), raw=cell.value.raw, percent=cell.value.percent))
        if not _fits({**out, index: trial}, involved):
            return None
        note = f"column {index + 1}: {raw!r} read as {digits}, its mark a speck, with which its row's ratio recomputes"
        return replace(trial, value=replace(trial.value, reason=note)), note

    return _reread_divided(cells, columns, without_the_mark)


def _placements(digits: str) -> list[tuple[float, int]]:
    """Each (value, decimals) of ``digits`` with a decimal mark placed among them ("760" -> 76,0
    and 7,60), none with a whole part of two or more digits that starts with a zero."""
    out = []
    for decimals in range(1, len(digits)):
        whole = digits[: len(digits) - decimals]
        if len(whole) > 1 and whole.startswith("0"):
            continue
        out.append((int(digits) / 10**decimals, decimals))
    return out


def division_marks_by_ratio(cells: Sequence[Cell], columns: Sequence[Column]) -> tuple[list[Cell], list[str]]:
    """One scanned body row's cells with each figure a ratio divides, read as two or more digits
    without a separator, read with a decimal mark among the same digits when the row's ratios fail
    as read and exactly one placement makes them recompute; a note per cell changed. Ratio cells
    themselves are left to ``ratio_marks_from_quotients``.

    >>> from normalizers.numbers import parse_value as p
    >>> cols = [Column(0, "KH", "plan"), Column(1, "UTH", "estimate"), Column(2, "%", "ratio", divides=(1, 0))]
    >>> row = [Cell("KH", "plan", p("760"), None, 0), Cell("UTH", "estimate", p("75.1"), None, 1),
    ...        Cell("%", "ratio", p("98.8"), None, 2, divides=(1, 0))]
    >>> cells, notes = division_marks_by_ratio(row, cols)
    >>> cells[0].value.value, notes
    (76.0, ["column 1: '760' read as 76,0, with which its row's ratio recomputes"])
    """
    def with_a_mark(cell: Cell, index: int, out: dict[int, Cell], involved: list[Column]) -> tuple[Cell, str] | None:
        m = _PLAIN_RE.match(strip_markup(cell.value.raw).strip()) if cell.value.kind == "number" else None
        if m is None:
            return None
        fitting = []
        for value, decimals in _placements(m.group(1)):
            trial = replace(cell, value=replace(parse_value(format_vi(value, decimals), style="vi"), raw=cell.value.raw,
                                                percent=cell.value.percent))
            if _fits({**out, index: trial}, involved):
                fitting.append((trial, format_vi(value, decimals)))
        if len(fitting) != 1:
            return None
        trial, text = fitting[0]
        note = f"column {index + 1}: {m.group(1)!r} read as {text}, with which its row's ratio recomputes"
        return replace(trial, value=replace(trial.value, reason=note)), note

    return _reread_divided(cells, columns, with_a_mark)


def _reread_divided(cells: Sequence[Cell], columns: Sequence[Column],
                    reread: Callable[[Cell, int, dict[int, Cell], list[Column]], tuple[Cell, str] | None],
                    ) -> tuple[list[Cell], list[str]]:
    """The walk both repairs share: each plan/target/result figure a ratio divides, in a row whose ratios
    fail as read, is offered to ``reread`` (the cell, its column, the row so far, the ratios it is in), which
    returns the cell read the other way and its note, or None."""
    out = {c.column_index: c for c in cells if c.column_index is not None}
    ratio_cols = [c for c in columns if c.role == "ratio" and c.divides is not None]
    notes: list[str] = []
    for col in columns:
        cell = out.get(col.index)
        if cell is None or col.role not in ("target", "plan", "actual", "estimate"):
            continue
        involved = [r for r in ratio_cols if col.index in (r.divides or ())]
        if not involved or _fits(out, involved) is not False:
            continue
        found = reread(cell, col.index, out, involved)
        if found is not None:
            out[col.index], note = found
            notes.append(note)
    if not notes:
        return list(cells), notes
    return [out[i] for i in sorted(out)], notes
