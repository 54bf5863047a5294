"""Items of one list printed as sentences of their own, read as the ";"-items they are.

District reports print the parts of a whole either between semicolons ("đất nông nghiệp có 19.460,2 ha, chiếm
64,49%; đất phi nông nghiệp 7.590,4 ha, chiếm 25,16%; …") or one to a sentence ("… chiếm 64,49%. Đất phi nông
nghiệp 7.590,4 ha, chiếm 25,16%. Đất chưa sử dụng 3.122,9 ha, chiếm 10,35%."). The list readers take a list's
items within one sentence, so the second print lost every relation that spans its sentences (issue 12, round
35: the rewording benchmark's ``semi_period`` cost 258 relations over 178 development passages).

``join_item_sentences`` turns the period between two such sentences into a semicolon when the first opened a
list (or continues one) and the second reads as one more item of the first's last clause: it opens on a short
name (no figure, no year, no colon, at most twelve words) and prints the same sequence of figure kinds (a "%" or the word after each figure: "ha, %",
"tỷ đồng, %", "%, %, %"). A sentence that opens on the word that lists parts ("Trong đó", "Trong số đó", "Bao
gồm", "Gồm", "Cụ thể") after a sentence with a figure ("Toàn huyện có 54 cơ sở lưu trú. Trong đó, có 26 nhà nghỉ
homestay") is read as "…, trong đó, …": the parts of a whole of the sentence before, whichever reader takes them
(the rewording benchmark's ``trongdo_sentence`` and the "Trong đó" sentences of ``semi_period``) — but only when
the parts open on the kind of figure the sentence before ends on (rates after a rate, amounts after an amount)
and print no year of their own (another period, perhaps). Otherwise, after one of a few units, the two are still
joined by ";" (round 35's rule: "dân số 183.800 người. Trong đó thành thị 7%, …"). A sentence opening on
"Năng suất" after one that prints an area in ha goes on from it too (the yield of that area). The text keeps its
length, so every figure keeps its place.
"""

from __future__ import annotations

import re

from extractor.prose_categories import categories_named

# a sentence end as prose_passage reads one: ". " before a capital (or a digit, not taken here); not the period
# of "TP." or "TX." (a city's or town's abbreviation) nor of "..."
_BOUNDARY_RE = re.compile(r"(?<=[\w%)])(?<!T[Pp])(?<!T[Xx])\.(?= [A-ZĐÀ-Ỹ])")
# a printed figure and what follows it: "19.460,2 ha", "64,49%", "2.075 ha (", "1,5 tỷ đồng"
_FIGURE_RE = re.compile(r"(?<![\w.,])(\d[\d.]*(?:,\d+)?)\s?(%|[^\W\d_]+)?")
_WORD_RE = re.compile(r"[^\W\d_]+")
_MAX_LEAD_WORDS = 12
# a clause boundary inside the first sentence: its last item starts after the last of these
_ITEM_START_RE = re.compile(r"[;:]|\btrong đó\b|\bgồm\b|\bchia ra\b", re.IGNORECASE)
# what opens a list: without one, sentences of one shape are a report's run of indicators ("Công nghiệp - xây
# dựng đạt 1.608,6 tỷ đồng, vượt 5,44% kế hoạch. Dịch vụ đạt …. Thu ngân sách … ước đạt 150,38 tỷ đồng, vượt
# 191% dự toán"), not the parts of one whole
_OPENER_RE = re.compile(r":|\btrong đó\b|\bgồm\b|\bchia ra\b", re.IGNORECASE)
# a sentence that opens its own statement, not an item: "Trong đó, …", a date, a total
_OWN_STATEMENT_RE = re.compile(r"^(?:Trong|Tổng|Toàn|Năm|Tính|Đến|Riêng|Ngoài|Bên|Như|Theo|Về|Cơ cấu|Bình quân)\b")
# a sentence that names the whole it is a share of is its own statement: "Số người trong độ tuổi lao động là
# 93.419 người, chiếm 49,73% dân số toàn huyện" after "…, trong đó dân số nông nghiệp 165.690 người, chiếm 88,2%"
_NAMES_WHOLE_RE = re.compile(r"\btoàn (?:huyện|thị xã|thành phố|tỉnh|quận)\b|\btổng số\b", re.IGNORECASE)
# a sentence that opens on the word that lists the parts of the whole the sentence before printed: "Trong đó, …",
# "Trong số đó …", "Bao gồm …", "Gồm …", "Cụ thể: …" (nothing before the opener, so no statement of its own)
_PARTS_OPENER_RE = re.compile(r"(?:Trong đó|Trong số đó|Bao gồm|Gồm|Cụ thể)(?![\w])")
# round 35's join, kept where the kinds differ: the parts' sentence right after one of these units ("… dân số 183.800
# người. Trong đó thành thị 7%, nông thôn 93%") is read as "…; trong đó …", which the shares' readers take
_UNIT_BEFORE_RE = re.compile(r"\d\s?(?:ha|con|hộ|tấn|km2|km²|người|lượt khách|lượt|tỷ đồng|triệu đồng)$")
# a crop's yield printed as a sentence of its own after its area ("… gieo cấy 8.178,5 ha lúa, …. Năng suất bình quân
# 68,12 tạ/ha, sản lượng 55.713 tấn"): one statement of area, yield and output, read as "…; năng suất …"
_YIELD_OPENER_RE = re.compile(r"Năng suất\b[^.;]*?\d[\d.,]*\s?(?:tạ|tấn|kg)\s?/\s?(?:1\s?)?ha\b")
_AREA_RE = re.compile(r"\d\s?ha\b(?!\s?/)")
# an average is no whole of parts: "bình quân mỗi xã đạt 15,13 tiêu chí"
_AVERAGE_RE = re.compile(r"\b(?:bình quân|trung bình|mỗi)\b[^,;:]*$", re.IGNORECASE)
_BRACKETS_RE = re.compile(r"\([^()]*\)")
_YEAR_RE = re.compile(r"(?<!\d)(?<!\d[.,])(?:19|20)\d\d(?!\d|[.,]\d)")


def _is_year(m: re.Match[str]) -> bool:
    """A ``_FIGURE_RE`` match that is a year ("năm 2015", "2005 - 2008"), not a figure: no "%" after it."""
    return re.fullmatch(r"(?:19|20)\d\d", m.group(1)) is not None and m.group(2) != "%"


def _shape(clause: str) -> tuple[str, ...]:
    """The kinds of the clause's figures in order: "%" or the word printed after the figure; years left out."""
    out = []
    for m in _FIGURE_RE.finditer(clause):
        if _is_year(m):
            continue
        out.append((m.group(2) or "").lower())
    return tuple(out)


def _item_lead(sentence: str, *, opens: bool) -> bool:
    """The sentence (or clause) opens on a short name before its first figure, as an item does; a sentence that
    ``opens`` the next item must not open on a date or a statement of its own ("Sang năm 2022, …")."""
    first = _FIGURE_RE.search(sentence)
    if first is None:
        return False
    lead = sentence[: first.start()]
    words = len(_WORD_RE.findall(lead))
    if not opens:
        return words > 0  # "nông thôn: 123.511 người": a figure after a colon names no item
    return (":" not in lead and ";" not in lead and _OWN_STATEMENT_RE.match(sentence) is None
            and _NAMES_WHOLE_RE.search(sentence) is None
            and not _shape(first.group(0)) == () and 0 < words <= _MAX_LEAD_WORDS)


def _kinds(sentence: str) -> list[str]:
    """The kinds of a sentence's figures outside brackets, years left out: "%" for a rate or share, "/" for an amount
    per something or an average ("312 ng/km2", "bình quân mỗi xã đạt 15,13 tiêu chí"), "" for an amount."""
    text = _BRACKETS_RE.sub(lambda m: " " * len(m.group(0)), sentence)
    out = []
    for m in _FIGURE_RE.finditer(text):
        if _is_year(m):
            continue
        after = (m.group(2) or "").lower()
        if after == "%":
            out.append("%")
        elif text.startswith("/", m.end()) or _AVERAGE_RE.search(text, max(0, m.start() - 30), m.start()):
            out.append("/")
        else:
            out.append("")
    return out


def _breaks_down(whole: str, parts: str) -> bool:
    """The parts' sentence breaks down the figure its sentence before ends on: both print rates ("… bình quân đạt
    8,33%. Trong đó, ngành công nghiệp - xây dựng tăng 15,53%") or both amounts ("54 cơ sở lưu trú. Trong đó, có 26
    nhà nghỉ"). Amounts after a rate, a density or an average ("tăng trung bình hàng năm 10,68%. Trong đó năm 2015:
    nông, lâm, ngư nghiệp 1.537.566 triệu đồng"; "mật độ 312 ng/km2. Trong đó phường 1 rộng 1,78 km2") break down
    no figure of that sentence that the words point to, so the sentences stay apart."""
    if _YEAR_RE.search(parts):
        return False  # "… năm 2018 diện tích là 12.566,30 ha. Cụ thể năm 2017 …": another period, perhaps (prose_carry)
    before, after = _kinds(whole), _kinds(parts)
    return bool(before) and bool(after) and before[-1] == after[0] != "/"


def _lead(clause: str) -> str:
    """The words before the clause's first figure that is no year ("năm 2024 tổng giá trị sản xuất …")."""
    for m in _FIGURE_RE.finditer(clause):
        if not _is_year(m):
            return clause[: m.start()]
    return clause


def _next_sector(item: str, after: str, whole: str) -> bool:
    """The sentence after an item names another economic sector than the item does, under a whole that names
    none: the next part of one breakdown, not a sibling of the whole however alike its figures ("… ước đạt
    3.209,7 tỷ đồng, tăng 8,95% so với năm 2011. Chia theo ngành: nông, lâm, ngư nghiệp ước đạt 1.176,7 tỷ đồng,
    tăng 6,21%. Công nghiệp, tiểu thủ công nghiệp, xây dựng cơ bản ước đạt 1.103 tỷ đồng, tăng 8,56%")."""
    mine, next_ = categories_named(_lead(item), "sectors"), categories_named(_lead(after), "sectors")
    return bool(mine) and bool(next_) and not mine & next_ and not categories_named(_lead(whole), "sectors")


def join_item_sentences(text: str) -> str:
    """``text`` with the period between a sentence and the next that continues its list made a semicolon.

    ``"Đất của huyện chia làm 4 nhóm chính: nhóm đất đỏ vàng chiếm khoảng 33,65% diện tích. Nhóm đất mùn vàng đỏ
    trên núi chiếm khoảng 59%."`` -> ``"…: nhóm đất đỏ vàng chiếm khoảng 33,65% diện tích; nhóm đất mùn vàng đỏ
    trên núi chiếm khoảng 59%."``. Left alone: sentences no opener (":", "trong đó", "gồm", "chia ra") put in a
    list, however alike ("Công nghiệp - xây dựng đạt 1.608,6 tỷ đồng, vượt 5,44% kế hoạch. Dịch vụ đạt 198,74
    tỷ đồng, vượt 2,7% kế hoạch."), and one that prints other kinds of figures than the item before ("…: nông
    thôn 123.511 người, chiếm 89%. Mật độ dân số 332 người/km².").
    """
    ends = [m.start() for m in _BOUNDARY_RE.finditer(text)]
    if not ends:
        return text
    chars = list(text)
    starts = [0, *(e + 2 for e in ends)]
    stops = [*ends, len(text)]
    # "Toàn huyện có 54 cơ sở lưu trú. Trong đó, có 26 nhà nghỉ homestay …": the parts' sentence goes on from the
    # sentence before, as "…, trong đó, …" does, so that every reader takes the whole from there (the same
    # length). Only the sentence just before, and only when it ends on a figure of the kind the parts print first
    # (``_breaks_down``): a whole never carries further, nor from a rate to amounts.
    for k, dot in enumerate(ends):
        if _PARTS_OPENER_RE.match(text, starts[k + 1]):
            if _breaks_down(text[starts[k]:stops[k]], text[starts[k + 1]:stops[k + 1]]):
                chars[dot], chars[starts[k + 1]] = ",", text[starts[k + 1]].lower()
            elif text.startswith("Trong đó", starts[k + 1]) and _UNIT_BEFORE_RE.search(text, starts[k], stops[k]):
                chars[dot], chars[starts[k + 1]] = ";", "t"
    for k, dot in enumerate(ends):
        if _YIELD_OPENER_RE.match(text, starts[k + 1]) and _AREA_RE.search(_BRACKETS_RE.sub("", text[starts[k]:stops[k]])):
            chars[dot], chars[starts[k + 1]] = ";", "n"
    in_list = False  # the sentence before continues a list an earlier sentence opened
    for k, dot in enumerate(ends):
        before = text[starts[k]:stops[k]]
        after = text[starts[k + 1]:stops[k + 1]]
        opened, in_list = in_list or _OPENER_RE.search(before) is not None, False
        if not opened:
            continue
        cut = list(_ITEM_START_RE.finditer(before))
        last_item = before[cut[-1].end():] if cut else before
        shape = _shape(last_item)
        if not shape or not _item_lead(last_item, opens=False) or not _item_lead(after, opens=True):
            continue
        if _shape(after) != shape:
            continue
        # "X đạt 31.467 tỷ đồng, …, trong đó A đạt 23.896 tỷ đồng, …. B đạt 22.115 tỷ đồng, …": a sentence shaped
        # like the whole its list opened on may be the whole's sibling, not one more part; the whole is printed
        # before the list's opener, or in the sentence before one that opens on it ("…. Trong đó A …")
        whole = before[: cut[-1].start()] if cut else ""
        if cut and not _shape(whole) and k > 0:
            whole = text[starts[k - 1]:stops[k - 1]]
        clauses = [c for c in _ITEM_START_RE.split(whole) if _shape(c)]
        if clauses and _shape(clauses[-1]) == shape and not _next_sector(last_item, after, clauses[-1]):
            continue
        chars[dot] = ";"
        in_list = True
        # "…; Số người trong độ tuổi lao động là …": the item's common noun in lower case, as a ";"-item prints
        # it; a name stays ("Tày 2,67%", "Hoa Hán 2,27%")
        at = starts[k + 1]
        words, head = after.split(), last_item.split()[:1]
        low = chars[at].lower()
        common = len(words) > 1 and words[1][:1].islower()
        if len(low) == 1 and (common or [words[0].lower()] == head):  # "…; người Chăm" after "người Kinh"
            chars[at] = low
    return "".join(chars)
