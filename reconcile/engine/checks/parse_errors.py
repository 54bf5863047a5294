"""``parse_error``: a cell that should hold a figure and holds text the number parser could not read.

Only value columns (target, plan, actual, estimate, ratio) of rows whose other value cells are
figures are judged; words that are values of their own ("Chưa triển khai", "Đạt", "HTTNV") are
labels, not errors. An unreadable cell that hides a ratio check is an error, any other a warning.
"""

from __future__ import annotations

from extractor.model import Cell, Document, Row
from reconcile.engine.checks.arithmetic import candidates, operands
from reconcile.engine.checks.evidence import finding, shown
from reconcile.engine.findings import Finding
from reconcile.engine.messages import N_, Said, msg
from reconcile.engine.settings import CheckSettings

NUMERIC_ROLES = ("target", "plan", "actual", "estimate", "ratio")
_FIGURES = ("number", "comparator", "range", "fraction")
# Longer text in a value column is a misplaced sentence (a header the reader misjudged), not a figure.
MAX_FIGURE_LENGTH = 40


def _looks_like_figure(text: str) -> bool:
    """A damaged figure ("4I.160", "6-App") rather than a sentence that landed in a value column."""
    return any(ch.isdigit() for ch in text) and len(text) <= MAX_FIGURE_LENGTH


def _hidden_ratio(row: Row, pos: int, cell: Cell) -> Cell | None:
    """The ratio cell whose recomputation this unreadable cell prevents, if any."""
    if cell.role == "ratio" and cell.divides is not None:
        num, den = operands(row, cell)
        if num is not None and den is not None and candidates(num[1].value) and candidates(den[1].value):
            return cell
    for ratio in row.cells:
        if ratio is cell or ratio.divides is None or ratio.value.kind != "number":
            continue
        num, den = operands(row, ratio)
        if num is None or den is None:
            continue
        if num[0] == pos and candidates(den[1].value):
            return ratio
        if den[0] == pos and candidates(num[1].value):
            return ratio
    return None


def check_parse_errors(doc: Document, settings: CheckSettings) -> list[Finding]:
    """Unreadable cells where a figure belongs.

    Seed 001 (OCR): a value cell printed "4I.160" beside "41.100" and "100.1" hides the ratio
    check and is an error; "Chưa triển khai" in seed 000's actual column is a label and no finding.
    """
    findings: list[Finding] = []
    for row in doc.rows:
        for pos, cell in enumerate(row.cells):
            if cell.value.kind != "unparsed" or cell.role not in NUMERIC_ROLES:
                continue
            others = [
                c for i, c in enumerate(row.cells)
                if i != pos and c.role in NUMERIC_ROLES and c.value.kind in _FIGURES
            ]
            if not others and row.table is not None:
                continue
            if not _looks_like_figure(shown(cell)):
                continue
            hidden = _hidden_ratio(row, pos, cell)
            unread = msg(N_("'{printed}' in '{column}' could not be read as a number"), printed=shown(cell), column=cell.column)
            reason = cell.value.said or cell.value.reason
            if reason:
                unread = msg(N_("{unread} ({reason})"), unread=unread, reason=reason)
            if hidden is not None:
                what = msg(N_("its own recomputation")) if hidden is cell else msg(
                    N_("the ratio '{column}' ({printed})"), column=hidden.column, printed=shown(hidden))
                message = msg(N_("{unread}: {what} was not checked"), unread=unread, what=what)
                severity = "error"
            else:
                message = unread
                severity = "warning"
            findings.append(finding("parse_error", severity, row, cell, message, reported=shown(cell),
                                    expected=Said(msg(N_("a number")))))
    return findings
