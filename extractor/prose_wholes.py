"""Totals and their parts in running text: which figures are parts of which whole, and whether the
parts are all of it (a partition) or some of it (a subset); shares of a whole.

Each rule below reads one construction. A rule's docstring shows a passage it reads and what it
reads there; docs/rules.md is generated from these docstrings.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from fractions import Fraction
from functools import lru_cache
from itertools import pairwise

from extractor.model import Row
from extractor.prose_carry import carries_on
from extractor.prose_categories import (
    CROP_WHOLES,
    FAMILIES,
    categories_named,
    complete_prefix,
    covers,
    criteria_met,
    cross_classified,
    designated,
    is_remainder,
    nested_in,
    one_way,
    splits_met,
)
from extractor.prose_edits import Breakdown, Edits, Ref
from extractor.prose_lists import unglued
from extractor.prose_noun_child import count_of_other_noun
from extractor.prose_passage import Mention, Passage
from extractor.prose_patterns import unclassified
from extractor.prose_sector_output import sector_outputs
from extractor.prose_year_labels import labelled_other_year
from normalizers.index_words import as_bang
from normalizers.places import COMMUNE_KINDS
from normalizers.quantities import conversion_factor, is_count_unit, same_quantity, stock_unit
from normalizers.share_wholes import named_whole_words, names_outside
from normalizers.text import fold, fold_words

# Words that open a list of parts, and whether they say the parts are all of the whole.
_LIST_OPENERS = (
    # "gồm chủ yếu người Khmer (1.698 người) và người Hoa (141 người)": the main ones, as "chủ yếu gồm" says
    ("bao gom chu yeu", False), ("gom co chu yeu", False), ("gom chu yeu", False),
    # "Tổng diện tích đất là 88.664 ha, phân theo các loại đất: …": a whole classified by one criterion, all of it
    ("phan theo", True), ("chia theo", True),
    ("bao gom", True), ("gom co", True), ("gom", True), ("chia ra", True), ("chia thanh", True),
    ("phan ra", True), ("cu the", False), ("trong do", False), ("chu yeu la", False), ("chu yeu gom", False),
    ("trong so do", False), ("trong so nay", False), ("trong tong do", False), ("trong tong so do", False), ("rieng", False), ("chu yeu o", False), ("chu yeu tai", False),
    # "… 950 ha, tập trung ở phường A (320 ha) và xã B (324 ha)": where most of it lies, as "chủ yếu ở" says
    ("tap trung o", False), ("tap trung tai", False),
)
_WHOLE_WORDS = ("tong", "toan", "tu nhien", "dan so", "ca nam", "toan bo", "tong so", "chung")
# a count of the units of everyone living there, named after its figure ("32.980 hộ dân cư", "… nhân khẩu dân cư")
_RESIDENTS_RE = re.compile(r"\s*(?:ho|nguoi|nhan khau|khau)?\s*dan cu(?![a-z])")
# Count nouns that name a whole made of other count nouns ("12 đơn vị hành chính, gồm 7 phường và 5 xã").
_GENERIC_COUNTS = ("don vi", "chi tieu", "xa, phuong", "xa, thi tran", "phuong, xa", "co so", "dan toc")


def _fold_openers(text: str) -> str:
    """``fold(text)``, character for character, except that words that only fold to an opener do not:
    "trong độ" ("số người trong độ tuổi lao động") is no "trong đó"; "gốm" (pottery: "khách tham quan làng
    gốm Thanh Hà 104 nghìn lượt") and "thu gom" (collecting: "rác thải được thu gom 95 tấn/ngày") are no
    "gồm"; "sầu riêng" (durian: "trong đó có 2.000ha sầu riêng, …") is no "riêng". A colon typed after "gồm"
    is no part of the opener: "người dân tộc thiểu số gồm: chủ yếu người Khmer (1.698 người) và người Hoa (141
    người)" names the main parts only, as "gồm chủ yếu" does (the colon moves after the words, keeping the length)."""
    folded = fold(text)
    if len(folded) != len(text):
        return folded
    folded = _COLON_IN_OPENER_RE.sub(lambda m: f"{m.group(1)} {m.group(2)}:", folded)
    for found in NOT_OPENER_RE.finditer(text):
        folded = folded[: found.end() - 1] + "_" + folded[found.end():]
    return folded


NOT_OPENER_RE = re.compile(r"(?<!\w)(?:trong\s+độ|gốm|thu\s+gom|sầu\s+riêng)(?!\w)", re.IGNORECASE)
# "gồm: chủ yếu", "bao gồm: chủ yếu", folded
_COLON_IN_OPENER_RE = re.compile(r"(?<![a-z])((?:bao )?gom(?: co)?): (chu yeu)(?![a-z])")


def _opener(text: str) -> tuple[str, bool] | None:
    """The list opener in ``text`` (the words between a whole and its first part), if any."""
    folded = re.sub(r"\s+", " ", _fold_openers(text)).strip()
    low = f" {folded} "
    for words, complete in _LIST_OPENERS:
        if re.search(rf"(?<![a-z]){re.escape(words)}(?![a-z])", low):
            return words, complete
    return None


def _whole_like(p: Passage, m: Mention) -> bool:
    """A figure printed as a whole: "tổng", "toàn", "dân số", "diện tích tự nhiên" in its own words, or
    in the words that open its sentence when it is the sentence's first figure of its quantity
    ("Dân số toàn huyện có 35.337 hộ với 150.117 nhân khẩu")."""
    if _has_whole_words(f"{m.row.indicator} {p.lead(m)}"):
        return True
    if _RESIDENTS_RE.match(fold_words(p.trail(m))):
        return True  # "huyện Thanh Sơn có 32.453 hộ dân cư": every household, the whole its poor households are rated on
    head = p.sentence_head(m)
    if _opener(head) is not None or not _has_whole_words(head):
        return False
    return not any(x.sentence == m.sentence and x.order < m.order and x.is_value and same_quantity(x.unit, m.unit)
                   for x in p.mentions)


def _has_whole_words(text: str) -> bool:
    name = fold_words(text)
    return any(re.search(rf"(?<![a-z]){w}(?![a-z])", name) for w in _WHOLE_WORDS)


def _has_share(row: Row) -> bool:
    return any(c.relation == "share" for c in row.cells)


def _share_within(p: Passage, row: Row) -> bool:
    """A row that prints its share of a whole of the passage (a part, not a whole); a share of a whole
    outside it ("131.134 người, chiếm gần 2,20 % dân số toàn tỉnh") leaves the figure a total here."""
    for i, c in enumerate(row.cells):
        if c.relation == "share":
            m = p.by_ref.get((row.index, i))
            if m is None or _named_whole(p, m) != "":
                return True
    return False


def _value_in_row(p: Passage, row: Row) -> Mention | None:
    return next((p.by_ref[(row.index, i)] for i, c in enumerate(row.cells)
                 if (row.index, i) in p.by_ref and p.by_ref[(row.index, i)].is_value), None)


def _parent_value(p: Passage, edits: Edits, index: int) -> Mention | None:
    """The figure of the row that row ``index`` hangs from (its list's total), if any."""
    parent = edits.parent_of(index)
    return _value_in_row(p, p.rows[parent]) if parent is not None and parent in p.rows else None


def decide(p: Passage, parts: Sequence[Mention], *, opener_complete: bool, how: str,
           whole: Mention | None = None) -> tuple[bool, str]:
    """Partition or subset for a list of parts: the opener's word, the categories the parts name,
    a last part that is "the rest", a total that names both parts; one part alone is always a subset."""
    if len(parts) < 2:
        if opener_complete and whole is not None and parts and one_kind_of_unit(p, whole, parts[0]):
            return True, f"{how}: every administrative unit is of the one kind listed"
        return False, f"{how}: one part, a subset"
    if whole is not None and _named_in_whole(p, whole, parts):
        return True, f"{how}: the total names both parts"
    names = [_own_name(p, m) for m in parts]
    family = covers(names)
    if family == "crop_duration" and (whole is None or not any(
            w in fold_words(f"{whole.row.indicator} {p.lead(whole)}") for w in CROP_WHOLES)):
        family = None  # "đất nông nghiệp …, trong đó cây hàng năm …, cây lâu năm …": forest land is farm land too
    if family == "sectors" and whole is not None and provincial_grdp(p, whole) and not any(
            "thue san pham" in n for n in names):
        # a province's GRDP holds the product taxes besides its three sectors: unprinted, the sectors are some of it
        return False, f"{how}: a province's GRDP holds product taxes besides the three sectors, a subset"
    if family is not None:
        return True, f"{how}: the parts name every category of {family.replace('_', ' ')}"
    if is_remainder(_rest_name(p, parts[-1], names[-1])):
        return True, f"{how}: the last part is the rest ('còn lại', 'khác')"
    if whole is not None and splits_met(f"{whole.row.indicator} {p.lead(whole)}", [_item_words(p, m) + " "
                                                                                    + p.trail(m) for m in parts]):
        return True, f"{how}: targets exceeded and targets met make up those met or exceeded"
    if opener_complete:
        return True, f"{how}: the opener says the parts are all of it"
    return False, f"{how}: nothing says the parts are all of it, a subset"


_ADMIN_WHOLE_RE = re.compile(r"(?<![a-z])(?:don vi hanh chinh|dvhc)(?![a-z])")
# the part right after the opener ("…, bao gồm 21 xã"), not a count after names "gồm" opened ("gồm các xã: A, B và 2
# thị trấn: …", whose communes are no figure)
_RIGHT_AFTER_GOM_RE = re.compile(r"(?<!\w)gồm(?:\s+có)?\s*:?\s*$", re.IGNORECASE)


def one_kind_of_unit(p: Passage, whole: Mention, part: Mention) -> bool:
    """A count of every administrative unit that "gồm" says is of one kind: "Huyện có 21 đơn vị hành chính cấp xã
    trực thuộc, bao gồm 21 xã: …" has communes only, so its one part is all of it (one part is a subset
    otherwise: "có 10 đơn vị hành chính cấp xã, trong đó có 08 xã biên giới"; and a count after the names "gồm" opens is
    another kind's: "5 đơn vị hành chính, gồm các xã: A, B, C và 2 thị trấn: …", and so is a part whose names
    end on a unit of another kind: "8 đơn vị hành chính cấp xã, gồm 7 phường: …, Thới Hòa và xã Phú An", or
    whose whole's sentence names one: "12 đơn vị hành chính: ở khu vực nội thị lập 5 phường …; khu vực ngoại thị
    gồm 7 xã là …")."""
    if whole.unit != "đơn vị" or part.unit not in COMMUNE_KINDS or _RIGHT_AFTER_GOM_RE.search(p.lead(part)) is None:
        return False
    if _ADMIN_WHOLE_RE.search(fold_words(f"{whole.row.indicator} {p.trail(whole)}")) is None:
        return False
    # "8 đơn vị hành chính cấp xã, gồm 7 phường: …, Thới Hòa và xã Phú An", "12 đơn vị hành chính: ở khu vực nội
    # thị lập 5 phường …; khu vực ngoại thị gồm 7 xã": a unit of another kind named in the whole's sentence is
    # the rest of it
    others = "|".join(k for k in COMMUNE_KINDS if k != part.unit)
    said = unglued(f"{p.after(whole, limit=2000)} {p.after(part, limit=2000)}")  # "… và TT Đắk Mil" names a town
    return re.search(rf"(?<!\w)(?:{others})(?!\w)", said, re.IGNORECASE) is None


def _own_name(p: Passage, m: Mention) -> str:
    """A part's name for the categories it covers: words before a ";" in its lead end the clause of the figure
    before, so they are not the part's. "Huyện có 7 xã và 1 thị trấn; trong đó có 3 xã an toàn khu, 3 xã đặc
    biệt khó khăn …, và có 7 xã …": the first part names a commune only, not the town of the whole's clause
    (the three classes of communes overlap; read as a partition, 3 + 3 + 7 ≠ 7 was a false error)."""
    lead = p.lead(m)
    if ";" not in lead:
        return p.name(m)
    return fold(f"{m.row.indicator} {lead.rpartition(';')[2]} {p.trail(m)}")


def _rest_name(p: Passage, m: Mention, name: str) -> str:
    """The name that may call ``m`` "the rest": for a figure printed in parentheses, only its own words
    there and before it, never words after the parenthesis ("đất trồng cây lâu năm chiếm 12% (3.000 ha),
    còn lại là đất khác": 3.000 ha is no rest, the unprinted rest is)."""
    if re.search(r"\(\s*$", p.lead(m)):
        return fold(f"{p.lead(m)} {p.trail(m)}")
    return name


# ---------------------------------------------------------------------------------------------
# Rules


def listed_parts(p: Passage, edits: Edits) -> None:
    """**Listed parts.** A figure followed by "trong đó", "gồm", "bao gồm", "chia ra", "chủ yếu là" and
    then figures of the same quantity: those figures are its parts, one per item of the list (items
    are separated by ";" when the list has any, else by "," and "và"; a list opened inside a clause
    or a parenthesis ends with it, so "B 1.810, gồm B1 780 và B2 1.030; C 3.400" keeps C out of B).
    A sentence that opens with "Trong đó" ("Trong tổng đó", "Cụ thể,", "Theo ngành,", "Chia theo ngành,")
    lists the parts of the previous sentence's figure, never of one printed inside its parentheses
    ("… ước đạt 1,536 triệu lượt (khách quốc tế 614 nghìn lượt, …). Cụ thể, khách tham quan phố cổ 548
    nghìn lượt, …": no parts of 614, which was a false error). When that sentence lists parts itself, its first figure is
    a part, no whole: a sentence that opens with "Riêng" after it is a subset of the one part it names,
    else of nothing ("Trong tổng đó, nông nghiệp 900 tỷ đồng, công nghiệp - xây dựng 1.200 tỷ đồng, dịch
    vụ 900 tỷ đồng. Riêng công nghiệp đạt 700 tỷ đồng" -> 700 ≤ 1.200, not 700 ≤ 900); a "Riêng" sentence
    that names nothing of the sentence before is no part of its first figure ("Về cây lâu năm, chè 237,2
    ha, …. Riêng diện tích sản xuất nông nghiệp ứng dụng công nghệ cao là 6.950 ha": no subset of the
    tea, which was a false error); one that lists several ("Riêng nông, lâm, thủy sản …; công nghiệp …;
    thương mại …") breaks it down as a "Trong đó" sentence does. So does a sentence that prints its whole and
    then lists its parts ("… ước 4.100 tỷ đồng; trong đó, nông - lâm - thủy sản 1.500 tỷ đồng, …. Riêng thủy sản
    đạt 420 tỷ đồng" -> 420 ≤ 1.500). A colon right
    after a figure opens its parts only when they name every category of a known set or end on the rest
    ("con số này là 3.100 tỷ đồng: nông nghiệp 1.000 tỷ đồng, công nghiệp - xây dựng 1.200 tỷ đồng, dịch
    vụ 900 tỷ đồng" -> 3.100 = 1.000 + 1.200 + 900); other items after a colon are not read as parts.
    "gồm", "chia ra", "(gồm ...)" and "phân theo / chia theo <criterion>" list all of the whole (a partition:
    "Tổng diện tích đất là 88.664 ha, phân theo các loại đất: đất sản xuất nông nghiệp 28.026 ha; đất lâm nghiệp
    40.109 ha; đất phi nông nghiệp 14.531ha; đất chưa sử dụng 5.920 ha" -> 88.586 ≠ 88.664, an error; the "…" that
    ends the sentence before it ends a sentence as "..." does); so does any list whose
    parts name every category of a known set (the three sectors, urban and rural, the land
    categories, poor / near-poor / not poor, the army and the police of a call-up ...) or ends on "the
    rest" (còn lại, khác); otherwise the parts are a subset, which may not exceed the whole. The three
    sectors under a province's GRDP ("GRDP", "tổng sản phẩm", its sentence naming no district, and the
    province when the page names a district elsewhere) are some of it unless the product taxes are printed
    with a figure among them, as a province's GRDP holds those taxes too (round 27): "GRDP trên địa bàn tỉnh …
    ước đạt 31.250 tỷ đồng … Khu vực nông, lâm nghiệp và thủy sản ước đạt 6.410 tỷ đồng … công nghiệp - xây
    dựng … 13.020 tỷ đồng … dịch vụ … 9.300 tỷ đồng; thuế sản phẩm đóng góp 0,8 điểm phần trăm" -> 28.730 ≤
    31.250; a district's GRDP, any gross output ("giá trị sản xuất") and a list that prints the taxes stay
    partitions. The sectors
    may be printed as the abbreviations reports use ("CN-XDCB", "TTCN", "TM-DV", "NLTS"): "tổng giá trị sản
    xuất lên 7.170.343 triệu đồng. Trong đó nông, lâm, thủy sản được 2.633.564 triệu đồng; dịch vụ 2.454.455
    triệu đồng; CN-XDCB 2.082.324 triệu đồng" -> 2.633.564 + 2.454.455 + 2.082.324 = 7.170.343, a partition;
    "gọi 105 công dân nhập ngũ, trong đó 85 thanh niên thực hiện nghĩa vụ quân sự, 20 thanh niên tham gia
    nghĩa vụ công an nhân dân" -> 85 + 20 = 105. "gồm chủ yếu" and "bao gồm chủ yếu", the main parts only,
    are a subset as "chủ yếu gồm" is ("người dân tộc thiểu số gồm chủ yếu người Khmer (1.698 người) và người
    Hoa (141 người)" -> 1.698 + 141 ≤ 1.839). Youths and citizens ("thanh niên", "công dân") are counted as
    people ("có tổng số 2.439 thanh niên, trong đó 1.318 công dân đủ điều kiện khám tuyển" -> 1.318 ≤ 2.439).
    An item that calls itself a total ("tổng …") is another indicator, and the list ended before it: "tổng
    thu ngân sách … hơn 1.666 tỷ đồng (vượt 40,5% so với tỉnh giao), trong đó thu phát sinh kinh tế trên
    địa bàn 540,6 tỷ đồng (vượt 31,6%); tổng giá trị sản xuất các ngành kinh tế 12.366 tỷ đồng …" -> 540,6
    ≤ 1.666 (read with the next total as a part, nothing was read). So is the running total the parts were
    added to ("nâng tổng …", "đưa tổng …"): "thị xã có 1.193 dự án đầu tư, trong đó thu hút đầu tư nước ngoài
    779 dự án, nâng tổng số dự án trên địa bàn lên 5.985 dự án" -> 779 ≤ 1.193 (1.193 = 779 + 5.985 was a false
    error; "nước ngoài", foreign, is no negation making the two items all of it). A part printed without its unit takes the
    unit the list's other items print ("trong đó thuế phí đạt 1.388,5, ...; thu từ nhà đất đạt 145,9
    tỷ đồng"); the parts of a count fraction are parts of its numerator ("hoàn thành 18/18 chỉ tiêu
    ..., trong đó 13 chỉ tiêu vượt kế hoạch": 13 ≤ 18); count fractions printed without their noun
    are parts of the count fraction before the list, numerators and wholes each ("đạt và vượt 18/21
    chỉ tiêu; trong đó kinh tế 9/11, xã hội 6/7, quốc phòng – an ninh 3/3": 9 + 6 + 3 = 18 and
    11 + 7 + 3 = 21), counts without rounding.

    "Tổng diện tích tự nhiên 72.069 ha, trong đó đất rừng tự nhiên 35.633 ha, đất sản xuất nông nghiệp
    30.763 ha" -> subset (72.069 ≥ 35.633 + 30.763). "12 đơn vị hành chính, gồm 7 phường và 5 xã" ->
    partition (12 = 7 + 5).

    Not parts that add up: items that classify the whole two ways ("trong đó lao động nữ 23.500 người,
    lao động qua đào tạo 30.100 người": sex, then training) or mix a deed with kinds ("trong đó đã giải
    ngân 410 tỷ đồng, vốn ngân sách tỉnh 300 tỷ đồng"), and parts of a rate ("mật độ 135 người/km2,
    trong đó thị trấn 1.250 người/km2") or of an average per hectare or per person, whatever its unit
    ("giá trị thu hoạch bình quân 1 ha … đạt 400 triệu đồng/năm; trong đó hoa 960 triệu đồng/năm": no
    part of 400). A comma list closed by ";" ends there ("đường huyện 120 km,
    đường xã 310 km, đường thôn 420 km; đã nhựa hóa 610 km": 610 is no part), and so is one of kinds of
    administrative unit ("19 đơn vị hành chính, trong đó 18 xã và 01 thị trấn; dân số …": 18 + 1 = 19), and so is
    one printed figure first after an existential "có" ("27/27 chỉ tiêu đạt và vượt kế hoạch, trong đó có 25 chỉ
    tiêu vượt, 2 chỉ tiêu đạt kế hoạch; còn theo kế hoạch riêng của huyện, 39/39 chỉ tiêu …, trong đó: 26 chỉ tiêu
    vượt, …" -> 25 + 2 = 27; the 26 of the next clause's set was read as a part of 27).
    Counts of units each listed under a programme (an official status a commune may hold beside others: "an toàn
    khu", "đặc biệt khó khăn", "biên giới", "bãi ngang") overlap, as counts of criteria met do: each is some of the
    whole on its own (round 24): "Huyện có 7 xã và 1 thị trấn; trong đó có 3 xã an toàn khu, 3 xã đặc biệt khó khăn
    vùng bãi ngang ven biển …, và có 7 xã đặc biệt khó khăn vùng đồng bào dân tộc thiểu số và miền núi" -> 3 ≤ 7,
    3 ≤ 7, 7 ≤ 7 (3 + 3 + 7 = 7 was a false error). The words before a ";" in a part's lead are the clause before
    it, not the part's: there "1 thị trấn" names no category of the communes listed after it.
    A list of names without figures ends at its ";" too: "hệ thống đường thuỷ dài 180 km, gồm sông Xáng Xà No,
    sông Ba Láng, các kênh đào …; đường bộ dài 378 km, trong đó có 80 km tuyến đường chính" gives no 378 ≤ 180
    (that was a false error): the figure after the ";" is another indicator's. An item opened by "với" tells more
    of the item before it and is no part beside it: "trong đó có 2.000ha sầu riêng, với diện tích cho thu hoạch
    khoảng 1.000ha" lists one part of the sown area, not 2.000 + 1.000.
    A ";"-clause that names its whole before the opener breaks down the figure of that name ("… 1.839
    người dân tộc thiểu số, … và 4.318 người dân tộc Kinh; người dân tộc thiểu số gồm chủ yếu người Khmer
    (1.698 người) và người Hoa (141 người)": parts of 1.839, never of 4.318).
    A part's name is counted without the noun its figure opens with ("54 hợp tác xã …; trong đó 38 hợp
    tác xã đang hoạt động, 02 tạm ngừng hoạt động và 01 đã giải thể": short names, a subset). A category and its
    negation ("nông nghiệp" / "phi nông nghiệp", "vốn ngân sách" / "vốn ngoài ngân sách"; not land, whose
    third class is "đất chưa sử dụng": "đất nông nghiệp …, đất phi nông nghiệp …" is a subset) and a total
    that names both its parts ("tổng số hộ nghèo và hộ cận nghèo là 3.620 hộ; trong đó hộ nghèo ...,
    hộ cận nghèo ...") cover the whole: a partition. One child alone is a subset whatever its name
    ("dân số khoảng 98.400 người, trong đó số người trong độ tuổi lao động là 61.200 người": 61.200 ≤
    98.400), and one count of another noun right after a count, named by nothing but its noun phrase ("Toàn huyện
    có 54 cơ sở lưu trú, trong đó có 26 nhà nghỉ homestay" -> 26 ≤ 54, ``prose_noun_child``), except a count of every administrative unit that "gồm" says is of one kind ("21 đơn vị hành
    chính cấp xã trực thuộc, bao gồm 21 xã: …" -> 21 = 21, a sum of counts; the part right after the opener, not
    a count after the names it opens); names are counted in words, dashes left out ("công nghiệp - xây dựng" is 4 words). A
    count fraction out of a whole bigger than the list's total is no part of it ("Năm nay có thêm 4
    xã đạt chuẩn …. Riêng tiêu chí quy hoạch, 20/20 xã đã đạt": 20 of 20, not of the 4). "trong độ
    tuổi" is no "trong đó" ("Dân số 18.400 người, lao động trong độ tuổi 11.200 người, trẻ em dưới 6 tuổi
    2.300 người" lists no parts). An item that opens a list of its own ends the list, and what it
    lists are parts of that item ("Trong đó 105 ha trồng liên kết, chủ yếu ở xã A 80 ha, xã B 12 ha":
    105 ≤ 113 and 80 + 12 ≤ 105; "chủ yếu ở / tại", the main places only, is a subset whatever its
    items name, and so is "tập trung ở / tại", where most of it lies: "tổng diện tích trồng hoa hơn 950 ha (tăng
    hơn 222 ha so với năm 2022), tập trung ở P.Tân Quy Đông (320 ha) và xã Tân Khánh Đông (324 ha)" -> 320 + 324
    ≤ 950). A later comma clause that opens a list of its own with a colon keeps that list's ";"s, which do not
    split this one: "tập trung chủ yếu ở phường Tân Quy Đông (310ha) và xã Tân Khánh Đông (250ha), với hơn 2.000
    chủng loại, chia ra thành 3 nhóm lớn: kiểng công trình … chiếm 65%; kiểng cổ bonsai 15%; hoa các loại 20%"
    -> 310 + 250 ≤ 920. Categories of public finance that hold one another (``prose_categories.NESTS``:
    domestic revenue holds taxes, fees and land-use charges; transfers from above the balancing and
    the targeted ones; state-budget capital each level's budget) are read one inside the other:
    "Thu ngân sách 420 tỷ đồng; trong đó thu nội địa 380 tỷ đồng, thu tiền sử dụng đất 95 tỷ đồng" ->
    380 ≤ 420 and 95 ≤ 380 (read side by side, 380 + 95 > 420 was a false error).
    Annual and perennial crops ("cây hàng năm" / "cây lâu năm") are all the land sown or farmed, so they
    cover a whole named so ("Tổng diện tích gieo trồng năm 2020 đạt 4.902ha, …; trong đó cây lâu năm
    3.492ha, …, cây hàng năm hơn 1.410ha" -> 3.492 + 1.410 ≈ 4.902, within the hedge), never "đất nông
    nghiệp", which holds forest land and fish ponds too (a subset).
    A long name is a kind of the whole when it opens with the head noun of another item ("huy động
    4.900 tỷ đồng, trong đó vốn ngân sách nhà nước 2.450 tỷ đồng và vốn đóng góp của cộng đồng dân cư
    1.380 tỷ đồng" -> 2.450 + 1.380 ≤ 4.900); the state, enterprises and the people are one way of
    classifying money, and together they cover it ("vốn ngân sách nhà nước 215 tỷ đồng, vốn doanh
    nghiệp 640 tỷ đồng, vốn dân cư 382,5 tỷ đồng" -> a partition). Parts printed in two scales of one
    unit ("hơn 40 tỷ đồng, …, hơn 460 triệu đồng" under "52 tỷ 300 triệu đồng") are not summed as
    printed: a subset keeps the parts in the whole's own scale, a partition is not read. Targets
    exceeded and targets met make up those "đạt và vượt" ("đạt và vượt 35/35 chỉ tiêu, trong đó 9 chỉ
    tiêu vượt và 26 chỉ tiêu đạt" -> 35 = 9 + 26); under a plain count some may be unmet. Of two
    openers with no figure between them the later one says what the list is ("cụ thể các tuyến gồm:"). A
    list whose items have named every category of a set ends before an item that names one of them again
    inside its name ("… thương mại – dịch vụ 915,121 tỷ đồng; vốn đầu tư xây dựng … 730,63 tỷ đồng": no
    fourth sector); "xã Huổi Luông" after "xã Hoang Thèn, thị trấn Phong Thổ" is one more commune. A list
    whose opener names a year breaks down the figure labelled with that year: "tăng từ 2.770.987 triệu đồng
    (năm 2015) lên 3.209.618 triệu đồng (năm 2017); trong đó năm 2015: nông, lâm, ngư nghiệp 1.537.566 …" ->
    parts of 2.770.987. An item that prints only figures in other measures than the whole's (a yield, an
    output) tells more of the item before it, and the list goes on when a later item prints the whole's
    quantity: "diện tích gieo trồng cây hàng năm đạt 8.260,5 ha, …; trong đó lúa nước 887,2 ha, năng suất đạt
    45 tạ/ha, sản lượng 3.885 tấn, và sắn 5.315 ha" -> 887,2 + 5.315 ≤ 8.260,5 (a yield in tạ/ha is no area).
    An average per head ends the list, and what follows it is other statements: "chia ra: nông, lâm, ngư nghiệp
    ước 4.750 tỷ đồng; công nghiệp, xây dựng ước 1.810 tỷ đồng …; thương mại, dịch vụ ước 3.400 tỷ đồng; thu nhập
    bình quân đầu người đạt 33 triệu đồng; chi đầu tư … 52,559 tỷ đồng" -> 9.960 = 4.750 + 1.810 + 3.400. What
    a parenthesis lists inside the first ";"-item breaks that item down, and the list is still split at ";"
    ("chia ra: nông, lâm nghiệp, thủy sản 3.852,34 tỷ đồng, chiếm 25,83% (bao gồm nông nghiệp 3.685,58 tỷ đồng,
    lâm nghiệp 2,70 tỷ đồng, thủy sản 164,06 tỷ đồng); công nghiệp, xây dựng 8.974,97 tỷ đồng …; dịch vụ
    2.088,75 tỷ đồng" -> 14.916,06 = 3.852,34 + 8.974,97 + 2.088,75, and 3.852,34 = 3.685,58 + 2,70 + 164,06).
    A sentence that opens with "Riêng" after a sentence printing one figure of its quantity sets some of that
    figure apart ("… đạt trên 88 tỷ đồng. Riêng doanh nghiệp địa phương đóng góp hơn 76 tỷ đồng" -> 76 ≤ 88).
    A whole dated to one time ("trước năm X", "năm X") and a list whose own clause names another ("nay",
    "hiện nay", "năm Y") are no whole and parts, so nothing is read; nor is a whole that counts one of the nouns
    a part counts together ("Toàn huyện có 17 xã và 2 thị trấn, gồm 225 thôn, tổ dân phố, trong đó có 18 xã, thị
    trấn thuộc diện đặc biệt khó khăn": 18 counts communes and towns, so it is no part of the 2 towns, nor of the
    17 communes): "Trước năm 2004 Sa Đéc có 4 phường, 4
    xã; nay gồm 6 phường: …" (6 ⊆ 4 was a false error; the town grew); an era opening the list's ";"-clause
    ("thời Pháp", "thời Việt Nam Cộng Hoà") dates it too: "Sau năm 1956 quận … gồm 2 tổng: Cửu Cư Thượng với 4 xã
    và An Ninh Thượng với 5 xã; thời Việt Nam Cộng Hoà, quận gồm 2 tổng, 9 xã" gives no 2 + 9 against 5. Nor is a
    figure its own ";"-clause lists (a subject, an opener, then the figure) the whole of the next clause that names
    a subject of its own without a figure: the two clauses are sibling items (round 36): "vùng núi cao gồm 2 xã: …;
    vùng giữa gồm thị trấn Cao Phong cùng 8 xã: …; và vùng ven sông Đà gồm 2 xã: …" gives no 8 + 2 against 2 (a
    false error). An item that names an earlier one
    with something left out ("không kể", "không tính", "chưa kể", "không bao gồm", "loại trừ", "trừ") is some
    of that item, not a part beside it: "trong đó thu nội địa 20.107 tỷ đồng, …; thu nội địa không kể tiền sử
    dụng đất, thu xổ số kiến thiết 19.836 tỷ đồng" -> 19.836 ≤ 20.107 (20.107 + 19.836 > 26.497 was a false error).
    A figure that one of the listed items prints again, with the same words before it, is that item said
    ahead of its list (a lede), not the list's total, and nothing is read: "Khu vực công nghiệp và xây dựng
    tăng 6,78%, đóng góp 3,93 điểm phần trăm …. Trong đó, khu vực nông, lâm nghiệp và thủy sản … đóng góp 0,49
    …; khu vực công nghiệp và xây dựng tăng 6,78%, đóng góp 3,93 …; khu vực dịch vụ … đóng góp 2,07 …" gives no
    0,49 + 3,93 + 2,07 > 3,93 (a false error on a raw page); a part that only equals its whole under another
    name is still a part ("Tổng thu … 100 tỷ đồng. Trong đó, thu nội địa … 100 tỷ đồng, thu … 20 tỷ đồng" is an error).
    An item named by nothing but its count noun, then an item that prints the same noun again with a qualifier
    after it, are no siblings: the second is some of the first, and it is left out of the sum (no sub-sum is
    guessed): "286 thôn, bản, tổ dân phố, trong đó có 274 thôn, bản, có 32 thôn, bản đặc biệt khó khăn" gives
    274 ≤ 286 only (274 + 32 > 286 was a false error); two qualified items ("160 thôn vùng cao, 190 thôn vùng
    thấp") are still summed, their error found. A colon typed after the opener opens the same list
    ("Toàn huyện có 19 đơn vị hành chính, trong đó: 18 xã và 01 thị trấn" -> 19 = 18 + 01, round 25).
    A part's bare "bằng P%" is its share of the whole ("trong đó vốn ngân sách 450 tỷ đồng, bằng 37,5%"), but
    not in a list that compares its parts with an earlier period, where a part prints a change or names the
    period: there "bằng" is the part against its own past, and it is not read (round 26): "gieo trồng được
    32.630 ha … Trong đó, lúa mùa 27.220 ha, bằng 98,80%; ngô 1.677 ha, tăng 3,90%; …, bằng 96,22% so với cùng
    thời điểm năm trước" (27.220 / 32.630 = 83,42 % ≠ 98,80 was a false error). Nor under a whole that states
    itself as an index of an earlier period: each part's bare "bằng" says of the part what the whole's said of it
    (round 27): "toàn tỉnh xuống giống được 1.788 ha lúa hè thu, bằng 98,7% cùng kỳ năm trước, trong đó vùng ven
    biển đạt 1.418 ha, bằng 97,9%" (1.418 / 1.788 = 79,3 % ≠ 97,9 was a false error; seen on a paraphrase of Yên
    Định and three national crop reports); under "…, tăng 12% so với cùng kỳ" the part's "bằng 44,4%" is still its
    share.
    The first figure of a sentence that is itself listed after an opener is a part, never the whole a "phân theo /
    chia theo" criterion later in that sentence classifies, and nothing is read there (round 31, measured on
    rewordings of development passages, ``benchmarks/bench_rewordings.py``, that put the parts in a sentence of
    their own): "Dân số trung bình năm 2011 đạt 45.860 người. Trong đó, Nam 23.213 người và Nữ 22.647 người; chia
    theo khu vực thì Thành thị có 10.639 người, Nông thôn có 35.221 người" (10.639 + 35.221 against 23.213 was an
    error on a relation no report meant); printed after a comma ("45.860 người, trong đó Nam …; chia theo khu vực
    …") the criterion classifies the sentence's first figure as before.
    """
    for k, line in enumerate(p.lines):
        text = line.text
        folded = _fold_openers(text)
        for words, complete, at, after_opener in _openers(p, k, folded):
            s_start, s_end = p.lines[k].sentence_span(p.lines[k].sentence_at(at))
            in_paren = _open_paren(text, s_start, at)
            scope_end = _scope_end(text, s_start, s_end, at, in_paren)
            inside = [m for m in p.mentions if m.line == k and after_opener <= m.start < scope_end and m.is_value]
            spans = list_items(text, after_opener, scope_end)
            nested = next((j for j, (a, b) in enumerate(spans) if j and _NESTED_OPENER_RE.match(folded[a:b])), None)
            if nested is not None:
                # "Trong đó 105 ha trồng liên kết, chủ yếu ở xã A 80 ha, xã B 12 ha": the item that opens
                # a list of its own ends this one; what it lists are parts of the item before it
                spans = spans[:nested]
            # "trong đó có 2.000ha sầu riêng, với diện tích cho thu hoạch khoảng 1.000ha": an item opened by "với"
            # tells more of the item before it (its bearing area), it is no sibling part beside it
            spans = [(a, b) for j, (a, b) in enumerate(spans) if not (j and _WITH_ITEM_RE.match(folded[a:b]))]
            items = [[m for m in inside if a <= m.start < b] for a, b in spans]
            items = [item for item in items if item]
            if not items:
                continue
            if ";" in text[after_opener : items[0][0].start]:
                # "đường thuỷ dài 180 km, gồm sông Xáng Xà No, sông Ba Láng …; đường bộ dài 378 km": a list of names
                # without figures ended at the ";", and the figure after it is another indicator's, not a part
                continue
            # one list per quantity every item prints: "ngô 889,2 ha/900 ha, ..., sản lượng 4.801 tấn; ..."
            for probe in items[0]:
                whole = _whole_before(p, k, s_start, at, _unit_probe(probe, items)) or _fraction_whole(
                    p, k, s_start, at, probe, items)
                # "54 cơ sở lưu trú, trong đó có 26 nhà nghỉ": one child counting another noun than its whole
                other_noun = whole is None and (whole := count_of_other_noun(p, k, s_start, at, words, items)) is not None
                if words in ("phan theo", "chia theo") and not text[s_start:at].strip(" :,-–*"):
                    # "… 150.000 triệu đồng …. Chia theo khoản mục đầu tư, vốn chủ yếu …": a criterion that opens its
                    # sentence may classify any figure before it (the sector openers are read apart), so no whole
                    continue
                if whole is not None and words in ("phan theo", "chia theo"):
                    # "Dân số … 131.134 người, …, trong đó nữ 67.054 người (…); chia theo khối: nông nghiệp …": a
                    # criterion classifies the sentence's whole, the first figure of its quantity, not the part before
                    whole = next((m for m in p.mentions if m.line == k and s_start <= m.start < at and m.is_value
                                  and m.value is not None and part_quantity(m, _unit_probe(probe, items))), whole)
                    if any(s_start <= o_at < whole.start for o_words, _, o_at, _ in _openers(p, k, folded)
                           if o_words not in ("phan theo", "chia theo")):
                        # "… đạt 45.860 người. Trong đó, nam 23.213 người và nữ 22.647 người; chia theo khu vực thì
                        # thành thị có 10.639 người, …": the sentence's first figure is itself listed after an opener,
                        # a part, not the whole the criterion classifies (10.639 + 35.221 against 23.213 was an error
                        # on a relation no report meant); its whole is elsewhere, and nothing is read
                        continue
                if whole is None or whole.row.index == probe.row.index or _rate(p, whole):
                    continue  # "mật độ 135 người/km2, trong đó thị trấn 1.250 người/km2": rates do not add
                parts: list[Mention] = []
                for n, item in enumerate(items):
                    if parts and _names_a_total(text, item[0]):
                        # "…, trong đó thu phát sinh 540,6 tỷ đồng (vượt 31,6%); tổng giá trị sản xuất 12.366 tỷ
                        # đồng …": an item that calls itself a total is another indicator, and the list ended
                        break
                    match = next((m for m in item if (_fits(whole, m, items) or (other_noun and m is probe))
                                  and m.row.index != whole.row.index
                                  and _role_family(m.cell.role) == _role_family(probe.cell.role)
                                  and not _wider_fraction(whole, m)), None)
                    if match is None and parts and _of_item_before(whole, item, items[n + 1:]):
                        continue  # "lúa nước 887,2 ha, năng suất đạt 45 tạ/ha, sản lượng 3.885 tấn, và sắn 5.315 ha"
                    if match is None or (parts and _rate(p, match)):
                        # "…; dịch vụ 3.400 tỷ đồng; thu nhập bình quân đầu người 33 triệu đồng; chi đầu tư …": an
                        # average per head is no part of a total, so the list of parts has ended before it
                        break
                    parts.append(match)
                if not parts or len({x.row.index for x in parts}) != len(parts):
                    continue
                if any(x.value is None for x in parts) or whole.value is None:
                    continue
                if any(_restates(p, whole, x) for x in parts):
                    # "Khu vực công nghiệp và xây dựng tăng 6,78%, đóng góp 3,93 điểm phần trăm …. Trong đó, khu vực
                    # nông, lâm nghiệp … đóng góp 0,49 …; khu vực công nghiệp và xây dựng tăng 6,78%, đóng góp 3,93
                    # …": the figure before the list is one of its own items printed ahead (a lede), not their total
                    continue
                # "trong đó thu nội địa 380 tỷ đồng, thu tiền sử dụng đất 95 tỷ đồng": categories that hold
                # one another are read one inside the other
                held = nested_in([_item_words(p, x) for x in parts])
                for j, i in restated_without(p, parts).items():
                    held.setdefault(j, i)
                among = qualified_again(p, parts)
                if among:
                    # "286 thôn, bản, tổ dân phố, trong đó có 274 thôn, bản, có 32 thôn, bản đặc biệt khó khăn": the
                    # 32 are some of the 274, no part beside them; whether the list says so is not read, so the
                    # item is left out of the sum (and no 32 ≤ 274 is guessed either)
                    parts = [x for j, x in enumerate(parts) if j not in among]
                    held = {j - sum(1 for a in among if a < j): i - sum(1 for a in among if a < i)
                            for j, i in held.items() if j not in among and i not in among}
                inner_lists = [(parts[i], [parts[j] for j in sorted(held) if held[j] == i]) for i in sorted(set(held.values()))]
                parts = [x for j, x in enumerate(parts) if j not in held]
                if not _parallel(p, parts, words):
                    continue  # "trong đó nguồn đầu tư 215.831 ..., giá trị giải ngân 157.225 ...": aspects, not parts
                ended = complete_prefix([p.name(x) for x in parts])
                if ended is not None:
                    # "… thương mại – dịch vụ 915,121 tỷ đồng …; vốn đầu tư xây dựng … 730,63 tỷ đồng": the sectors
                    # were all named, and an item naming one again is another indicator, not a fourth part
                    parts = parts[:ended]
                for x in parts:
                    if x.unit is None and whole.unit is not None:
                        edits.units[x.row.index] = whole.unit  # "trong đó kinh tế 9/11, ...": chỉ tiêu, as 18/21
                if not complete and (criteria_met([x.row.indicator for x in parts])
                                     or designated([x.row.indicator for x in parts])):
                    # "26/26 xã đạt chuẩn, trong đó 20 xã đạt chuẩn nâng cao và 4 xã đạt chuẩn kiểu mẫu"; "7 xã; trong
                    # đó có 3 xã an toàn khu, 3 xã đặc biệt khó khăn vùng bãi ngang …, và có 7 xã đặc biệt khó khăn
                    # vùng đồng bào dân tộc …": a commune may be under several programmes (not 3 + 3 + 7 = 7)
                    for x in (whole, *parts):
                        numerator(p, edits, x)
                    _criteria_subsets(p, edits, whole, parts)
                    continue
                partition, how = decide(p, parts, opener_complete=complete, how=f"parts listed after '{words}'",
                                        whole=whole)
                if words == ":" and not partition:
                    continue  # a colon opens parts only when they name every category, or end on the rest
                if "chu yeu" in words or words.startswith("tap trung"):
                    # "chủ yếu ở xã A 80 ha, thị trấn B 6,42 ha …": the main parts, whatever they name
                    partition, how = False, f"parts listed after '{words}': the main ones only, a subset"
                kept = _in_whole_unit(whole, parts)
                if len(kept) < len(parts):
                    # "hơn 41 tỷ 200 triệu đồng; trong đó … hơn 34 tỷ đồng, … hơn 1,2 tỷ đồng, … hơn 340 triệu
                    # đồng": parts printed in two scales of one unit are not summed as printed; fewer parts
                    # can only lower a subset's sum, but a partition needs them all
                    if partition or not kept:
                        continue
                    parts, how = kept, how + "; parts printed in another scale left out"
                if whole.cell.value.kind == "fraction" and all(x.cell.value.kind == "fraction" for x in parts):
                    # "18/21 chỉ tiêu; trong đó kinh tế 9/11, ...": numerators add up, and so do the wholes
                    for x in (whole, *parts):
                        numerator(p, edits, x)
                    how += "; numerators and denominators each"
                else:
                    # "hoàn thành 18/18 chỉ tiêu ..., trong đó 13 chỉ tiêu vượt kế hoạch": the parts are
                    # among the whole's numerator (18 met), not its denominator
                    for x in (whole, *parts):
                        numerator(p, edits, x)
                if edits.cells.get(whole.ref, {}).get("relation") == "count_list":
                    continue  # a total of units checked by its names (prose_units): its communes are no subset of it
                if edits.add_breakdown(Breakdown(whole.ref, [x.ref for x in parts], partition, how)):
                    _bare_shares(edits, parts, whole)
                for holder, inner in [(h, inner) for h, inner in inner_lists if _parallel(p, inner, words)]:
                    # "trong đó thu nội địa 380 tỷ đồng, thu tiền sử dụng đất 95 tỷ đồng": the land charges
                    # are some of the domestic revenue, not a second part beside it
                    edits.add_breakdown(Breakdown(holder.ref, [x.ref for x in inner], False,
                                                  f"parts listed after '{words}': categories this one holds, a subset"))


# the words that open an item calling itself a total: "tổng …", "tổng số …", "tổng cộng …", or the running total the
# parts were added to: "…, trong đó nước ngoài 779 dự án, nâng tổng số dự án lên 5.985 dự án" (a new whole, no part)
_TOTAL_ITEM_RE = re.compile(r"^(?:[-–*+]\s*)?(?:và\s+)?(?:(?:nâng|đưa)\s+)?tổng(?!\w)", re.IGNORECASE)


def _names_a_total(text: str, first: Mention) -> bool:
    """The list item whose first figure is ``first`` opens with "tổng": a total of its own (another
    indicator, or the parts' sum), never one more part beside the items before it."""
    start = max(text.rfind(";", 0, first.start), text.rfind(",", 0, first.start), text.rfind("(", 0, first.start),
                text.rfind(":", 0, first.start)) + 1
    return bool(_TOTAL_ITEM_RE.match(text[start:first.start].strip()))


# "Theo ngành, A đạt …; B đạt …; C đạt …": the sentence lists the parts of the previous one's total
_SENTENCE_OPENER_RE = re.compile(r"(?:chia |phan )?theo (?:nganh|linh vuc)(?: kinh te)?(?![a-z])")


def _openers(p: Passage, k: int, folded: str) -> list[tuple[str, bool, int, int]]:
    """The list openers of line ``k`` (words, whether the parts are all of the whole, start, end), in
    order: the opener words anywhere, and "Theo ngành," at the start of a sentence."""
    out = [(f.group(1), dict(_LIST_OPENERS)[f.group(1)], f.start(1), f.end(1)) for f in _OPENER_RE.finditer(folded)]
    for m in p.mentions:
        # "con số này là 6.064,9 tỷ đồng: nông - lâm - thuỷ sản 926,7 tỷ đồng, …": a colon right after a figure
        if m.line == k and m.is_value and m.unit and (found := re.match(r"(?:\s*[^\W\d_]+){1,3}\s*:", folded[m.end:])):
            out.append((":", False, m.end + found.end() - 1, m.end + found.end()))
    for start in p.lines[k].sentence_starts:
        found = _SENTENCE_OPENER_RE.match(folded, start)
        if found is not None:
            out.append((found.group(0), True, found.start(), found.end()))
    out.sort(key=lambda o: o[2])
    # "cụ thể các tuyến gồm: A 2,8 km; …": of two openers with no figure between them the later one,
    # right before the list, says what the list is
    starts = [m.start for m in p.mentions if m.line == k]
    nexts: list[tuple[str, bool, int, int] | None] = [*out[1:], None]
    return [o for o, nxt in zip(out, nexts[: len(out)], strict=True)
            if nxt is None or nxt[2] - o[3] > 40 or any(o[3] <= s < nxt[2] for s in starts)]


def series_parts(p: Passage, edits: Edits) -> None:
    """**Parts of a series of years.** A whole printed for several years side by side, then a list
    whose every item prints as many figures in the same order: each year has its own whole and
    parts. "Tổng số hộ lần lượt là 23.100, 24.050 và 25.300 hộ; trong đó hộ nông nghiệp 20.400,
    21.000 và 21.900 hộ, hộ phi nông nghiệp 2.700, 3.050 và 3.400 hộ" -> 23.100 = 20.400 + 2.700,
    24.050 = 21.000 + 3.050, 25.300 = 21.900 + 3.400 (not one whole of six parts). A series is
    figures separated only by "," or "và"; the parts are a partition or a subset as for any list
    (see listed parts), judged on the items' names. A list that opens its sentence ("Trong đó …")
    breaks down the last series of the sentence before. An item may print its shares as a series
    too ("nông nghiệp 800, 850 và 900 tỷ đồng, chiếm 40,0%, 38,6% và 36,0%"): each share is its
    year's part over its year's whole (800 / 2.000, 850 / 2.200, 900 / 2.500), never the last
    figure's share.
    """
    for k, line in enumerate(p.lines):
        text = line.text
        for found in _OPENER_RE.finditer(_fold_openers(text)):
            words = found.group(1)
            at, after_opener = found.start(1), found.end(1)
            s_start, s_end = p.lines[k].sentence_span(p.lines[k].sentence_at(at))
            scope_end = _scope_end(text, s_start, s_end, at, _open_paren(text, s_start, at))
            wholes = _series_whole(p, k, s_start, at)
            n = len(wholes)
            if n < 2:
                continue
            inside = [m for m in p.mentions if m.line == k and after_opener <= m.start < scope_end]
            runs: list[list[Mention]] = []
            shares: list[list[Mention]] = []
            broken = False
            for m in inside:
                if m.percent:
                    if runs and len(runs[-1]) == n and len(shares[-1]) < n and (
                            _SERIES_SHARE_RE.fullmatch(p.between(runs[-1][-1], m)) if not shares[-1]
                            else _series_gap(p.between(shares[-1][-1], m))):
                        shares[-1].append(m)
                        continue
                    broken = True
                    break
                if runs and len(runs[-1]) < n and not shares[-1] and _series_gap(p.between(runs[-1][-1], m)):
                    runs[-1].append(m)
                else:
                    runs.append([m])
                    shares.append([])
            if broken or len(runs) < 2 or any(len(run) != n for run in runs):
                continue
            if any(len(share) not in (0, n) or any(x.value is None for x in share) for share in shares):
                continue
            if not all(_series_member(wholes[-1], m) for run in runs for m in run):
                continue
            if not all(part_quantity(wholes[-1], run[-1]) for run in runs):
                continue
            if len({m.row.index for run in runs for m in run} | {w.row.index for w in wholes}) != n * (len(runs) + 1):
                continue
            heads = [run[0] for run in runs]
            if not _parallel(p, heads, words):
                continue
            partition, how = decide(p, heads, opener_complete=dict(_LIST_OPENERS)[words],
                                    how=f"parts of a series of {n} years listed after '{words}'")
            for run in runs:
                for m in run:
                    if m.unit is None:
                        edits.units[m.row.index] = wholes[-1].unit or ""
            for j, whole in enumerate(wholes):
                edits.add_breakdown(Breakdown(whole.ref, [run[j].ref for run in runs], partition, how))
            for run, share in zip(runs, shares, strict=True):
                for j, x in enumerate(share):
                    edits.set_cell(x.ref, force=True, relation="share", role="ratio", divides=None,
                                   refs=(run[j].ref, wholes[j].ref))
                    edits.note(x.row.index, f"{p.text(x)} is {p.text(run[j])} over {p.text(wholes[j])}")


def respective_shares(p: Passage, edits: Edits) -> None:
    """**Shares printed respectively.** Figures side by side followed by as many shares ("nông nghiệp,
    công nghiệp và dịch vụ đạt lần lượt 900, 600 và 500 tỷ đồng, lần lượt chiếm 45%, 30% và 25% tổng
    giá trị sản xuất 2.000 tỷ đồng"): the j-th share is the j-th figure over the whole, which is the
    figure printed right after the shares, else a series of as many totals printed in the two
    sentences before (one per year: "tổng … lần lượt là 2.000, 2.200 và 2.500 tỷ đồng"). Without a
    whole the shares are not recomputed (and never against the last figure's whole alone).
    """
    seen: set[Ref] = set()
    for m in p.mentions:
        if m.ref in seen or not m.is_value or m.value is None:
            continue
        run = _series_from(p, m)
        seen.update(x.ref for x in run)
        if len(run) < 2:
            continue
        shares: list[Mention] = []
        nxt = p.next(run[-1])
        while nxt is not None and len(shares) < len(run) and nxt.line == m.line and nxt.sentence == m.sentence \
                and nxt.percent and nxt.value is not None and (
                    _SERIES_SHARE_RE.fullmatch(p.between(run[-1], nxt)) if not shares
                    else _series_gap(p.between(shares[-1], nxt))):
            shares.append(nxt)
            nxt = p.next(nxt)
        if len(shares) != len(run) or any(x.cell.refs for x in shares):
            continue
        if not any(edits.claimed(x.ref) for x in shares) and _share_words(p, run[-1], shares[0]) is None:
            continue
        wholes = _respective_wholes(p, run, shares)
        for j, x in enumerate(shares):
            if wholes is None:
                edits.set_cell(x.ref, relation=None)
                edits.note(x.row.index, f"{p.text(x)}: a share of {p.text(run[j])}, whose whole is not printed here")
                continue
            edits.set_cell(x.ref, force=True, relation="share", role="ratio", divides=None,
                           refs=(run[j].ref, wholes[j].ref))
            edits.note(x.row.index, f"{p.text(x)} is {p.text(run[j])} over {p.text(wholes[j])}")


def _share_words(p: Passage, last: Mention, first_share: Mention) -> str | None:
    found = _SERIES_SHARE_RE.fullmatch(p.between(last, first_share))
    return found.group(0) if found and re.search(r"chiếm|tỷ trọng|tỷ lệ", found.group(0), re.IGNORECASE) else None


def _series_from(p: Passage, m: Mention) -> list[Mention]:
    """The figures printed side by side from ``m`` on ("900, 600 và 500 tỷ đồng")."""
    out = [m]
    nxt = p.next(m)
    while nxt is not None and nxt.line == m.line and nxt.sentence == m.sentence and nxt.is_value \
            and nxt.value is not None and nxt.cell.value.kind == "number" and out[-1].unit is None \
            and _series_gap(p.between(out[-1], nxt)):
        out.append(nxt)
        nxt = p.next(nxt)
    if any(x.unit is not None and not part_quantity(out[-1], x) for x in out) or out[-1].unit is None:
        return [m]
    return out


def _respective_wholes(p: Passage, run: list[Mention], shares: list[Mention]) -> list[Mention] | None:
    after = p.next(shares[-1])
    if (after is not None and after.line == shares[-1].line and after.sentence == shares[-1].sentence
            and after.is_value and after.value is not None and part_quantity(after, run[-1])
            and re.fullmatch(r"\s*%?\s*(?:của\s+)?[^\d;,()]{1,60}?(?:\(|\blà|:)?\s*", p.between(shares[-1], after))
            and all(x.value is not None and x.value < after.value for x in run)):
        return [after] * len(run)
    for back in (0, 1, 2):
        earlier = [x for x in p.mentions if x.sentence == run[0].sentence - back and x.order < run[0].order
                   and x.is_value and x.value is not None]
        for x in reversed(earlier):
            series = _series_from(p, x)
            if len(series) == len(run) and series[0].ref == x.ref and part_quantity(series[-1], run[-1]) and all(
                    w.value is not None and r.value is not None and w.value > r.value
                    for w, r in zip(series, run, strict=True)) and _has_whole_words(
                        f"{x.row.indicator} {p.before(x, limit=80)}"):
                return series
    return None


# "…900 tỷ đồng, chiếm 40,0%": the words between an item's last figure and its first share
_SERIES_SHARE_RE = re.compile(r"\s*(?:[^\W\d]+\s*){0,3},?\s*(?:lần lượt\s+)?(?:chiếm(?:\s+tỷ\s+(?:trọng|lệ))?|tỷ\s+trọng|tương ứng(?:\s+chiếm)?)"
                              r"\s*(?:lần lượt\s*)?(?:là\s*)?", re.IGNORECASE)


def _series_whole(p: Passage, line: int, s_start: int, at: int) -> list[Mention]:
    """The series a list opened at ``at`` breaks down: the figures side by side right before the opener,
    or, for a sentence that opens with it ("Trong đó …"), the last series of the sentence before."""
    before = [m for m in p.mentions if m.line == line and s_start <= m.start < at and m.is_value and m.value is not None]
    if before:
        # "68.083 người (trong đó …)": the parenthesis opens the series' parts as a comma does
        if before[-1].unit is None or re.search(r"[^\s,;:(]", _strip_unit(p, before[-1], at)):
            return []
        return _series_ending(p, before[-1])
    if p.lines[line].text[s_start:at].strip(" :,-–*"):
        return []
    after = [m for m in p.mentions if m.line == line and m.start >= at]
    if not after:
        return []
    previous = [m for m in p.mentions if m.sentence == after[0].sentence - 1 and m.is_value and m.value is not None
                and m.unit is not None]
    return _series_ending(p, previous[-1]) if previous else []


def _strip_unit(p: Passage, m: Mention, at: int) -> str:
    """The text between a figure and a list opener after it, without the figure's unit."""
    gap = p.lines[m.line].text[m.end : at]
    unit = m.unit or ""
    return gap.replace(unit, "", 1) if unit and unit in gap else gap


_SERIES_GAP_RE = re.compile(r"\s*(?:,|và|,\s*và)\s*")


def _series_gap(between: str) -> bool:
    return bool(_SERIES_GAP_RE.fullmatch(between))


def _series_member(whole: Mention, m: Mention) -> bool:
    return m.is_value and m.value is not None and m.cell.value.kind == "number" and (
        part_quantity(whole, m) or m.unit is None)


def _series_ending(p: Passage, last: Mention) -> list[Mention]:
    """The figures printed side by side that end with ``last`` ("23.100, 24.050 và 25.300 hộ")."""
    out = [last]
    m = p.previous(last)
    while m is not None and m.line == last.line and m.sentence == last.sentence and _series_member(last, m) \
            and _series_gap(p.between(m, out[0])):
        out.insert(0, m)
        m = p.previous(m)
    return out


# a comparison with an earlier period named in a figure's column: "bằng % so với cùng thời điểm năm trước"
_PAST_PERIOD_RE = re.compile(r"(?<![a-z])so(?: voi)? (?:cung ky|cung thoi diem|cung vu|nam truoc|vu \w+ nam)")


def _compared_with_past(parts: Sequence[Mention]) -> bool:
    """Parts of a list that compare themselves with an earlier period: one of them prints a change ("ngô
    1.677 ha, tăng 3,90%") or names the period its "bằng" is against ("bằng 86,83% so với cùng thời điểm năm
    trước"). A bare "bằng P%" beside them is that part against its own past, no share of the whole."""
    changes = [any(c.relation == "growth" for c in x.row.cells) for x in parts]
    bare = [any(c.column.strip().lower() == "bằng %" for c in x.row.cells) for x in parts]
    if any(c.value.percent and _PAST_PERIOD_RE.search(fold_words(c.column)) for x in parts for c in x.row.cells):
        return True
    # a part printing both its "bằng P%" and its change keeps its share: the change is the comparison
    return any(changes) and not any(b and g for b, g in zip(bare, changes, strict=True))


def _whole_indexed_on_past(whole: Mention) -> bool:
    """The whole states itself as an index of an earlier period: "1.788,9 nghìn ha lúa hè thu, bằng 98,7% cùng kỳ
    năm trước", "tương đương 104% năm 2022". Its parts' bare "bằng P%" after it say the same of each part."""
    for c in whole.row.cells:
        words = as_bang(fold_words(c.column))
        if c.value.percent and words.startswith("bang") and _PERIOD_NAMED_RE.search(words):
            return True
    return False


# an earlier period a percentage names: "cùng kỳ (năm trước)", "cùng thời điểm", "năm trước", "vụ mùa năm trước",
# "năm 2022"
_PERIOD_NAMED_RE = re.compile(r"(?<![a-z])(?:cung ky|cung thoi diem|cung vu|nam truoc|nam (?:19|20)\d\d)(?![a-z0-9])")


def _bare_shares(edits: Edits, parts: Sequence[Mention], whole: Mention) -> None:
    """ "trong đó vốn ngân sách 450 tỷ đồng, bằng 37,5%; ...": a part's "bằng P%" with no base words is
    its share of the whole it is listed under. Not in a list that compares its parts with an earlier period:
    "trong đó, lúa mùa 27.220 ha, bằng 98,80%; ngô 1.677 ha, tăng 3,90%; …, bằng 96,22% so với cùng thời
    điểm năm trước" -> 98,80 % is this season's rice against last year's (27.220 / 32.630 = 83,42 % is no
    error), and the bare ratio is left unread. Nor under a whole that states itself as an index of an earlier
    period (round 27): "toàn tỉnh xuống giống được 1.788 ha lúa hè thu, bằng 98,7% cùng kỳ năm trước, trong đó vùng
    ven biển đạt 1.418 ha, bằng 97,9%" -> 97,9 % is the coast's area against its own last year, said as the
    whole's was (1.418 / 1.788 = 79,3 % was a false error); a whole whose change names the period ("tăng 12% so
    với cùng kỳ") still leaves its parts' bare "bằng" their shares."""
    if _compared_with_past(parts) or _whole_indexed_on_past(whole):
        return
    for x in parts:
        for pos, c in enumerate(x.row.cells):
            if (c.relation == "ratio" and c.divides is None and not c.refs and c.value.percent
                    and c.column.strip().lower() == "bằng %"):
                edits.set_cell((x.row.index, pos), relation="share")


# Complete pairs a report names its parts by, with or without an opener: the words as printed.
_PAIRS: tuple[tuple[re.Pattern[str], ...], ...] = tuple(
    tuple(re.compile(rf"(?<!\w)(?:{w})(?!\w)") for w in pair) for pair in (
        (r"nam|nam giới", r"nữ|nữ giới"),
        # "xã đạt chuẩn nông thôn mới" names the new-countryside programme, no rural half
        (r"thành thị|khu vực đô thị", r"nông thôn(?!\s+mới)"),
    ))


def _pair_name(p: Passage, m: Mention, pair: tuple[re.Pattern[str], ...]) -> str:
    """What names a figure in a pair: the word right after it ("86.166 nam"), else the words of its
    clause before it ("nam 9.550 người")."""
    nxt = p.next(m)
    tail = p.after(m, limit=40)
    if nxt is not None and nxt.line == m.line and nxt.start > m.end:
        tail = tail[: max(0, nxt.start - m.end)]
    words = _no_place_nam(re.split(r"[,;:()]|\svà\s", tail)[0]).lower()
    if any(x.search(words) for x in pair):
        return words  # "86.166 nam", "8.276 người sống ở thành thị"
    clauses = re.split(r"[,;:(]", _no_place_nam(p.lead(m)))
    lead = clauses[-1]
    if len(clauses) > 1 and not re.search(r"\w", lead) and p.lead(m).rstrip().endswith(","):
        lead = clauses[-2]  # "Phần lớn sống ở nông thôn, 33.105 người": the clause before the comma names it
    return re.sub(r"\s+", " ", lead.lower())


# "Nam" that ends a place's name ("Cam An Nam", "Hòa Quang Nam", "Việt Nam") or a direction ("phía Nam",
# "miền nam"): the word before it is capitalised or says where, so it is no "nam" (men) of a nam / nữ pair
_PLACE_NAM_RE = re.compile(r"(?<![\w])(\w+)(\s+)([Nn]am)(?!\w)")
_WHERE_WORDS = frozenset({"phía", "miền", "hướng", "phương", "vùng", "bắc", "đông", "tây"})


# "Nam" that opens a place's name, a capitalised word after it ("Nam Khê", "Nam Định", "Nam Sách")
_NAM_OPENS_NAME_RE = re.compile(r"(?<!\w)Nam(?=\s+[^\W\d_])")


def _no_place_nam(text: str) -> str:
    """``text`` with each "Nam" of a place or a direction masked: "Cam An Nam 1.934,45 ha" is no count of men
    beside "Cam An Bắc 2.137,83 ha" (read so, it was a subset of the commune before it); nor is the "Nam" that
    opens a name (round 38): "có 11 đơn vị hành chính, gồm 7 phường là Nam Khê, Trưng Vương, … và 4 xã là …"
    counts no men among the 11 (uong-bi-quang-ninh_3 read 7 as a half of a nam / nữ pair, a subset)."""

    def mask(m: re.Match[str]) -> str:
        before = m.group(1)
        if (before[0].isupper() and m.group(3)[0] == "N") or before.lower() in _WHERE_WORDS:
            return f"{before}{m.group(2)}{m.group(3)}_"
        return m.group(0)

    masked = _PLACE_NAM_RE.sub(mask, text)

    def opens(m: re.Match[str]) -> str:
        return "Nam_" if masked[m.end():].lstrip()[:1].isupper() else m.group(0)

    return _NAM_OPENS_NAME_RE.sub(opens, masked)


def paired_parts(p: Passage, edits: Edits) -> None:
    """**Complete pairs.** Figures of a whole's quantity printed after it in its sentence that name the
    two halves of a complete pair — nam / nữ, thành thị (khu vực đô thị) / nông thôn — with or without an opener:
    "dân số trung bình ... là 175.205 người, gồm 86.166 nam và 89.039 nữ; 8.276 người sống ở thành
    thị, 166.929 người ở nông thôn" -> 86.166 + 89.039 = 175.205 and 8.276 + 166.929 = 175.205.
    "Sơn Tây có 18.962 người, nam 9.550 người, nữ 9.412 người" -> 9.550 + 9.412 = 18.962. Each pair is
    its own breakdown of the whole printed before it. "nông thôn mới" (the new-countryside standard) names
    no rural half: "tổng số 30 xã, trong đó 25 xã đạt chuẩn nông thôn mới, 5 xã còn lại đạt từ 15 tiêu chí"
    is the list 25 + 5 = 30 that "còn lại" closes, not a rural subset 25 ≤ 30 with the rest left unread. Nor
    is a "Nam" after a capitalised word or a word of direction any men: "Cam An Bắc 2.137,83 ha, Cam An Nam
    1.934,45 ha", "xã Hòa Quang Nam có 9.000 người", "tuyến phía Nam 120 km" name places and sides (each was a
    subset of the figure before it), and so does a "Nam" that opens a name (round 38: "11 đơn vị trực thuộc, trong
    đó 7 phường là Nam Khê, Trưng Vương, … và 4 xã là …" -> 7 + 4 = 11); "trong đó Nam 86.166 người, Nữ 89.039
    người" still counts men. A pair
    printed after another pair closed is a second breakdown of the same whole, not of the other pair's half
    (round 37): "toàn thành phố có 926.018 người, trong đó thành thị 805.320 người và nông thôn 120.698 người;
    chia theo giới tính, nam 450.761 người và nữ 475.257 người" -> 805.320 + 120.698 = 926.018 and 450.761 +
    475.257 = 926.018 (read under "thành thị", it was a false error); a pair opened right after a half ("thành
    thị 31.250 người, gồm nam …, nữ …"; "…, nông thôn 121.150 người, gồm nam …") still breaks that half down.
    """
    for k, pair in enumerate(_PAIRS):
        del k
        taken: set[Ref] = set()
        for a in p.mentions:
            if a.ref in taken or a.value is None or a.cell.value.kind != "number" or a.cell.value.percent:
                continue
            b = p.next(a)
            while b is not None and b.percent and b.line == a.line:
                b = p.next(b)  # "thành thị 55.742 người (55,54%) và nông thôn 44.615 người"
            if b is None or b.sentence != a.sentence or b.line != a.line or b.value is None or b.cell.value.percent:
                continue
            wa, wb = _pair_name(p, a, pair), _pair_name(p, b, pair)
            if not (pair[0].search(wa) and pair[1].search(wb)) or pair[1].search(wa) or pair[0].search(wb):
                continue
            before = [m for m in p.mentions[: a.order] if m.sentence == a.sentence and m.line == a.line and m.is_value
                      and m.value is not None and m.ref not in taken and m.value > max(a.value, b.value)
                      and not m.cell.value.percent and (a.unit is None or part_quantity(m, a))
                      and (b.unit is None or part_quantity(m, b))]
            # a half of another pair whose other half follows it is no whole of this pair: "trong đó thành thị
            # 805.320 người và nông thôn 120.698 người; chia theo giới tính, nam 450.761 người và nữ 475.257 người"
            # breaks the city down twice (a pair nested under "thành thị" would follow it, before "nông thôn")
            before = [m for m in before if not _pair_went_on(p, pair, m, a)]
            if not before or a.row.index == b.row.index:
                continue
            whole = before[-1]
            if whole.row.index in (a.row.index, b.row.index):
                continue
            for x in (a, b):
                if x.unit is None and whole.unit is not None:
                    edits.units[x.row.index] = whole.unit  # "(nam 14.890, nữ 15.115)": người, as its whole
            if edits.add_breakdown(Breakdown(whole.ref, [a.ref, b.ref], True, "the two halves of a complete pair")):
                taken.update((a.ref, b.ref))
        # one half alone: "dân số trung bình 178.775 người, ...; số người sống ở nông thôn là 170.224 người"
        for a in p.mentions:
            if a.ref in taken or a.value is None or a.cell.value.kind != "number" or a.cell.value.percent:
                continue
            if not a.is_value or a.unit is None or edits.parent_of(a.row.index) is not None:
                continue
            name = _pair_name(p, a, pair)
            if sum(bool(x.search(name)) for x in pair) != 1:
                continue
            other = pair[1] if pair[0].search(name) else pair[0]
            if any(m.sentence == a.sentence and other.search(_pair_name(p, m, pair)) for m in p.mentions if m.ref != a.ref):
                continue  # the other half is printed too: the pair's reading, not a subset
            before = [m for m in p.mentions[: a.order] if m.sentence == a.sentence and m.line == a.line and m.is_value
                      and m.value is not None and m.value >= a.value and not m.cell.value.percent
                      and part_quantity(m, a) and edits.parent_of(m.row.index) is None
                      and not any(x.search(_pair_name(p, m, pair)) for x in pair)]
            if before and before[-1].row.index != a.row.index:
                edits.add_breakdown(Breakdown(before[-1].ref, [a.ref], False, "one half of a complete pair: a subset"))


def _pair_went_on(p: Passage, pair: tuple[re.Pattern[str], ...], half: Mention, later: Mention) -> bool:
    """Whether ``half`` names one half of another complete pair than ``pair`` that is closed before ``later``,
    so that ``later``'s pair breaks down the whole again: its other half printed after it ("thành thị 805.320
    người và nông thôn 120.698 người; chia theo giới tính, nam …"), or before it with no opener between
    ``half`` and ``later`` ("…, nông thôn 121.150 người; nam …", not "nông thôn 121.150 người, gồm nam …")."""
    for other in _PAIRS:
        if other is pair:
            continue
        name = _pair_name(p, half, other)
        named = [i for i, x in enumerate(other) if x.search(name)]
        if len(named) != 1:
            continue
        rest = other[1 - named[0]]

        def names_rest(x: Mention, rest: re.Pattern[str] = rest, other: tuple[re.Pattern[str], ...] = other) -> bool:
            return x.is_value and x.value is not None and x.line == half.line and x.sentence == half.sentence and bool(
                rest.search(_pair_name(p, x, other)))

        if any(names_rest(x) for x in p.mentions[half.order + 1 : later.order]):
            return True
        if any(names_rest(x) for x in p.mentions[: half.order]) and not _PAIR_OPENER_RE.search(
                p.between(half, later).lower()):
            return True
    return False


# what opens a breakdown of the figure before it ("nông thôn 121.150 người, gồm nam …", "(nam …")
_PAIR_OPENER_RE = re.compile(r"(?<!\w)(?:gồm|bao gồm|trong đó|trong số đó|chia ra|riêng)(?!\w)|\(")


# the words between a whole's figure and the parenthesis that enumerates it: up to fourteen words, a comma
# inside a count of units, a hyphen inside a compound ("chỉ tiêu kinh tế - xã hội chủ yếu đều đạt và vượt"), a
# dot inside an abbreviated unit ("đạt 7.170.343 tr.đ (nông, lâm, thủy sản 2.633.564; …)": triệu đồng)
_WHOLE_NOUN_RE = re.compile(r"[^\W\d_]*(?:,?\s(?:[-–]\s)?[^\W\d_]+(?:\.[^\W\d_]+)*){0,14}?\s*\(")


def parenthesised_parts(p: Passage, edits: Edits) -> None:
    """**Parts in parentheses.** A figure followed by a parenthesis that lists two or more figures of its
    quantity, one per item and nothing else ("Tổng đàn gia súc 62.300 con (trâu 12.100 con, bò
    18.400 con, lợn 31.800 con)"): the parenthesis enumerates the whole, so the parts add up to it
    (12.100 + 18.400 + 31.800 = 62.300 ✓). Items that classify the whole two ways are not added.
    Parts printed without a unit take the whole's: "năm 2022 có 62.050 người (nông thôn 55.540,
    thành thị 6.510)" -> 55.540 + 6.510 = 62.050 ✓. The whole's noun may run to fourteen words before the
    parenthesis, a hyphen inside it: "14 đơn vị hành chính cấp xã (1 thị trấn, 13 xã)" -> 1 + 13 = 14 ✓; a
    count printed as a fraction totals its parts by its numerator: "cả 35/35 chỉ tiêu kinh tế - xã hội chủ
    yếu đều đạt và vượt kế hoạch (23 chỉ tiêu vượt, 12 chỉ tiêu đạt)" -> 23 + 12 = 35 ✓
    (``relations.fraction_wholes``); a count printed "N/N" and read as two cells is one figure whatever role the
    words before it give them ("còn theo kế hoạch riêng của huyện, 39/39 chỉ tiêu đều đạt và vượt kế hoạch,
    trong đó: 26 chỉ tiêu vượt, 13 chỉ tiêu đạt" -> 26 + 13 = 39 ✓; "kế hoạch" named the set, so the 39 was
    a plan no part matched: ``relations._one_count_twice``); and a count of units
    may name two kinds ("25 xã, thị trấn (23 xã và 2 thị trấn)"). A figure that is itself a part of a
    total is the whole of its own parenthesis: "diện tích tự nhiên 137.124ha, trong đó đất nông nghiệp là
    124.761ha (đất sản xuất 11.283ha, đất lâm nghiệp 113.469ha, đất nuôi trồng thủy sản 8,59ha)" -> 124.761 ≤
    137.124 and 11.283 + 113.469 + 8,59 = 124.761 ✓. Names joined by "và" inside one item name one part:
    "trị giá 652 triệu đồng (tỉnh cấp 162 triệu đồng, địa phương và người dân đóng góp 490 triệu đồng)" ->
    162 + 490 = 652 ✓. An item may name its part after its figure and unit: "trồng mới 1.143 ha rừng (27 ha
    rừng phòng hộ và 1.116 ha rừng sản xuất)" -> 27 + 1.116 = 1.143 ✓, read by these words whether or not the
    parts add up (before, only arithmetic read such a list, so a list that did not add up was never read and
    its error never found); a figure that does not open its item ("năm 2022: 4.300 ha") or words after it
    that carry a figure of their own ("1 sản phẩm 4 sao") name no part.
    """
    for w in p.values():
        if w.value is None or inside_parenthesis(p, w):
            continue  # a part printed inside a parenthesis is enumerated there, not the whole of another one
        if any(b.whole[0] == w.row.index for b in edits.breakdowns):
            continue
        text = p.lines[w.line].text
        head = re.match(_WHOLE_NOUN_RE, text[w.end : w.end + 100])
        if head is None:
            continue
        if "," in head.group(0) and not any(fold_words(w.unit or "").startswith(g) for g in _GENERIC_COUNTS):
            continue  # a comma only inside a count of units ("25 xã, thị trấn (23 xã và 2 thị trấn)")
        open_at = w.end + head.end() - 1
        depth, close_at = 0, -1
        for i in range(open_at, len(text)):
            depth += (text[i] == "(") - (text[i] == ")")
            if depth == 0:
                close_at = i
                break
        if close_at < 0 or _opener(text[open_at + 1 : close_at]) is not None:
            continue  # "(gồm ...)", "(trong đó ...)": listed_parts reads those
        spans = _joined_names(text, list_items(text, open_at + 1, close_at))
        items = [[m for m in p.mentions if m.line == w.line and a <= m.start < b] for a, b in spans]
        if len(items) < 2 or any(not item for item in items):
            continue
        parts = [item[0] for item in items]
        if any(not (part_quantity(w, m) or _bare_number(m)) or m.value is None or m.row.index == w.row.index
               or any(x.is_value and x.ref != m.ref for x in item) for m, item in zip(parts, items, strict=True)):
            continue
        if len({m.row.index for m in parts}) != len(parts):
            continue
        # an item names its part before its figure ("trâu 12.100 con") or after it ("27 ha rừng phòng hộ")
        named = [_item_words(p, m, folded=False) or _words_after(text, m, span)
                 for m, span in zip(parts, spans, strict=True)]
        # "14 đơn vị hành chính (1 thị trấn, 13 xã)": a count's noun after it is its item's name
        words = [x or fold_words(m.unit or "") if _is_count_noun(fold_words(m.unit or "")) else x
                 for x, m in zip(named, parts, strict=True)]
        if any(_BASE_ITEM_RE.search(x) or not x for x in words) or any(
                _role_family(m.cell.role) != _role_family(w.cell.role) for m in parts):
            continue  # "(năm 2022: 45.000 ha, ...)", "(kế hoạch 500 ha, cùng kỳ 480 ha)": other values of it
        if cross_classified(named) or _mixed_deeds(p, parts):
            continue
        for m in parts:
            if m.unit is None and w.unit is not None:
                edits.units[m.row.index] = w.unit  # "53.410 người (nông thôn 47.900, thành thị 5.510)"
        edits.add_breakdown(Breakdown(w.ref, [m.ref for m in parts], True, "a parenthesis enumerating its parts"))


def _words_after(text: str, m: Mention, span: tuple[int, int]) -> str:
    """The words of a list item after its figure and unit, when the item names its part there: "(27 ha rừng
    phòng hộ và 1.116 ha rừng sản xuất)" -> "rừng phòng hộ", "(04 di tích cấp quốc gia và 12 di tích cấp
    tỉnh)" -> "di tích cấp quốc gia". Lower case, not folded (as ``_item_words(folded=False)``)."""
    if not re.fullmatch(r"[\s(,;]*(?:và\s+)?", text[span[0] : m.start]):
        return ""  # the figure does not open its item ("năm 2022: 4.300 ha"): its words are before it
    tail = re.sub(r"\s+", " ", text[m.end : span[1]]).strip(" .,;").lower()
    unit = (m.unit or "").lower()
    if unit and (tail == unit or tail.startswith(unit + " ")):
        tail = tail[len(unit) :].strip()  # "ha rừng phòng hộ": the unit, then the name
    return "" if any(ch.isdigit() for ch in tail) else tail


def inside_parenthesis(p: Passage, m: Mention) -> bool:
    """``m`` is printed inside a parenthesis opened in its sentence."""
    start = p.sentence_bounds(m)[0]
    return _open_paren(p.lines[m.line].text, start, m.start)


def _joined_names(text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Items split at "và" that print no figure name the item after them together with it: "(tỉnh cấp 162
    triệu đồng, địa phương và người dân đóng góp 490 triệu đồng)" has two items, not three."""
    out: list[tuple[int, int]] = []
    pending: int | None = None
    for a, b in spans:
        if pending is not None:
            a, pending = pending, None
        if b < len(text) and text.startswith(" và ", b) and not any(ch.isdigit() for ch in text[a:b]):
            pending = a
            continue
        out.append((a, b))
    if pending is not None:
        out.append((pending, spans[-1][1]))
    return out


def _bare_number(m: Mention) -> bool:
    """A plain number printed without a unit (a part that takes its whole's unit)."""
    return m.unit is None and m.is_value and m.value is not None and m.cell.value.kind == "number"


# Items that name another value of the same figure (a year, a plan, a comparison), not a part of it
_BASE_ITEM_RE = re.compile(r"(?<!\w)(?:năm|kế hoạch|kh|dự toán|chỉ tiêu|nghị quyết|nq|cùng kỳ|so với|mục tiêu|"
                           r"tháng|quý|kỳ|đợt|lần)(?!\w)")


def percent_parts(p: Passage, edits: Edits) -> None:
    """**Rates split into parts.** A percentage followed by "chia ra", or by "gồm" / "bao gồm" with parts
    printed as shares ("chiếm"), and then one percentage per item: the parts are shares of the same
    base, so they add up to it (percentage points). "trong đó", or "gồm" with plain rates, is not
    enough: the rates of sub-groups ("tỷ lệ hộ nghèo 5%, trong đó thành thị 2%"; "bao phủ 92%, gồm
    hộ nghèo 100%, cận nghèo 85%") have other bases and do not add up. Shares ("chiếm") after
    "trong đó" or "riêng" are some of the share before them (a subset: one child always is).

    "Tỷ lệ lực lượng lao động trong độ tuổi tham gia bảo hiểm xã hội đạt 10,03%, chia ra bảo hiểm xã
    hội tự nguyện chiếm khoảng 4,2% và bảo hiểm xã hội bắt buộc 5,83%" -> 4,2 + 5,83 = 10,03 ✓;
    "đồng bào dân tộc thiểu số chiếm 48,09% (riêng đồng bào tại chỗ M'Nông, Ê Đê chiếm 12,87%)" ->
    12,87 ≤ 48,09 ✓.
    """
    for k, line in enumerate(p.lines):
        text = line.text
        for found in _PERCENT_OPENER_RE.finditer(_fold_openers(text)):
            words = found.group(1)
            if words in _SHARE_OPENERS:
                _share_subsets(p, edits, k, found)
                continue
            if not dict(_LIST_OPENERS)[words] or words in ("gom co",):
                continue
            # rates of sub-groups after "gồm" ("bao phủ 92%, gồm hộ nghèo 100%, cận nghèo 85%") have other
            # bases: only "chia ra" or parts printed as shares ("chiếm") split the rate itself
            split_words = words in ("chia ra", "chia thanh", "phan ra")
            at, after_opener = found.start(1), found.end(1)
            s_start, s_end = p.lines[k].sentence_span(p.lines[k].sentence_at(at))
            scope_end = _scope_end(text, s_start, s_end, at, _open_paren(text, s_start, at))
            semi = text.find(";", at, scope_end)
            scope_end = semi if semi >= 0 else scope_end  # "..., chia ra A 4,2% và B 5,83%; 3,78% ...": its clause
            before = [m for m in p.mentions if m.line == k and s_start <= m.start < at]
            if not before or not _plain_percent(before[-1]) or before[-1].value is None:
                continue
            whole = before[-1]
            if re.search(r"[;:]", text[whole.end : at]):
                continue
            parts: list[Mention] = []
            for a, b in list_items(text, after_opener, scope_end):
                item = [m for m in p.mentions if m.line == k and a <= m.start < b]
                if not item or not _plain_percent(item[0]) or item[0].value is None:
                    parts = []
                    break
                parts.append(item[0])
            if len(parts) < 2 or len({x.row.index for x in parts}) != len(parts) or whole.row.index in {
                    x.row.index for x in parts}:
                continue
            if not split_words and not any(x.cell.relation == "share" for x in parts):
                continue
            _as_parts(edits, whole, parts)
            edits.add_breakdown(Breakdown(whole.ref, [x.ref for x in parts], True,
                                          f"percentages listed after '{words}': parts of one rate"))


# "trong đó" / "riêng" before shares of a share: the parts are some of it (the same base, "chiếm")
_SHARE_OPENERS = ("trong do rieng", "trong do", "trong so do", "rieng")
_PERCENT_OPENER_RE = re.compile(
    r"(?<![a-z])(" + "|".join(re.escape(w) for w in sorted({*(w for w, _ in _LIST_OPENERS), *_SHARE_OPENERS},
                                                           key=lambda w: -len(w))) + r")(?![a-z])"
)


def _as_parts(edits: Edits, whole: Mention, parts: Sequence[Mention]) -> None:
    """Shares read as a total and its parts: "chiếm khoảng 4,2%" is a part of the whole's rate."""
    for x in (whole, *parts):
        if x.cell.relation == "share":
            edits.set_cell(x.ref, relation=None)


def _share_subsets(p: Passage, edits: Edits, k: int, found: re.Match[str]) -> None:
    """ "đồng bào dân tộc thiểu số chiếm 48,09% (riêng đồng bào tại chỗ M'Nông, Ê Đê chiếm 12,87%)": shares
    of one base after "riêng" / "trong đó" are some of the share before them (12,87 ≤ 48,09)."""
    text = p.lines[k].text
    at, after_opener = found.start(1), found.end(1)
    s_start, s_end = p.lines[k].sentence_span(p.lines[k].sentence_at(at))
    scope_end = _scope_end(text, s_start, s_end, at, _open_paren(text, s_start, at))
    semi = text.find(";", at, scope_end)
    scope_end = semi if semi >= 0 else scope_end
    before = [m for m in p.mentions if m.line == k and s_start <= m.start < at]
    if not before or before[-1].cell.relation != "share" or not _plain_percent(before[-1]) or before[-1].value is None:
        return
    whole = before[-1]
    if re.search(r"[;:]", text[whole.end : at]) or text[whole.end : at].count("(") > 1:
        return
    inside = [m for m in p.mentions if m.line == k and after_opener <= m.start < scope_end]
    if not inside or any(m.cell.relation != "share" or not _plain_percent(m) or m.value is None for m in inside):
        return
    if len({m.row.index for m in inside}) != len(inside) or whole.row.index in {m.row.index for m in inside}:
        return
    partition, how = decide(p, inside, opener_complete=False, how=f"shares after '{found.group(1)}'")
    _as_parts(edits, whole, inside)
    edits.add_breakdown(Breakdown(whole.ref, [m.ref for m in inside], partition, how))


def _plain_percent(m: Mention) -> bool:
    """A percentage printed as a level (not a ratio to a plan, a growth or a difference)."""
    c = m.cell
    return (c.value.kind in ("number", "comparator") and (bool(c.value.percent) or (m.row.unit or "").strip() == "%")
            and c.role in ("actual", "estimate", "target", "plan") and c.divides is None and not c.refs
            and c.relation in (None, "share"))


_OPENER_RE = re.compile(
    r"(?<![a-z])(" + "|".join(re.escape(w) for w, _ in sorted(_LIST_OPENERS, key=lambda wc: -len(wc[0]))) + r")(?![a-z])"
)
# an item of a list that opens a list of its own (", chủ yếu ở xã A 80 ha, …", ", trong đó …")
# an item that describes the item before it: ", với diện tích cho thu hoạch khoảng 1.000ha"
_WITH_ITEM_RE = re.compile(r"\s*(?:va\s+)?voi(?![a-z])")
_NESTED_OPENER_RE = re.compile(r"\s*(?:" + "|".join(re.escape(w) for w, _ in _LIST_OPENERS) + r")(?![a-z])")


def _of_item_before(whole: Mention, item: Sequence[Mention], later: Sequence[Sequence[Mention]]) -> bool:
    """An item of a comma list that prints only figures in other measures than the whole's (a yield, an
    output after an area) tells more of the item before it, and the list goes on when a later item
    prints the whole's quantity again: "trong đó lúa nước 887,2 ha, năng suất đạt 45 tạ/ha, sản lượng
    3.885 tấn, và sắn 5.315 ha" lists two areas."""
    if not whole.unit or "/" in whole.unit:
        return False  # "400 triệu đồng/năm …; trong đó chè 370 triệu đồng/năm, rau 790 triệu đồng/ha, …": rates do not add
    if not all(m.unit is not None and not part_quantity(whole, m) and not is_count_unit(m.unit) for m in item):
        return False
    return any(part_quantity(whole, m) for other in later for m in other[:1])


def _unit_probe(probe: Mention, items: Sequence[Sequence[Mention]]) -> Mention:
    """The figure that tells a list's quantity: ``probe`` itself, or for a figure printed without its
    unit ("trong đó thuế phí đạt 1.388,5, ...; thu từ nhà đất đạt 145,9 tỷ đồng") the first figure of
    a later item that prints one."""
    if probe.unit is not None:
        return probe
    later = [m for item in items[1:] for m in item[:1] if m.unit is not None and m.cell.role == probe.cell.role]
    return later[0] if later else probe


def _fraction_whole(p: Passage, line: int, s_start: int, at: int, probe: Mention,
                    items: Sequence[Sequence[Mention]]) -> Mention | None:
    """ "đạt và vượt 18/21 chỉ tiêu; trong đó kinh tế 9/11, xã hội 6/7, quốc phòng – an ninh 3/3": count
    fractions printed without their noun are parts of the count fraction before the list."""
    if probe.unit is not None or probe.cell.value.kind != "fraction":
        return None
    if not all(m.unit is None and m.cell.value.kind == "fraction" for item in items for m in item[:1]):
        return None
    before = [m for m in p.mentions if m.line == line and s_start <= m.start < at and m.is_value
              and m.cell.value.kind == "fraction" and m.unit is not None and m.value is not None]
    return before[-1] if before else None


def _fits(whole: Mention, m: Mention, items: Sequence[Sequence[Mention]]) -> bool:
    """A part of ``whole``: same quantity, or a figure printed without a unit in a list whose other
    items print the whole's unit (the unit is not repeated), or a count fraction without its noun
    under a count fraction."""
    if part_quantity(whole, m):
        return True
    if m.unit is None and m.cell.value.kind == "fraction" and whole.cell.value.kind == "fraction" and m.is_value:
        return True
    if m.unit is not None or m.value is None or not m.is_value or m.cell.value.kind != "number":
        return False
    return any(part_quantity(whole, x) for item in items for x in item[:1] if x.ref != m.ref)


def _in_whole_unit(whole: Mention, parts: Sequence[Mention]) -> list[Mention]:
    """The parts printed in the whole's own unit (or without one) when the parts print more than one
    scale of it ("tỷ đồng" and "triệu đồng"); all of them when they print one."""
    def scale(x: Mention) -> Fraction | None:
        return conversion_factor(stock_unit(x.unit), stock_unit(whole.unit)) if x.unit else Fraction(1)

    scales = {scale(x) for x in parts} - {None}  # None: another count noun ("85 doanh nghiệp" of "cơ sở")
    if len(scales) < 2:
        return list(parts)
    return [x for x in parts if scale(x) in (1, None)]


def _wider_fraction(whole: Mention, m: Mention) -> bool:
    """A count fraction whose own whole is bigger than the list's total ("… 6 xã …. Riêng nhóm tiêu
    chí về quy hoạch, 26/26 xã đã đạt"): it counts out of another whole, so it is no part of this one."""
    v = m.cell.value
    if v.kind != "fraction" or v.den is None or whole.cell.value.kind == "fraction" or whole.value is None:
        return False
    return Fraction(str(v.den)) > whole.value


def _sentence_index(p: Passage, line: int, offset: int) -> int | None:
    pl = p.lines[line]
    return pl.sentence_at(offset)


def _open_paren(text: str, start: int, at: int) -> bool:
    a, b, _ = slice(start, at).indices(len(text))  # the offsets ``text[start:at]`` would read
    if b <= a:
        return False
    depth = _depths(text)
    return depth[b] - depth[a] > 0


@lru_cache(maxsize=64)
def _depths(text: str) -> tuple[int, ...]:
    """Parentheses opened minus closed before each offset of ``text``: counted once per line, not once per
    figure over its whole sentence (a long sentence made that quadratic)."""
    out, depth = [0], 0
    for ch in text:
        depth += (ch == "(") - (ch == ")")
        out.append(depth)
    return tuple(out)


def _scope_end(text: str, s_start: int, s_end: int, at: int, in_paren: bool) -> int:
    """Where a list opened at ``at`` ends: its parenthesis, its clause (when the list is nested in a
    clause that began before it), or its sentence."""
    if in_paren:
        depth = 1
        for i in range(at, s_end):
            depth += (text[i] == "(") - (text[i] == ")")
            if depth == 0:
                return i
        return s_end
    # nested: the list opens inside one ";"-item of a longer list ("...; B 1.810, gồm B1 ... và B2 ...; C ...")
    clause_start = text.rfind(";", s_start, at) + 1
    nested = clause_start > 0 and any(ch.isdigit() for ch in text[clause_start:at])
    if not nested:
        return s_end
    depth = 0
    for i in range(at, s_end):
        depth += (text[i] == "(") - (text[i] == ")")
        if text[i] == ";" and depth <= 0:
            return i
    return s_end


def list_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The items of a list in text[start:end]: split at ";" when there is one, else at "," and "và"
    (outside parentheses). A colon typed right after the opener ("trong đó: 1.839 người …, và 4.318 người
    …") only introduces the list, as the opener alone does."""
    colon = re.match(r"\s*:", text[start:end])
    if colon is not None:
        start += colon.end()
    body = text[start:end]
    depth = 0
    semis = []
    for i, ch in enumerate(body):
        depth += (ch == "(") - (ch == ")")
        if ch == ";" and depth <= 0:
            semis.append(i)
    cuts: list[int] = []
    if semis and (own := _own_list_opens(body[: semis[0]])) is not None:
        # "tập trung chủ yếu ở phường A (310ha) và xã B (250ha), với hơn 2.000 chủng loại, chia ra thành 3 nhóm
        # lớn: X chiếm 65%; Y 15%; Z 20%": the ";" split the list a later clause opens, not this one
        body = body[:own]
        semis = []
    if semis and (_commas_list(body[: semis[0]]) or _another_year(body, semis)):
        # "đường huyện 120 km, đường xã 310 km, đường thôn 420 km; đã nhựa hóa 610 km": a comma list
        # closed by ";" (what follows it is another statement); "gồm 47.100 người nông thôn và 5.200
        # người thành thị; năm 2019 có 53.410 người (...)": the next clause is another year's whole
        body = body[: semis[0]]
        semis = []
    if semis:
        cuts = [*semis, *_last_and(body, semis[-1] + 1)]
    else:
        depth = 0
        for i, ch in enumerate(body):
            depth += (ch == "(") - (ch == ")")
            if depth > 0:
                continue
            if ch == "," and not (0 < i < len(body) - 1 and body[i - 1].isdigit() and body[i + 1].isdigit()):
                cuts.append(i)  # a list comma, not a decimal one ("2.222,34")
            elif body.startswith(" và ", i):
                cuts.append(i)
    out: list[tuple[int, int]] = []
    prev = 0
    for c in [*cuts, len(body)]:
        out.append((start + prev, start + c))
        prev = c + 1
    return out


# a comma clause that opens a list of its own and announces it with a colon: ", chia ra thành 3 nhóm lớn:"
_OWN_LIST_RE = re.compile(r",[^,;()\d]{0,30}?(?<!\w)(?:chia ra|chia thành|chia làm|phân ra|bao gồm|gồm)(?!\w)[^,;()]{0,30}:",
                          re.IGNORECASE)


def _own_list_opens(first: str) -> int | None:
    """Where a comma clause of the first ";"-item opens a list of its own after some figures of this one
    (its ";"s are that list's), or None."""
    found = _OWN_LIST_RE.search(first)
    if found is None or not re.search(r"\d", first[: found.start()]):
        return None
    return found.start()


_YEAR_CLAUSE_RE = re.compile(r"\s*(?:đến\s+|trong\s+|tới\s+|sang\s+)?năm\s+\d{4}(?!\d)", re.IGNORECASE)


def _another_year(body: str, semis: Sequence[int]) -> bool:
    """The ";"-items after the first open with a year the first does not ("…, gồm A và B; năm 2019 có
    C …; năm 2020 có D …"): those clauses are other years' figures, not items of the list. A list
    whose first item opens with a year too ("trong đó: năm 2019 …; năm 2020 …") lists years as parts."""
    if _YEAR_CLAUSE_RE.match(body[: semis[0]].lstrip(" :,-–")):
        return False
    return bool(_YEAR_CLAUSE_RE.match(body[semis[0] + 1 :]))


# "trong đó có 25 chỉ tiêu vượt, 2 chỉ tiêu đạt": the first item may open with an existential "có"
_FIGURE_ITEM_RE = re.compile(r"(?:^|,|\svà\s)\s*(?:có\s+)?\d[\d.,]*\s*(?P<unit>[^\W\d_]+)")
_COMMA_ITEM_RE = re.compile(r"(?:^|,|\svà\s)\s*[^\W\d_][^,;()\d]{0,40}?\s\d[\d.,]*\s*(?P<unit>[^\W\d_]+)")


def _commas_list(first: str) -> bool:
    """The first ";"-item is itself a list: two or more "name figure unit" items in one unit, split
    by commas ("đường huyện 120 km, đường xã 310 km, đường thôn 420 km"). What a parenthesis lists is
    the item's own breakdown, not items beside it ("nông, lâm nghiệp, thủy sản 3.852,34 tỷ đồng (bao gồm
    nông nghiệp 3.685,58 tỷ đồng, lâm nghiệp 2,70 tỷ đồng, …); công nghiệp, xây dựng 8.974,97 tỷ đồng; …")."""
    # "18 đơn vị xã và 01 thị trấn" is "18 xã và 01 thị trấn": the kind after "đơn vị" is the unit
    first = unclassified(_PARENTHESIS_RE.sub(" ", first))
    units = [m.group("unit").lower() for m in _COMMA_ITEM_RE.finditer(first)]
    if len(units) < 2:
        # "47.100 người nông thôn và 5.200 người thành thị": the figure first, its name after it
        units = [m.group("unit").lower() for m in _FIGURE_ITEM_RE.finditer(first.strip())]
    # "18 xã và 01 thị trấn": kinds of administrative unit are one quantity
    kinds = {"xa" if fold(u) in _ADMIN_KINDS else u for u in units}
    return len(units) >= 2 and len(kinds) == 1 and first.count(",") + first.count(" và ") >= len(units) - 1


_PARENTHESIS_RE = re.compile(r"\([^()]*\)")


_NAMED_ITEM_RE = re.compile(r"\s*[^\W\d_][^,;()\d]{0,60}?\s\d[\d.,]*\s*(?P<unit>[^\W\d_]+)")
_FIGURE_UNIT_RE = re.compile(r"\d[\d.,]*\s*(?P<unit>[^\W\d_]+)")


def _last_and(body: str, start: int) -> list[int]:
    """Where the last item of a list whose items ";" separates splits into items of its own: at a "và" ("gồm
    đất nông nghiệp 27.364,30 ha; đất phi nông nghiệp 13.662,38 ha và đất chưa sử dụng 57,01 ha" has three
    items, as it has with commas) or a list comma ("gồm nông lâm thuỷ sản 829.087 triệu đồng; công nghiệp - xây
    dựng 302.232 triệu đồng, dịch vụ 340.159 triệu đồng"): outside parentheses, between a figure and an item
    that names itself before a figure of the same unit. Not "hộ không nghèo 4.825 hộ, 22.437 khẩu" (one item
    in two units), "tỷ lệ 15,64%, tổng số 5.054 hộ (…)" (another unit), nor "nông, lâm nghiệp và thủy sản 1.423
    tỷ đồng" (one item's name)."""
    out = []
    depth = 0
    prev = start
    for i in range(start, len(body)):
        depth += (body[i] == "(") - (body[i] == ")")
        if depth > 0:
            continue
        comma = body[i] == "," and not (0 < i < len(body) - 1 and body[i - 1].isdigit() and body[i + 1].isdigit())
        if not comma and not body.startswith(" và ", i):
            continue
        units = [m.group("unit").lower() for m in _FIGURE_UNIT_RE.finditer(body[prev:i])]
        after = _NAMED_ITEM_RE.match(body, i + (1 if comma else 4))
        if units and after is not None and after.group("unit").lower() == units[-1]:
            out.append(i)
            prev = i + 1
    return out


_ADMIN_KINDS = frozenset({"xa", "phuong", "thi"})  # "thị" of "thị trấn": the unit regex takes one word


def _sibling_clause(p: Passage, line: int, whole: Mention) -> bool:
    """Whether ``whole`` is itself listed in its own ";"-clause: a subject and an opener printed before it
    there ("vùng núi cao gồm 2 xã"), so the figure is one item of that clause's list, not a total a later
    clause could break down."""
    pl = p.lines[line]
    sentence_start = pl.sentence_span(pl.sentence_at(whole.start))[0]
    head = pl.text[max(pl.text.rfind(";", 0, whole.start) + 1, sentence_start):whole.start]
    found = _opener(head)
    if found is None or found[0] == ":":
        return False
    subject = re.split(rf"(?<![a-z]){re.escape(found[0])}(?![a-z])", fold_words(head), maxsplit=1)[0]
    return bool(subject.strip(" ,-–*"))


def _whole_before(p: Passage, line: int, s_start: int, at: int, part: Mention) -> Mention | None:
    """The total a list opened at ``at`` breaks down, in the quantity of ``part``: the last figure of
    that quantity before the opener in its sentence; for a sentence that opens with the list
    ("Trong đó, ..."), the first such figure of the sentence before, outside its parentheses."""
    before = [m for m in p.mentions if m.line == line and s_start <= m.start < at and m.is_value
              and part_quantity(m, part) and m.value is not None]
    # "Dân số thời điểm là 157.806 người (dân số trung bình 133.675 người), ..., gồm người Kinh ...": a
    # list after a closed parenthesis breaks down the figure outside it, not the aside
    before = [m for m in before if not _aside(p, m)] or before
    labelled = _of_labelled_year(p, line, at, part, [
        m for m in p.mentions if m.line == line and s_start <= m.start < at and m.value is not None
        and not m.percent and part_quantity(m, part)])
    if labelled is not None:
        return labelled
    if before:
        clause = p.lines[line].text[before[-1].end:at]
        named = fold_words(clause.rsplit(";", 1)[-1]) if ";" in clause else ""
        words = [w for w in re.findall(r"[a-z]+", named) if w not in _GENERIC_WHOLE_WORDS and len(w) >= 2]
        whole = before[-1]
        while _comparison_base(p, whole) and before.index(whole) > 0:
            # "… năm 2015 là 81.260 người, tăng 13.332 người so với 67.928 người năm 2010; trong đó lao động …
            # 26.409 người, …": a figure after "so với" is the level compared with, no whole of the parts listed
            # after it; they break down the figure it is compared with (thong-nhat-dong-nai_2)
            whole = before[before.index(whole) - 1]
        if words:
            # "…, trong đó 1.839 người dân tộc thiểu số, …, và 4.318 người dân tộc Kinh; người dân tộc thiểu số
            # gồm chủ yếu người Khmer (1.698 người) và người Hoa (141 người)": a clause that names its whole
            # breaks down the figure of that name, not the last figure before it
            own = [m for m in before if set(words) <= _own_words(p, m)]
            if own:
                whole = own[-1]
            elif _sibling_clause(p, line, whole):
                # "vùng núi cao gồm 2 xã: …; vùng giữa gồm thị trấn Cao Phong cùng 8 xã: …; và vùng ven sông Đà
                # gồm 2 xã": a clause that names a subject of its own, printed without a figure, after a clause
                # that itself listed its figure, is that list's sibling: what it lists are no parts of the
                # figure before the ";" (8 + 2 against 2 was an error on a relation no report meant)
                return None
        if _times_apart(p.lines[line].text[s_start:whole.start], p.lines[line].text[whole.end:at]):
            return None  # "Trước năm 2004 Sa Đéc có 4 phường, 4 xã; nay gồm 6 phường": then and now, no whole and part
        if _one_noun_of_several(whole, part):
            return None  # "17 xã và 2 thị trấn, …, trong đó có 18 xã, thị trấn …": 18 counts both, 2 only one
        return whole
    if p.lines[line].text[s_start:at].strip(" :,-–*") and not _only_openers(p.lines[line].text[s_start:at]):
        return None
    # "… ước đạt 1,536 triệu lượt (khách quốc tế 614 nghìn lượt, khách Việt Nam 922 nghìn lượt). Cụ thể,
    # khách tham quan phố cổ 548 nghìn lượt, …": a parenthesis breaks its sentence's figure down there and
    # then; a list the next sentence opens does not break down one item of that aside (548 + … > 614 is no
    # claim the report makes), so a figure inside a parenthesis of the sentence before is no whole
    previous = [m for m in p.mentions if m.sentence == part.sentence - 1 and m.is_value
                and part_quantity(m, part) and m.value is not None and not inside_parenthesis(p, m)]
    if previous and _opener(p.sentence_head(previous[0])) is not None:
        # "Trong tổng đó, nông – lâm – thuỷ sản 1.870 …, công nghiệp xây dựng 2.230 …, dịch vụ 1.350 ….
        # Riêng giá trị sản xuất công nghiệp 1.285": the sentence before lists parts, so its first figure is
        # no whole; the whole is the one of those parts the item names (công nghiệp), else none
        return _named_part(p, previous, part)
    if (listed := _listed_after_first(p, previous)) is not None:
        # "Tổng giá trị sản xuất … ước 4.100 tỷ đồng; trong đó, nông - lâm - thủy sản 1.500 tỷ đồng, …. Riêng thủy
        # sản đạt 420 tỷ đồng": the sentence before prints its whole and then lists its parts, so the whole of
        # the sentence after is the one of those parts it names, as when the list is a sentence of its own
        return _named_part(p, listed, part)
    alone = sum(1 for m in p.mentions if m.sentence == part.sentence and m.is_value and part_quantity(m, part)) == 1
    if previous and alone and fold_words(p.sentence_head(part)).lstrip(" -–*").startswith("rieng") \
            and len(previous) > 1 and not _shares_a_name(p, previous[0], part):
        # "…; cà phê 5.188,6 ha; cây ăn quả 659 ha. Riêng diện tích sản xuất nông nghiệp ứng dụng công nghệ
        # cao là 6.950 ha": "Riêng" sets apart some of what it names, and it names none of the sentence
        # before (not "chè", its first figure): no whole. A sentence before that prints one figure of the
        # quantity is what "Riêng" sets some apart of ("… đạt trên 88 tỷ đồng. Riêng doanh nghiệp địa
        # phương đóng góp hơn 76 tỷ đồng": 76 ≤ 88)
        return None
    # "Dừa trồng mới 877 ha, …; cây ăn quả 7.868 ha, đạt 112,4% kế hoạch. Trong đó, thanh long 5.527 ha": a ";"
    # closes a statement, so a list the next sentence opens breaks down the figure of the clause right before
    # it (7.868), not the first of the sentence (877); so in cai-lay-tien-giang_2 ("…; vùng phía Nam lộ …, diện
    # tích 13.686 ha, …. Trong đó, sầu riêng … 9.000 ha")
    return _last_clause(p, previous)[0] if previous else None


def _comparison_base(p: Passage, m: Mention) -> bool:
    """Whether ``m`` is printed right after "so với" (the level another figure is compared with)."""
    prev = p.previous(m)
    start = prev.end if prev is not None and prev.line == m.line else 0
    return fold_words(p.lines[m.line].text[max(start, m.start - 40):m.start]).rstrip().endswith("so voi")


def _only_openers(text: str) -> bool:
    """Whether ``text`` (a sentence's words before a list opener) is list openers and nothing else: "Trong đó,
    riêng quế Trà My 3.000ha" opens its list as "Trong đó, quế Trà My 3.000ha" does ("trong đó riêng", some of
    the whole set apart: bac-tra-my-quang-nam_1, phu-my-binh-dinh_2)."""
    folded = re.sub(r"\s+", " ", _fold_openers(text)).strip(" :,-–*")
    return bool(folded) and all(_OPENER_RE.fullmatch(w.strip()) for w in re.split(r"[:,]", folded) if w.strip())


def _last_clause(p: Passage, figures: Sequence[Mention]) -> Sequence[Mention]:
    """The figures of a sentence from the first one after its last ";" between two of them (all of them
    when no ";" stands between two). A clause that opens on an estimate restates the statement before it and
    is none of its own: "đã trồng mới được trên 2.284 ha rừng, …; ước thực hiện đến hết tháng 9/2019 đạt
    2.360ha, …. Trong đó, rừng sản xuất tập trung trên 2.170 ha, …" breaks down the 2.284 ha planted."""
    cut = 0
    for i in range(1, len(figures)):
        between = p.between(figures[i - 1], figures[i])
        if ";" in between and not fold_words(between.rsplit(";", 1)[1]).lstrip().startswith("uoc "):
            cut = i
    return figures[cut:]


def _listed_after_first(p: Passage, figures: Sequence[Mention]) -> list[Mention] | None:
    """The figures a sentence lists after its first one (a whole and then "trong đó", "gồm", … and its
    parts, "… ước 4.100 tỷ đồng; trong đó, nông - lâm - thủy sản 1.500 tỷ đồng, …"): those after the first
    opener between two of them; None when no opener follows the first figure."""
    for i in range(1, len(figures)):
        if _opener(p.between(figures[i - 1], figures[i])) is not None:
            return list(figures[i:])
    return None


_LIST_YEAR_RE = re.compile(r"^\W*(?:nam\s+)((?:19|20)\d\d)\b")

# the times a clause dates its figures to: "trước năm 2004" (before), "năm 2004", "nay" / "hiện nay" (now;
# matched unfolded, since "này", "this", folds to "nay" too)
_BEFORE_YEAR_RE = re.compile(r"(?<!\w)trước\s+(?:năm\s+)?((?:19|20)\d\d)(?!\d)", re.IGNORECASE)
_YEAR_OF_RE = re.compile(r"(?<!\w)năm\s+((?:19|20)\d\d)(?!\d)", re.IGNORECASE)
_NOW_RE = re.compile(r"(?<!\w)(?:hiện nay|hiện tại|đến nay|nay)(?!\w)", re.IGNORECASE)


# an era named by "thời": "thời Pháp", "thời Việt Nam Cộng Hoà" (never "thời gian", "thời điểm", "thời tiết" …)
_ERA_RE = re.compile(r"(?<!\w)thời\s+(?!gian|điểm|hạn|tiết|vụ|kỳ\s+(?:này|đó))([^\W\d_]+(?:\s+[^\W\d_]+){0,3})",
                     re.IGNORECASE)


def times_of(text: str) -> set[str]:
    before = {f"<{y}" for y in _BEFORE_YEAR_RE.findall(text)}
    years = set(_YEAR_OF_RE.findall(_BEFORE_YEAR_RE.sub(" ", text)))
    eras = {f"era:{fold_words(e)}" for e in _ERA_RE.findall(text)}
    return before | years | eras | ({"now"} if _NOW_RE.search(text) else set())


def _times_apart(whole_words: str, list_words: str) -> bool:
    """Whether the words before a whole date it to one time and the words between it and a list's opener
    to another: "Trước năm 2004 Sa Đéc có 4 phường, 4 xã; nay gồm 6 phường" -> before 2004, now; "Sau năm
    1956 quận … An Ninh Thượng với 5 xã; thời Việt Nam Cộng Hoà, quận gồm 2 tổng, 9 xã" -> 1956, another era.
    A whole and a part of different times are no subset (the town has grown), so no whole is read."""
    # the list's own clause: "…, tăng 130 ha so với năm 2022, phân bố chủ yếu tại …" dates a change's base,
    # not the list
    a, b = times_of(whole_words), times_of(re.split(r"[,;]", list_words)[-1])
    if not b:
        # "…; thời Việt Nam Cộng Hoà, quận gồm 2 tổng, 9 xã": an era opening the list's ";"-clause dates it too
        b = {t for t in times_of(list_words.rsplit(";", 1)[-1]) if t.startswith("era:")} if ";" in list_words else set()
    return bool(a) and bool(b) and not a & b


def _of_labelled_year(p: Passage, line: int, at: int, part: Mention, before: Sequence[Mention]) -> Mention | None:
    """For a list whose opener is followed by a year ("…; trong đó năm 2015: nông, lâm, ngư nghiệp 1.537.566
    …"), the one figure before it labelled with that year right after itself ("tăng từ 2.770.987 triệu đồng
    (năm 2015) lên 3.209.618 triệu đồng (năm 2017)"): that year's parts break down that year's total, not the
    last figure. None when the list names no year or not one figure is so labelled."""
    text = fold_words(p.lines[line].text[at:part.start])
    opener = _OPENER_RE.match(_fold_openers(p.lines[line].text), at)
    head = text[opener.end(1) - at:] if opener is not None else text
    year = _LIST_YEAR_RE.match(head)
    if year is None:
        return None
    labelled = [m for m in before if re.match(rf"[^\d]{{0,20}}\(?\s*(?:nam\s+)?{year.group(1)}\b",
                                                fold_words(p.after(m, limit=30)))]
    return labelled[0] if len(labelled) == 1 and labelled[0].ref != before[-1].ref else None


def _restates(p: Passage, whole: Mention, part: Mention) -> bool:
    """Whether a listed part prints the whole's figure again with the same words before it (the last
    three to five, figures included): the "whole" was that item said ahead of its list, not their total."""
    if part.value != whole.value or part.unit != whole.unit:
        return False
    def lead(m: Mention) -> list[str]:
        return re.findall(r"[a-z0-9]+(?:[.,][0-9]+)*%?", fold_words(p.before(m, limit=120)))[-5:]
    words, own = lead(whole), lead(part)
    n = min(len(words), len(own))  # the whole's sentence may open a word or two before its figure
    return n >= 3 and words[-n:] == own[-n:]


def _shares_a_name(p: Passage, whole: Mention, part: Mention) -> bool:
    """Whether a part's own words name something of its whole's (a word beyond those every figure of a
    kind may print): "Riêng công nghiệp" of "giá trị sản xuất công nghiệp - xây dựng"."""
    def words(m: Mention) -> set[str]:
        return {w for w in _PLAIN_NAME_RE.sub(" ", _item_words(p, m)).split() if len(w) >= 2}
    return bool(words(whole) & words(part))


# Words every figure of a kind may print before it: they tell no part from another ("đạt được", "đạt mức" are "đạt":
# "Riêng tổng giá trị sản xuất công nghiệp đạt được 1.285 tỷ đồng" names "công nghiệp" alone)
_PLAIN_NAME_RE = re.compile(r"(?<![a-z])(?:rieng|tong so|tong|gia tri san xuat|gia tri|dien tich|san luong|uoc dat|uoc"
                            r"|dat duoc|dat muc|dat|la|co|cua|nganh|linh vuc|khu vuc|nam \d+|\d+ thang(?: dau nam)?)(?![a-z])")


def _named_part(p: Passage, parts: Sequence[Mention], item: Mention) -> Mention | None:
    """The one figure of ``parts`` whose own name holds the words ``item`` names ("Riêng giá trị sản xuất
    công nghiệp" -> "công nghiệp - xây dựng", not "nông nghiệp"); None when none or several do."""
    def words(m: Mention) -> str:
        return " ".join(_name_words(_PLAIN_NAME_RE.sub(" ", _item_words(p, m))))
    own = words(item)
    if not own:
        return None
    named = [m for m in parts if re.search(rf"(?<![a-z]){re.escape(own)}(?![a-z])", words(m))]
    return named[0] if len(named) == 1 else None


def _role_family(role: str) -> str:
    return "actual" if role in ("actual", "estimate") else role


# an average per hectare, per person, per household: whatever its unit prints, its parts are averages too
_PER_UNIT_RE = re.compile(r"(?<![a-z])binh quan (?:(?:tren|cho|moi|mot|1) )*(?:1 |mot |moi )?(?:ha|hecta|nguoi|ho|lao dong|"
                          r"dau nguoi|nhan khau)(?![a-z])")


def _rate(p: Passage, m: Mention) -> bool:
    """A figure in a unit per something that is not a period ("người/km2", "tạ/ha"): parts of it do not add."""
    from extractor.prose_rates import rate_unit

    unit = m.unit or ""
    if _PER_UNIT_RE.search(fold_words(f"{m.row.indicator} {p.lead(m)}")):
        return True  # "giá trị thu hoạch bình quân 1 ha … 400 triệu đồng/năm": an average per hectare, not a flow
    if "/" in unit:
        return stock_unit(unit) == unit
    printed = rate_unit(p, m)
    return printed is not None and stock_unit(f"{printed[0] or 'x'}/{printed[1]}") != (printed[0] or "x")


def _parallel(p: Passage, parts: Sequence[Mention], opener: str) -> bool:
    """Parts that are clearly kinds of their whole (so parts exceeding it is an error, not a doubt):
    a known set of categories, a "chủ yếu là" / "gồm" list, or short names of one kind. Parts that
    classify the whole two ways ("lao động nữ 23.500 người, lao động qua đào tạo 30.100 người": sex,
    then training) or mix a deed with a kind ("đã giải ngân 410 tỷ đồng, vốn ngân sách tỉnh 300 tỷ
    đồng") overlap: they are not parts that add up."""
    if opener in ("chu yeu la", "chu yeu", "chu yeu o", "chu yeu tai", "tap trung o", "tap trung tai", "gom", "bao gom",
                  "gom co", "chia ra", "chia thanh"):
        return True
    if len(parts) == 1:
        return True  # "…; trong đó công nghiệp - thủ công nghiệp đạt 23.896 tỷ đồng": one child, whatever its name
    names = [p.name(m) for m in parts]
    if covers(names) is not None or (len(parts) >= 2 and is_remainder(_item_words(p, parts[-1]))):
        return True  # "..., còn lại là hộ kinh doanh cá thể 1.133 cơ sở": the rest of one whole
    if cross_classified([_item_words(p, m, folded=False) for m in parts]) or _mixed_deeds(p, parts):
        return False
    # short names of one kind, or a longer name that opens with the head noun another item opens with
    # ("vốn ngân sách Nhà nước …, vốn đóng góp của cộng đồng dân cư …": two kinds of capital)
    words = [_name_words(_unit_off(m.row.indicator, m.unit)) for m in parts]
    heads = [fold_words(w[0]) if w else "" for w in words]
    return all(len(w) <= 5 or (heads[i] and heads.count(heads[i]) >= 2) for i, w in enumerate(words))


def _unit_off(name: str, unit: str | None) -> str:
    """A name without the count noun it opens with when the figure came first ("38 hợp tác xã đang hoạt
    động": the name is "đang hoạt động", 3 words)."""
    if unit and fold_words(name).startswith(fold_words(unit) + " "):
        return name[len(unit) :].strip()
    return name


def _name_words(name: str) -> list[str]:
    """The words of a name, dashes and other punctuation left out ("công nghiệp - xây dựng": 4 words)."""
    return [w for w in name.split() if any(ch.isalnum() for ch in w)]


# Words that open a part's words when the part is something done, not a kind of the whole.
_DEED_RE = re.compile(r"^(?:da|duoc|da duoc|dang|giai ngan|thuc hien|hoan thanh|dat|cap|ho tro|xay dung|trong)(?![a-z])")


def _item_words(p: Passage, m: Mention, *, folded: bool = True) -> str:
    """The words of a list item before its figure: from the last list break (",", ";", "và", an
    opener) to the figure, folded unless told otherwise."""
    head = re.sub(r"\s+", " ", p.before(m, limit=80).lower())
    head = re.split(r"[;:(]|(?<!\d),|,(?!\d)|(?<!\w)và(?!\w)", head)[-1]  # not the decimal comma of "41,0%"
    head = re.split(r"(?<!\w)(?:trong đó|bao gồm|gồm có|gồm|chia ra|chia thành|cụ thể|(?:chủ yếu|tập trung) (?:là|ở|tại))(?!\w)", head)[-1]
    head = head.strip(" -–")
    return fold_words(head) if folded else head


# "thu nội địa không kể tiền sử dụng đất": an item named as an earlier one with something left out
_WITHOUT_WORDS = r"(?:khong ke|khong tinh|chua ke|chua tinh|khong bao gom|loai tru|tru)"


def restated_without(p: Passage, parts: Sequence[Mention]) -> dict[int, int]:
    """Items of a list that restate an earlier item with something left out, {inner item: that earlier
    item}: "trong đó: thu nội địa 20.107 tỷ đồng, …; thu nội địa không kể tiền sử dụng đất, thu xổ số kiến
    thiết 19.836 tỷ đồng" -> {1: 0}. The second figure is some of the first, not a part beside it (the two
    summed to more than their whole: a false error). The item's own words run from the figure before it,
    past the commas of what it leaves out, back to the clause's ";"."""
    out: dict[int, int] = {}
    names = [_item_words(p, x) for x in parts]
    for j, x in enumerate(parts[1:], start=1):
        lead = fold_words(re.sub(r"\s+", " ", p.lead(x).rpartition(";")[2]))
        for i in range(j - 1, -1, -1):
            name = names[i].strip()
            if name and re.search(rf"(?<![a-z]){re.escape(name)} {_WITHOUT_WORDS}(?![a-z])", lead):
                out[j] = i
                break
    return out


def _years_apart(p: Passage, part: Mention, whole: Mention) -> bool:
    """The part and the whole a share was matched with are dated to two different years, and the passage prints
    a figure of the whole's quantity for the part's year too: "Năm 2007 diện tích đất canh tác … là 14.597,88
    ha, năm 2008 diện tích là 14.607,97 ha, … Năm 2008 diện tích là 1.562,12 ha chiếm 10,69% trong tổng diện tích
    đất canh tác" is of 2008's area (1.562,12 / 14.607,97 = 10,69 % ✓), never 2007's (10,70 %, a false error).
    The share is not recomputed then (which of the year's figures is its whole is not said). With no figure
    printed for the part's year, the dated whole stays the only one named ("Năm 2015, tổng giá trị sản xuất …
    1.008,2 tỷ đồng. … Năm 2014, nông, lâm, thủy sản đóng góp 601,89 tỷ đồng, chiếm tỷ trọng 59,70%")."""
    year, other = part.cell.period or "", whole.cell.period or ""
    if not (_YEAR_RE.fullmatch(year) and _YEAR_RE.fullmatch(other)) or year == other:
        return False
    return any(m.is_value and m.row.index not in (part.row.index, whole.row.index) and not m.percent
               and same_quantity(m.unit, whole.unit) and _dated(p, m) == year for m in p.mentions)


def _dated(p: Passage, m: Mention) -> str | None:
    """The year ``m`` is of: its cell's, else a year printed in the words since the figure before it (across
    a line break: "… năm 2008 / diện tích là 14.607,97 ha" on two lines of a page)."""
    if m.cell.period and _YEAR_RE.fullmatch(m.cell.period):
        return m.cell.period
    prev = p.previous(m)
    text = p.lines[m.line].text
    if prev is not None and prev.line == m.line:
        head = text[prev.end : m.start]
    else:
        head = text[: m.start]
        if m.line > 0 and (prev is None or prev.line == m.line - 1):
            above = p.lines[m.line - 1].text
            head = above[prev.end if prev is not None else 0 :] + " " + head
    found = re.findall(r"(?<![\d/.,])((?:19|20)\d\d)(?![\d/.,%])", head[-60:])
    return found[-1] if found else None


_YEAR_RE = re.compile(r"(?:19|20)\d\d")


def _noun_then(p: Passage, m: Mention) -> str | None:
    """The words printed after ``m``'s own count noun up to the clause's end (folded), when the figure is
    followed by its unit; None when it is not (the item is named otherwise)."""
    unit = fold_words(m.unit or "").strip()
    after = fold_words(re.sub(r"\s+", " ", p.after(m, limit=120))).strip()
    if not unit or not after.startswith(unit):
        return None
    return re.split(r"[,;.:()]", after[len(unit):])[0].strip()


def qualified_again(p: Passage, parts: Sequence[Mention]) -> set[int]:
    """Items that name an earlier bare item's own count noun again with a qualifier after it: "trong đó có
    274 thôn, bản, có 32 thôn, bản đặc biệt khó khăn" -> {1}. The 274 are all the villages, the 32 the
    hardest-hit of them: some of that item, no part beside it (274 + 32 > 286 was a false error). Only items
    named by nothing but their noun ("có 274 thôn, bản") are read so; "150 thôn vùng cao, 136 thôn vùng
    thấp" (both qualified) and "274 thôn, bản, 32 tổ dân phố" (another noun) are parts side by side."""
    out: set[int] = set()
    bare = [fold_words(_item_words(p, x)).strip() in ("", "co", "con") for x in parts]
    tails = [_noun_then(p, x) for x in parts]
    for j in range(1, len(parts)):
        tail = tails[j]
        if not bare[j] or not tail or not re.search(r"[a-z]{2}", tail):
            continue
        if any(bare[i] and tails[i] == "" and fold_words(parts[i].unit or "") == fold_words(parts[j].unit or "")
               for i in range(j)):
            out.add(j)
    return out


def _mixed_deeds(p: Passage, parts: Sequence[Mention]) -> bool:
    deeds = [bool(_DEED_RE.match(_item_words(p, m))) for m in parts]
    return any(deeds) and not all(deeds)


def part_quantity(whole: Mention, m: Mention) -> bool:
    """A figure that can be a part of ``whole``: same quantity, or a count under a generic count noun."""
    if not m.is_value or m.value is None:
        return False
    if same_quantity(whole.unit, m.unit):
        return True
    wu, mu = fold_words(whole.unit or ""), fold_words(m.unit or "")
    if whole.cell.value.kind == "fraction":
        return False
    return bool(wu) and bool(mu) and any(wu.startswith(g) for g in _GENERIC_COUNTS) and _is_count_noun(mu)


def _one_noun_of_several(whole: Mention, part: Mention) -> bool:
    """The part counts several nouns and the whole only one of them ("18 xã, thị trấn" under "2 thị trấn"):
    the whole of such a part is the pair printed apart ("17 xã và 2 thị trấn"), never one side of it."""
    nouns = [n.strip() for n in re.split(r",|\bva\b", fold_words(part.unit or ""))]
    nouns = [n for n in nouns if n]
    return len(nouns) >= 2 and fold_words(whole.unit or "") in nouns


def _is_count_noun(unit: str) -> bool:
    """A count noun a generic whole ("đơn vị", "cơ sở") is made of: communes, works, enterprises ..."""
    return unit in ("xa", "phuong", "thi tran", "chi tieu", "don vi", "thon", "ban", "to dan pho", "cong trinh",
                    "doanh nghiep", "hop tac xa", "ho kinh doanh", "trang trai", "co so", "to hop tac")


def _skippable(p: Passage, prev: Mention, m: Mention) -> bool:
    """A figure inside a part's own description (its share, growth or another unit) is passed over."""
    return m.row.index == prev.row.index or not m.is_value or m.cell.value.percent is not None


_COUNT_OPENER = r"(?:trong|trong tong so|trong so|tong so)"


def count_parts(p: Passage, edits: Edits) -> None:
    """**Counted parts.** "Trong 21 chỉ tiêu Nghị quyết, có 18 chỉ tiêu đạt và vượt kế hoạch, 3 chỉ tiêu
    không đạt": the counts after "Trong N ..." are parts of N; a partition when their words cover
    the statuses (đạt / không đạt, hoàn thành / đang thi công ...), else a subset. A part printed as
    a fraction of the whole ("09/15 chỉ tiêu vượt") is its numerator. Counts that each meet another
    named criterion ("Trong tổng số 18 xã, có 18 xã đạt tiêu chí điện, 15 xã đạt tiêu chí trường học,
    11 xã đạt tiêu chí môi trường") overlap, since one commune meets several: each is some of the
    whole on its own (15 ≤ 18), never a sum; so are criteria after "trong đó" ("21/21 xã đạt chuẩn,
    trong đó 9 xã đạt chuẩn nâng cao và 3 xã đạt chuẩn kiểu mẫu"), and so are criteria named alone after
    one "đạt" ("…; trong 26 xã của huyện, số xã đạt tiêu chí lao động có việc làm là 26 xã, tiêu chí tổ chức
    sản xuất 25 xã, tiêu chí thu nhập 16 xã" -> 25 ≤ 26, 16 ≤ 26). Counts by how many criteria they
    meet ("6 xã đạt 10 - 17 tiêu chí, 3 xã đạt 7 - 9 tiêu chí") are classes and add up. One count alone is
    some of the whole ("Trong 33 chỉ tiêu chủ yếu, có 25 chỉ tiêu vượt kế hoạch": 25 ≤ 33), and so is one
    count after ", có" that names the same thing as a whole printed as all of it ("Toàn bộ 33 chỉ tiêu chủ yếu
    đều hoàn thành, có 25 chỉ tiêu vượt kế hoạch": 25 ≤ 33). The opener may start a clause after an adverbial
    ("… nhiệm vụ năm 2023: trong tổng số 15 chỉ tiêu chủ yếu có 09/15 chỉ tiêu vượt, 03/15 chỉ tiêu đạt, 02/15
    chỉ tiêu không đạt, 01/15 chỉ tiêu đạt một phần" -> 9 + 3 + 2 + 1 = 15); the counts are then read only when
    their words cover the whole, never as some of it ("Theo đó, trong 24.217 hộ dân cư có 5.128 hộ nghèo" is
    not read: what the sentence goes on to count after such a clause need not be the whole's parts).
    """
    for whole in p.values():
        # "…; trong 26 xã của huyện, …": the clause mark before the words is no word of them
        lead = fold_words(p.lead(whole)).lstrip(" ;,:-–")
        if whole.value is None:
            continue
        if re.fullmatch(r"(?:toan bo|tat ca)", lead):
            _all_then_some(p, edits, whole)
            continue
        # "Năm 2023, trong 21 chỉ tiêu …", "… năm 2023: trong tổng số 15 chỉ tiêu …": the opener starts a clause
        # after an adverbial; read only when the counts cover their whole (see below)
        in_clause = not re.fullmatch(_COUNT_OPENER, lead) and re.fullmatch(
            _COUNT_OPENER, re.split(r"[,;:]", lead)[-1].strip()) is not None
        if not in_clause and not re.fullmatch(_COUNT_OPENER, lead):
            continue
        parts: list[Mention] = []
        for m in p.mentions[whole.order + 1 :]:
            if m.sentence != whole.sentence:
                break
            if m.is_value and same_quantity(whole.unit, m.unit) and m.value is not None and m.row.index != whole.row.index:
                if m.cell.value.kind == "fraction" and m.cell.value.den is not None and Fraction(str(m.cell.value.den)) != whole.value:
                    continue
                if any(x.row.index == m.row.index for x in parts):
                    continue
                parts.append(m)
        if len(parts) == 1 and is_count_unit(whole.unit) and not in_clause:
            edits.add_breakdown(Breakdown(whole.ref, [numerator(p, edits, parts[0])], False,
                                          "one count after 'Trong N ...': some of it"))
            continue
        if len(parts) < 2:
            continue
        if in_clause:
            # after an adverbial the sentence may go on with other counts of the same noun than the whole's
            # parts ("Theo báo cáo …, trong 35 chỉ tiêu …, Văn Yên có 27 chỉ tiêu vượt kế hoạch và 8 chỉ tiêu
            # đạt": some of the 35, or all?); only counts whose words cover the statuses are read
            if criteria_met([m.row.indicator for m in parts]):
                continue
            partition, how = decide(p, parts, opener_complete=False, how="counts after '…, trong N ...'")
            if not partition:
                continue
            edits.add_breakdown(Breakdown(whole.ref, [numerator(p, edits, m) for m in parts], partition, how))
            continue
        refs = [numerator(p, edits, m) for m in parts]
        if _criteria_subsets(p, edits, whole, parts, refs):
            continue
        partition, how = decide(p, parts, opener_complete=False, how="counts after 'Trong N ...'")
        edits.add_breakdown(Breakdown(whole.ref, refs, partition, how))


def _all_then_some(p: Passage, edits: Edits, whole: Mention) -> None:
    """ "Toàn bộ 33 chỉ tiêu chủ yếu đều hoàn thành, có 25 chỉ tiêu vượt kế hoạch": the one count of the same
    noun after ", có" in the sentence is some of the whole (a second count makes it a list: no reading)."""
    if not is_count_unit(whole.unit):
        return
    later = [m for m in p.mentions[whole.order + 1 :] if m.sentence == whole.sentence and m.is_value]
    if len(later) != 1 or later[0].unit != whole.unit or later[0].value is None or later[0].cell.value.kind != "number":
        return
    if not re.search(r",\s*có\s*$", p.lead(later[0])):
        return
    edits.add_breakdown(Breakdown(whole.ref, [later[0].ref], False, "one count after ', có' under 'Toàn bộ N ...'"))


def _criteria_subsets(p: Passage, edits: Edits, whole: Mention, parts: Sequence[Mention],
                      refs: Sequence[tuple[int, int]] | None = None) -> bool:
    """ "Trong tổng số 26 xã, có 26 xã đạt tiêu chí lao động, 25 xã đạt tiêu chí tổ chức sản xuất, 16 xã
    đạt tiêu chí thu nhập": each count is some of the whole on its own (a commune meets several
    criteria), so each is a subset of one part; so are counts of units each under a programme (``designated``:
    "7 xã; trong đó có 3 xã an toàn khu, 3 xã đặc biệt khó khăn …"). True when the parts were read so."""
    names = [m.row.indicator for m in parts]
    if criteria_met(names):
        how = "counts of criteria met: they overlap, each is some of it"
    elif designated(names):
        how = "counts of units under programmes: they overlap, each is some of it"
    else:
        return False
    for ref in refs or [m.ref for m in parts]:
        edits.add_breakdown(Breakdown(whole.ref, [ref], False, how))
    return True


def fraction_statuses(p: Passage, edits: Edits) -> None:
    """**A count fraction and the other statuses.** "Năm 2023 có 18/21 chỉ tiêu đạt và vượt kế hoạch, 3
    chỉ tiêu không đạt": the counts of the same noun printed after a count fraction, whose words
    with the fraction's cover a set of statuses (đạt / không đạt, hoàn thành / chưa hoàn thành), are
    the rest of the fraction's whole: 21 = 18 + 3. Counts whose words do not cover the statuses
    ("15/17 xã đạt chuẩn, 12 xã có bác sĩ") may overlap and are not added. One count that says it is
    the rest ("25/30 xã đạt chuẩn, 5 xã còn lại đều đạt từ 15 tiêu chí") completes the whole: 25 + 5 = 30,
    also when it opens the next sentence ("25/30 xã đạt chuẩn nông thôn mới. 5 xã còn lại …": ``carries_on``).
    """
    from dataclasses import replace

    for f in p.values():
        v = f.cell.value
        if v.kind != "fraction" or v.den is None or v.value is None or not f.unit or f.value is None:
            continue
        if edits.parent_of(f.row.index) is not None or any(b.whole[0] == f.row.index for b in edits.breakdowns):
            continue
        if f.ref in edits.splits:
            continue
        parts: list[Mention] = []
        sentence = f.sentence
        for m in p.mentions[f.order + 1 :]:
            if m.sentence != sentence or m.line != f.line:
                if parts or not carries_on(p, f, m):
                    break
                sentence = m.sentence  # "25/30 xã đạt chuẩn. 5 xã còn lại …": the rest in the next sentence
            if m.cell.value.percent or m.row.index == f.row.index:
                continue  # "2 chỉ tiêu đạt trên 90%": the percentage qualifies the count
            if m.cell.value.kind == "fraction" or not m.is_value or m.value is None or m.value != int(m.value):
                break
            if not same_quantity(m.unit, f.unit) or any(x.row.index == m.row.index for x in parts):
                break
            parts.append(m)
        if not parts:
            continue
        names = [p.name(f), *(p.name(m) for m in parts)]
        rest = len(parts) == 1 and re.match(r"\s*(?:[^\W\d_]+\s+){1,3}?còn lại(?!\w)", p.after(parts[0], limit=40)) is not None
        if covers(names) not in STATUS_FAMILIES and not rest:
            continue  # "25/30 xã đạt chuẩn, 5 xã còn lại …": the rest of the fraction's whole
        numerator(p, edits, f)
        den = edits.splits[f.ref][1]
        whole = Row(
            document=f.row.document, index=-1, indicator=f"{f.row.indicator} (tổng số)", key=f"{f.row.key} tong so",
            cells=(replace(den, role=f.cell.role, column="tổng số", period=f.cell.period),), table=None, row=None,
            unit=f.unit, provenance=f.row.provenance, confidence=min(0.8, f.row.confidence), context=f.row.context,
            notes=(f"the whole of {p.text(f)}: its count and the other statuses printed after it",),
        )
        index = edits.add_row(whole)
        edits.add_breakdown(Breakdown((index, 0), [f.ref, *(m.ref for m in parts)], True,
                                      "a count fraction and the other statuses: the statuses cover its whole"))


def numerator(p: Passage, edits: Edits, m: Mention) -> tuple[int, int]:
    """A part printed as "02/15": split the count into its numerator (kept in place) and the whole."""
    from dataclasses import replace

    from extractor.model import Cell, Provenance
    from normalizers.numbers import parse_value

    v = m.cell.value
    if v.kind != "fraction" or v.value is None or v.den is None:
        return m.ref
    text = p.text(m)
    a, _, b = text.partition("/")
    if not b:
        return m.ref
    num_span = (m.start, m.start + len(a.rstrip()))
    den_start = m.start + len(a) + 1 + (len(b) - len(b.lstrip()))
    prov = m.cell.provenance
    num = replace(m.cell, value=parse_value(a.strip()), relation=None, provenance=replace(prov, span=num_span))
    den = Cell(column="tổng số", role="other", value=parse_value(b.strip()), period=m.cell.period,
               provenance=replace(prov or Provenance(), span=(den_start, m.end)))
    edits.splits[m.ref] = (num, den)
    return m.ref


def share_wholes(p: Passage, edits: Edits) -> None:
    """**Shares of a whole.** "X N đơn vị (chiếm P%)" or "X N đơn vị, chiếm P%": P is N over the whole,
    recomputed when the whole is printed: the total its list hangs from ("trong đó"), the figure
    the words after the share name ("chiếm 77,43% tổng diện tích tự nhiên"), the "trong tổng ..."
    figure of the sentence, or the last whole of the same quantity printed before it (a "tổng",
    "toàn", "dân số", "diện tích tự nhiên" figure). A whole named after the share may print its
    figure in parentheses there ("chiếm 72,7% dân số toàn huyện (110.000 người)") or right after a
    name that says "tổng"/"toàn" ("lúa 5.200 ha chiếm 41,6% tổng diện tích gieo trồng 12.500 ha"), and
    a whole the figures are counted out of closes their sentence ("hộ nghèo 3.185 hộ (chiếm 13%), hộ
    cận nghèo 2.450 hộ (chiếm 10%) trên tổng số 24.500 hộ"). The part may follow its share in its
    clause ("thu nội địa chiếm 85,2% với 183,7 tỷ đồng", "chiếm 38,5%, tương ứng 1.251,3 tỷ đồng"), even when
    the whole it is counted out of closes the clause ("chiếm 80,68% với 21.529 người trong tổng số 26.685
    người"), or be named in the parenthesis after its share ("dân số đô thị chiếm khoảng 8% (thị trấn Hạ
    Hòa có 8.295 người)"; a breakdown there, "(trong đó nữ …)", is no part of it). A weight printed after
    a part is its share as "chiếm" is ("nông nghiệp 820 tỷ đồng (tỷ trọng 38,14%)"), and the whole may be
    named after "trong" ("chiếm 38,14% trong tổng giá trị sản xuất"); "tương đương 44,46%" and "bằng
    5,24% dân số toàn huyện" are shares too ("tương đương 61,2% kế hoạch" stays a ratio to the plan). A
    share of "tổng số hộ" is of the biggest household count printed shortly before ("có 38.598 hộ dân cư
    … 5.290 hộ cận nghèo, chiếm 13,71% tổng số hộ"). In a list nested in another, a share that names the
    total above the list's own is of that total, and so are its siblings' shares that name nothing:
    "tổng giá trị sản xuất 12.429,87 tỷ đồng, trong đó khu vực công nghiệp, xây dựng 7.202,47 tỷ đồng
    (chiếm 57,94%), chia ra: công nghiệp 6.406,47 tỷ đồng (chiếm 51,54% tổng giá trị sản xuất), xây dựng
    796,00 tỷ đồng (chiếm 6,40%)" -> 796,00 / 12.429,87 = 6,40 % ✓, and the two need not make 100 %. A total
    that opens the next sentence is the whole of a share whose own sentence prints none: "… chỉ có 3.383
    người, bằng 32,93% dân số xã. Tổng dân số Phong Thạnh là 10.272 người" (not another commune's
    population printed before). A share of
    something outside the passage ("chiếm 6,4% dân số cả tỉnh") has no whole here and is not
    recomputed, not even for a part of a "trong đó" list, whose total is then not its whole: "Diện tích
    tự nhiên 50.000 ha, trong đó đất nông nghiệp 40.000 ha, chiếm 12% diện tích toàn tỉnh" was 40.000 /
    50.000, a false error (the generic reader does not pair it by position either: "huyện có 100.000
    người, đồng bào dân tộc thiểu số 30.000 người, chiếm 5% dân số cả tỉnh" was a false warning), unless
    the list's total is named by the same words, a province's own ("GRDP toàn tỉnh đạt 50.000 tỷ đồng,
    trong đó nông nghiệp 10.000 tỷ đồng, chiếm 20% GRDP toàn tỉnh" is 10.000 / 50.000). A share that names a whole its list's total is not ("số hộ cận nghèo 1.320 hộ, ...,
    trong đó hộ cận nghèo DTTS 1.000 hộ, chiếm 13,57% tổng số hộ DTTS") is on the figure printed
    under the words that set that whole apart ("đồng bào DTTS có 7.370 hộ": 1.000 / 7.370), and is
    not recomputed when no such figure is printed (never against the list's total).

    "dân số thị xã là 100.357 người; trong đó khu vực thành thị 55.742 người (55,54%)" ->
    55.742 / 100.357 = 55,54 % ✓. An earlier ";"-item of the same list is no whole unless the share
    recomputes on it ("đất phi nông nghiệp 6.782,00 ha; đất chưa sử dụng 464,67 ha (1,96%)": not
    464,67 / 6.782,00).

    A whole guessed by place alone (no list, no name) that does not recompute, while exactly one other
    figure there does, is the wrong guess: "Dân số 85.400 người. Số người trong độ tuổi lao động 52.000
    người; lao động qua đào tạo 31.000 người, chiếm 36,3%" is 31.000 / 85.400. A total that prints its
    own rate ("3.620 hộ, tỷ lệ nghèo đa chiều 51,99%", "50% (8 xã)") is not the whole of its parts'
    shares: those are on the rate's base, which is not printed.

    A total that prints its own share of a whole outside the passage is still the whole of its parts'
    shares: "dân số huyện là 28.772 hộ, 131.134 người, chiếm gần 2,20 % dân số toàn tỉnh; … khối nông
    nghiệp 121.347 người, chiếm 92,54%" -> 121.347 / 131.134 = 92,54 % ✓.
    A sentence that opens with "Trong <name>," names the whole of its shares: "Đất nông nghiệp có 51.200
    ha (chiếm 80%). Trong đất nông nghiệp, đất trồng lúa có 12.800 ha (chiếm 25%)" is 12.800 / 51.200,
    not a share of the district's area. A figure printed between a whole guessed by place and the part,
    that cannot be the part's sibling (the two add up to more than the whole), may hold the part: it is
    the whole when the share recomputes on it ("Diện tích tự nhiên 10.000 ha. Đất nông nghiệp 8.000 ha
    (chiếm 80%); đất trồng cây lâu năm 4.800 ha (chiếm 60%)": 4.800 / 8.000), and the share is not
    recomputed when it fits neither (which whole is meant cannot be told). A share printed before its
    part in parentheses is of that part, not of a figure of its row that closed an earlier clause:
    "Đất nông nghiệp chiếm 40% (19.400 ha), đất lâm nghiệp chiếm 30% (14.550 ha)" -> 14.550 / 48.500,
    never 19.400 / 48.500 (nor 14.550 / 19.400: a figure already read as the part of another share is a
    sibling, no whole); and a part in parentheses is no "rest" by words after the parenthesis
    ("chiếm 12% (3.000 ha), còn lại là đất khác": the parts are a subset). A percentage in parentheses
    that names its base ("nông nghiệp 1.400 tỷ đồng (104% kế hoạch)") is a ratio to that base, no share.
    A figure in parentheses after another of its quantity is another measure of the same thing, no
    whole of what follows: "Dân số thời điểm là 157.806 người (dân số trung bình 133.675 người), …;
    chủ yếu gồm người Kinh 106.260 người, chiếm 67,33%" -> 106.260 / 157.806 = 67,336 %, printed
    truncated (a warning at most), never 106.260 / 133.675.
    A whole the share names by words that set it apart is the figure printed under those words, never a
    total that shares only the generic ones: "tổng diện tích gieo trồng đạt 48.924 ha … 30.614 ha cà phê
    …, nâng diện tích được cải tạo lên 20.572 ha, bằng 67,2% tổng diện tích cà phê toàn huyện" -> 20.572 /
    30.614 = 67,2 % ✓, not 20.572 / 48.924; when no figure is printed under them it is not recomputed.
    A figure restated in another unit after "=" is the part, as one in parentheses is: "hộ cận nghèo 4.761
    hộ = 24.609 khẩu chiếm 28,83%" of "16.516 hộ = 82.741 khẩu" -> 4.761 / 16.516 = 28,83 % ✓; "chiếm
    41,96% theo chuẩn nghèo mới" names a standard, not a whole; so is one restated after "," or "với" in
    another count unit when the share names no whole: "hộ nghèo 6.930 hộ, 35.695 khẩu (chiếm 41,96%)" of
    "16.516 hộ, 82.741 khẩu" -> 6.930 / 16.516 = 41,96 % ✓ (with "… dân số" named it stays the people).
    A whole stated alone in its sentence, whatever words name it, is the whole of the shares printed one
    part a sentence after it: "Giá trị tăng thêm năm 2016 là 2.553.442 triệu đồng. Nông lâm thủy sản tạo ra
    1.400.749 triệu đồng, chiếm tỷ trọng 54,86%. Dịch vụ đứng thứ hai với 717.477 triệu đồng, chiếm 28,10%"
    -> 717.477 / 2.553.442 = 28,10 % ✓ (within four sentences of its paragraph, every figure of its quantity
    between them a part with its own share; a figure without one there may be the whole, and a part with
    its share is no whole of the next). Shares of one whole by two classifications overlap: "Nữ giới có
    67.054 người, chiếm 51,13%. Khối nông nghiệp có 121.347 người, chiếm 92,54%. Khối phi nông nghiệp …
    9.787 người, tương đương 7,46%" -> 92,54% + 7,46% = 100 % (the sector pair), never 67.054 + 121.347 +
    9.787 ≤ 131.134. "giá trị tăng thêm" (value added) names a figure, its "tăng thêm" is no increase.
    A bare "bằng P%" after a part whose sibling printed its share is a share too: "Khu vực nông thôn có
    21.059 người, chiếm tỷ trọng 81%. Thành thị có 4.966 người, bằng 19%" -> 4.966 / 26.025 = 19 % ✓
    ("bằng 104% kế hoạch" names its base and stays a ratio). A whole the share names by words no figure
    of the passage is printed under is not guessed by place, unless the share recomputes on the guess:
    "Tổng giá trị sản xuất … ước đạt 5.017 tỷ đồng, … nộp ngân sách trên 41,5 tỷ đồng, chiếm 24,73% tổng thu
    ngân sách trên địa bàn" is not 41,5 / 5.017 (a false error). Parts of one whole whose printed shares
    add up to 100 % are all of it, whatever their names: "… đạt 3.922 tỷ đồng. Khu vực doanh nghiệp … ước
    đạt 3.687,3 tỷ đồng, chiếm 94%; khu vực cá thể đạt 234,7 tỷ đồng, …, chiếm 6%" -> 3.687,3 + 234,7 =
    3.922 ✓, a partition. Two syllables side by side in the named whole are one word and stand side by side
    under its figure too: "đến hết năm học 2017 - 2018, toàn tỉnh sẽ có 202 trường đạt chuẩn quốc gia, tức phấn
    đấu đạt thêm 12 trường, chiếm 46% tổng số trường học" prints no "trường học" figure ("năm học" and "trường
    đạt chuẩn" are two other words), so 12 / 202 is not read (a false error).
    A share whose sentence opens with a pointer back ("ngành này", "diện tích này", "con số này") and prints
    no figure before it is of the one figure of the sentence before: "Nông – lâm nghiệp … thực hiện được
    2.258,458 tỷ đồng, bằng 97,9% kế hoạch và tăng 5,7%. Ngành này chiếm tỷ trọng 54,4% trong cơ cấu kinh tế" ->
    2.258,458 / 4.154,278 = 54,36 % ✓ (with two figures there, which one is meant is not said).
    A share whose part is dated to one year is not recomputed against a whole dated to another when the passage
    prints the whole's quantity for the part's year too: "Năm 2007 diện tích đất canh tác … 14.597,88 ha, năm 2008
    … 14.607,97 ha, … Năm 2008 diện tích là 1.562,12 ha chiếm 10,69% trong tổng diện tích đất canh tác" named
    2007's area by its words (10,70 %, a false error); against its own year's it holds (10,69 % ✓). A share of
    the whole of its own year is still recomputed, its error found.
    A share printed as a bound ("chiếm trên 80 %", "hơn 92%", "dưới 7%") is read as the share it bounds when its
    whole is certain: the total its part's list hangs from, or the figure printed under every word the share names
    it by ("dân số toàn huyện có 6.543 hộ với 26.685 khẩu; đồng bào dân tộc thiểu số có 5.614 hộ với 21.529 khẩu,
    chiếm trên 80 % dân số toàn huyện" -> 21.529 / 26.685 = 80,7 % ✓). A bound is loose, so it cannot confirm a
    whole guessed by place: "phục vụ sản xuất trên 14.300 ha, chiếm trên 62,2% diện tích sản xuất toàn huyện" after
    "diện tích gieo trồng cả năm đạt 66.143 ha" names a whole not printed, and is not read.
    A share that names nothing, in a list where a sibling's share names a whole outside the passage ("… của tỉnh")
    and the list's total is not named so, is not on that total either (round 28): "Hộ nghèo là đồng bào DTTS có 2.393 hộ, …, trong đó dân tộc
    Khmer có 2.339 hộ, chiếm 26,61% hộ nghèo của tỉnh; người Hoa có 53 hộ, chiếm 0,6%" is not 53 / 2.393 (a false
    error); it is not recomputed. A total guessed by place that prints its own rate in its sentence is not the
    whole of a later share that does not fit it: "Tổng số hộ cận nghèo toàn tỉnh là 19.378 hộ; …; tỷ lệ hộ cận
    nghèo chiếm 4,21%. … Tổng số hộ cận nghèo dân tộc thiểu số toàn tỉnh là 4.539 hộ, chiếm 6,45%" is the
    sub-group's own rate, on a base not printed, never 4.539 / 19.378 (a share that fits its guess still holds).
    The total may print that rate where its figure is restated, the guess being the other print (round 30): a
    headline "Tổng số hộ nghèo toàn tỉnh là: 36.537 hộ" over "… 36.537 hộ, chiếm tỷ lệ 19,07%. Tổng số hộ cận nghèo
    là: 22.801 hộ, chiếm tỷ lệ 11,9%" is not 22.801 / 36.537 (a false error): both rates are on the households.
    A share that opens a bare series of percentages after a series of figures of one quantity is said
    respectively (round 30): "thu nội địa và thu bổ sung lần lượt là 600 tỷ đồng và 400 tỷ đồng, chiếm 60% và 40%",
    "hộ nghèo 300 hộ và hộ cận nghèo 200 hộ, chiếm 3% và 2%" name each share by order, so the first is not the
    share of the figure it follows in the one before it (400 / 600 = 67 % against 60 % was a false error); it is
    left to ``respective_series_shares``, which pairs the series once every list is read. A share after each
    part ("600 tỷ đồng, chiếm 60%, và thu bổ sung …") or one joined to a growth ("chiếm 60% và tăng 5%") is no
    series. A figure already read as the part of a share that names the same whole is a sibling, no whole of the
    next (round 38): "… trong đó hộ nghèo DTTS có 2.306 hộ, chiếm 23,38% tổng số hộ DTTS. Số hộ cận nghèo là 1.547
    hộ, …, trong đó hộ cận nghèo DTTS có 1.298 hộ, chiếm 13,16% tổng số hộ DTTS" -> 1.298 / 9.862 = 13,16 % ✓ (the
    "đồng bào DTTS có 9.862 hộ" printed before; 1.298 / 2.306 was a false error).
    """
    found: dict[tuple[tuple[int, int], str | None], list[Mention]] = defaultdict(list)
    share_of: dict[Ref, Mention] = {}
    like_sibling = _bare_ratios_after_shares(p, edits)
    for s in p.mentions:
        if (s.cell.relation != "share" and s.ref not in like_sibling) or s.cell.divides is not None or s.cell.refs \
                or s.cell.value.kind not in ("number", "comparator"):
            continue
        part = _own_value(p, s) or _part_after(p, s) or _named_before(p, s)
        if part is None or part.value is None or _rate(p, part):
            # "Nam Định: 689ha, 54,25 tạ/ha (100,46%), 3.755 tấn": a yield is no part of a whole; the percentage
            # after it compares it with its own year before, never with the province's 69,45 tạ/ha
            continue
        if _opener(p.between(part, s)) is not None:
            continue  # "65.034 người, trong đó lao động nông nghiệp chiếm 89,9 %": the figure is the whole
        if _respective_series(p, s, part):
            continue  # "… lần lượt là 600 tỷ đồng và 400 tỷ đồng, chiếm 60% và 40%": see ``respective_series_shares``
        whole = _whole_for(p, edits, s, part)
        if whole is None or _years_apart(p, part, whole) or labelled_other_year(p, whole, [part]):
            continue  # "… 4.789 tỷ đồng năm 2015, … Năm 2017, … 3.562 tỷ đồng, chiếm 50,47%": not 2015's total
        if (_RATE_WORD_RE.match(s.cell.column) and edits.parent_of(part.row.index) != whole.row.index
                and not _share_fits(s, part, whole)):
            # "còn 582 hộ nghèo, (tỷ lệ 3,06%), hộ cận nghèo còn 310 hộ (tỷ lệ 1,63%)": "tỷ lệ" after a part is as
            # often a rate of a base the text does not print (all households) as its share, so a whole guessed
            # by place must recompute (see ``rate_word_shares`` for the whole it is listed under)
            continue
        if s.cell.value.kind == "comparator" and not _bound_share_whole(p, edits, s, part, whole):
            continue
        edits.set_cell(s.ref, refs=(part.ref, whole.ref))
        found[(whole.ref, part.cell.period)].append(part)
        share_of[part.ref] = s
    for (whole_ref, _period), parts in found.items():
        whole = p.by_ref[whole_ref]
        if any(edits.parent_of(x.row.index) not in (None, whole.row.index) for x in parts):
            continue
        if all(edits.parent_of(x.row.index) == whole.row.index for x in parts):
            continue  # already a listed breakdown
        parts = sorted(parts, key=lambda m: m.order)
        named = [f"{m.row.indicator} {_item_words(p, m, folded=False)}" for m in parts]
        if sum(size_in(m, whole) for m in parts) > size_in(whole, whole) and cross_classified(named):
            # "Nữ giới có 67.054 người, chiếm 51,13%. Khối nông nghiệp có 121.347 người, chiếm 92,54%. Khối phi
            # nông nghiệp …": shares of one whole by sex and by sector overlap (their figures add up to more
            # than it); the parts of one way that cover the whole are its partition, the others no part of a sum
            # (when they do not, the figures may be wrong: read as printed, "người Kinh …, người Chăm …")
            kept = [parts[i] for i in one_way(named)]
            if len(kept) >= 2 and covers([p.name(m) for m in kept]) is not None:
                parts = kept
        partition, how = decide(p, parts, opener_complete=False, how="shares of one whole")
        if not partition and _shares_make_whole(p, whole, parts, [share_of[x.ref] for x in parts]):
            partition, how = True, "shares of one whole: their printed shares add up to 100 %"
        edits.add_breakdown(Breakdown(whole_ref, [x.ref for x in parts], partition, how))


# nothing but a joiner of a series between two figures: "60% và 40%", "60%, 40%", "600 tỷ đồng và 400 tỷ đồng"
_SERIES_JOIN_RE = re.compile(r"[\s%]*(?:,|va|-|–)\s*")
# between two figures of a series: their unit, a comma or "và", and the next one's name ("600 tỷ đồng và 400
# tỷ đồng", "300 hộ và hộ cận nghèo 200 hộ", "600 tỷ đồng, chăn nuôi 400 tỷ đồng")
_SERIES_UNIT_JOIN_RE = re.compile(r"[^\d;:()=.]{0,30}?(?:,|\bva\b)[^\d;:()=.,]{0,40}")


def _respective_series(p: Passage, share: Mention, part: Mention) -> bool:
    """A share that a bare series of percentages goes on from ("chiếm 60% và 40%", "tương ứng 54,86%, 17,04%
    và 28,10%"), printed after a series of figures of one quantity ("thu nội địa và thu bổ sung lần lượt là 600
    tỷ đồng và 400 tỷ đồng", "hộ nghèo 300 hộ và hộ cận nghèo 200 hộ"), is said respectively: the first share is the first figure's, not the share of
    the figure it follows, and that figure is no whole of it (400 / 600 = 67 % against 60 % was a false error).
    Only the shares' order tells which is whose, so none is read as the share of the figure before it."""
    return _next_share(p, share, p.next(share)) and _part_before(p, part, p.previous(part), part)


def _next_share(p: Passage, last: Mention, nxt: Mention | None) -> bool:
    """Does ``nxt`` go on the series of percentages ``last`` ends ("60% và 40%", "54,86%, 17,04%")?"""
    return (nxt is not None and nxt.line == last.line and nxt.sentence == last.sentence and nxt.percent
            and _SERIES_JOIN_RE.fullmatch(fold_words(p.between(last, nxt))) is not None)


def _part_before(p: Passage, part: Mention, prev: Mention | None, first: Mention) -> bool:
    """Is ``prev`` a figure of ``part``'s quantity printed before ``first`` (the series of figures ``part``
    ends, as read so far) and joined to it as one series ("600 tỷ đồng và 400 tỷ đồng")?"""
    return (prev is not None and prev.is_value and prev.value is not None and not prev.percent
            and prev.line == part.line and prev.sentence == part.sentence and same_quantity(prev.unit, part.unit)
            and _SERIES_UNIT_JOIN_RE.fullmatch(fold_words(p.between(prev, first))) is not None
            and _opener(p.between(prev, first)) is None)  # "600 tỷ đồng, trong đó 400 tỷ đồng": a part, no series


# what a series of percentages compares its figures with when they are no shares ("95% và 90% dự toán")
_NO_SHARE_AFTER_RE = re.compile(r"\s*%?\s*(?:so\s+(?:với|cùng)|kế\s+hoạch|KH\b|dự\s+toán|chỉ\s+tiêu|mục\s+tiêu|"
                                r"năm\b|cùng\s+kỳ|NQ\b|nghị\s+quyết)", re.IGNORECASE)


def respective_series_shares(p: Passage, edits: Edits) -> None:
    """**Shares said respectively after a series of parts.** A bare series of percentages printed after a
    series of figures of one quantity ("Tổng thu … 1.000 tỷ đồng, trong đó thu nội địa và thu bổ sung lần lượt
    là 600 tỷ đồng và 400 tỷ đồng, chiếm 60% và 40%"; "trồng trọt 600 tỷ đồng, chăn nuôi 400 tỷ đồng, chiếm tỷ
    trọng 60% và 40%") gives each figure its share in order, each over the whole the figures are listed under
    (600 / 1.000 = 60 % ✓, 400 / 1.000 = 40 % ✓). Run once every list is read, and only when the series print as
    many shares as figures and every figure hangs from one whole of their quantity; otherwise the shares are
    not read (``share_wholes`` never takes the first as the share of the figure it follows in the one before).
    A series of rates of a plan or a year ("tương ứng 95% và 90% dự toán") is no share."""
    paired: set[Ref] = set()
    for s in p.mentions:
        if s.ref in paired or not s.percent or s.cell.refs or edits.cells.get(s.ref, {}).get("refs") \
                or s.cell.relation not in ("share", None):
            continue
        if s.cell.relation == "share":
            part = _own_value(p, s)
        else:  # "… 4.000 ha, tương ứng 60% và 40%": no share word the line walker took, the series' own words
            prev = p.previous(s)
            part = prev if prev is not None and prev.line == s.line and _SERIES_SHARE_RE.fullmatch(p.between(prev, s)) \
                else None
        if part is not None and part.value is not None and _respective_series(p, s, part):
            paired.update(_pair_respectively(p, edits, s, part))


def _pair_respectively(p: Passage, edits: Edits, share: Mention, part: Mention) -> list[Ref]:
    """The shares of a respective series paired with its figures in order; the refs set, none when the
    shares are left unread."""
    shares = [share]
    nxt = p.next(share)
    while _next_share(p, shares[-1], nxt) and nxt is not None and nxt.value is not None \
            and nxt.cell.value.kind == "number":
        shares.append(nxt)
        nxt = p.next(nxt)
    parts = [part]
    prev = p.previous(part)
    while _part_before(p, part, prev, parts[0]) and prev is not None:
        parts.insert(0, prev)
        prev = p.previous(prev)
    if len(parts) != len(shares) or len({x.row.index for x in parts}) != len(parts) \
            or any(x.cell.value.kind != "number" or x.hedge or x.cell.relation not in ("share", None) for x in shares) \
            or _NO_SHARE_AFTER_RE.match(p.after(shares[-1], limit=40)):
        return []  # "… tương ứng 95% và 90% dự toán": rates of a plan or a year, no shares
    wholes = {_parent_value(p, edits, x.row.index) for x in parts}
    whole = next(iter(wholes)) if len(wholes) == 1 else None
    if whole is None or whole.value is None or not same_quantity(whole.unit, part.unit) \
            or any(x.value is None or x.value >= whole.value for x in parts):
        return []
    for x, y in zip(shares, parts, strict=True):
        edits.set_cell(x.ref, force=True, relation="share", role="ratio", divides=None, refs=(y.ref, whole.ref))
    edits.note(share.row.index, f"shares, respectively, of {len(parts)} parts of {p.text(whole)} printed before them")
    return [x.ref for x in shares]


# words of a named whole that every district's total may print or leave out ("dân số toàn huyện", "tổng số")
_WHOLE_FILLER_WORDS = frozenset({"tong", "so", "toan", "bo", "cua", "va", "cac", "ca", "tren", "dia", "ban", "huyen",
                                 "thi", "xa"})


def _bound_share_whole(p: Passage, edits: Edits, share: Mention, part: Mention, whole: Mention) -> bool:
    """Whether a share printed as a bound ("chiếm trên 80 % dân số toàn huyện") has the whole it is a bound
    of for certain: the total its part's list hangs from, or the figure printed under every word the share
    names its whole by ("dân số toàn huyện có 6.543 hộ với 26.685 khẩu"). A bound is loose, so it cannot
    tell a guessed whole from another one as an exact share can: "phục vụ sản xuất trên 14.300 ha, chiếm
    trên 62,2% diện tích sản xuất toàn huyện" after "diện tích gieo trồng cả năm đạt 66.143 ha" names a
    whole that is not printed, and is not read."""
    if edits.parent_of(part.row.index) == whole.row.index:
        return True
    named = _named_whole(p, share)
    words = set((named or "").split()) - _WHOLE_FILLER_WORDS
    return bool(words) and words <= _named_words(p, whole)


# the rest of a whole named right after a share, with no figure of its own: ", số còn lại là các dân tộc khác",
# ", còn lại là đất khác", "còn lại các dân tộc khác" ("còn lại 2.140 người" prints the rest's figure)
_UNFIGURED_REST_RE = re.compile(r"^[\s%)]*[,;]?\s*(?:so |phan )?con lai(?: la)?(?![a-z])(?!\s*:?\s*\d)")


def _shares_make_whole(p: Passage, whole: Mention, parts: Sequence[Mention], shares: Sequence[Mention]) -> bool:
    """ "Khu vực doanh nghiệp … 3.687,3 tỷ đồng, chiếm 94%; khu vực cá thể đạt 334,7 tỷ đồng, …, chiếm 6%": two
    or more parts whose printed shares of one whole add up to 100 % (within their printed precision, no hedge)
    are all of it, whatever their names say, when no other figure of the whole's quantity is printed among
    them or after them in the last one's sentence ("…, đất nuôi trồng thủy sản 117 ha (chiếm 0,1%) và đất nông
    nghiệp khác 61 ha": a fourth part without its share), nor when the rest is named right after the last share
    without a figure: "dân tộc Thái có 45.531 người, chiếm 70,4% …, tộc người Đan Lai có 2.837 người, chiếm 4,2%,
    số còn lại là các dân tộc khác như Hoa, Nùng" (con-cuong-nghe-an_1) leaves people out of the three, and 70,4 +
    25 + 4,2 = 99,6 within the rounding of "25%" said nothing (45.531 + 16.109 + 2.837 ≠ 64.679 was an error)."""
    if len(shares) < 2 or any(m.value is None or m.hedge or m.cell.value.kind != "number" for m in shares):
        return False
    if _UNFIGURED_REST_RE.match(fold_words(p.after(shares[-1], limit=60))):
        return False
    last = parts[-1]
    taken = {x.ref for x in parts} | {whole.ref}
    if any(x.is_value and x.ref not in taken and same_quantity(x.unit, whole.unit) and x.order > parts[0].order
           and (x.order < last.order or x.sentence == last.sentence) for x in p.mentions):
        return False
    total = sum((m.value for m in shares if m.value is not None), Fraction(0))
    slack = _rounding_slack(shares)
    return abs(total - 100) <= slack


def _bare_ratios_after_shares(p: Passage, edits: Edits) -> set[Ref]:
    """ "Khu vực nông thôn có 21.059 người, chiếm tỷ trọng 81%. Thành thị có 4.966 người, bằng 19%.": a
    "bằng P%" that names no base, after a part whose sibling printed before it (in its sentence or the one
    before, a figure of its quantity) has its share, is a share too; set so, its refs found as any share's."""
    out: set[Ref] = set()
    for m in p.mentions:
        c = m.cell
        if (c.relation != "ratio" or c.divides is not None or c.refs or c.value.kind != "number" or not c.value.percent
                or c.column.strip().lower() != "bằng %"):
            continue
        value = _value_in_row(p, m.row)
        if value is None or value.order > m.order or value.value is None:
            continue
        sibling = next((x for x in reversed(p.mentions[: value.order]) if x.is_value and part_quantity(x, value)), None)
        if (sibling is None or value.sentence - sibling.sentence > 1 or sibling.line != value.line
                or not _has_share(sibling.row) or _own_value(p, next(
                    (y for y in p.mentions if y.row.index == sibling.row.index and y.cell.relation == "share"), m)) is None):
            continue
        edits.set_cell(m.ref, relation="share")
        out.add(m.ref)
    return out


def own_rate(p: Passage, w: Mention) -> Mention | None:
    """The percentage a total prints right after itself in its clause ("3.620 hộ, tỷ lệ nghèo đa
    chiều 51,99%"), if any."""
    prev = p.previous(w)
    if (prev is not None and prev.line == w.line and prev.percent and prev.value is not None
            and prev.cell.divides is None and not prev.cell.refs and re.fullmatch(
                r"\s*%?\s*(?:\(|,\s*(?:(?:tổng số|tổng cộng)(?:\s+[^\W\d_]+){0,8}|tương ứng|gồm)?|,?\s*với)\s*(?:là\s*)?",
                p.between(prev, w), re.IGNORECASE)):
        # "Tỷ lệ số xã đạt chuẩn nông thôn mới: 50% (8 xã)"; "tỷ lệ nghèo đa chiều 10,22%, tổng số hộ nghèo và
        # cận nghèo 707 hộ"; "tỷ lệ nghèo đa chiều 59,48% với 1.142 hộ nghèo và hộ cận nghèo"
        return prev
    nxt = p.next(w)
    if nxt is None or nxt.line != w.line or nxt.sentence != w.sentence or not nxt.percent or nxt.value is None:
        return None
    if nxt.cell.divides is not None or nxt.cell.refs or nxt.cell.relation not in (None, "share"):
        return None
    between = p.between(w, nxt)
    if _RATE_ASIDE_RE.fullmatch(between):
        # "707 hộ nghèo và cận nghèo (tỷ lệ nghèo đa chiều 10,22%), bao gồm 263 hộ nghèo (tỷ lệ 3,80%) …": the
        # rate in the parenthesis that opens right after the total is its own
        return nxt
    if ";" in between or "(" in between or len(between) > 60 or not re.search(r"(?:tỷ|tỉ)\s+lệ", between.lower()):
        return None
    return nxt


_RATE_ASIDE_RE = re.compile(r"[^\d;()]{0,40}\(\s*(?:tỷ|tỉ)\s+lệ[^\d;()]{0,40}", re.IGNORECASE)


def _adjacent_rate(p: Passage, x: Mention) -> Mention | None:
    """The percentage printed with a part: "585 hộ nghèo (tỷ lệ 30,47%)", "1.891 hộ nghèo, tỷ lệ 5,85%",
    "hộ nghèo chiếm 30,95% (2.155 hộ)"."""
    nxt, prev = p.next(x), p.previous(x)
    if nxt is not None and nxt.line == x.line and nxt.percent and nxt.value is not None and re.fullmatch(
            r"[^\d;()]{0,25}?(?:\(\s*(?:(?:(?:tỷ|tỉ)\s+lệ|chiếm)\s*)?|,\s*(?:(?:tỷ|tỉ)\s+lệ|chiếm)\s*)(?:là\s*)?",
            p.between(x, nxt), re.IGNORECASE):
        return nxt
    if prev is not None and prev.line == x.line and prev.percent and prev.value is not None and re.fullmatch(
            r"\s*%?\s*\(\s*", p.between(prev, x)):
        return prev
    return None


def rate_partitions(p: Passage, edits: Edits) -> None:
    """**Rates of the parts of a total that prints its rate.** "tổng số hộ nghèo và hộ cận nghèo là 3.620
    hộ, tỷ lệ nghèo đa chiều 51,99%; trong đó hộ nghèo chiếm 30,95% (2.155 hộ), hộ cận nghèo chiếm
    21,04% (1.465 hộ)": when a total's parts add up to it and each prints its own rate, the rates are
    on one base and add up to the total's rate (30,95 + 21,04 = 51,99 ✓). The total's rate may come
    first: "tỷ lệ nghèo đa chiều 12,40%, tổng số hộ nghèo và cận nghèo 816 hộ; chia ra hộ nghèo 302 hộ,
    tỷ lệ 4,59%, hộ cận nghèo 514 hộ, tỷ lệ 7,81%" (or "12,40% với 816 hộ …") -> 4,59 + 7,81 = 12,40 ✓;
    or in the parenthesis that opens right after the total: "707 hộ nghèo và cận nghèo (tỷ lệ nghèo đa chiều
    10,22%), bao gồm 263 hộ nghèo (tỷ lệ 3,80%) và 444 hộ cận nghèo (tỷ lệ 6,42%)" -> 3,80 + 6,42 = 10,22 ✓.
    """
    for b in list(edits.breakdowns):
        if not b.partition:
            continue
        w = p.by_ref.get(b.whole)
        rate = own_rate(p, w) if w is not None else None
        if rate is None:
            continue
        rates = [_adjacent_rate(p, p.by_ref[ref]) if ref in p.by_ref else None for ref in b.parts]
        found = [r for r in rates if r is not None]
        if len(found) != len(rates) or len({r.row.index for r in found} | {rate.row.index}) != len(found) + 1:
            continue
        _as_parts(edits, rate, found)
        edits.add_breakdown(Breakdown(rate.ref, [r.ref for r in found], True,
                                      "the rates of parts that add up to a total, against the total's rate"))


def _named_in_whole(p: Passage, whole: Mention, parts: Sequence[Mention]) -> bool:
    """A total that names its two parts: "tổng số hộ nghèo và hộ cận nghèo là 3.620 hộ; trong đó hộ nghèo
    ..., hộ cận nghèo ..." (each part named by one side of the "và"; "1.142 hộ nghèo và cận nghèo" too)."""
    if len(parts) != 2:
        return False
    # the words after the total end at its clause or its sentence ("… 5.054 hộ nghèo và cận nghèo. Trong đó …")
    text = fold_words(p.sentence_head(whole)[-80:] + " " + re.split(r"[,;(]|\.(?!\d)", p.after(whole, limit=60))[0])
    found = re.search(r"([a-z ]+?) va ([a-z]+(?: [a-z]+){0,3}?)(?= la| co| gom| dat| voi| trong|$| \d)", text)
    if found is None:
        return False
    right = found.group(2).strip()
    head = right.split()[0]
    left_words = found.group(1).split()
    if head in left_words:
        left = " ".join(left_words[len(left_words) - 1 - left_words[::-1].index(head):])
    elif len(right.split()) >= 2 and right.split()[-1] == left_words[-1]:
        # "hộ nghèo và cận nghèo": the right side leaves out the head noun of the left, whose last word
        # it ends on; the left is as long as it ("doanh nghiệp và cơ sở sản xuất" names no two parts)
        left = " ".join(left_words[-len(right.split()):])
    else:
        return False
    if not left or left == right:
        return False
    def name(m: Mention) -> str:
        prev = p.previous(m)
        if prev is not None and prev.percent and re.fullmatch(r"\s*%?\s*\(\s*", p.between(prev, m)):
            return fold_words(p.lead(prev))  # "hộ nghèo chiếm 30,95% (2.155 hộ)": named before its share
        return fold_words(_item_words(p, m) + " " + re.split(r"[,;(]", p.after(m, limit=40))[0])

    def side(n: str) -> str | None:
        has_r, has_l = re.search(rf"(?<![a-z]){right}(?![a-z])", n), re.search(rf"(?<![a-z]){left}(?![a-z])", n)
        return "r" if has_r else ("l" if has_l else None)
    # a part named before its share in its own sentence ("Hộ cận nghèo chiếm 6,4%, với 444 hộ")
    return sorted(side(name(m)) or side(fold_words(p.sentence_head(m))) or "" for m in parts) == ["l", "r"]


def _part_after(p: Passage, share: Mention) -> Mention | None:
    """ "người dân tộc thiểu số chiếm 45,2% (35.480 người)": the part printed in parentheses right
    after its share, when the share's row prints no figure of its own."""
    for i, c in enumerate(share.row.cells):
        if c.value.kind in ("number", "comparator", "fraction") and not c.value.percent and c.role != "ratio":
            own = p.by_ref.get((share.row.index, i))
            if own is None or own.order > share.order or not _closed_before(p, own, share):
                return None
    nxt = p.next(share)
    if nxt is None or nxt.line != share.line or not nxt.is_value or nxt.value is None or nxt.unit is None:
        return None
    between = p.between(share, nxt)
    # "(35.480 người)", "(tương ứng 35.480 người)", and the part named in the parenthesis: "dân số đô thị
    # chiếm khoảng 8% (thị trấn Hạ Hòa có 8.295 người)" (but not a breakdown: "(trong đó nữ …)")
    if re.fullmatch(r"\s*%?\s*\(\s*(?:(?:tương ứng|tương đương)(?:\s+với)?\s*|[^\d();,:]{1,40}\s(?:có|là|với)\s*)?", between,
                    re.IGNORECASE) and not re.search(r"trong đó|riêng|gồm|năm|so với|kế hoạch", between, re.IGNORECASE):
        return nxt if re.match(r"[^\d(),;]{0,20}\)", p.after(nxt, limit=30)) else None
    # "thu nội địa chiếm 85,2% với 183,7 tỷ đồng", "chiếm 38,5%, tương ứng 1.251,3 tỷ đồng": the part
    # follows its share in the same clause, which ends with it, or with the whole it is counted out of
    # ("chiếm 80,68% với 21.529 người trong tổng số 26.685 người")
    if (re.fullmatch(r"\s*%?\s*,?\s*(?:với|tương ứng(?:\s+với)?|tương đương(?:\s+với)?)\s*(?:là\s*)?", between,
                     re.IGNORECASE)
            and re.match(r"[^\d(),;.]{0,20}(?:[,;.)]|$|(?:trong|trên)\s+tổng)", p.after(nxt, limit=30), re.IGNORECASE)):
        return nxt
    return None


# "Ngành này chiếm tỷ trọng 54,4%", "Diện tích này hiện chiếm 60%": a sentence whose subject points back
_THIS_ONE_RE = re.compile(r"^\W*(?:ngành|lĩnh vực|khu vực|con số|số|giá trị|diện tích|khoản|khoản mục|nguồn|"
                          r"nguồn vốn|số lượng|số hộ|số người|dân số)\s+này\s+(?:hiện\s+|vẫn\s+|đã\s+)?(?:chiếm|bằng)(?!\w)",
                          re.IGNORECASE)


def _named_before(p: Passage, share: Mention) -> Mention | None:
    """ "Nông – lâm nghiệp … thực hiện được 2.258,458 tỷ đồng, bằng 97,9% kế hoạch và tăng 5,7%. Ngành này chiếm
    tỷ trọng 54,4% trong cơ cấu kinh tế": a share whose sentence opens with "this one" ("ngành này", "diện tích
    này") and prints no figure before it is of the one figure the sentence before prints (with two there,
    which one is meant is not said)."""
    if not _THIS_ONE_RE.match(p.sentence_head(share)) or any(
            x.sentence == share.sentence and x.line == share.line and x.order < share.order for x in p.mentions):
        return None
    before = [x for x in p.mentions if x.sentence == share.sentence - 1 and x.line == share.line and x.is_value]
    return before[0] if len(before) == 1 and before[0].value is not None and before[0].unit else None


def _closed_before(p: Passage, own: Mention, share: Mention) -> bool:
    """Whether the row's figure ``own`` closed an earlier clause before ``share``: "Đất nông nghiệp chiếm
    26,7% (16.248 ha), đất lâm nghiệp chiếm 16% (9.739 ha)" puts 16.248 in the row of "đất lâm nghiệp",
    but the parenthesis it closes ends its clause, so it is no figure of the share 16%."""
    between = p.between(own, share)
    return ";" in between or ":" in between or between.count(")") > between.count("(")


def _whole_for(p: Passage, edits: Edits, share: Mention, part: Mention) -> Mention | None:
    assert part.value is not None
    # 1. the total its list hangs from, unless that total prints its own rate: then the parts' shares
    #    are on the rate's base ("hộ nghèo và cận nghèo là 3.620 hộ, tỷ lệ 51,99%; trong đó hộ nghèo
    #    chiếm 30,95% (2.155 hộ)": 30,95 % of all households, not of 3.620)
    #    A share that names a whole its list's total is not ("trong đó hộ cận nghèo DTTS 1.298 hộ, chiếm
    #    13,16% tổng số hộ DTTS" under 1.547 near-poor households) is on the whole it names.
    named = _named_whole(p, share)
    if named == "" and not _outside_named_total(p, edits, part):
        if edits.parent_of(part.row.index) is not None:
            # "trong đó đất nông nghiệp 40.000 ha, chiếm 12% diện tích toàn tỉnh": the share names a whole outside
            # the passage, so the total its list hangs from is not its whole (40.000 / 50.000 was a false error)
            edits.set_cell(share.ref, relation=None)
            edits.note(part.row.index, "share of a whole outside the passage: not recomputed")
        return None  # a whole outside the passage
    # "chiếm 28,57% và đất chưa sử dụng …": the words after the share are the next item, not a whole
    distinct = set() if named and re.match(r"(?:va|con|chiem|trong do|gom)(?![a-z])", named) else _distinct_words(named)
    parent = edits.parent_of(part.row.index)
    if parent is not None and parent in p.rows:
        w = _value_in_row(p, p.rows[parent])
        if w is not None and same_quantity(w.unit, part.unit) and w.value is not None and size_in(w, part) >= part.value:
            above = _whole_above_list(p, edits, share, part, w, named)
            if above is not None:
                return above
            if named is None and _sibling_names_outside_whole(p, edits, share, part, parent, w):
                # "Hộ nghèo là đồng bào DTTS có 2.393 hộ, …, trong đó dân tộc Khmer có 2.339 hộ, chiếm 26,61% hộ
                # nghèo của tỉnh; người Hoa có 53 hộ, chiếm 0,6%": the bare share is on the whole its sibling named,
                # not on the list's total (53 / 2.393 was a false error)
                edits.set_cell(share.ref, relation=None)
                edits.note(part.row.index, "share whose sibling names a whole outside the list's total: not recomputed")
                return None
            if not distinct or distinct <= _own_words(p, w):
                return None if own_rate(p, w) is not None else w
    # 2. the whole the words after the share name
    if named == "":
        return None  # a whole outside the passage, unless a province's own total above the list is it
    if distinct:
        # the figure printed under those distinguishing words ("người đồng bào DTTS có 9.862 hộ")
        named_as = [m for m in p.mentions[: part.order] if m.is_value and m.value is not None
                    and size_in(m, part) > part.value and same_quantity(m.unit, part.unit) and m.row.index != part.row.index
                    and _distinct_words(" ".join(_own_words(p, m))) == distinct]
        if named_as:
            return named_as[-1]
        if parent is not None:
            # the named whole is not printed, and its list's total is not it: nothing to recompute
            edits.set_cell(share.ref, relation=None)
            edits.note(part.row.index, f"share of '{named}', a whole not printed here: not recomputed")
            return None
    # 2a. "chiếm 72,7% dân số toàn huyện (110.000 người)": the named whole, printed in parentheses after it
    after = p.next(share)
    if (named and after is not None and after.line == share.line and after.sentence == share.sentence
            and after.is_value and after.value is not None and size_in(after, part) > part.value
            and same_quantity(after.unit, part.unit)
            and (re.fullmatch(r"\s*%?\s*[^\d;,()]{1,60}(?:\(|\blà|:)\s*", p.between(share, after))
                 # "chiếm 41,6% tổng diện tích gieo trồng 12.500 ha": the total printed right after its name
                 or re.fullmatch(r"\s*%?\s*(?:trong\s+|so với\s+)?(?:tổng|toàn)[^\d;,()]{0,60}", p.between(share, after),
                                 re.IGNORECASE))):
        return after  # "... (110.000 người)", "chiếm 85,3% tổng thu ngân sách trên địa bàn là 375 tỷ đồng"
    # 2b. "hộ nghèo 3.185 hộ (chiếm 13%), hộ cận nghèo 2.450 hộ (chiếm 10%) trên tổng số 24.500 hộ": the
    #     whole the figures are counted out of, printed at the end of their sentence
    out_of = next((m for m in p.mentions[share.order + 1:] if m.sentence == share.sentence and m.line == share.line
                   and m.is_value and m.value is not None and size_in(m, part) > part.value and same_quantity(m.unit, part.unit)
                   and re.search(r"(?<![a-z])(?:tren|trong) tong(?: so)?\s*:?\s*$", fold_words(p.lead(m)))), None)
    if out_of is not None:
        return out_of
    earlier = [m for m in p.mentions[: part.order] if m.is_value and m.value is not None and size_in(m, part) > part.value
               and same_quantity(m.unit, part.unit) and not _share_within(p, m.row) and m.row.index != part.row.index]
    # "… 3.383 người, bằng 32,93% dân số xã. Tổng dân số Phong Thạnh là 10.272 người.": a total that opens
    # the next sentence is the whole, not one guessed from before (none printed earlier in the part's sentence)
    later = [m for m in p.mentions[share.order + 1:] if m.line == part.line and m.sentence - part.sentence == 1
             and m.is_value and m.value is not None and same_quantity(m.unit, part.unit) and size_in(m, part) > part.value
             and re.match(r"\s*(?:tong|toan)(?![a-z])", fold_words(p.sentence_head(m)))]
    if later and not any(m.sentence == part.sentence for m in earlier):
        return later[0]
    if named:
        words = set(named.split()) - {"cua", "va", "cac", "ca", "so", "voi", "tren", "dia", "ban"}
        scored = [(len(words & set(fold_words(f"{m.row.indicator} {p.lead(m)}").split())), m) for m in earlier]
        scored = [(s, m) for s, m in scored if s >= 2]
        named_by = [(s, m) for s, m in scored if _printed_under(p, m, named, distinct)]
        if named_by:
            return max(named_by, key=lambda sm: (sm[0], sm[1].order))[1]
        if scored:
            # "… tổng diện tích gieo trồng 48.924 ha … 30.614 ha cà phê …, bằng 67,2% tổng diện tích cà phê
            # toàn huyện": a total that shares the generic words but not the ones that set the named whole
            # apart is another whole; the figure printed under those words is it when the share fits it
            under = [m for m in earlier if _printed_under(p, m, named, distinct)]
            fit = [m for m in under if _share_fits(share, part, m)]
            if len(fit) == 1 or (not fit and len(under) == 1):
                return (fit or under)[0]
            edits.note(part.row.index, f"share of '{named}', a whole not printed here under that name: not recomputed")
            return None
    # 2c. "… có 38.598 hộ dân cư. … huyện còn 5.290 hộ cận nghèo, chiếm 13,71% tổng số hộ": a whole named only
    #     by the part's own unit is the biggest figure of that unit printed shortly before
    if named and part.unit and named == f"tong {fold_words(part.unit).strip()}":
        counted = [m for m in earlier if part.sentence - m.sentence <= 3 and fold_words(m.unit or "") == fold_words(part.unit)]
        if counted:
            return max(counted, key=lambda m: (size_in(m, part), m.order))
    # 3. "trong tổng diện tích tự nhiên 30.173,5 ha, đất nông nghiệp là ..."
    for m in reversed(earlier):
        if m.sentence == part.sentence and fold_words(p.lead(m)).startswith("trong tong"):
            return m
    # 3a. "Trong đất nông nghiệp, đất sản xuất nông nghiệp có 33.117 ha (chiếm 40%)"
    opened = _opener_whole(p, part)
    if opened is not None:
        return opened
    # 4. the last whole before it: the nearest bigger figure of its own sentence that is not a part
    #    itself, else the last "tổng / toàn / dân số" figure of the passage
    #    A guess by place alone that does not recompute while another figure there does is the
    #    wrong guess ("... 52.000 người; lao động qua đào tạo 31.000 người, chiếm 36,5%" of the
    #    population printed before, not of the labour force): that figure is the whole.
    # a figure already read as the part of another share is this part's sibling, not its whole ("Đất nông
    # nghiệp chiếm 26,7% (16.248 ha), đất lâm nghiệp chiếm 61% (9.739 ha)": 61% is not 9.739 / 16.248)
    shared = {f["refs"][0] for ref, f in edits.cells.items() if f.get("refs") and f.get(
        "relation", p.by_ref[ref].cell.relation if ref in p.by_ref else None) == "share"}
    same_sentence = [m for m in earlier if m.sentence == part.sentence and edits.parent_of(m.row.index) is None
                     and m.ref not in shared and not (_aside(p, m) and not _share_fits(share, part, m))]
    # an earlier ";"-item of the part's own list is its whole only when the share recomputes on it
    siblings = [m for m in same_sentence if _sibling_item(p, m, part)]
    same_sentence = [m for m in same_sentence if m not in siblings]
    wholes = [m for m in earlier if _whole_like(p, m) and part.sentence - m.sentence <= 4]
    guesses = list(dict.fromkeys([*reversed(same_sentence), *reversed(wholes)]))
    if distinct and not any(_printed_under(p, m, named, distinct) for m in earlier):
        # "nộp ngân sách trên 41,5 tỷ đồng, chiếm 24,73% tổng thu ngân sách trên địa bàn" after "Tổng giá trị sản
        # xuất … 5.017 tỷ đồng": the share names a whole no figure is printed under; a figure guessed by place is
        # another whole, so it is taken only when the share recomputes on it
        fitting = [m for m in guesses if _share_fits(share, part, m)]
        if len(fitting) != 1:
            edits.note(part.row.index, f"share of '{named}', a whole not printed here under that name: not recomputed")
            return None
        return fitting[0]
    if guesses and _share_fits(share, part, guesses[0]):
        return guesses[0]
    fitting = [m for m in [*guesses[1:], *reversed(siblings)] if _share_fits(share, part, m)]
    if len(fitting) == 1:
        return fitting[0]
    if guesses:
        # A figure printed between the guessed whole and the part that cannot be the part's sibling
        # (the two add up to more than the whole) holds the part: "... 107.170 ha. Đất nông nghiệp có
        # 83.846 ha (chiếm 78%) ... đất lâm nghiệp 50.491 ha (chiếm 60%)" is of the farm land, not of the
        # district. The one that recomputes is the whole; when none does, which is meant cannot be told.
        # (not an aside, nor an earlier item of a list opened after the whole, already read as a share's
        # part: "chủ yếu gồm người Kinh 106.260 người, chiếm 67,33%; người Chăm 84.012 người, …" are siblings)
        between = [m for m in _between_wholes(p, guesses[0], part)
                   if not (m.ref in shared and _opener(p.between(guesses[0], m)) is not None and ";" in p.between(m, part))
                   and not (_aside(p, m) and not _share_fits(share, part, m))]
        if between:
            fit = [m for m in between if _share_fits(share, part, m)]
            if len(fit) == 1:
                return fit[0]
            edits.note(part.row.index, "share whose whole is uncertain (a bigger figure is printed between the "
                                       "total and the part): not recomputed")
            return None
    if guesses and (_rate_in_its_sentence(p, guesses[0]) or _restated_with_rate(p, guesses[0], part)):
        # "Tổng số hộ cận nghèo toàn tỉnh là 19.378 hộ; …; tỷ lệ hộ cận nghèo chiếm 4,21%. … Tổng số hộ cận nghèo
        # dân tộc thiểu số toàn tỉnh là 4.539 hộ, chiếm 6,45%": the passage prints its counts' rates as "chiếm",
        # and the later one is the sub-group's own rate, on a base not printed (4.539 / 19.378 was a false error).
        # The total may print its rate where its figure is restated: a headline "Tổng số hộ nghèo toàn tỉnh là:
        # 36.537 hộ" over "… tổng số hộ nghèo toàn tỉnh là: 36.537 hộ, chiếm tỷ lệ 19,07% … Tổng số hộ cận nghèo
        # là: 22.801 hộ, chiếm tỷ lệ 11,9%" (round 30: 22.801 / 36.537 = 62,4 % was a false error)
        edits.note(part.row.index, "share after a total that prints its own rate: a rate, not recomputed")
        return None
    return guesses[0] if guesses else _whole_before_share_run(p, share, part, [m for m in earlier if m.ref not in shared])


def _sibling_names_outside_whole(p: Passage, edits: Edits, share: Mention, part: Mention, parent: int,
                                 listed: Mention) -> bool:
    """Does another part of ``part``'s list print a share of a whole outside the passage ("chiếm 26,61% hộ nghèo
    của tỉnh" under "Hộ nghèo là đồng bào DTTS có 2.393 hộ"), while the list's total ``listed`` is not named so?
    Then the list's shares are on that whole, and a share that names nothing is not on the list's total either.
    A sibling naming the total by other words ("chiếm 44,5% cơ cấu kinh tế") leaves the list's total the whole."""
    if _outside_named_total(p, edits, part) or names_outside(fold_words(f"{listed.row.indicator} {p.lead(listed)}")):
        return False
    for s in p.mentions:
        if s.ref == share.ref or s.row.index == part.row.index or s.cell.relation != "share" or not s.percent:
            continue
        if edits.parent_of(s.row.index) == parent and _named_whole(p, s) == "":
            return True
    return False


def _restated_with_rate(p: Passage, w: Mention, part: Mention) -> bool:
    """Is total ``w``'s figure printed again before ``part`` (same value, same unit: a headline over its body, a
    summary over its detail) where it prints its own rate? The rate is the figure's, whichever print carries it,
    so the parts' bare shares after it are rates on a base not printed, as after ``_rate_in_its_sentence``."""
    return any(m.ref != w.ref and m.order < part.order and m.is_value and m.value == w.value
               and fold_words(m.unit or "") == fold_words(w.unit or "") and _rate_in_its_sentence(p, m)
               for m in p.mentions)


def _rate_in_its_sentence(p: Passage, w: Mention) -> bool:
    """Does total ``w`` print its own rate: right after it ("3.620 hộ, tỷ lệ 51,99%"), or as a later clause of its
    sentence that names the rate of its quantity ("… 19.378 hộ; …; tỷ lệ hộ cận nghèo chiếm 4,21%")?"""
    if own_rate(p, w) is not None:
        return True
    own = set(fold_words(f"{w.row.indicator} {p.lead(w)}").split()) | _own_words(p, w)
    for x in p.mentions[w.order + 1:]:
        if x.sentence != w.sentence or x.line != w.line:
            break
        if not x.percent or x.cell.divides is not None or x.cell.refs:
            continue
        words = fold_words(x.row.indicator).split()
        if len(words) >= 3 and words[:2] == ["ty", "le"]:
            named = {t for t in words[2:] if t not in ("chiem", "la", "dat", "con", "giam", "tang")}
            if named and named <= own:
                return True
    return False


def _whole_before_share_run(p: Passage, share: Mention, part: Mention, earlier: Sequence[Mention]) -> Mention | None:
    """The whole of shares printed one part a sentence after the sentence that states it, whatever
    words name it: "Giá trị tăng thêm năm 2016 là 2.553.442 triệu đồng. Nông lâm thủy sản tạo ra 1.400.749
    triệu đồng, chiếm tỷ trọng 54,86%. Dịch vụ đứng thứ hai với 717.477 triệu đồng, chiếm 28,10%." ->
    717.477 / 2.553.442. The whole is the only figure of the part's quantity in its sentence (it states
    one total, no list, no share of a whole of the passage), at most four sentences before the part in its
    paragraph, and every figure of that quantity printed between them is a part that prints its own share
    (a sibling); a figure without a share between them may be the whole itself, so nothing is recomputed."""
    w = max((m for m in earlier if m.line == part.line and m.sentence < part.sentence), key=lambda m: m.order,
            default=None)
    if w is None or part.sentence - w.sentence > 4 or w.value is None or _aside(p, w):
        return None
    if _opener(p.sentence_head(w)) is not None or re.search(r"\(\s*$", p.lead(w)):
        return None
    if any(m.sentence == w.sentence and m.is_value and m.ref != w.ref and part_quantity(w, m) for m in p.mentions):
        return None
    if any(m.sentence == w.sentence and m.cell.relation == "share" and _named_whole(p, m) != "" for m in p.mentions):
        return None  # "hộ nghèo chiếm 30,95%, tương ứng 2.155 hộ": a part itself (a share of the whole outside is not)
    between = [m for m in p.mentions[w.order + 1: part.order] if m.is_value and part_quantity(w, m)]
    if any(not _has_share(m.row) or m.value is None or size_in(m, part) >= size_in(w, part) for m in between):
        return None
    return w


_NAME_STOP_WORDS = frozenset({"cua", "va", "cac", "ca", "so", "voi", "tren", "dia", "ban", "trong", "toan", "huyen"})


def _whole_above_list(p: Passage, edits: Edits, share: Mention, part: Mention, listed: Mention,
                      named: str | None) -> Mention | None:
    """The total above a list's own total that a part's share is of: "tổng giá trị sản xuất 12.429,87 tỷ
    đồng, trong đó khu vực công nghiệp, xây dựng 7.202,47 tỷ đồng (chiếm 57,94%), chia ra: công nghiệp
    6.406,47 tỷ đồng (chiếm 54,54% tổng giá trị sản xuất), xây dựng 796,00 tỷ đồng (chiếm 6,40%)". The
    share names a total ("tổng …") that the list's total is not printed under while an earlier figure
    is; a later share of the same list names nothing and is of the whole its sibling named."""
    earlier = [m for m in p.mentions[: listed.order] if m.is_value and m.value is not None
               and same_quantity(m.unit, part.unit) and size_in(m, part) > size_in(listed, part)]
    if named and re.match(r"tong(?![a-z])", named):
        words = set(named.split()) - _NAME_STOP_WORDS
        if len(words & _named_words(p, listed)) >= 2:
            return None
        under = [m for m in earlier if len(words & _named_words(p, m)) >= max(2, len(words) - 1)
                 and not _part_of_named(p, edits, m, named)]
        return under[-1] if under else None
    if named:
        return None
    # a sibling of the same list whose share named a total above the list's own
    for ref, fields in edits.cells.items():
        refs = fields.get("refs")
        sib = p.by_ref.get(ref)
        if (not refs or sib is None or sib.order >= share.order or sib.sentence != share.sentence
                or fields.get("relation", sib.cell.relation) != "share"):
            continue
        sib_part, sib_whole = p.by_ref.get(refs[0]), p.by_ref.get(refs[1])
        if (sib_part is not None and sib_whole in earlier and sib_part.row.index != part.row.index
                and edits.parent_of(sib_part.row.index) == listed.row.index):
            return sib_whole
    return None


def _part_of_named(p: Passage, edits: Edits, m: Mention, named: str) -> bool:
    """Is ``m`` already the part of a share that names the same whole ``named``? Then it is a sibling of the
    share's part, never that whole: "… trong đó hộ nghèo DTTS có 2.306 hộ, chiếm 23,38% tổng số hộ DTTS. Số hộ cận
    nghèo là 1.547 hộ, …, trong đó hộ cận nghèo DTTS có 1.298 hộ, chiếm 13,16% tổng số hộ DTTS" is 1.298 / 9.862
    (the "đồng bào DTTS có 9.862 hộ" printed before), not 1.298 / 2.306."""
    for ref, fields in edits.cells.items():
        refs = fields.get("refs")
        s = p.by_ref.get(ref)
        if (refs and refs[0] == m.ref and s is not None and fields.get("relation", s.cell.relation) == "share"
                and _named_whole(p, s) == named):
            return True
    return False


def _aside(p: Passage, m: Mention) -> bool:
    """A figure printed in parentheses right after another of its quantity, another measure of the same
    thing: "Dân số thời điểm là 157.806 người (dân số trung bình 133.675 người)". The shares that follow
    are of the figure outside the parenthesis, so a guess by place passes over the aside."""
    prev = p.previous(m)
    return (prev is not None and prev.is_value and prev.line == m.line and same_quantity(prev.unit, m.unit)
            and re.fullmatch(r"[^\d()]{0,12}\(\s*[^\d()]{0,40}", p.between(prev, m)) is not None
            and re.match(r"[^\d()]{0,12}\)", p.after(m, limit=20)) is not None)


def size_in(m: Mention, part: Mention) -> Fraction:
    """``m``'s value in the unit of ``part``, to compare a whole with its part: "1.842,43 km2" is
    184.243 ha beside "71.000 ha" (its printed value when the units do not convert)."""
    assert m.value is not None
    factor = conversion_factor(part.unit, m.unit) if part.unit and m.unit else None
    return m.value / factor if factor else m.value


def _between_wholes(p: Passage, whole: Mention, part: Mention) -> list[Mention]:
    """Figures of the part's quantity printed after ``whole`` and before ``part``, bigger than the part
    and smaller than the whole: each could be the part's whole too."""
    assert part.value is not None and whole.value is not None
    return [m for m in p.mentions[whole.order + 1 : part.order]
            if m.is_value and m.value is not None and part.value < size_in(m, part) < size_in(whole, part)
            and size_in(m, part) + part.value > size_in(whole, part)
            and same_quantity(m.unit, part.unit) and m.row.index != part.row.index]


# "Trong <words>," that set a time, a stage or a field, not a whole whose figure is printed
_NOT_A_WHOLE = re.compile(r"(?:do|so do|nam|cac nam|tong|thoi|giai doan|quy|thang|ky|nhiem ky|nhung|vu|dot|qua trinh"
                          r"|luc|khi|dieu kien|boi canh|linh vuc|cong tac|hai|ba|bon|nam|sau|\d)(?![a-z])")
# Verbs and hedges between a figure's name and the figure ("Đất nông nghiệp có 83.846 ha")
_NAME_TAIL = re.compile(r"(?:\s+(?:có|là|đạt|khoảng|ước|gần|hơn|trên|xấp xỉ|còn|với|chỉ|:))+\s*$")


def _opener_whole(p: Passage, part: Mention) -> Mention | None:
    """ "Trong đất nông nghiệp, đất sản xuất nông nghiệp có 33.117 ha (chiếm 40%)": a sentence that opens
    with "Trong <name>," names the whole of its shares: the one figure of the part's quantity printed in
    an earlier sentence, bigger than the part, whose own words are that name ("Đất nông nghiệp có 83.846
    ha")."""
    assert part.value is not None
    head = fold_words(p.sentence_head(part))
    found = re.match(r"\s*trong ([a-z0-9 ]+?)\s*,", head)
    if found is None or _NOT_A_WHOLE.match(found.group(1)):
        return None
    words = _name_words(found.group(1))
    named = []
    for m in p.mentions[: part.order]:
        if not (m.is_value and m.value is not None and size_in(m, part) > part.value and m.sentence < part.sentence
                and same_quantity(m.unit, part.unit)):
            continue
        own = _NAME_TAIL.sub("", _item_words(p, m, folded=False))
        if _name_words(fold_words(own)) == words:
            named.append(m)
    return named[-1] if named else None


def _other_class(p: Passage, m: Mention, part: Mention) -> bool:
    """``m`` and ``part`` name two classes of one classification ("5.159 hộ nghèo, …, và 4.339 hộ cận nghèo"):
    siblings, so ``m`` cannot hold ``part`` whatever their figures say (a changed figure leaves them siblings)."""
    for family in FAMILIES:
        mine, its = categories_named(p.name(m), family.name), categories_named(p.name(part), family.name)
        if mine and its and not mine & its:
            return True
    return False


def _sibling_item(p: Passage, m: Mention, part: Mention) -> bool:
    """ "đất phi nông nghiệp 6.782,00 ha; đất chưa sử dụng 464,67 ha (1,96%)": a figure an earlier
    ";"-item of the part's list prints, under no word of a whole, is the part's sibling, not its whole."""
    between = p.between(m, part)
    return ";" in between and _opener(between.rsplit(";", 1)[1]) is None and not _whole_like(p, m)


# Words of a named whole that say only "all of it" (or name the unit): what is left distinguishes it
_GENERIC_WHOLE_WORDS = frozenset({
    "tong", "so", "toan", "bo", "cua", "va", "cac", "ca", "voi", "tren", "dia", "ban", "huyen", "thi", "xa", "ho",
    "nguoi", "dan", "khau", "nhan", "dien", "tich", "tu", "nhien", "gia", "tri", "san", "xuat", "chung", "la",
    "lao", "dong", "dat", "hien", "co", "nam", "luong", "bao", "cong", "den", "cuoi", "tinh",
})


def _distinct_words(named: str | None) -> set[str]:
    """The words of a named whole that set it apart from a generic total ("tong so ho dtts" -> {"dtts"})."""
    if not named:
        return set()
    return {w for w in re.findall(r"[a-z0-9]+", named) if w not in _GENERIC_WHOLE_WORDS and len(w) >= 2
            and not w.isdigit()}


def _own_words(p: Passage, m: Mention) -> set[str]:
    """The folded words of a figure's own item: from the last list break to it, and its trail
    ("người đồng bào DTTS có 9.862 hộ" -> nguoi, dong, bao, dtts, co, ho)."""
    return set(re.findall(r"[a-z0-9]+", f"{_item_words(p, m)} {fold(p.trail(m))}"))


def _named_words(p: Passage, m: Mention) -> set[str]:
    """The folded words a figure is printed under: its row's name, its lead and its own item's words."""
    return set(fold_words(f"{m.row.indicator} {p.lead(m)}").split()) | _own_words(p, m)


def _printed_under(p: Passage, m: Mention, named: str | None, distinct: set[str]) -> bool:
    """Whether figure ``m`` is printed under the words that set a share's named whole apart, each word as
    the named whole has it: two of those syllables side by side there ("tổng số trường học") are one word,
    so they must stand side by side under the figure too. "… đến hết năm học 2017 - 2018, toàn tỉnh sẽ có
    202 trường đạt chuẩn quốc gia" has "trường" and "học" of two words (a school year, standard schools):
    202 is no "tổng số trường học" (12 / 202 against 46 % was a false error)."""
    if not distinct <= _named_words(p, m):
        return False
    words = (named or "").split()
    pairs = [f"{a} {b}" for a, b in pairwise(words) if a in distinct and b in distinct]
    if not pairs:
        return True
    text = " ".join(fold_words(f"{m.row.indicator} {p.lead(m)} {_item_words(p, m)} {p.trail(m)}").split())
    return all(re.search(rf"(?<![a-z]){pair}(?![a-z])", text) for pair in pairs)


# a share cell whose word is "tỷ lệ" (its column is the word and "%": see prose_figures._rate_of_part)
_RATE_WORD_RE = re.compile(r"(?:tỷ|tỉ)\s+lệ\s+%", re.IGNORECASE)


def _share_fits(share: Mention, part: Mention, whole: Mention) -> bool:
    """Whether part / whole · 100 rounds (or truncates) to the printed share, each printed figure standing
    for half a unit of its last digit either way."""
    if share.value is None or part.value is None or whole.value is None or whole.value <= 0:
        return False
    def half(m: Mention) -> Fraction:
        if m.value is not None and m.value == int(m.value) and is_count_unit(m.unit):
            return Fraction(0)  # a count is exact: "1 xã" is not 0,5 to 1,5 communes
        return _half_digit(m)
    scale = conversion_factor(part.unit, whole.unit) or Fraction(1)  # "71.000 ha" of "1.842,43 km2"
    lo = (part.value - half(part)) * scale / (whole.value + half(whole)) * 100
    hi = (part.value + half(part)) * scale / (whole.value - half(whole)) * 100
    # a share printed truncated ("67,33" for 67,336) still names its whole: one unit above it is allowed
    return lo <= share.value + 2 * half(share) and share.value - half(share) <= hi


def _other_magnitude(share: Mention, part: Mention, whole: Mention) -> bool:
    """Whether the printed share is off part / whole by more than half or twice: "263 hộ, tỷ lệ 3,80%" of 707
    households (37,2 %) is a rate of another base, no misprinted share."""
    if share.value is None or part.value is None or whole.value is None or whole.value <= 0 or share.value <= 0:
        return True
    scale = conversion_factor(part.unit, whole.unit) or Fraction(1)
    ratio = part.value * scale / whole.value * 100 / share.value
    return not Fraction(1, 2) <= ratio <= 2


def rate_word_shares(p: Passage, edits: Edits) -> None:
    """**A rate after a part that is no share of its whole.** "tỷ lệ" after a part's figure reads as its share
    ("đất nông nghiệp có 19.460,2 ha, tỷ lệ 64,49%"), but is as often a rate of a base the text does not print:
    "Số hộ nghèo là 263 hộ, tỷ lệ 3,80%. Hộ cận nghèo có 444 hộ, tỷ lệ 6,42%. Cộng lại, thành thị có 707 hộ nghèo
    và cận nghèo" prints rates of all households (263 / 707 is 37,2 %, not 3,80 %). Once every whole is found, a
    "tỷ lệ" share off its part over its whole by more than half or twice is no share (not checked); one of that
    size is, and a misprint in it is found ("7.590,4 ha, tỷ lệ 27,16%" of 30.173,5 ha, 25,16 %)."""
    for s in p.mentions:
        if not _RATE_WORD_RE.match(s.cell.column):
            continue
        fields = {"relation": s.cell.relation, "refs": s.cell.refs, **edits.cells.get(s.ref, {})}
        if fields["relation"] != "share":
            continue
        refs = fields["refs"]
        part: Mention | None
        whole: Mention | None
        if refs:
            part, whole = p.by_ref.get(refs[0]), p.by_ref.get(refs[1])
        else:
            part, whole = _own_value(p, s), _parent_value(p, edits, s.row.index)
            if part is not None and whole is None:
                whole = _parent_value(p, edits, part.row.index)
        if part is not None and whole is not None and _other_magnitude(s, part, whole):
            edits.set_cell(s.ref, force=True, relation=None, refs=())
            edits.note(s.row.index, f"{p.text(s)} is no share of {p.text(whole)}: a rate of another base")


def _outside_named_total(p: Passage, edits: Edits, part: Mention) -> bool:
    """Whether the total a part's list hangs from is itself named by the words of a whole "outside" a
    district's passage: a province's own report ("GRDP toàn tỉnh đạt 50.000 tỷ đồng, trong đó nông nghiệp
    10.000 tỷ đồng, chiếm 20% GRDP toàn tỉnh") names its own total so, and the share is of that total."""
    w = _parent_value(p, edits, part.row.index)
    if w is None:
        return False
    words = fold_words(f"{w.row.indicator} {p.lead(w)}")
    return names_outside(words)


def _named_whole(p: Passage, share: Mention) -> str | None:
    """The words after "chiếm P%" naming its whole, folded; "" for a whole outside the passage; None
    when nothing is named."""
    return named_whole_words(p.after(share, limit=80))


def share_lists(p: Passage, edits: Edits) -> None:
    """**Shares that cover a whole.** Shares printed one after another without the figures they are
    shares of ("nông, lâm, ngư nghiệp chiếm 46,8 %; công nghiệp, xây dựng chiếm 19,38%; thương mại,
    dịch vụ chiếm 33,76%") add up to 100 % when their names cover a known set of categories or end
    on "the rest", or when a structure names their parts before them ("cơ cấu giữa trồng trọt và chăn
    nuôi là 49,9% và 50,1%": as many shares as parts named; "Cơ cấu giữa trồng trọt và chăn nuôi tiếp tục
    chuyển dịch: trồng trọt chiếm 69,6%, chăn nuôi 30,4%": each share names one of them); their changes
    in percentage points ("giảm 0,46% so với năm 2020") then add up to 0; a growth rate printed after a
    share in its clause describes the same part and does not end the shares ("nông nghiệp chiếm tỷ lệ
    51,3%, tăng trưởng bình quân 3,62%; thương mại, dịch vụ chiếm tỷ lệ 27,2%, …"). Shares printed after "trong
    đó" under a count are such shares, one per item ("Dân số 98.450 người, trong đó nam chiếm 49,2%, nữ
    chiếm 50,8%": 100 ✓); without "chiếm" they may be rates of sub-groups and are left alone, unless the count
    closes right before "trong đó" or "gồm" and the shares name every category of a classification (round 37: "dân số năm
    2015 là 71.000 người, trong đó thành thị 60,6% và nông thôn 39,4%" -> 100 ✓; "tỷ lệ hộ nghèo 5%, trong đó thành
    thị 2%, nông thôn 7%" prints the halves' own rates). Shares of two classifications in a row are two sums:
    "trong đó dân số thành thị chiếm 74,6%, nông thôn chiếm 25,4%; nam chiếm 48,5% và nữ chiếm 51,5%" -> 100 ✓
    twice, never 200 % of one whole nor nothing. A share printed as a
    bound is one of them ("nông, lâm, ngư nghiệp chiếm trên 37%; thương mại và dịch vụ chiếm 35,01%; công nghiệp và
    xây dựng chiếm 27,94%" -> 99,95 %, within the bound; "nam chiếm dưới 48%, nữ chiếm 50,8%" is an error); a
    level printed after "từ" is no bound but where a change starts.
    Target ranges of the same shares ("từ 73,1% - 73,6%") must admit 100 %. A clause that opens
    with another year ("…; năm 2017: nông nghiệp 36,0% - …") starts that year's shares, and so does a
    parenthesis: "công nghiệp, dịch vụ chiếm 85,5%, nông nghiệp giảm còn 14,5% (năm 2015 công nghiệp, dịch vụ
    79,3 %, nông nghiệp 20,7%)" -> 100 % each year, never 200 % of one whole; the shares the parenthesis
    interrupts go on after it ("nông nghiệp chiếm 30,5%, công nghiệp - xây dựng 35,2% (năm 2018 …), dịch vụ
    34,3%" -> 100 % for 2022). A sentence break ends the shares unless the next sentence opens with
    another category of the classification every share before it names (round 31): "… năm 2017 nông - lâm
    - ngư nghiệp chiếm 58,6% cơ cấu kinh tế. Công nghiệp, tiểu thủ công nghiệp chiếm 27,0%; thương mại, dịch
    vụ chiếm 36,7%" -> 122,3 %, an error; "Dịch vụ chiếm tỷ trọng lớn nhất, 51,4%. Công nghiệp đứng thứ hai
    với 30,5%; nông nghiệp 18,1%" -> 100 ✓; a sentence that names a category again ("Năm 2015, nông nghiệp
    chiếm 40,2%. Năm 2020 nông nghiệp chiếm 35,1%") or none of it starts anew, and so does one whose share
    names another whole than those before it ("… chiếm 60,1% tổng số lao động. Công nghiệp - xây dựng chiếm
    25,2% giá trị sản xuất"). Shares named
    by the categories of a partition printed in an earlier sentence are each its category's part over
    that total: "… đạt 24.591 tỉ đồng. Trong đó nông - lâm nghiệp 1.462 tỉ đồng; công nghiệp - xây
    dựng 11.231 tỉ đồng; thương mại - dịch vụ 11.897 tỉ đồng. … thương mại - dịch vụ chiếm tỉ trọng
    48,4%, …" -> 11.897 / 24.591 = 48,4 % ✓; so are the parts of a clause ";" closes, named after their figures
    or before them, each classification's shares over its own breakdown (round 39): "… là 328.674 người, gồm
    169.180 nam và 159.494 nữ, hay chia theo khu vực là 102.118 người thành thị và 226.556 người nông thôn; cơ cấu
    tương ứng là nam 51,47%, nữ 48,53%, thành thị 31,07% và nông thôn 68,93%" -> 100 ✓ twice (a share's name
    stops at the ";" before it: never 200 % of one whole) and 169.180 / 328.674 = 51,47 % ✓ …. So do as many
    shares as the kinds a sentence announces
    before a colon: "gồm ba dạng chính: núi cao (chiếm 33,3% diện tích), núi thấp (28% diện tích), đồng
    bằng và đồi thoải (khoảng 38,7% diện tích)" -> 100 ✓ (four announced and three printed: not summed);
    a division announces its kinds too, with "chia", its object or "ra" before "làm / thành", or neither:
    "chia làm 3 vùng: vùng đồi núi chiếm 55% diện tích tự nhiên, vùng đồng bằng 32% và vùng cồn cát … 12%" -> 99
    (rounding of three whole shares), "chia hai dạng:", "chia huyện thành hai vùng:", "chia ra thành 3 nhóm lớn:".
    A share's words are read unfolded: "đất xám (35% diện tích)" names land ("đất"), it is no result
    ("đạt"), and "đồng bằng" is no "bằng" (neither here nor for the line's role words, unless "đồng" is
    the currency after a money figure: "1.250 tỷ đồng bằng 61,2% kế hoạch").

    A structure that names its parts between dashes prints one share per part, joined by dashes too:
    "cơ cấu kinh tế (nông lâm ngư nghiệp – công nghiệp và xây dựng – dịch vụ) năm 2014 là 41,0% – 35,3%
    – 23,7%; năm 2015 là 37,9% – 36,9% – 25,1%" -> 100 ✓ and 99,9 (rounding) each year; three
    percentages joined by dashes are never a range.

    "dân tộc Mông chiếm 87,75%; Tày 2,67%; ...; còn lại các dân tộc khác chiếm 1,29%" -> the shares
    must add up to 100 %. The rest is named by the last share's own words: "dân tộc Kinh chiếm 49,45%,
    Jrai chiếm 42,9%, Bana chiếm 7,4%, còn lại là các dân tộc khác như …" prints no share for the rest, so
    the three are some of the whole: at most 100 % (99,75 ✓), never "must make 100"; so are shares that
    name every category of a set when the rest follows them so ("công nghiệp - xây dựng chiếm 30,2%, dịch vụ
    chiếm 36,9%, nông – lâm – thủy sản chiếm 16,2%, còn lại là thuế sản phẩm trừ trợ cấp sản phẩm": 83,3 ≤
    100, no error). A province's GRDP is its three sectors and the product taxes less subsidies ("thuế sản
    phẩm trừ trợ cấp sản phẩm"), so the three sectors' shares are all of it only when the text closes them:
    the taxes printed, the rest named, or the shares making 100 within their rounding; otherwise, in a
    passage whose subject is a province ("tỉnh Phú Yên", "trên địa bàn tỉnh", "GRDP") and that names no
    district ("huyện", "thị xã", "quận"), they are some of the whole, at most 100 %: "tỷ trọng khu vực nông,
    lâm nghiệp, thủy sản chiếm 23,68% (giảm 0,82%); khu vực công nghiệp, xây dựng chiếm 29,35% (tăng 1,61%);
    khu vực dịch vụ chiếm 42,51% (giảm 0,72 %)" -> 95,54 ≤ 100, and their changes are not held to 0. A
    district named elsewhere on the page does not make them a district's when their own paragraph, up to
    their sentence, names the province's economy and no district (round 27): "Kinh tế của tỉnh năm 2019 tăng
    7,2%. Cơ cấu kinh tế …: công nghiệp - xây dựng chiếm 27,40%; nông - lâm - thủy sản chiếm 25,10% và dịch
    vụ chiếm 43,30% trong cơ cấu GRDP" two paragraphs before "thị xã Sông Cầu" -> 95,8 ≤ 100. A
    district's structure (its value added or gross output, no taxes) and any "giá trị sản xuất" stay all of
    it: "cơ cấu kinh tế của huyện: nông nghiệp 41,8%, công nghiệp - xây dựng 25,4%, dịch vụ 26,5%" -> 93,7
    ≠ 100, an error.

    A bare series printed for another year right after a complete structure, as many shares in the same
    order, is that year's structure: "cơ cấu kinh tế năm 2016 gồm công nghiệp - xây dựng 33,78%, các ngành
    dịch vụ 31,12% và nông lâm nghiệp, thủy sản 35,10%; năm 2017 lần lượt là 32,63%, 34,10% và 33,21%" ->
    99,94 %, beyond the rounding of three shares printed to the hundredth (an error). So is the series of the
    year or the target a structure is compared with, after ", so với … là" (round 38): "Cơ cấu kinh tế năm 2011
    (nông nghiệp - công nghiệp xây dựng - thương mại dịch vụ) là 32,1% : 29,2% : 38,7%, so với năm 2005 là
    42,66% : 24,45% : 32,89%" -> 100 ✓ twice, never 200 % of one whole; "…, so với mục tiêu Đại hội là 70% - 21% -
    9%" -> 100 ✓.

    A structure that names no part of its own, said respectively ("tương ứng", "lần lượt") right after
    the parts of one whole in its sentence, takes those parts in their order: "giá trị tăng thêm …
    2.553.442 triệu đồng, trong đó nông lâm thủy sản 1.400.749 triệu đồng, công nghiệp - xây dựng 435.216
    triệu đồng, dịch vụ 717.477 triệu đồng; cơ cấu kinh tế tương ứng là 54,86% - 17,04% - 28,10%" -> 100 ✓,
    and each share is its part over the whole (1.400.749 / 2.553.442 = 54,86 % ✓). Only when it prints as
    many shares as the list has parts, with nothing but the series between them (two parts and three
    shares say nothing of which share is whose).
    """
    run: list[Mention] = []
    outer: list[Mention] = []  # the run a parenthesis of another year interrupts, resumed after it

    def close() -> None:
        if len(run) >= 2:
            _share_group(p, edits, list(run))
        run.clear()

    for m in p.mentions:
        bare = _bare_share(p, m, started=bool(run))
        if bare:
            between = p.between(run[-1], m) if run else ""
            if outer and (")" in between or m.sentence != run[-1].sentence or m.line != run[-1].line):
                # "35,2% (năm 2018 nông nghiệp 38,1%, …), dịch vụ 34,3%": the parenthesis closed, 2022's shares go on
                close()
                run.extend(outer)
                outer.clear()
                if ")" not in between or m.sentence != run[-1].sentence or m.line != run[-1].line:
                    close()  # nothing of the interrupted year after the parenthesis
            elif run and _YEAR_PARENTHESIS_RE.search(between):
                outer[:] = run  # "14,5% (năm 2015 công nghiệp, dịch vụ 79,3 %, …)": that year's shares, apart
                run.clear()
            elif run and (m.line != run[-1].line or (m.sentence - run[-1].sentence > 0 and not _continues(p, run, m))
                          or _NEXT_YEAR_RE.search(between) or _COMPARED_SERIES_RE.search(fold_words(between))):
                # "cơ cấu năm 2015: A 40%, B 35%, C 25%; năm 2017: A 36% ...": each year's shares; "…, so với năm
                # 2005 là 42,66% : 24,45% : 32,89%", "…, so với mục tiêu Đại hội là 70% - 21% - 9%": the shares of
                # the year or the target compared with, another whole's
                close()
            run.append(m)
            continue
        if run and (m.cell.relation in ("difference", "growth", "share_change") and m.row.index == run[-1].row.index):
            continue  # the change of the last share
        if run and m.sentence == run[-1].sentence and m.row.index == run[-1].row.index:
            continue
        if run and _own_change(p, run[-1], m):
            continue  # "nông nghiệp chiếm 51,3%, tăng trưởng bình quân 3,62%; dịch vụ chiếm 27,2%, …"
        close()
        if outer:
            run.extend(outer)
            outer.clear()
            close()
    close()
    if outer:
        run.extend(outer)
        close()


# the words right before a percentage that say it is how a part changed, not another part's share ("tăng
# trưởng bình quân đạt 3,62%", "tốc độ tăng 12,99%"; not "tăng lên (tương ứng là 46,07%": a level)
_CHANGE_LEAD_RE = re.compile(r"(?<![a-z])(?:toc do (?:tang|giam)(?: truong)?|tang truong|tang|giam|binh quan)"
                             r"(?: binh quan| trung binh)?(?: dat| la| o muc| khoang)?\s*:?\s*$")


def _own_change(p: Passage, share: Mention, m: Mention) -> bool:
    """A percentage printed after a share in its sentence that says how a part changed ("nông nghiệp
    chiếm tỷ lệ 51,3%, tăng trưởng bình quân 3,62%; …", "ngành dịch vụ tăng 12,9%/năm, chiếm 27,2%"):
    it describes that part or the next, never another share, so the shares run on."""
    return (m.line == share.line and m.sentence == share.sentence and bool(m.cell.value.percent)
            and _CHANGE_LEAD_RE.search(fold_words(p.lead(m))) is not None)


# "…; năm 2017: nông nghiệp 36,0% …", "… 14,5% (năm 2015 công nghiệp, dịch vụ 79,3 %, …)": another year's shares
_NEXT_YEAR_RE = re.compile(r"[;.:(]\s*(?:đến\s+|trong\s+|sang\s+|còn\s+)?năm\s+\d{4}(?!\d)", re.IGNORECASE)


# ", so với năm 2005 là", ", so với mục tiêu Đại hội là", ", so với kế hoạch là": right before a share, the year or
# the target a series compares with, whose shares follow (folded; "giảm 2% so với năm 2020" is a change, no series);
# "so năm 2005", "so với cùng kỳ năm 2005" say the same
_COMPARED_SERIES_RE = re.compile(r",\s*so (?:voi )?(?:cung ky )?(?:nam \d{4}|muc tieu|ke hoach|chi tieu|nghi quyet)"
                                 r"(?: [a-z]+){0,4}?"
                                 r"\s*,?\s*(?:lan luot\s+)?(?:la|dat)\s*:?\s*$")


_YEAR_PARENTHESIS_RE = re.compile(r"\(\s*năm\s+\d{4}(?!\d)[^()]*$", re.IGNORECASE)


def _continues(p: Passage, run: Sequence[Mention], b: Mention) -> bool:
    """Whether share ``b`` goes on the run of shares before it: in their sentence; or in the next one, when
    that sentence opens with ``b``'s part, another category of the one classification every share of the run
    names ("… năm 2017 nông - lâm - ngư nghiệp chiếm 58,6% cơ cấu kinh tế. Công nghiệp, tiểu thủ công nghiệp
    chiếm 27,0%; thương mại, dịch vụ chiếm 36,7%": the sectors' structure, one sentence each). A sentence
    whose share names a category the run named already, or none of its classification, starts anew."""
    a = run[-1]
    if b.sentence == a.sentence:
        return True
    if b.sentence != a.sentence + 1 or b.line != a.line:
        return False
    head = p.lines[b.line].text[p.sentence_bounds(b)[0] : b.start]
    if len({w for w in (_named_whole(p, x) for x in (*run, b)) if w is not None}) > 1:
        return False  # "… chiếm 60,1% tổng số lao động. Công nghiệp - xây dựng chiếm 25,2% giá trị sản xuất": two wholes
    for family in FAMILIES:
        own = categories_named(head, family.name)
        if not own:
            continue
        named = [categories_named(p.name(x), family.name) for x in run]
        if all(named) and not own & frozenset().union(*named) and all(
                not (x & y) for i, x in enumerate(named) for y in named[i + 1 :]):
            return True
    return False


def _own_value(p: Passage, share: Mention) -> Mention | None:
    """The figure a share is a share of, printed in its row before it in the same clause ("55.742 người
    (55,54%)"); None when a clause break stands between ("17 dân tộc cùng sinh sống: dân tộc Mông
    chiếm 87,75%")."""
    value = _value_in_row(p, share.row)
    if value is None or value.order > share.order:
        return None
    if _closed_before(p, value, share):
        return None  # "(2.155 hộ), hộ cận nghèo chiếm 21,04%": the figure closed an earlier clause
    prev = p.previous(value)
    if (prev is not None and prev.is_value and prev.value is not None and prev.line == value.line
            and prev.sentence == value.sentence and re.fullmatch(r"[^\d;,()=]{0,12}=\s*", p.between(prev, value))
            and not same_quantity(prev.unit, value.unit)):
        # "hộ cận nghèo 4.761 hộ = 24.609 khẩu, chiếm 28,83%": the figure after "=" restates the one
        # before it in another unit, as "4.761 hộ (24.609 khẩu)" does; the share is of the first
        return prev
    if (prev is not None and prev.is_value and prev.value is not None and prev.line == value.line
            and prev.sentence == value.sentence and re.fullmatch(r"[^\d;,()=]{0,12}(?:,|\svới)\s*", p.between(prev, value))
            and prev.unit and value.unit and is_count_unit(prev.unit) and is_count_unit(value.unit)
            and not same_quantity(prev.unit, value.unit) and prev.row.index != value.row.index
            and _named_whole(p, share) is None and not _share_within(p, prev.row)):
        # "hộ nghèo 6.930 hộ, 35.695 khẩu (chiếm 41,96%)": the second count restates the first in another
        # unit, as "6.930 hộ (35.695 khẩu)" does; a share naming no whole is of the first, the item's own
        return prev
    return value


def _bare_share(p: Passage, m: Mention, *, started: bool) -> bool:
    """A percentage printed as a share of an unprinted whole: "chiếm 87,75%", or in a list begun by one."""
    v = m.cell.value
    # a bound ("chiếm trên 37%", "hơn 10%", "dưới 7%") is a share too; a level printed after "từ" opens a change
    bound = v.kind == "comparator" and v.op in (">", "<")
    if not (v.percent or (m.row.unit or "").strip() == "%") or (v.kind not in ("number", "range") and not bound):
        return False
    if m.cell.divides is not None or m.cell.refs:
        return False
    lead = fold_words(p.lead(m))
    structure = re.search(r"(?<![a-z])(?:co cau|ty trong)(?![a-z])",
                          fold_words(p.lines[m.line].text[p.sentence_bounds(m)[0] : m.start]))
    if m.cell.relation == "ratio" and started and structure and m.cell.column.strip().lower() in (
            "đạt %", "bằng %", "đạt tỷ lệ %"):
        # "trong cơ cấu kinh tế, ... chiếm 21,1%, nông lâm nghiệp đạt 39,9%, thương mại dịch vụ đạt 39%"; "khu vực II
        # đạt tỷ lệ 27,01%" says the same (round 36: left out, the other shares summed short of 100 % in three
        # districts' rewordings, bench_rewordings dat_tyle)
        pass
    elif m.cell.relation in ("growth", "difference", "ratio", "times"):
        return False
    if _own_value(p, m) is not None:
        return False
    if m.cell.relation == "share" or re.search(r"(?<![a-z])(?:chiem|ty trong|co cau)(?![a-z])", lead):
        return True
    if not started and _opens_parts_of_count(p, m):
        return True
    if _CHANGE_LEAD_RE.search(lead):
        return False  # "cơ cấu …: nông nghiệp chiếm 51,3%, tăng trưởng 3,62%": how a part grew, no share
    sentence_head = fold_words(p.lines[m.line].text[p.sentence_bounds(m)[0] : m.start])
    if re.search(r"(?<![a-z])(?:co cau|ty trong)(?![a-z])", sentence_head) and v.kind in ("number", "range"):
        return True
    # the words unfolded: "đất xám (35% diện tích)" names a kind of land, "đạt 35%" is a result
    return started and bool(lead.strip(" ;,:")) and not re.search(r"(?<!\w)(?:tăng|giảm|đạt|(?<!đồng )bằng)(?!\w)",
                                                                   p.lead(m).lower())


def _two_classifications(p: Passage, members: Sequence[Mention], names: Sequence[str]) -> int | None:
    """Where a run of shares that no one classification covers splits into two that each cover another
    one, at a clause break ("thành thị chiếm 74,6%, nông thôn chiếm 25,4%; nam chiếm 48,5% và nữ chiếm
    51,5%" -> 2: urban / rural, then sex), else None."""
    for k in range(2, len(members) - 1):
        first, second = covers(names[:k]), covers(names[k:])
        if first is None or second is None or first == second:
            continue
        if re.search(r"[;,]|\svà\s", p.between(members[k - 1], members[k])):
            return k
    return None


def _opens_parts_of_count(p: Passage, m: Mention) -> bool:
    """A percentage that opens a "trong đó" (or "gồm") list right under a count printed in its sentence: a part's share
    of what is counted, as if "chiếm" were printed ("dân số năm 2017 là 204.800 người, trong đó thành thị 7%,
    nông thôn 93%"; "dân số năm 2015 là 71.000 người, trong đó thành thị 60,6% và nông thôn 39,4%"). Under a
    rate ("tỷ lệ hộ nghèo 5%, trong đó thành thị 2%") the parts' percentages are their own rates, and the count
    must close right before the opener (its unit, a comma), so a list of another figure is not taken. The
    run it opens is summed only when it is complete (``_share_group``: every category of a classification,
    the rest, …)."""
    prev = p.previous(m)
    if (prev is None or prev.sentence != m.sentence or prev.line != m.line or not prev.is_value
            or prev.value is None or prev.cell.value.percent or not prev.unit or not is_count_unit(prev.unit)):
        return False
    # ("trong đó, thành thị 7%": a comma may set the opener off as a colon does)
    opened = re.fullmatch(r"(.*?)\s*,?\s*(?:trong (?:do|so do)|bao gom|gom(?: co)?)\s*[:,]?\s+([^,;:()]+)",
                          fold_words(p.lead(m)).strip())
    return opened is not None and opened.group(1).strip(" ,;:") in ("", fold_words(prev.unit).strip())


def _structure_items(head: str) -> list[str]:
    """The parts a structure names before its shares, folded: "cơ cấu giữa trồng trọt và chăn nuôi là"
    -> ["trong trot", "chan nuoi"]; [] when it names none."""
    m = _STRUCTURE_ITEMS_RE.search(re.sub(r"\s*(?:(?:nam|giai doan|den) \d{4}|nam nay|nam qua|hien nay)", "", fold_words(head)))
    if m is None:
        return []
    # "nông nghiệp, công nghiệp - xây dựng, dịch vụ": a dash joins the words of one part when commas
    # or "và" separate the parts
    # "cơ cấu kinh tế (nông lâm ngư nghiệp – công nghiệp và xây dựng – dịch vụ)": with no comma, spaced
    # dashes separate the parts and "và" joins the words of one
    listed = m.group(1).strip(" ()")
    if "," in listed or not re.search(r"\s[-–]\s", listed):
        separators = r"\s*(?:,|\bva\b)\s*" if re.search(r",|\bva\b", listed) else r"\s*(?:\s-\s|\s–\s)\s*"
    else:
        separators = r"\s*(?:\s-\s|\s–\s)\s*"
    items = [x.strip() for x in re.split(separators, listed) if x.strip()]
    if not 2 <= len(items) <= 5 or any(len([w for w in _name_words(x) if w != "va"]) > 4 for x in items):
        return []
    return items


# the note of shares whose structure names their parts (no series of years: checks need not doubt them)
STRUCTURE_NAMED = "the parts the structure names"
_STRUCTURE_ITEMS_RE = re.compile(
    r"(?<![a-z])co cau (?:kinh te |nganh |san xuat |gia tri san xuat |gia tri )?(?:giua |cua )?(.+?)"
    r"(?:(?: tiep tuc| chuyen dich| lan luot| tuong ung| la| dat)(?![a-z])|:|$)")  # " la", not " lam"


def _named_by_structure(p: Passage, members: Sequence[Mention]) -> bool:
    """Shares whose structure names their parts before them: each share names one ("Cơ cấu giữa trồng
    trọt và chăn nuôi …: trồng trọt chiếm 69,6%, chăn nuôi 30,4%") or they are a bare series of as many
    ("cơ cấu giữa trồng trọt và chăn nuôi là 49,9% và 50,1%")."""
    first = members[0]
    items = _structure_items(p.lines[first.line].text[p.sentence_bounds(first)[0] : first.start])
    if not items or any(m.sentence != first.sentence or m.line != first.line for m in members):
        return False
    own = [_item_words(p, m) for m in members]
    if (all(any(item in words for item in items) for words in own) and len(members) == len(items)
            and {next(item for item in items if item in words) for words in own} == set(items)):
        return True
    # "… là 41,0% – 35,3% – 23,7%": a dash between two shares is no word of the second
    gaps = [fold_words(p.between(a, b)).strip(" %-–") for a, b in pairwise(members)]
    series = all(not w.strip() or re.fullmatch(r"(?:la|dat|lan luot la|tuong ung la)", w.strip()) for w in own[1:]) or (
        all(not g for g in gaps))
    return series and len(members) == len(items)


def _share_name(p: Passage, m: Mention) -> str:
    """What a share names, folded, its lead cut at the last ";" before it: "… 102.118 người thành thị và
    226.556 người nông thôn; cơ cấu tương ứng là nam 51,47%, nữ 48,53%, thành thị 31,07% và nông thôn 68,93%"
    (tu-mo-rong-kon-tum_1): the first share's lead ran back to the figure before it and took "nông thôn", the
    name that figure prints after it, so the four shares seemed to cover urban / rural and were summed as one
    whole (200 %, a false error) instead of sex, then urban / rural. What a clause before ";" names is that
    clause's."""
    name = p.name(m)
    lead = fold(p.lead(m))
    if ";" not in lead:
        return name
    cut = fold(p.lead(m).rsplit(";", 1)[0])
    return name.replace(cut + ";", "", 1) if cut + ";" in name else name


def _share_group(p: Passage, edits: Edits, members: list[Mention]) -> None:
    names = [_share_name(p, m) for m in members]
    family = covers(names)
    split = None if family is not None else _two_classifications(p, members, names)
    if split is not None:
        # "trong đó dân số thành thị chiếm 74,6%, nông thôn chiếm 25,4%; nam chiếm 48,5% và nữ chiếm 51,5%":
        # the whole broken down twice, each classification's shares making 100 % of it
        _share_group(p, edits, members[:split])
        _share_group(p, edits, members[split:])
        return
    # the rest is named by the last share's own words, not by a clause after it: "dân tộc Bana chiếm
    # 7,4%, còn lại là các dân tộc khác" prints no share for the rest, so the three need not make 100
    last = members[-1]
    # a share whose own name precedes it ("Sán Dìu 3,8% còn lại là người các dân tộc khác", the comma
    # left out) is not the rest: the words after it name the next, unprinted part
    named_before = re.search(r"[^\W\d_]{2,}", re.sub(r"(?i)\b(?:chiếm|là|và|khoảng|gần|hơn|trên)\b", " ", p.lead(last)))
    own_rest = is_remainder(fold(p.lead(last))) or (not named_before and is_remainder(fold(p.trail(last))))
    complete = family is not None or own_rest
    if not own_rest and is_remainder(names[-1]) and not any(edits.parent_of(m.row.index) is not None for m in members):
        # the rest follows without its share: some of one whole, at most 100 % together, whatever categories
        # the shares name ("dịch vụ chiếm 36,9%, nông – lâm – thủy sản chiếm 16,2%, còn lại là thuế sản phẩm …")
        _add_share_group(edits, members, "the rest is named after the last share without its own", complete=False)
        return
    if family == "sectors" and _provincial_product(p, members) and _short_of_100(members):
        # a province's GRDP holds product taxes besides its three sectors: unprinted, the sectors are some of it
        _add_share_group(edits, members, "a province's GRDP holds product taxes besides the sectors", complete=False)
        return
    if not complete and _named_by_structure(p, members):
        complete, family = True, STRUCTURE_NAMED
    if not complete and _repeats_structure(p, edits, members):
        complete, family = True, STRUCTURE_NAMED
    respective = None if complete else _respective_to_parts(p, edits, members)
    if respective is not None:
        complete, family = True, STRUCTURE_NAMED
    announced = not complete and _announced(p, members)
    complete = complete or announced
    if not complete:
        # "cơ cấu giữa A và B là 57,3% và 42,7%; tỷ lệ che phủ rừng đạt 45%": the structure's shares end
        # with its clause
        k = next((i for i in range(1, len(members)) if ";" in p.between(members[i - 1], members[i])), None)
        if k is not None and k >= 2 and _named_by_structure(p, members[:k]):
            _share_group(p, edits, members[:k])
        return
    if any(edits.parent_of(m.row.index) is not None for m in members):
        return
    if respective is not None:
        why = f"{STRUCTURE_NAMED}: respectively the {len(members)} parts listed before them"
    elif family == STRUCTURE_NAMED:
        why = STRUCTURE_NAMED
    elif announced:
        why = f"the sentence announces {len(members)} kinds before the colon and lists as many shares"
    elif family:
        why = f"the shares name every category of {family.replace('_', ' ')}"
    else:
        why = "the last share is the rest"
    _add_share_group(edits, members, why)
    if family and family != STRUCTURE_NAMED:
        _shares_of_parts_before(p, edits, members, family)
    if respective is not None:
        whole, parts = respective
        for m, part in zip(members, parts, strict=True):  # the j-th share is the j-th part over the whole
            edits.set_cell(m.ref, force=True, relation="share", role="ratio", refs=(part.ref, whole.ref))
        edits.note(members[0].row.index, f"shares, respectively, of the parts of {p.text(whole)} printed before them")


# a province as the passage's subject ("tỉnh Phú Yên", "trên địa bàn tỉnh", "GRDP"), and a district's words
_PROVINCE_RE = re.compile(r"(?<!\w)(?:tỉnh\s+[A-ZĐ]|trên địa bàn tỉnh|toàn tỉnh|GRDP)")
_DISTRICT_RE = re.compile(r"(?<!\w)(?:huyện|thị xã|quận)(?!\w)", re.IGNORECASE)
# what the sectors' whole may be besides a province's GRDP: gross output is all sectors, no taxes; a printed
# product tax is the fourth part, closing the list
_NOT_GRDP_RE = re.compile(r"(?<![a-z])(?:gia tri san xuat|thue san pham)(?![a-z])")
# the words that name a province's own economy in its sentence or paragraph, when a district is named elsewhere
_OWN_PROVINCE_RE = re.compile(r"(?<!\w)(?:tỉnh\s+[A-ZĐ]|trên địa bàn tỉnh|toàn tỉnh|của tỉnh|kinh tế tỉnh|GRDP tỉnh)")
# a total named as the gross regional product, folded; not gross output, not value added
_GRDP_NAME_RE = re.compile(r"(?<![a-z])(?:grdp|tong san pham)(?![a-z])")
_NOT_PRODUCT_RE = re.compile(r"(?<![a-z])(?:gia tri san xuat|gia tri tang them)(?![a-z])")


def _provincial_product(p: Passage, members: Sequence[Mention]) -> bool:
    """Sector shares of a province's economy: the passage names a province as its subject and no district,
    and the shares' sentence speaks neither of gross output (three sectors, all of it) nor of product taxes.
    A province's GRDP is its three sectors plus product taxes less subsidies (a district's value added,
    or any gross output, is the three sectors alone): "tỉnh Phú Yên … tỷ trọng khu vực nông, lâm nghiệp,
    thủy sản chiếm 23,68%; khu vực công nghiệp, xây dựng chiếm 29,35%; khu vực dịch vụ chiếm 42,51%" make
    95,54 %, the rest being the taxes."""
    first = members[0]
    a, _ = p.sentence_bounds(first)
    _, b = p.sentence_bounds(members[-1])
    if first.line != members[-1].line or _NOT_GRDP_RE.search(fold_words(p.lines[first.line].text[a:b])):
        return False
    text = " ".join(line.text for line in p.lines)
    if _PROVINCE_RE.search(text) and not _DISTRICT_RE.search(text):
        return True
    # a district named elsewhere on the page ("tôm hùm nuôi chết ở thị xã Sông Cầu" two paragraphs on) does not
    # make a province's own structure a district's: the shares' paragraph, up to their sentence, names the
    # province's economy and no district
    own = p.lines[first.line].text[:b]
    return bool(_OWN_PROVINCE_RE.search(own)) and not _DISTRICT_RE.search(own)


def provincial_grdp(p: Passage, whole: Mention) -> bool:
    """Whether a total is a province's GRDP (its three sectors plus the product taxes less subsidies): the
    total is named "GRDP" or "tổng sản phẩm", not gross output nor value added, and its sentence names no
    district; on a page that names a district anywhere, the sentence names the province too. "GRDP trên
    địa bàn tỉnh (giá so sánh 2010) ước đạt 31.250 tỷ đồng … Khu vực nông, lâm nghiệp và thủy sản ước đạt
    6.410 tỷ đồng … công nghiệp - xây dựng … 13.020 tỷ đồng … dịch vụ … 9.300 tỷ đồng; thuế sản phẩm đóng
    góp 0,8 điểm phần trăm": the taxes are printed without their value, the sectors are some of the total."""
    name = fold_words(f"{whole.row.indicator} {p.lead(whole)}")
    if not _GRDP_NAME_RE.search(name) or _NOT_PRODUCT_RE.search(name):
        return False
    a, b = p.sentence_bounds(whole)
    sentence = p.lines[whole.line].text[a:b]
    if _DISTRICT_RE.search(sentence):
        return False
    text = " ".join(line.text for line in p.lines)
    if _DISTRICT_RE.search(text):
        return bool(_OWN_PROVINCE_RE.search(sentence))
    return bool(_PROVINCE_RE.search(text))


def _half_digit(m: Mention) -> Fraction:
    """Half a unit of ``m``'s last printed digit: the rounding a printed figure may hide."""
    return Fraction(1, 2 * 10 ** max(0, m.cell.value.decimals or 0))


def _rounding_slack(members: Sequence[Mention]) -> Fraction:
    """How far printed figures' sum may stand from their exact one: half a unit of each one's last digit."""
    return sum((_half_digit(m) for m in members), Fraction(0))


def _short_of_100(members: Sequence[Mention]) -> bool:
    """Shares whose sum falls short of 100 % by more than their rounding (half a unit of each one's last
    printed digit): they leave a part unprinted."""
    values = [m.value for m in members]
    if any(v is None for v in values):
        return False
    slack = _rounding_slack(members)
    return sum(v for v in values if v is not None) < 100 - slack


# "…; năm 2013 lần lượt là", "; năm 2020 là", ", đến năm 2015 đạt": another year's shares in the same order
_RESPECTIVE_YEAR_RE = re.compile(r"^[\s%]*[;,]\s*(?:va\s+)?(?:den\s+|sang\s+|con\s+)?nam \d{4}\s*,?\s*(?:lan luot\s+)?"
                                 r"(?:la|dat|tuong ung la)?\s*(?:lan luot(?: la)?\s*)?:?\s*$")


def _repeats_structure(p: Passage, edits: Edits, members: Sequence[Mention]) -> bool:
    """ "cơ cấu kinh tế năm 2010 gồm nông - lâm nghiệp - thủy sản 42,80%, công nghiệp - xây dựng 38,90%, dịch vụ -
    thương mại - du lịch 18,30%; năm 2013 lần lượt là 35,00%, 40,00% và 25,00%": a bare series printed for
    another year right after a complete structure of as many shares, in its sentence, is that year's structure
    (the parts in the same order), so its shares make 100 % too; so is the series of the year or the target the
    structure is compared with (round 38): "công nghiệp, TTCN chiếm 70,2%, thương mại, dịch vụ 23,2%, nông, lâm
    nghiệp, thủy sản 6,6%, so với mục tiêu Đại hội là 70% - 21% - 9%" -> 100 ✓ twice."""
    first = members[0]
    before = [m for m in p.mentions[: first.order] if m.sentence == first.sentence and m.line == first.line]
    if not before:
        return False
    last = before[-1]
    parent = edits.parent_of(last.row.index)
    group = next((r for r in edits.new_rows if r.index == parent and r.indicator == "cơ cấu" and r.partition), None)
    if group is None:
        return False
    earlier = [m for m in before if edits.parent_of(m.row.index) == parent and m.cell.value.percent]
    if len(earlier) != len(members) or earlier[-1] is not last:
        return False
    if any(m.sentence != first.sentence or m.line != first.line or m.cell.value.kind != "number" for m in members):
        return False
    gap = fold_words(p.between(last, first))
    if not (_RESPECTIVE_YEAR_RE.match(gap) or re.fullmatch(r"[\s%]*" + _COMPARED_SERIES_RE.pattern, gap)):
        return False
    # nothing but the series: "35,00%, 40,00% và 25,00%", "42,66% : 24,45% : 32,89%"
    return all(re.fullmatch(r"[\s%]*(?:,|va|-|–|:)?\s*", fold_words(p.between(a, b))) for a, b in pairwise(members))


# "cơ cấu kinh tế tương ứng là", "cơ cấu lần lượt:": a structure that names no part of its own, said respectively
_RESPECTIVE_STRUCTURE_RE = re.compile(r"(?<![a-z])co cau(?: [a-z]+){0,3} (?:tuong ung|lan luot)(?: la)?\s*:?\s*$")


def _respective_to_parts(p: Passage, edits: Edits, members: Sequence[Mention]) -> tuple[Mention, list[Mention]] | None:
    """ "giá trị tăng thêm … 2.553.442 triệu đồng, trong đó nông lâm thủy sản 1.400.749 triệu đồng, công nghiệp
    - xây dựng 435.216 triệu đồng, dịch vụ 717.477 triệu đồng; cơ cấu kinh tế tương ứng là 54,86% - 17,04% -
    28,10%": a structure that names no part of its own, said "respectively" right after the parts of one whole
    in its sentence, takes those parts' names in their order, so its shares make 100 % and each is its part
    over the whole — only when it prints as many shares as the list has parts, nothing but the series between
    them. The whole and its parts, or None."""
    first = members[0]
    head = fold_words(p.lines[first.line].text[p.sentence_bounds(first)[0] : first.start])
    if _RESPECTIVE_STRUCTURE_RE.search(head) is None or _structure_items(head):
        return None
    if any(m.sentence != first.sentence or m.line != first.line or m.cell.value.kind != "number" for m in members):
        return None
    if not all(re.fullmatch(r"[\s%]*(?:,|va|-|–)?\s*", fold_words(p.between(a, b))) for a, b in pairwise(members)):
        return None
    before = [m for m in p.mentions[: first.order] if m.sentence == first.sentence and m.line == first.line]
    if not before:
        return None
    whole_row = edits.parent_of(before[-1].row.index)
    wholes = [m for m in before if m.row.index == whole_row and m.is_value and m.value is not None]
    parts = [m for m in before if edits.parent_of(m.row.index) == whole_row and m.is_value and m.value is not None]
    if whole_row is None or len(wholes) != 1 or any(m.percent for m in parts):
        return None  # (shares of shares: the list before is a structure already)
    if len(parts) != len(members) or len({m.row.index for m in parts}) != len(parts):
        return None
    return wholes[0], parts


_COUNT_WORDS = {"hai": 2, "ba": 3, "bon": 4, "nam": 5, "sau": 6, "bay": 7, "tam": 8, "chin": 9, "muoi": 10}
# "gồm ba dạng chính:", "chia thành 4 loại:", "có 3 vùng:" right before the list
# ("chia ra thành 3 nhóm lớn:", "chia huyện thành hai vùng:", "chia hai dạng:" too)
_ANNOUNCED_RE = re.compile(r"(?<![a-z])(?:gom(?: co)?|chia(?:\s+[a-z]+){0,2}?\s+(?:lam|thanh)|chia(?: ra)?|co)\s+"
                           r"(\d{1,2}|hai|ba|bon|nam|sau|bay|tam|chin|muoi)\s+[a-z]+(?:\s+[a-z]+){0,2}\s*:\s*$")


def _announced(p: Passage, members: Sequence[Mention]) -> bool:
    """ "gồm ba dạng chính: núi cao (chiếm 33,3% diện tích), núi thấp (28% diện tích), đồng bằng (38,7% diện
    tích)": the sentence announces as many kinds before a colon as the shares listed after it, so they
    are all of the whole."""
    first = members[0]
    head = fold_words(p.sentence_head(first))
    colon = head.rfind(":")
    if colon < 0 or any(x.sentence != first.sentence for x in members):
        return False
    found = _ANNOUNCED_RE.search(head[: colon + 1])
    if found is None:
        return False
    n = found.group(1)
    count = int(n) if n.isdigit() else _COUNT_WORDS[n]
    between = [x for x in p.mentions if x.sentence == first.sentence and first.order <= x.order <= members[-1].order]
    return count == len(members) and len(between) == len(members)


def _add_share_group(edits: Edits, members: Sequence[Mention], why: str, *, complete: bool = True) -> None:
    """Make ``members`` the shares of one unprinted whole (a "cơ cấu" row) that add up to 100 % (at most
    100 % when not ``complete``)."""
    first = members[0]
    parent = Row(
        document=first.row.document, index=-1, indicator="cơ cấu", key="co cau", cells=(), table=None,
        row=None, unit="%", partition=complete, provenance=first.row.provenance, confidence=0.8,
        context=first.row.context, notes=(f"shares of one whole: {why}",),
    )
    index = edits.add_row(parent)
    for m in members:  # a row may print two of the shares ("công nghiệp 67,87%, dịch vụ chiếm 21,5%")
        edits.parents[m.row.index] = (index, None)
        if m.cell.relation != "share" or m.cell.role != "ratio":
            edits.set_cell(m.ref, force=True, relation="share", role="ratio")
        for pos, cell in enumerate(m.row.cells):
            if _CHANGE_LEAD_RE.search(fold_words(cell.column)) and not re.fullmatch(r"(?:tang|giam)(?: so voi .*)?", fold_words(cell.column)):
                continue  # "tốc độ tăng 3,62%", "tăng bình quân 3,6%/năm": the part's growth, no change of its share
            if cell.relation in ("difference", "growth") and cell.value.percent and pos != m.ref[1]:
                edits.set_cell((m.row.index, pos), relation="share_change")


def _shares_of_parts_before(p: Passage, edits: Edits, members: Sequence[Mention], family: str) -> None:
    """Shares named by the categories of a partition printed before them ("… đạt 24.591 tỉ đồng. Trong
    đó nông - lâm nghiệp 1.462 tỉ đồng; công nghiệp - xây dựng 11.231 tỉ đồng; thương mại - dịch vụ
    11.897 tỉ đồng. … thương mại - dịch vụ chiếm tỉ trọng 48,4%, công nghiệp - xây dựng 45,7% và nông -
    lâm nghiệp 5,9%"): each is its category's part over that total (11.897 / 24.591 = 48,4 %)."""
    named = [categories_named(_item_words(p, m), family) for m in members]
    if any(len(c) != 1 for c in named) or len(set(named)) != len(named):
        return
    first = members[0]
    for b in reversed(edits.breakdowns):
        whole = p.by_ref.get(b.whole)
        parts = [p.by_ref.get(ref) for ref in b.parts]
        if not b.partition or whole is None or any(x is None for x in parts) or len(parts) != len(members):
            continue
        if whole.order >= first.order or any(x.sentence >= first.sentence and not _clause_before(p, x, first)
                                             for x in parts if x is not None):
            continue
        by_category = {_part_category(p, x, family): x for x in parts if x is not None}
        if set(by_category) == {frozenset()}:
            # "gồm 169.180 nam và 159.494 nữ, hay chia theo khu vực là 102.118 người thành thị và 226.556 người
            # nông thôn": the whole broken down by another classification, whose parts name none of these
            # categories, is passed over for the one before it
            continue
        if set(by_category) != set(named) or any(len(c) != 1 for c in by_category):
            return  # the nearest partition before names other categories: not these shares' whole
        for m, c in zip(members, named, strict=True):
            edits.set_cell(m.ref, force=True, relation="share", role="ratio", refs=(by_category[c].ref, whole.ref))
        edits.note(first.row.index, f"shares of the parts of {p.text(whole)} printed before them")
        return


def _part_category(p: Passage, part: Mention, family: str) -> frozenset[str]:
    """The category a part names: by the words before its figure ("nông - lâm nghiệp 1.462 tỉ đồng"), or, when
    those name none, by its row's own name, printed after the figure ("gồm 169.180 nam và 159.494 nữ", "102.118
    người thành thị")."""
    found = categories_named(_item_words(p, part), family)
    return found or categories_named(fold_words(part.row.indicator), family)


def _clause_before(p: Passage, part: Mention, first: Mention) -> bool:
    """A part printed in the shares' own sentence, in a clause before them that ";" closes: "… là 102.118 người
    thành thị và 226.556 người nông thôn; cơ cấu tương ứng là nam 51,47%, …, thành thị 31,07% và nông thôn
    68,93%" (tu-mo-rong-kon-tum_1) prints the parts and their shares as a sentence apart would."""
    return (part.line == first.line and part.sentence == first.sentence and part.order < first.order
            and ";" in p.between(part, first))


_TO_LEVEL_RE = re.compile(r"(?<![a-z])(?:giam con|xuong con|giam xuong|xuong|(?:tang )?len(?: toi| den)?|con)\s*$")
_FROM_LEVEL_RE = re.compile(r"(?<![a-z])tu\s*$")


def _level_name(p: Passage, m: Mention, froms: Sequence[Mention]) -> str:
    """The words naming a level: a level moved to is named before the level it left ("nông nghiệp từ
    50,2% xuống còn 41,8%")."""
    prev = p.previous(m)
    if prev is not None and prev in froms and ";" not in p.between(prev, m):
        return _item_words(p, prev)
    return _item_words(p, m)


def structure_levels(p: Passage, edits: Edits) -> None:
    """**A structure printed as the levels it moved between.** "Cơ cấu kinh tế chuyển dịch: nông nghiệp
    - thủy sản từ 36% năm 2010 giảm còn 33,51% năm 2015; công nghiệp - xây dựng từ 30% lên 30,43%;
    dịch vụ từ 34% lên 36,06%": the levels after "giảm còn", "tăng lên", "lên", "còn" are one year's
    shares and those after "từ" the other year's; when their names cover a set of categories, each
    year's shares add up to 100 % (36 + 30 + 34 ✓; 33,51 + 30,43 + 36,06 ✓). So do the levels a later
    clause moves the shares printed before it to: "Năm 2016, nông, lâm, thủy sản chiếm 33,6%, …; đến
    năm 2020 nông, lâm, thủy sản giảm còn 24,1%, công nghiệp - xây dựng tăng lên 52,1%, thương mại,
    dịch vụ tăng lên 23,8%" -> 24,1 + 52,1 + 23,8 = 100 ✓. The sentence, or the one before it, speaks
    of the structure ("cơ cấu", "tỷ trọng").
    """
    by_sentence: dict[int, list[Mention]] = defaultdict(list)
    for m in p.mentions:
        v = m.cell.value
        if (v.percent or (m.row.unit or "").strip() == "%") and v.kind in ("number", "comparator") and m.value is not None:
            by_sentence[m.sentence].append(m)
    for ms in by_sentence.values():
        first = ms[0]
        start = p.sentence_bounds(first)[0]
        # the sentence's words before its first figure, and the sentence before it on the line
        head = fold_words(p.lines[first.line].text[max(0, start - 200) : first.start])
        if not re.search(r"(?<![a-z])(?:co cau|ty trong)(?![a-z])", head):
            continue
        tos = [m for m in ms if _TO_LEVEL_RE.search(fold_words(p.lead(m)))]
        froms = [m for m in ms if _FROM_LEVEL_RE.search(fold_words(p.lead(m))) and m.cell.value.kind == "comparator"]
        for levels in (froms, tos):
            if len(levels) < 2 or any(edits.parent_of(m.row.index) is not None for m in levels):
                continue
            if len({m.row.index for m in levels}) != len(levels):
                continue
            names = [_level_name(p, m, froms) for m in levels]
            family = covers(names)
            if family is None or any(len(categories_named(n, family)) != 1 for n in names):
                continue
            if len({categories_named(n, family) for n in names}) != len(names):
                continue
            _add_share_group(edits, levels, f"the levels name every category of {family.replace('_', ' ')}")


def parallel_parts(p: Passage, edits: Edits) -> None:
    """**Parts in a second unit.** "Dân số có 16.516 hộ với 82.741 khẩu ... hộ nghèo có 6.930 hộ (35.695
    khẩu), ...": when the parts of 16.516 hộ each print a figure in another unit in parentheses and
    the whole prints one in that unit beside it, those figures are parts of that one, the same way.
    """
    for b in list(edits.breakdowns):
        whole = p.by_ref.get(b.whole)
        if whole is None:
            continue
        seconds: list[Mention] = []
        for ref in b.parts:
            m = p.by_ref.get(ref)
            nxt = p.next(m) if m is not None else None
            if m is None or nxt is None or not nxt.is_value or same_quantity(nxt.unit, m.unit) or nxt.line != m.line:
                break
            if not re.fullmatch(r"\s*[^\s\d,;.()]*(?:\s[^\s\d,;.()]*)?\s*\(\s*", p.between(m, nxt)):
                break
            seconds.append(nxt)
        else:
            if len(seconds) != len(b.parts) or not seconds:
                continue
            unit = seconds[0].unit
            if not all(same_quantity(unit, s.unit) for s in seconds):
                continue
            partner = p.next(whole)
            if partner is None or not partner.is_value or not same_quantity(partner.unit, unit):
                continue
            if len(p.between(whole, partner)) > 20:
                continue
            edits.add_breakdown(Breakdown(partner.ref, [s.ref for s in seconds], b.partition,
                                          f"parts in {unit} printed beside the parts of {p.text(whole)}"))


def same_noun_parts(p: Passage, edits: Edits) -> None:
    """**Parts in a later sentence.** "... cho 52 công trình. Đến nay có 28 công trình đã hoàn thành và 24
    công trình đang thi công": counts of the same noun whose words cover a set of statuses
    (hoàn thành / đang thi công) are the parts of the last count of that noun printed before.
    """
    by_sentence: dict[int, list[Mention]] = defaultdict(list)
    for m in p.values():
        if m.value is not None and m.value == int(m.value) and m.unit:
            by_sentence[m.sentence].append(m)
    for sentence, ms in by_sentence.items():
        groups: dict[str, list[Mention]] = defaultdict(list)
        for m in ms:
            groups[fold_words(m.unit or "")].append(m)
        for unit, parts in groups.items():
            if len(parts) < 2 or any(edits.parent_of(m.row.index) is not None for m in parts):
                continue
            if any(x.row.index in {b.whole[0] for b in edits.breakdowns} for x in parts):
                continue
            names = [p.name(m) for m in parts]
            if covers(names) not in STATUS_FAMILIES:
                continue
            earlier = [m for m in p.values() if sentence - 2 <= m.sentence < sentence and m.line == parts[0].line
                       and fold_words(m.unit or "") == unit
                       and m.value is not None and m.value >= max(x.value or 0 for x in parts)
                       and edits.parent_of(m.row.index) is None]
            if not earlier:
                continue
            whole = earlier[-1]
            partition, how = decide(p, parts, opener_complete=False, how="counts of the same noun after its total")
            edits.add_breakdown(Breakdown(whole.ref, [x.ref for x in parts], partition, how))


# Classifications of places whose classes exclude one another (a commune is in one zone, one terrain).
_PLACE_CLASSES: tuple[tuple[str, re.Pattern[str], tuple[str, ...]], ...] = (
    ("zones", re.compile(r"(?<![a-z])(?:khu vuc|vung)\s+(iii|ii|i|3|2|1)(?![a-z0-9])"), ("i", "ii", "iii")),
    ("terrain", re.compile(r"(?<![a-z])(dong bang|trung du|mien nui)(?![a-z])"), ("dong bang", "trung du", "mien nui")),
)
_ROMAN = {"1": "i", "2": "ii", "3": "iii"}


def _place_class(p: Passage, m: Mention) -> tuple[str, str] | None:
    """The class the words right after a count name ("03 xã khu vực I" -> ("zones", "i"))."""
    words = re.split(r"[,;(:]|(?<![a-z])va(?![a-z])", fold_words(p.after(m, limit=60)))[0]
    found = [(name, _ROMAN.get(x.group(1), x.group(1))) for name, pattern, _ in _PLACE_CLASSES
             for x in [pattern.search(words)] if x is not None]
    return found[0] if len(found) == 1 else None


def class_counts(p: Passage, edits: Edits) -> None:
    """**Counts of places by class.** "Huyện có 09 xã với 51 thôn, …; có 03 xã khu vực I, 02 xã khu
    vực II, 04 xã khu vực III": counts of the same noun printed after a count of it in its sentence,
    each named by a class of one classification whose classes exclude one another (khu vực or vùng
    I / II / III; đồng bằng / trung du / miền núi), are parts of that count: a partition when they
    name every class (3 + 2 + 4 = 9 ✓), else a subset ("12 xã …, chia theo trình độ phát triển thành
    01 xã vùng III, 04 xã vùng II và 07 xã vùng I": 12 ✓; "11 xã, 119 thôn; trong số các xã có 3 xã
    đồng bằng, 4 xã trung du và 4 xã miền núi": 11 ✓). The count may close the sentence before when
    the parts' sentence opens with a list word ("Huyện có 11 xã với 119 thôn. Có 3 xã đồng bằng, 4 xã
    trung du và 4 xã miền núi": ``carries_on``).
    """
    by_sentence: dict[int, list[Mention]] = defaultdict(list)
    for m in p.values():
        if m.value is not None and m.value == int(m.value) and m.unit and m.cell.value.kind == "number":
            by_sentence[m.sentence].append(m)
    for ms in by_sentence.values():
        classed = [(m, _place_class(p, m)) for m in ms]
        for family, _pattern, members in _PLACE_CLASSES:
            parts = [m for m, c in classed if c is not None and c[0] == family]
            if len(parts) < 2 or len({fold_words(m.unit or "") for m in parts}) != 1:
                continue
            named = [c[1] for m, c in classed if c is not None and c[0] == family]
            if len(set(named)) != len(named):
                continue  # a class named twice: two classifications, or two years
            unit = fold_words(parts[0].unit or "")
            # the whole may close the sentence before ("Huyện có 11 xã với 119 thôn. Có 3 xã đồng bằng, …")
            earlier = [(m, _place_class(p, m)) for m in by_sentence.get(parts[0].sentence - 1, [])
                       if carries_on(p, m, ms[0])] if ms[0] is parts[0] else []
            wholes = [m for m, c in [*earlier, *classed] if c is None and m.order < parts[0].order
                      and fold_words(m.unit or "") == unit
                      and m.value is not None and m.value >= max(x.value or 0 for x in parts)
                      and edits.parent_of(m.row.index) is None]
            partition = set(named) == set(members)
            if partition and _settle_read_subset(p, edits, parts, unit, family):
                continue
            if not wholes or any(edits.parent_of(m.row.index) is not None for m in parts):
                continue
            how = f"counts by {family}: " + ("every class named, a partition" if partition else "some classes, a subset")
            edits.add_breakdown(Breakdown(wholes[-1].ref, [x.ref for x in parts], partition, how))


def _settle_read_subset(p: Passage, edits: Edits, parts: list[Mention], unit: str, family: str) -> bool:
    """Make a subset already read of exactly ``parts`` (by the list word: "Toàn huyện gồm 9 xã, trong đó có 3 xã
    khu vực I, 2 xã khu vực II và 4 xã khu vực III") a partition: classes of one classification that name every
    class cover every place of the whole, whatever word led to them, so 3 + 2 + 4 must be 9 (and 3 + 2 + 3 is an
    error a subset would pass). Only a subset of those parts alone, under a count of the same noun."""
    refs = [m.ref for m in parts]
    read = [b for b in edits.breakdowns if not b.partition and set(b.parts) == set(refs)]
    if len(read) != 1:
        return False
    whole = next((m for m in p.values() if m.ref == read[0].whole), None)
    if whole is None or fold_words(whole.unit or "") != unit or whole.order > parts[0].order:
        return False
    if [b for b in edits.breakdowns if b.whole[0] == read[0].whole[0]] != read:
        return False  # another list under the same whole: which one the classes complete is not said
    edits.widen_subsets(read[0].whole, refs)
    return edits.add_breakdown(Breakdown(read[0].whole, refs, True,
                                         f"counts by {family}: every class named, a partition"))


# the classes of administrative units a district is divided into, by the noun printed after their count
_ADMIN_CLASS = {"xa": "commune", "phuong": "ward", "thi tran": "town"}
_ADMIN_NOUN_RE = re.compile(r"^(?:don vi hanh chinh|dvhc)(?![a-z])")
# what may stand after a class's noun: the list goes on or ends ("và", ",", ")", ":" ...) or names its places
_ADMIN_PART_END_RE = re.compile(r"^\s*(?:$|[,;:.)]|va(?![a-z])|cung(?![a-z])|la(?![a-z])|gom(?![a-z])|con lai(?![a-z]))")
# the words between the count of units and its first class: the units' own name, then a list word
_ADMIN_GAP_RE = re.compile(r"^\s*(?:(?:don vi )?hanh chinh|dvhc)?(?:\s*(?:cap xa|cap co so|truc thuoc|,|\s)*)?"
                           r"\s*(?:voi|gom|gom co|bao gom|trong do|trong do co|chia ra|la|co)?\s*[(:]?\s*(?:gom)?\s*$")


def _admin_class(p: Passage, m: Mention) -> str | None:
    """The class of administrative unit a whole count names ("18 xã" -> "commune"), None for any other
    count or one qualified further ("08 xã biên giới": some communes, not a class of them)."""
    if m.value is None or m.value.denominator != 1 or m.cell.value.kind != "number" or not m.is_value:
        return None
    unit = fold_words(m.unit or "")
    if unit not in _ADMIN_CLASS:
        return None
    rest = p.after(m, limit=60)
    at = fold_words(rest).find(unit)
    if at < 0:
        return None
    after = fold_words(rest)[at + len(unit):]
    # a place's name (capitalised) after the noun is one of the class, "thị trấn Ngãi Giao"
    raw_after = rest[rest.find(m.unit or "") + len(m.unit or ""):] if (m.unit or "") in rest else ""
    if _ADMIN_PART_END_RE.match(after) or re.match(r"^\s*(?:TT\.?\s*)?[A-ZĐÀ-Ỹ]", raw_after):
        return _ADMIN_CLASS[unit]
    return None


def _admin_whole(p: Passage, m: Mention) -> bool:
    """A count of administrative units: "20 đơn vị hành chính" (a count printed after its name, "Đơn vị hành
    chính: 20", has no unit to add its classes' counts in)."""
    if m.value is None or m.value.denominator != 1 or m.cell.value.kind != "number" or not m.is_value or not m.unit:
        return False
    return _ADMIN_NOUN_RE.match(fold_words(p.after(m, limit=40)).removeprefix(fold_words(p.text(m))).strip()) is not None


def admin_units(p: Passage, edits: Edits) -> None:
    """**Administrative units by class.** A count of a district's administrative units followed in its
    sentence by counts of communes, wards and towns, one after another with nothing but "và", ",", a
    place's name or a parenthesis between them, naming the communes and another class: those counts
    are all of it, whatever word joins them to it ("Huyện Hải Lăng có 20 đơn vị hành chính với 19 xã và
    01 thị trấn" -> 19 + 1 = 20 ✓; "33 đơn vị hành chính (32 xã, 1 thị trấn)"), and so are the same counts printed before a count of units
    after "tổng cộng" ("Huyện gồm 1 thị trấn và 23 xã, tổng cộng 24 đơn vị hành chính"). Not read: a
    class qualified further ("10 đơn vị hành chính cấp xã, trong đó có 08 xã biên giới": some of the
    communes), a class named twice, or other words between the count and its classes. The classes
    may carry on into the next sentences when each opens with a list word or with the rest ("Chư Păh
    có 14 đơn vị hành chính cấp xã. Trong đó có 2 thị trấn là Phú Hòa và Ia Ly. 12 xã còn lại gồm …":
    ``carries_on``).
    """
    for whole in p.values():
        if not _admin_whole(p, whole):
            continue
        held = [b for b in edits.breakdowns if b.whole[0] == whole.row.index]
        if held and (len(held) > 1 or held[0].partition):
            continue
        after = _SUM_WORD_RE.search(fold_words(p.lead(whole))) is not None
        parts: list[Mention] = []
        m = p.previous(whole) if after else p.next(whole)
        sentence, carried = whole.sentence, False
        while m is not None and m.line == whole.line and _admin_class(p, m):
            if m.sentence != sentence:
                # "14 đơn vị hành chính cấp xã. Trong đó có 2 thị trấn … 12 xã còn lại gồm …": the classes
                # carry on into the next sentences
                if after or not carries_on(p, parts[-1] if parts else whole, m, nouns=COMMUNE_KINDS):
                    break
                sentence, carried = m.sentence, True
            parts.append(m)
            m = p.previous(m) if after else p.next(m)
        if after:
            parts.reverse()
        if len(parts) < 2:
            continue
        classes = [_admin_class(p, x) for x in parts]
        if len(set(classes)) != len(classes) or "commune" not in classes:
            continue
        first = parts[0]
        if after:
            gap = fold_words(p.between(parts[-1], whole))
            if not re.fullmatch(r"[\s,;]*(?:tong cong|tong so|tong|cong lai|cong)?\s*", gap.replace(fold_words(parts[-1].unit or ""), "", 1)):
                continue
        elif not _ADMIN_GAP_RE.match(fold_words(p.between(whole, first)).replace(".", " ", 1 if carried else 0)):
            continue
        if held and not (carried and set(held[0].parts) <= {x.ref for x in parts}):
            continue  # read otherwise already; only the first class after "Trong đó có" gives way to all of them
        if any(edits.parent_of(x.row.index) not in (None, whole.row.index if held else None) for x in parts):
            continue
        if held:
            edits.widen_subsets(whole.ref, [x.ref for x in parts])
        edits.add_breakdown(Breakdown(whole.ref, [x.ref for x in parts], True,
                                      "administrative units by class: communes and the other classes named, a partition"))


# words that make a count a status of its noun itself ("20 chỉ tiêu đạt"): no whole of the statuses after it
_STATUS_WORD_RE = re.compile(r"(?<![a-z])(?:dat|vuot|hoan thanh|thi cong)(?![a-z])")


def status_counts(p: Passage, edits: Edits) -> None:
    """**A count and the statuses of its items.** "thực hiện 41 chỉ tiêu về kinh tế – xã hội …: cuối năm
    có 09 chỉ tiêu vượt kế hoạch, 22 chỉ tiêu đạt và dự kiến đạt, 12 chỉ tiêu không đạt": counts of the
    same noun printed one after another after a count of it in its sentence, whose words cover a set
    of statuses (đạt or vượt / không đạt, hoàn thành / đang thi công, chuyển tiếp / khởi công mới), are
    all of it: 9 + 22 + 12 = 43 ≠ 41. The whole's own words name no status ("có 20 chỉ tiêu đạt, 3 chỉ
    tiêu không đạt": 20 is one of the statuses), and a percentage after a count qualifies it ("2 chỉ
    tiêu đạt trên 90%"). Counts whose words do not cover the statuses ("29 chỉ tiêu vượt kế hoạch và 8
    chỉ tiêu đạt") may overlap and are not added.
    """
    for whole in p.values():
        v = whole.cell.value
        if v.kind != "number" or whole.value is None or whole.value.denominator != 1 or not whole.unit:
            continue
        if edits.parent_of(whole.row.index) is not None or any(b.whole[0] == whole.row.index for b in edits.breakdowns):
            continue
        parts: list[Mention] = []
        for m in p.mentions[whole.order + 1 :]:
            if m.sentence != whole.sentence or m.line != whole.line:
                break
            if m.cell.value.percent or m.row.index == whole.row.index or any(m.row.index == x.row.index for x in parts):
                continue  # "2 chỉ tiêu đạt trên 90%": the percentage qualifies the count
            if m.cell.value.kind != "number" or not m.is_value or m.value is None or m.value.denominator != 1:
                break
            if not same_quantity(m.unit, whole.unit) or fold_words(m.unit or "") != fold_words(whole.unit):
                break
            parts.append(m)
        if len(parts) < 2 or any(edits.parent_of(x.row.index) is not None for x in parts):
            continue
        if any((x.value or 0) > whole.value for x in parts):
            continue
        if _STATUS_WORD_RE.search(fold_words(p.between(whole, parts[0]))):
            continue
        if covers([p.name(x) for x in parts]) not in STATUS_FAMILIES:
            continue
        edits.add_breakdown(Breakdown(whole.ref, [x.ref for x in parts], True,
                                      "counts of its items by status: the statuses cover it, a partition"))


def remainders(p: Passage, edits: Edits) -> None:
    """**A remainder after a deduction.** "tổng thu 2.150 tỷ đồng; trừ 410 tỷ đồng kết dư và chuyển nguồn
    thì thu phát sinh là 1.740 tỷ đồng": the last figure is the first minus the one after "trừ"
    (2.150 − 410 = 1.740 ✓). Likewise the rest after what was done with part of a whole, when the
    sentence prints just those two figures of its quantity before it: "có 2.425 hộ được hỗ trợ …; đã chi
    cho 1.880 hộ …, còn lại 545 hộ đang hoàn chỉnh thủ tục" -> 2.425 − 1.880 = 545 ✓ (the part opens
    with a deed, "đã", "được", "giải ngân", "hoàn thành" …, or follows "trong đó").
    """
    for x in p.values():
        if not re.search(r"(?<![a-z])(?:tru|tru di|sau khi tru|khau tru)\s*$", fold_words(p.lead(x))):
            continue
        earlier = [m for m in p.values() if m.sentence == x.sentence and m.order < x.order and same_quantity(m.unit, x.unit)]
        later = [m for m in p.values() if m.sentence == x.sentence and m.order > x.order and same_quantity(m.unit, x.unit)]
        if not earlier or not later:
            continue
        minuend, rest = earlier[-1], later[0]
        if not re.search(r"(?<![a-z])(?:thi|con|con lai|la|bang)(?![a-z])", fold_words(p.between(x, rest))):
            continue
        if rest.cell.relation is not None or rest.cell.divides is not None:
            continue
        edits.set_cell(rest.ref, relation="difference", refs=(minuend.ref, x.ref))
        edits.note(rest.row.index, f"{p.text(rest)} is {p.text(minuend)} less {p.text(x)}")
    for rest in p.values():
        found = _rest_after_deed(p, edits, rest)
        if found is not None:
            whole, done = found
            edits.set_cell(rest.ref, relation="difference", refs=(whole.ref, done.ref))
            edits.note(rest.row.index, f"{p.text(rest)} is the rest: {p.text(whole)} less {p.text(done)}")


_REST_RE = re.compile(r"(?<![a-z])(?:so |phan )?con lai(?: la| co)?\s*$")


def _rest_after_deed(p: Passage, edits: Edits, rest: Mention) -> tuple[Mention, Mention] | None:
    """ "có 2.425 hộ được hỗ trợ …; đã chi cho 1.880 hộ …, còn lại 545 hộ đang hoàn chỉnh thủ tục": a
    figure after "còn lại" in a sentence that printed a whole and then what was done with some of it
    ("đã", "được", "đang", "giải ngân", "hoàn thành" … before it, or a "trong đó" part), exactly two
    earlier figures of its quantity, is the rest of the whole: whole − done."""
    if rest.value is None or rest.cell.relation is not None or rest.cell.divides is not None or rest.cell.refs:
        return None
    if not _REST_RE.search(fold_words(p.before(rest, limit=30))):
        return None
    if edits.parent_of(rest.row.index) is not None or any(rest.ref in b.parts for b in edits.breakdowns):
        return None
    earlier = [m for m in p.values() if m.sentence == rest.sentence and m.order < rest.order and m.value is not None
               and same_quantity(m.unit, rest.unit) and rest.unit is not None]
    if len(earlier) != 2:
        return None
    whole, done = earlier
    if whole.value is None or done.value is None or not (whole.value > done.value and whole.value > rest.value):
        return None
    deed = _DEED_RE.match(_item_words(p, done)) or re.search(r"(?<![a-z])trong do\s*:?\s*$", _fold_openers(p.before(done, limit=40)))
    return (whole, done) if deed else None


_SUM_WORD_RE = re.compile(r"(?<![a-z])(?:(?:tong cong|cong lai|cong chung|tinh chung|cong)(?:\s+(?!voi\b)[a-z0-9]+){0,3}"
                          r"|(?<!tren )(?<!trong )(?:tong so|tong)(?:\s+(?:ca|la|co|dat))?)\s*:?\s*$")


def totals_after_parts(p: Passage, edits: Edits) -> None:
    """**A total printed after its parts.** "Số hộ nghèo cuối năm: xã Tân Lập 420 hộ, xã Tân Phú 643
    hộ, cộng 1.063 hộ": a figure after "cộng", "tổng cộng", "cộng lại", "tính chung" or "tổng (số)"
    that closes a comma list of figures of its quantity in its sentence is their sum (420 + 643 =
    1.063 ✓), a partition. The list is the figures printed right before it, none of them already
    a part or a total, each smaller than it; a ";" between them ends it, except right before the
    total ("...; tổng cộng 5.054 hộ"). A part's own rate ("543 hộ nghèo (8,98%)", ", tỷ lệ 5,85%")
    is passed over. Parts printed without a unit, each after its own name, take the total's ("năm
    2016 lúa 8.200, ngô 640, sắn 310, cộng 9.150 ha"). "trên tổng số" and "trong tổng số" name the
    whole the figures are counted out of, not their sum: "hộ nghèo 3.185 hộ (chiếm 13%), hộ cận nghèo
    2.450 hộ (chiếm 10%) trên tổng số 24.500 hộ" are two shares of 24.500, not its parts.
    """
    for x in p.values():
        if x.value is None or edits.parent_of(x.row.index) is not None or edits.claimed(x.ref):
            continue
        if not _SUM_WORD_RE.search(fold_words(p.lead(x))):
            continue
        parts: list[Mention] = []
        m = p.previous(x)
        nxt = x
        while m is not None and m.sentence == x.sentence and m.line == x.line:
            if m.percent and not m.is_value and m.cell.divides is None and not m.cell.refs:
                m = p.previous(m)  # a part's own rate
                continue
            if not m.is_value or m.value is None or m.value >= x.value or not (
                    same_quantity(m.unit, x.unit) or (_bare_number(m) and x.unit is not None)):
                break
            gap = _PARENTHESIS_RE.sub(" ", p.between(m, nxt))
            if "(" in gap or ")" in gap or (";" in gap and nxt is not x):
                break
            parts.insert(0, m)
            nxt = m
            m = p.previous(m)
        if len(parts) < 2 or any(edits.parent_of(q.row.index) is not None for q in parts):
            continue
        if any(q.row.index in {b.whole[0] for b in edits.breakdowns} for q in parts):
            continue
        if all(q.unit is None for q in parts) and not _named_items(p, parts):
            continue  # "12, 15 và 18, cộng 45 ha": figures without a name each are no parts
        if edits.add_breakdown(Breakdown(x.ref, [q.ref for q in parts], True,
                                         f"'{p.lead(x).strip()}' after its parts: the total printed last")):
            for q in parts:
                if q.unit is None and x.unit is not None:
                    edits.units[q.row.index] = x.unit  # "lúa 11.300, ngô 485, …, cộng 13.732 ha"
                # a part's rate that is no share of this total is on a base the text does not print
                # ("543 hộ nghèo (8,98%) ..., cộng 1.063 hộ"): a plain rate, not a share of 1.063
                rate = _adjacent_rate(p, q)
                if rate is not None and rate.cell.relation == "share" and not _share_fits(rate, q, x):
                    edits.set_cell(rate.ref, force=True, relation=None)


def _named_items(p: Passage, parts: Sequence[Mention]) -> bool:
    """Every part printed after words of its own ("lúa 11.300, ngô 485")."""
    return all(re.search(r"[^\W\d_]{2,}", _item_words(p, q)) for q in parts)


def rate_fractions(p: Passage, edits: Edits) -> None:
    """**A rate with its count in parentheses.** "tỷ lệ thôn đạt chuẩn nông thôn mới 58,9% (66/112 thôn,
    tăng thêm 20 thôn)": the rate is the count over its whole (66 / 112 = 58,93 % ✓). A later rate
    of the same sentence with only a count of the same noun in parentheses ("tỷ lệ thôn đạt chuẩn
    nông thôn mới kiểu mẫu 1,8% (2 thôn)") is that count over the same whole (2 / 112 = 1,79 % ✓).
    A count whose whole is not printed ("50% (8 xã)") is not recomputed. A rate followed, up to three words
    on, by what was done over what was due in parentheses is their quotient: "trâu, bò, dê đạt 58,5% diện tiêm
    (8.326/12.096 con)" -> 8.326 / 12.096 = 68,83 %, printed 58,5: an error.
    """
    wholes: dict[tuple[int, str], tuple[Ref, Fraction, Ref, Fraction]] = {}
    for m in p.mentions:
        if not _level_percent(m):
            continue
        nxt = p.next(m)
        if nxt is None or nxt.line != m.line or nxt.sentence != m.sentence or nxt.row.index == m.row.index:
            continue
        if nxt.value is None:
            continue
        if re.fullmatch(r"\s*(?:[^\W\d_]+\s+){0,3}\(\s*", p.between(m, nxt)) and (plan := _plan_after_slash(p, nxt)):
            # "trâu, bò, dê đạt 58,5% diện tiêm (8.326/12.096 con)": the parenthesis prints what was done over what
            # was due, the rate is their quotient (8.326 / 12.096 = 68,83 %, not 58,5: an error)
            edits.set_cell(m.ref, relation="ratio", role="ratio", refs=(nxt.ref, plan.ref))
            edits.note(m.row.index, f"{p.text(m)} is {p.text(nxt)} over {p.text(plan)}")
            continue
        if not re.fullmatch(r"\s*\(\s*", p.between(m, nxt)):
            continue
        v = nxt.cell.value
        noun = fold_words(nxt.unit or "")
        if v.kind == "fraction" and v.den is not None and v.value is not None and noun:
            if any(ref[0] == nxt.row.index and ref != nxt.ref for ref in edits.splits):
                continue  # one split per row keeps the whole's position known
            numerator(p, edits, nxt)  # (a list's rule may have split it already: the same split)
            whole = (nxt.row.index, len(nxt.row.cells))
            wholes[(m.sentence, noun)] = (nxt.ref, Fraction(str(v.value)), whole, Fraction(str(v.den)))
            edits.set_cell(m.ref, relation="share", refs=(nxt.ref, whole))
            edits.note(m.row.index, f"{p.text(m)} is {p.text(nxt)}")
        elif v.kind == "number" and nxt.is_value and (m.sentence, noun) in wholes and m.value is not None:
            # "62,5% (10/16 xã), trong đó 20% (2 xã) ...": a share of the 10 or of the 16, the nearer reading
            num_ref, num, den_ref, den = wholes[(m.sentence, noun)]
            of_num = num > 0 and abs(nxt.value / num * 100 - m.value) < abs(nxt.value / den * 100 - m.value)
            base = num_ref if of_num else den_ref
            edits.set_cell(m.ref, relation="share", refs=(nxt.ref, base))
            edits.note(m.row.index, f"{p.text(m)} is {p.text(nxt)} over the whole of the count before it")


def _plan_after_slash(p: Passage, done: Mention) -> Mention | None:
    """The figure printed after a "/" that the line walker read as the plan of ``done`` ("8.326/12.096 con"),
    when the parenthesis holds nothing else."""
    plan = p.next(done)
    if (plan is None or plan.row.index != done.row.index or plan.cell.role != "plan" or done.cell.role != "actual"
            or plan.value is None or not re.fullmatch(r"\s*/\s*", p.between(done, plan))):
        return None
    return plan if re.match(r"[^\W\d_\s]*(?:\s+[^\W\d_]+){0,2}\s*\)", p.after(plan, limit=30)) else None


# "(83,3%)", ", chiếm 75%", ", đạt tỷ lệ 75%", ", đạt mức 54,2%" ("mức" adds nothing to "đạt"), ", tỷ lệ 75%"
_RATE_OPENER_RE = re.compile(
    r"[^\d;()]{0,40}?(?:\(\s*|,\s*(?:chiếm|đạt|bằng)(?:\s+(?:tỷ|tỉ)\s+lệ|(?<=đạt)\s+mức)?\s*|,\s*(?:tỷ|tỉ)\s+lệ(?:\s+là|\s+đạt)?\s*)",
    re.IGNORECASE)
_OVER_WORDS_RE = re.compile(r"\s*(?:[^\W\d_]+\s+){0,2}?trên\s+(?:tổng\s+số\s+)?", re.IGNORECASE)


def count_rates(p: Passage, edits: Edits) -> None:
    """**A count and its rate.** "Kết quả có 125/150 hộ thoát nghèo (83,3%)" and "có 12 trên tổng số 16 xã
    đạt chuẩn nông thôn mới, đạt tỷ lệ 75%": the percentage printed after a count of a whole (in
    parentheses, or after "chiếm", "đạt tỷ lệ", "tỷ lệ") is the count over its whole (125 / 150 =
    83,3 % ✓; 12 / 16 = 75 % ✓).
    """
    for m in p.mentions:
        if m.value is None or m.cell.divides is not None or m.cell.refs:
            continue
        v = m.cell.value
        pair: tuple[Ref, Ref] | None = None
        last = m
        if v.kind == "fraction" and v.den is not None and not v.percent and m.is_value:
            if any(ref[0] == m.row.index and ref != m.ref for ref in edits.splits):
                continue
            pair = (m.ref, (m.row.index, len(m.row.cells)))
        elif v.kind == "number" and m.is_value and m.value == int(m.value):
            whole = p.next(m)
            if whole is None or whole.line != m.line or not whole.is_value or whole.value is None:
                continue
            between = p.between(m, whole)
            printed_over = whole.row.index == m.row.index and between.strip() == "/"  # "125/150 hộ" read as done/plan
            if not printed_over and (whole.unit is None or whole.value < m.value or not _OVER_WORDS_RE.fullmatch(between)):
                continue
            pair, last = (m.ref, whole.ref), whole
        if pair is None:
            continue
        rate = p.next(last)
        if rate is None or rate.line != m.line or rate.sentence != m.sentence or rate.value is None:
            continue
        c = rate.cell
        if not rate.percent or c.divides is not None or c.refs or c.relation not in (None, "share", "ratio"):
            continue
        if c.value.kind != "number" or not _RATE_OPENER_RE.fullmatch(p.between(last, rate)):
            continue
        if pair[1][1] == len(m.row.cells):
            numerator(p, edits, m)
        plan = last is not m and last.cell.role in ("plan", "target")
        edits.set_cell(rate.ref, relation="ratio" if plan else "share", refs=pair)
        edits.note(rate.row.index, f"{p.text(rate)} is the count {p.text(m)} over its whole")


_RATE_AFTER_COUNT_RE = re.compile(r"[^\d;()]{0,25}?(?:,\s*|\(\s*)(?:với\s+)?(?:tỷ|tỉ)\s+lệ(?:\s+là|\s+chiếm)?\s*:?\s*",
                                  re.IGNORECASE)
_COUNT_AFTER_RATE_RE = re.compile(r"\s*%?\s*(?:,\s*|\(\s*)(?:tương ứng|tương đương|với|gồm)?\s*(?:là\s*)?", re.IGNORECASE)


def _sum_of_rated(p: Passage, count: Mention, rate: Mention, whole: Mention) -> bool:
    """``whole`` is the total of ``count`` and another count of its quantity printed with its own rate (it is
    their sum, or names both), and the two rates do not add up to 100 %: the total of the categories the rates
    are printed with, not their base. "Có 1.753 hộ nghèo, tỷ lệ 3,58%, và 3.537 hộ cận nghèo, tỷ lệ 7,22%. Tổng
    số hộ nghèo và cận nghèo ở nông thôn là 5.290 hộ": 7,22 % is of all rural households (not printed), not of
    5.290 = 1.753 + 3.537."""
    if count.value is None or whole.value is None or rate.value is None:
        return False
    for x in p.mentions:
        if not x.is_value or x.value is None or x.ref in (count.ref, whole.ref) or not part_quantity(whole, x):
            continue
        nxt, prev = p.next(x), p.previous(x)
        theirs = nxt if nxt is not None and nxt.line == x.line and nxt.percent and _RATE_AFTER_COUNT_RE.fullmatch(
            p.between(x, nxt)) else prev if prev is not None and prev.line == x.line and prev.percent and \
            _COUNT_AFTER_RATE_RE.fullmatch(p.between(prev, x)) else None
        if theirs is None or theirs.value is None or theirs.ref == rate.ref or abs(theirs.value + rate.value - 100) <= 1:
            continue
        if abs(x.value + count.value - whole.value) < 1e-9 or _named_in_whole(p, whole, [x, count]):
            return True
    return False


_PLAN_AFTER_RATE_RE = re.compile(
    r"\s*(?:so\s+(?:với\s+)?)?(?:kế\s+hoạch|KH|dự\s+toán|chỉ\s+tiêu|nghị\s+quyết|NQ|mục\s+tiêu|cùng\s+kỳ)(?![^\W\d_])",
    re.IGNORECASE)


def count_rates_printed(p: Passage, edits: Edits) -> None:
    """**A count with its rate, the whole printed elsewhere.** "huyện Thanh Sơn có 32.453 hộ dân cư. ...
    còn 5.159 hộ nghèo, tỉ lệ 15.90%, và 4.339 hộ cận nghèo, tỉ lệ 13.37%"; "tỉ lệ hộ nghèo ... 26.38%,
    tương ứng 5.406 hộ nghèo trên tổng số 20.495 hộ dân cư": the rate printed with a count is the
    count over a whole of the count's quantity printed in the passage — read only when that whole is
    the one the rate recomputes against (a rate may be of a base that is not printed). The rate may open
    the next sentence by naming what the count counts: "Trong 24.217 hộ dân cư của huyện có 5.128 hộ
    nghèo. Tỉ lệ hộ nghèo là 21,18%" -> 5.128 / 24.217 = 21,18 % ✓ (not after "320 hộ thoát nghèo").
    The total of categories printed each with its rate is no base of those rates when they do not add up
    to 100 %: "Có 1.753 hộ nghèo, tỷ lệ 3,58%, và 3.537 hộ cận nghèo, tỷ lệ 7,22%. Tổng số hộ nghèo và cận
    nghèo … là 5.290 hộ" -> 7,22 % is of all households, not printed: not recomputed.
    When no whole recomputes, the one total of the count's quantity is the whole by its words, so a changed
    rate is found: a figure named by "tổng" … or by "hộ dân cư" after it ("Hạ Hòa có 32.980 hộ dân cư; hộ
    nghèo 4.359 hộ, tỉ lệ 13.25%" -> 13,22 %, an error), and a count of another class of the count's
    classification is its sibling, never its whole ("Số hộ nghèo … 5.128 hộ (tỉ lệ 21.18%); số hộ cận
    nghèo 3.024 hộ (tỉ lệ 12.42%)" is over the 24.217 households printed before, not over 5.128).
    """
    for r in p.mentions:
        c = r.cell
        if not r.percent or r.value is None or c.divides is not None or c.refs or c.relation not in (None, "share"):
            continue
        if c.value.kind != "number" or edits.claimed(r.ref):
            continue
        # Over 100 % no part is of its whole, and a rate that names a plan after it is done over that plan:
        # "Thu nội địa 320 tỷ đồng, tỷ lệ 112%", "… 2.500 lao động, tỷ lệ 95% kế hoạch" are ratios to a plan
        # the passage may not print, not shares of the total printed before.
        if r.value > 100 or _PLAN_AFTER_RATE_RE.match(p.after(r, limit=30)):
            continue
        prev, nxt = p.previous(r), p.next(r)
        count: Mention | None = None
        if prev is not None and prev.line == r.line and prev.is_value and _RATE_AFTER_COUNT_RE.fullmatch(p.between(prev, r)):
            count = prev
        elif nxt is not None and nxt.line == r.line and nxt.is_value and _COUNT_AFTER_RATE_RE.fullmatch(p.between(r, nxt)):
            count = nxt
        elif prev is not None and prev.line == r.line and prev.is_value and prev.sentence == r.sentence - 1:
            count = _count_named_by_rate(p, prev, r)
        if count is None or count.value is None or count.unit is None or count.value <= 0:
            continue
        candidates = [m for m in p.mentions if m.is_value and m.value is not None and m.value > count.value
                      and m.ref != count.ref and part_quantity(m, count) and abs(m.sentence - r.sentence) <= 3
                      and not _other_class(p, m, count)]
        wholes = [m for m in candidates if _share_fits(r, count, m)]
        if not wholes:
            # nothing recomputes: still the whole when it is the one total of that quantity printed
            # ("Tổng số hộ dân cư ... là 24.217 hộ"), so a wrong rate is found
            wholes = [m for m in candidates if _whole_like(p, m) and own_rate(p, m) is None
                      and not _sum_of_rated(p, count, r, m)]
            if len(candidates) != 1:
                wholes = []
        if len(wholes) != 1:
            continue
        edits.set_cell(r.ref, relation="share", refs=(count.ref, wholes[0].ref))
        edits.note(r.row.index, f"{p.text(r)} is {p.text(count)} over {p.text(wholes[0])}")


# "… có 5.128 hộ nghèo. Tỉ lệ hộ nghèo là 21,18%": a sentence that opens with the rate of what the
# sentence before counted
_RATE_SENTENCE_RE = re.compile(r"[^\d;()]{0,30}?[.;]\s+(?:tỷ|tỉ)\s+lệ\s+([^\d;,.()]{2,40}?)\s*"
                               r"(?:là|ở mức|đạt|chiếm|khoảng|:)?\s*", re.IGNORECASE)


def _count_named_by_rate(p: Passage, prev: Mention, rate: Mention) -> Mention | None:
    """The count the sentence before printed last, when the rate's sentence opens by naming it: "Số hộ
    nghèo là 7.067 hộ. Tỉ lệ hộ nghèo ở mức 18,31%" (the words after "tỉ lệ" are printed as they stand
    in that sentence: "320 hộ thoát nghèo. Tỉ lệ hộ nghèo là 4,5%" names another count)."""
    found = _RATE_SENTENCE_RE.fullmatch(p.between(prev, rate))
    if found is None:
        return None
    named = fold_words(found.group(1)).strip()
    start, end = p.sentence_bounds(prev)
    counted = fold_words(p.lines[prev.line].text[start:end])
    return prev if re.search(rf"(?<![a-z]){re.escape(named)}(?![a-z])", counted) else None


def _level_percent(m: Mention) -> bool:
    c = m.cell
    return (c.value.kind == "number" and bool(c.value.percent) and c.role in ("actual", "estimate", "target", "plan")
            and c.relation is None and c.divides is None and not c.refs)


# Sets of statuses a later sentence may split an earlier count into.
STATUS_FAMILIES = ("progress", "targets", "projects")

_CUMULATIVE_RE = re.compile(r"(?<![a-z])(?:luy ke|cong don)(?![a-z])")
_PERIOD_PART_RE = re.compile(r"(?<![a-z])(?:trong thang|thang \d{1,2}|trong quy|quy [ivx1-4]+|trong ky|trong tuan)(?![a-z])")


def cumulative_parts(p: Passage, edits: Edits) -> None:
    """**A month inside its year-to-date figure.** "Giá trị sản xuất công nghiệp trong tháng đạt 193 tỷ
    đồng, lũy kế từ đầu năm đến hết tháng 5 được 1.056 tỷ đồng": the month's figure is part of the
    cumulative ("lũy kế", "cộng dồn") printed after it in its sentence, in the same quantity (193 ≤
    1.056 ✓), a subset. The month (quarter, period) must be named before its figure.
    """
    for y in p.values():
        if y.value is None or not _CUMULATIVE_RE.search(fold_words(p.lead(y))):
            continue
        x = p.previous(y)
        if (x is None or not x.is_value or x.value is None or x.sentence != y.sentence or x.line != y.line
                or not same_quantity(x.unit, y.unit) or edits.parent_of(x.row.index) is not None):
            continue
        if not _PERIOD_PART_RE.search(fold_words(f"{x.row.indicator} {p.lead(x)}")):
            continue
        edits.add_breakdown(Breakdown(y.ref, [x.ref], False, "the period's figure inside its year-to-date"))


_CLAUSE_YEAR_RE = re.compile(r"(?<![a-z])nam (\d{4})(?!\d)")


def year_sector_parts(p: Passage, edits: Edits) -> None:
    """**A year's sectors printed after the year's total.** "Tổng giá trị sản xuất của huyện năm 2015 đạt
    2.770.987 triệu đồng, đến năm 2017 tăng lên 3.209.618 triệu đồng … Theo bảng 2.1, năm 2015 nông, lâm,
    ngư nghiệp đạt 1.537.566 triệu đồng, công nghiệp, tiểu thủ công nghiệp 355.381 triệu đồng, thương
    mại, dịch vụ 878.040 triệu đồng; năm 2017 ba ngành lần lượt đạt 1.552.557 triệu, 544.278 triệu và
    1.112.783 triệu đồng": a clause that opens with a year and prints the three sectors, with no whole
    of its own, breaks down that year's total printed before it (1.537.566 + 355.381 + 878.040 =
    2.770.987 ✓), a partition; a next clause of another year that prints as many figures "lần lượt"
    breaks down its year's total the same way (2017: 3.209.618 ✓). The total must be the one figure of
    its year and quantity printed before, bigger than each part; its year may follow it in a parenthesis
    ("lên 3.209.618 triệu đồng (năm 2017)"), and the first year's sectors may already be read under their
    total ("…; trong đó năm 2015: nông, lâm, ngư nghiệp …; năm 2017 lần lượt …").
    """
    by_sentence: dict[int, list[Mention]] = defaultdict(list)
    for m in p.mentions:
        if m.is_value and m.value is not None and m.unit:
            by_sentence[m.sentence].append(m)
    for ms in by_sentence.values():
        if len(ms) < 2:
            continue
        clauses: list[list[Mention]] = []
        for m in ms:
            if clauses and m.line == clauses[-1][-1].line and ";" not in p.between(clauses[-1][-1], m):
                clauses[-1].append(m)
            else:
                clauses.append([m])
        sectors: int | None = None
        for run in clauses:
            head = p.lines[run[0].line].text[p.sentence_bounds(run[0])[0] : run[0].start]
            head = re.split(r";", head)[-1]
            years = _CLAUSE_YEAR_RE.findall(fold_words(head))
            if not years or len(run) < 2:
                sectors = None
                continue
            named = covers([fold_words(f"{_item_words(p, m)} {m.row.indicator}") for m in run]) == "sectors"
            if any(edits.parent_of(m.row.index) is not None for m in run):
                # "…; trong đó năm 2015: nông, lâm, ngư nghiệp …, công nghiệp …, thương mại, dịch vụ …; năm
                # 2017 lần lượt …": the year's sectors, already read under their total, still name the next
                # year's respective figures
                sectors = len(run) if named and len({edits.parent_of(m.row.index) for m in run}) == 1 else None
                continue
            respective = sectors == len(run) and re.search(r"(?<![a-z])lan luot(?![a-z])", fold_words(head)) is not None
            if not (named or respective):
                sectors = None
                continue
            sectors = len(run)
            whole = _year_total(p, edits, run, years[-1])
            if whole is None:
                continue
            edits.add_breakdown(Breakdown(whole.ref, [m.ref for m in run], True,
                                          f"the sectors of {years[-1]}, printed after that year's total"))


# "lên 3.209.618 triệu đồng (năm 2017)": the year printed in a parenthesis right after its figure
# "3.209.618 triệu đồng (năm 2017)", "3.209.618 tr.đ (năm 2017)": the unit's words may hold a dot inside a word
_YEAR_AFTER_RE = re.compile(r"\s*(?:[a-z ]|(?<=[a-z])\.(?=[a-z])){0,12}\(\s*nam (\d{4})\s*\)")


def _year_after(p: Passage, m: Mention) -> str | None:
    line = p.lines[m.line].text
    found = _YEAR_AFTER_RE.match(fold_words(line[m.end : m.end + 40]))
    return found.group(1) if found else None


def _year_total(p: Passage, edits: Edits, run: Sequence[Mention], year: str) -> Mention | None:
    """The one figure of ``year`` and the run's quantity printed before the run, bigger than each part."""
    first, biggest = run[0], max(m.value or 0 for m in run)
    def unit_fits(m: Mention) -> bool:
        return all(same_quantity(m.unit, x.unit) or (x.unit or "x") == (m.unit or "").split()[0] for x in run)
    found = [m for m in p.mentions[: first.order] if m.is_value and m.value is not None and m.value > biggest
             and (m.cell.period == year or year in _CLAUSE_YEAR_RE.findall(fold_words(p.lead(m)))
                  or _year_after(p, m) == year)
             and unit_fits(m) and edits.parent_of(m.row.index) is None]
    return found[0] if len(found) == 1 else None


RULES = (paired_parts, series_parts, respective_shares, listed_parts, parenthesised_parts, percent_parts, count_parts, fraction_statuses, status_counts, rate_fractions, count_rates, share_wholes, share_lists, structure_levels, same_noun_parts, class_counts, admin_units, parallel_parts, remainders,
         totals_after_parts, rate_partitions, count_rates_printed, year_sector_parts, cumulative_parts, sector_outputs)
