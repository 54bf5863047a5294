"""How well a table was read, measured from the extraction itself, and when to doubt it.

No truth is needed: a table read well has a name on every value row, figure-looking cells that
parse, ratio columns that mostly recompute from the columns they divide, and a header the reader
understood. A table below the thresholds of ``QualitySettings`` carries doubts, which become a
document warning and an ``extraction_doubt`` finding: an auditor must never take "no findings"
for "all consistent" when the table was not read.
"""

from __future__ import annotations

from collections.abc import Sequence

from extractor.evidence import looks_like_figure
from extractor.model import Cell, Row, TableQuality
from extractor.settings import QualitySettings
from normalizers.messages import N_, Msg, msg
from normalizers.numbers import ParsedValue
from normalizers.text import strip_markup

_READ_KINDS = ("number", "range", "comparator", "fraction")
# Longer cells are sentences with figures inside (Biểu 02's targets): prose, not one figure.
_MAX_FIGURE_CHARS = 30


def ratio_agrees(cell: Cell, num: ParsedValue | None, den: ParsedValue | None) -> bool | None:
    """Does a printed ratio equal num/den (in percent) within one unit of its last printed digit?

    None when it cannot be checked (an input missing, not a number, or a zero denominator).
    """
    if num is None or den is None or cell.value.value is None:
        return None
    a, b = num.value, den.value
    if a is None or b is None or b == 0:
        return None
    return abs(a / b * 100 - cell.value.value) <= 10 ** -(cell.value.decimals or 0) + 1e-9


def one_digit_off(cell: Cell, num: ParsedValue | None, den: ParsedValue | None) -> bool:
    """Is a printed ratio its quotient with one digit changed ("109,0" for 100,0, "108,3" for
    108,4: dev scan v13930)? Its columns are then the right ones: the digit is a slip of the
    office or of OCR, which the ratio check names; a ratio from misread columns is no such
    near miss of the quotient it was printed for."""
    if num is None or den is None or num.value is None or den.value is None or not den.value:
        return False
    if cell.value.value is None or cell.value.kind != "number":
        return False
    decimals = cell.value.decimals or 0
    printed = f"{cell.value.value:.{decimals}f}"
    expected = f"{num.value / den.value * 100:.{decimals}f}"
    return len(printed) == len(expected) and sum(a != b for a, b in zip(printed, expected, strict=True)) == 1


def _figure_like(cell: Cell) -> bool:
    raw = strip_markup(cell.value.raw)
    if not raw or len(raw) > _MAX_FIGURE_CHARS or not any(ch.isdigit() for ch in raw):
        return False
    return looks_like_figure(raw) or cell.value.kind in _READ_KINDS or sum(ch.isdigit() for ch in raw) * 2 >= len(raw)


def rows_to_quality(
    rows: Sequence[Row],
    *,
    header: bool,
    layout_from_body: bool = False,
    contradictions: Sequence[Msg] = (),
    settings: QualitySettings | None = None,
) -> TableQuality:
    """Measure one table's rows; ``header``: whether its header was recognised; ``contradictions``:
    columns whose body contradicts their header (``extractor.evidence.header_contradictions``).

    A table of 10 value rows of which 3 have no name gets the doubt "3 of 10 rows have no
    indicator name"; one whose ratio column agrees with its divisions in 1 row of 8 gets "1 of 8
    ratio cells recompute from the columns they divide".
    """
    s = QualitySettings.resolve(settings)
    # A nameless row that prints nothing but dashes holds no value a check could need a name for:
    # on a scan it is a speck read as "-" on a line of its own (dev scan v14200, under "Xã vùng
    # thấp"), and counting it as a nameless value row doubted a table whose rows were named.
    value_rows = [r for r in rows if r.cells and (r.indicator.strip() or any(c.value.kind != "blank" for c in r.cells))]
    named = sum(1 for r in value_rows if r.indicator.strip())
    figures = [c for r in value_rows for c in r.cells if _figure_like(c)]
    parsed = sum(1 for c in figures if c.value.kind in _READ_KINDS)
    agree = checkable = 0
    for r in value_rows:
        by_col = {c.column_index: c for c in r.cells}
        for c in r.cells:
            if c.role != "ratio" or c.divides is None:
                continue
            n, d = by_col.get(c.divides[0]), by_col.get(c.divides[1])
            nv, dv = (n.value if n else None), (d.value if d else None)
            ok = ratio_agrees(c, nv, dv)
            if ok is not None:
                checkable += 1
                # The measure asks whether the columns were read right, not every digit.
                agree += ok or one_digit_off(c, nv, dv)
    n_rows = len(value_rows)
    named_share = named / n_rows if n_rows else 1.0
    parsed_share = parsed / len(figures) if figures else 1.0
    ratio_share = agree / checkable if checkable else None
    doubts: list[Msg] = []
    if not header and n_rows:
        # Without a row of figures there is nothing whose role a guess could get wrong: a
        # signature block read as a grid ("£_£, CHL PHÓ CHỦ TỊCH", g10 v2980) is no table to doubt.
        doubts.append(msg(N_("no header recognised: column roles are guesses")))
    doubts += [msg(N_("header and body disagree: {contradiction}"), contradiction=c) for c in contradictions]
    if n_rows and named_share < s.min_named:
        doubts.append(msg(N_("{n} of {total} rows have no indicator name"), n=n_rows - named, total=n_rows))
    if figures and parsed_share < s.min_parsed:
        doubts.append(msg(N_("{n} of {total} figure cells could not be read"), n=len(figures) - parsed, total=len(figures)))
    if ratio_share is not None and checkable >= s.min_ratio_cells and ratio_share < s.min_ratios:
        doubts.append(msg(N_("only {n} of {total} ratio cells recompute from the columns they divide (columns misread?)"),
                          n=agree, total=checkable))
    return TableQuality(
        rows=n_rows,
        named=round(named_share, 4),
        parsed=round(parsed_share, 4),
        ratio_cells=checkable,
        ratios=round(ratio_share, 4) if ratio_share is not None else None,
        header=header,
        layout_from_body=layout_from_body,
        reasons=tuple(doubts),
    )


__all__ = ["one_digit_off", "ratio_agrees", "rows_to_quality"]
