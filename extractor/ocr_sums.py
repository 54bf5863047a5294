"""A scanned figure OCR could not settle, read as the one of its readings its total's sum holds with.

A table row listed under "Chia ra:", "Gồm:" or "Bao gồm:" is one of all the parts of the row above
(``Row.partition`` on that row): in each value column the parent prints, the parts add up to it
within printed precision (docs/rules.md §7). When a scanned figure of such a total or of one of
its parts came back unsettled (``GridCell.readings``: the clean figures a model printed for it,
"1.250" and "1.280"), and the column's sum does not hold as read, the one reading with which it
holds is taken, with a row note, exactly as ``extractor.ocr_ratios.readings_by_ratio`` does with a
row's ratio. Only when exactly one reading of exactly one cell of the column fits: arithmetic
chooses among what OCR printed, it never makes a figure.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import replace
from fractions import Fraction

from extractor.grid import GridCell
from extractor.model import Cell, Row
from extractor.ocr_ratios import clean_readings, reading_note
from normalizers.numbers import ParsedValue

__all__ = ["readings_by_sum"]

_VALUE_ROLES = ("target", "plan", "actual", "estimate")


def _figure(value: ParsedValue) -> tuple[Fraction, Fraction] | None:
    """(value, printed precision) of a plain number, None for anything else."""
    if value.kind != "number" or value.value is None or value.percent:
        return None
    return Fraction(str(value.value)), Fraction(1, 10 ** (value.decimals or 0))


def _holds(figures: Sequence[tuple[Fraction, Fraction]]) -> bool:
    """True when the first figure (the total) is the sum of the others within printed precision."""
    (total, h_total), parts = figures[0], figures[1:]
    return abs(total - sum(v for v, _ in parts)) <= h_total + sum(h for _, h in parts)


def _readings(grid_cell: GridCell | None, cell: Cell) -> list[tuple[str, ParsedValue]]:
    """The readings of an unsettled cell still as read (one its row's ratio settled is settled)."""
    if grid_cell is None or not grid_cell.readings or (cell.value.reason and "OCR's readings" in cell.value.reason):
        return []
    return clean_readings(grid_cell.readings)


def readings_by_sum(rows: Sequence[Row], printed: Callable[[Row, int], GridCell | None]) -> list[Row]:
    """``rows`` (one table's, OCR'd) with an unsettled figure of a total or its parts replaced by
    the one reading with which the total is the sum of its parts, and a note on its row.

    ``printed(row, column_index)``: the grid cell a row's cell was read from, None when unknown.
    A column is left as read when its sum holds, when a part does not print it or prints it in
    another unit, or when no reading or more than one (of one cell or of several) fits.
    """
    by_index = {r.index: r for r in rows}
    kids: dict[int, list[Row]] = defaultdict(list)
    for row in rows:
        if row.parent is not None and row.parent in by_index and by_index[row.parent].partition:
            kids[row.parent].append(row)
    changed: dict[int, Row] = {}
    for parent_index, parts in kids.items():
        parent = by_index[parent_index]
        if any((p.unit or "") != (parent.unit or "") for p in parts):
            continue  # another unit: the reconciler converts, a reading is not chosen here
        for pcell in parent.cells:
            if pcell.role not in _VALUE_ROLES or pcell.column_index is None:
                continue
            family = [changed.get(parent.index, parent), *(changed.get(p.index, p) for p in parts)]
            cells = [next((c for c in r.cells if c.column_index == pcell.column_index), None) for r in family]
            if any(c is None for c in cells):
                continue
            found = _one_fitting([c for c in cells if c is not None], family, printed)
            if found is None:
                continue
            k, text, value = found
            row, cell = family[k], cells[k]
            assert cell is not None and cell.column_index is not None
            grid_cell = printed(row, cell.column_index)
            note = reading_note(cell.column_index, cell.value.raw, text, grid_cell.readings if grid_cell else (),
                                "the one with which the parts add up to their total")
            new_cells = tuple(replace(c, value=replace(value, reason=note)) if c is cell else c for c in row.cells)
            changed[row.index] = replace(row, cells=new_cells, notes=(*row.notes, note), repaired=True,
                                         confidence=min(row.confidence, 0.7))
    return [changed.get(r.index, r) for r in rows]


def _one_fitting(
    cells: Sequence[Cell], family: Sequence[Row], printed: Callable[[Row, int], GridCell | None]
) -> tuple[int, str, ParsedValue] | None:
    """(position in ``cells``, reading, value) of the one reading of one cell with which the first
    cell is the sum of the others, when the column as read does not add up; else None."""
    figures = [_figure(c.value) for c in cells]
    if all(f is not None for f in figures) and _holds([f for f in figures if f is not None]):
        return None
    fitting: list[tuple[int, str, ParsedValue]] = []
    seen: set[tuple[int, Fraction]] = set()
    for k, (cell, row) in enumerate(zip(cells, family, strict=True)):
        assert cell.column_index is not None
        for text, value in _readings(printed(row, cell.column_index), cell):
            figure = _figure(value)
            trial = [figure if j == k else f for j, f in enumerate(figures)]
            if figure is None or any(f is None for f in trial):
                continue
            if _holds([f for f in trial if f is not None]) and (k, figure[0]) not in seen:
                seen.add((k, figure[0]))
                fitting.append((k, text, value))
    return fitting[0] if len(fitting) == 1 else None
