"""One scanned page image -> ``Grid``s of its ruled tables and ``TextLine``s of the text around them.

Stages: ``estimate_skew`` + ``deskew`` (``extractor.ocr_grid``) -> ``find_tables`` -> ``cell_crops``
(each cell's ink inside its rules, rule pixels painted out) -> ``read_cells`` (all cells of the
page in a few Tesseract runs: a first reading, second opinions for low-confidence cells and for
numbers whose digits or marks disagree with their ink, a digits-only pass) -> ``check_letter_case``
and ``check_numbers`` (lone letters and separator marks read again from the ink) -> ``_grid``
(texts placed on the base grid, merged cells repeated across the columns they span) ->
``extractor.ocr_text.outside_text`` (the rest of the page: running text, captions, unruled
tables). Coordinates go back through the deskew rotation to PDF points of the original page.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

import cv2
import numpy as np
from numpy.typing import NDArray

from extractor.grid import Grid, GridCell
from extractor.model import Provenance, TextLine
from extractor.ocr_grid import CellBox, TableBox, binarize, deskew, estimate_skew, find_tables, line_masks
from extractor.ocr_numbers import PURE_NUMBER_RE, ink_disagrees, ink_number, reread_marks
from extractor.ocr_tesseract import (
    DIGIT_WHITELIST,
    OcrWord,
    clean_cell_text,
    run_tesseract,
    words_by_image,
    words_to_lines,
)
from extractor.ocr_text import outside_text
from normalizers.text import fold, nfc

# OpenCV's stubs type every image loosely; 8-bit grayscale is what flows through here.
Image = NDArray[Any]

# A cell whose words average below this confidence (0..100) is read again, enlarged.
REREAD_CONFIDENCE = 93.0
_STRICT_NUMBER_RE = re.compile(r"^[<>≥≤]?\s*-?[\d.,]+(?:\s*[-/]\s*[\d.,]+)?\s*%?$")


@dataclass(frozen=True)
class PageResult:
    """What one page gave, before it is wrapped into ``extractor.ocr.OcrPage``.

    notes: one line per cell the OCR could not read cleanly ("bảng 1, dòng 5, cột 4: ...").
    """

    grids: tuple[Grid, ...]
    lines: tuple[TextLine, ...]
    mean_confidence: float
    notes: tuple[str, ...]


@dataclass(frozen=True)
class CellRead:
    """The text read from one cell and how sure Tesseract was (0..100; 100 for an empty cell)."""

    text: str
    conf: float
    numeric_pass: bool = False


class _Geometry:
    """Pixels of the deskewed page -> PDF points of the original page."""

    def __init__(self, matrix: NDArray[Any], dpi: int) -> None:
        self.inverse = cv2.invertAffineTransform(matrix)
        self.scale = 72.0 / dpi

    def bbox(self, box: tuple[float, float, float, float]) -> tuple[float, float, float, float]:
        x0, y0, x1, y1 = box
        corners = np.array([[x0, y0, 1], [x1, y0, 1], [x0, y1, 1], [x1, y1, 1]], dtype=np.float64)
        mapped = corners @ self.inverse.T
        xs, ys = mapped[:, 0] * self.scale, mapped[:, 1] * self.scale
        return (round(float(xs.min()), 2), round(float(ys.min()), 2), round(float(xs.max()), 2), round(float(ys.max()), 2))

    def points(self, bbox: tuple[float, float, float, float] | None) -> tuple[float, float, float, float] | None:
        """A box in points of the deskewed page -> points of the original page."""
        if bbox is None:
            return None
        x0, y0, x1, y1 = (v / self.scale for v in bbox)
        return self.bbox((x0, y0, x1, y1))

    def provenance(self, prov: Provenance) -> Provenance:
        return replace(prov, bbox=self.points(prov.bbox))

    def grid(self, grid: Grid) -> Grid:
        rows = tuple(tuple(replace(c, provenance=self.provenance(c.provenance)) for c in row) for row in grid.rows)
        return replace(grid, rows=rows, provenance=self.provenance(grid.provenance))


def looks_numeric(text: str) -> bool:
    """True for a cell printed as a number: ``"39.500,00"``, ``"> 90"``, ``"5-6"``, ``"13/14"``."""
    return bool(_STRICT_NUMBER_RE.match(text.strip())) and any(ch.isdigit() for ch in text)


def _mostly_digits(text: str) -> bool:
    """A number with OCR junk in it ("39.5O0,00", "4l.100"): most of its characters are digits."""
    chars = [ch for ch in text if not ch.isspace()]
    if not chars:
        return False
    digits = sum(ch.isdigit() for ch in chars)
    return digits >= 2 and digits / len(chars) >= 0.6


def _clean_ink(gray: Image, ink: Image, rules: Image, dpi: int) -> tuple[Image, Image]:
    """(gray with rule pixels painted white, ink without rules and specks)."""
    grown = cv2.dilate(rules, cv2.getStructuringElement(cv2.MORPH_RECT, (5, 5)))
    painted = gray.copy()
    painted[grown > 0] = 255
    text_ink = cv2.bitwise_and(ink, cv2.bitwise_not(grown))
    # Scanner specks are a few pixels; the smallest diacritic dot at 300 dpi is several times that.
    speck = max(3, (dpi // 100) ** 2)
    n, labels, stats, _ = cv2.connectedComponentsWithStats(text_ink, connectivity=8)
    small = np.zeros(n, dtype=bool)
    small[1:] = stats[1:, cv2.CC_STAT_AREA] < speck
    text_ink[small[labels]] = 0
    return painted, text_ink


# 95th percentile of the edge slope (share of the ink-to-paper contrast per pixel) at 300 dpi:
# Biểu 01/02 scanned at 200 dpi with optical blur measure 0.41-0.46, the same pages rendered from
# their text layer 0.50-0.56.
CRISP_EDGE_SLOPE = 0.49


def is_crisp(gray: Image, ink: Image, *, dpi: int) -> bool:
    """True for a sharp rendering (a born-digital page saved as an image, not a scan).

    Tesseract's models were trained on slightly soft text and misread crisp digits ("84,0" ->
    "34,0" on Biểu 01 rendered from its text layer), while blurred scans read best as they are;
    the steepness of the ink edges tells the two apart. Measured at 300 dpi; at other resolutions
    the page is resampled first, and a misjudged page is only read as it is.
    """
    on_ink = ink > 0
    if not on_ink.any() or on_ink.all():
        return False
    ink_level, paper = float(np.median(gray[on_ink])), float(np.median(gray[~on_ink]))
    if paper - ink_level < 32:
        return False
    level: Image = ((gray.astype(np.float32) - ink_level) / (paper - ink_level)).astype(np.float32)
    if dpi != 300:
        level = cv2.resize(level, None, fx=300.0 / dpi, fy=300.0 / dpi, interpolation=cv2.INTER_LINEAR)
    slope = np.hypot(cv2.Sobel(level, cv2.CV_32F, 1, 0, ksize=3), cv2.Sobel(level, cv2.CV_32F, 0, 1, ksize=3)) / 8.0
    edges = slope[slope > 0.05]
    return edges.size > 0 and float(np.percentile(edges, 95)) >= CRISP_EDGE_SLOPE


def cell_crops(painted: Image, text_ink: Image, table: TableBox, dpi: int) -> list[tuple[CellBox, Image | None]]:
    """Each cell with the image of its text (padded), or None when the cell holds no ink."""
    margin = max(2, dpi // 100)
    pad = max(6, dpi // 30)
    min_ink = max(8, (dpi // 60) ** 2)
    out: list[tuple[CellBox, Image | None]] = []
    for cell in table.cells:
        x0, y0, x1, y1 = cell.box
        x0, y0, x1, y1 = x0 + margin, y0 + margin, x1 - margin, y1 - margin
        if x1 - x0 < 4 or y1 - y0 < 4:
            out.append((cell, None))
            continue
        ink = text_ink[y0:y1, x0:x1]
        if int(np.count_nonzero(ink)) < min_ink:
            out.append((cell, None))
            continue
        ys, xs = np.nonzero(ink)
        cx0, cx1, cy0, cy1 = int(xs.min()), int(xs.max()) + 1, int(ys.min()), int(ys.max()) + 1
        crop = painted[y0 + cy0 : y0 + cy1, x0 + cx0 : x0 + cx1]
        out.append((cell, cv2.copyMakeBorder(crop, pad, pad, pad, pad, cv2.BORDER_CONSTANT, value=255)))
    return out


def _words_text(words: Sequence[OcrWord]) -> tuple[str, float]:
    if not words:
        return "", 0.0
    lines = words_to_lines(words)
    text = " ".join(" ".join(w.text for w in line) for line in lines)
    return nfc(clean_cell_text(text)), float(np.mean([w.conf for w in words]))


def _enlarged(image: Image) -> Image:
    """Twice the size, then Otsu black-and-white: small or single glyphs ("A", "C" in the STT
    column, "111,1" whose comma is a few pixels) are read far more reliably this way."""
    big = cv2.resize(image, None, fx=2.0, fy=2.0, interpolation=cv2.INTER_CUBIC)
    _, bw = cv2.threshold(big, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    return bw


def _comparator_space(text: str, crop: Image) -> str:
    """``">90"`` -> ``"> 90"`` when the printed gap after the sign is a space, not letter spacing.

    Tesseract glues a comparison sign to its number; the ink says whether a space was printed: the
    gap after the first glyph is then about two thirds of the digit height, without one a quarter.
    """
    m = re.match(r"^([<>≤≥])(\d.*)$", text)
    if not m:
        return text
    _, bw = cv2.threshold(crop, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    columns = np.flatnonzero(bw.max(axis=0) > 0)
    rows = np.flatnonzero(bw.max(axis=1) > 0)
    if len(columns) < 2 or len(rows) < 2:
        return text
    height = rows[-1] - rows[0] + 1
    jumps = np.flatnonzero(np.diff(columns) > 1)
    if len(jumps) == 0:
        return text
    gap = columns[jumps[0] + 1] - columns[jumps[0]] - 1
    return f"{m.group(1)} {m.group(2)}" if gap >= 0.45 * height else text


def is_single_line(crop: Image) -> bool:
    """True when a cell's text looks like one printed line: its ink is not much taller than its
    tallest glyph (or word: blurred scans join letters). Only used to pick second opinions, so a
    two-line cell whose lines touch and pass for one costs a retry, not a reading."""
    _, bw = cv2.threshold(crop, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    n, _, stats, _ = cv2.connectedComponentsWithStats(bw, connectivity=8)
    heights = [int(stats[k][cv2.CC_STAT_HEIGHT]) for k in range(1, n) if stats[k][cv2.CC_STAT_AREA] >= 6]
    if not heights:
        return True
    rows = np.flatnonzero(bw.max(axis=1) > 0)
    return int(rows[-1] - rows[0] + 1) <= 1.5 * max(heights)


def _read(crops: Sequence[Image], indexes: Sequence[int], *, psm: int, enlarge: bool = False) -> dict[int, CellRead]:
    """``crops[i]`` for each ``i`` in ``indexes`` read in one Tesseract run."""
    if not indexes:
        return {}
    images = [_enlarged(crops[i]) if enlarge else crops[i] for i in indexes]
    words = run_tesseract(images, psm=psm)
    return {i: CellRead(*_words_text(ws)) for i, ws in zip(indexes, words_by_image(words, len(images)), strict=True)}


def read_cells(crops: Sequence[Image]) -> list[CellRead]:
    """All cell images of a page -> their texts, in a handful of Tesseract runs.

    1. every cell as a block of Vietnamese text (psm 6: a cell may wrap over several lines);
    2. cells read with confidence below ``REREAD_CONFIDENCE`` or not at all, again enlarged
       (``_enlarged``), the more confident reading winning; one-line cells still unread once more
       as a single line (psm 7: psm 6 drops a lone "5");
    3. one-line numbers whose digits or separator marks are not what their ink shows
       (``extractor.ocr_numbers``: psm 6 can drop the "5" of "50", or a comma) get up to three
       second opinions (psm 7, enlarged, both); the first that agrees with the ink wins;
    4. ``reread_numbers``: cells that are mostly digits but not a clean number, digits only.
    """
    first = _read(crops, range(len(crops)), psm=6)
    reads = [first[i] for i in range(len(crops))]
    single = [is_single_line(c) for c in crops]
    inks = [ink_number(c) if one else None for c, one in zip(crops, single, strict=True)]
    suspect = [i for i, r in enumerate(reads) if ink_disagrees(r.text, inks[i])]
    low = [i for i, r in enumerate(reads) if (r.conf < REREAD_CONFIDENCE or not r.text) and i not in set(suspect)]
    for i, candidate in _read(crops, low, psm=6, enlarge=True).items():
        if candidate.text and (candidate.conf > reads[i].conf or not reads[i].text):
            reads[i] = candidate
    unread = [i for i in low if not reads[i].text and single[i]]
    for i, candidate in _read(crops, unread, psm=7).items():
        if candidate.text:
            reads[i] = candidate
    for psm, enlarge in ((7, False), (6, True), (7, True)):
        for i, candidate in _read(crops, suspect, psm=psm, enlarge=enlarge).items():
            if candidate.text and not ink_disagrees(candidate.text, inks[i]):
                reads[i] = candidate
        suspect = [i for i in suspect if ink_disagrees(reads[i].text, inks[i])]
    reads = reread_numbers(crops, reads)
    return [CellRead(_comparator_space(r.text, c), r.conf, r.numeric_pass) for r, c in zip(reads, crops, strict=True)]


# Letters whose capital is their small letter enlarged: only their size tells them apart.
_SIZE_ONLY_CASE = set("cosuvwxzCOSUVWXZ")


def check_letter_case(
    reads: dict[tuple[int, int], CellRead], crops: dict[tuple[int, int], Image]
) -> dict[tuple[int, int], CellRead]:
    """A lone "v" or "c" (a section number "V", "C" in the STT column) set in the case its size says.

    Tesseract cannot tell "V" from "v" on its own; the table's digits are as tall as its capitals,
    so a lone letter at least 0.85 of that is a capital and one under 0.7 a small letter.
    """
    heights = [
        ink.height
        for key, read in reads.items()
        if key in crops and PURE_NUMBER_RE.match(read.text) and (ink := ink_number(crops[key])) is not None
    ]
    if not heights:
        return reads
    cap = float(np.median(heights))
    out = dict(reads)
    for key, read in reads.items():
        if len(read.text) != 1 or read.text not in _SIZE_ONLY_CASE or key not in crops:
            continue
        _, bw = cv2.threshold(crops[key], 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
        rows = np.flatnonzero(bw.max(axis=1) > 0)
        size = float(rows[-1] - rows[0] + 1) / cap if len(rows) else 0.0
        text = read.text.upper() if size >= 0.85 else (read.text.lower() if size <= 0.7 else read.text)
        if text != read.text:
            out[key] = CellRead(text, read.conf, read.numeric_pass)
    return out


def check_numbers(
    reads: dict[tuple[int, int], CellRead], crops: dict[tuple[int, int], Image]
) -> tuple[dict[tuple[int, int], CellRead], dict[tuple[int, int], str]]:
    """Separator marks of one-line numbers read again from their ink (``extractor.ocr_numbers``).

    Returns the reads with the marks corrected and, per corrected cell, the text OCR gave.
    """
    out = dict(reads)
    before: dict[tuple[int, int], str] = {}
    for key, read in reads.items():
        if key not in crops:
            continue
        text = reread_marks(read.text, ink_number(crops[key]))
        if text != read.text:
            out[key] = CellRead(text, read.conf, read.numeric_pass)
            before[key] = read.text
    return out, before


def reread_numbers(crops: Sequence[Image], reads: list[CellRead]) -> list[CellRead]:
    """Digits-only pass (psm 7) for cells that are mostly digits but did not read as a clean number.

    The digits-only reading replaces the first only when it is a clean number; otherwise the first
    reading stays as printed (and the page notes it).
    """
    todo = [i for i, r in enumerate(reads) if r.text and not looks_numeric(r.text) and _mostly_digits(r.text)]
    if not todo:
        return reads
    words = run_tesseract([_enlarged(crops[i]) for i in todo], psm=7, whitelist=DIGIT_WHITELIST)
    out = list(reads)
    for i, ws in zip(todo, words_by_image(words, len(todo)), strict=True):
        text, conf = _words_text(ws)
        if looks_numeric(text):
            out[i] = CellRead(text, conf, numeric_pass=True)
    return out


def _header_rows(table: TableBox) -> int:
    """Rows covered by the first row's row-spanning cells ("STT" over two header rows), else unknown."""
    spans = [c.row_span for c in table.cells if c.row == 0]
    deepest = max(spans, default=1)
    return deepest if 1 < deepest < table.n_rows else -1


def _grid(table: TableBox, reads: dict[tuple[int, int], CellRead], geo: _Geometry, page: int, title: str | None) -> Grid:
    blank = Provenance(page=page)
    rows: list[list[GridCell]] = [[GridCell("", blank) for _ in range(table.n_cols)] for _ in range(table.n_rows)]
    for cell in table.cells:
        read = reads.get((cell.row, cell.col), CellRead("", 100.0))
        prov = Provenance(page=page, bbox=geo.bbox(cell.box))
        for r in range(cell.row, cell.row + cell.row_span):
            for c in range(cell.col, cell.col + cell.col_span):
                # Grid convention: text repeated across merged columns, kept in the top row only.
                rows[r][c] = GridCell(read.text if r == cell.row else "", prov)
    return Grid(
        rows=tuple(tuple(r) for r in rows),
        header_rows=_header_rows(table),
        title=title,
        provenance=Provenance(page=page, bbox=geo.bbox(table.box)),
        method="ocr",
    )


_TITLE_START = ("bieu", "phu bieu", "phu luc", "bang")


def _title_for(table: TableBox, lines: Sequence[TextLine], dpi: int) -> str | None:
    """The caption printed above a ruled table ("BIỂU 01: ..."), lines in deskewed points."""
    top = table.box[1] * 72.0 / dpi
    try:
        from extractor.pdf_words import caption_above
    except ImportError:  # the shared layout module is optional for OCR
        pass
    else:
        return caption_above(lines, top)
    above = [ln for ln in lines if ln.provenance.bbox and top - 72.0 <= ln.provenance.bbox[3] <= top + 2.0]
    for line in reversed(above):
        if fold(line.text).lstrip("( ").startswith(_TITLE_START):
            return line.text
    return None


def image_to_page(gray: Image, *, page: int, dpi: int) -> PageResult:
    """OCR one rendered page (grayscale, ``dpi``) into grids and text lines.

    A page of Biểu 01 scanned at 0.4° gives one grid whose first rows read
    ``["STT", "Chỉ tiêu", "Đơn vị tính", ...]`` and a text line ``"BIỂU 01: KẾT QUẢ THỰC HIỆN ..."``.
    """
    angle = estimate_skew(gray, dpi=dpi)
    level, matrix = deskew(gray, angle)
    geo = _Geometry(matrix, dpi)
    ink = binarize(level)
    horizontal, vertical = line_masks(ink, dpi=dpi)
    tables = find_tables(level, dpi=dpi, masks=(horizontal, vertical))
    painted, text_ink = _clean_ink(level, ink, cv2.bitwise_or(horizontal, vertical), dpi)
    if is_crisp(level, ink, dpi=dpi):
        painted = cv2.GaussianBlur(painted, (3, 3), 0)

    keys: list[tuple[int, int, int]] = []
    crops: list[Image] = []
    for t_index, table in enumerate(tables):
        for cell, crop in cell_crops(painted, text_ink, table, dpi):
            if crop is not None:
                keys.append((t_index, cell.row, cell.col))
                crops.append(crop)
    reads = read_cells(crops) if crops else []

    outside = outside_text(painted, text_ink, tables, page=page, dpi=dpi)
    per_table: list[dict[tuple[int, int], CellRead]] = [{} for _ in tables]
    per_crop: list[dict[tuple[int, int], Image]] = [{} for _ in tables]
    for (t_index, row, col), read, crop in zip(keys, reads, crops, strict=True):
        per_table[t_index][(row, col)] = read
        per_crop[t_index][(row, col)] = crop
    notes: list[str] = []
    grids: list[Grid] = []
    for t_index, table in enumerate(tables):
        checked, before = check_numbers(check_letter_case(per_table[t_index], per_crop[t_index]), per_crop[t_index])
        where = f"trang {page}, bảng {t_index + 1}"
        for (row, col), old in sorted(before.items()):
            notes.append(f"{where}, dòng {row + 1}, cột {col + 1}: dấu phân cách đọc lại từ nét mực ({old!r} -> {checked[(row, col)].text!r})")
        for (row, col), read in sorted(checked.items()):
            if not read.text:
                notes.append(f"{where}, dòng {row + 1}, cột {col + 1}: có chữ in nhưng OCR không đọc được")
            elif _mostly_digits(read.text) and not looks_numeric(read.text):
                notes.append(f"{where}, dòng {row + 1}, cột {col + 1}: số đọc chưa chắc ({read.text!r})")
        grid = _grid(table, checked, geo, page, _title_for(table, outside.lines, dpi))
        # Only rows whose text the reader changed; unreadable cells are in ``notes`` (Grid has no
        # per-row note field yet).
        grids.append(replace(grid, repaired_rows=frozenset(row for row, _ in before)))
    grids.extend(geo.grid(g) for g in outside.grids)
    grids.sort(key=lambda g: g.provenance.bbox[1] if g.provenance.bbox else 0.0)
    lines = tuple(TextLine(ln.text, geo.provenance(ln.provenance)) for ln in outside.lines)
    confs = [r.conf for r in reads] + list(outside.confidences)
    mean = float(np.mean(confs)) / 100.0 if confs else 0.0
    return PageResult(grids=tuple(grids), lines=lines, mean_confidence=round(mean, 4), notes=tuple(notes))
