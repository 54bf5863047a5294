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
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import partial
from typing import Any

import cv2
import numpy as np
from numpy.typing import NDArray

from extractor.grid import Grid, GridCell
from extractor.model import Provenance, TextLine
from extractor.ocr_cells import (
    CellRead,
    check_letter_case,
    check_numbers,
    looks_numeric,
    mostly_digits,
    read_cells,
    read_split_cells,
)
from extractor.ocr_figures import ink_crop, reread_figures
from extractor.ocr_grid import (
    CellBox,
    TableBox,
    binarize,
    deskew,
    estimate_skew,
    find_tables,
    line_masks,
    long_rules,
    rules_under_stamps,
)
from extractor.ocr_orient import MIN_MARKS, after_quarter_turn, page_orientation, quarter_turn, turned_over
from extractor.ocr_stamps import remove_stamps
from extractor.ocr_tesseract import osd_degrees
from extractor.ocr_text import header_slashes, outside_text
from extractor.settings import LayoutSettings
from normalizers.text import fold

# The words a page's note uses for the turn the reader gave it: ocr_second_read reads the turn back from
# them to cut cells from the page as read, so they are written once here.
SIDEWAYS_TURNED = "đã xoay {degrees}° ngược chiều kim đồng hồ trước khi đọc"
TURNED_OVER = "đã xoay 180° trước khi đọc"

# OpenCV's stubs type every image loosely; 8-bit grayscale is what flows through here.
Image = NDArray[Any]

__all__ = ["PageResult", "image_to_page", "is_crisp", "looks_numeric"]


@dataclass(frozen=True)
class PageResult:
    """What one page gave, before it is wrapped into ``extractor.ocr.OcrPage``.

    notes: one line per cell the OCR could not read cleanly ("bảng 1, dòng 5, cột 4: ...").
    """

    grids: tuple[Grid, ...]
    lines: tuple[TextLine, ...]
    mean_confidence: float
    notes: tuple[str, ...]


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


def _level_boxes(boxes: Sequence[tuple[int, int, int, int]], matrix: NDArray[Any]) -> list[tuple[int, int, int, int]]:
    """Boxes of the original page moved to the deskewed page (their centres rotated, sizes kept)."""
    out: list[tuple[int, int, int, int]] = []
    for x0, y0, x1, y1 in boxes:
        cx, cy = (x0 + x1) / 2.0, (y0 + y1) / 2.0
        nx, ny = (float(v) for v in matrix @ np.array([cx, cy, 1.0]))
        hw, hh = (x1 - x0) / 2.0, (y1 - y0) / 2.0
        out.append((round(nx - hw), round(ny - hh), round(nx + hw), round(ny + hh)))
    return out


def clean_ink(gray: Image, ink: Image, rules: Image, dpi: int) -> tuple[Image, Image]:
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
    # A third of the page (every third band of rows) measures its edges as well as all of it,
    # at a third of the cost.
    band = max(16, dpi // 6)
    rows = np.concatenate([np.arange(r, min(r + band, gray.shape[0])) for r in range(0, gray.shape[0], 3 * band)])
    gray, ink = gray[rows], ink[rows]
    on_ink = ink > 0
    if not on_ink.any() or on_ink.all():
        return False
    ink_level, paper = float(np.median(gray[on_ink])), float(np.median(gray[~on_ink]))
    if paper - ink_level < 32:
        return False
    edges_all: list[Image] = []
    for start in range(0, gray.shape[0], band):
        strip: Image = ((gray[start : start + band].astype(np.float32) - ink_level) / (paper - ink_level)).astype(np.float32)
        if dpi != 300:
            strip = cv2.resize(strip, None, fx=300.0 / dpi, fy=300.0 / dpi, interpolation=cv2.INTER_LINEAR)
        sx, sy = cv2.Sobel(strip, cv2.CV_32F, 1, 0, ksize=3), cv2.Sobel(strip, cv2.CV_32F, 0, 1, ksize=3)
        slope = np.hypot(sx, sy)[1:-1] / 8.0  # the strip's first and last rows have no neighbours
        edges_all.append(slope[slope > 0.05])
    edges = np.concatenate(edges_all)
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


def _header_rows(table: TableBox) -> int:
    """Rows covered by the first row's row-spanning cells ("STT" over two header rows), else unknown."""
    spans = [c.row_span for c in table.cells if c.row == 0]
    deepest = max(spans, default=1)
    return deepest if 1 < deepest < table.n_rows else -1


# A rule read as a glyph inside a cell: the line finder missed it (a short rule in a low header
# row), and Tesseract printed it between the texts of the columns it separates.
_READ_RULE_RE = re.compile(r"\s*[|¦]\s*")


def _split_on_read_rules(text: str, span: int) -> list[str] | None:
    """The texts of the ``span`` columns a merged cell covers, when the rules Tesseract read inside
    it cut it into exactly that many ("2025 | 2030 | 2035 | 2040 | 2045" over five years); None
    otherwise.

    >>> _split_on_read_rules("2025 | 2030 | 2035", 3)
    ['2025', '2030', '2035']
    >>> _split_on_read_rules("Dự toán | Cùng kỳ", 3) is None
    True
    """
    if span < 2 or not _READ_RULE_RE.search(text):
        return None
    parts = _READ_RULE_RE.split(text.strip())
    return parts if len(parts) == span and all(parts) else None


def _grid(table: TableBox, reads: dict[tuple[int, int], CellRead], geo: _Geometry, page: int, title: str | None) -> Grid:
    blank = Provenance(page=page)
    rows: list[list[GridCell]] = [[GridCell("", blank) for _ in range(table.n_cols)] for _ in range(table.n_rows)]
    choices: dict[str, tuple[str, ...]] = {}
    for cell in table.cells:
        read = reads.get((cell.row, cell.col), CellRead("", 100.0))
        choices.update(read.near)
        prov = Provenance(page=page, bbox=geo.bbox(cell.box))
        parts = _split_on_read_rules(read.text, cell.col_span)
        for r in range(cell.row, cell.row + cell.row_span):
            for c in range(cell.col, cell.col + cell.col_span):
                # Grid convention: text repeated across merged columns, kept in the top row only.
                text = read.text if parts is None else parts[c - cell.col]
                rows[r][c] = GridCell(text if r == cell.row else "", prov)
    return Grid(
        rows=tuple(tuple(r) for r in rows),
        header_rows=_header_rows(table),
        title=title,
        provenance=Provenance(page=page, bbox=geo.bbox(table.box)),
        method="ocr",
        choices=choices,
    )


def _crop_at(crops: Mapping[tuple[int, int], Image], row: int, col: int) -> Image | None:
    return crops.get((row, col))


def _cell_ink(grid: Grid, row: int, col: int, *, painted: Image, text_ink: Image, dpi: int) -> Image | None:
    """The ink of one cell of an unruled table (boxes in points of the deskewed page): the row's
    line across the extent of its column's figures. Tesseract's word box hugs what it read, and a
    misread figure's box can miss half of it (",,0" for "100,0")."""
    cells = grid.rows[row]
    bbox = cells[col].provenance.bbox if col < len(cells) else None
    if bbox is None:
        return None
    x0, y0, x1, y1 = bbox
    figures = [c.provenance.bbox for c in cells if c.provenance.bbox is not None and looks_numeric(c.text)]
    if figures:
        # The height of the row's own figures: a blank cell's box spans the row's lines, which on
        # a skewed page reach into the figures of the next row.
        y0, y1 = float(np.median([b[1] for b in figures])), float(np.median([b[3] for b in figures]))
    for other in grid.rows:
        box = other[col].provenance.bbox if col < len(other) else None
        if box is not None and other[col].text.strip() and looks_numeric(other[col].text):
            x0, x1 = min(x0, box[0]), max(x1, box[2])
    for k, cell in enumerate(cells):
        box = cell.provenance.bbox
        if k != col and cell.text.strip() and box is not None and box[0] < x1 and x0 < box[2]:
            return None  # the box reaches into a word of another cell: its ink is not this cell's
    scale = dpi / 72.0
    pixels = (int(x0 * scale), int(y0 * scale), int(x1 * scale) + 1, int(y1 * scale) + 1)
    return ink_crop(painted, text_ink, pixels, pad=max(6, dpi // 30))


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


def image_to_page(
    gray: Image, *, page: int, dpi: int, rgb: Image | None = None, layout: LayoutSettings | None = None
) -> PageResult:
    """OCR one rendered page (grayscale, ``dpi``) into grids and text lines.

    A page of Biểu 01 scanned at 0.4° gives one grid whose first rows read
    ``["STT", "Chỉ tiêu", "Đơn vị tính", ...]`` and a text line ``"BIỂU 01: KẾT QUẢ THỰC HIỆN ..."``.
    ``rgb``: the page in colour when it has coloured ink (seals and signatures are painted out
    by their hue as well as by their shape, ``extractor.ocr_stamps``). ``layout``: the layout
    analysis' settings for the text outside ruled tables.
    """
    notes: list[str] = []
    stored_shape = gray.shape
    turn = quarter_turn(gray, dpi=dpi, ask_tesseract=osd_degrees)
    if turn.sideways:
        # Turned first, so every later stage (seals, skew, rules, reading) sees a level page.
        gray = np.ascontiguousarray(np.rot90(gray))
        rgb = np.ascontiguousarray(np.rot90(rgb)) if rgb is not None else None
    elif turn.sideways is None:
        notes.append(f"trang {page}: không xác định được trang quét nằm thẳng hay nằm nghiêng, đã đọc như trang nằm thẳng")
    scanned = gray
    gray, stamps = remove_stamps(gray, rgb, dpi=dpi)
    if stamps.boxes:
        notes.append(f"trang {page}: {len(stamps.boxes)} con dấu tròn đã được tách khỏi chữ in trước khi đọc")
    angle = estimate_skew(gray, dpi=dpi)
    level, matrix = deskew(gray, angle)
    ink = binarize(level)
    horizontal, vertical = long_rules(*line_masks(ink, dpi=dpi), dpi=dpi)
    if stamps.boxes:
        horizontal, vertical = rules_under_stamps(
            (horizontal, vertical), binarize(deskew(scanned, angle)[0]), _level_boxes(stamps.boxes, matrix), dpi=dpi
        )
    orientation = page_orientation(level, cv2.bitwise_or(horizontal, vertical))
    flip = orientation.degrees == 180
    if turn.sideways and orientation.above + orientation.below < MIN_MARKS:
        # Too few tone marks to tell 90° from 270°, and a guess is wrong half the time. When
        # Tesseract decided the turn it said which way already: asking again costs about 1.3 s.
        left = turn.left_after_turn()
        asked = left if left is not None else osd_degrees(level)
        flip = asked == 180
        if asked not in (0, 180):
            notes.append(f"trang {page}: trang quét nằm nghiêng nhưng không xác định được chiều, đã xoay 90° ngược chiều kim đồng hồ")
    if turn.sideways:
        notes.append(f"trang {page}: trang quét nằm nghiêng, " + SIDEWAYS_TURNED.format(degrees=270 if flip else 90))
    elif flip:
        notes.append(f"trang {page}: trang quét bị lộn ngược, {TURNED_OVER}")
    if flip:
        level, ink, horizontal, vertical = (np.ascontiguousarray(im[::-1, ::-1]) for im in (level, ink, horizontal, vertical))
        matrix = turned_over(matrix, level.shape)
    if turn.sideways:
        matrix = after_quarter_turn(matrix, stored_shape)
    geo = _Geometry(matrix, dpi)
    tables = find_tables(level, dpi=dpi, masks=(horizontal, vertical))
    painted, text_ink = clean_ink(level, ink, cv2.bitwise_or(horizontal, vertical), dpi)
    if is_crisp(level, ink, dpi=dpi):
        painted = cv2.GaussianBlur(painted, (3, 3), 0)

    keys: list[tuple[int, int, int]] = []
    crops: list[Image] = []
    spans: list[int] = []
    for t_index, table in enumerate(tables):
        for cell, crop in cell_crops(painted, text_ink, table, dpi):
            if crop is not None:
                keys.append((t_index, cell.row, cell.col))
                crops.append(crop)
                spans.append(cell.col_span)
    reads = read_split_cells(crops, spans, read_cells(crops)) if crops else []

    outside = outside_text(painted, text_ink, tables, page=page, dpi=dpi, layout=layout)
    per_table: list[dict[tuple[int, int], CellRead]] = [{} for _ in tables]
    per_crop: list[dict[tuple[int, int], Image]] = [{} for _ in tables]
    for (t_index, row, col), read, crop in zip(keys, reads, crops, strict=True):
        per_table[t_index][(row, col)] = read
        per_crop[t_index][(row, col)] = crop
    # Each grid with its top in the upright page (points): a page turned over maps its top rows to
    # the bottom of the page as stored, so the stored boxes would list its tables bottom first.
    grids: list[tuple[float, Grid]] = []
    for t_index, table in enumerate(tables):
        checked, before = check_numbers(check_letter_case(per_table[t_index], per_crop[t_index]), per_crop[t_index])
        where = f"trang {page}, bảng {t_index + 1}"
        for (row, col), old in sorted(before.items()):
            notes.append(f"{where}, dòng {row + 1}, cột {col + 1}: dấu phân cách đọc lại từ nét mực ({old!r} -> {checked[(row, col)].text!r})")
        for (row, col), read in sorted(checked.items()):
            if not read.text:
                notes.append(f"{where}, dòng {row + 1}, cột {col + 1}: có chữ in nhưng OCR không đọc được")
            elif mostly_digits(read.text) and not looks_numeric(read.text):
                notes.append(f"{where}, dòng {row + 1}, cột {col + 1}: số đọc chưa chắc ({read.text!r})")
        grid = _grid(table, checked, geo, page, _title_for(table, outside.lines, dpi))
        # Only rows whose text the reader changed; unreadable cells are in ``notes`` (Grid has no
        # per-row note field yet).
        grid = replace(grid, repaired_rows=frozenset(row for row, _ in before))
        grid, unsure, filled = reread_figures(grid, partial(_crop_at, per_crop[t_index]), where, say_blanks=False)
        # A blank cell read now is no longer one "OCR could not read".
        read_now = {f"{where}, dòng {row + 1}, cột {col + 1}: có chữ in nhưng OCR không đọc được" for row, col in filled}
        notes[:] = [n for n in notes if n not in read_now]
        notes.extend(unsure)
        grids.append((table.box[1] * geo.scale, grid))
    for k, found in enumerate(outside.grids):
        # Unruled tables are numbered after the ruled ones of the page; their boxes are still in
        # points of the deskewed page here.
        found, unsure, _ = reread_figures(
            found, partial(_cell_ink, found, painted=painted, text_ink=text_ink, dpi=dpi), f"trang {page}, bảng {len(tables) + k + 1}"
        )
        notes.extend(unsure)
        grids.append((found.provenance.bbox[1] if found.provenance.bbox else 0.0, geo.grid(found)))
    grids.sort(key=lambda top_grid: top_grid[0])
    ordered = [header_slashes(g) for _, g in grids]
    lines = tuple(TextLine(ln.text, geo.provenance(ln.provenance)) for ln in outside.lines)
    confs = [r.conf for r in reads] + list(outside.confidences)
    mean = float(np.mean(confs)) / 100.0 if confs else 0.0
    return PageResult(grids=tuple(ordered), lines=lines, mean_confidence=round(mean, 4), notes=tuple(notes))
