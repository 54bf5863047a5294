"""Differences a passage names by what they are, not by a word of change: a trade balance after the
exports and imports it is the difference of, and an amount restated with something left out.

Both constructions come from raw published pages no corpus rule was written from (issue 12, round 21:
/work/notes/scratch/prose21s). Each rule is a function ``(Passage, Edits) -> None`` whose docstring shows
the construction it reads (docs/rules.md is generated from it).
"""

from __future__ import annotations

import re

from extractor.prose_edits import Edits
from extractor.prose_passage import Mention, Passage
from normalizers.text import fold

# the balance of trade by its direction; "cán cân thương mại" alone names it without one
_BALANCE_RE = re.compile(r"(?<![a-z])(?:xuat sieu|nhap sieu|thang du|tham hut|can can thuong mai)(?![a-z])")
_EXPORT_RE = re.compile(r"(?<![a-z])(?:xuat khau|xk)(?![a-z])")
_IMPORT_RE = re.compile(r"(?<![a-z])(?:nhap khau|nk)(?![a-z])")
# "kim ngạch xuất nhập khẩu", "XNK": the sum of both, never one side of the balance
_BOTH_RE = re.compile(r"(?<![a-z])(?:xuat nhap khau|xuat, nhap khau|xuat - nhap khau|xuat-nhap khau|xnk)(?![a-z])")


def _free(m: Mention, edits: Edits) -> bool:
    """A printed amount no rule has made a result or a part of anything yet."""
    c = m.cell
    return (m.is_value and m.value is not None and c.relation is None and c.divides is None and not c.refs
            and not edits.claimed(m.ref) and edits.parent_of(m.row.index) is None
            and not edits.in_breakdown(m.ref))


def _same_unit(a: Mention, b: Mention) -> bool:
    # strictly the same printed unit: the checks recompute a difference without converting units, so
    # "xuất siêu 16 triệu USD" after levels in tỷ USD is left alone rather than read at the wrong scale
    return bool(a.unit) and bool(b.unit) and fold(a.unit or "").strip() == fold(b.unit or "").strip()


def _side(p: Passage, m: Mention) -> str | None:
    """ "export" or "import" when the words right before ``m`` (from the previous figure) name one side."""
    words = fold(p.lead(m))
    if _BOTH_RE.search(words) or _BALANCE_RE.search(words):
        return None
    exp, imp = _EXPORT_RE.search(words), _IMPORT_RE.search(words)
    if exp and not imp:
        return "export"
    if imp and not exp:
        return "import"
    return None


def trade_balances(p: Passage, edits: Edits) -> None:
    """**A trade balance after its exports and imports.** A figure printed after "xuất siêu", "nhập
    siêu", "thặng dư", "thâm hụt" or "cán cân thương mại" is the difference of the exports and the
    imports printed before it, in its sentence or the one before, in the same unit: "xuất khẩu của Hà
    Nội đạt 2,5 tỷ USD nhưng nhập khẩu tới 5,72 tỷ USD, dẫn đến con số nhập siêu của Thủ đô 3,22 tỷ USD"
    -> 5,72 − 2,5 = 3,22 ✓; "kim ngạch XK … 59,13 tỷ USD; kim ngạch NK … 57,89 tỷ USD. … thặng dư 1,23 tỷ
    USD" -> 59,13 − 57,89 = 1,24 (rounding only). Each side is the last figure before the balance whose
    own words name it ("xuất khẩu", "XK"; "nhập khẩu", "NK"); "xuất nhập khẩu" is their sum and names
    neither. A balance in another unit than its sides ("xuất siêu 16 triệu USD" after tỷ USD) is not read.
    """
    for d in p.values():
        if not _free(d, edits) or not _BALANCE_RE.search(fold(p.lead(d))):
            continue
        sides: dict[str, Mention] = {}
        for m in reversed(p.mentions[: d.order]):
            if m.line != d.line or m.sentence < d.sentence - 1:
                break
            if m.is_value and _same_unit(m, d) and _BALANCE_RE.search(fold(p.lead(m))):
                break  # the sides of an earlier balance are that one's (one in another unit was not read)
            side = _side(p, m)
            if side is not None and side not in sides and m.is_value and m.value is not None and _same_unit(m, d):
                sides[side] = m
        if len(sides) != 2:
            continue
        exp, imp = sides["export"], sides["import"]
        if edits.set_cell(d.ref, relation="difference", refs=(exp.ref, imp.ref)):
            edits.note(d.row.index, f"{p.text(d)} is the trade balance: exports {p.text(exp)}, imports {p.text(imp)}")


_WITHOUT_RE = re.compile(r"(?<![a-z])(?:khong tinh|khong ke|chua tinh|chua ke|loai tru|khong bao gom)(?![a-z])")
_THEN_RE = re.compile(r"(?:(?<![a-z])thi|,)\s*(?P<name>[a-z ]+?)\s*"
                      r"(?:(?:uoc )?(?:thuc hien|dat duoc|dat|la|con|chi con|uoc|uoc tinh)\s*)*:?\s*$")
_VERBS_RE = re.compile(r"(?:\s+(?:uoc tinh|uoc dat|uoc|thuc hien|dat duoc|dat|la|con|chi con|:))+\s*$")


_PERIOD_RE = re.compile(r"(?<![a-z])(?:nam|quy|thang)\s+[0-9ivx/]+")


def _clause_name(text: str) -> str:
    """The folded name at the end of ``text`` without its verb and its period: "Trong đó, thu nội địa
    đạt" -> "thu noi dia"; "Tổng chi ngân sách huyện năm 2022 là" -> "tong chi ngan sach huyen"."""
    words = re.sub(r"[^a-z ]+", " ", _PERIOD_RE.sub(" ", fold(re.split(r"[;:,.()]", text)[-1])))
    return _VERBS_RE.sub("", " " + re.sub(r"\s+", " ", words).strip()).strip()


def amounts_without(p: Passage, edits: Edits) -> None:
    """**An amount restated with something left out.** "thu nội địa đạt 16.186 tỷ đồng …. Không tính số
    thu từ tiền sử dụng đất và thu xổ số kiến thiết (5.056 tỷ đồng) thì thu nội địa thực hiện 11.104 tỷ
    đồng": the figure after "thì" (or the comma that closes "không tính / không kể / chưa tính / loại
    trừ …") is the amount named there less the figure left out, the amount being the last earlier figure
    of the passage printed under the same name and in the same unit: 16.186 − 5.056 = 11.130, printed
    11.104 ✗. The left-out figure stands between the words and "thì"; the name must be the same after
    the verbs ("đạt", "thực hiện", "ước", "là", "còn") are dropped.
    """
    for y in p.values():
        if not _free(y, edits):
            continue
        head = fold(p.sentence_head(y))
        then = _THEN_RE.search(head)
        if then is None or not then.group("name").strip():
            continue
        without = None
        for w in _WITHOUT_RE.finditer(head[: then.start()]):
            without = w
        if without is None:
            continue
        name = _clause_name(then.group("name"))
        left = [m for m in p.mentions[: y.order] if m.sentence == y.sentence and m.line == y.line and m.is_value
                and m.value is not None and _same_unit(m, y)]
        if len(left) != 1:
            continue
        x = left[0]
        if not (without.end() <= len(fold(p.sentence_head(x)))):
            continue  # the left-out amount is printed after the words that leave it out
        whole = next((m for m in reversed(p.mentions[: x.order]) if y.sentence - 3 <= m.sentence < y.sentence and m.is_value
                      and m.value is not None and _same_unit(m, y) and _clause_name(p.sentence_head(m)) == name), None)
        if whole is None or whole.value is None or y.value is None or x.value is None:
            continue
        if not (whole.value > y.value and whole.value > x.value):
            continue
        if edits.set_cell(y.ref, relation="difference", refs=(whole.ref, x.ref)):
            edits.note(y.row.index, f"{p.text(y)} is {p.text(whole)} without {p.text(x)}")


RULES = (trade_balances, amounts_without)
