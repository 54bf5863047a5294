"""Identical text blocks are checked once.

A scanned page read twice, or a table row the layout duplicated, prints the same block again
(seed 001 lines 519 and 520: the whole Nghị quyết 05 row, 5,885 characters, twice). Checking both
copies reports every figure in it twice; the second copy says nothing the first does not.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from extractor.model import IN_TABLE_CELL, Document, Provenance, Row
from normalizers.text import strip_markup

# A row is a block of text (not a short figure row that may legitimately repeat, such as
# "Hoàn thành NV trở lên | % | 100" under several headings) from this many characters on.
MIN_BLOCK_CHARS = 200


@dataclass(frozen=True)
class Repeat:
    """A block printed again: where the copy was printed and where the kept one was."""

    repeat: Provenance
    first: Provenance


def _signature(row: Row) -> tuple[object, ...]:
    return (row.table, row.indicator, row.unit, tuple(strip_markup(c.raw) for c in row.cells))


def _size(row: Row) -> int:
    return len(row.indicator) + sum(len(c.raw) for c in row.cells)


def drop_verbatim_repeats(doc: Document) -> tuple[Document, tuple[Repeat, ...]]:
    """``doc`` without the table rows that repeat an earlier block verbatim, nor the figures and
    text lines read from them; and where each repeat was printed."""
    seen: dict[tuple[object, ...], Row] = {}
    dropped: set[int] = set()
    places: set[Provenance] = set()
    repeats: list[Repeat] = []
    for row in doc.rows:
        if row.table is None or _size(row) < MIN_BLOCK_CHARS:
            continue
        sig = _signature(row)
        if sig in seen:
            dropped.add(row.index)
            places.add(row.provenance)
            places.update(c.provenance for c in row.cells)
            repeats.append(Repeat(row.provenance, seen[sig].provenance))
        else:
            seen[sig] = row
    if not dropped:
        return doc, ()
    rows = tuple(
        r for r in doc.rows
        if r.index not in dropped and not (IN_TABLE_CELL in r.notes and r.provenance in places)
    )
    lines = tuple(line for line in doc.lines if line.provenance not in places)
    return replace(doc, rows=rows, lines=lines), tuple(repeats)
