"""Diff of two versions of one report: changed cells, added and removed indicators.

Rows are the same row when their indicator's normal form is unchanged (and, for repeated
names, in the same order within the same section); rows whose name could not be read are
aligned on their section path, unit, values and order (``align_without_names``), so an unreadable
name never makes every cell of its row a change. A value printed differently but equal
("41.100" vs "41100", "48,10" vs "48.1", "48,1 tỷ đồng" vs "48.100 triệu đồng") is not a change.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from extractor.model import Cell, Document, Row
from normalizers.names import MATCH_CUTOFF, similarity
from normalizers.units import convert, convertible, parse_unit


@dataclass(frozen=True)
class Change:
    """One cell whose value differs between two versions of a report."""

    indicator: str
    key: str
    column: str
    role: str
    period: str | None
    old: str
    new: str
    old_value: float | None
    new_value: float | None
    section: str | None = None
    old_line: int | None = None
    new_line: int | None = None
    old_page: int | None = None
    new_page: int | None = None


@dataclass(frozen=True)
class Diff:
    """Two versions of one report compared.

    old, new:  the two documents.
    changes:   every cell whose value differs, in the old version's row order.
    added:     rows only in the new version; ``removed``: rows only in the old one.
    renamed:   (removed, added) pairs whose names are close enough to be one row renamed.
    """

    old: Document
    new: Document
    changes: tuple[Change, ...]
    added: tuple[Row, ...]
    removed: tuple[Row, ...]
    renamed: tuple[tuple[Row, Row], ...] = ()


def _comparable(cell: Cell, unit: str | None) -> tuple[str, float | None, float | None, float | None, str | None]:
    """A cell's value in its unit's base (so units that convert compare equal)."""
    v = cell.value
    u = parse_unit(unit or "")
    def base(x: float | None) -> float | None:
        if x is None:
            return None
        if u.dimension not in ("none", "other", "count", "percent", "permille") and convertible(u, u):
            return round(x * u.scale, 9)
        return round(x, 9)
    return (v.kind, base(v.value), base(v.low), base(v.high), v.label or (v.raw.strip() if v.kind == "unparsed" else None))


def _same_value(a: Cell, ua: str | None, b: Cell, ub: str | None) -> bool:
    unit_a, unit_b = parse_unit(ua or ""), parse_unit(ub or "")
    if a.value.kind == b.value.kind == "number" and a.value.value is not None and b.value.value is not None:
        if unit_a.canonical != unit_b.canonical and convertible(unit_a, unit_b):
            return abs(convert(b.value.value, unit_b, unit_a) - a.value.value) < 1e-9 * max(1.0, abs(a.value.value))
        return abs(a.value.value - b.value.value) < 1e-9 * max(1.0, abs(a.value.value))
    if a.value.kind == b.value.kind == "fraction":
        return (a.value.value, a.value.den) == (b.value.value, b.value.den)
    return _comparable(a, ua) == _comparable(b, ub)


def _cell_id(cell: Cell) -> tuple[str, str | None, int]:
    return (cell.role, cell.period, cell.column_index if cell.column_index is not None else -1)


def _same_table_and_section(a: Row, b: Row) -> bool:
    return a.table == b.table and a.section == b.section


def _same_table(a: Row, b: Row) -> bool:
    return a.table == b.table


def _anywhere(a: Row, b: Row) -> bool:
    return True


def _align(old: list[Row], new: list[Row]) -> tuple[list[tuple[Row, Row]], list[Row], list[Row]]:
    by_key_new: dict[tuple[str, str], list[Row]] = defaultdict(list)
    for r in new:
        by_key_new[(r.key, "prose" if r.table is None else "table")].append(r)
    # A name printed in several tables (one indicator in BIỂU 01 and in BIỂU 02) pairs within its
    # own table first: a row renamed in one table must not take its namesake from another table,
    # which would leave that table's row removed and report every cell of two rows as changed.
    # Rows of the same name in one table pair in order, within their section first.
    paired: dict[int, Row] = {}
    for same_place in (_same_table_and_section, _same_table, _anywhere):
        for r in old:
            if id(r) in paired or not (r.key or r.table is None):
                continue
            bucket = by_key_new.get((r.key, "prose" if r.table is None else "table"), [])
            pick = next((x for x in bucket if same_place(r, x)), None)
            if pick is not None:
                bucket.remove(pick)
                paired[id(r)] = pick
    pairs = [(r, paired[id(r)]) for r in old if id(r) in paired]
    removed = [r for r in old if id(r) not in paired]
    added = [r for rs in by_key_new.values() for r in rs]
    added.sort(key=lambda r: r.index)
    # Rows whose name could not be read (an empty key) cannot be aligned by name: align them on
    # what else they print, or they would all pair with the first nameless row of the other side.
    nameless_old = [r for r in removed if not r.key and r.table is not None]
    nameless_new = [r for r in added if not r.key and r.table is not None]
    if nameless_old and nameless_new:
        extra = align_without_names(nameless_old, nameless_new)
        paired_old = {id(a) for a, _ in extra}
        paired_new = {id(b) for _, b in extra}
        pairs += extra
        removed = [r for r in removed if id(r) not in paired_old]
        added = [r for r in added if id(r) not in paired_new]
    return pairs, removed, added


def _value_share(a: Row, b: Row) -> float:
    """Share of the cells of the fuller row that the other prints with the same value."""
    if not a.cells and not b.cells:
        return 0.0
    by_id = {_cell_id(c): c for c in b.cells}
    same = sum(1 for c in a.cells if (o := by_id.get(_cell_id(c))) is not None and _same_value(c, a.unit, o, b.unit))
    return same / max(len(a.cells), len(b.cells))


def _row_affinity(a: Row, b: Row, pos_a: float, pos_b: float) -> float:
    """How likely two nameless rows are one row: STT and section path, unit, values, position."""
    score = 0.0
    if a.section and a.section == b.section:
        score += 1.0
    if (a.unit or "") == (b.unit or ""):
        score += 0.25
    score += 2.0 * _value_share(a, b)
    score -= abs(pos_a - pos_b)
    return score


def align_without_names(old: list[Row], new: list[Row], *, cutoff: float = 1.0) -> list[tuple[Row, Row]]:
    """Pair rows that have no readable name, table by table, in printed order.

    Each pair is scored on its section path (the STT), unit, the share of values printed the same
    and how far apart the rows sit in their tables (a dynamic-programming alignment keeps the
    order); pairs scoring below ``cutoff`` are not the same row (one removed, one added). A diff
    then reports the cells that changed, never a nameless row's every cell.
    """
    pairs: list[tuple[Row, Row]] = []
    tables = sorted({r.table for r in old if r.table is not None} | {r.table for r in new if r.table is not None})
    for table in tables:
        xs = [r for r in old if r.table == table]
        ys = [r for r in new if r.table == table]
        if not xs or not ys:
            continue
        n, m = len(xs), len(ys)
        score = [[_row_affinity(x, y, i / n, j / m) for j, y in enumerate(ys)] for i, x in enumerate(xs)]
        best = [[0.0] * (m + 1) for _ in range(n + 1)]
        for i in range(n - 1, -1, -1):
            for j in range(m - 1, -1, -1):
                take = score[i][j] + best[i + 1][j + 1] if score[i][j] >= cutoff else float("-inf")
                best[i][j] = max(take, best[i + 1][j], best[i][j + 1])
        i = j = 0
        while i < n and j < m:
            if score[i][j] >= cutoff and best[i][j] == score[i][j] + best[i + 1][j + 1]:
                pairs.append((xs[i], ys[j]))
                i, j = i + 1, j + 1
            elif best[i][j] == best[i + 1][j]:
                i += 1
            else:
                j += 1
    return pairs


def _header_read(cell: Cell) -> int:
    return (cell.role != "other") + (cell.period is not None)


def _change(row: Row, old: Cell | None, new: Cell | None) -> Change:
    """One changed cell; a side that was blank has empty text and no value. Its column is
    described as the version whose header was read better names it (a role, then a period)."""
    cell = old or new
    assert cell is not None
    if old is not None and new is not None and _header_read(new) > _header_read(old):
        cell = new
    return Change(
        indicator=row.indicator,
        key=row.key,
        column=cell.column,
        role=cell.role,
        period=cell.period,
        old=old.raw if old else "",
        new=new.raw if new else "",
        old_value=old.value.value if old else None,
        new_value=new.value.value if new else None,
        section=row.section,
        old_line=old.provenance.line if old else None,
        new_line=new.provenance.line if new else None,
        old_page=old.provenance.page if old else None,
        new_page=new.provenance.page if new else None,
    )


# A column is taken for another version's column by what the rows they share print there when at
# least this many of those rows print the same value in both.
MIN_COLUMN_AGREEMENT = 2


def align_columns(pairs: list[tuple[Row, Row]]) -> dict[tuple[int, int], dict[int, int]]:
    """For each pair of tables (old table, new table), which new column each old column is.

    Two versions print the same columns; a header read otherwise in one of them ("Năm 2025" taken
    for a column of its own on a short page, a group title lost) gives them other roles, periods
    or texts, and matched by header every cell of the table would be a change. The rows both
    versions share print mostly the same values in the same columns: each old column goes to the
    new column with which it agrees in the most rows (at least ``MIN_COLUMN_AGREEMENT``), ties
    to the one of the same header, role and period, then position; one new column each.
    """
    agree: dict[tuple[int, int], dict[tuple[int, int], int]] = defaultdict(lambda: defaultdict(int))
    meta: dict[tuple[int, int], dict[tuple[int, int], tuple[bool, bool, bool]]] = defaultdict(dict)
    for a, b in pairs:
        if a.table is None or b.table is None:
            continue
        tables = (a.table, b.table)
        for ca in a.cells:
            if ca.column_index is None or ca.value.kind == "blank":
                continue
            for cb in b.cells:
                if cb.column_index is None:
                    continue
                key = (ca.column_index, cb.column_index)
                if key not in meta[tables]:
                    meta[tables][key] = (ca.column == cb.column, (ca.role, ca.period) == (cb.role, cb.period),
                                         ca.column_index == cb.column_index)
                if _same_value(ca, a.unit, cb, b.unit):
                    agree[tables][key] += 1
    out: dict[tuple[int, int], dict[int, int]] = {}
    for tables, counts in agree.items():
        ranked = sorted(
            (k for k, n in counts.items() if n >= MIN_COLUMN_AGREEMENT),
            key=lambda k: (-counts[k], *(not x for x in meta[tables][k])),
        )
        mapping: dict[int, int] = {}
        used: set[int] = set()
        for i, j in ranked:
            if i not in mapping and j not in used:
                mapping[i] = j
                used.add(j)
        out[tables] = mapping
    return out


def documents_to_diff(old: Document, new: Document) -> Diff:
    """Changes between two versions: every cell whose value differs (ratios included).

    Cells are compared column by column as ``align_columns`` pairs the columns of the two
    versions' tables; a column it cannot pair by values is matched by header, role and period.
    """
    pairs, removed, added = _align(list(old.rows), list(new.rows))
    columns = align_columns(pairs)
    changes: list[Change] = []
    for a, b in pairs:
        cells_b = {_cell_id(c): c for c in b.cells}
        by_header_b = {(c.role, c.period, c.column): c for c in b.cells}
        by_index_b = {c.column_index: c for c in b.cells if c.column_index is not None}
        by_place_b: dict[tuple[str, int | None], Cell] = {(c.column, c.column_index): c for c in b.cells}
        by_role_place_b: dict[tuple[str, int | None], Cell] = {(c.role, c.column_index): c for c in b.cells}
        mapping = columns.get((a.table, b.table), {}) if a.table is not None and b.table is not None else {}
        mapped_to = set(mapping.values())
        seen_b: set[int] = set()
        for ca in a.cells:
            if ca.column_index in mapping:
                cb = by_index_b.get(mapping[ca.column_index])
            else:
                # Few shared rows to tell: the same header, or the same place and role (a period
                # read in one version only: "Tỷ lệ (%)" divides 2024 figures, or nothing known).
                cb = by_header_b.get((ca.role, ca.period, ca.column)) or cells_b.get(_cell_id(ca))
                if cb is None and ca.column_index is not None:
                    cb = by_place_b.get((ca.column, ca.column_index)) or by_role_place_b.get((ca.role, ca.column_index))
                if cb is not None and cb.column_index in mapped_to:
                    cb = None  # that column is another old column's
            if cb is not None:
                seen_b.add(id(cb))
                if _same_value(ca, a.unit, cb, b.unit):
                    continue
            changes.append(_change(a, ca, cb))
        # A value printed where the old version left the cell blank is a change too.
        changes.extend(_change(a, None, cb) for cb in b.cells if id(cb) not in seen_b)
    renamed = []
    for r in removed:
        best = max(added, key=lambda x: similarity(r.key, x.key), default=None)
        if best is not None and similarity(r.key, best.key) >= MATCH_CUTOFF:
            renamed.append((r, best))
    return Diff(old=old, new=new, changes=tuple(changes), added=tuple(added), removed=tuple(removed), renamed=tuple(renamed))
