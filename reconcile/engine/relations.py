"""The arithmetic a document's running text states, as explicit relations over its printed cells.

The extractor says what a prose figure is computed from in the contract's shape: ``Cell.divides``
(two figures of the same row), ``Cell.refs`` (figures of other rows), ``Row.parent`` and
``Row.partition`` (a total and its parts), a share cell in a part (the share of its parent's
figure), ``Cell.items`` (the names a count counts). ``document_relations`` reads that shape back
into one ``Relation`` per recomputable statement, with the roles an auditor would name:

    "diện tích 532,2 km2; số dân 43.846 người; mật độ dân số 82,0 người/km2"
    -> Relation("per_capita", result=<82,0>, figures=(("total", <43.846>), ("base", <532,2>), ("rate", <82,0>)))

The checks judge these relations and the prose benchmark (benchmarks/score_prose.py) compares
them with the hand-read truth, so both see the same reading of the text.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction

from extractor.model import Cell, Document, Row
from normalizers.index_words import INDEX_VERB_FOLDED, says_index
from normalizers.places import COMMUNE_KINDS
from normalizers.quantities import conversion_factor, is_count_unit, same_quantity, stock_unit
from normalizers.text import fold

Ref = tuple[int, int]  # (Row.index, position in Row.cells)

# Kinds, with the roles their figures take (the prose truth's names, golden/prose/README.md).
KIND_ROLES: dict[str, tuple[str, ...]] = {
    "ratio": ("actual", "plan", "ratio"),
    "growth": ("current", "base", "rate"),
    "avg_growth": ("start", "end", "rate"),
    "share": ("part", "total", "share"),
    "shares_sum": ("term",),
    "range_shares_sum": ("range",),
    "partition": ("total", "part"),
    "subset": ("total", "part"),
    "count_sum": ("total", "part"),
    "count_list": ("count",),
    "difference": ("minuend", "subtrahend", "difference"),
    "times": ("numerator", "denominator", "factor"),
    "per_capita": ("total", "base", "rate"),
}
VALUE_ROLES = ("target", "plan", "actual", "estimate", "other")
_DOWN = ("giam", "thap hon", "it hon", "sut")
# A ratio's column that compares with an earlier period ("bằng % so với cùng kỳ năm 2021", "bằng % năm trước")
# "bằng 125% năm 2006": a percentage that governs a year itself (no plan word between) is an index on it
# ("so năm 2021": "so" for "so với", as reports print it)
_EARLIER_PERIOD_RE = re.compile(r"(?<![a-z])(?:cung ky|nam truoc|ky truoc|so voi nam|so nam (?:truoc|(?:19|20)\d\d)"
                                rf"|(?:{INDEX_VERB_FOLDED}) %\s*nam (?:19|20)\d\d)(?![a-z])")


@dataclass(frozen=True)
class Relation:
    """One recomputable statement of the running text.

    kind:    see ``KIND_ROLES``.
    figures: (role, cell) pairs in the kind's order; list roles ("part", "term", "range") repeat.
    result:  the printed figure the others recompute (ratio, rate, share, total, count); None for
             a sum of shares, whose result is the fixed ``target``.
    signs:   for "shares_sum", +1 or −1 per term (changes of shares: "giảm 0,46%" is −0,46).
    target:  100 for shares that cover a whole, 0 for their changes.
    form:    for growth, "increase", "decrease" or "index" ("bằng 104,29% năm 2010").
    scale:   unit conversion the arithmetic needs (ha over km²: 0,01; tấn/ha to tạ/ha: 10; a growth's
             current level in tỷ đồng over its base in triệu đồng: 1.000).
    years:   for "avg_growth", the number of years between its two figures.
    items:   for "count_list", the names counted.
    how:     the words that made it this kind ("gồm", "sector triplet", "trong đó ... và").
    """

    kind: str
    figures: tuple[tuple[str, Ref], ...]
    result: Ref | None
    signs: tuple[int, ...] = ()
    target: Fraction | None = None
    form: str | None = None
    scale: Fraction = Fraction(1)
    years: int | None = None
    items: tuple[str, ...] = ()
    how: str = ""

    def refs(self, role: str | None = None) -> tuple[Ref, ...]:
        """The cells of one role (all cells when None), in order."""
        return tuple(ref for r, ref in self.figures if role is None or r == role)

    @property
    def key(self) -> str:
        """A stable name for the relation within its document: kind and cells ("share:4.0,0.0,4.1")."""
        return relation_key(self.kind, [ref for _, ref in self.figures])


def relation_key(kind: str, refs: list[Ref] | tuple[Ref, ...]) -> str:
    """ "sum:3.0,4.0,5.0": what a finding names as the relation it judged (its ``relation`` field), so
    a reader (and the prose benchmark) can tell which statement of the text it is about."""
    return f"{kind}:" + ",".join(f"{r}.{p}" for r, p in refs)


def relation_refs(key: str) -> frozenset[Ref] | None:
    """The cells a ``relation_key`` names ("sum:3.0,4.0" -> {(3, 0), (4, 0)}), or None for a key
    that is not one."""
    if ":" not in key:
        return None
    refs: set[Ref] = set()
    for part in key.partition(":")[2].split(","):
        r, _, p = part.partition(".")
        if not (r.isdigit() and p.isdigit()):
            return None
        refs.add((int(r), int(p)))
    return frozenset(refs)


def cell_at(doc_rows: dict[int, Row], ref: Ref) -> Cell | None:
    """The cell ``ref`` points at, or None when its row or position is not in ``doc_rows``."""
    row = doc_rows.get(ref[0])
    if row is None or not 0 <= ref[1] < len(row.cells):
        return None
    return row.cells[ref[1]]


def is_count(row: Row, cell: Cell) -> bool:
    """A figure counting discrete things (people, households, communes, targets): exact, no rounding.

    >>> from normalizers.numbers import parse_value
    >>> is_count(Row("d", 0, "dân số", "dan so", (), unit="người"), Cell("thực hiện", "actual", parse_value("100.357")))
    True
    """
    v = cell.value
    if v.kind not in ("number", "fraction") or v.value is None or v.decimals or v.percent:
        return False
    if v.value != int(v.value):
        return False
    return is_count_unit(row.unit)


def _growth_form(cell: Cell) -> str:
    words = " " + re.sub(r"[^a-z0-9]+", " ", fold(cell.column)) + " "
    if any(f" {w} " in words for w in _DOWN):
        return "decrease"
    # "tương đương 94,95%" says "bằng" in other words
    if says_index(words) and " tang " not in words:
        return "index"  # "giảm từ 1.998,5 ha xuống 1.897,5 ha, bằng 94,95%": the later level over the earlier
    return "increase"


def _quotient(row: Row, pos: int, cell: Cell, num: Ref, den: Ref, rows: dict[int, Row]) -> Relation | None:
    a, b = cell_at(rows, num), cell_at(rows, den)
    if a is None or b is None:
        return None
    out = (row.index, pos)
    rel = cell.relation
    if rel in ("share", "ratio") and _printed_fraction(num, den, b):
        # "09/15 chỉ tiêu vượt, chiếm 60%", "có 18/22 xã …, bằng 81,8%", "58,9% (66/112 thôn)": the
        # percentage of a fraction printed "a/b" is what was done over what was due, a ratio, whichever
        # verb governs it ("chiếm" too); the share of a whole is a part printed apart from its total
        return Relation("ratio", (("actual", num), ("plan", den), ("ratio", out)), out)
    if rel == "share":
        return Relation("share", (("part", num), ("total", den), ("share", out)), out,
                        scale=_share_scale(rows[num[0]].unit, rows[den[0]].unit))
    # a level and its earlier level printed in units that convert ("1.200 tỷ đồng, tăng 20% so với năm
    # 2022 (1.000.000 triệu đồng)"): the quotient is taken in one unit, as a share's is
    level_scale = _share_scale(rows[num[0]].unit, rows[den[0]].unit)
    if rel == "times":
        return Relation("times", (("numerator", num), ("denominator", den), ("factor", out)), out, scale=level_scale)
    if rel == "per_capita":
        scale = per_capita_scale(rows[num[0]].unit, rows[den[0]].unit, row.unit)
        return Relation("per_capita", (("total", num), ("base", den), ("rate", out)), out, scale=scale or Fraction(1))
    if rel == "growth":
        return Relation("growth", (("current", num), ("base", den), ("rate", out)), out, form=_growth_form(cell),
                        scale=level_scale)
    if rel == "avg_growth":
        years = _years(a, b)
        words = fold(cell.column)
        if says_index(words):
            form = "index"  # "bằng 105,12% năm trước", "tương đương 105,12% năm trước"
        elif re.search(r"(?<![a-z])(?:tang|giam)(?![a-z])", words):
            form = _growth_form(cell)  # "tăng bình quân 50,3%/năm" is a change, however large
        else:
            form = "index" if cell.value.value is not None and cell.value.value > 50 else _growth_form(cell)
        return Relation("avg_growth", (("start", den), ("end", num), ("rate", out)), out, form=form, years=years,
                        scale=level_scale)
    if rel == "difference":
        if a.value.value is not None and b.value.value is not None and a.value.value < b.value.value:
            num, den = den, num  # the check takes |a − b|: the larger figure is the one the other two make up
        return Relation("difference", (("minuend", num), ("subtrahend", den), ("difference", out)), out,
                        scale=_difference_scale(rows[num[0]].unit, rows[den[0]].unit, row.unit))
    # a ratio: against a plan or target it is "đạt ... % kế hoạch"; against an earlier figure, a growth index
    if b.role in ("plan", "target"):
        return Relation("ratio", (("actual", num), ("plan", den), ("ratio", out)), out)
    if b.role == "other" and a.role != "other" and b.column in ("tổng số",):
        return Relation("share", (("part", num), ("total", den), ("share", out)), out)
    if (b.period and a.period and b.period != a.period) or _EARLIER_PERIOD_RE.search(fold(cell.column)):
        # "được 40,154 tỷ đồng, bằng 72,89% so với cùng kỳ năm 2021": the words that govern the percentage
        # name an earlier period, not a plan; its base is the figure of that period, an index of growth
        return Relation("growth", (("current", num), ("base", den), ("rate", out)), out, form="index",
                        scale=level_scale)
    return Relation("ratio", (("actual", num), ("plan", den), ("ratio", out)), out)


def _printed_fraction(num: Ref, den: Ref, b: Cell) -> bool:
    """``num`` and ``den`` are the two sides of one figure printed "a/b": the extractor splits such a
    count into its numerator, kept in place, and a "tổng số" cell of the same row for its whole
    (``prose_groups.LineWalker._split_count``, ``prose_wholes.numerator``)."""
    return num[0] == den[0] and b.role == "other" and b.column == "tổng số"


def _years(a: Cell, b: Cell) -> int | None:
    ya, yb = _year(a.period), _year(b.period)
    if ya is None or yb is None or ya == yb:
        return None
    return abs(ya - yb)


def _year(period: str | None) -> int | None:
    if not period:
        return None
    m = re.search(r"(\d{4})\s*$", period)
    return int(m.group(1)) if m else None


def per_capita_scale(total_unit: str | None, base_unit: str | None, rate_unit: str | None) -> Fraction | None:
    """What turns total / base into the printed rate's unit, or None when the units do not say.

    ``"người", "ha", "người/km2"`` -> 100 (a hectare is a hundredth of a km²); ``"tấn", "ha",
    "tạ/ha"`` -> 10.
    """
    if not rate_unit:
        return Fraction(1)
    # "6 tạ trở lên/ha/vụ" keeps only "tạ" as its row's unit: the total still converts to it
    num_unit, _, den_unit = rate_unit.partition("/")
    factor = Fraction(1)
    for side, (printed, wanted) in enumerate(((stock_unit(total_unit), num_unit), (base_unit, den_unit))):
        if not printed or not wanted:
            continue
        f = _conversion(printed, wanted.split("/")[0])
        if f is None:
            continue
        factor = factor * f if side == 0 else factor / f
    return factor


def _share_scale(part_unit: str | None, total_unit: str | None) -> Fraction:
    """What turns part / total into a share when the two are printed in units that convert: "32.880,16
    ha, chiếm 17,9%" of "1.841,86 km2" is 32.880,16 · 0,01 / 1.841,86 = 17,85 % (1 when alike)."""
    if not part_unit or not total_unit:
        return Fraction(1)
    factor = _conversion(part_unit, total_unit)
    return factor if factor is not None else Fraction(1)


def _difference_scale(a_unit: str | None, b_unit: str | None, change_unit: str | None) -> Fraction:
    """What turns two levels' difference into the unit its change is printed in: "3.282 tỷ đồng" and
    "2.260 tỷ đồng", "tăng 1,02 nghìn tỷ đồng" is (3.282 − 2.260) · 0,001 = 1,022; "12,5 km2" and "13,1
    km2", "tăng 60 ha" is 0,6 · 100 = 60 (1 when alike, or when the two levels would convert differently)."""
    if not a_unit or not b_unit or not change_unit:
        return Fraction(1)
    fa, fb = _conversion(a_unit, change_unit), _conversion(b_unit, change_unit)
    return fa if fa is not None and fa == fb else Fraction(1)


def _conversion(printed: str, wanted: str) -> Fraction | None:
    if not printed.strip() or not wanted.strip():
        return None
    return conversion_factor(printed.strip(), wanted.strip())


def _row_relations(row: Row, rows: dict[int, Row]) -> list[Relation]:
    out: list[Relation] = []
    for pos, cell in enumerate(row.cells):
        if cell.relation == "count_list":
            out.append(Relation("count_list", (("count", (row.index, pos)),), (row.index, pos), items=cell.items))
            continue
        if cell.refs and len(cell.refs) == 2:
            rel = _quotient(row, pos, cell, cell.refs[0], cell.refs[1], rows)
        elif cell.divides is not None and (cell.relation is not None or cell.role == "ratio"):
            a, b = cell.divides
            rel = _quotient(row, pos, cell, (row.index, a), (row.index, b), rows)
        else:
            rel = None
        if rel is not None:
            out.append(rel)
    return out


def _children(doc: Document) -> dict[tuple[int, int | None], list[Row]]:
    """Each parent's lists of children (``Row.breakdown`` tells them apart)."""
    kids: dict[tuple[int, int | None], list[Row]] = defaultdict(list)
    for row in doc.rows:
        if row.parent is not None:
            kids[(row.parent, row.breakdown)].append(row)
    return kids


def _value_cells(row: Row) -> list[tuple[int, Cell]]:
    return [(i, c) for i, c in enumerate(row.cells) if c.role in VALUE_ROLES and c.value.kind in ("number", "comparator")
            and c.relation not in ("share", "share_change")]


def fraction_wholes(row: Row) -> list[tuple[int, Cell]]:
    """A count printed as a fraction in running text is the whole of the parts listed under it by its
    numerator: "cả 35/35 chỉ tiêu đều đạt và vượt kế hoạch (23 chỉ tiêu vượt, 12 chỉ tiêu đạt)" -> 23 + 12 =
    35 (a fraction's value is its numerator; what its denominator counts is the fraction's own relation)."""
    return [(i, c) for i, c in enumerate(row.cells) if c.role in VALUE_ROLES and c.value.kind == "fraction"
            and c.value.value is not None and c.value.percent is None]


def _one_count_twice(parent_cells: list[tuple[int, Cell]], part: Cell, ppos: int) -> bool:
    """Whether a whole's cells are one count printed twice ("39/39" read as two cells) of which ``ppos`` is
    the first, and none of them is in the part's role family (no cell would match the part by role)."""
    values = {c.value.value for _, c in parent_cells}
    return (len(parent_cells) == 2 and len(values) == 1 and None not in values and ppos == parent_cells[0][0]
            and all(_role_family(c.role) != _role_family(part.role) for _, c in parent_cells))


def _role_family(role: str) -> str:
    return "actual" if role in ("actual", "estimate") else role


def _column_key(cell: Cell) -> tuple[str, str | None]:
    return (cell.role, cell.period)


def list_is_partition(parent: Row, kids: Sequence[Row]) -> bool:
    """Whether one list of ``parent``'s parts must add up to it: ``Row.partition``, except that a list of
    one part read from running text is a subset whatever the whole's other lists are (its sectors a
    partition, a share of it one part more: "5.017 tỷ đồng; trong đó công nghiệp …, dịch vụ …, nông
    nghiệp …. … trên 41,5 tỷ đồng, chiếm …")."""
    return parent.partition and not (parent.table is None and len(kids) == 1 and not _one_kind_of_unit(parent, kids[0]))


def _one_kind_of_unit(parent: Row, kid: Row) -> bool:
    """A count of every administrative unit made of one kind: "21 đơn vị hành chính cấp xã trực thuộc, bao gồm 21
    xã: …" (the extractor marks it a partition only after "gồm", ``extractor.prose_wholes.one_kind_of_unit``)."""
    return parent.unit == "đơn vị" and kid.unit in COMMUNE_KINDS


# changes of a figure, not levels: they add up over a partition, but bound nothing over a subset
CHANGE_RELATIONS = ("difference", "growth")


def _sum_relations(parent: Row, kids: list[Row]) -> list[Relation]:
    """A total and its parts, one relation per value column the parent and every part print."""
    out: list[Relation] = []
    kids_by_index = {k.index: k for k in kids}
    parent_cells = _value_cells(parent) or (fraction_wholes(parent) if parent.table is None else [])
    for ppos, pcell in parent_cells:
        parts: list[Ref] = []
        for kid in kids:
            cells = _value_cells(kid)
            match = next((i for i, c in cells if _column_key(c) == _column_key(pcell)), None)
            if match is None:
                # "ước 1.810 tỷ đồng, gồm công nghiệp 780 ...": an estimate's parts printed as plain figures
                family = [i for i, c in cells if _role_family(c.role) == _role_family(pcell.role)]
                if len(family) == 1:
                    match = family[0]
            if match is None and len(cells) == 1 and len(parent_cells) == 1:
                match = cells[0][0]
            if match is None and len(cells) == 1 and _one_count_twice(parent_cells, cells[0][1], ppos):
                # "còn theo kế hoạch riêng của huyện, 39/39 chỉ tiêu đều đạt và vượt kế hoạch, trong đó: 26 chỉ
                # tiêu vượt, 13 chỉ tiêu đạt": a count printed as N/N holds one figure in two cells, whatever role
                # the words before it gave them; its parts are parts of its first
                match = cells[0][0]
            if match is None:
                break
            parts.append((kid.index, match))
        else:
            if not parts:
                continue
            if list_is_partition(parent, kids):
                counts = is_count(parent, pcell) and all(is_count(k, k.cells[p]) for k, (_, p) in zip(kids, parts, strict=True))
                kind = "count_sum" if counts else "partition"
            elif pcell.relation in CHANGE_RELATIONS:
                # "5.775 xã (tăng 160 xã …), trong đó 764 xã nâng cao (tăng 261 xã …)": a whole's change is net of
                # what its other parts lost, so some of its parts may grow by more than it did
                continue
            else:
                kind = "subset"
            figures = (("total", (parent.index, ppos)), *(("part", ref) for ref in parts))
            units = {kids_by_index[r].unit for r, _ in parts}
            scale = Fraction(1)
            if len(units) == 1:
                factor = _conversion(units.pop() or "", parent.unit or "") if parent.unit else None
                scale = factor if factor is not None else Fraction(1)
            out.append(Relation(kind, figures, (parent.index, ppos), scale=scale))
    return out


def part_scales(rel: Relation, rows: dict[int, Row]) -> tuple[Fraction | None, ...]:
    """For a total whose parts are printed in different units, what converts each part into the
    total's unit; () when the parts share one unit (``Relation.scale`` converts them). Read from the
    rows, so a relation another reading changed a part of is converted by its own parts.

    "1,9 nghìn tỷ đồng, trong đó … 1,2 nghìn tỷ đồng, … 762 tỷ đồng" -> (1, 1/1000); None for a part
    that does not convert ("ha" under "tỷ đồng"): that sum cannot be checked.
    """
    refs = rel.refs("part")
    totals = rel.refs("total")
    if not refs or not totals or any(r not in rows for r, _ in (*refs, *totals)):
        return ()
    units = [rows[r].unit for r, _ in refs]
    if len(set(units)) == 1:
        return ()
    return _part_scales(units, rows[totals[0][0]].unit)


def _part_scales(part_units: list[str | None], total_unit: str | None) -> tuple[Fraction | None, ...]:
    """What converts each part into the total's unit when the parts are printed in different units.

    ``["triệu đồng", "tỷ đồng"], "tỷ đồng"`` -> (1/1000, 1); ``["ha", "tấn"], "ha"`` -> (1, None).
    Counts of different nouns add up as things ("14 đơn vị hành chính, gồm 12 xã và 2 thị trấn"). A
    total printed without a unit takes its parts' only when they all agree at scale 1 ("người",
    "nhân khẩu"): "tổng vốn 2.000, gồm 800 triệu đồng và 1,2 tỷ đồng" says not which of the two it is in.
    """
    target = total_unit or next((u for u in part_units if u), None)
    out: list[Fraction | None] = []
    for unit in part_units:
        factor = conversion_factor(unit, target)
        if factor is None and is_count_unit(unit) and is_count_unit(target):
            factor = Fraction(1)
        out.append(factor if total_unit or factor == 1 else None)
    return tuple(out)


def _share_relations(parent: Row, kids: list[Row], elsewhere: dict[Ref, tuple[Ref, Ref]] | None = None) -> list[Relation]:
    """Shares of a parent's figure: "dân số 100.357 người; trong đó thành thị 55.742 người (55,54%)".
    ``elsewhere``: a part's figure -> (its share printed in another row, the share's whole), for a part
    restated in another unit before its share ("hộ nghèo 6.930 hộ, 35.695 khẩu (chiếm 41,96%)")."""
    elsewhere = elsewhere or {}
    out: list[Relation] = []
    totals = _value_cells(parent)
    shares: list[Ref] = []
    changes: list[tuple[Ref, int]] = []
    siblings = {k.index for k in kids}
    for kid in kids:
        # a share printed in this row but of a sibling's figure ("600 tỷ đồng và 400 tỷ đồng, chiếm 60% và 40%":
        # 60 % stands in 400's row and is 600's) is that sibling's, found through ``elsewhere``
        share = [(i, c) for i, c in enumerate(kid.cells) if c.relation == "share" and c.divides is None
                 and not (c.refs and c.refs[0][0] != kid.index and c.refs[0][0] in siblings)]
        change = [(i, c) for i, c in enumerate(kid.cells) if c.relation == "share_change"]
        far = next((elsewhere[(kid.index, i)] for i in range(len(kid.cells)) if (kid.index, i) in elsewhere), None)
        if not share and far is not None and far[1][0] == parent.index:
            shares.append(far[0])  # recomputed with its own part and whole (``_row_relations``)
            continue
        if not parent.cells and share:
            # shares of an unprinted whole ("cơ cấu"): every share of every part is a term
            shares.extend((kid.index, i) for i, _ in share)
            changes.extend(((kid.index, i), -1 if _growth_form(c) == "decrease" else 1) for i, c in change)
            continue
        if len(share) != 1:
            shares = []
            break
        spos, _scell = share[0]
        if _scell.refs and len(_scell.refs) == 2 and _scell.refs[1][0] != parent.index:
            # "công nghiệp … (chiếm 54,54% tổng giá trị sản xuất)" under "công nghiệp, xây dựng 7.202,47 tỷ
            # đồng": a share of a total above the parent's, so the shares do not add up to 100 % of it
            shares = []
            break
        shares.append((kid.index, spos))
        if len(change) == 1:
            changes.append(((kid.index, change[0][0]), -1 if _growth_form(change[0][1]) == "decrease" else 1))
        if _scell.refs:
            continue  # its whole is named by the extractor (``_row_relations``)
        values = _value_cells(kid)
        if totals and values and same_quantity(parent.unit, kid.unit):
            part = values[0]
            total = next(((i, c) for i, c in totals if c.period == part[1].period), totals[0])
            out.append(Relation("share", (("part", (kid.index, part[0])), ("total", (parent.index, total[0])),
                                          ("share", (kid.index, spos))), (kid.index, spos),
                                scale=_share_scale(kid.unit, parent.unit)))
    if len(shares) >= 2:
        if parent.partition:
            out.append(_shares_sum(shares, [1] * len(shares), Fraction(100)))
            if len(changes) == len(shares):
                out.append(_shares_sum([r for r, _ in changes], [s for _, s in changes], Fraction(0)))
        else:
            out.append(_shares_sum(shares, [1] * len(shares), Fraction(100), form="at_most"))
    return out


def _shares_sum(refs: list[Ref], signs: list[int], target: Fraction, *, form: str | None = None) -> Relation:
    """Shares of one whole: they add up to ``target`` (100, or 0 for their changes), or with form
    "at_most" (shares of some of the parts) cannot exceed it."""
    return Relation("shares_sum", tuple(("term", r) for r in refs), None, signs=tuple(signs), target=target, form=form)


def document_relations(doc: Document) -> tuple[Relation, ...]:
    """Every recomputable statement of the document's running text (rows with ``table`` None).

    Quotients (``divides``, ``refs``), totals and their parts (``parent``, ``partition``), shares of
    a parent's figure and the sum of sibling shares, counts of named items. Table rows are left to
    the table checks.
    """
    rows = {r.index: r for r in doc.rows}
    prose = [r for r in doc.rows if r.table is None]
    out: list[Relation] = []
    for row in prose:
        out.extend(_row_relations(row, rows))
        shares = [(i, c) for i, c in enumerate(row.cells) if c.relation == "share" and c.divides is None and not c.refs]
        ranges = [ref for ref in shares if ref[1].value.kind == "range"]
        if len(shares) >= 2 and row.partition and len(ranges) == len(shares):
            out.append(Relation("range_shares_sum", tuple(("range", (row.index, i)) for i, _ in shares), None,
                                target=Fraction(100)))
        elif len(shares) >= 2 and not ranges:
            # several shares in one row ("... chiếm 30,5%, ... chiếm 60%"): of one whole
            out.append(_shares_sum([(row.index, i) for i, _ in shares], [1] * len(shares), Fraction(100),
                                   form=None if row.partition else "at_most"))
    # a share printed in the row of another figure than its part ("6.930 hộ, 35.695 khẩu (chiếm 41,96%)")
    elsewhere = {c.refs[0]: ((row.index, i), c.refs[1]) for row in prose for i, c in enumerate(row.cells)
                 if c.relation == "share" and c.divides is None and len(c.refs) == 2 and c.refs[0][0] != row.index}
    kids = _children(doc)
    for (parent_index, _list), children in kids.items():
        parent = rows.get(parent_index)
        if parent is None or parent.table is not None:
            continue
        out.extend(_sum_relations(parent, children))
        in_range = [c for k in children for c in k.cells if c.relation == "share" and c.value.kind == "range"]
        if in_range and len(in_range) == len(children) and list_is_partition(parent, children):
            refs = [(k.index, next(i for i, c in enumerate(k.cells) if c.relation == "share")) for k in children]
            out.append(Relation("range_shares_sum", tuple(("range", r) for r in refs), None, target=Fraction(100)))
        else:
            out.extend(_share_relations(parent, children, elsewhere))
    seen: set[object] = set()
    unique: list[Relation] = []
    for rel in out:
        # the same shares summed twice, in two orders (a "cơ cấu" list and its parts' breakdown), are one sum
        key: object = rel.key if rel.kind != "shares_sum" else (
            rel.kind, frozenset(zip(rel.figures, rel.signs or (1,) * len(rel.figures), strict=False)), rel.target, rel.form)
        if key not in seen:
            seen.add(key)
            unique.append(rel)
    return tuple(unique)


__all__ = ["KIND_ROLES", "Ref", "Relation", "cell_at", "document_relations", "is_count", "part_scales", "per_capita_scale",
           "relation_key", "relation_refs"]
