"""A scanned table's header OCR lost, read as the header an earlier table of the same title prints.

An office prints one annex ("Phụ lục I …") over several pages, each page with its own copy of the
header. On dev scan v29990 page 3's copy was shaded: OCR read the group "Mức chỉ tiêu" and the years
"Năm 2025" and "Năm 2040" as dashes and kept "Năm 2030", "Năm 2035", "Năm 2045" alone. Those
columns carry a period and no role, the two others neither, and every figure under them was lost
(26 cells), while pages 1 and 2 print the same title over "Mức chỉ tiêu / Năm 2025 … Năm 2045",
read right.

``earlier_header`` gives such a table the earlier copy's header rows when the two line up: the
columns aligned from the right edge (a copy may drop the row-number column on the left), every
column of its own with a period under a column of the earlier copy with the same period (two at
least), and every column of its own with a layout role (names, units, row numbers) under one with
the same role. Columns with neither are what OCR lost, and take the earlier copy's text. Only for
OCR'd tables, and only when the table's own header names no value column at all.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from extractor.headers import LAYOUT_KINDS
from extractor.model import Table
from extractor.ocr_ratios import OCR_METHODS
from normalizers.text import fold

__all__ = ["EarlierHeader", "earlier_header", "named_values"]


@dataclass(frozen=True)
class EarlierHeader:
    """A table read earlier in the document whose header named its value columns.

    title:  the table's caption as printed.
    header: its header rows' texts, as the grid held them (merged cells repeated).
    table:  the table as read from that header.
    """

    title: str
    header: tuple[tuple[str, ...], ...]
    table: Table


def _key(title: str | None) -> str:
    return " ".join(fold(title).split()) if title else ""


def named_values(table: Table) -> bool:
    """Whether the table's header names a value column (a role beyond layout and "other")."""
    return any(c.role not in (*LAYOUT_KINDS, "other") for c in table.columns)


def _lines_up(table: Table, earlier: Table) -> bool:
    """Every column of ``table`` with a period or a layout role under the column of ``earlier``
    right-aligned with it that has the same period, or the same role; two periods at least."""
    shift = len(earlier.columns) - len(table.columns)
    if shift < 0:
        return False
    dated = 0
    for column in table.columns:
        other = earlier.columns[column.index + shift]
        if column.period is not None:
            if column.role != "other" or other.period != column.period or other.role in (*LAYOUT_KINDS, "other"):
                return False
            dated += 1
        elif column.role in LAYOUT_KINDS and other.role != column.role:
            return False
    return dated >= 2


def earlier_header(table: Table, earlier: Sequence[EarlierHeader]) -> tuple[tuple[str, ...], ...] | None:
    """The header rows ``table`` takes from the latest earlier table of its title it lines up with
    (``_lines_up``), right-aligned to its columns; None when there is none, when the table is no
    OCR'd one or when its own header names a value column.

    >>> from extractor.model import Column
    >>> cols = lambda *specs: tuple(Column(i, h, r, p) for i, (h, r, p) in enumerate(specs))
    >>> head = (("STT", "Chỉ tiêu", "Đơn vị", "Mức chỉ tiêu", "Mức chỉ tiêu", "Mức chỉ tiêu", "Cơ quan"),
    ...         ("", "", "", "Năm 2025", "Năm 2030", "Năm 2035", ""))
    >>> first = Table(0, "Phụ lục I", cols(("STT", "number", None), ("Chỉ tiêu", "indicator", None), ("Đơn vị", "unit", None),
    ...     ("Mức chỉ tiêu / Năm 2025", "target", "2025"), ("Mức chỉ tiêu / Năm 2030", "target", "2030"),
    ...     ("Mức chỉ tiêu / Năm 2035", "target", "2035"), ("Cơ quan", "other", None)), method="ocr")
    >>> lost = Table(2, "Phụ lục I", cols(("Nội dung", "indicator", None), ("Đơn vị tính", "unit", None), ("-", "other", None),
    ...     ("Năm 2030", "other", "2030"), ("Năm 2035", "other", "2035"), ("Cơ quan", "other", None)), method="ocr-words")
    >>> earlier_header(lost, [EarlierHeader("Phụ lục I", head, first)])
    (('Chỉ tiêu', 'Đơn vị', 'Mức chỉ tiêu', 'Mức chỉ tiêu', 'Mức chỉ tiêu', 'Cơ quan'), ('', '', 'Năm 2025', 'Năm 2030', 'Năm 2035', ''))
    >>> earlier_header(lost, [EarlierHeader("Phụ lục II", head, first)]) is None
    True
    """
    method = table.method.split(";", 1)[0].strip()  # "ocr; column 'Tên chỉ tiêu' holds the names …"
    if method not in OCR_METHODS or named_values(table) or not _key(table.title):
        return None
    for found in reversed(earlier):
        if _key(found.title) != _key(table.title) or not _lines_up(table, found.table):
            continue
        shift = len(found.table.columns) - len(table.columns)
        if any(len(row) != len(found.table.columns) for row in found.header):
            continue
        return tuple(tuple(row[shift:]) for row in found.header)
    return None
