"""What every within-document finding carries: where it was printed and the row it came from."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from extractor.model import Cell, Provenance, Row
from normalizers.text import strip_markup
from reconcile.engine.findings import Finding
from reconcile.engine.messages import N_, Msg, clauses, msg


def row_context(row: Row) -> str:
    """A row rendered as text, or the sentence a prose figure came from.

    ``"Tỷ lệ hộ gia đình đạt tiêu chuẩn văn hóa | % | 88,0 | 88,5 | 83,9 | ..."``
    """
    if row.table is None and row.context:
        return row.context
    parts = [row.indicator]
    if row.unit:
        parts.append(row.unit)
    parts.extend(strip_markup(c.value.raw) for c in row.cells)
    return " | ".join(p for p in parts if p)


def located(cell: Cell | None, row: Row) -> Provenance:
    """The cell's provenance when it has one, else the row's."""
    if cell is not None and (cell.provenance.page is not None or cell.provenance.line is not None):
        return cell.provenance
    return row.provenance


REPAIRED = N_("the row was repaired from OCR damage, so its columns may be misaligned")


def finding(
    kind: str,
    severity: str,
    row: Row,
    cell: Cell | None,
    message: Msg,
    **fields: Any,
) -> Finding:
    """A finding about ``cell`` of ``row`` (or the row as a whole), with location and context filled.

    An error on a row the extractor repaired (OCR moved its values; ``Row.repaired``) is reported
    as a warning: the repair may have put a value under the wrong header.
    """
    where = located(cell, row)
    if severity == "error" and row.repaired:
        severity = "warning"
        message = clauses(message, msg(REPAIRED))
    base: dict[str, Any] = {
        "kind": kind,
        "severity": severity,
        "document": row.document,
        "message": message.render(),
        "text": message,
        "page": where.page,
        "line": where.line,
        "bbox": where.bbox,
        "indicator": row.indicator,
        "key": row.key,
        "column": cell.column if cell is not None else None,
        "role": cell.role if cell is not None else None,
        "period": cell.period if cell is not None else None,
        "context": row_context(row),
        "confidence": row.confidence,
    }
    base.update(fields)
    return Finding(**base)


def unconverted_parts(kind: str, parent: Row, cell: Cell | None, part_units: Sequence[str | None],
                      factors: Sequence[object | None], extra: tuple[tuple[str, str], ...] = ()) -> Finding:
    """A total whose parts are printed in units that do not add up into its own (``factors[i]`` None: the
    part does not convert): said as an info, not summed. The table rule (``sums``) and the prose rule
    (``prose_arith``) say it in the same words; a total printed without a unit names every part's unit."""
    if parent.unit:
        odd = sorted({(u or "").strip() for u, k in zip(part_units, factors, strict=True) if k is None})
        said = msg(N_("parts in {units} do not convert to the total's unit {unit}: the sum was not checked"),
                   units=", ".join(odd), unit=parent.unit)
    else:
        units = sorted({(u or "").strip() for u in part_units})
        said = msg(N_("parts in {units} do not add up into a total printed without a unit: the sum was not checked"),
                   units=", ".join(u for u in units if u))
    return finding(kind, "info", parent, cell, said, reported=parent.unit, expected=None, extra=extra)


def shown(cell: Cell) -> str:
    """The cell as printed, markup removed: ``<b>94,8</b>`` -> ``94,8``."""
    return strip_markup(cell.value.raw)


def cell_style(cell: Cell) -> str:
    """The number style a cell was read in ("en" for "91.3" in an OCR'd table), "vi" when none."""
    return cell.value.style if cell.value.style in ("vi", "en") else "vi"


def row_style(row: Row) -> str:
    """The number style a row prints in ("en" for an OCR'd table writing "91.3"), for the numbers
    the messages about it compute: English when any figure was read English-style."""
    styles = {c.value.style for c in row.cells if c.value.kind == "number"}
    return "en" if "en" in styles else "vi"
