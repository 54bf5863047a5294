"""What a layout variant's tables say: columns with their meaning, rows with their values.

Content is independent of how it is printed (``corpus/variant_layout.py`` decides that), so the
same content can be rendered in two layouts and must read back the same. Three sources:

- the seed tables as printed: seed 000's BIỂU 01 and BIỂU 02 (read by ``corpus/generate_pdfs``'s
  reader) and seed 002's Phụ lục I plan table (parsed from its text rendering below);
- synthetic tables of the shapes district offices print (annual results vs plan, resolution
  targets, budget, plan levels by year, evaluation with Đạt / Vượt / Chưa đạt, a two-column
  appendix), filled with the seeds' indicator names, units and magnitudes and with arithmetic
  that holds: ratio columns recompute from their columns, "Chia ra" children add up, "Trong đó"
  children are subsets.

Every value is held as what it means (``Value``) and printed by ``format_value`` in the number
style the layout picks, so the truth never comes from parsing our own output.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "corpus"

# ---------------------------------------------------------------------------------------- values


@dataclass(frozen=True)
class Value:
    """One cell's meaning.

    kind:      "number", "range" (5-6), "comparator" (> 90, Trên 90), "fraction" (16/19),
               "label" (Đạt), "blank", "dash" (-), "text" (a note, an agency, a paragraph).
    value:     number / comparator bound / fraction numerator.
    low, high: range bounds.  op: ">", ">=", "<", "<=".  den: fraction denominator.
    decimals:  decimals printed for value (and for range bounds); den_decimals for den.
    word:      how a comparator is printed (">", "Trên", "≥", "Dưới", "Tối thiểu"), or the hedge
               printed before a number ("Khoảng 6").
    percent:   print a "%" after the number.
    text:      the printed text of labels and text cells.
    """

    kind: str
    value: float | None = None
    low: float | None = None
    high: float | None = None
    op: str | None = None
    den: float | None = None
    decimals: int = 0
    den_decimals: int = 0
    word: str | None = None
    percent: bool = False
    text: str | None = None

    @property
    def numeric(self) -> bool:
        return self.kind in ("number", "range", "comparator", "fraction")


BLANK = Value("blank")
DASH = Value("dash")

NUMBER_STYLES = ("vi", "vi_plain", "en")


def format_number(x: float, decimals: int, style: str) -> str:
    """41100.0, 0, "vi" -> "41.100"; 2202.34, 2, "en" -> "2,202.34"; 1234.5, 1, "vi_plain" -> "1234,5".

    "vi" groups thousands with "." and writes the decimal comma (Vietnamese typing); "vi_plain"
    writes no grouping; "en" is an English-locale spreadsheet or an OCR'd copy read that way.
    """
    text = f"{abs(x):,.{decimals}f}"
    if style == "vi":
        text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    elif style == "vi_plain":
        text = text.replace(",", "").replace(".", ",")
    elif style != "en":
        raise ValueError(f"unknown number style {style!r}")
    return ("-" if x < 0 else "") + text


def format_value(v: Value, style: str) -> str:
    """The printed text of a value in a number style (labels and text print as they are)."""
    pct = "%" if v.percent else ""
    if v.kind == "number":
        assert v.value is not None
        hedge = f"{v.word} " if v.word else ""
        return hedge + format_number(v.value, v.decimals, style) + pct
    if v.kind == "range":
        assert v.low is not None and v.high is not None
        return f"{format_number(v.low, v.decimals, style)}-{format_number(v.high, v.decimals, style)}{pct}"
    if v.kind == "comparator":
        assert v.value is not None
        word = v.word or v.op or ">"
        sep = "" if word in (">", "<") and v.text == "tight" else " "
        return f"{word}{sep}{format_number(v.value, v.decimals, style)}{pct}"
    if v.kind == "fraction":
        assert v.value is not None and v.den is not None
        return f"{format_number(v.value, v.decimals, style)}/{format_number(v.den, v.den_decimals, style)}"
    if v.kind == "dash":
        return "-"
    if v.kind == "blank":
        return ""
    return v.text or ""


def truth_of_value(v: Value, style: str) -> dict[str, object]:
    """The contract's fields for one cell: raw, kind, value, low, high, op, den, label."""
    out: dict[str, object] = {"raw": format_value(v, style), "kind": v.kind}
    if v.kind == "number":
        out["value"] = v.value
    elif v.kind == "range":
        out.update(value=None, low=v.low, high=v.high)
    elif v.kind == "comparator":
        out.update(value=v.value, op=v.op)
    elif v.kind == "fraction":
        out.update(value=v.value, den=v.den)
    elif v.kind == "label":
        out["label"] = v.text
    return out


_COMPARATOR_WORDS = {">": ("Trên", ">"), ">=": ("≥", "Tối thiểu"), "<": ("Dưới", "<")}


def read_printed(text: str) -> Value:
    """A seed's printed cell -> Value (Vietnamese notation as the seeds print it; "0.65" as in seed 002).

    Only the forms the seed tables use; anything else is kept as text.
    """
    s = text.strip()
    if not s:
        return BLANK
    if s in ("-", "–"):
        return DASH
    pct = s.endswith("%")
    core = s[:-1].strip() if pct else s
    m = re.fullmatch(r"(>=|>|≥|<|Trên|Dưới)\s*(.+)", core)
    if m:
        word, rest = m.groups()
        num = _read_number(rest)
        if num is not None:
            op = {">": ">", "Trên": ">", ">=": ">=", "≥": ">=", "<": "<", "Dưới": "<"}[word]
            tight = "tight" if rest == core[len(word):] else None
            return Value("comparator", value=num[0], op=op, decimals=num[1], word=word, percent=pct, text=tight)
    m = re.fullmatch(r"([\d.,]+)\s*-\s*([\d.,]+)", core)
    if m:
        lo, hi = _read_number(m.group(1)), _read_number(m.group(2))
        if lo and hi:
            return Value("range", low=lo[0], high=hi[0], decimals=max(lo[1], hi[1]), percent=pct)
    m = re.fullmatch(r"(\d+)/(\d+)", core)
    if m:
        return Value("fraction", value=float(m.group(1)), den=float(m.group(2)))
    num = _read_number(core)
    if num is not None:
        return Value("number", value=num[0], decimals=num[1], percent=pct)
    if s in ("Đạt", "đạt", "Vượt", "Chưa đạt", "HTTNV", "Có", "Chưa triển khai"):
        return Value("label", text=s)
    return Value("text", text=s)


def _read_number(s: str) -> tuple[float, int] | None:
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?", s):
        int_part, _, frac = s.replace(".", "").partition(",")
        return float(f"{int_part}.{frac or 0}"), len(frac)
    if re.fullmatch(r"0\.\d+|\d\.\d{1,2}", s):  # seed 002's "0.65", "1.0": English decimals
        return float(s), len(s.split(".")[1])
    return None


# ---------------------------------------------------------------------------------------- tables


@dataclass(frozen=True)
class ColumnMeaning:
    """A column to the right of the indicator/unit columns: what it holds and how it may be headed.

    role, period:  the contract's role and period (ratio columns: the numerator's period).
    kind:          "value" (figures), "label" (Đạt / Vượt), "note" (Ghi chú), "text" (agency).
    flat:          header wordings for a one-level header ("Kế hoạch năm 2024", "KH 2024").
    group:         the text of the group cell above it in a two-level header ("Năm 2024",
                   "So sánh (%)"), or None; ``short`` the wordings under that group.
    top:           unused (kept None).
    deep:          the header path of a three-level header ("So sánh (%)", "Ước TH năm 2024 so với",
                   "KH năm 2024"); empty when the column has no third level.
    divides:       (numerator, denominator) positions among the value columns for ratio columns.
    """

    role: str
    period: str | None
    kind: str = "value"
    flat: tuple[str, ...] = ()
    group: str | None = None
    short: tuple[str, ...] = ()
    top: str | None = None
    divides: tuple[int, int] | None = None
    deep: tuple[str, ...] = ()


@dataclass(frozen=True)
class BodyRow:
    """One printed body row.

    kind:      "heading" (section row, no values), "indicator", "marker" (a lone "Trong đó:").
    stt:       the STT as printed ("I", "1", "1.1", "a", "-", "+"), or None.
    name:      the indicator as it should come out: numbering, markup and child marker removed.
    prefix:    printed before the name in the same cell ("Trong đó: ", "- ").
    unit:      unit as printed or None.
    values:    one per ``TableContent.columns``.
    section:   section path of the headings and numbered rows enclosing it ("A.2"), or None.
    parent:    index (in ``TableContent.rows``) of the row it is a child of, or None.
    partition: its children add up to it.
    bold:      printed bold (headings, group totals).
    """

    kind: str
    name: str
    values: tuple[Value, ...] = ()
    stt: str | None = None
    prefix: str = ""
    unit: str | None = None
    section: str | None = None
    parent: int | None = None
    partition: bool = False
    bold: bool = False


@dataclass(frozen=True)
class TableContent:
    """One table's content: title lines, column meanings, rows, and printed-header overrides.

    source:        "seed000-bieu01", "seed000-bieu02", "seed002-plan", or "synthetic-<template>".
    header_rows:   for seed tables, the header exactly as the seed prints it (grid convention of
                   ``corpus/generate_pdfs``); None for synthetic tables (the layout builds it).
    has_unit:      the table has a unit column.
    style:         number style the seed printed ("vi"); synthetic content takes the layout's.
    widths_hint:   relative widths of the value columns (seed tables: as generate_pdfs prints them).
    """

    source: str
    title: tuple[str, ...]
    columns: tuple[ColumnMeaning, ...]
    rows: tuple[BodyRow, ...]
    has_unit: bool = True
    header_rows: tuple[tuple[str, ...], ...] | None = None
    fixed_style: str | None = None
    long_text: bool = False


# ---------------------------------------------------------------------------------------- vocabulary


@dataclass(frozen=True)
class Indicator:
    """An indicator name from the seeds with its unit and a magnitude printed beside it."""

    name: str
    unit: str
    magnitude: float
    decimals: int
    domain: str


_DOMAINS = (
    ("party", ("đảng", "chính quyền cơ sở", "mttq", "đoàn thể")),
    ("digital", ("điện tử", "trực tuyến", "chuyển đổi số", "internet", "băng rộng", "dịch vụ công", "hồ sơ",
                 "số hóa", "thông minh", "mạng", "kỹ năng số", "5g", "6g", "thanh toán", "dữ liệu", "tthc")),
    ("environment", ("rừng", "nước", "chất thải", "rác", "môi trường", "vệ sinh")),
    ("social", ("học", "trường", "y tế", "văn hóa", "nghèo", "lao động", "dân số", "trẻ em", "sinh",
                "bảo hiểm", "giường", "bác sĩ", "việc làm", "gia đình", "di sản", "câu lạc bộ", "đội văn nghệ")),
)

SECTION_TITLES = {
    "economy": ("CHỈ TIÊU KINH TẾ", "Kinh tế", "Phát triển kinh tế"),
    "social": ("CHỈ TIÊU XÃ HỘI", "Văn hóa - Xã hội", "Lĩnh vực xã hội"),
    "environment": ("CHỈ TIÊU MÔI TRƯỜNG", "Môi trường", "Tài nguyên và môi trường"),
    "party": ("CHỈ TIÊU XÂY DỰNG ĐẢNG, HỆ THỐNG CHÍNH TRỊ", "Xây dựng Đảng và hệ thống chính trị"),
    "digital": ("Phát triển Chính quyền số", "CHUYỂN ĐỔI SỐ", "Phát triển hạ tầng số"),
}


def _domain(name: str) -> str:
    low = name.lower()
    for domain, words in _DOMAINS:
        if any(w in low for w in words):
            return domain
    return "economy"


def _tsv_rows(path: Path) -> list[list[str]]:
    from normalizers.text import strip_markup

    rows = []
    for line in path.read_text(encoding="utf-8").split("\n"):
        if "\t" in line:
            rows.append([strip_markup(c).strip() for c in line.split("\t")])
    return rows


@lru_cache(maxsize=1)
def vocabulary() -> tuple[Indicator, ...]:
    """Indicator names, units and magnitudes printed in seeds 000, 001 and 004 (and 002's rates).

    Only rows with a short name (under 130 characters), a unit and a readable figure: those are
    the indicators tables print. Names are kept exactly as printed; duplicates dropped.
    """
    found: dict[str, Indicator] = {}
    files = sorted(SEEDS.glob("00[014]_*.txt"))
    for path in files:
        rows = _tsv_rows(path)
        if path.name.startswith("001"):
            # Seed 001 is an OCR'd copy; only its first table (BIỂU 01) reads cleanly enough.
            end = next((k for k, r in enumerate(rows) if k > 0 and r[0] == "STT"), len(rows))
            rows = rows[:end]
        for cells in rows:
            if len(cells) < 4:
                continue
            if len(cells[0]) > 6 and not re.fullmatch(r"[\dIVXA-H.]+", cells[0]):
                cells = ["", *cells]  # seed 000's row that lost its leading tab
            name = cells[1]
            if not re.search(r"[^\W\d_]{3}", name) or name in ("Cấp huyện", "Cấp xã"):
                continue  # a unit that slid left, or seed 004's child rows
            if not name or len(name) > 130 or name.startswith(("STT", "Chỉ tiêu", "Chi tiêu")):
                continue
            name = re.sub(r"^Trong đó\s*:\s*", "", name)
            has_unit = len(cells) > 4 and not re.search(r"\d", cells[2]) and 0 < len(cells[2]) <= 12
            unit = cells[2] if has_unit else "%"
            unit = "‰" if unit == "%o" else unit
            figures = [read_printed(c) for c in cells[3 if has_unit else 2 :]]
            nums = [f for f in figures if f.kind == "number" and f.value]
            if not nums:
                continue
            first = nums[0]
            assert first.value is not None
            if unit.lower() in ("hà",):
                continue  # OCR damage in seed 001 ("Hà" for "Ha")
            if name not in found:
                found[name] = Indicator(name, unit, first.value, first.decimals, _domain(name))
    for row in seed002_rows():
        if row.unit == "%" and row.name not in found and len(row.name) <= 130:
            found[row.name] = Indicator(row.name, "%", 80.0, 0, _domain(row.name))
    return tuple(found.values())


# ---------------------------------------------------------------------------------------- seed 002


@dataclass(frozen=True)
class PlanRow:
    section: str
    section_title: str
    stt: str
    name: str
    unit: str
    values: tuple[str, ...]
    agency: str


_PLAN_VALUE = r"(?:[<>]?\d+(?:[.,]\d+)?(?:-\d+)?|-)"
_PLAN_UNIT_LINE = re.compile(rf"^(%GRDP|%|Chỉ số)(\s+|\s{{2,}})((?:{_PLAN_VALUE}\s*){{1,5}})(.*)$")


@lru_cache(maxsize=1)
def seed002_rows() -> tuple[PlanRow, ...]:
    """Seed 002's Phụ lục I rows whose five "Mức chỉ tiêu" levels are figures, as printed.

    The text rendering breaks each row over many lines: an STT line ("3.  "), name lines, and a
    line starting with the unit and the five levels (two spaces after the unit: the first level is
    blank). Rows with qualitative levels ("Đạt mức khá") or wrapped units are left out.
    """
    path = next(SEEDS.glob("002_*.txt"))
    lines = [line.rstrip() for line in path.read_text(encoding="utf-8").split("\n")]
    blocks: list[tuple[str, str, str, list[str]]] = []
    section, title = "", ""
    for line in lines:
        sec = re.fullmatch(r"(I|II|III|IV|V|VI)\s+(.+?)\s*", line)
        start = re.match(r"^(\d+)\.(?:\s+(.*))?$", line)
        if sec:
            section, title = sec.groups()
        elif start:
            blocks.append((section, title, start.group(1), [start.group(2) or ""]))
        elif blocks and line.strip():
            blocks[-1][3].append(line.strip())
    rows: list[PlanRow] = []
    for section, title, stt, block in blocks:
        for k, line in enumerate(block):
            m = _PLAN_UNIT_LINE.match(line)
            name_parts = block[:k]
            if m is None:
                inline = re.match(r"^(.+?)\s((?:%GRDP|%|Chỉ số)\s.*)$", line)
                if inline is None or k != 0:
                    continue
                m = _PLAN_UNIT_LINE.match(inline.group(2))
                name_parts = [inline.group(1)]
                if m is None:
                    continue
            unit, gap, vals, agency = m.groups()
            tokens = vals.split()
            if len(gap) >= 2 and len(tokens) == 4:
                tokens = ["", *tokens]
            name = re.sub(r"\s+", " ", " ".join(p for p in name_parts if p)).strip()
            name = name.replace("- ", "-") if re.search(r"\w- \w", name) is None else name
            if len(tokens) == 5 and name:
                rows.append(PlanRow(section, title, stt, name, unit, tuple(tokens), agency.strip()))
            break
    return tuple(rows)


# ---------------------------------------------------------------------------------------- seed tables


def _seed000_tables() -> list:
    from corpus.generate_pdfs import read_seed

    return read_seed()


def _sections_from_stt(stts: list[str], names: list[str], has_values: list[bool]) -> list[tuple[str | None, str]]:
    """Section path and row kind for the seed's STT column (A / 1 / blank)."""
    out: list[tuple[str | None, str]] = []
    top: str | None = None
    mid: str | None = None
    for stt, has in zip(stts, has_values, strict=True):
        if re.fullmatch(r"[A-H]|[IVX]+", stt or ""):
            top, mid = stt, None
            out.append((None, "heading" if not has else "indicator"))
        elif stt:
            out.append((top, "heading" if not has else "indicator"))
            mid = stt
        else:
            path = ".".join(p for p in (top, mid) if p) or None
            out.append((path, "indicator" if has else "heading"))
    return out


def _level(stt: str | None) -> tuple[int, str] | None:
    """Numbering level and path component of a printed STT: "A"/"II." -> 0, "2"/"2." -> 1,
    "1.2" -> 2, "a)" -> 3; bullets and blanks -> None."""
    s = (stt or "").strip()
    if re.fullmatch(r"[A-H]\.?|[IVX]+\.?", s):
        return 0, s.rstrip(".")
    if re.fullmatch(r"\d+\.?", s):
        return 1, s.rstrip(".")
    if re.fullmatch(r"\d+\.\d+\.?", s):
        return 2, s.rstrip(".").split(".")[-1]
    if re.fullmatch(r"[a-zđ][).]", s):
        return 3, s[0]
    return None


def assign_sections(rows: list[BodyRow]) -> list[BodyRow]:
    """Every row's section path: its place in the numbering (see ``corpus.variants.CONVENTIONS``)."""
    path: dict[int, str] = {}
    out = []
    for row in rows:
        lv = _level(row.stt)
        if lv is not None:
            level, part = lv
            for deeper in [k for k in path if k >= level]:
                del path[deeper]
            path[level] = part
        section = ".".join(path[k] for k in sorted(path)) or None
        out.append(replace(row, section=section))
    return out


def seed000_bieu01() -> TableContent:
    """Seed 000's BIỂU 01 (13 columns, "So sánh" over three ratio columns) as printed."""
    from corpus.generate_pdfs import _header_cells

    table = _seed000_tables()[0]
    header, _spans = _header_cells(table.header)
    periods = {3: ("target", "2020-2025"), 4: ("plan", "2024"), 5: ("estimate", "2024"), 6: ("plan", "2025"),
               7: ("estimate", "2021-2024"), 8: ("estimate", "2021-2025"), 9: ("ratio", "2024"),
               10: ("ratio", "2021-2024"), 11: ("ratio", "2021-2025"), 12: ("note", None)}
    columns = tuple(
        ColumnMeaning(role=r, period=p, kind="note" if r == "note" else "value")
        for r, p in periods.values()
    )
    return _seed_table("seed000-bieu01", table, header, columns, start=3)


def seed000_bieu02() -> TableContent:
    """Seed 000's BIỂU 02: long target/result paragraphs, numeric target, result, ratio, evaluation."""
    table = _seed000_tables()[1]
    header = [[c.text for c in r] for r in table.header]
    periods = {3: ("target", None, "value"), 4: ("actual", "2024", "value"), 5: ("ratio", "2024", "value"),
               6: ("evaluation", "2024", "label"), 7: ("note", None, "note")}
    columns = tuple(ColumnMeaning(role=r, period=p, kind=k) for r, p, k in periods.values())
    return _seed_table("seed000-bieu02", table, header, columns, start=3, long_text=True)


def _seed_table(source: str, table, header, columns, *, start: int, long_text: bool = False) -> TableContent:
    stts = [r[0].text for r in table.body]
    names = [r[1].text for r in table.body]
    values = []
    for r in table.body:
        vals = []
        for col, cell in zip(columns, r[start:], strict=False):
            v = read_printed(cell.text)
            if col.kind == "note" or (v.kind == "text" and col.kind != "label"):
                v = Value("text", text=cell.text) if cell.text else BLANK
            vals.append(v)
        vals += [BLANK] * (len(columns) - len(vals))
        values.append(tuple(vals))
    has = [any(v.numeric or v.kind == "label" for v in vs) for vs in values]
    kinds = _sections_from_stt(stts, names, has)
    rows: list[BodyRow] = []
    last_parent: int | None = None
    for k, (r, row_values) in enumerate(zip(table.body, values, strict=True)):
        section, kind = kinds[k]
        printed = r[1].text
        prefix = ""
        m = re.match(r"^(Trong đó\s*:\s*)", printed)
        name = printed
        parent = None
        if m:
            prefix, name = m.group(1), printed[m.end() :]
            parent = last_parent
        elif kind == "indicator":
            last_parent = k
        unit = r[2].text or None
        # Rows with a long text in the value columns only (BIỂU 02's resolution rows) are headings
        # for the numeric rows below them.
        rows.append(BodyRow(kind=kind, name=name, values=row_values, stt=r[0].text or None, prefix=prefix, unit=unit,
                            section=section, parent=parent, bold=r[1].bold))
    title = tuple(table.caption) + ((table.note,) if table.note else ())
    return TableContent(source=source, title=title, columns=columns, rows=tuple(assign_sections(rows)),
                        header_rows=tuple(tuple(h) for h in header), fixed_style="vi", long_text=long_text)


def seed002_plan(rng: random.Random, max_rows: int = 18) -> TableContent:
    """Seed 002's plan table: Mức chỉ tiêu for 2025 ... 2045, and the agency in charge."""
    years = ("2025", "2030", "2035", "2040", "2045")
    cols = [ColumnMeaning("target", y, flat=(f"Mức chỉ tiêu {y}", f"Chỉ tiêu năm {y}"), group="Mức chỉ tiêu",
                          short=(y, f"Năm {y}")) for y in years]
    cols.append(ColumnMeaning("other", None, kind="text", flat=("Cơ quan chủ trì thực hiện chỉ tiêu",
                                                               "Cơ quan chủ trì")))
    plan = list(seed002_rows())
    # A contiguous slice keeps sections and numbering as printed.
    start = rng.randrange(0, max(1, len(plan) - max_rows))
    chosen = plan[start : start + max_rows]
    rows: list[BodyRow] = []
    roman = None
    for p in chosen:
        if p.section != roman:
            roman = p.section
            rows.append(BodyRow("heading", p.section_title, values=(BLANK,) * len(cols), stt=p.section, bold=True))
        vals = (*(read_printed(v) for v in p.values), Value("text", text=p.agency) if p.agency else BLANK)
        rows.append(BodyRow("indicator", p.name, values=vals, stt=f"{p.stt}.", unit=p.unit, section=p.section))
    title = ("Phụ lục I", "DANH MỤC CÁC CHỈ TIÊU VÀ PHÂN CÔNG THỰC HIỆN")
    return TableContent("seed002-plan", title, tuple(cols), tuple(assign_sections(rows)), fixed_style=None)


# ---------------------------------------------------------------------------------------- synthetic


def _pct(a: float, b: float, decimals: int) -> float:
    return round(a / b * 100.0, decimals)


@dataclass
class _Builder:
    rng: random.Random
    year: int
    rows: list[BodyRow] = field(default_factory=list)


TEMPLATES = ("ket_qua_nam", "nghi_quyet", "du_toan", "danh_gia", "ty_le", "muc_tieu_nam", "uoc_danh_gia")


def _columns_for(template: str, y: int, rng: random.Random) -> tuple[ColumnMeaning, ...]:
    Y, P = str(y), str(y - 1)
    if template == "ket_qua_nam":
        cols = [
            ColumnMeaning("actual", P, flat=(f"Thực hiện năm {P}", f"TH năm {P}", f"TH {P}"), group=f"Năm {P}",
                          short=("Thực hiện", "TH")),
            ColumnMeaning("plan", Y, flat=(f"Kế hoạch năm {Y}", f"KH năm {Y}", f"KH {Y}"), group=f"Năm {Y}",
                          short=("Kế hoạch", "KH")),
            ColumnMeaning("estimate", Y, flat=(f"Ước thực hiện năm {Y}", f"Ước TH năm {Y}", f"Ước TH {Y}"),
                          group=f"Năm {Y}", short=("Ước thực hiện", "Ước TH")),
            ColumnMeaning("ratio", Y, flat=(f"Ước TH {Y}/KH {Y} (%)", f"So sánh UTH/KH năm {Y} (%)"),
                          group="So sánh (%)", short=("UTH/KH", f"UTH {Y}/KH {Y}"), divides=(2, 1),
                          deep=("So sánh (%)", f"Ước TH năm {Y} so với", f"KH năm {Y}")),
            ColumnMeaning("ratio", Y, flat=(f"Ước TH {Y}/TH {P} (%)", f"So với cùng kỳ năm {P} (%)"),
                          group="So sánh (%)", short=(f"UTH {Y}/TH {P}", "Cùng kỳ"), divides=(2, 0),
                          deep=("So sánh (%)", f"Ước TH năm {Y} so với", f"TH năm {P}")),
        ]
        if rng.random() < 0.5:
            cols.append(ColumnMeaning("plan", str(y + 1), flat=(f"Kế hoạch năm {y + 1}", f"KH {y + 1}"),
                                      group=None))
        return tuple(cols)
    if template == "nghi_quyet":
        return (
            ColumnMeaning("target", "2020-2025", flat=("Mục tiêu NQ ĐH (nhiệm kỳ 2020-2025)",
                                                       "Mục tiêu Nghị quyết Đại hội nhiệm kỳ 2020-2025",
                                                       "Chỉ tiêu NQ giai đoạn 2020-2025")),
            ColumnMeaning("actual", P, flat=(f"Thực hiện năm {P}", f"TH {P}"), group="Kết quả thực hiện",
                          short=(f"Năm {P}", P)),
            ColumnMeaning("estimate", Y, flat=(f"Ước thực hiện năm {Y}", f"Ước TH {Y}"), group="Kết quả thực hiện",
                          short=(f"Ước năm {Y}", f"Ước {Y}")),
            ColumnMeaning("estimate", f"2021-{Y}", flat=(f"Ước thực hiện giai đoạn 2021-{Y}", f"Ước lũy kế 2021-{Y}"),
                          group="Kết quả thực hiện", short=(f"Ước giai đoạn 2021-{Y}", f"Ước lũy kế 2021-{Y}")),
            ColumnMeaning("ratio", f"2021-{Y}", flat=(f"Ước TH giai đoạn 2021-{Y}/Mục tiêu NQ (%)",
                                                     "So với mục tiêu NQ (%)"), divides=(3, 0)),
            ColumnMeaning("evaluation", Y, kind="label", flat=(f"Đánh giá đến năm {Y}", f"Đánh giá mức độ thực hiện năm {Y}")),
        )
    if template == "du_toan":
        return (
            ColumnMeaning("actual", P, flat=(f"Thực hiện năm {P}", f"Quyết toán năm {P}")),
            ColumnMeaning("plan", Y, flat=(f"Dự toán năm {Y}", f"Dự toán giao năm {Y}"), group=f"Năm {Y}",
                          short=("Dự toán", "Dự toán giao")),
            ColumnMeaning("estimate", Y, flat=(f"Ước thực hiện năm {Y}", f"Ước TH năm {Y}"), group=f"Năm {Y}",
                          short=("Ước thực hiện", "Ước TH")),
            ColumnMeaning("ratio", Y, flat=(f"So dự toán năm {Y} (%)", f"UTH/DT {Y} (%)"), group="So sánh (%)",
                          short=("Dự toán", "So dự toán"), divides=(2, 1),
                          deep=("So sánh (%)", f"Ước TH năm {Y} so với", "Dự toán")),
            ColumnMeaning("ratio", Y, flat=(f"So cùng kỳ năm {P} (%)", f"UTH {Y}/TH {P} (%)"), group="So sánh (%)",
                          short=("Cùng kỳ", f"So với năm {P}"), divides=(2, 0),
                          deep=("So sánh (%)", f"Ước TH năm {Y} so với", "Cùng kỳ")),
        )
    if template == "danh_gia":
        return (
            ColumnMeaning("target", Y, flat=(f"Chỉ tiêu năm {Y}", f"Mục tiêu năm {Y}", f"Chỉ tiêu giao năm {Y}")),
            ColumnMeaning("actual", Y, flat=(f"Kết quả thực hiện năm {Y}", f"Thực hiện năm {Y}", f"TH {Y}")),
            ColumnMeaning("ratio", Y, flat=("Tỷ lệ (%)", "Tỷ lệ đạt (%)", f"Tỷ lệ TH/KH {Y} (%)"), divides=(1, 0)),
            ColumnMeaning("evaluation", Y, kind="label", flat=("Đánh giá (Đạt/Vượt/Chưa đạt)", "Đánh giá", "Kết quả đánh giá")),
        )
    if template == "ty_le":
        return (
            ColumnMeaning("target", Y, flat=(f"Mục tiêu {Y} (tỷ lệ %)", f"Chỉ tiêu {Y} (%)")),
            ColumnMeaning("actual", Y, flat=(f"Kết quả thực hiện năm {Y} (tỷ lệ %)", f"Kết quả thực hiện năm {Y} (%)")),
        )
    if template == "uoc_danh_gia":
        # The government's annual scorecard: plan, estimate, and a word for how it went.
        return (
            ColumnMeaning("plan", Y, flat=(f"Kế hoạch năm {Y}", f"KH năm {Y}", f"Kế hoạch năm {Y} được giao")),
            ColumnMeaning("estimate", Y, flat=(f"Ước thực hiện năm {Y}", f"Ước TH năm {Y}", f"Ước đạt năm {Y}")),
            ColumnMeaning("evaluation", Y, kind="label", flat=("Đánh giá", "Đánh giá kết quả", "Mức độ hoàn thành")),
        )
    if template == "muc_tieu_nam":
        years = [str(y), str(y + 1), "2030"]
        return tuple(
            ColumnMeaning("target", yy, flat=(f"Mục tiêu năm {yy}", f"Chỉ tiêu {yy}"), group="Mục tiêu",
                          short=(yy, f"Năm {yy}"))
            for yy in years
        )
    raise ValueError(template)


_CHILD_SETS_PARTITION = {
    "people": (("Nam", "Nữ"), ("Khu vực thành thị", "Khu vực nông thôn")),
    "land": (("Vùng thấp", "Vùng cao"), ("Các xã", "Thị trấn")),
    "money": (("Ngân sách trung ương", "Ngân sách địa phương"), ("Cấp huyện", "Cấp xã")),
    "units": (("Xã vùng thấp", "Xã vùng cao"), ("Khu vực I", "Khu vực II", "Khu vực III")),
}


def _child_kind(unit: str) -> str:
    u = unit.strip().lower()
    if u in ("ha", "tấn", "km"):
        return "land"
    if u in ("tỷ đồng", "triệu đồng"):
        return "money"
    if u in ("xã", "con"):
        return "units"
    return "people"
_BUDGET_ROWS = (
    ("Tổng thu ngân sách nhà nước trên địa bàn", ("Thu nội địa", "Thu tiền sử dụng đất", "Thu phí, lệ phí")),
    ("Tổng chi ngân sách địa phương", ("Chi đầu tư phát triển", "Chi thường xuyên", "Dự phòng ngân sách")),
    ("Thu bổ sung từ ngân sách cấp trên", ("Bổ sung cân đối", "Bổ sung có mục tiêu")),
    ("Chi thường xuyên", ("Chi sự nghiệp giáo dục - đào tạo", "Chi sự nghiệp y tế", "Chi quản lý hành chính")),
)
_ADDITIVE_UNITS = ("ha", "tấn", "tỷ đồng", "triệu đồng", "người", "lượt", "xã", "hộ", "lao động", "con", "km")


def _is_additive(unit: str) -> bool:
    return unit.strip().lower() in _ADDITIVE_UNITS


def _draw(rng: random.Random, ind: Indicator) -> tuple[float, int]:
    """A fresh magnitude near the printed one (±25 %), with the seed's decimals or one of 0-2."""
    decimals = ind.decimals if rng.random() < 0.6 else rng.choice((0, 1, 2))
    if ind.unit.strip() in ("%", "‰", "%o"):
        base = min(ind.magnitude, 100.0) if ind.magnitude else 80.0
        x = min(100.0, max(1.0, base * rng.uniform(0.85, 1.1)))
        decimals = min(decimals, 2)
    else:
        x = max(1.0, ind.magnitude * rng.uniform(0.75, 1.25))
        if ind.unit.lower() in ("xã", "người", "lượt", "hộ", "con", "clb", "đội", "bản", "điểm", "di sản"):
            decimals = 0
    return round(x, decimals), decimals


def synthetic_table(rng: random.Random, template: str, year: int, n_rows: int) -> TableContent:
    """A table of ``template``'s shape with ``n_rows`` indicator rows drawn from the seeds' vocabulary."""
    columns = _columns_for(template, year, rng)
    if rng.random() < 0.35 and template not in ("ty_le",):
        columns = (*columns, ColumnMeaning("note", None, kind="note", flat=("Ghi chú",)))
    has_unit = template != "ty_le"
    vocab = list(vocabulary())
    if template == "ty_le":
        vocab = [v for v in vocab if v.unit == "%"]
    rng.shuffle(vocab)
    domains: dict[str, list[Indicator]] = {}
    for ind in vocab:
        domains.setdefault(ind.domain, []).append(ind)
    order = [d for d in ("economy", "social", "environment", "digital", "party") if d in domains]
    n_sections = rng.choice((1, 2, 3)) if n_rows >= 6 else 1
    chosen_domains = order[: max(1, min(n_sections, len(order)))] if template != "du_toan" else ["budget"]
    sec_style = rng.choice(("letters", "roman", "roman_dot", "digits", "none"))
    sub_style = "decimal" if sec_style == "digits" else rng.choice(("digits", "digits_dot"))
    rows: list[BodyRow] = []
    per = max(2, n_rows // len(chosen_domains))
    for s, domain in enumerate(chosen_domains):
        label = _section_label(sec_style, s)
        if label is not None or len(chosen_domains) > 1:
            title_words = SECTION_TITLES.get(domain, ("Thu, chi ngân sách",))
            title = rng.choice(title_words) if domain != "budget" else "Thu, chi ngân sách nhà nước"
            rows.append(BodyRow("heading", title, values=(BLANK,) * len(columns), stt=label, bold=True))
        section = _strip_label(label)
        if domain == "budget":
            _budget_rows(rng, rows, columns, section, year, sub_style)
            continue
        pool = domains[domain][: per + 4]
        k = 0
        idx = 0
        while k < per and idx < len(pool):
            ind = pool[idx]
            idx += 1
            stt = _sub_label(sub_style, section, k)
            k += 1
            vals, base = _row_values(rng, columns, ind)
            parent_index = len(rows)
            rows.append(BodyRow("indicator", ind.name, values=vals, stt=stt, unit=ind.unit if has_unit else None,
                                section=section, bold=rng.random() < 0.2))
            if rng.random() < 0.22 and has_unit:
                _children(rng, rows, columns, ind, parent_index, base, _join(section, _strip_label(stt)))
    return TableContent(f"synthetic-{template}", _title_for(template, year, rng), columns, tuple(assign_sections(rows)),
                        has_unit=has_unit)


def _join(section: str | None, part: str | None) -> str | None:
    if not part:
        return section
    return f"{section}.{part}" if section else part


def _section_label(style: str, i: int) -> str | None:
    if style == "letters":
        return "ABCDEFGH"[i]
    if style == "roman":
        return ("I", "II", "III", "IV", "V")[i]
    if style == "roman_dot":
        return ("I.", "II.", "III.", "IV.", "V.")[i]
    if style == "digits":
        return f"{i + 1}."
    return None


def _strip_label(label: str | None) -> str | None:
    """The path component a printed STT stands for: "II." -> "II", "a)" -> "a", "-" -> None."""
    if not label:
        return None
    s = label.strip().rstrip(".)")
    if s in ("-", "+", "•", ""):
        return None
    return s.split(".")[-1]


def _sub_label(style: str, section: str | None, k: int) -> str:
    if style == "digits":
        return str(k + 1)
    if style == "digits_dot":
        return f"{k + 1}."
    return f"{section}.{k + 1}" if section and section.isdigit() else f"{k + 1}"


def _title_for(template: str, year: int, rng: random.Random) -> tuple[str, ...]:
    n = rng.randint(1, 9)
    titles = {
        "ket_qua_nam": f"KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI CHỦ YẾU NĂM {year}",
        "nghi_quyet": "TÌNH HÌNH THỰC HIỆN CÁC CHỈ TIÊU NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ HUYỆN NHIỆM KỲ 2020-2025",
        "du_toan": f"ƯỚC THỰC HIỆN THU, CHI NGÂN SÁCH NHÀ NƯỚC NĂM {year}",
        "danh_gia": f"ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM {year}",
        "ty_le": f"Kết quả thực hiện nhiệm vụ chuyển đổi số năm {year}",
        "muc_tieu_nam": f"MỤC TIÊU PHÁT TRIỂN KINH TẾ - XÃ HỘI GIAI ĐOẠN {year}-2030",
        "uoc_danh_gia": f"KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU NĂM {year}",
    }
    head = rng.choice((f"Biểu số {n:02d}", f"BIỂU {n:02d}", f"Phụ lục {('I', 'II', 'III')[n % 3]}", f"Biểu {n}"))
    return (head, titles[template])


def _row_values(rng: random.Random, columns: tuple[ColumnMeaning, ...], ind: Indicator) -> tuple[tuple[Value, ...], dict[int, float]]:
    """One indicator's values across the columns, ratios recomputed from the figures they divide.

    Returns the values and the numbers behind the plain-number cells (for children to add up).
    """
    base, decimals = _draw(rng, ind)
    pct_unit = ind.unit.strip() == "%"
    figures: dict[int, float] = {}
    out: list[Value] = []
    value_cols = [i for i, c in enumerate(columns) if c.kind == "value"]
    special = rng.random()
    for i, col in enumerate(columns):
        if col.kind == "note":
            out.append(_note(rng))
            continue
        if col.kind == "text":
            out.append(Value("text", text=rng.choice(("Phòng Kinh tế - Hạ tầng", "Phòng Nông nghiệp và PTNT",
                                                      "Phòng Văn hóa - Thông tin", "UBND các xã, thị trấn"))))
            continue
        if col.kind == "label" or col.role == "ratio":
            out.append(BLANK)  # filled below once the figures are known
            continue
        x = round(base * rng.uniform(0.85, 1.15), decimals) if figures else base
        if pct_unit:
            x = round(min(100.0, x), decimals)
        figures[i] = x
        out.append(Value("number", value=x, decimals=decimals))
    # Targets printed as ranges or comparators (growth rates "5-6", coverage "> 90"), fractions of
    # criteria ("16/19"), qualitative rows, blanks and dashes, as the seeds print them.
    first = value_cols[0] if value_cols else None
    if first is not None and columns[first].role in ("target", "plan") and first in figures:
        if pct_unit and special < 0.12:
            v = figures.pop(first)
            op = rng.choice((">", ">", ">=", "<"))
            word = rng.choice(_COMPARATOR_WORDS[op])
            # A target bound sits below what is usually reached ("> 90", "Trên 95"), or above it
            # for what should fall ("Dưới 5").
            bound = round(v * 0.9) if op in (">", ">=") else round(v * 1.1 + 1)
            out[first] = Value("comparator", value=float(bound), op=op, decimals=0, word=word,
                               text="tight" if rng.random() < 0.4 else None)
        elif special < 0.2 and figures[first] < 100:
            v = figures.pop(first)
            if v < 10 and rng.random() < 0.5:
                lo = round(v * 0.97, 1)
                out[first] = Value("range", low=lo, high=round(lo + 0.2, 1), decimals=1)
            else:
                lo = round(v * 0.95) if v >= 10 else round(v, 0)
                out[first] = Value("range", low=float(lo), high=float(lo + (1 if v < 20 else 5)), decimals=0)
        elif special < 0.24 and columns[first].role == "plan":
            # National and provincial plans print "Khoảng 6": the figure is 6.
            out[first] = replace(out[first], word="Khoảng")
    if 0.85 < special and value_cols and ind.unit.strip().lower() in ("tiêu chí", "xã", "chỉ tiêu"):
        # "16/19 tiêu chí", "9/12 xã": one denominator (the criteria, the communes) for the row.
        den = float(rng.choice((9, 19, 12, 14)))
        for i in value_cols:
            if i in figures and columns[i].role != "ratio":
                num = float(rng.randint(int(den * 0.5), int(den)))
                figures.pop(i)
                out[i] = Value("fraction", value=num, den=den)
    for i in value_cols:
        if i in figures and rng.random() < 0.05:
            figures.pop(i)
            out[i] = DASH if rng.random() < 0.5 else BLANK
    for i, col in enumerate(columns):
        if col.role == "ratio" and col.divides is not None:
            a, b = _divides_index(columns, col)
            if a in figures and b in figures and figures[b]:
                d = rng.choice((1, 1, 1, 2, 0))
                r = _pct(figures[a], figures[b], d)
                out[i] = Value("number", value=r, decimals=d, percent=rng.random() < 0.08)
            else:
                out[i] = BLANK if rng.random() < 0.6 else DASH
        elif col.kind == "label":
            out[i] = _evaluation(columns, out, figures)
    return tuple(out), figures


def _divides_index(columns: tuple[ColumnMeaning, ...], col: ColumnMeaning) -> tuple[int, int]:
    """Column positions (in ``columns``) of a ratio's numerator and denominator."""
    assert col.divides is not None
    data = [i for i, c in enumerate(columns) if c.kind == "value" and c.role != "ratio"]
    return data[col.divides[0]], data[col.divides[1]]


def _evaluation(columns: tuple[ColumnMeaning, ...], out: list[Value], figures: dict[int, float]) -> Value:
    """Đạt / Vượt / Chưa đạt as the figures say: from the ratio column, else result against target."""
    ratio = next((v.value for c, v in zip(columns, out, strict=False) if c.role == "ratio" and v.kind == "number"), None)
    data = [v for c, v in zip(columns, out, strict=False) if c.kind == "value" and c.role != "ratio"]
    if ratio is None and len(data) >= 2 and data[0].kind == data[-1].kind == "fraction":
        assert data[0].value is not None and data[-1].value is not None
        ratio = data[-1].value / data[0].value * 100 if data[0].value else None
    if ratio is None and len(data) >= 2 and data[-1].kind == "number" and data[-1].value is not None:
        aim, got = data[0], data[-1].value
        if aim.kind == "number" and aim.value:
            ratio = got / aim.value * 100
        elif aim.kind == "range" and aim.low is not None and aim.high is not None:
            ratio = 100.0 if aim.low <= got <= aim.high else (101.0 if got > aim.high else 99.0)
        elif aim.kind == "comparator" and aim.value is not None:
            ok = {">": got > aim.value, ">=": got >= aim.value, "<": got < aim.value, "<=": got <= aim.value}[aim.op or ">"]
            ratio = 100.0 if ok else 99.0
    if ratio is None:
        return Value("label", text="Đạt")
    if ratio > 100.0:
        return Value("label", text="Vượt")
    if ratio >= 100.0:
        return Value("label", text="Đạt")
    return Value("label", text="Chưa đạt")


def _note(rng: random.Random) -> Value:
    if rng.random() < 0.75:
        return BLANK
    return Value("text", text=rng.choice(("Số liệu ước", "Vượt KH", "Chưa đạt KH", "Theo số liệu thống kê",
                                          "Đạt", "Số liệu sơ bộ")))


def _split(rng: random.Random, values: tuple[Value, ...], columns: list[int], shares: list[float]) -> list[dict[int, float]]:
    """A parent's figures split into parts that add up exactly at the printed decimals.

    Each column's shares move a little on their own, so a child's ratio columns differ from its
    parent's as they do in real tables.
    """
    split: list[dict[int, float]] = [{} for _ in shares]
    for i in columns:
        v = values[i]
        assert v.value is not None
        step = 10 ** -v.decimals
        moved = [s * rng.uniform(0.85, 1.15) for s in shares]
        total = sum(moved)
        parts = [round(v.value * s / total / step) * step for s in moved[:-1]]
        parts.append(v.value - sum(parts))
        for k, part in enumerate(parts):
            split[k][i] = round(part, v.decimals)
    return split


def _children(rng: random.Random, rows: list[BodyRow], columns: tuple[ColumnMeaning, ...], ind: Indicator,
              parent: int, base: dict[int, float], section: str | None) -> None:
    """"Chia ra"/"Bao gồm" children that add up to the parent, or "Trong đó" subsets."""
    additive = _is_additive(ind.unit)
    parent_row = rows[parent]
    number_cols = [i for i, v in enumerate(parent_row.values) if v.kind == "number" and columns[i].role != "ratio"]
    if not number_cols:
        return  # a parent printed as fractions or ranges has no figures to break down
    if additive and number_cols and rng.random() < 0.6:
        names = rng.choice(_CHILD_SETS_PARTITION[_child_kind(ind.unit)])
        marker = rng.choice(("Chia ra:", "Bao gồm:", "Gồm:"))
        split = _split(rng, parent_row.values, number_cols, [rng.uniform(0.2, 0.8) for _ in names])
        rows[parent] = replace(parent_row, partition=True)
        _emit_children(rng, rows, columns, names, split, parent, section, marker, ind)
        return
    land = _child_kind(ind.unit) == "land" and ind.unit.strip().lower() != "%"
    qualifier = rng.choice(("trồng mới", "trong năm") if land else ("trong năm", "đạt chuẩn", "vùng đồng bào dân tộc thiểu số"))
    split = [{}]
    for i in number_cols:
        v = parent_row.values[i]
        assert v.value is not None
        split[0][i] = round(v.value * rng.uniform(0.1, 0.6), v.decimals) if not ind.unit.strip() == "%" else round(
            min(100.0, v.value * rng.uniform(0.8, 1.05)), v.decimals)
    child_name = f"{ind.name} {qualifier}" if len(ind.name) < 60 else f"Riêng {qualifier}"
    _emit_children(rng, rows, columns, (child_name,), split, parent, section, "Trong đó:", ind)


def _emit_children(rng: random.Random, rows: list[BodyRow], columns: tuple[ColumnMeaning, ...], names, split,
                   parent: int, section: str | None, marker: str, ind: Indicator) -> None:
    parent_row = rows[parent]
    as_row = rng.random() < 0.45
    if as_row:
        rows.append(BodyRow("marker", marker, values=(BLANK,) * len(columns), section=section))
    bullet = rng.choice(("-", "+", "", "a"))
    for k, name in enumerate(names):
        vals: list[Value] = []
        for i, col in enumerate(columns):
            pv = parent_row.values[i]
            if i in split[k]:
                vals.append(Value("number", value=split[k][i], decimals=pv.decimals))
            elif col.role == "ratio" and col.divides is not None:
                a, b = _divides_index(columns, col)
                if a in split[k] and b in split[k] and split[k][b]:
                    d = pv.decimals if pv.kind == "number" else 1
                    vals.append(Value("number", value=_pct(split[k][a], split[k][b], d), decimals=d))
                else:
                    vals.append(BLANK)
            elif col.kind == "label":
                vals.append(BLANK)
            else:
                vals.append(BLANK)
        stt = None
        prefix = ""
        if not as_row and k == 0:
            prefix = f"{marker} "
        elif bullet == "a":
            stt = f"{'abcdef'[k]})"
        elif bullet:
            stt = bullet
        rows.append(BodyRow("indicator", name, values=tuple(vals), stt=stt, prefix=prefix, unit=ind.unit,
                            section=section, parent=parent))


def _budget_rows(rng: random.Random, rows: list[BodyRow], columns: tuple[ColumnMeaning, ...], section: str | None,
                 year: int, sub_style: str) -> None:
    picks = rng.sample(_BUDGET_ROWS, k=rng.choice((2, 3)))
    for k, (name, children) in enumerate(picks):
        ind = Indicator(name, "Triệu đồng", rng.uniform(20_000, 900_000), rng.choice((0, 0, 1)), "budget")
        vals, _ = _row_values(rng, columns, ind)
        parent = len(rows)
        stt = _sub_label(sub_style, section, k)
        rows.append(BodyRow("indicator", name, values=vals, stt=stt, unit=ind.unit, section=section, bold=True))
        numbers = [i for i, v in enumerate(vals) if v.kind == "number" and columns[i].role != "ratio"]
        if not numbers:
            continue
        split = _split(rng, vals, numbers, [rng.uniform(0.1, 0.7) for _ in children])
        rows[parent] = replace(rows[parent], partition=True)
        _emit_children(rng, rows, columns, children, split, parent, _join(section, _strip_label(stt)),
                       rng.choice(("Chia ra:", "Bao gồm:")), ind)
