"""``unit_mismatch``: a unit that does not fit its indicator, or differs from the same indicator elsewhere.

Conservative by design: only units ``normalizers.units`` understands (a known dimension) are
judged, only indicator words that name a dimension outright are read ("Tỷ lệ" -> %, "Diện tích"
-> area ...), and everything is a warning except a rate printed in a unit of amount ("Tỷ lệ che
phủ rừng | Ha"), which cannot be right.
"""

from __future__ import annotations

import re
from collections import defaultdict

from extractor.model import Document, Row
from normalizers.text import fold
from normalizers.units import Unit, convertible, parse_unit
from reconcile.engine.checks.evidence import finding
from reconcile.engine.findings import Finding
from reconcile.engine.messages import N_, Msg, msg
from reconcile.engine.settings import CheckSettings

# Leading words of an indicator (folded) -> the dimensions its unit may have. First match wins, so
# "Tỷ lệ giải ngân vốn" is a rate, not money.
LEADING_WORDS: tuple[tuple[tuple[str, ...], frozenset[str]], ...] = (
    (("ty le", "ty trong", "ty suat", "muc giam ty le", "toc do tang", "tang truong", "toc do"), frozenset({"percent", "permille"})),
    (("dien tich",), frozenset({"area"})),
    # Output is weighed or, for flowers, eggs and seedlings, counted ("sản lượng hoa 2.251 triệu cành").
    (("san luong",), frozenset({"mass", "volume", "count"})),
    (
        ("thu nhap", "thu ngan sach", "thu nsnn", "doanh thu", "von", "kinh phi", "tong von", "chi ngan sach",
         "gia tri san xuat", "tong muc dau tu", "tong thu", "tong chi"),
        frozenset({"money"}),
    ),
    (
        ("so luong", "so xa", "so ho", "so nguoi", "so lao dong", "so thon", "so truong", "so doanh nghiep",
         "tong luot khach", "tong dan", "dan lon", "dan bo", "dan trau", "dan gia cam", "dan de", "dan ong",
         "dan gia suc", "tong dan lon", "tong dan bo"),
        frozenset({"count"}),
    ),
)
_AMOUNTS = frozenset({"area", "mass", "money", "volume", "length"})
_SHOWN = {
    "percent": N_("%"),
    "permille": N_("‰"),
    "area": N_("an area (ha, m²)"),
    "mass": N_("a mass (tấn, kg)"),
    "volume": N_("a volume (m³)"),
    "money": N_("money (triệu đồng, tỷ đồng)"),
    "count": N_("a count (xã, hộ, người, con ...)"),
    "length": N_("a length (km, m)"),
    "time": N_("a duration"),
}
# The dimension a unit was read as, named in messages.
_DIMENSIONS = {
    "percent": N_("percent"), "permille": N_("permille"), "area": N_("area"), "mass": N_("mass"),
    "volume": N_("volume"), "money": N_("money"), "count": N_("count"), "length": N_("length"), "time": N_("time"),
    "other": N_("other"), "none": N_("none"),
}
# "0,24 điểm %", "1,2 điểm phần trăm": percentage points
_POINTS_RE = re.compile(r"(?<![a-z])diem\s*(?:%|phan tram)")
_NUMBERING_RE = re.compile(r"^[\s\-–+*•.\d)(]+")
# A figure printed in percent: "chiếm tỷ lệ 4,3%", "là 13,74 %"
_PERCENT_FIGURE_RE = re.compile(r"\d\s*%")


def _folded_name(indicator: str) -> str:
    """An indicator's words folded, single-spaced, its numbering ("1.2.", "-", "a)") left off."""
    return _NUMBERING_RE.sub("", re.sub(r"\s+", " ", fold(indicator))).strip()


def expected_dimensions(indicator: str) -> tuple[str, frozenset[str]] | None:
    """(the words read, the dimensions allowed) from an indicator's leading words, or None.

    >>> expected_dimensions("Tỷ lệ che phủ rừng")[1] == frozenset({"percent", "permille"})
    True
    >>> expected_dimensions("Kết nạp đảng viên mới") is None
    True
    """
    folded = _folded_name(indicator)
    for words, dims in LEADING_WORDS:
        for w in words:
            if folded == w or folded.startswith(w + " "):
                return w, dims
    return None


def names_its_measure_later(indicator: str, dimension: str) -> bool:
    """Whether words after the indicator's first ones name a measure in ``dimension``: a sentence's
    subject is not always what its figure measures. "Diện tích cà phê kinh doanh cũng tạo thu nhập
    cho người hái thuê khoảng 300 tỉ đồng" is an income; "Với diện tích này, tổng sản lượng lương
    thực … gần 35 ngàn tấn" an output.

    >>> names_its_measure_later("Diện tích cà phê kinh doanh cũng tạo thu nhập cho người hái thuê", "money")
    True
    >>> names_its_measure_later("Diện tích cây chè", "count")
    False
    """
    folded = " " + _folded_name(indicator) + " "
    first = folded.find(" ", 1)
    later = folded[first:] if first > 0 else ""
    return any(dimension in dims and any(f" {w} " in later for w in words) for words, dims in LEADING_WORDS)


def counts_what_its_rate_names(row: Row, words: str, unit: Unit) -> bool:
    """Whether a running-text "tỷ lệ X" figure counted in X's own unit sits in a sentence that prints a
    percentage: the count is the number of X, printed beside its rate, not a rate measured in "hộ".
    "tỷ lệ hộ cận nghèo là 1.724 hộ, chiếm tỷ lệ 4,3%" and "tỷ lệ hộ nghèo là 13,74%, giảm … so với số
    hộ nghèo năm 2018 là 22.851 hộ" name the count under the rate's words (round 29, issue 12); "Tỷ lệ hộ
    nghèo còn 1.724 hộ" with no percentage in its sentence still warns.

    >>> from extractor.model import Row
    >>> r = Row("d", 0, "tỷ lệ hộ cận nghèo", "k", (), unit="hộ", context="tỷ lệ hộ cận nghèo là 1.724 hộ, chiếm tỷ lệ 4,3%")
    >>> counts_what_its_rate_names(r, "ty le", parse_unit("hộ"))
    True
    >>> counts_what_its_rate_names(r, "ty le", parse_unit("ha"))
    False
    """
    if unit.dimension != "count" or not row.unit or not row.context:
        return False
    folded = " " + _folded_name(row.indicator) + " "
    after = folded.split(f" {words} ", 1)[1] if f" {words} " in folded else ""
    noun = fold(row.unit).strip()
    # the unit names what the rate is of ("hộ" in "tỷ lệ hộ nghèo"): a count of X, not of something else
    if not noun or f" {noun} " not in f" {after} ":
        return False
    return _PERCENT_FIGURE_RE.search(row.context) is not None


def _known(unit: Unit) -> bool:
    return unit.dimension not in ("other", "none")


def _show_dims(dims: frozenset[str]) -> Msg:
    names = [msg(_SHOWN.get(d, d)) for d in sorted(dims)]
    shown = names[0]
    for other in names[1:]:
        shown = msg(N_("{first} or {second}"), first=shown, second=other)
    return shown


def _dimension(name: str) -> Msg:
    return msg(_DIMENSIONS.get(name, name))


def _indicator_findings(row: Row) -> Finding | None:
    if not row.unit:
        return None
    unit = parse_unit(row.unit)
    if not _known(unit):
        return None
    expected = expected_dimensions(row.indicator)
    if expected is None:
        return None
    words, dims = expected
    # A percentage is a share of any quantity: "Số doanh nghiệp ... | %", "Kinh phí R&D | %GRDP"
    # (seed 002) are loosely worded rates, not wrong units.
    if unit.dimension in dims or unit.dimension in ("percent", "permille"):
        return None
    if row.table is None and names_its_measure_later(row.indicator, unit.dimension):
        return None  # running text names the figure's measure after its subject
    if row.table is None and fold(row.unit).strip() == "diem" and _POINTS_RE.search(fold(row.context or "")):
        # "ước tăng 9,46%, cao hơn 0,24 điểm % so với tốc độ tăng cùng kỳ": "điểm %" (a percentage point) measures
        # a difference of two rates; the reader kept "điểm" as the unit and "%" in the words, no count of points
        return None
    if row.table is None and fold(row.unit).strip() == "lan":
        # "Tỷ lệ phụ thuộc của nhóm hộ nghèo nhất cao hơn 1,8 lần so với nhóm hộ giàu nhất": "lần" counts how
        # many times one figure is another, the measure of a comparison and never of the indicator itself
        return None
    if row.table is None and counts_what_its_rate_names(row, words, unit):
        return None
    certain = dims <= {"percent", "permille"} and unit.dimension in _AMOUNTS
    return finding(
        "unit_mismatch", "error" if certain else "warning", row, None,
        msg(N_("'{indicator}' is measured in {dims} ('{words}'), but its unit is '{unit}' ({dimension})"),
            indicator=row.indicator, dims=_show_dims(dims), words=words, unit=row.unit, dimension=_dimension(unit.dimension)),
        reported=row.unit, expected="%" if "percent" in dims else _show_dims(dims).render(), column="Đơn vị tính",
        confidence=0.9 if certain else 0.6,
    )


def _sibling_findings(doc: Document) -> list[Finding]:
    """The same table indicator (same key) printed in units that do not convert into each other.

    Only table rows: a prose figure's indicator is often one word ("lúa" for its area and, a line
    later, its harvest), so equal keys do not make equal indicators there. A percentage next to a
    count ("Hộ nghèo" in % and in hộ) is a rate and a number of the same thing, not a mismatch.
    """
    out: list[Finding] = []
    seen: dict[str, tuple[Row, Unit]] = {}
    for row in doc.rows:
        if not row.unit or not row.key or row.table is None:
            continue
        unit = parse_unit(row.unit)
        if not _known(unit) or unit.dimension in ("percent", "permille"):
            continue
        first = seen.get(row.key)
        if first is None:
            seen[row.key] = (row, unit)
            continue
        other_row, other_unit = first
        if convertible(unit, other_unit):
            continue
        where = msg(N_("line {line}"), line=other_row.provenance.line) if other_row.provenance.line else (
            msg(N_("page {page}"), page=other_row.provenance.page) if other_row.provenance.page else msg(N_("elsewhere"))
        )
        out.append(
            finding(
                "unit_mismatch", "warning", row, None,
                msg(N_("'{indicator}' is in '{unit}' ({dimension}) here but in '{other_unit}' ({other_dimension}) at {where}"),
                    indicator=row.indicator, unit=row.unit, dimension=_dimension(unit.dimension),
                    other_unit=other_row.unit or "", other_dimension=_dimension(other_unit.dimension), where=where),
                reported=row.unit, expected=other_row.unit, column="Đơn vị tính", confidence=0.6,
            )
        )
    return out


def _children_findings(doc: Document) -> list[Finding]:
    """Parts of a total (``partition``) in a dimension other than the total's."""
    by_index = {r.index: r for r in doc.rows}
    out: list[Finding] = []
    grouped: dict[int, list[Row]] = defaultdict(list)
    for row in doc.rows:
        if row.parent is not None and row.parent in by_index and by_index[row.parent].partition:
            grouped[row.parent].append(row)
    for parent_index, kids in grouped.items():
        parent = by_index[parent_index]
        if not parent.unit:
            continue
        punit = parse_unit(parent.unit)
        if not _known(punit):
            continue
        for kid in kids:
            if not kid.unit:
                continue
            kunit = parse_unit(kid.unit)
            if _known(kunit) and kunit.dimension != punit.dimension:
                out.append(
                    finding(
                        "unit_mismatch", "warning", kid, None,
                        msg(N_("'{indicator}' is a part of '{parent}' ({parent_unit}, {parent_dimension}) but is in "
                               "'{unit}' ({dimension})"),
                            indicator=kid.indicator, parent=parent.indicator, parent_unit=parent.unit,
                            parent_dimension=_dimension(punit.dimension), unit=kid.unit, dimension=_dimension(kunit.dimension)),
                        reported=kid.unit, expected=parent.unit, column="Đơn vị tính", confidence=0.6,
                    )
                )
    return out


def check_units(doc: Document, settings: CheckSettings) -> list[Finding]:
    """Units against their indicators, against the same indicator elsewhere, and parts against totals.

    "Tỷ lệ che phủ rừng | Ha" is an error (a rate is never an area); "Đàn lợn nái | Tấn" a warning:
    a herd is counted, not weighed.
    """
    findings = [f for row in doc.rows if (f := _indicator_findings(row)) is not None]
    findings.extend(_sibling_findings(doc))
    findings.extend(_children_findings(doc))
    return findings
