"""The category sets district reports break a whole into, so a list of parts can be told to cover it.

"trong đó nông, lâm, thủy sản 610,2 tỷ đồng, công nghiệp – xây dựng 402,7 tỷ đồng, dịch vụ 499,5 tỷ
đồng" names the three sectors: together they are the whole economy, so the parts must add up to
the total (a partition). "trong đó đất rừng 35.633 ha, đất sản xuất nông nghiệp 30.763 ha" names
two kinds of land among many: a subset. ``covers`` says which, from the names alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from normalizers.text import fold


@dataclass(frozen=True)
class Family:
    """A set of categories that together make up a whole.

    members:   category -> the folded words that name it (any one of them).
    required:  the categories a list must name to cover the whole (all of ``members`` when empty).
    residual:  categories that stand for "everything else" (a list naming one covers the whole
               once it also names any other member).
    """

    name: str
    members: tuple[tuple[str, tuple[str, ...]], ...]
    required: tuple[str, ...] = ()
    residual: tuple[str, ...] = ()


FAMILIES: tuple[Family, ...] = (
    Family("sectors", (
        # the abbreviations reports print in place of the names: "CN-XDCB" (công nghiệp - xây dựng cơ bản),
        # "TTCN" (tiểu thủ công nghiệp), "TM-DV" (thương mại - dịch vụ), "NLTS" (nông, lâm, thủy sản)
        ("agriculture", ("nong, lam", "nong lam", "nong - lam", "nong – lam", "nong nghiep", "thuy san", "ngu nghiep",
                         "nong, lam, thuy", "nong, lam nghiep", " nlts ", "n - l - ts", " khu vuc i ")),
        ("industry", ("cong nghiep", "xay dung", "tieu thu cong nghiep", "cn - xd", " cnxd", "ttcn", "xdcb",
                      " khu vuc ii ")),
        ("services", ("dich vu", "thuong mai", "tm - dv", " tmdv ", " khu vuc iii ")),
        # statistics number the three sectors "khu vực I, II, III" ("khu vực I thực hiện 3.359,67 tỷ đồng, khu vực II
        # …"); a commune "khu vực I" is a class of ethnic-minority area, no sector (``_names``)
        # GRDP is the three sectors' value added plus taxes on products less subsidies: a fourth part
        # that statistics print beside them ("…; Dịch vụ 35,6%; Thuế sản phẩm 10%"), never needed to cover
        ("product_taxes", ("thue san pham",)),
    ), required=("agriculture", "industry", "services")),
    Family("urban_rural", (("urban", ("thanh thi",)), ("rural", ("nong thon",)))),
    Family("sex", (("male", ("nam gioi", " nam ")), ("female", ("nu gioi", " nu ")))),
    Family("ethnicity", (("kinh", ("dan toc kinh", " kinh ")), ("minority", ("thieu so", "dtts", "dong bao dan toc")))),
    Family("poverty", (("poor", ("ho ngheo",)), ("near_poor", ("can ngheo",)), ("not_poor", ("khong ngheo",)))),
    Family("projects", (("continuing", ("chuyen tiep",)), ("new", ("khoi cong moi", "moi khoi cong")))),
    Family("progress", (("finished", ("hoan thanh",)), ("building", ("dang thi cong", "dang trien khai", "chua hoan thanh")))),
    Family("targets", (
        ("met", ("dat va vuot", "vuot", " dat ", "hoan thanh")),
        ("unmet", ("khong dat", "chua dat", "khong hoan thanh", "chua hoan thanh")),
        ("partly", ("dat mot phan",)),
    ), required=("met", "unmet")),
    Family("land", (
        ("agricultural", ("dat nong nghiep",)), ("non_agricultural", ("phi nong nghiep",)), ("unused", ("chua su dung",)),
    )),
    Family("budget_level", (("district", ("ngan sach huyen", "ngan sach cap huyen")),
                            ("commune", ("ngan sach xa", "ngan sach cap xa")))),
    Family("spending", (("balanced", ("chi can doi",)), ("advance", ("chi tam ung", "tam ung")))),
    Family("revenue", (
        ("taxes", ("thue", "phi")), ("land", ("nha dat", "nha, dat", "cap, thue dat", "thue dat", "su dung dat", "tien dat")),
        ("finance", ("bien phap tai chinh",)), ("other", ("thu khac", "khac ngan sach")),
    ), required=("taxes", "land", "other"), residual=("finance", "other")),
    Family("administrative", (("ward", ("phuong",)), ("commune", ("xa",)), ("town", ("thi tran",))),
           required=("commune",)),
    Family("fields", (
        ("economy", ("kinh te",)), ("society", ("xa hoi", "van hoa")), ("defence", ("quoc phong", "an ninh")),
        ("environment", ("moi truong",)), ("party", ("xay dung dang", "dang, chinh quyen", "he thong chinh tri")),
    ), required=("economy", "society", "defence")),
    Family("forest", (("natural", ("rung tu nhien",)), ("planted", ("rung trong",)))),
    # the field crops grown besides rice ("cây màu", "hoa màu") are the staple ones (maize, sweet potato,
    # cassava) and the food ones (vegetables, beans)
    Family("field_crops", (("staple", ("mau luong thuc", "cay mau luong thuc")), ("food", ("mau thuc pham",
                                                                                          "cay mau thuc pham")))),
    # crops live one season or many ("cây hàng năm" / "cây lâu năm"): together they are all the land sown or
    # farmed, but not all of "đất nông nghiệp" (forest and fish ponds are farm land too): ``CROP_WHOLES``
    Family("crop_duration", (("annual", ("cay hang nam", "cay ngan ngay")), ("perennial", ("cay lau nam", "cay dai ngay")))),
    Family("revenue_origin", (("domestic", ("thu noi dia",)), ("trade", ("xuat nhap khau", "xuat, nhap khau")))),
    # houses of a support programme are built new or repaired ("114 căn, trong đó xây dựng mới 77 căn và
    # sửa chữa 37 căn"); workers placed work at home or abroad, those at home in the province or outside it
    Family("works", (("new", ("xay moi", "xay dung moi", "lam moi")), ("repair", ("sua chua",)))),
    Family("workplace", (("home", ("trong nuoc",)), ("abroad", ("nuoc ngoai", "xuat khau lao dong")))),
    # the citizens called up each year serve in the army or in the police ("gọi 105 công dân nhập ngũ, trong đó 85
    # thanh niên thực hiện nghĩa vụ quân sự, 20 thanh niên tham gia nghĩa vụ công an nhân dân")
    Family("call_up", (("army", ("nghia vu quan su", "quan doi", " nvqs ")),
                       ("police", ("cong an nhan dan", "nghia vu cong an", " cand ")))),
    Family("province", (("inside", ("trong tinh",)), ("outside", ("ngoai tinh",)))),
    Family("ownership", (("state", ("khu vuc nha nuoc", "kinh te nha nuoc")), ("non_state", ("ngoai nha nuoc",)),
                         ("foreign", ("fdi", "nuoc ngoai")))),
    # who put up the money mobilised: the state's budgets, enterprises and the people ("huy động 1.057,2 tỷ
    # đồng, trong đó vốn ngân sách nhà nước 130 tỷ đồng, vốn doanh nghiệp 490 tỷ đồng, vốn dân cư 437,2 tỷ
    # đồng"); loans are some of it when printed, never needed to cover it; a national programme's own
    # ("vốn trực tiếp") and pooled ("vốn lồng ghép") capital are the state's
    Family("funding", (("state", ("ngan sach", "nha nuoc", "long ghep", "muc tieu quoc gia", "von truc tiep")),
                       ("enterprises", ("doanh nghiep",)), ("people", ("nhan dan", "dan cu", "cong dong", "nguoi dan")),
                       ("credit", ("tin dung", "von vay"))), required=("state", "enterprises", "people")),
)

# The wholes the two crop durations make up: the area sown, farmed or cultivated ("tổng diện tích gieo trồng",
# "diện tích trồng trọt", "đất sản xuất nông nghiệp"), folded.
CROP_WHOLES = ("gieo trong", "trong trot", "san xuat nong nghiep", "canh tac")


@dataclass(frozen=True)
class Nest:
    """Categories of public finance that hold others (Luật Ngân sách nhà nước: domestic revenue holds
    the taxes, fees and land-use charges; transfers from the province hold the balancing and the
    targeted ones; state-budget capital holds each level's budget). A list that names an outer
    category and one of its inner ones is not a list of parts that add up.

    outer:     folded words that name the outer category (any one of them).
    inner:     folded words that name a category it holds.
    not_inner: folded words that make a name another sibling even though it says an inner word
               ("thuế xuất nhập khẩu" is no domestic revenue).
    """

    name: str
    outer: tuple[str, ...]
    inner: tuple[str, ...]
    not_inner: tuple[str, ...] = ()


NESTS: tuple[Nest, ...] = (
    Nest("domestic revenue", ("thu noi dia",),
         ("su dung dat", "thue dat", "tien dat", "thue", "phi", "ngoai quoc doanh", "quoc doanh", "cap quyen",
          "xo so", "thu khac"),
         ("xuat nhap khau", "xuat, nhap khau", "hai quan", "bo sung", "chuyen nguon", "ket du")),
    Nest("transfers from above", ("bo sung tu ngan sach cap tren", "thu bo sung", "tro cap tu ngan sach"),
         ("bo sung can doi", "bo sung co muc tieu", "bo sung muc tieu")),
    Nest("state-budget capital", ("von ngan sach nha nuoc", "von nsnn", "nguon ngan sach nha nuoc"),
         ("ngan sach trung uong", "ngan sach tinh", "ngan sach huyen", "ngan sach xa", "von trung uong", "von tinh",
          "von huyen", "von xa"), ("ngoai ngan sach",)),
    Nest("recurrent spending", ("chi thuong xuyen",), ("su nghiep", "quan ly hanh chinh", "quan ly nha nuoc")),
    Nest("development spending", ("chi dau tu phat trien",), ("xay dung co ban",)),
)


def _says(name: str, words: Sequence[str]) -> bool:
    return any(re.search(rf"(?<![a-z]){re.escape(w)}(?![a-z])", name) for w in words)


def nested_in(names: Sequence[str]) -> dict[int, int]:
    """For list items (their names), which item holds which: {inner item: the outer item it belongs
    to}, by ``NESTS``. "thu nội địa 380 tỷ đồng, thu tiền sử dụng đất 95 tỷ đồng" -> {1: 0}: the land
    charges are part of domestic revenue, not a second part of the whole beside it.

    >>> nested_in(["thu nội địa", "thu tiền sử dụng đất"])
    {1: 0}
    >>> nested_in(["thu nội địa", "thu thuế xuất nhập khẩu"])
    {}
    """
    folded = [re.sub(r"\s+", " ", fold(n)) for n in names]
    out: dict[int, int] = {}
    for nest in NESTS:
        outers = [i for i, n in enumerate(folded) if _says(n, nest.outer) and not _says(n, nest.inner)]
        for j, n in enumerate(folded):
            if j in outers or not _says(n, nest.inner) or _says(n, nest.not_inner) or _says(n, nest.outer):
                continue
            before = [i for i in outers if i < j]
            holder = before[-1] if before else (outers[0] if outers else None)
            if holder is not None:
                out.setdefault(j, holder)
    return out


# Words that make a part "the rest": a list ending on one covers its whole.
REMAINDER_RE = re.compile(r"\b(?:con lai|cac .{0,30} khac|thu khac|khac)\b")


# "03 xã khu vực I, 02 xã khu vực II": communes classed by how hard their area is, no economic sector
_AREA_CLASS_RE = re.compile(r" (?:xa|thon|ban|lang|vung) khu vuc i")


def _names(text: str, family: Family) -> set[str]:
    padded = f" {fold(text)} "
    padded = re.sub(r"[–—-]", " - ", padded)
    padded = re.sub(r"[;:.()]", " ", padded)
    padded = re.sub(r",(?=\S)", ", ", padded).replace(",", " , ")
    padded = re.sub(r"\s+", " ", padded).replace(" , ", ", ")
    padded = f" {padded.strip()} "
    # "vốn NSNN 130 tỷ đồng" (mong-cai-quang-ninh_2 prints "thu NSNN"): the abbreviation names the state's budget
    padded = padded.replace(" nsnn ", " ngan sach nha nuoc ")
    out: set[str] = set()
    for member, words in family.members:
        for w in words:
            if w in padded:
                out.add(member)
                break
    if family.name == "revenue" and "land" in out and "taxes" in out and "thue dat" in padded and "thue," not in padded:
        out.discard("taxes")  # "thu cấp, thuê đất": the land group, not taxes
    if family.name == "targets" and "unmet" in out:
        out.discard("met")  # "không đạt" holds "đạt"
    if family.name == "targets" and "partly" in out:
        out -= {"met", "unmet"}
    if family.name == "poverty" and ("near_poor" in out or "not_poor" in out):
        out.discard("poor")
    if family.name == "sectors" and _AREA_CLASS_RE.search(padded):
        out -= {m for m, words in family.members if any(w.startswith(" khu vuc") and w in padded for w in words)}
    if family.name == "land" and "non_agricultural" in out:
        out.discard("agricultural")
    return out


def categories_named(name: str, family: str) -> frozenset[str]:
    """The categories of ``family`` (a ``Family.name``) that ``name`` names.

    >>> sorted(categories_named("công nghiệp – xây dựng", "sectors"))
    ['industry']
    """
    found = next((f for f in FAMILIES if f.name == family), None)
    return frozenset(_names(name, found)) if found is not None else frozenset()


def covers(names: Sequence[str]) -> str | None:
    """The family whose categories the parts' names cover together, or None.

    >>> covers(["ngành nông, lâm, ngư nghiệp", "ngành công nghiệp, xây dựng", "ngành thương mại, dịch vụ"])
    'sectors'
    >>> covers(["đất rừng tự nhiên", "đất sản xuất nông nghiệp"]) is None
    True
    """
    if len(names) < 2:
        return None
    for family in FAMILIES:
        per_part = [_names(n, family) for n in names]
        if any(not p for p in per_part):
            continue
        named = set().union(*per_part)
        if len(named) < 2 and not (family.name == "sectors" and any(len(p) >= 2 for p in per_part)):
            continue
        required = set(family.required or (m for m, _ in family.members))
        if required <= named or (set(family.residual) & named and len(named) >= 2 and not family.required) or (
            set(family.residual) & named and len(named) >= 2 and family.name == "revenue" and "taxes" in named
        ):
            return family.name
    if len(names) == 2 and _negation_pair(names[0], names[1]):
        return "a category and its negation"
    return None


def complete_prefix(names: Sequence[str]) -> int | None:
    """How many of the first items already name every category of a family, when the item after them names
    again one they named and none they did not, and not at its head (another indicator that shares a word
    with them), else None: the list ended there. An item after them that names no category of the family
    ("thuế sản phẩm" after the three sectors) may be a part of its own.

    >>> complete_prefix(["nông – lâm nghiệp", "công nghiệp – xây dựng", "thương mại – dịch vụ",
    ...                  "vốn đầu tư xây dựng huy động trên địa bàn"])
    3
    >>> complete_prefix(["nông nghiệp", "công nghiệp", "dịch vụ"]) is None
    True
    >>> complete_prefix(["nông nghiệp", "công nghiệp", "dịch vụ", "thuế sản phẩm"]) is None
    True
    >>> complete_prefix(["xã Hoang Thèn", "thị trấn Phong Thổ", "xã Huổi Luông"]) is None
    True
    """
    for k in range(2, len(names)):
        family = covers(names[:k])
        match = next((f for f in FAMILIES if f.name == family), None)
        if match is None:
            continue
        named = set().union(*(_names(n, match) for n in names[:k]))
        required = set(match.required or (m for m, _ in match.members))
        again = _names(names[k], match)
        # the category word inside the name, not at its head: "vốn đầu tư xây dựng" is no kind of construction,
        # "xã Huổi Luông" after "xã Hoang Thèn, thị trấn Phong Thổ" is one more commune
        head = " ".join(names[k].split()[:2])
        if required <= named and again and again <= named and not _names(head, match):
            return k
    return None


# Ways of classifying a whole, by the words (as printed, not folded: "nam" is not "năm") that name
# one class. A list whose items name classes of one way and items that name none classifies its
# whole two ways ("lao động nữ ..., lao động qua đào tạo ...": sex, then training): they may overlap.
# A way may name its classes with more words than the ones that show the list uses it: a list with
# "nhà nước" in it classifies by owner, and enterprises, households or lenders are owners too ("vốn
# ngân sách nhà nước 130 tỷ đồng, vốn doanh nghiệp 490 tỷ đồng, vốn dân cư 437,2 tỷ đồng": one way).
_DIMENSIONS: tuple[tuple[str, str], ...] = (
    (r"nam|nữ|nam giới|nữ giới", ""),
    (r"dân tộc kinh|người kinh|thiểu số|dtts", ""),
    (r"thành thị|nông thôn", ""),
    (r"hộ nghèo|cận nghèo|không nghèo", ""),
    (r"^\s*(?:diện tích\s+)?đất(?=\s+\w)", ""),  # land by use: "đất nông nghiệp", "đất lâm nghiệp", "đất chưa sử dụng"
    (r"nhà nước|ngoài nhà nước|fdi|nước ngoài",
     r"|doanh nghiệp|dân cư|nhân dân|người dân|tư nhân|ngoài quốc doanh|cá thể|hộ gia đình|cộng đồng|tín dụng"
     r"|vốn vay|oda|xã hội hóa|xã hội hoá|tổ chức|cá nhân"),
    (r"ngân sách trung ương|ngân sách tỉnh|ngân sách huyện|ngân sách xã", ""),
)
_DIMENSION_RES: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = tuple(
    (re.compile(rf"(?<!\w)(?:{shown})(?!\w)"), re.compile(rf"(?<!\w)(?:{shown}{more})(?!\w)"))
    for shown, more in _DIMENSIONS)


def cross_classified(items: Sequence[str]) -> bool:
    """List items (each the words before its figure, as printed) that classify their whole two ways,
    so they may overlap and need not add up.

    >>> cross_classified(["lao động nữ", "lao động qua đào tạo"])
    True
    >>> cross_classified(["cây công nghiệp hàng năm", "cây ăn quả"])
    False
    >>> cross_classified(["vốn ngân sách nhà nước", "vốn đóng góp của cộng đồng dân cư"])
    False
    """
    low = [x.lower() for x in items]
    for shown, named in _DIMENSION_RES:
        if any(shown.search(x) for x in low) and not all(named.search(x) for x in low):
            return True
    return False


def one_way(items: Sequence[str]) -> list[int]:
    """The items of a cross-classified list that classify their whole the way most of them do: those
    that name no class of a way only some of them name ("nữ giới" beside "khối nông nghiệp" and "khối phi
    nông nghiệp"); all of them when the list is classified one way.

    >>> one_way(["nữ giới", "khối nông nghiệp", "khối phi nông nghiệp"])
    [1, 2]
    >>> one_way(["cây công nghiệp hàng năm", "cây ăn quả"])
    [0, 1]
    """
    low = [x.lower() for x in items]
    keep = list(range(len(items)))
    for shown, named in _DIMENSION_RES:
        if any(shown.search(x) for x in low) and not all(named.search(x) for x in low):
            keep = [i for i in keep if not shown.search(low[i])]
    return keep


# "xã đạt tiêu chí thu nhập", "xã đạt chuẩn nâng cao": a count of things that meet one named criterion;
# "tiêu chí tổ chức sản xuất 25 xã" names its criterion alone, the "đạt" printed once for the whole list
_CRITERION_RE = re.compile(r"(?<![a-z])(?:dat\s+(?:tieu chi|chuan)|tieu chi)\s+([a-z][a-z ]*)")


def criteria_met(items: Sequence[str]) -> bool:
    """Counts that each meet another named criterion: one thing may meet several, so they overlap and
    each is only some of the whole (never a sum).

    >>> criteria_met(["xã đạt tiêu chí lao động", "xã đạt tiêu chí thu nhập"])
    True
    >>> criteria_met(["số xã đạt tiêu chí lao động có việc làm", "tiêu chí tổ chức sản xuất"])
    True
    >>> criteria_met(["xã đạt 10 - 17 tiêu chí", "xã đạt 7 - 9 tiêu chí"])
    False
    """
    found = [_CRITERION_RE.search(re.sub(r"\s+", " ", fold(x))) for x in items]
    if len(items) < 2 or not all(found):
        return False
    names = [f.group(1).strip() for f in found if f is not None]
    return len(set(names)) == len(names)


# the programmes a commune (or village) is listed under: one unit may be under several (a safe-zone commune
# may be coastal and poor too), unlike classes of one scheme ("khu vực I, II, III", "miền núi" / "đồng bằng")
_DESIGNATION_RE = re.compile(r"(?<![a-z])(an toan khu|atk|dac biet kho khan|bien gioi|bai ngang)(?![a-z])")


def designated(items: Sequence[str]) -> bool:
    """Counts of units each listed under a programme, not all under the same ones: they overlap, so each is
    only some of the whole (never a sum).

    >>> designated(["xã an toàn khu", "xã đặc biệt khó khăn vùng bãi ngang ven biển",
    ...             "xã đặc biệt khó khăn vùng đồng bào dân tộc thiểu số"])
    True
    >>> designated(["xã biên giới", "xã biên giới"])
    False
    >>> designated(["xã đặc biệt khó khăn", "xã khó khăn"])
    False
    """
    found = [frozenset(_DESIGNATION_RE.findall(re.sub(r"\s+", " ", fold(x)))) for x in items]
    return len(items) >= 2 and all(found) and len(set(found)) > 1


# "phi nông nghiệp", "không có việc làm", "chưa sử dụng": a negation word and two words it negates
# (names are folded, and "phí" folds to "phi" too: "phi" only before "nông nghiệp"; "nước ngoài" is "foreign",
# no negation of the words after it: "đầu tư nước ngoài 779 dự án" is not "not projects")
_NEGATION_RE = re.compile(r"(?<![a-z])(?:khong|chua|(?<!nuoc )ngoai|phi(?= nong nghiep))\s+([a-z]{2,}\s+[a-z]{2,})(?![a-z])")


def _negation_pair(a: str, b: str) -> bool:
    """Two parts that are a category and its negation: "lao động nông nghiệp" / "lao động phi nông
    nghiệp", "hộ có việc làm" / "hộ không có việc làm" (a dichotomy: nothing else is left). Names
    are compared folded, so the negated words are two words.

    >>> _negation_pair("nông nghiệp 31.200 người", "phi nông nghiệp 20.800 người")
    True
    >>> _negation_pair("thuế phí đạt 1.388,5", "thu từ nhà đất đạt 145,9 tỷ đồng")
    False
    >>> _negation_pair("đất nông nghiệp 30.250 ha", "đất phi nông nghiệp 9.870 ha")
    False
    >>> _negation_pair("đầu tư nước ngoài dự án", "tổng số dự án trên địa bàn")
    False
    """
    fa, fb = (re.sub(r"\s+", " ", fold(x)) for x in (a, b))
    if all(re.search(r"(?<![a-z])dat (?:phi )?nong nghiep", x) for x in (fa, fb)):
        return False  # land by use has a third class, "đất chưa sử dụng": farm and non-farm land are not all of it
    for neg, plain in ((fa, fb), (fb, fa)):
        found = _NEGATION_RE.search(neg)
        if found is None or _NEGATION_RE.search(plain):
            continue
        if re.search(rf"(?<![a-z]){found.group(1)}(?![a-z])", plain):
            return True
    return False


_BOTH_MET_RE = re.compile(r"(?<![a-z])(?:dat va vuot|dat, vuot|vuot va dat|dat hoac vuot)(?![a-z])")
_EXCEEDED_RE = re.compile(r"(?<![a-z])vuot(?![a-z])")
_MET_RE = re.compile(r"(?<![a-z])dat(?![a-z])")
_UNMET_RE = re.compile(r"(?<![a-z])(?:khong|chua)\s+(?:dat|hoan thanh)(?![a-z])")


def splits_met(whole: str, parts: Sequence[str]) -> bool:
    """A whole of targets met or exceeded ("đạt và vượt 42/42 chỉ tiêu") and two parts, one of the
    targets exceeded and one of those met without exceeding: together they are all of it.

    >>> splits_met("đã đạt và vượt 42/42 chỉ tiêu", ["12 chỉ tiêu vượt", "30 chỉ tiêu đạt nghị quyết"])
    True
    >>> splits_met("hoàn thành 18 chỉ tiêu", ["12 chỉ tiêu vượt", "6 chỉ tiêu đạt"])
    False
    """
    if len(parts) != 2 or not _BOTH_MET_RE.search(re.sub(r"\s+", " ", fold(whole))):
        return False
    a, b = (re.sub(r"\s+", " ", fold(x)) for x in parts)
    if any(_BOTH_MET_RE.search(x) or _UNMET_RE.search(x) for x in (a, b)):
        return False

    def exceeded(x: str) -> bool:
        return bool(_EXCEEDED_RE.search(x)) and not _MET_RE.search(x)

    def met(x: str) -> bool:
        return bool(_MET_RE.search(x)) and not _EXCEEDED_RE.search(x)

    return (exceeded(a) and met(b)) or (met(a) and exceeded(b))


def is_remainder(name: str) -> bool:
    """A part that stands for the rest of its whole: "còn lại các dân tộc khác", "thu khác"."""
    return REMAINDER_RE.search(fold(name)) is not None
