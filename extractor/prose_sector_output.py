"""A sector's gross output printed in a sentence after the district's: some of it.

"giá trị sản xuất ước thực hiện là 30.110 tỉ đồng, tăng 14,37%. Công nghiệp - xây dựng vẫn giữ vị trí
quan trọng trong cơ cấu kinh tế, với giá trị sản xuất ước gần 28.000 tỉ đồng" (Đức Hòa): no list word ties
the two, but "giá trị sản xuất" of one sector is part of "giá trị sản xuất" that names no sector, printed
just before in the same paragraph, so 28.000 ≤ 30.110. Seen in development passages of three districts
(Đức Hòa, Nghi Xuân: "tổng giá trị sản xuất năm 2014 của toàn huyện đạt trên 4.300 tỷ đồng …; giá trị sản
xuất ngành nông nghiệp ước đạt hơn 1.200 tỷ đồng"; Yên Thành: "giá trị sản xuất của huyện ước đạt 15.024,5
tỷ đồng (theo giá so sánh năm 2010) … Giá trị sản xuất nông, lâm nghiệp và thủy sản (giá so sánh 2010) đạt
4.510,51 tỷ đồng"). One sector is some of the whole, never all of it: a subset, whose parts may not exceed
it; the sectors that together name all three are left to the readers of sector lists (a partition).

Not read: a whole or a part at another price basis ("giá hiện hành" against "giá so sánh") or of another
year, when both print theirs; a whole that names a sector abbreviated ("Giá trị sản xuất CN năm 2013 (giá hiện
hành) thực hiện 2.789.723 triệu đồng" is industry's, and agriculture's after it is none of it); a plan or target ("kế hoạch", "chỉ tiêu"); a figure per head or per hectare
(a unit with "/"); a part naming two sectors or none; a whole more than three sentences before its part,
or with another whole of the same words between; a sector the whole's own list already names (the same part
printed again).
"""

from __future__ import annotations

import re

from extractor.prose_categories import categories_named
from extractor.prose_edits import Breakdown, Edits
from extractor.prose_passage import Mention, Passage
from normalizers.quantities import same_quantity, unit_of
from normalizers.text import fold

_OUTPUT_RE = re.compile(r"(?<![a-z])gia tri san xuat(?![a-z])")
# the price basis a gross output is measured at; its year is the base year, no period of the figure
_PRICE_RE = re.compile(r"(?<![a-z])gia (so sanh|hien hanh|thuc te|co dinh)(?:\s+(?:nam\s+)?(?:19|20)\d\d)?")
_YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_PLAN_RE = re.compile(r"(?<![a-z])(?:ke hoach|chi tieu|muc tieu|du kien|du toan|binh quan)(?![a-z])")
# a sector abbreviated ("Giá trị sản xuất CN năm 2013 …", Đồng Hới): no whole, though the sector lists' words miss it
_ABBREVIATED_RE = re.compile(r"(?<![a-z])(?:cn|nn|dv|tm|ts|xd|ttcn|nlts|nlns)(?![a-z])")
_MAX_SENTENCES = 3
_SECTORS = frozenset({"agriculture", "industry", "services"})


def _clause(p: Passage, m: Mention) -> str:
    """The folded words of ``m``'s clause before it (from its sentence's start or its last ";") and its
    row's indicator."""
    head = p.sentence_head(m).rsplit(";", 1)[-1]
    return fold(f"{m.row.indicator} {head}")


def _output(p: Passage, m: Mention) -> tuple[str, frozenset[str], str | None, frozenset[str]] | None:
    """(clause, sectors named, price basis, years) of a gross-output figure in money, else None."""
    unit = (m.unit or "").strip()
    money = unit_of(unit) if unit and "/" not in unit else None
    if not m.is_value or m.value is None or money is None or money.dimension != "money":
        return None  # "tỷ đồng", "tỉ", "1.250 tỷ" (the currency understood); no "triệu đồng/người"
    clause = _clause(p, m)
    if _OUTPUT_RE.search(clause) is None or _PLAN_RE.search(clause) is not None:
        return None
    price = _PRICE_RE.search(clause)
    years = frozenset(_YEAR_RE.findall(_PRICE_RE.sub(" ", clause)))
    if m.cell.period:
        years |= frozenset(_YEAR_RE.findall(str(m.cell.period)))
    sectors = categories_named(clause, "sectors") & _SECTORS
    return clause, sectors, price.group(1) if price else None, years


def _listed_sectors(p: Passage, edits: Edits, whole: Mention) -> frozenset[str]:
    """The sectors the parts already listed under ``whole`` name: "giá trị sản xuất … đạt 1.070,9 tỷ đồng, trong
    đó ngành nông lâm nghiệp, thủy sản đạt 329,6 tỷ đồng …; ngành công nghiệp xây dựng đạt 389,20 tỷ đồng …;
    ngành thương mại - dịch vụ đạt 352,1 tỷ đồng" lists industry, so "giá trị sản xuất công nghiệp - xây dựng năm
    2019 đạt 389,2 tỷ đồng" two sentences on (sop-cop-son-la_3) is that part again, no fourth one (as one, it
    turned the sector partition into a subset and took the parts of its own "trong đó" list along)."""
    listed = [m for m in p.mentions if m.is_value and edits.parent_of(m.row.index) == whole.row.index]
    return frozenset().union(*(categories_named(_clause(p, m), "sectors") for m in listed)) & _SECTORS


def sector_outputs(p: Passage, edits: Edits) -> None:
    """**A sector's gross output after the district's.** "Giá trị sản xuất" of one sector, printed in one of the three
    sentences after a "giá trị sản xuất" that names no sector, in its paragraph, is some of it: "giá trị sản xuất ước
    thực hiện là 30.110 tỉ đồng, tăng 14,37%. Công nghiệp - xây dựng vẫn giữ vị trí quan trọng trong cơ cấu kinh tế,
    với giá trị sản xuất ước gần 28.000 tỉ đồng" -> 28.000 ≤ 30.110 (a subset, never a sum: the sectors that name all
    three are the sector lists' partition). Not read at another price basis or year when both print theirs, for a
    plan, a figure per head or a whole that names a sector abbreviated ("Giá trị sản xuất CN")."""
    wholes: list[tuple[Mention, str | None, frozenset[str]]] = []
    parts: dict[int, list[Mention]] = {}
    for m in p.mentions:
        read = _output(p, m)
        if read is None:
            continue
        _, sectors, price, years = read
        if not sectors:
            if _ABBREVIATED_RE.search(read[0]) is None:
                wholes.append((m, price, years))
            continue
        if len(sectors) != 1 or not wholes or edits.parent_of(m.row.index) is not None:
            continue
        whole, w_price, w_years = wholes[-1]
        if whole.line != m.line or m.sentence == whole.sentence or m.sentence - whole.sentence > _MAX_SENTENCES:
            continue
        if (price and w_price and price != w_price) or (years and w_years and not years & w_years):
            continue
        if not same_quantity(whole.unit, m.unit) or edits.parent_of(whole.row.index) is not None:
            continue
        if sectors & _listed_sectors(p, edits, whole):
            continue  # the sector already listed under the whole: this figure restates that part, it adds none
        parts.setdefault(whole.order, []).append(m)
    for order, found in parts.items():
        whole = p.mentions[order]
        named = frozenset().union(*(categories_named(_clause(p, m), "sectors") for m in found))
        if _SECTORS <= named:
            continue  # the three sectors: all of the whole, for the readers of sector lists
        edits.add_breakdown(Breakdown(whole.ref, [m.ref for m in found], False,
                                      "a sector's gross output printed after the gross output it is part of"))
