"""Matching rows between two sets (two documents, or two tables of one) and comparing their values.

Rows are blocked by unit dimension before scoring, so the work grows with the size of blocks,
not with the product of all rows; inside a block, names are scored with the calibrated
similarity (``normalizers.names``) in one vectorised call, and assigned one-to-one greedily
from the best score down. A row whose best two candidates are within the ambiguity margin is
reported, never silently picked.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np

from extractor.model import Cell, Document, Row
from normalizers.names import AMBIGUITY_MARGIN, MATCH_CUTOFF, numbers_conflict, similarity_matrix
from normalizers.numbers import format_vi, half_unit
from normalizers.text import fold, strip_markup
from normalizers.units import Unit, convert, convertible, parse_unit

# Outcome roles: an "Ước thực hiện" in one report and a "Thực hiện" in the next are the same figure.
_ROLE_CLASS = {"estimate": "outcome", "actual": "outcome", "plan": "plan", "target": "target", "ratio": "ratio"}


@dataclass(frozen=True)
class RowMatch:
    """Two rows judged to be the same indicator; ``ambiguous_with`` names a near-tie candidate."""

    a: Row
    b: Row
    score: float
    ambiguous_with: Row | None = None


def dimension(row: Row) -> str:
    unit = parse_unit(row.unit or "")
    if unit.dimension in ("none", "other"):
        # Prose rows and OCR'd units often lack a usable unit: let the name decide within "any".
        return "any"
    return unit.dimension


class Scores(Protocol):
    """Precomputed name similarities: ``block(left, right)`` is the len(left) x len(right) matrix."""

    def block(self, left: Sequence[Row], right: Sequence[Row]) -> np.ndarray: ...


class PairScores:
    """Name similarity of every row of one set against every row of another, computed once.

    A document pair is matched table by table; scoring all its names in one vectorised call and
    slicing per table keeps the cost to one matrix per pair instead of one per table pair.
    """

    def __init__(self, rows_a: Sequence[Row], rows_b: Sequence[Row]) -> None:
        self._ia = {r.index: i for i, r in enumerate(rows_a)}
        self._ib = {r.index: i for i, r in enumerate(rows_b)}
        if rows_a and rows_b:
            self._m = similarity_matrix([r.key for r in rows_a], [r.key for r in rows_b])
        else:
            self._m = np.zeros((len(rows_a), len(rows_b)), dtype=np.float32)

    def block(self, left: Sequence[Row], right: Sequence[Row]) -> np.ndarray:
        return self._m[np.ix_([self._ia[r.index] for r in left], [self._ib[r.index] for r in right])]


def match_rows(
    rows_a: Sequence[Row],
    rows_b: Sequence[Row],
    *,
    score_cutoff: float = MATCH_CUTOFF,
    scores: Scores | None = None,
) -> list[RowMatch]:
    """One-to-one matches between two row sets, blocked by unit dimension.

    Rows without a usable unit are compared with every block of the other side. ``scores``:
    precomputed similarities covering both sets (else they are computed here).
    """
    blocks_a: dict[str, list[Row]] = defaultdict(list)
    blocks_b: dict[str, list[Row]] = defaultdict(list)
    for r in rows_a:
        if r.key:
            blocks_a[dimension(r)].append(r)
    for r in rows_b:
        if r.key:
            blocks_b[dimension(r)].append(r)
    candidates: list[tuple[float, int, int, Row, Row]] = []
    second_best: dict[int, tuple[float, Row]] = {}
    for dim, left in sorted(blocks_a.items()):
        right = list(blocks_b.get(dim, [])) if dim != "any" else [r for rs in blocks_b.values() for r in rs]
        if dim != "any":
            right += blocks_b.get("any", [])
        if not right:
            continue
        matrix = scores.block(left, right) if scores is not None else similarity_matrix(
            [r.key for r in left], [r.key for r in right]
        )
        matrix = _without_number_conflicts(matrix, left, right)
        top = np.argsort(-matrix, axis=1, kind="stable")[:, :3]
        for i, ra in enumerate(left):
            row_scores = matrix[i]
            for rank, j in enumerate(top[i]):
                s = float(row_scores[j])
                if s < score_cutoff:
                    break
                candidates.append((s, ra.index, right[j].index, ra, right[j]))
                if rank == 1:
                    second_best[ra.index] = (s, right[j])
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_a: set[int] = set()
    used_b: set[int] = set()
    matches = []
    for s, ia, ib, ra, rb in candidates:
        if ia in used_a or ib in used_b:
            continue
        used_a.add(ia)
        used_b.add(ib)
        runner = second_best.get(ia)
        ambiguous = runner[1] if runner and runner[1].index != ib and s - runner[0] < AMBIGUITY_MARGIN else None
        if ambiguous is not None and ambiguous.key == rb.key:
            ambiguous = None
        matches.append(RowMatch(ra, rb, s, ambiguous))
    matches.sort(key=lambda m: (m.a.index, m.b.index))
    return matches


def _without_number_conflicts(matrix: np.ndarray, left: Sequence[Row], right: Sequence[Row]) -> np.ndarray:
    """Scores with the pairs whose names state different quantities set to 0: "80% dịch vụ công
    ..." is not "60% hồ sơ công việc ...", nor "Trên 50% đơn vị ..." "Trên 90% đơn vị ...", however
    alike the words. Only candidates above the cutoff are looked at (few per row)."""
    out = matrix.copy()
    for i, j in zip(*np.nonzero(matrix >= MATCH_CUTOFF), strict=True):
        if numbers_conflict(left[i].indicator, right[j].indicator):
            out[i, j] = 0.0
    return out


# Words of a column header or a prose clause that make its figure one for a term (a resolution's
# period, a running total since it was issued), not for a single year.
_TERM_WORDS = ("luy ke", "tu khi ban hanh", "giai doan", "nhiem ky", "tu dau nhiem ky", "ca giai doan")
_TERM_TARGET_WORDS = ("nghi quyet", "nq dh", "de an", "muc tieu dai hoi")


def period_scope(cell: Cell, row: Row | None = None) -> str | None:
    """"term" for a figure of a resolution's term or a running total ("Ước thực hiện giai đoạn
    2021-2024", "Lũy kế thực hiện từ khi ban hành ĐA, NQ đến hết năm 2024", prose measured against
    a resolution: "97,4% tổ chức cơ sở ..., đạt 129,8% Nghị quyết"); "year" for a single year's
    figure; None when nothing says.

    Term figures and year figures are never compared with each other.
    """
    if cell.role == "ratio" and cell.divides is not None and row is not None:
        # A ratio is of the period of what it measures ("... đến hết năm 2024 so với chỉ tiêu" over a
        # "Lũy kế thực hiện ..." column), whatever OCR left of its own header. (Imported here: the
        # checks package imports this module.)
        from reconcile.engine.checks.arithmetic import operands

        num, _den = operands(row, cell)
        if num is not None and num[1].role != "ratio":
            return period_scope(num[1], row)
    if cell.period and "-" in cell.period:
        return "term"
    column = fold(cell.column)
    if any(w in column for w in _TERM_WORDS):
        return "term"
    if row is not None and row.table is None and row.context:
        clause = _clause_of(row.context, strip_markup(cell.raw))
        if clause is not None:
            folded = fold(clause)
            if any(w in folded for w in _TERM_WORDS) or any(w in folded for w in _TERM_TARGET_WORDS):
                return "term"
    if cell.period or cell.role in ("actual", "estimate", "plan"):
        return "year"
    return None


def _clause_of(sentence: str, figure: str) -> str | None:
    """The clause (between semicolons) of a sentence that prints ``figure``."""
    if not figure:
        return None
    for clause in sentence.split(";"):
        if figure in clause:
            return clause
    return None


def effective_period(cell: Cell, doc: Document | None) -> str | None:
    """A cell's period; an outcome or plan figure printed without one (prose, or a "Kết quả thực
    hiện" column) is of the report's own year. Targets without a period stay without: a
    resolution's target spans several years."""
    if cell.period:
        return cell.period
    if doc is not None and doc.period and cell.role in ("actual", "estimate", "plan"):
        return doc.period
    return None


@dataclass(frozen=True)
class ValueComparison:
    """How two printed values of the same indicator/role/period compare."""

    grade: str  # "equal", "rounding", "different", "incomparable"
    a_text: str
    b_text: str
    detail: str


def compare_values(ca: Cell, ua: str | None, cb: Cell, ub: str | None) -> ValueComparison:
    """Compare two cells with unit conversion and printed precision.

    "48" vs "48,1" -> rounding (48 stands for [47,5; 48,5]); "88,5" vs "83,9" -> different;
    "48,1 tỷ đồng" vs "48.100 triệu đồng" -> equal.
    """
    va, vb = ca.value, cb.value
    if strip_markup(va.raw).strip() == strip_markup(vb.raw).strip() and (ua or "") == (ub or ""):
        # The same characters are the same value, whatever two tables' separator styles made of
        # them ("1.250" read as 1,25 in an English-style table and as 1.250 in another).
        return ValueComparison("equal", va.raw, vb.raw, "printed alike")
    if va.kind != "number" or vb.kind != "number" or va.value is None or vb.value is None:
        return ValueComparison("incomparable", va.raw, vb.raw, "not both plain numbers")
    unit_a: Unit = parse_unit(ua or "")
    unit_b: Unit = parse_unit(ub or "")
    a, b = va.value, vb.value
    ha, hb = half_unit(va.decimals or 0), half_unit(vb.decimals or 0)
    if unit_a.dimension not in ("none", "other") and unit_b.dimension not in ("none", "other"):
        if not convertible(unit_a, unit_b):
            return ValueComparison("incomparable", va.raw, vb.raw, f"units {unit_a.canonical} and {unit_b.canonical}")
        if unit_a.canonical != unit_b.canonical:
            b = convert(b, unit_b, unit_a)
            hb = convert(hb, unit_b, unit_a)
    if a == b:
        return ValueComparison("equal", va.raw, vb.raw, "")
    if abs(a - b) <= ha + hb + 1e-9:
        return ValueComparison("rounding", va.raw, vb.raw, "equal within the printed precision")
    return ValueComparison("different", va.raw, vb.raw, f"{format_vi(a, va.decimals or 0)} vs {format_vi(b, vb.decimals or 0)}")


def cell_pairs(a: Row, b: Row, doc_a: Document | None, doc_b: Document | None) -> list[tuple[Cell, Cell]]:
    """Cells of two matched rows that print the same role class, period and scope (a term figure
    is never compared with a year's), one pair per class/period."""
    index: dict[tuple[str, str | None, str | None], Cell] = {}
    for cb in b.cells:
        cls = _ROLE_CLASS.get(cb.role)
        if cls is None or cls == "ratio":
            continue
        period = effective_period(cb, doc_b)
        if period is None and cb.column_index is None:
            continue
        index.setdefault((cls, period, period_scope(cb, b)), cb)
    pairs = []
    seen: set[tuple[str, str | None, str | None]] = set()
    for ca in a.cells:
        cls = _ROLE_CLASS.get(ca.role)
        if cls is None or cls == "ratio":
            continue
        key = (cls, effective_period(ca, doc_a), period_scope(ca, a))
        # Without a period, only table targets/plans compare (a resolution's "Chỉ tiêu" column):
        # prose figures without a year could be of any year.
        if key[1] is None and (cls not in ("target", "plan") or ca.column_index is None):
            continue
        if key in seen or key not in index:
            continue
        seen.add(key)
        pairs.append((ca, index[key]))
    return pairs
