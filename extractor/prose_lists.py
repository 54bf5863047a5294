"""Counts followed by the names they count: "3 xã biên giới là Sơn Vĩ, Xín Cái và Thượng Phùng".

The rule's docstring shows a passage it reads (docs/rules.md is generated from it).
"""

from __future__ import annotations

import re

from extractor.prose_edits import Edits
from extractor.prose_figured_items import figured_names
from extractor.prose_passage import Mention, Passage
from normalizers.quantities import unit_of
from normalizers.text import fold, fold_words

# What a name list opens with after the counted noun: ":", "là", "gồm", "gồm:", "(".
_OPEN_RE = re.compile(
    r"^(?P<noun>(?:[^:;()\d]|năm\s+\d{4}){0,80}?)\s*(?:(?P<colon>:)|\b(?P<word>là|gồm|bao gồm|gồm có)\b\s*:?|(?P<paren>\())\s*")
_YEAR_RE = re.compile(r"năm\s+\d{4}")
# a name that ends with its number ("Bản Tết 1", "Phường 2"), and a place in parentheses after a name
_NAME_NUMBER_RE = re.compile(r"(?<=[^\W\d_])(\s+)(\d{1,2})(?=\s*(?:,|\bvà\b|[.;(]|$))")
NAME_PLACE_RE = re.compile(r"\s*\([^()\d]*\)")
_REMARK_RE = re.compile(r"\s*\((?=\s*(?:được|đã|là|nay|trước|từ|tách|do|theo|thành lập|công nhận)\b)[^()]*\)")
_SHIFT = 0xE000  # digits of a name's number, kept out of the figure tests while the names are split
# a figure that ends a name in a list that goes on ("đường ĐH 91, đường ĐH 93"): no end of the names
_NUMBERED_NAME_RE = re.compile(r"\s\d[\w.]*\s*(?:,|và\b)")
# Prefixes naming what an item is ("các xã", "phường", "thị trấn").
# (lower case: "Bản Díu" is a commune's name, "bản Nà Cài" a hamlet; but no commune is named "Xã …", "Phường …"
# or "Thị trấn …": "Thị trấn Tân Phú, Xã Đồng Tâm, …" types its names in capitals)
# A count spelt out before the kind types the names after it as "các" does: "các phường A, …, Phương Nam và hai xã
# Thượng Yên Công, Điền Công" (a count in digits there ends the reading: no names list holds a figure)
_TYPE_RE = re.compile(r"^(?:(?P<plural>(?:các|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+)|một\s+)?"
                      r"(phường|xã|thị trấn|TT|huyện|thôn|bản|dân tộc|Phường|Xã|Thị [tT]rấn)\s+")
_COUNTED = ("xa", "phuong", "thi tran", "don vi", "dan toc", "chi tieu", "thon", "ban", "huyen", "tinh", "nuoc", "khu pho",
            "ap", "xom", "buon", "lang", "to dan pho", "nha may", "cum cong nghiep", "cum cn", "san pham")
# a counted noun is a word of the noun, not part of one ("giao thong" counts no "thon")
COUNTED_RE = re.compile(r"(?<![a-z])(?:" + "|".join(_COUNTED) + r")(?![a-z])")


def split_items(text: str) -> list[str]:
    """Split "A, B, C và D" into names; stops at the first clause end."""
    parts = re.split(r",\s*|\s+và\s+|;\s*", text.strip())
    return [x.strip(" .") for x in parts if x.strip(" .")]


# "thị trấn A và các xã B, C": places by kind, whose "và" does separate names
_PLACE_WORDS_RE = re.compile(r"(?<!\w)(?:các|xã|phường|thị trấn|huyện|thôn|bản|dân tộc)(?!\w)", re.IGNORECASE)


def _listed(body: str) -> list[str]:
    """The names of a list: "A, B, C và D" -> 4. A list of descriptions that joins words with "và" inside
    an item before its last ("5 nhà máy: luyện Ferromangan, …, chế biến và bảo quản nông sản, gạch nung và
    gạch không nung") separates its items with commas only: 5, and so is its last item one."""
    chunks = [x.strip(" .") for x in re.split(r",\s*|;\s*", body.strip()) if x.strip(" .")]
    if len(chunks) >= 3 and chunks[0][:1].islower() and any(re.search(r"\svà\s", c) for c in chunks[:-1]) \
            and not _PLACE_WORDS_RE.search(body):
        return chunks
    return split_items(body)


# a kind printed glued to its name ("xãHòa Trị"): a lost space, not a word of its own
_GLUED_KIND_RE = re.compile(r"(?<!\w)(xã|phường|thị trấn)(?=[^\W\d_])")
# a town's title abbreviated before its name ("TT Giồng Riềng", "TT Phù Mỹ"): no other capitalised "TT" stands
# alone before a name in the development passages (TTCN, TTĐT, TTg are words of their own)
_TOWN_SHORT_RE = re.compile(r"(?<![\w.])TT(?=\s+[A-ZĐÀ-Ỹ])")


def unglued(text: str) -> str:
    """``text`` with a space put back between a place's kind and a capitalised name glued to it ("xãHòa Trị"),
    and a town's abbreviated title spelt out ("TT Giồng Riềng" -> "thị trấn Giồng Riềng"), so that every
    reading of kinds sees one spelling."""
    text = _GLUED_KIND_RE.sub(lambda k: k.group(1) + (" " if text[k.end()].isupper() else ""), text)
    return _TOWN_SHORT_RE.sub("thị trấn", text)


# a count of towns printed right before the count of communes ("gồm 1 thị trấn và 10 xã:", "1 thị trấn, 10 xã:")
_TOWNS_BEFORE_RE = re.compile(r"(?<!\w)(?:\d+|một)\s+(?:thị trấn|phường)\s*(?:,|và)\s*$", re.IGNORECASE)


def count_lists(p: Passage, edits: Edits) -> None:
    """**Counted names.** A count of things followed by their names — after ":", "là", "gồm", or in
    parentheses — must match the number of names: "Toàn huyện có 16 dân tộc anh em cùng chung sống
    (Nùng, Mông, Tày, ...)" names 18 peoples, not 16. Names grouped by kind ("gồm 7 phường: ... và
    4 xã: ...", "các phường ... và các xã ...") are counted per kind when the count names the kind.
    Places named right after their noun count too ("04 xã Canh Hiệp, Canh Hòa, Canh Liên và Canh
    Thuận"). "The rest" is no name ("3 dân tộc chính là Kinh, Tày, Nùng và một số dân tộc khác": 3),
    and a list that says it is not complete ("như Kinh, Tày, Nùng, Dao...") is not counted.

    The count's words may carry figures of their own before "là" ("Còn 5 xã đạt từ 12 đến 15 tiêu chí
    là Xuân Lộc, …", "3 xã hoàn thành trong năm 2021 là …") or before names in parentheses ("5 xã đạt 10-14 tiêu
    chí (Hòa Tiến, Vụ Bổn, Krông Buk, Ea Uy, Ea Knuếc)" -> 5 ✓, round 36; every item a name, else no list: "3 xã
    đạt 19 tiêu chí (chiếm 20%)" names none), or before ", gồm" however long they run, with an abbreviation in
    parentheses among them (round 38: "Có 9 xã đặc biệt khó khăn thuộc Chương trình 135 giai đoạn II, gồm Chiềng
    Lao, …" seven names, 9 an error; "4/12 xã được công nhận đạt chuẩn nông thôn mới (NTM) nâng cao, gồm các xã
    Trường Thành, Định Môn, Trường Thắng và Đông Thuận" -> 4 ✓); names in "(gồm …)" are names when no figure
    is among them ("3 xã (gồm Bình Minh, Bình An và Bình Thạnh)"); names right after their noun end
    where the sentence goes on in lower case ("4 xã Cẩm Hà, Cẩm Lý, Cẩm Nam, Cẩm Vân đã hoàn thành …":
    4). Names after a colon are those of the count just before it ("có 7 xã …, nay chỉ còn 3 xã: Sơn
    Hà, Sơn Lộc và Sơn Tây": 3, not 7). A town listed among communes ("gồm 6 xã: …, thị trấn An Phú,
    …") is counted when the count is that of all the names, unless the count names the town apart
    ("09 xã và 01 thị trấn: Mỹ Thuận, …, Tân Bình, thị trấn Tân Quới và Thành Lợi": 9 communes; a
    town's kind goes on to no other name). A count of two kinds at once counts every name ("19 xã,
    thị trấn gồm: TT Giồng Riềng, xã Ngọc Chúc, …"). A name may end with its number or name its
    commune in parentheses ("3 thôn …: Bản Phố (xã Cao Kỳ), Bản Áng (xã Thanh Thịnh) và Bản Tết 1 (xã
    Nông Hạ)": 3), and a year may stand between the count and its names ("3 xã … năm 2022, gồm …").
    A remark in parentheses after a name is no name ("5 đơn vị hành chính là: xã …, xã Tân Phú và thị
    trấn Tân Thành (được công nhận là đô thị loại V năm 2019)": 5), and so is a source ("26/27 chỉ tiêu
    đạt và vượt kế hoạch (theo Văn hóa và Phát triển, trang Phương Nam)" names no target); a list cut inside a parenthesis
    ("thôn Tây (gồm 2 xóm) và thôn Nam") does not name everything and is not counted. Names after a
    colon that a count of another noun stands before are that count's: "14 xã, thị trấn với 60.511
    nhân khẩu thuộc 6 dân tộc: Mông, Thái, …" does not name the 14 communes; they are the 6 peoples' (a
    number after "thuộc" is a place qualifier, "thuộc 2 thôn vùng cao", unless a colon opens its names or they
    follow its noun right away, "của 02 tỉnh Kandal và Takeo").
    So with "là": "86 ấp; trong đó 16 ấp thuộc 6 xã có đông đồng bào Khmer là Kế Thành, Thới An Hội, An
    Mỹ, Trinh Phú, Đại Hải và thị trấn Kế Sách" names the 6, not the 16; and a count of communes whose
    names end with a town fitting neither reading ("7 xã … là" those six names) counts every name: 7
    against 6 is the error. Descriptions that join words with "và" inside an item before the last are
    split at commas only: "có 5 nhà máy: luyện Ferromangan, đũa gỗ tách xuất khẩu, chế biến lâm sản, chế
    biến và bảo quản nông sản, gạch nung và gạch không nung" names 5. After "là" the items must be names
    (capitalised, or after their kind: "xã Tân Phú"): "58 làng và 56 đơn vị được công nhận là làng văn hóa,
    đơn vị văn hóa" says what the 56 are, not which.
    Kinds may be printed in capitals ("trong đó 1 Thị trấn, 10 Xã, gồm: Thị trấn Tân phú, Xã Đồng Tâm, …": 10
    communes), and "và một thị trấn" sets the town apart as "và 1 thị trấn" does. A road is named by its number
    ("8 trục lộ giao thông bộ chính chạy qua là Quốc lộ 1, Quốc lộ 61, đường tỉnh 925B, …", "7 tuyến đường tỉnh
    313, 313D, 316, …"). Industrial clusters and products are counted ("tại 3 cụm công nghiệp của huyện gồm Cụm CN
    Diên Sanh, …", "6 sản phẩm chủ lực …, gồm: bò, tôm, …"), and a counted noun is a word of the count ("giao
    thông" counts no "thôn"). A date before the count ends a time phrase ("Ngày 13/1/1986, 11 xã của huyện là …"),
    a remark in parentheses after names opened by their kind is no list of its own ("02 xã Canh Hiển và Canh Vinh
    (tách từ xã Phước Thành)"), and the words before "là" may hold decimal figures ("8 xã còn lại có tỷ lệ hộ
    nghèo từ 9,67% đến 27,74% là …"). The count's words end at a comma that opens a clause of its own: "huyện
    hoàn thành 9/9 tiêu chí huyện, nông thôn Tiên Lãng đổi thay rõ rệt: kinh tế …" lists the changes, not the 9
    criteria; and a number that ends a name in the list ("7 xã: An Thạnh 1, An Thạnh 2, …, Đại Ân 1") is part of
    the name, no count of its own. A kind glued to its name is a lost space ("9 đơn vị hành chính là: xã Hòa
    An, xãHòa Trị, …" -> "xã Hòa Trị", a name). A count of towns printed right before the count of communes
    sets the towns apart too: "trong đó có 1 thị trấn, 11 xã: thị trấn Chợ Lách và các xã …" (ten names) counts
    ten communes against 11, an error, where reading the town among them would have fitted the count.
    The counted noun need not be one of the kinds above (communes, peoples, targets …): a count of any thing
    the unit table knows as no measure (not "ha", "tỷ đồng", "năm") is read when every item is a proper name
    (capitalised, a few words, after the noun's head as its kind at most) and the list ends at its sentence,
    its ";" or a comma that opens a clause in lower case: "án ngữ 2 cửa sông lớn là Định An và Trần Đề" -> 2
    ✓ (a classifier "con" before the noun is no animal: "5 con suối lớn là Nậm Mu, …, Nậm Pia chảy qua" -> 5 ✓), "2 cửa sông lớn là cửa Cống Cái Cùng và cửa Gành Hào, nhiều tiềm năng …" -> 2 ✓. A name may carry
    where it is, what it holds or a remark after it ("có 4 tổng: Hưng Long với 9 làng, An Ninh Thượng với 4
    làng, …", "Trạm Pá Khôm ở Chiêng Tương", "Chiềng Tương (còn gọi là 465)"): the name is the words before.
    One item that is no name ("một chợ tạm", a qualifier running on past "và") and the list is not read at all.
    An item may print a kind of its own before its name, one word and a kind of place at most ("02 di tích lịch
    sử cấp quốc gia là tháp Vĩnh Hưng và đền Bác Hồ" -> 2 ✓, "3 chợ đầu mối là chợ thị trấn Mỹ Phước, …"); a
    compound opened by "nhà" names a building, a thing ("2 nhà hát: Long Điền, Long Hải", though "nhà" alone
    counts houses); and names right after their kind end before a source in
    parentheses ("giáp 2 huyện Văn Yên và Yên Bình của tỉnh Yên Bái (Sở TN&MT, 2019)" -> 2 ✓). Provinces right after
    "tỉnh" are named by two capitalised words or more, or by one each when the list ends at a clause word ("của 02
    tỉnh Kandal và Takeo thuộc Vương quốc Campuchia" -> 2 ✓; "3 tỉnh Bắc và Duyên hải miền Trung" is not read).
    Names right after their kind before "là" are the names, what follows says what they are ("trong đó 2 xã
    Hòn Nghệ và Sơn Hải là xã đảo" -> 2 ✓). A kind with its own colon after "là" opens the names ("10 đơn vị hành chính là các xã: Long Sơn, …, Bình
    Thạnh Đông và thị trấn Mỹ Lương" -> 10 names), and a capitalised "Như" is a name, no "such as" ("các xã là
    Bạch Lưu, …, Như Thuỵ, …": a commune). A list of wards that ends on a commune typed as one ("gồm 7 phường: An
    Điền, …, Thới Hòa và xã Phú An") counts the untyped names as wards (7 ✓; the commune is no eighth ward). A
    parenthesis after a place's name that opens with a place of another kind ("3 xã tiếp giáp với huyện Kim Bình
    (tỉnh Vân Nam, Trung Quốc)") says where that place is and names none of the counted: not read; untyped names
    there are the counted ones' ("4 xã biên giới giáp Trung Quốc (Pà Vầy Sủ, Chí Cà, Xín Mần, Nàn Xỉn)": 4 ✓).
    A name may carry a figure of its own, every item one in the same unit ("03 dân tộc chính: dân tộc Kinh 70.812
    khẩu (85,26%), Khmer 9.854 khẩu (11,86%) và Hoa 2.294 khẩu (2,76%)" -> 3 ✓; "3 xã …, đó là xã Hậu Mỹ Trinh:
    29.600 ha, Hậu Mỹ Bắc A: 25.260 ha và Hội Cư: 24.120 ha" -> 3 ✓): not read when the count's words say some are
    listed ("20 dân tộc, trong đó: …") or pick the largest ("…, đông nhất là …"), the rest follows, an item has none, or the items' shares fall short of
    the whole ("17 dân tộc: Mông 87,75%, Tày 2,67% và Kinh 2,4%" lists the largest) (``prose_figured_items``).
    A count of every unit ("xã, thị trấn", "đơn vị hành chính") reads on past the words that open its towns'
    group: "20 xã, thị trấn, đó là các xã: …, Y Tịch và hai thị trấn: thị trấn Đồng Mỏ và thị trấn Chi Lăng" -> 20 ✓,
    "25 đơn vị hành chính, gồm các xã: …, Xuân Long, cùng thị trấn Thác Bà và thị trấn huyện lỵ Yên Bình" -> 25 ✓
    (both were cut at the towns: a false error); a town "huyện lỵ" is a name after its kind. One kind's count among
    the names of every unit, beside a unit of another kind the passage counts nowhere, is no end of the names: "8 đơn
    vị hành chính cấp xã, gồm 7 phường: An Điền, …, Thới Hòa và xã Phú An" -> 8 ✓ (and 7 ✓).
    A dot printed for a comma is no end of the names (round 37): glued between two names it parts them ("…, Minh
    Tiến, Ngọc Quan.Hợp Nhất, Phúc Lai, …" -> 21 ✓, where 20 names against 21 was a false error; "Tp.HCM" keeps its
    dot), and a sentence that ends on a listed name before one that opens with names again ("16 xã và 01 thị trấn:
    Long Định, Long Cang, Phước Vân, Long Sơn. Tân Trạch, Long Hòa, …") does not hold all of them: not counted
    (4 names against 16 was a false error). A count spelt out before a kind types the names after it as "các"
    does (round 38): "gồm 9 phường và 2 xã: các phường Vàng Danh, …, Phương Nam và hai xã Thượng Yên Công, Điền
    Công" -> 9 ✓ (11 names against 9 was a false error), as "và hai thị trấn: …" closes a list of every unit.
    """
    for m in p.mentions:
        if not m.is_value or m.value is None or m.value != int(m.value) or m.cell.value.kind not in ("number", "fraction"):
            continue
        if m.value < 2 or m.value > 60:
            continue
        after = unglued(p.after(m, limit=600))
        if _names_over_dot(p, m, after):
            continue  # "16 xã …: Long Định, Long Cang, Phước Vân, Long Sơn. Tân Trạch, Long Hòa, …": not all named here
        if m.cell.value.kind == "fraction":
            after = re.sub(r"^\s*/\s*\d+", "", p.lines[m.line].text[m.end : p.sentence_bounds(m)[1]])
        roads = _road_codes(after)
        if roads is not None:
            edits.set_cell(m.ref, relation="count_list", items=tuple(roads))
            edits.note(m.row.index, f"{p.text(m)} roads: {len(roads)} named by their numbers")
            continue
        opened = _OPEN_RE.match(after)
        if opened is not None and any(ch.isdigit() for ch in _YEAR_RE.sub("", opened.group("noun"))):
            opened = None
        if opened is not None and opened.group("paren") and _REMARK_RE.match(after, opened.start("paren")):
            opened = None  # "02 xã Canh Hiển và Canh Vinh (tách từ xã Phước Thành)": a remark, the names are before it
        if opened is not None and opened.group("paren") and _ABBREVIATION_PAREN_RE.match(after, opened.start("paren")):
            opened = None  # "4/12 xã … nông thôn mới (NTM) nâng cao, gồm các xã …": an abbreviation, the names come later
        if opened is not None and opened.group("paren") and _DIRECT_RE.match(after) \
                and re.search(r",|\svà\s", opened.group("noun")):
            opened = None  # "giáp 2 huyện Văn Yên và Yên Bình của tỉnh Yên Bái (Sở TN&MT, 2019)": names before a source
        if opened is not None and opened.group("colon") and _DIRECT_RE.match(after) \
                and re.search(r",|\svà\s", opened.group("noun")) and re.match(r"\s*\d", after[opened.end():]):
            # "tại 02 xã Huyền Hội và Tân Bình, diện tích: 69,72ha": the names before a clause whose colon labels
            # a figure (cang-long-tra-vinh_3 prints "diện tích 69,72ha"), no names after it
            opened = None
        if opened is not None and opened.group("paren") and _NAME_BEFORE_PAREN_RE.search(opened.group("noun")) \
                and (where := _WHERE_KIND_RE.match(after, opened.end())) is not None \
                and not fold_words(opened.group("noun")).startswith(fold_words(where.group(1))):
            continue  # "3 xã tiếp giáp với huyện Kim Bình (tỉnh Vân Nam, Trung Quốc)": where Kim Bình is, no names
        if opened is not None and opened.group("word") == "là" and _DIRECT_RE.match(after) \
                and re.search(r",|\svà\s", opened.group("noun")):
            opened = None  # "2 xã Hòn Nghệ và Sơn Hải là xã đảo": the names before "là", what they are after it
        # names in parentheses after a qualifier are read only where the qualifier's own figure kept _OPEN_RE from
        # reading them: "giáp 2 huyện Văn Yên và Yên Bình của tỉnh Yên Bái (Sở TN&MT, 2019)" ends on a source
        qualified = opened is None and _OPEN_RE.match(after) is None
        if opened is None:
            opened = _qualified_is(after, paren=qualified)
        # names read past a long qualifier or the count's own figures to "…, gồm" are names only
        past_qualifier = opened is not None and opened.re is _QUALIFIED_GOM_RE
        direct = _DIRECT_RE.match(after) if opened is None else None
        if direct is not None:
            # "04 xã Canh Hiệp, Canh Hòa, Canh Liên và Canh Thuận": the names right after the noun
            body = after[direct.end() :]
            stop = re.search(r"[;.(]|,\s*(?:với|trong đó|gồm|thuộc|được|là)\b|\s\d", body)
            body = body[: stop.start()] if stop is not None else body
            listed = split_items(body)
            items = _names_run(listed)
            if direct.group(1) == "tỉnh" and not _province_names(items, listed):
                continue
            if len(items) >= 2 and all(x[:1].isupper() and len(x.split()) <= 4 for x in items):
                edits.set_cell(m.ref, relation="count_list", items=tuple(items))
                edits.note(m.row.index, f"{p.text(m)} {direct.group(1)}: {len(items)} names listed")
            continue
        if opened is None:
            typed = _typed_names(after)
            if typed is not None:
                noun, items = typed
                # "7 xã và 1 thị trấn: …": the count says the town is not among the 7
                # (or "13 xã và một thị trấn: …", the one town in words)
                apart = re.search(r"(?:\d+|một)\s+(?:thị trấn|phường)\b", after[: after.find(":")], re.IGNORECASE) is not None
                items = kept_of_kind(items, noun) if apart else _of_kind(items, noun, m.value)
                if len(items) >= 2:
                    edits.set_cell(m.ref, relation="count_list", items=tuple(items))
                    edits.note(m.row.index, f"{p.text(m)} {noun}: {len(items)} names listed")
            continue
        noun = fold_words(opened.group("noun"))
        if _clause_after_comma(opened.group("noun")):
            continue
        # a noun off the list of counted ones counts things the unit table knows as no measure ("2 cửa sông
        # lớn là Định An và Trần Đề"); its names are then held to proper names only (``_thing_names``)
        thing = COUNTED_RE.search(noun) is None
        if thing and not _a_thing(opened.group("noun")):
            continue
        body = after[opened.end() :]
        if opened.group("paren"):
            close = body.find(")")
            if close < 0:
                continue
            body = body[:close]
            if re.match(r"\s*(?:theo|nguồn)\b", body, re.IGNORECASE):
                continue  # "26/27 chỉ tiêu đạt (theo Văn hóa và Phát triển, trang Phương Nam)": a source, no names
            opener = re.match(r"\s*(?:gồm|trong đó)\b", body)
            if opener is not None:
                if any(ch.isdigit() for ch in body):
                    continue  # "(gồm 4 phường và 4 xã)": parts, not names
                body = body[opener.end() :]  # "4 xã (gồm Tiên Hà, Tiên Mỹ, Tiên An và Tiên Lộc)": names
        else:
            # "10 đơn vị hành chính là các xã: Long Sơn, …, Bình Thạnh Đông và thị trấn Mỹ Lương": the kind before
            # its own colon opens the names, no item
            body = _KIND_COLON_RE.sub("", body, count=1)
            if _every_unit(noun):
                # "20 xã, thị trấn, đó là các xã: A, …, Y Tịch và hai thị trấn: thị trấn Đồng Mỏ và thị trấn Chi
                # Lăng": the towns close the list of every unit, no clause after it
                body = towns_joined(body)
                body = _one_unit_uncounted(body, " ".join(line.text for line in p.lines))
            # "… và thị trấn Phú Hòa (được công nhận là đô thị loại V năm 2016)": a remark on a name, no name
            body = _REMARK_RE.sub("", body)
            if thing:
                body = _unqualified(body)
            else:
                # "03 dân tộc chính: dân tộc Kinh 70.812 khẩu (85,26%), Khmer …": each name's own figure, no end of the names
                body = figured_names(body, opened.group("noun")) or body
            body = masked_names(comma_for_glued_dot(body))
            stop = re.search(r"[;.]\s|[;.]$|\s\d|,\s*(?:với|trong đó)\b", body)
            if thing:
                stop = _things_end(body, opened.group("noun"), stop)
            if stop is not None and _NUMBERED_NAME_RE.match(body, stop.start()):
                continue  # "… là Quốc lộ 14, …, tỉnh lộ 721, đường ĐH 91 và đường ĐH 93": cut inside a name, the names are not all there
            if stop is not None:
                body = body[: stop.start()]
                if body.count("(") > body.count(")"):
                    continue  # "thôn Tây (gồm 2 xóm) và thôn Nam": cut inside a parenthesis, the names are not all there
            body = NAME_PLACE_RE.sub("", body)  # "Bản Phố (xã Cao Kỳ), Bản Áng (xã Thanh Thịnh)": names
        if any(ch.isdigit() for ch in body) or OPEN_ENDED_RE.search(body):
            continue  # "Kinh, Tày, Nùng ...": the names are not all there
        if thing:
            items = _thing_names([unmasked(x) for x in split_items(body)], opened.group("noun"))
        else:
            items = _proper_run([unmasked(x) for x in _listed(body) if not REST_RE.search(fold(x))])
        if len(items) < 2 or any(len(x.split()) > _MAX_ITEM_WORDS for x in items):
            continue
        if (opened.group("word") == "là" or (qualified and opened.group("paren")) or past_qualifier) and not thing \
                and not all(a_name(x) for x in items):
            continue  # "56 đơn vị được công nhận là làng văn hóa, đơn vị văn hóa": what they are, not their names
        one_apart = re.search(r"\bvà\s+một\s+(?:thị trấn|phường)\b", opened.group("noun"), re.IGNORECASE)
        if one_apart is not None:
            # "13 xã và một thị trấn: …": the town is not among the 13
            items = kept_of_kind(items, fold_words(opened.group("noun")[: one_apart.start()]))
        elif _TOWNS_BEFORE_RE.search(unglued(p.before(m, limit=40))) and _KIND_NOUN_RE.match(opened.group("noun")):
            # "trong đó có 1 thị trấn, 10 xã: thị trấn A và các xã …": the towns are counted apart, before
            items = kept_of_kind(items, noun)
        else:
            items = _of_kind(items, noun, m.value)
        if len(items) < 2:
            continue
        edits.set_cell(m.ref, relation="count_list", items=tuple(items))
        edits.note(m.row.index, f"{p.text(m)} {opened.group('noun').strip()}: {len(items)} names listed")


# the count's words end with a place's proper name ("… giáp với huyện Kim Bình") and the parenthesis after it opens
# with a place of another kind than the counted one ("(tỉnh Vân Nam, Trung Quốc)"): it says where that place is, it
# does not name the counted things ("4 xã biên giới giáp Trung Quốc (Pà Vầy Sủ, …)" and "3 tổng của huyện Vĩnh
# Lại (Thượng Am, …)" do name them)
_NAME_BEFORE_PAREN_RE = re.compile(r"\s[^\W\d_]+\s+[A-ZĐÂĂÊÔƠƯ][^\W\d_]*\s*$")
_WHERE_KIND_RE = re.compile(r"\s*(tỉnh|huyện|thành phố|quận|thị xã|xã|phường|thị trấn|nước)\s+[A-ZĐ]", re.IGNORECASE)
_KIND_COLON_RE = re.compile(r"^\s*các\s+(?:xã|phường)\s*:\s*")


# a count of every unit of a district: two kinds named together ("xã, thị trấn", "xã và thị trấn") or none
# ("đơn vị hành chính")
_EVERY_UNIT_RE = re.compile(r"(?<![a-z])(?:don vi hanh chinh|(?:xa|phuong)\W+(?:va\s+)?thi tran)(?![a-z])")
# the towns after the communes, opened by "cùng" or by their own count and a colon: ", cùng thị trấn Thác Bà
# và …", "và hai thị trấn: thị trấn Đồng Mỏ và …", "và 2 thị trấn: …" (that count reads its own names too)
_TOWNS_JOINED_RE = re.compile(
    r"(?:(?<=,)\s*cùng(?:\s+với)?|(?<=\s)và\s+(?:hai|ba|một|\d{1,2})\s+(?:thị trấn|phường)\s*:)\s+"
    r"(?=(?:(?:thị trấn|phường)\s+(?:huyện lỵ\s+)?)?[A-ZĐÀ-Ỹ])")


# a kind's count right before its names, inside a list of every unit: "7 phường: An Điền", "11 xã Xuân Thới Thượng"
_KIND_COUNT_RE = re.compile(r"(?<![\w.,])\d{1,2}\s+(phường|xã|thị trấn)\s*:?\s*(?=[A-ZĐÀ-Ỹ])")
_TYPED_NAME_RE = re.compile(r"(?<!\w)(phường|xã|thị trấn)\s+(?=[A-ZĐÀ-Ỹ])")


def _one_unit_uncounted(body: str, passage: str) -> str:
    """The names of a count of every unit when one kind's count stands before its names and a unit of
    another kind is named with no count anywhere in the passage: "8 đơn vị hành chính cấp xã, gồm 7 phường: An
    Điền, …, Thới Hòa và xã Phú An" -> "An Điền, …, Thới Hòa và xã Phú An", eight names for the 8 (the 7 read on
    their own). Every kind counted ("gồm 10 phường: …; và 9 xã: …", or "chia thành 1 thị trấn, 10 xã" earlier in
    the passage) makes the units a sum of counts, not read as names here."""
    counts = list(_KIND_COUNT_RE.finditer(body))
    if len(counts) != 1:
        return body
    kind = counts[0].group(1)
    rest = body[: counts[0].start()] + body[counts[0].end() :]
    stop = re.search(r"[;.]\s|[;.]$|\s\d", rest)
    named = rest[: stop.start()] if stop is not None else rest
    others = {t.group(1) for t in _TYPED_NAME_RE.finditer(named)} - {kind}
    if not others or any(re.search(rf"(?:\d|một)\s+{k}(?!\w)", passage, re.IGNORECASE) for k in others):
        return body
    return rest


def _every_unit(noun: str) -> bool:
    """``noun`` (folded) counts every unit of a district, towns and communes together."""
    return _EVERY_UNIT_RE.search(noun) is not None


def towns_joined(body: str) -> str:
    """The names of a count of every unit with the words that open its towns' group taken out, so the list
    reads on to its end: "A, …, Y Tịch và hai thị trấn: thị trấn Đồng Mỏ và thị trấn Chi Lăng" -> "A, …, Y Tịch
    và thị trấn Đồng Mỏ và thị trấn Chi Lăng"; "…, Xuân Long, cùng thị trấn Thác Bà và thị trấn huyện lỵ Yên
    Bình" -> "…, Xuân Long, thị trấn Thác Bà và …"."""
    return _TOWNS_JOINED_RE.sub(lambda m: "và " if m.group(0).lstrip().startswith("và") else " ", body)


# what may follow a comma inside a count's words and still name the counted things ("19 xã, thị trấn gồm:",
# "17 xã, được kể là", "3 xã …, gồm:")
_SAME_COUNT_AFTER_COMMA_RE = re.compile(
    r"\s*(?:thị trấn|phường|xã|được|gồm|bao gồm|cụ thể|đó là|là|trong đó|tương ứng)\b", re.IGNORECASE)


def _clause_after_comma(noun: str) -> bool:
    """The words between a count and its colon go on past a comma into a clause of their own: "hoàn thành 9/9
    tiêu chí huyện, nông thôn Tiên Lãng đổi thay rõ rệt: kinh tế …" lists the changes, not the 9 criteria. A
    comma before "còn" opens one however short ("có 11 xã và 2 thị trấn, còn các xã gồm A, B, …": the names
    are the communes', not the 2 towns')."""
    _head, comma, tail = noun.rstrip(" ,").rpartition(",")
    if comma and re.match(r"\s*còn\b", tail):
        return True
    return bool(comma) and len(tail.split()) >= 4 and _SAME_COUNT_AFTER_COMMA_RE.match(tail) is None


# A road is named by its number, with or without its kind: "Quốc lộ 1", "đường tỉnh 925B", "ĐT 741", "313D".
_ROAD_KIND = r"(?:[Qq]uốc lộ|QL|[Tt]ỉnh lộ|TL|[Đđ]ường tỉnh(?:\s+lộ)?|ĐT|[Đđ]ường huyện|ĐH)"
_ROAD_ITEM = rf"(?:{_ROAD_KIND}\s*)?\d{{1,4}}[A-Z]?(?![\w.,/]\d)(?!\w)"
# the count's noun names roads ("8 trục lộ giao thông chính chạy qua là", "7 tuyến đường tỉnh", "04 tuyến
# đường tỉnh lộ là"), then their numbers, one list: "A, B và C"
_ROADS_RE = re.compile(
    rf"^\s*(?P<noun>(?:tuyến|trục|con)\b[^\d:;.()]{{0,50}}?(?:\blộ|\bđường|\btỉnh)\b[^\d:;.()]{{0,40}}?)\s*"
    rf"(?:\b(?:là|gồm|gồm có)\b\s*:?|:)?\s*(?P<items>{_ROAD_ITEM}(?:\s*(?:,|\bvà\b)\s*{_ROAD_ITEM})+)")


# the list goes on past the roads read: another item of a road's words, a name or a number
_MORE_ROADS_RE = re.compile(r"\s*(?:,|và)\s*(?:đường|tuyến|[A-ZĐ]|\d)")


def _road_codes(after: str) -> list[str] | None:
    """**Roads named by their numbers.** "có 8 trục lộ giao thông bộ chính chạy qua là Quốc lộ 1, Quốc lộ 61,
    đường tỉnh 925B, …", "7 tuyến đường tỉnh 313, 313D, 316, 316C, 316D, 317 và 317B chạy qua": a road's number
    is its name, so the figures of the list are names, not figures that cut it."""
    found = _ROADS_RE.match(after)
    if found is None:
        return None
    if _MORE_ROADS_RE.match(after, found.end("items")):
        return None  # "…, tỉnh lộ 721, đường ĐH 91 và đường ĐH 93": read short, the names are not all there
    items = [x.strip() for x in re.split(r"\s*,\s*|\s+và\s+", found.group("items")) if x.strip()]
    return items if len(items) >= 2 else None


# Dimensions of a unit that measures rather than counts: "2 ha là …" is no count of named things.
_THING_DIMENSIONS = frozenset({"other"})
_MAX_THING_NOUN_WORDS = 8
_MAX_THING_NAME_WORDS = 5
# words that make an item a clause, not a name: "Cửa Khẩu Trà Lĩnh ở thị trấn Trà Lĩnh", "Yên Bình của tỉnh …"
_CLAUSE_WORD_RE = re.compile(r"(?<!\w)(?:ở|của|với|là|được|có|đã|đang|thuộc|tại|cho|từ|đến|gồm|trong|các|những|một|nhiều|"
                             r"khác|còn)(?!\w)")


def _a_thing(noun: str) -> bool:
    """The words between a count and its names count things: a short noun phrase in lower case, on one clause,
    that the unit table knows as no measure ("cửa sông lớn", "hòn cù lao nhỏ gộp lại", "thị tứ"; not "ha",
    "tỷ đồng", "năm", and not "km bờ biển với …", whose head is a length); "nhà" opening a compound names a
    building, a thing ("nhà hát", "nhà văn hóa"), though "nhà" alone counts houses; "con" before a noun is its
    classifier ("con suối lớn")."""
    words = noun.split()
    if not words or len(words) > _MAX_THING_NOUN_WORDS or not words[0][:1].islower() or "," in noun:
        return False
    head = unit_of(words[0])
    whole = unit_of(noun.strip())
    if words[0] == "nhà" and len(words) > 1:
        head = None  # "2 nhà hát: Long Điền, Long Hải": "nhà" alone counts houses, "nhà hát", "nhà văn hóa" are buildings
    if words[0] == "con" and len(words) > 1:
        # "5 con suối lớn là Nậm Mu, …" (muong-la-son-la_1), "2 con sông Năng và Chợ Lùng" (ba-be-bac-kan_2): "con" before
        # a noun is its classifier, the noun counts; alone it counts animals
        head, whole = unit_of(words[1]), unit_of(" ".join(words[1:]).strip())
    return (head is None or head.dimension in _THING_DIMENSIONS) and (whole is None or whole.dimension in _THING_DIMENSIONS)


def _noun_head(noun: str) -> str:
    """The first word of a counted noun, past the classifier "con": the head of "con sông" is "sông", the
    word the names repeat as their kind ("3 con sông là sông Cầu, sông Thương và sông Lục Nam",
    yen-dung-bac-giang_1), as the head of "cửa sông lớn" is "cửa" ("cửa Gành Hào")."""
    words = noun.split()
    if len(words) > 1 and words[0] == "con":
        return words[1]
    return words[0] if words else ""


def _things_end(body: str, noun: str, stop: re.Match[str] | None) -> re.Match[str] | None:
    """Names of things end at the sentence's end, at ";" or where a comma opens a clause in lower case:
    "2 cửa sông lớn là cửa Cống Cái Cùng và cửa Gành Hào, nhiều tiềm năng về du lịch …" names 2 (a word
    of the noun's head before a name, "cửa Gành Hào", is the name's kind, no clause)."""
    head = _noun_head(noun)
    for comma in re.finditer(r",\s*(?P<word>[^\W\d_]+)", body):
        if stop is not None and comma.start() >= stop.start():
            break
        word = comma.group("word")
        if word[:1].islower() and word != head:
            return comma
    return stop


# what a thing's name may carry after it: where it is, what it holds, a remark ("Trạm Pá Khôm ở Chiêng Tương",
# "Hưng Long với 9 làng", "Chiềng Tương (còn gọi là 465)"), up to the next "," "và" ";" or the sentence's end
_QUALIFIER_RE = re.compile(r"\s+(?:ở|tại|thuộc|với)\s[^,;.()]*?(?=\s*(?:,|\svà\s|;|\.\s|\.$|$))|\s*\([^()]*\)")


def _unqualified(body: str) -> str:
    """The names of things without what each carries after it: "có 4 tổng: Hưng Long với 9 làng, An Ninh
    Thượng với 4 làng, …" -> "Hưng Long, An Ninh Thượng, …"; "2 đồn biên phòng là Chiềng Tương (còn gọi là
    465) và Chiềng On (còn gọi là 461)" -> "Chiềng Tương và Chiềng On". The names are still held to proper
    names (``_thing_names``): a qualifier that runs on past "và" leaves an item that is none."""
    return _QUALIFIER_RE.sub("", body)


def _thing_names(items: list[str], noun: str) -> list[str]:
    """The items of a count of things when every one is a proper name, else none: each opens with a capital
    (after the noun's head as its kind, "chợ Bắc Đông" for "3 chợ đầu mối", or after a kind of its own, one word
    and a kind of place at most: "02 di tích … là tháp Vĩnh Hưng và đền Bác Hồ", "chợ thị trấn Mỹ Phước"), has at most a few words and no
    word that makes it a clause. One item that is no name and the list is not read: a count that may not be
    of these names is no error to report."""
    head = _noun_head(noun)
    out: list[str] = []
    for item in items:
        headed = bool(head) and item.startswith(head + " ")
        name = item[len(head) :].lstrip() if headed else item
        # "chợ thị trấn Mỹ Phước" after the head "chợ", "tháp Vĩnh Hưng" for "di tích": the item's own kind, then
        # its name; a kind of place alone is no thing's kind ("xã Chí Viễn" among border gates is a clause's end)
        kind = (_PLACE_KIND_RE if headed else _ITEM_KIND_RE).match(name)
        if name[:1].islower() and kind is not None and not _CLAUSE_WORD_RE.match(name) and name[kind.end() :][:1].isupper():
            name = name[kind.end() :]
        if not name[:1].isupper() or len(name.split()) > _MAX_THING_NAME_WORDS or _CLAUSE_WORD_RE.search(name) \
                or OPEN_ENDED_RE.search(name) or REST_RE.search(fold(name)):
            return []
        out.append(item)
    return out


# an item's own kind before its name: one word in lower case that is no kind of place, then a kind of place at
# most ("tháp Vĩnh Hưng", "chợ xã Tân An"); after the noun's head, a kind of place ("chợ thị trấn Mỹ Phước");
# what follows must open with a capital (``_thing_names``)
_PLACE_KIND = r"(?:xã|phường|thị trấn|huyện|thôn|bản)\s+"
_PLACE_KIND_RE = re.compile(_PLACE_KIND)
_ITEM_KIND_RE = re.compile(rf"(?!{_PLACE_KIND})[^\W\d_]+\s+(?:{_PLACE_KIND})?")


_SEAT_RE = re.compile(r"\s+huyện lỵ(?=\s)")


def a_name(item: str) -> bool:
    """A proper name, or one after its kind ("Tân Phú", "xã Tân Phú"); "làng văn hóa" is a description."""
    kind = _KIND_ITEM_RE.match(item)
    if kind is not None:
        # "thị trấn huyện lỵ Mậu A": the town that seats the district, named after what it is
        kind = _SEAT_RE.match(item, kind.end()) or kind
    if kind is not None and kind.end() == len(item):
        return item[:1].isupper()  # "Thị trấn, Bắc Quỳnh, …": the district's one town, named by its kind
    return item[kind.end():].lstrip()[:1].isupper() if kind is not None else item[:1].isupper()


# a dot printed for a comma between two names, glued to both ("…, Ngọc Quan.Hợp Nhất, Phúc Lai", doan-hung-phu-tho_1):
# a capitalised word of three letters or more before it and a capitalised word in lower case after it, so that
# "Tp.HCM" and "TP.Hồ Chí Minh", one name each, keep their dot
_GLUED_DOT_RE = re.compile(r"(?<![^\W\d_])([^\W\d_a-zđà-ỹ][^\W\d_A-ZĐ]{2,})\.(?=[^\W\d_a-zđà-ỹ][^\W\d_A-ZĐ])")
# after a sentence's dot, names again ("…, Long Sơn. Tân Trạch, Long Hòa, …", can-duoc-long-an_2): two
# capitalised names of four words at most, the first followed by a comma
_NAME_WORD = r"[^\W\d_a-zđà-ỹ][^\W\d_]*"
_NAMES_GO_ON_RE = re.compile(rf"[.\s]*{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}},\s*{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}}\s*(?:,|\svà\s)")


def _names_over_dot(p: Passage, m: Mention, after: str) -> bool:
    """The sentence after ``m`` ends on a name after a comma, and the next one opens with names again: a dot
    printed for a comma cuts the list, whose names are not all in ``m``'s sentence."""
    if not re.search(rf",\s*{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}}\s*\.?\s*$", after):
        return False
    end = p.sentence_bounds(m)[1]
    if m.end + len(after) < end:
        return False  # the words were cut at the reader's limit, not at the sentence's end
    return _NAMES_GO_ON_RE.match(p.lines[m.line].text, end) is not None


def comma_for_glued_dot(body: str) -> str:
    """ "Ngọc Quan.Hợp Nhất" in a list of names -> "Ngọc Quan, Hợp Nhất": two names."""
    return _GLUED_DOT_RE.sub(r"\1, ", body)


def masked_names(body: str) -> str:
    """ "Bản Tết 1, Phường 2": the number that ends a name is part of it, no figure."""
    return _NAME_NUMBER_RE.sub(lambda m: m.group(1) + "".join(chr(_SHIFT + int(d)) for d in m.group(2)), body)


def unmasked(name: str) -> str:
    return "".join(str(ord(ch) - _SHIFT) if _SHIFT <= ord(ch) < _SHIFT + 10 else ch for ch in name)


# the groups of _OPEN_RE, "colon" never matching
# (a comma inside a figure, "từ 9,67% đến 27,74%", or before the other kind, "10 xã, thị trấn có …", ends no clause);
# the names after "là" or in parentheses ("5 xã đạt 19 tiêu chí (Ea Kly, Hòa Đông, …)", krong-pac-dak-lak_2, as
# nghia-dan-nghe-an_3 prints "6 xã đạt 10 – 17 tiêu chí là …")
# (the names may open with their kind and its colon: "9 xã thuộc diện xã đặc biệt khó khăn nằm trong Chương trình 135
# giai đoạn II là các xã: Cô Ngân, …", ha-lang-cao-bang_1, the qualifier muong-la-son-la_1 prints before ", gồm")
_KIND_OPENS = r"(?:các\s+(?:xã|phường)\s*:?\s*)?"
_QUALIFIED_IS_RE = re.compile(r"^(?P<noun>(?:[^:;(),]|(?<=\d),(?=\d)|,(?=\s*thị trấn\b)){1,80}?)"
                              r"(?:\s+(?P<word>là)\s+(?=" + _KIND_OPENS + r"[A-ZĐÀ-Ỹ])|\s*(?P<paren>\()\s*(?=[A-ZĐÀ-Ỹ]))"
                              r"(?P<colon>(?!))?")
# the same groups: names after a comma and "gồm" (round 38), the count's words running long, carrying figures of their
# own or an abbreviation in parentheses: "9 xã đặc biệt khó khăn thuộc Chương trình 135 giai đoạn II, gồm Chiềng Lao,
# …" (muong-la-son-la_1), "11/16 xã đã hoàn thành quy hoạch chung xây dựng nông thôn mới được UBND huyện phê duyệt,
# gồm Khánh Khê, …" (van-quan-lang-son_2), "4/12 xã được công nhận đạt chuẩn nông thôn mới (NTM) nâng cao, gồm các xã
# Trường Thành, …" (thoi-lai-can-tho_3)
_QUALIFIED_GOM_RE = re.compile(
    r"^(?P<noun>(?:[^:;(),]|(?<=\d),(?=\d)|\([A-ZĐ]{2,6}\)){1,140}?)\s*,\s*(?P<word>(?:bao\s+)?gồm(?:\s+có)?)\s*:?\s+"
    r"(?=" + _KIND_OPENS + r"[A-ZĐÀ-Ỹ])(?P<paren>(?!))?(?P<colon>(?!))?")
# an abbreviation in parentheses among the count's words, no list of names: "nông thôn mới (NTM) nâng cao"
_ABBREVIATION_PAREN_RE = re.compile(r"\(\s*[A-ZĐ]{2,6}\s*\)")


# another count of a counted noun between a count and its "là" ("16 ấp thuộc 6 xã … là"): the later one names
_LATER_COUNT_RE = re.compile(r"(?<![\d.,])\d{1,3}\s+(?:" + "|".join(_COUNTED) + r")(?![a-z])")


def _qualified_is(after: str, *, paren: bool = False) -> re.Match[str] | None:
    """ "6 xã đạt 10 – 17 tiêu chí là Nghĩa An, …", "4 xã về đích trong năm 2017 là Phú Yên, …": the
    count's words carry figures of their own before "là" and the names, or before the names in parentheses
    ("5 xã đạt 10-14 tiêu chí (Hòa Tiến, Vụ Bổn, Krông Buk, Ea Uy, Ea Knuếc)"); a figure counting the same
    noun again ("9 xã nghèo …, còn 4 xã là …") takes the names from it."""
    found = _QUALIFIED_IS_RE.match(after)
    if found is not None and found.group("paren") and not (paren and re.search(r"\d", found.group("noun"))):
        found = None
    if found is None:
        found = _QUALIFIED_GOM_RE.match(after)
    if found is None:
        return None
    noun = found.group("noun").strip()
    head = noun.split()[0] if noun.split() else ""
    if not head or re.search(rf"\d\s*{re.escape(head)}\b", noun, re.IGNORECASE):
        return None
    if _LATER_COUNT_RE.search(fold(noun)):
        return None  # "16 ấp thuộc 6 xã có đông đồng bào Khmer là A, …": the names are the 6 communes'
    return found


def _names_run(items: list[str]) -> list[str]:
    """Names printed right after their noun end where the sentence goes on in lower case: "3 xã Tiên
    Châu, Tiên Cẩm, Tiên Thọ đã hoàn thành …" names 3 ("Tiên Thọ", not "Tiên Thọ đã hoàn thành")."""
    out: list[str] = []
    for item in items:
        words = item.split()
        name: list[str] = []
        for w in words:
            if not w[:1].isupper():
                break
            name.append(w)
        if not name:
            break
        out.append(" ".join(name))
        if len(name) < len(words):
            break
    return out


def _proper_run(items: list[str]) -> list[str]:
    """Names that open with capitals end at the first item in lower case that names no kind of place:
    "Hà Tam, An Thành, ..., Ya Hội và thành lập thêm xã Đak Pơ" lists 7 names, the rest is a clause."""
    if not items or not items[0][:1].isupper():
        return items
    for k, x in enumerate(items):
        if x[:1].islower() and not _KIND_ITEM_RE.match(x):
            return items[:k]
    return items


_KIND_ITEM_RE = re.compile(r"^(?:các\s+)?(?:phường|xã|thị trấn|huyện|thôn|bản|làng|buôn|dân tộc|tổ dân phố|khu phố)\b",
                           re.IGNORECASE)
_MAX_ITEM_WORDS = 12
# a count of places followed directly by their names ("04 xã Canh Hiệp, Canh Hòa ...")
_DIRECT_RE = re.compile(r"^\s*(xã|phường|thị trấn|thôn|bản|làng|buôn|huyện|tỉnh|cụm công nghiệp|cụm CN)\s+(?=[A-ZĐÀ-Ỹ])")
# a province's name is two words or more, each capitalised: "4 tỉnh Nam Định, Đồng Nai, Hưng Yên và Hà Nam";
# "5 tỉnh Bắc Trung Bộ và Duyên hải miền Trung" names regions, whose names go on in lower case
_REGION_RE = re.compile(r"(?<![a-z])(?:tay nguyen|tay bac|dong bac|trung bo|nam bo|bac bo|duyen hai|dong bang|mien )")
_PROVINCE_NAME_RE = re.compile(r"^(?:[A-ZĐÀ-Ỹ][^\s]*\s+)+[A-ZĐÀ-Ỹ][^\s]*$")


def _province_names(names: list[str], listed: list[str]) -> bool:
    """The names after "N tỉnh" are provinces': two capitalised words or more each ("4 tỉnh Nam Định, Đồng Nai,
    …"), or one word each when no name is cut inside its item but by a clause word ("02 tỉnh Kandal và Takeo
    thuộc Vương quốc Campuchia"): a one-word name that a word in lower case goes on may be a region's in sentence
    case ("Duyên hải miền Trung"). Never a region, nor an acronym."""
    if any(_REGION_RE.search(fold(x)) or (" " not in x and len(x) > 1 and x.isupper()) for x in names):
        return False
    if all(_PROVINCE_NAME_RE.match(x) for x in names):
        return True
    for name, item in zip(names, listed, strict=False):
        going_on = item[len(name) :].split()
        if going_on and _CLAUSE_WORD_RE.fullmatch(going_on[0]) is None:
            return False
    return True
# "... và một số dân tộc khác", "các dân tộc khác": the rest, not a name the count counts
REST_RE = re.compile(r"(?<![a-z])(?:mot so|cac .{0,30}khac|khac|con lai|nhieu)(?![a-z])")
# "A, B, C ...", "v.v.", "như A, B": a list that does not name everything ("như" in lower case: "Như Thụy",
# "Như Quỳnh" are communes' names)
OPEN_ENDED_RE = re.compile(r"\.\.\.|…|\b(?i:v\.v|vv)\b|\bnhư\s")
# a figure between a count and the colon of its names ("… thuộc 6 dân tộc:") counts something else,
# except the other kind of unit counted apart ("18 xã và 1 thị trấn:")
_OTHER_COUNT_RE = re.compile(r"\d")
_KIND_APART_RE = re.compile(r"(?:\bvà|,)\s*\d{1,3}\s+(?:thị trấn|phường|xã)\b", re.IGNORECASE)
_KIND_NOUN_RE = re.compile(r"^\s*(phường|xã|thị trấn|huyện|thôn|bản)\b", re.IGNORECASE)


def _typed_names(after: str) -> tuple[str, list[str]] | None:
    """Names listed later in the sentence by kind, for a count of one kind: "4 phường và 4 xã): các
    phường A, B ... và các xã C, D" or "18 xã và 1 thị trấn: A, B, ..., R và thị trấn S"."""
    kind = _KIND_NOUN_RE.match(after)
    if kind is None:
        return None
    colon = after.find(":", kind.end())
    if colon < 0 or colon > 80:
        return None
    if re.search(rf"\d\s*{re.escape(kind.group(1))}\b", after[kind.end() : colon], re.IGNORECASE):
        return None  # "9 xã nghèo …, đến nay còn 4 xã: A, B, C và D": the names are the later count's
    if _OTHER_COUNT_RE.search(_KIND_APART_RE.sub("", _YEAR_RE.sub("", after[kind.end() : colon]))):
        return None  # "14 xã, thị trấn với 60.511 nhân khẩu thuộc 6 dân tộc: Mông, …": the names are the 6's
    body = comma_for_glued_dot(after[colon + 1 :])
    stop = re.search(r"[;.]\s|[;.]$", body)
    if stop is not None:
        body = body[: stop.start()]
    if any(ch.isdigit() for ch in body) or OPEN_ENDED_RE.search(body):
        return None
    items = [x for x in split_items(body) if not REST_RE.search(fold(x))]
    if len(items) < 2 or any(len(x.split()) > _MAX_ITEM_WORDS for x in items):
        return None
    return fold_words(kind.group(1)), items


def _of_kind(items: list[str], noun: str, count: object = None) -> list[str]:
    """Keep the items of the counted kind when the list names kinds ("các phường A, B và các xã C").
    When the count is that of every name listed, every name is counted: "gồm 13 xã: A, …, E, thị
    trấn F, G, …" counts the town among its 13 (two readings, and the names fit one of them)."""
    kept = kept_of_kind(items, noun)
    if len(kept) != count and len(items) == count:
        return items
    if len(kept) != count and _towns_only(items, kept):
        return items  # "7 xã … là A, B, C, D, E và thị trấn F" fits neither reading: the count claims every name
    return kept


def _towns_only(items: list[str], kept: list[str]) -> bool:
    """The names left out of ``kept`` are towns ("thị trấn Kế Sách") among names no kind is printed
    for: the one kind a count of communes may or may not include."""
    left = [x for x in items if x not in kept]
    return bool(left) and all(re.match(r"(?:thị trấn|TT)\b", x) for x in left) \
        and not any(_TYPE_RE.match(x) for x in kept)  # not "thị trấn A, các xã B, C": typed apart


def kept_of_kind(items: list[str], noun: str) -> list[str]:
    """The items of the kind the count names. A kind printed before an item goes on to the items after
    it ("xã Ngọc Chúc, Ngọc Thành, …"), except a town's: a district has one or two, so "…, Tân Bình,
    thị trấn Tân Quới và Thành Lợi" names one town among communes. A count of two kinds at once ("19
    xã, thị trấn gồm: TT Giồng Riềng, xã Ngọc Chúc, …") counts every item."""
    kinds: list[str | None] = []
    current: str | None = None
    for item in items:
        typed = _TYPE_RE.match(item)
        kind = current
        if typed:
            kind = "thi tran" if typed.group(2) == "TT" else fold_words(typed.group(2))
            if kind != "thi tran" or typed.group("plural"):
                current = kind
        kinds.append(kind)
    if not any(kinds):
        return items
    named = [k for k in ("phuong", "xa", "thi tran") if re.search(rf"(?<![a-z]){k}(?![a-z])", noun)]
    if len(named) >= 2:
        return items
    wanted = next((k for k in ("phuong", "xa", "thi tran", "huyen", "thon", "ban") if noun.startswith(k)), None)
    if wanted is None:
        return items
    others = {k for k in kinds if k and k != wanted}
    if wanted in ("xa", "phuong") and others and others <= {"xa", "phuong", "thi tran"}:
        # "18 xã và 1 thị trấn: A, B, ... và thị trấn S": the communes are the names not typed otherwise;
        # "gồm 7 phường: A, …, G và xã H": the wards are the names before the commune
        return [i for i, k in zip(items, kinds, strict=True) if k in (None, wanted)]
    return [i for i, k in zip(items, kinds, strict=True) if k == wanted] or items


# a count of one kind of place ("23 xã"), and the later sentence that names that kind: "Các xã là: A, …"
_KIND_AFTER_COUNT_RE = re.compile(r"^\s*(xã|phường|thôn|bản)(?!\w)")
_NAMES_LATER_GAP = 250


def names_later(p: Passage, edits: Edits) -> None:
    """**Names in a later sentence.** A count of communes (or wards, villages) whose names a later sentence
    gives by their kind, with no other count of that kind between: "Huyện gồm 1 thị trấn và 23 xã, tổng
    cộng 24 đơn vị hành chính. Thị trấn là Hữu Lũng. Các xã là: Đồng Tân, Cai Kinh, …" (22 names: 23 is
    wrong); "gồm 01 thị trấn và 9 xã. Thị trấn là Phú Thiện; các xã là Ayun Hạ, …". The names' clause may open
    after a "," or "và" too ("huyện gồm 1 thị trấn và 10 xã, là thị trấn Nậm Nhùn và các xã: Mường Mô, …"), and
    right after the other kind's name with no "là" or ":" ("ghi thị trấn Chợ Rã (huyện lỵ) và các xã Bành
    Trạch, …", round 31); not after "còn" ("…, còn các xã gồm …": an aside that may name only some)."""
    for m in p.mentions:
        if not m.is_value or m.value is None or m.value != int(m.value) or m.cell.value.kind != "number":
            continue
        if not 2 <= m.value <= 60 or edits.claimed(m.ref):
            continue
        head = p.after(m, limit=20)  # "14 đơn vị xã" counts communes (after reads it "14 xã")
        kind = _KIND_AFTER_COUNT_RE.match(head)
        if kind is None:
            continue
        word = kind.group(1)
        rest = unglued(p.after(m, limit=_NAMES_LATER_GAP + 600, in_sentence=False))  # "TT Chợ Rã và các xã …"
        # the names open a clause of their own: after a sentence or clause end, a "," or "và" ("huyện gồm 1 thị
        # trấn và 10 xã, là thị trấn Nậm Nhùn và các xã: …"); with no "là" or ":" only right after the other kind's
        # name ("thị trấn Chợ Rã (huyện lỵ) và các xã Bành Trạch, …"). ", còn các xã gồm …" is an aside that may
        # name only some (tests/test_prose_semicolon_items.py)
        opener = re.compile(rf"(?:(?:^|[.;:,]\s+|\)\.\s+|\svà\s+)[Cc]ác\s+{word}\s*(?:là\s*:?|gồm\s*:?|:)"
                            rf"|thị\s+trấn\s+[A-ZĐ][^\d,;.:()]{{0,30}}?(?:\s*\([^()\d]{{0,30}}\))?\s+và\s+các\s+{word}"
                            rf"(?=\s+[A-ZĐ]))\s*")
        found = opener.search(rest, kind.end())
        if found is None or found.start() > _NAMES_LATER_GAP:
            continue
        if re.search(rf"\d\s+{word}(?!\w)", rest[kind.end() : found.start()]):
            continue  # another count of that kind stands between: the names may be its
        body = rest[found.end() :]
        stop = re.search(r"[;.]\s|[;.]$", body)
        body = body[: stop.start()] if stop is not None else body
        if any(ch.isdigit() for ch in body) or OPEN_ENDED_RE.search(body):
            continue
        items = [x for x in split_items(body) if not REST_RE.search(fold(x))]
        if len(items) < 2 or not all(a_name(x) and len(x.split()) <= 4 for x in items):
            continue
        edits.set_cell(m.ref, relation="count_list", items=tuple(items))
        edits.note(m.row.index, f"{p.text(m)} {word}: {len(items)} names listed in a later sentence")


def numbered_lists(p: Passage, edits: Edits) -> None:
    """**Counted numbered items.** A heading that counts what follows it, "I. Về kinh tế (11 chỉ tiêu)",
    must be followed by that many numbered lines (1. ... 11.) before the next heading."""
    lines = p.lines
    for m in p.mentions:
        if not m.is_value or m.value is None or m.value != int(m.value):
            continue
        line = lines[m.line].text
        head = re.match(r"^\s*[IVX]{1,4}\s*[.)]\s*[^()]*\(\s*$", line[: m.start])
        if head is None or not re.match(r"\s*[^\W\d_]", line[m.end :]):
            continue
        numbered: list[str] = []
        for nxt in lines[m.line + 1 :]:
            item = re.match(r"^\s*(\d{1,2})\s*[.)]\s*(.*)", nxt.text)
            if item is None:
                if re.match(r"^\s*[IVX]{1,4}\s*[.)]", nxt.text):
                    break
                continue
            numbered.append(item.group(2)[:40])
        if len(numbered) >= 2:
            edits.set_cell(m.ref, relation="count_list", items=tuple(numbered))


# the count's line ends on the opener of its bulleted items: "11 chỉ tiêu kinh tế gồm:", "Có 3 nhóm giải pháp:"
_BULLETS_OPEN_RE = re.compile(r"^\s*(?P<noun>[^\d:;.()]{1,60}?)\s*(?:\b(?:gồm|bao gồm|gồm có|là|như sau)\b\s*)?:\s*$")
_BULLETS_LEAD_MAX = 40


def bulleted_lists(p: Passage, edits: Edits) -> None:
    """**Counted bulleted items.** A line that ends by opening a list of what it counts ("11 chỉ tiêu
    kinh tế gồm:") is followed by that many bulleted lines ("- …", "+ …", "• …") before the next line
    of text: "8 chỉ tiêu xã hội gồm:" then 8 lines "- Tỷ lệ trường học đạt chuẩn quốc gia: 68%", …. An
    item may print several figures or clauses ("- Tổng khách du lịch trên 8 triệu lượt; Doanh thu đạt
    25.700 tỷ đồng" is one line, one item); lines of another mark under an item ("+ …" under "- …") are
    its details, no items. A list that runs to the end of the text may have been cut (a page taken from a
    site) and is not counted, and neither is a count whose words are no counted noun ("Năm 2024: …")."""
    lines = p.lines
    for m in p.mentions:
        if not m.is_value or m.value is None or m.value != int(m.value) or m.cell.value.kind != "number":
            continue
        if not 2 <= m.value <= 60 or edits.claimed(m.ref):
            continue
        text = lines[m.line].text
        lead = text[: m.start]
        if len(lead) > _BULLETS_LEAD_MAX or any(ch.isdigit() for ch in re.sub(r"(?i)năm\s+\d{4}", "", lead)):
            continue
        opened = _BULLETS_OPEN_RE.match(text[m.end :])
        if opened is None or COUNTED_RE.search(fold_words(opened.group("noun"))) is None:
            continue
        items: list[str] = []
        mark = ""
        ended = False
        for nxt in lines[m.line + 1 :]:
            if not nxt.text.strip():
                continue
            if not nxt.mark:
                ended = True
                break
            mark = mark or nxt.mark
            if nxt.mark == mark:
                items.append(nxt.text[:40])
        if ended and len(items) >= 2:
            edits.set_cell(m.ref, relation="count_list", items=tuple(items))
            edits.note(m.row.index, f"{p.text(m)} {opened.group('noun').strip()}: {len(items)} bulleted items")


def _unused(m: Mention) -> None:
    del m


RULES = (count_lists, names_later, numbered_lists, bulleted_lists)
