"""Seeded layout variants of district indicator tables, with exact truth: the generality benchmark.

``python corpus/variants.py 0-9 --out /tmp/variants [--scan]`` writes for each seed ``vNNNN.pdf``
(text layer), ``vNNNN.truth.json``, with ``--scan`` ``vNNNN_scan.pdf`` (image only), and for seeds
that carry an edit pair ``vNNNN_edited.pdf`` with ``vNNNN_edited.truth.json`` (the edits).

Seed n -> one variant, deterministically: the same seed and library versions give byte-identical
files. Seeds 0-499 are the development range; 500-999 are held out (``benchmarks/score_variants.py``
refuses them without ``--heldout``). The generator was written from how district offices lay out
their tables (the seeds and public Biểu / Phụ lục tables), not from what the extractor reads.

The API for metamorphic tests: ``variant(seed)`` gives a ``Variant`` (content + layout);
``relayout(variant, seed)`` keeps the content and draws another clean layout; ``render(variant,
folder, name)`` writes a PDF and returns its truth.

Forcing features (development seeds only): ``variant(seed, force={"continuation_no_header",
"stt_in_name"})`` draws the seed as usual, then turns the named features on (``FORCIBLE``), so a
rare feature and its combinations can be studied over hundreds of development seeds instead of the
few that draw it; ``--force`` on the command line and in ``benchmarks/score_variants.py``. An
unforced seed is byte-identical to what it was; forced seeds are never the held-out measurement.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from corpus.variant_content import (  # noqa: E402
    TEMPLATES,
    BodyRow,
    TableContent,
    Value,
    format_value,
    seed000_bieu01,
    seed000_bieu02,
    seed002_plan,
    synthetic_table,
    truth_of_value,
)
from corpus.variant_layout import (  # noqa: E402
    BROKEN_KINDS,
    COLNUM_STYLES,
    FONTS,
    NAME_HEADERS,
    STT_HEADERS,
    UNIT_HEADERS,
    DocLayout,
    Grid,
    ScanLayout,
    TableLayout,
    table_grid,
)

DEV_RANGE = range(0, 500)
HELDOUT_RANGE = range(500, 1000)
# Scan features added after the measured ranges were defined are drawn from this seed on only (each
# from a stream of its own), so every variant below it stays byte-identical; they are forcible on
# any development seed. Seeds 10000-10999 were the next untouched range when "page_sideways" came.
LATE_FEATURES_FROM = 11000
# The share of landscape variants (from LATE_FEATURES_FROM on) whose first page is fed sideways.
SIDEWAYS_SHARE = 0.25
CONVENTIONS = (
    "indicator: as printed, numbering, markup, child marker (Trong đó:, Chia ra:, Bao gồm:, Gồm:) and trailing "
    "list punctuation (; : ,) removed, "
    "wrapped lines joined by one space; section: the row's place in the numbering, the STT labels of the "
    "enclosing headings and numbered rows and its own (bullets - + are not labels) joined by '.' (A, A.1, A.2, "
    "II.3.a); period of a ratio column: its numerator's period (period_printed false when its header path prints "
    "no year: None is then accepted too); parent: index in the table's "
    "rows; values are the numbers printed (percent stays in percent)."
)
DISTRICTS = (("Tam Đường", "Lai Châu"), ("Ea H'Leo", "Đắk Lắk"), ("Tủa Chùa", "Điện Biên"), ("Nam Đông", "Thừa Thiên Huế"))


@dataclass(frozen=True)
class Variant:
    """One variant: what its tables say, how it is printed, and the document around them."""

    seed: int
    contents: tuple[TableContent, ...]
    layout: DocLayout
    district: str
    province: str
    year: int
    number: str


# ---------------------------------------------------------------------------------------- choices


def _rng(seed: int, what: str) -> random.Random:
    # String seeds are hashed with SHA-512 by random.seed: stable across runs and platforms.
    return random.Random(f"doisoat-variant-{what}-{seed}")


def _contents(seed: int, rng: random.Random, year: int) -> tuple[TableContent, ...]:
    n_tables = rng.choices((1, 2, 3), weights=(62, 28, 10))[0]
    contents: list[TableContent] = []
    for k in range(n_tables):
        pick = rng.random()
        short = n_tables > 1 and k < n_tables
        if pick < 0.10 and not short:
            contents.append(seed000_bieu01())
        elif pick < 0.15 and not short and n_tables == 1:
            contents.append(seed000_bieu02())
        elif pick < 0.25:
            contents.append(seed002_plan(rng, max_rows=rng.randint(5, 8) if short else rng.randint(8, 20)))
        else:
            template = rng.choice(TEMPLATES)
            if short:
                n_rows = rng.randint(3, 7)
            elif rng.random() < 0.3:
                n_rows = rng.randint(26, 40)
            else:
                n_rows = rng.randint(6, 22)
            contents.append(synthetic_table(rng, template, year, n_rows))
    return tuple(contents)


def _table_layout(rng: random.Random, content: TableContent, broken: str | None) -> TableLayout:
    colnum = rng.choice(COLNUM_STYLES) if rng.random() < 0.5 else None
    return TableLayout(
        levels=rng.choices((1, 2, 3), weights=(40, 42, 18))[0],
        colnum=colnum,
        colnum_inline=rng.random() < 0.12,
        stt_header=rng.choice(STT_HEADERS),
        name_header=rng.choice(NAME_HEADERS) if rng.random() < 0.7 else "Chỉ tiêu",
        unit_header=rng.choice(UNIT_HEADERS),
        stt_in_name=rng.random() < 0.1 and content.header_rows is None,
        ruling=rng.choice(("grid", "grid", "grid", "none", "none", "horizontal")),
        repeat_header=rng.random() < 0.6,
        wording_seed=rng.randrange(1000),
        number_align=rng.choice(("right", "right", "center")),
        broken=broken,
        name_width=rng.uniform(0.25, 0.45),
        merge_headings=rng.random() < 0.3,
        header_fill=rng.random() < 0.2,
    )


def _doc_layout(seed: int, rng: random.Random, contents: Sequence[TableContent], *, allow_broken: bool = True) -> DocLayout:
    broken = rng.choice(BROKEN_KINDS) if allow_broken and rng.random() < 0.09 else None
    tables = tuple(_table_layout(rng, c, broken if k == 0 else None) for k, c in enumerate(contents))
    wide = max(len(c.columns) + 3 for c in contents)
    long_text = any(c.long_text for c in contents)
    orientation = rng.choices(("portrait", "landscape", "rotated"), weights=(35, 45, 20))[0]
    if long_text or wide >= 11:
        orientation = rng.choice(("landscape", "rotated"))
    size = round(rng.uniform(6.5, 8.5) if orientation == "portrait" or wide >= 10 else rng.uniform(7.0, 10.5), 1)
    if long_text:
        size = 6.5
    signature = rng.random() < 0.5
    scan = ScanLayout(
        dpi=rng.choice((200, 300)),
        seal=rng.choices((None, "red", "grey"), weights=(40, 35, 25))[0],
        signature=signature,
        skew=round(rng.uniform(-2.0, 2.0), 2),
        upside_down_page=1 if rng.random() < 0.1 else None,
    )
    return DocLayout(
        orientation=orientation,
        font=rng.choice(FONTS),
        font_size=size,
        number_style=rng.choices(("vi", "vi_plain", "en"), weights=(68, 12, 20))[0],
        prose_before=rng.random() < 0.4,
        letterhead=rng.random() < 0.4,
        signature=signature,
        same_page=len(contents) > 1 and rng.random() < 0.75,
        tables=tables,
        scan=scan,
    )


def variant(seed: int, force: Iterable[str] = ()) -> Variant:
    """The variant of random seed ``seed`` (content and layout drawn from independent streams),
    with the features in ``force`` turned on (``FORCIBLE``; development seeds only)."""
    forced = check_force(force, [seed])
    rng = _rng(seed, "content")
    year = rng.choice((2022, 2023, 2024, 2025))
    contents = _contents(seed, rng, year)
    layout = _doc_layout(seed, _rng(seed, "layout"), contents)
    district, province = rng.choice(DISTRICTS)
    number = f"{rng.randint(100, 1999)}/BC-UBND"
    if seed >= LATE_FEATURES_FROM:
        drawn, degrees = _sideways_draw(seed)
        if drawn and layout.orientation != "portrait":
            layout = replace(layout, scan=_fed_sideways(layout.scan, degrees))
    v = Variant(seed, contents, layout, district, province, year, number)
    return _forced(v, forced) if forced else v


def _sideways_draw(seed: int) -> tuple[bool, int]:
    """(whether a landscape variant's first page is fed sideways, which way: 90 or 270 degrees),
    from a stream of its own: the same turn whether drawn (seeds from 11000) or forced."""
    rng = _rng(seed, "sideways")
    drawn = rng.random() < SIDEWAYS_SHARE
    return drawn, rng.choice((90, 270))


def _fed_sideways(scan: ScanLayout, degrees: int) -> ScanLayout:
    # One page is fed one way: a sideways first page is not also upside down.
    upside_down = None if scan.upside_down_page == 1 else scan.upside_down_page
    return replace(scan, sideways=(1, degrees), upside_down_page=upside_down)


# ---------------------------------------------------------------------------------------- forcing

# Features that can be forced on, and what forcing does (after the seed's own draws, from a stream
# of its own, so the unforced variant is unchanged).
FORCIBLE: dict[str, str] = {
    "continuation_no_header": "the first table runs over pages (a long table) and repeats no header",
    "continuation_repeated_header": "the first table runs over pages and repeats its header",
    "stt_in_name": "no STT column: numbering printed at the start of the names (synthetic and seed 002 tables)",
    "rotated": "landscape pages stored rotated 90 degrees",
    "landscape": "landscape pages",
    "portrait": "portrait pages (tables that fit)",
    "value_label": "the first table has an evaluation column of Đạt / Vượt / Chưa đạt",
    "seed000-bieu02": "the one table is seed 000's BIỂU 02",
    "seed000-bieu01": "the one table is seed 000's BIỂU 01",
    "unruled": "every table printed without rules",
    "ruled": "every table ruled",
    "horizontal_rules": "every table ruled across only",
    "several_tables": "two or three tables",
    "tables_same_page": "several tables following each other on a page",
    "prose_before": "paragraphs before the first table",
    "colnum": "a column-number row under every header",
    "colnum_inline": "column numbers inside the header cells",
    "header_2_level": "synthetic tables with two-level headers",
    "header_3_level": "synthetic tables with three-level headers",
    "wrapped_cells": "narrow indicator columns (names wrap)",
    "heading_rows_merged": "section rows merged across the figure columns",
    "numbers_en": "English number style",
    "numbers_vi_plain": "Vietnamese numbers without grouping",
    "broken_columns_shuffled": "the first table's columns shuffled under their header",
    "broken_header_removed": "the first table printed without its header",
    "broken_header_garbled": "the first table's header garbled",
    "edit_pair": "an edited copy for doisoat diff whenever the content allows one",
    "page_sideways": "the scan's first page fed sideways: its image turned 90 or 270 degrees (drawn from seed 11000 on)",
}
_LABEL_TEMPLATES = ("nghi_quyet", "danh_gia", "uoc_danh_gia")


def check_force(force: Iterable[str], seeds: Iterable[int]) -> frozenset[str]:
    """The forced features, refused for unknown names and for held-out seeds."""
    forced = frozenset(f.strip() for f in force if f.strip())
    unknown = sorted(forced - set(FORCIBLE))
    if unknown:
        raise ValueError(f"cannot force {', '.join(unknown)}: forcible are {', '.join(sorted(FORCIBLE))}")
    if forced and any(s in HELDOUT_RANGE for s in seeds):
        raise ValueError("features are forced on development seeds (0-499) only")
    return forced


def _forced(v: Variant, force: frozenset[str]) -> Variant:
    """``v`` with the features of ``force`` turned on (see ``FORCIBLE``)."""
    rng = _rng(v.seed, "force-" + ",".join(sorted(force)))
    contents = list(v.contents)
    if "seed000-bieu02" in force:
        contents = [seed000_bieu02()]
    elif "seed000-bieu01" in force:
        contents = [seed000_bieu01()]
    if "several_tables" in force or "tables_same_page" in force:
        while len(contents) < 2 or (len(contents) < 3 and rng.random() < 0.3):
            contents.append(synthetic_table(rng, rng.choice(TEMPLATES), v.year, rng.randint(3, 7)))
    long_table = "continuation_no_header" in force or "continuation_repeated_header" in force
    if long_table and not contents[0].source.startswith("seed000"):
        template = rng.choice(_LABEL_TEMPLATES if "value_label" in force else TEMPLATES)
        contents[0] = synthetic_table(rng, template, v.year, rng.randint(34, 48))
    elif "value_label" in force and not any(c.kind == "label" for c in contents[0].columns):
        contents[0] = synthetic_table(rng, rng.choice(_LABEL_TEMPLATES), v.year, len(contents[0].rows) // 2 + 4)
    lay = v.layout
    # Tables added or replaced take the layout the seed drew for them, or a fresh one.
    tables = list(lay.tables[: len(contents)])
    while len(tables) < len(contents):
        tables.append(_table_layout(rng, contents[len(tables)], None))
    for k, (c, t) in enumerate(zip(contents, tables, strict=True)):
        broken = next((b for b in BROKEN_KINDS if f"broken_{b}" in force), None)
        changes: dict[str, Any] = {}
        if k == 0 and broken:
            changes["broken"] = broken
        # Seed tables print their own STT column.
        changes["stt_in_name"] = c.header_rows is None and ("stt_in_name" in force or t.stt_in_name)
        if long_table and k == 0:
            changes["repeat_header"] = "continuation_repeated_header" in force
        for ruling, feature in (("none", "unruled"), ("grid", "ruled"), ("horizontal", "horizontal_rules")):
            if feature in force:
                changes["ruling"] = ruling
        if "colnum" in force:
            changes.update(colnum=t.colnum or rng.choice(COLNUM_STYLES), colnum_inline=False)
        if "colnum_inline" in force:
            changes["colnum_inline"] = True
        for levels in (2, 3):
            if f"header_{levels}_level" in force:
                changes["levels"] = levels
        if "wrapped_cells" in force:
            changes["name_width"] = rng.uniform(0.12, 0.2)
        if "heading_rows_merged" in force:
            changes["merge_headings"] = True
        tables[k] = replace(t, **changes)
    changes = {}
    wide = max(len(c.columns) + 3 for c in contents)
    long_text = any(c.long_text for c in contents)
    for orientation in ("rotated", "landscape", "portrait"):
        if orientation in force and (orientation != "portrait" or not (long_text or wide >= 11)):
            changes["orientation"] = orientation
    if "several_tables" in force or "tables_same_page" in force:
        changes["same_page"] = "tables_same_page" in force or lay.same_page
    if "prose_before" in force:
        changes["prose_before"] = True
    for style in ("en", "vi_plain"):
        if f"numbers_{style}" in force:
            changes["number_style"] = style
    if long_text:
        changes["font_size"] = 6.5
        changes["orientation"] = changes.get("orientation", lay.orientation)
        if changes["orientation"] == "portrait":
            changes["orientation"] = "landscape"
    if "page_sideways" in force:
        # Forced on a portrait page too (a portrait page fed into a landscape scanner): the reader
        # meets both, and forcing keeps the seed's layout otherwise.
        changes["scan"] = _fed_sideways(lay.scan, _sideways_draw(v.seed)[1])
    layout = replace(lay, tables=tuple(tables), **changes)
    return replace(v, contents=tuple(contents), layout=layout)


def relayout(v: Variant, seed: int) -> Variant:
    """The same content printed under another clean layout (drawn from ``seed``): for metamorphic tests."""
    layout = _doc_layout(seed, _rng(seed, "relayout"), v.contents, allow_broken=False)
    return replace(v, layout=layout)


# ---------------------------------------------------------------------------------------- document


def _prose(rng: random.Random) -> tuple[str, ...]:
    """Two or three paragraphs of seed 003's running text (a report's body before its tables)."""
    from normalizers.text import strip_markup

    path = next((ROOT / "corpus").glob("003_*.txt"))
    paragraphs = [strip_markup(p).strip() for p in path.read_text(encoding="utf-8").split("\n")]
    paragraphs = [p for p in paragraphs if 200 <= len(p) <= 800 and not p.startswith(("-", "|"))]
    start = rng.randrange(0, max(1, len(paragraphs) - 3))
    return tuple(paragraphs[start : start + rng.choice((1, 2, 3))])


def _blocks(v: Variant, rng: random.Random) -> list[Any]:
    from corpus.variant_pdf import Block

    lay = v.layout
    blocks: list[Block] = []
    if lay.letterhead:
        blocks.append(Block("letterhead", (
            "ỦY BAN NHÂN DÂN", f"HUYỆN {v.district.upper()}", f"Số: {v.number}",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
            f"{v.district}, ngày {rng.randint(1, 28):02d} tháng {rng.randint(1, 12):02d} năm {v.year}",
        )))
    if lay.prose_before:
        blocks.append(Block("title", ("BÁO CÁO", f"Kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội năm {v.year}")))
        blocks.append(Block("prose", _prose(rng)))
    for k, content in enumerate(v.contents):
        if k and not lay.same_page:
            blocks.append(Block("pagebreak"))
        elif k:
            blocks.append(Block("spacer"))
        note = f"(Kèm theo Báo cáo số {v.number} của UBND huyện {v.district})"
        title = content.title if content.source.startswith("seed000") else (*content.title, note)
        blocks.append(Block("title", title))
        blocks.append(Block("table", table=k))
    if lay.signature:
        blocks.append(Block("signature", ("Nơi nhận:", "- Như trên;", "- Lưu: VT.",
                                          "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")))
    return blocks


def _grids(v: Variant) -> list[Grid]:
    rng = _rng(v.seed, "grid")
    return [table_grid(c, t, v.layout.number_style, rng) for c, t in zip(v.contents, v.layout.tables, strict=True)]


_TRAILING = re.compile(r"[\s;:,]+$")
_YEAR = re.compile(r"(?:19|20)\d\d")


def period_printed(header: str, period: str | None) -> bool:
    """Whether a column's header path prints a year at all.

    "So sánh (%) / UTH/KH" prints none: the contract reads a period "from the header", so a
    reader may give None there as well as the numerator's period that the truth holds; the
    scorer accepts either for such cells (and only for them).
    """
    return period is None or bool(_YEAR.search(header))


def _row_truth(content: TableContent, grid: Grid, row: BodyRow, style: str, page: int | None) -> dict[str, Any]:
    n_lead = grid.value_columns[0] if grid.value_columns else len(grid.column_headers)
    cells = []
    for k, (col, value) in enumerate(zip(content.columns, row.values, strict=True)):
        if not (value.numeric or value.kind in ("label", "dash")):
            continue
        cell = truth_of_value(value, style)
        header = grid.column_headers[n_lead + k]
        cell.update(column=header, column_index=n_lead + k, role=col.role, period=col.period,
                    period_printed=period_printed(header, col.period))
        cells.append(cell)
    return {
        "kind": row.kind,
        "stt": row.stt,
        "indicator": _TRAILING.sub("", row.name),
        "printed": f"{row.prefix}{row.name}",
        "section": row.section,
        "unit": row.unit,
        "parent": row.parent,
        "partition": row.partition,
        "page": page,
        "cells": cells,
    }


def features_of(v: Variant, grids: Sequence[Grid], pages_per_table: Sequence[Sequence[int]],
                wrapped: Sequence[bool]) -> list[str]:
    """The layout features this variant exercises (for per-feature scores)."""
    lay = v.layout
    # A seed table keeps the number style it was printed in; only synthetic tables take the layout's.
    f: set[str] = {lay.orientation, f"font_{lay.font}"}
    f.update(f"numbers_{c.fixed_style or lay.number_style}" for c in v.contents)
    f.add("font_small" if lay.font_size < 8 else ("font_large" if lay.font_size >= 9.5 else "font_medium"))
    if len(v.contents) > 1:
        f.add("several_tables")
        if lay.same_page:
            f.add("tables_same_page")
    for flag in ("prose_before", "letterhead", "signature"):
        if getattr(lay, flag):
            f.add(flag)
    for content, tl, grid, pages, wrap in zip(v.contents, lay.tables, grids, pages_per_table, wrapped, strict=True):
        f.add(content.source)
        if tl.broken:
            f.add(f"broken_{tl.broken}")
        depth = len(grid.header) - (1 if grid.colnum_row else 0)
        if grid.header:
            f.add(f"header_{depth}_level")
        if tl.colnum and not tl.colnum_inline:
            f.add("colnum_formula" if tl.colnum.startswith("formula") else f"colnum_{tl.colnum}")
        if tl.colnum_inline:
            f.add("colnum_inline")
        if tl.name_header != "Chỉ tiêu":
            f.add("name_header_other")
        if tl.stt_header != "STT":
            f.add("stt_header_other")
        if content.has_unit and tl.unit_header != "Đơn vị tính":
            f.add("unit_header_other")
        if not content.has_unit:
            f.add("no_unit_column")
        if tl.stt_in_name:
            f.add("stt_in_name")
        if tl.merge_headings and grid.headings and not tl.broken:
            f.add("heading_rows_merged")
        if tl.header_fill and grid.header:
            f.add("header_shaded")
        f.add({"grid": "ruled", "none": "unruled", "horizontal": "horizontal_rules"}[tl.ruling])
        if any(c.kind == "note" for c in content.columns):
            f.add("note_column")
        if any(c.kind == "text" for c in content.columns):
            f.add("text_column")
        if len(set(pages)) > 1:
            f.add("continuation_repeated_header" if tl.repeat_header else "continuation_no_header")
        if wrap:
            f.add("wrapped_cells")
        for row in content.rows:
            stt = (row.stt or "").strip()
            if re.fullmatch(r"[IVX]+\.?", stt) and row.kind == "heading":
                f.add("sections_roman")
            elif re.fullmatch(r"[A-H]", stt) and row.kind == "heading":
                f.add("sections_letters")
            elif re.fullmatch(r"\d+\.", stt) and row.kind == "heading":
                f.add("sections_digits")
            elif re.fullmatch(r"\d+\.\d+", stt):
                f.add("numbering_1.1")
            elif re.fullmatch(r"[a-f]\)", stt):
                f.add("numbering_a)")
            elif stt == "-":
                f.add("numbering_dash")
            elif stt == "+":
                f.add("numbering_plus")
            marker = (row.prefix or (row.name if row.kind == "marker" else "")).strip().lower()
            if marker.startswith("trong đó"):
                f.add("child_trong_do")
            elif marker.startswith("chia ra"):
                f.add("child_chia_ra")
            elif marker.startswith(("bao gồm", "gồm")):
                f.add("child_bao_gom")
            if row.kind == "marker":
                f.add("child_marker_row")
            for value in row.values:
                if value.kind in ("range", "comparator", "fraction", "label", "dash"):
                    f.add(f"value_{value.kind}")
                if value.percent:
                    f.add("value_percent_sign")
                if value.kind == "number" and value.word:
                    f.add("value_hedged")
    return sorted(f)


def scan_features_of(v: Variant) -> list[str]:
    """What the scanned copy adds: resolution, seal, signature, skew, an upside-down or sideways page."""
    sc = v.layout.scan
    f = {f"scan_{sc.dpi}dpi"}
    if sc.seal:
        f.add(f"seal_{sc.seal}")
    if sc.signature and v.layout.signature:
        f.add("signature_scribble")
    if abs(sc.skew) >= 1.0:
        f.add("skew_1_to_2_degrees")
    if sc.upside_down_page:
        f.add("page_upside_down")
    if sc.sideways:
        f.add("page_sideways")
    return sorted(f)


ALL_FEATURES = frozenset(
    """broken_columns_shuffled broken_header_garbled broken_header_removed child_bao_gom child_chia_ra
    child_marker_row child_trong_do colnum_formula colnum_inline colnum_letters colnum_paren colnum_plain
    continuation_no_header continuation_repeated_header font_dejavu_sans font_dejavu_serif font_large
    font_liberation_sans font_liberation_serif font_medium font_small header_1_level header_2_level header_3_level
    header_shaded heading_rows_merged horizontal_rules landscape letterhead name_header_other no_unit_column note_column numbering_1.1 numbering_a)
    numbering_dash numbering_plus numbers_en numbers_vi numbers_vi_plain portrait prose_before rotated ruled
    sections_digits sections_letters sections_roman seed000-bieu01 seed000-bieu02 seed002-plan several_tables
    signature stt_header_other stt_in_name synthetic-danh_gia synthetic-du_toan synthetic-ket_qua_nam
    synthetic-muc_tieu_nam synthetic-nghi_quyet synthetic-ty_le synthetic-uoc_danh_gia tables_same_page text_column unit_header_other
    unruled value_comparator value_dash value_fraction value_hedged value_label value_percent_sign value_range
    wrapped_cells
    scan_200dpi scan_300dpi seal_red seal_grey signature_scribble skew_1_to_2_degrees page_upside_down""".split()
)
# Features drawn from LATE_FEATURES_FROM on only: never in the development range unless forced.
LATE_FEATURES = frozenset({"page_sideways"})


def render(v: Variant, folder: Path, name: str) -> dict[str, Any]:
    """Write ``folder/name.pdf`` and ``folder/name.truth.json``; return the truth."""
    from reportlab.pdfbase import pdfmetrics

    from corpus.variant_pdf import register, render_pdf_fitting

    folder.mkdir(parents=True, exist_ok=True)
    rng = _rng(v.seed, "render")
    grids = _grids(v)
    blocks = _blocks(v, rng)
    path = folder / f"{name}.pdf"
    rec, n_pages, upright, used = render_pdf_fitting(path, blocks, grids, v.layout, f"doisoat-variant-widths-{v.seed}")
    v = replace(v, layout=used)
    regular, _bold = register(v.layout.font)
    pages_of: list[dict[int, int]] = []
    wrapped: list[bool] = []
    for k, grid in enumerate(grids):
        page_of: dict[int, int] = {}
        wrap = False
        for part in rec.placed:
            if part.table != k:
                continue
            for r in part.rows:
                page_of[r] = part.page
            name_w = part.x_edges[grid.name_col + 1] - part.x_edges[grid.name_col] - 5
            wrap = wrap or any(
                pdfmetrics.stringWidth(row[grid.name_col], regular, v.layout.font_size) > name_w for row in grid.body
            )
        pages_of.append(page_of)
        wrapped.append(wrap)
    truth = truth_of(v, name, grids, pages_of, wrapped, n_pages, upright)
    truth["scan_marks"] = _scan_marks(v, rec, grids)
    (folder / f"{name}.truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return truth


def truth_of(v: Variant, name: str, grids: Sequence[Grid], pages_of: Sequence[dict[int, int]],
             wrapped: Sequence[bool], n_pages: int, upright: Sequence[float]) -> dict[str, Any]:
    """The truth of a printed variant, whatever drew it: ``pages_of`` gives, per table, the page
    each body row landed on (as the producer placed it), ``wrapped`` whether its names wrap."""
    style = v.layout.number_style
    tables = []
    pages_per_table: list[list[int]] = []
    for k, (content, grid, tl) in enumerate(zip(v.contents, grids, v.layout.tables, strict=True)):
        page_of = pages_of[k]
        style_k = content.fixed_style or style
        rows = [_row_truth(content, grid, row, style_k, page_of.get(i)) for i, row in enumerate(content.rows)]
        pages = sorted(set(page_of.values()))
        pages_per_table.append(pages)
        tables.append({
            "number": k,
            "source": content.source,
            "title": list(content.title),
            "pages": pages,
            "broken": tl.broken,
            "header": [list(r) for r in grid.header],
            "columns": [
                {"header": grid.column_headers[grid.value_columns[0] + j] if grid.value_columns else None,
                 "role": c.role, "period": c.period, "kind": c.kind,
                 "period_printed": period_printed(grid.column_headers[grid.value_columns[0] + j], c.period)
                 if grid.value_columns else False}
                for j, c in enumerate(content.columns)
            ],
            "rows": rows,
        })
    broken = any(t.broken for t in v.layout.tables)
    truth = {
        "seed": v.seed,
        "name": name,
        "generator": "corpus/variants.py",
        "conventions": CONVENTIONS,
        "district": v.district,
        "province": v.province,
        "year": v.year,
        "pages": n_pages,
        "page_size": list(upright),
        "broken": broken,
        "expect_doubt": broken,
        "features": features_of(v, grids, pages_per_table, wrapped),
        "scan_features": scan_features_of(v),
        "layout": _layout_truth(v.layout),
        "tables": tables,
    }
    return truth


def _layout_truth(layout: DocLayout) -> dict[str, Any]:
    """The layout as the truth records it. A late feature that is off is left out, so the truth
    files of every variant drawn before it came are byte-identical."""
    out = asdict(layout)
    if out["scan"]["sideways"] is None:
        del out["scan"]["sideways"]
    return out


def _scan_marks(v: Variant, rec: Any, grids: Sequence[Grid]) -> dict[str, Any]:
    """Where the scan puts its seal (over a column of figures near the table's end) and signature."""
    rng = _rng(v.seed, "marks")
    seal = None
    parts = [p for p in rec.placed if p.rows]
    if parts:
        part = parts[-1]
        grid = grids[part.table]
        cols = [c for c in grid.value_columns if c < len(part.x_edges) - 1] or [len(part.x_edges) - 2]
        col = rng.choice(cols)
        x = (part.x_edges[col] + part.x_edges[col + 1]) / 2
        y = part.bottom + min(40.0, (part.top - part.bottom) / 3)
        seal = (part.page, x, y, rng.uniform(34, 46))
    if rec.signature:
        page, x0, y0, x1, y1 = rec.signature
        if seal is None or not v.layout.tables:
            seal = (page, (x0 + 3 * x1) / 4, (y0 + y1) / 2, 40.0)
    return {"seal": seal, "signature": rec.signature}


def scan(v: Variant, truth: dict[str, Any], folder: Path, name: str) -> Path:
    """Write ``folder/name_scan.pdf`` from ``folder/name.pdf`` (see ``corpus/variant_scan.py``)."""
    from corpus.variant_scan import scan_variant

    marks = truth["scan_marks"]
    heights = [truth["page_size"][1]] * truth["pages"]
    return scan_variant(folder / f"{name}.pdf", folder / f"{name}_scan.pdf", v.layout.scan, seed=v.seed,
                        seal_at=tuple(marks["seal"]) if marks["seal"] else None,
                        signature_at=tuple(marks["signature"]) if marks["signature"] else None,
                        page_height=heights)


# ---------------------------------------------------------------------------------------- edit pairs


def has_edit_pair(v: Variant) -> bool:
    """About one clean variant in five carries an edited copy for ``doisoat diff``."""
    return not any(t.broken for t in v.layout.tables) and _rng(v.seed, "edit").random() < 0.2 and any(
        _editable_rows(c) for c in v.contents
    )


def _may_edit(v: Variant) -> bool:
    return not any(t.broken for t in v.layout.tables) and any(_editable_rows(c) for c in v.contents)


def _editable_rows(content: TableContent) -> list[int]:
    children = {r.parent for r in content.rows if r.parent is not None}
    return [
        i for i, r in enumerate(content.rows)
        if r.kind == "indicator" and r.parent is None and i not in children and not r.partition
        and sum(1 for x in r.values if x.kind == "number") >= 2
    ]


def _recompute(content: TableContent, values: list[Value]) -> list[Value]:
    """Ratio and evaluation cells of an edited row, recomputed from its figures as the office would."""
    data = [i for i, c in enumerate(content.columns) if c.kind == "value" and c.role != "ratio"]
    out = list(values)
    for k, col in enumerate(content.columns):
        if col.role == "ratio" and col.divides is not None and out[k].kind == "number":
            a, b = out[data[col.divides[0]]], out[data[col.divides[1]]]
            if a.kind == b.kind == "number" and a.value is not None and b.value:
                out[k] = replace(out[k], value=round(a.value / b.value * 100, out[k].decimals))
    ratio = next((x.value for c, x in zip(content.columns, out, strict=True) if c.role == "ratio" and x.kind == "number"), None)
    for k, col in enumerate(content.columns):
        if col.kind == "label" and out[k].kind == "label" and ratio is not None:
            out[k] = Value("label", text="Vượt" if ratio > 100 else ("Đạt" if ratio >= 100 else "Chưa đạt"))
    return out


def edited(v: Variant) -> tuple[Variant, dict[str, Any]]:
    """A copy of ``v`` with known edits: changed figures, a renamed row, an added and a removed row.

    Returns the edited variant and the truth of the edits (changes, added, removed, renamed),
    each change with the cell's header, role, period and both printed values.
    """
    rng = _rng(v.seed, "edits")
    k = next(i for i, c in enumerate(v.contents) if _editable_rows(c))
    content = v.contents[k]
    style = content.fixed_style or v.layout.number_style
    grid = _grids(v)[k]
    n_lead = grid.value_columns[0]
    rows = list(content.rows)
    editable = _editable_rows(content)
    rng.shuffle(editable)
    changes: list[dict[str, Any]] = []
    added: list[str] = []
    removed: list[str] = []
    renamed: list[list[str]] = []
    for i in editable[: rng.choice((1, 2, 3))]:
        row = rows[i]
        numbers = [j for j, x in enumerate(row.values) if x.kind == "number" and content.columns[j].role != "ratio"]
        j = rng.choice(numbers)
        old = row.values[j]
        assert old.value is not None
        new_value = round(old.value * rng.choice((0.9, 0.95, 1.05, 1.1, 1.2)) + 10 ** -old.decimals, old.decimals)
        values = list(row.values)
        values[j] = replace(old, value=new_value)
        values = _recompute(content, values)
        for c, (a, b) in enumerate(zip(row.values, values, strict=True)):
            if format_value(a, style) != format_value(b, style):
                col = content.columns[c]
                header = grid.column_headers[n_lead + c]
                changes.append({"indicator": row.name, "column": header, "role": col.role, "period": col.period,
                                "period_printed": period_printed(header, col.period),
                                "old": format_value(a, style), "new": format_value(b, style),
                                "old_value": a.value, "new_value": b.value})
        rows[i] = replace(row, values=tuple(values))
    rest = [i for i in editable if i not in editable[:3]]
    if rest and rng.random() < 0.7:
        i = rest.pop()
        new_name = f"{rows[i].name} (điều chỉnh)" if rng.random() < 0.5 else f"{rows[i].name} theo kế hoạch"
        renamed.append([rows[i].name, new_name])
        rows[i] = replace(rows[i], name=new_name)
    if rest and rng.random() < 0.7:
        i = rest.pop()
        removed.append(rows[i].name)
        rows[i] = replace(rows[i], kind="removed")
    if rng.random() < 0.7:
        donor = rows[editable[0]]
        extra = replace(donor, name=f"{donor.name} (bổ sung)", stt=None, bold=False)
        rows.insert(editable[0] + 1, extra)
        added.append(extra.name)
    kept = [r for r in rows if r.kind != "removed"]
    # Parent indexes shift with inserted and removed rows.
    index = {id(r): n for n, r in enumerate(kept)}
    old_index = {n: id(r) for n, r in enumerate(rows)}
    fixed = [replace(r, parent=index.get(old_index.get(r.parent, -1)) if r.parent is not None else None) for r in kept]
    new_content = replace(content, rows=tuple(fixed))
    contents = list(v.contents)
    contents[k] = new_content
    edits = {"table": k, "changes": changes, "added": added, "removed": removed, "renamed": renamed}
    return replace(v, contents=tuple(contents)), edits


def _write_truth(folder: Path, name: str, truth: dict[str, Any]) -> None:
    (folder / f"{name}.truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def write_seed(seed: int, folder: Path, *, scan_copy: bool = False, edits: bool = True,
               force: Iterable[str] = (), renderer: Callable[[Variant, Path, str], dict[str, Any]] | None = None,
               ) -> dict[str, Any]:
    """Write every file of one seed (with the features of ``force`` turned on); returns the
    text-layer truth. ``renderer`` draws a variant to a PDF and writes its truth (reportlab's
    ``render`` unless another producer's is given, e.g. ``corpus.variant_html.render_chromium``)."""
    draw = render if renderer is None else renderer
    forced = check_force(force, [seed])
    v = variant(seed, forced)
    name = f"v{seed:04d}"
    truth = draw(v, folder, name)
    if forced:
        truth["forced"] = sorted(forced)
        _write_truth(folder, name, truth)
    if scan_copy:
        scan(v, truth, folder, name)
    if edits and (has_edit_pair(v) or ("edit_pair" in forced and _may_edit(v))):
        ev, changes = edited(v)
        etruth = draw(ev, folder, f"{name}_edited")
        etruth["edits"] = changes
        _write_truth(folder, f"{name}_edited", etruth)
    return truth


def parse_seeds(text: str) -> list[int]:
    """"0-9,12,20-22" -> [0, ..., 9, 12, 20, 21, 22]."""
    out: list[int] = []
    for part in text.split(","):
        if "-" in part:
            a, b = part.split("-", 1)
            out.extend(range(int(a), int(b) + 1))
        elif part.strip():
            out.append(int(part))
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("seeds", help="seeds, e.g. 0-9,42")
    parser.add_argument("--out", required=True, type=Path, help="folder to write into")
    parser.add_argument("--scan", action="store_true", help="also write the scanned copy")
    parser.add_argument("--heldout", action="store_true", help="allow seeds 500-999 (held out for measuring)")
    parser.add_argument("--force", default="", help="features to turn on, comma-separated (dev seeds only): "
                        + ", ".join(sorted(FORCIBLE)))
    args = parser.parse_args(argv)
    seeds = parse_seeds(args.seeds)
    if any(s in HELDOUT_RANGE for s in seeds) and not args.heldout:
        print("seeds 500-999 are held out: pass --heldout to generate them", file=sys.stderr)
        return 2
    try:
        force = check_force(args.force.split(","), seeds)
    except ValueError as exc:
        print(f"variants: {exc}", file=sys.stderr)
        return 2
    for seed in seeds:
        truth = write_seed(seed, args.out, scan_copy=args.scan, force=force)
        print(f"v{seed:04d}: {truth['pages']} pages, {len(truth['tables'])} tables, {', '.join(truth['features'][:6])} ...")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
