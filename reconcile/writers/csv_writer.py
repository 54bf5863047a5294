"""CSV: one record per finding (check), per printed value (extract) or per change (diff).

Columns are the contract's JSON field names (``flat.FINDING_COLUMNS`` and friends); numbers use a
decimal point, and the text as printed stays in ``raw``/``reported``/``old``/``new``. Text a
spreadsheet would take for a formula ("=HYPERLINK(...)", "@SUM(...)") starts with an apostrophe
(``flat.spreadsheet_text``); numbers and plain numeric text ("-12,5") are written as they are.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable
from typing import Any

from reconcile.i18n import DEFAULT_LANGUAGE, translator
from reconcile.results import CheckResult, DiffResult, ExtractResult
from reconcile.writers.flat import (
    CELL_COLUMNS,
    CHANGE_COLUMNS,
    FINDING_COLUMNS,
    Result,
    check_records,
    diff_records,
    extract_records,
    spreadsheet_text,
)

_LAYOUTS: dict[type, tuple[tuple[str, ...], Callable[[Any], Iterable[dict[str, Any]]]]] = {
    CheckResult: (FINDING_COLUMNS, check_records),
    ExtractResult: (CELL_COLUMNS, extract_records),
    DiffResult: (CHANGE_COLUMNS, diff_records),
}


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        # Text from a document, a file name, a header: never a formula in the auditor's Excel.
        return spreadsheet_text(value)
    return str(value)


def render(result: Result, *, title: str = "doisoat", lang: str = DEFAULT_LANGUAGE) -> bytes:
    """Render a result as CSV bytes (comma-separated, CRLF, UTF-8 with BOM).

    A check result's row for the seed 000 ratio finding reads
    ``ratio_mismatch,error,000_6a5e51584c6108a1.txt,,41,Tỷ lệ hộ gia đình đạt tiêu chuẩn văn hóa,...``.
    Baseline-accepted findings follow the new ones with ``suppressed`` = ``true``. Columns are the
    contract's field names; ``message`` is in ``lang``.
    """
    columns, records = _LAYOUTS[type(result)]
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(columns)
    rows = check_records(result, translator(lang)) if isinstance(result, CheckResult) else records(result)
    for rec in rows:
        writer.writerow([_cell(rec.get(c)) for c in columns])
    # Excel (as installed in Vietnamese offices) opens a BOM-less CSV in the ANSI code page and
    # shows "Tá»· lá»‡" for "Tỷ lệ"; the BOM makes it read UTF-8. Python's csv and pandas skip it
    # with encoding="utf-8-sig".
    return buf.getvalue().encode("utf-8-sig")
