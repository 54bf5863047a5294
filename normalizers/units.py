"""Units of measure as printed in Vietnamese reports ("Tỷ đồng", "Hà", "m<sup>2</sup>", "Lượt"), with scales.

Every unit has a dimension and a scale to its base unit; two units convert only when both agree.
Counts ("xã", "hộ", "người") are their own base, so only the same count converts.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from normalizers.text import fold, strip_markup

__all__ = ["DIMENSIONS", "Unit", "convert", "convertible", "find_unit", "parse_unit", "to_base"]

DIMENSIONS = ("money", "mass", "area", "volume", "length", "percent", "permille", "count", "time", "other", "none")


@dataclass(frozen=True)
class Unit:
    """A unit as printed and as understood.

    raw:       the text as printed ("Tỷ đồng", "m<sup>2</sup>").
    canonical: house spelling ("tỷ đồng", "m²", "xã"); for unknown text the cleaned text.
    dimension: one of DIMENSIONS.
    scale:     how many base units one of this unit is ("tỷ đồng": 1e9; "tạ": 100; "ha": 10000).
    base:      the base unit ("đồng", "kg", "m²", "m³", "m", "%", "‰", "tháng", "giờ"); a count is
               its own base; compounds join their parts' bases ("tạ/ha" -> "kg/m²").
    """

    raw: str
    canonical: str
    dimension: str
    scale: float
    base: str


# canonical: (dimension, scale, base, surface spellings besides the canonical one)
_UNITS: dict[str, tuple[str, float, str, tuple[str, ...]]] = {
    "đồng": ("money", 1.0, "đồng", ("đ", "vnđ", "vnd", "đồng việt nam")),
    # "650 triệu VNĐ": the currency by its code, as "đồng" alone is ("vnđ")
    "nghìn đồng": ("money", 1e3, "đồng", ("ngàn đồng", "nghìn đ", "ng.đ", "nghìn vnđ", "ngàn vnđ")),
    # web pages glue the scale to the currency ("15.563 tỷđồng"): one unit, no word of its own
    "triệu đồng": ("money", 1e6, "đồng", ("triệu", "tr.đ", "trđ", "tr đồng", "tr.đồng", "tr", "triệu đ", "triệuđồng",
                                          "triệu vnđ")),
    "tỷ đồng": ("money", 1e9, "đồng", ("tỷ", "tỉ đồng", "tỉ", "tỷ đ", "tỷ vnđ", "tỉ vnđ", "tỷđồng", "tỉđồng")),
    # "ước đạt 54,6 nghìn tỉ đồng" (a provincial page): "tỉ" is "tỷ" here as in "tỉ đồng"; "ngàn" is "nghìn"
    "nghìn tỷ đồng": ("money", 1e12, "đồng", ("nghìn tỷ", "ngàn tỷ đồng", "nghìn tỉ đồng", "nghìn tỉ", "ngàn tỷ",
                                            "ngàn tỉ đồng", "ngàn tỉ")),
    # national totals: "tổng thu ngân sách … hơn 2 triệu tỷ đồng" is 2 000 000 tỷ, never 2 triệu (million) đồng
    "triệu tỷ đồng": ("money", 1e15, "đồng", ("triệu tỷ", "triệu tỉ đồng", "triệu tỉ")),
    "usd": ("money", 1.0, "usd", ("đô la mỹ", "$")),
    "triệu usd": ("money", 1e6, "usd", ()),
    # "kim ngạch xuất khẩu 1,2 tỷ USD": read as "tỷ" alone, it was 1,2 tỷ đồng, a part of a budget in đồng
    "tỷ usd": ("money", 1e9, "usd", ("tỉ usd",)),
    "g": ("mass", 1e-3, "kg", ("gam", "gram")),
    "kg": ("mass", 1.0, "kg", ("kilôgam", "kilogam", "ki-lô-gam", "cân")),
    "yến": ("mass", 10.0, "kg", ()),
    "tạ": ("mass", 100.0, "kg", ()),
    "tấn": ("mass", 1000.0, "kg", ("t",)),
    "nghìn tấn": ("mass", 1e6, "kg", ("ngàn tấn",)),
    "m²": ("area", 1.0, "m²", ("m2", "m^2", "mét vuông")),
    "ha": ("area", 1e4, "m²", ("hecta", "hécta", "héc ta", "héc-ta", "hec ta", "hà")),
    "km²": ("area", 1e6, "m²", ("km2", "km^2", "ki-lô-mét vuông")),
    "m³": ("volume", 1.0, "m³", ("m3", "m^3", "mét khối", "khối")),
    "lít": ("volume", 1e-3, "m³", ("l", "lit")),
    "m": ("length", 1.0, "m", ("mét", "met")),
    "km": ("length", 1000.0, "m", ("ki-lô-mét", "kilômét", "cây số")),
    "cm": ("length", 0.01, "m", ()),
    "%": ("percent", 1.0, "%", ("phần trăm", "%grdp", "% grdp", "tỷ lệ %", "tỉ lệ %")),
    "‰": ("permille", 1.0, "‰", ("%o", "phần nghìn", "phần ngàn", "%0")),
    "năm": ("time", 12.0, "tháng", ()),
    "quý": ("time", 3.0, "tháng", ()),
    "tháng": ("time", 1.0, "tháng", ()),
    "tuần": ("time", 168.0, "giờ", ()),
    "ngày": ("time", 24.0, "giờ", ()),
    "giờ": ("time", 1.0, "giờ", ("h", "tiếng")),
    "phút": ("time", 1 / 60, "giờ", ()),
}

# Count nouns: canonical -> other spellings. Canonical is lower-case singular.
_COUNTS: dict[str, tuple[str, ...]] = {
    # "72,91 km2, 22.760 người, mật độ 312 ng/km2" (a town's table spelt as prose): "ng" is "người" in a
    # rate's unit; find_unit never takes it alone after a number (see _surface_pattern)
    "người": ("nguời", "ngươi", "ng"),
    "lượt": ("lươt",),
    "lượt người": ("lượt nguời",),
    "lượt khách": (),
    "khách": (),
    "con": (),
    "xã": ("các xã",),
    "xã, thị trấn": ("xã/thị trấn", "xã, phường, thị trấn"),
    "thị trấn": (),
    "hộ": ("hộ gia đình", "hộ dân"),  # "26.852 hộ dân" (phu-luong-thai-nguyen_2): households, as "hộ"
    "bản": ("thôn, bản", "thôn/bản"),
    "thôn": (),
    "tổ": (),
    "làng": (),
    "câu lạc bộ": ("clb",),
    "đội": (),
    "điểm": (),
    "điểm nhóm": (),
    "di sản": (),
    "hoạt động": (),
    "đảng viên": (),
    "tiêu chí": (),
    "chỉ tiêu": (),
    "trung tâm": (),
    "doanh nghiệp": ("dn",),
    "hợp tác xã": ("htx",),
    "sản phẩm": (),
    "thẻ": (),
    "lớp": (),
    "cơ sở": (),
    "trường": (),
    "cây": (),
    "đàn": (),
    "công trình": (),
    "dự án": (),
    "đề tài": (),
    "đề tài, dự án": (),
    "nhiệm vụ": (),
    "tổ chức": (),
    "tổ chức khoa học": (),
    "đơn vị": (),
    "cơ quan": (),
    "chi bộ": (),
    "đảng bộ": (),
    "hồ sơ": (),
    "thủ tục": (),
    "dịch vụ": (),
    "buổi": (),
    "vụ": (),
    "liều": (),
    "lần": (),
    "cuộc": (),
    "bài": (),
    "bài báo": (),
    "tin": (),
    "chương trình": (),
    "nhà": (),
    "căn": (),
    "chiếc": (),
    "cái": (),
    "giường": (),
    "bác sĩ": ("bác sỹ",),
    "học sinh": (),
    "lao động": (),
    "cán bộ": (),
    "giáo viên": (),
    "trẻ": ("trẻ em",),
    "gia đình": (),
    "mô hình": (),
    "hệ thống": (),
    "chứng thư": (),
    "tài khoản": (),
    "tuyến": (),
    "đơn đăng ký": (),
    "công nghệ": (),
    "chuyên gia": (),
    "văn bản": (),
    "giấy chứng nhận": (),
    "giấy phép": (),
    "nhóm": (),
    "cụm": (),
    "phòng": (),
    "ban": (),
    "tập thể": (),
    "cá nhân": (),
    "dân": (),
    # Classifiers that output is counted in, often by the thousand or million ("2.251,714 triệu
    # cành" of flowers, "40 triệu quả trứng"); "triệu" before them is a scale, not money.
    "cành": (),
    "bông": (),
    "quả": (),
    "viên": (),
    "tờ": (),
    "cuốn": ("quyển",),
}

# Multipliers that may stand before a count or a mass ("nghìn người", "vạn dân").
_MULTIPLIERS = {
    "nghìn": ("nghìn", 1e3),
    "ngàn": ("nghìn", 1e3),
    "vạn": ("vạn", 1e4),
    "trăm": ("trăm", 1e2),
    "triệu": ("triệu", 1e6),
    "tỷ": ("tỷ", 1e9),
    "tỉ": ("tỷ", 1e9),
}


def _build_tables() -> tuple[dict[str, tuple[str, str, float, str]], dict[str, tuple[str, str, float, str]]]:
    exact: dict[str, tuple[str, str, float, str]] = {}
    for canonical, (dimension, scale, base, spellings) in _UNITS.items():
        for s in (canonical, *spellings):
            exact[s] = (canonical, dimension, scale, base)
    for canonical, spellings in _COUNTS.items():
        for s in (canonical, *spellings):
            exact.setdefault(s, (canonical, "count", 1.0, canonical))
    folded: dict[str, tuple[str, str, float, str]] = {}
    for spelling, entry in exact.items():
        # A folded key that two different units share ("ban": bản and ban) is only trusted exactly.
        key = fold(spelling)
        if key in folded and folded[key][0] != entry[0]:
            folded[key] = ("", "", 0.0, "")
        else:
            folded.setdefault(key, entry)
    return exact, {k: v for k, v in folded.items() if v[0]}


_EXACT, _FOLDED = _build_tables()
_EDGE_RE = re.compile(r"^[\s:;,.\-–]+|[\s:;,.\-–]+$")
_WRAPPED_RE = re.compile(r"^[(\[]\s*([^()\[\]]*?)\s*[)\]]$")
_SPACES_RE = re.compile(r"\s+")
_PLURAL_RE = re.compile(r"^(?:các|những|số)\s+")


def _clean(text: str) -> str:
    if "<" in text or "&" in text:
        text = strip_markup(text, keep_sup=True)
    text = unicodedata.normalize("NFC", text)
    text = _EDGE_RE.sub("", text)
    wrapped = _WRAPPED_RE.match(text)
    if wrapped:  # "(ha)"
        text = wrapped.group(1)
    text = text.replace("\u00b2", "²").replace("\u00b3", "³")
    return _SPACES_RE.sub(" ", text).strip().lower()


def _lookup(cleaned: str) -> tuple[str, str, float, str] | None:
    entry = _EXACT.get(cleaned) or _FOLDED.get(fold(cleaned))
    if entry is not None:
        return entry
    bare = _PLURAL_RE.sub("", cleaned)
    if bare != cleaned:
        return _lookup(bare)
    head, _, rest = cleaned.partition(" ")
    multiplier = _MULTIPLIERS.get(head)
    if multiplier is not None and rest:
        inner = _lookup(rest)
        # An area by the thousand ("9,3 nghìn ha") is scaled like a mass. Money has its own spellings
        # ("nghìn đồng", "tỷ đồng"); no dev passage prints a length by the thousand, so it stays unknown.
        if inner is not None and inner[1] in ("count", "mass", "volume", "area"):
            word, factor = multiplier
            canonical, dimension, scale, base = inner
            return f"{word} {canonical}", dimension, scale * factor, base
    return None


@lru_cache(maxsize=4096)
def parse_unit(text: str) -> Unit:
    """Understand a printed unit; never raises.

    ``'Tỷ đồng'`` -> Unit(canonical 'tỷ đồng', money, 1e9, 'đồng'); ``'Hà'`` (OCR for ha) -> area
    1e4 'm²'; ``'m<sup>2</sup>'`` -> 'm²'; ``'Xã'`` -> count 'xã'; ``'tạ/ha'`` -> other, 0.01
    'kg/m²'; unknown text -> dimension 'other' with the cleaned text; '' -> 'none'.
    """
    if not isinstance(text, str):
        return Unit(raw=repr(text), canonical="", dimension="none", scale=1.0, base="")
    cleaned = _clean(text)
    if not cleaned:
        return Unit(raw=text, canonical="", dimension="none", scale=1.0, base="")
    entry = _lookup(cleaned)
    if entry is not None:
        canonical, dimension, scale, base = entry
        return Unit(raw=text, canonical=canonical, dimension=dimension, scale=scale, base=base)
    if "/" in cleaned:
        return _compound(text, cleaned)
    if "," in cleaned:
        parts = [_lookup(p.strip()) for p in cleaned.split(",")]
        if all(p is not None and p[1] == "count" for p in parts):
            canonical = ", ".join(p[0] for p in parts if p is not None)
            return Unit(raw=text, canonical=canonical, dimension="count", scale=1.0, base=canonical)
    return Unit(raw=text, canonical=cleaned, dimension="other", scale=1.0, base=cleaned)


def _compound(raw: str, cleaned: str) -> Unit:
    """'tạ/ha', 'người/vạn dân', '%/năm': known parts give a scale; the dimension stays 'other'."""
    looked = [_lookup(p.strip()) for p in cleaned.split("/")]
    known = [p for p in looked if p is not None]
    if len(known) != len(looked) or len(known) < 2:
        return Unit(raw=raw, canonical=cleaned, dimension="other", scale=1.0, base=cleaned)
    # A rate's time part is not rescaled: 20 %/năm is not 1,67 %/tháng for a growth rate.
    known = [(p[0], p[1], 1.0, p[0]) if p[1] == "time" else p for p in known]
    scale = known[0][2]
    for p in known[1:]:
        scale /= p[2]
    canonical = "/".join(p[0] for p in known)
    base = "/".join(p[3] for p in known)
    return Unit(raw=raw, canonical=canonical, dimension="other", scale=scale, base=base)


def convertible(a: Unit, b: Unit) -> bool:
    """True when a value in ``a`` can be restated in ``b``: ``tỷ đồng``/``triệu đồng`` yes, ``tấn``/``ha`` no."""
    return a.dimension == b.dimension and a.dimension != "none" and a.base == b.base


def _exact_product(value: float, factor_num: float, factor_den: float) -> float:
    try:
        return float(Decimal(repr(value)) * Decimal(repr(factor_num)) / Decimal(repr(factor_den)))
    except (InvalidOperation, ValueError):  # inf, nan
        return value * factor_num / factor_den


def convert(value: float, src: Unit, dst: Unit) -> float:
    """``value`` in ``src`` restated in ``dst``: 48,1 tỷ đồng -> 48100 triệu đồng. ValueError if not convertible."""
    if not convertible(src, dst):
        raise ValueError(f"cannot convert {src.canonical or 'no unit'} ({src.dimension}) "
                         f"to {dst.canonical or 'no unit'} ({dst.dimension})")
    if src.scale == dst.scale:
        return float(value)
    return _exact_product(value, src.scale, dst.scale)


def to_base(value: float, unit: Unit) -> tuple[float, str] | None:
    """``value`` in the base unit: (48.1, tỷ đồng) -> (48100000000.0, 'đồng'); None for unknown units."""
    if unit.dimension == "none" or (unit.dimension == "other" and unit.base == unit.canonical):
        return None
    return _exact_product(value, unit.scale, 1.0), unit.base


def _surface_pattern() -> re.Pattern[str]:
    # Spellings that are ordinary words in prose ("t", "l", "h", "tr", "khối", "cân", "hà") would match
    # everywhere; find_unit only knows the spellings a number is printed with.
    skip = {"t", "l", "h", "tr", "khối", "cân", "hà", "ban", "dân", "tin", "bài", "cái", "phòng", "nhóm", "$",
            "g", "m", "dn", "ng"}
    forms = {s for s in _EXACT if s not in skip}
    forms |= {"m", "m<sup>2</sup>", "m<sup>3</sup>", "km<sup>2</sup>"}
    # "ng" is taken only as a density's people ("mật độ 312 ng/km2"), whole, never alone
    forms |= {"ng/km2", "ng/km²"}
    alternatives = []
    for form in sorted(forms, key=len, reverse=True):
        pattern = re.escape(form).replace(r"\ ", r"\s+")
        if form[0].isalnum():
            pattern = r"(?<![^\W\d_])" + pattern
        if form[-1].isalnum():
            pattern += r"(?![\w²³])"
        if form == "hộ dân":
            # "1.200 hộ dân tộc thiểu số", "35 hộ dân cư": the households ("hộ") of a named group, not "hộ dân"
            pattern += r"(?!\s+(?:tộc|cư)(?![^\W\d_]))"
        alternatives.append(pattern)
    return re.compile("|".join(alternatives), re.IGNORECASE)


_SURFACE_RE = _surface_pattern()
_NUMBER_END_RE = re.compile(r"\d(?!\d)\s*")
# A scale word alone ("500 triệu") is money, as reports shorten "triệu đồng"; before a count noun or
# a mass or an area it scales that ("2.251 triệu cành", "1,2 nghìn người", "3 triệu tấn", "9,3 nghìn ha").
_SCALE_WORD_RE = re.compile(r"(?:nghìn|ngàn|vạn|triệu|tỷ|tỉ)\s+", re.IGNORECASE)


def _scaled_amount(text: str, pos: int) -> tuple[Unit, int, int] | None:
    """A scale word then a count or mass unit at ``pos``: ``'2.251 triệu cành'`` -> 'triệu cành', count."""
    scale = _SCALE_WORD_RE.match(text, pos)
    if scale is None:
        return None
    inner = _SURFACE_RE.match(text, scale.end())
    if inner is None:
        return None
    unit = parse_unit(text[pos : inner.end()])
    if unit.dimension not in ("count", "mass", "volume", "area"):
        return None
    return unit, pos, inner.end()


def find_unit(text: str, *, after_number: bool = False) -> tuple[Unit, int, int] | None:
    """First unit printed right after a number in running text, with its span in ``text``.

    ``'41.160/41.100 tấn đạt 100,1%'`` -> (Unit 'tấn', 14, 17); ``'Diện tích 2.301m²'`` -> 'm²'.
    A count word not preceded by a number is prose ("Xã Hương Xuân đạt 17/19 tiêu chí" -> 'tiêu
    chí'). ``after_number=True``: the caller cut ``text`` right after a number, so a unit at its
    very start counts too (``' ha, đạt 71,4%'`` -> 'ha').
    """
    if not isinstance(text, str) or not text:
        return None
    # Try the unit spellings only where a number ends: one big alternation at every position of a
    # long paragraph costs microseconds per character.
    starts: Iterator[int] = (m.end() for m in _NUMBER_END_RE.finditer(text))
    if after_number:
        starts = itertools.chain((len(text) - len(text.lstrip()),), starts)
    for pos in starts:
        scaled = _scaled_amount(text, pos)
        if scaled is not None:
            return scaled
        m = _SURFACE_RE.match(text, pos)
        if m is not None:
            return parse_unit(m.group(0)), m.start(), m.end()
    return None
