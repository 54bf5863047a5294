"""Figure cells a page's OCR left unsettled, read again from the page rendered afresh.

The OCR reader reads a cell again digits-only when its column is a figures column
(``extractor.ocr_figures.figure_columns``: three figures or more). A short table keeps fewer: on dev
scan v29830 a three-row table in a small sans font came back "«", "r", "Q9", "#1", "7m1" for 89, 79,
99, 71 and 71 beside neighbours read right, and those cells were never read again. What the page
cache holds is the first reading; this pass runs on every page, cached or not, and only renders a
page again when one of its grids has such a cell (``unsettled_figures``), so the cache and its
``OCR_VERSION`` stay as they are.

Each cell's box (points of the page as stored) is cut from the page rendered again at the OCR's
resolution, turned upright as the reader turned the page (its notes say how), its rules painted out
as the reader paints them (``extractor.ocr_page.clean_ink``), and read by
``extractor.ocr_figures.reread_figures``: digits only, two models, three looks; a figure is kept only
when both models read it, with no digit fewer than its ink shows. A cell they do not agree on stays
as it was read.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import partial
from typing import Any

import cv2
import numpy as np
import pypdfium2 as pdfium
from numpy.typing import NDArray

from extractor.grid import Grid
from extractor.ocr_figures import reread_figures, unsettled_figures
from extractor.ocr_grid import binarize, line_masks
from extractor.ocr_page import SIDEWAYS_TURNED, TURNED_OVER, clean_ink

Image = NDArray[Any]

__all__ = ["page_rgb", "second_read_figures", "turns_from_notes"]

_SIDEWAYS_RE = re.compile(re.escape(SIDEWAYS_TURNED).replace(re.escape("{degrees}"), "(90|270)"))
_SHRUNK = "trang quá lớn"  # ocr._render_scale's note on a page read below its dpi (ocr imports this module)


def turns_from_notes(notes: tuple[str, ...]) -> int:
    """How many quarter turns counter-clockwise the reader gave the page, from its notes.

    >>> turns_from_notes(("trang 2: trang quét nằm nghiêng, đã xoay 270° ngược chiều kim đồng hồ trước khi đọc",))
    3
    >>> turns_from_notes(("trang 1: trang quét bị lộn ngược, đã xoay 180° trước khi đọc",)), turns_from_notes(())
    (2, 0)
    """
    for note in notes:
        m = _SIDEWAYS_RE.search(note)
        if m:
            return int(m.group(1)) // 90
        if TURNED_OVER in note:
            return 2
    return 0


def page_rgb(pdf_page: pdfium.PdfPage, scale: float) -> Image:
    """A PDF page rendered in colour at ``scale`` (pixels per point), as the reader and this second read take it."""
    bitmap = pdf_page.render(scale=scale, grayscale=False, rev_byteorder=True)
    return np.array(bitmap.to_numpy()[:, :, :3])


def _render(path: str, page: int, scale: float) -> Image:
    """The page in gray at the reader's scale, but unlike the reader (which takes a colour page's gray and
    paints its stamps out, ``ocr_stamps.remove_stamps``) coloured ink is taken for paper here: the lightest
    of a pixel's three channels is dark only under black print, and a figure is black print."""
    pdf = pdfium.PdfDocument(path)
    try:
        pdf_page = pdf[page - 1]
        rgb = page_rgb(pdf_page, scale)
        pdf_page.close()
    finally:
        pdf.close()
    return np.ascontiguousarray(rgb.max(axis=2))


def _cell_crop(gray: Image, bbox: tuple[float, float, float, float], scale: float, turns: int, dpi: int) -> Image | None:
    """The ink of one cell (``bbox`` in points of the page as stored), upright, rules painted out,
    on a white margin; None when the cell holds no ink."""
    height, width = gray.shape[:2]
    x0, y0, x1, y1 = (round(v * scale) for v in bbox)
    reach = max(20, dpi // 6)  # room around the cell for its rules to be long enough to be found
    wx0, wy0, wx1, wy1 = max(0, x0 - reach), max(0, y0 - reach), min(width, x1 + reach), min(height, y1 + reach)
    if wx1 - wx0 < 8 or wy1 - wy0 < 8 or x1 <= x0 or y1 <= y0:
        return None
    window = gray[wy0:wy1, wx0:wx1]
    inside = np.zeros_like(window)
    margin = max(2, dpi // 100)
    inside[max(0, y0 - wy0 + margin) : y1 - wy0 - margin, max(0, x0 - wx0 + margin) : x1 - wx0 - margin] = 255
    window, inside = (np.ascontiguousarray(np.rot90(im, turns)) for im in (window, inside))
    ink = binarize(window)
    horizontal, vertical = line_masks(ink, dpi=dpi)
    painted, text_ink = clean_ink(window, ink, cv2.bitwise_or(horizontal, vertical), dpi)
    text_ink = cv2.bitwise_and(text_ink, inside)
    if int(np.count_nonzero(text_ink)) < max(8, (dpi // 60) ** 2):
        return None
    ys, xs = np.nonzero(text_ink)
    cols = np.nonzero(inside.any(axis=0))[0]
    side = max(2, dpi // 100)  # what the rules' painting left of a glyph crossing them
    if xs.min() <= cols[0] + side or xs.max() >= cols[-1] - side:
        # Ink up to the cell's side: the figure runs on past the box (a grid a seal damaged put a
        # column's rule through "98,55", dev scan v29740, and left "8,55" in the box).
        return None
    crop = painted[int(ys.min()) : int(ys.max()) + 1, int(xs.min()) : int(xs.max()) + 1]
    pad = max(6, dpi // 30)
    return cv2.copyMakeBorder(crop, pad, pad, pad, pad, cv2.BORDER_CONSTANT, value=255)


_SIGNS = "<>≤≥"


def _sign_shown(before: str, after: str) -> bool:
    """Whether a reading's comparison sign was there to read: the cell as first read opens with a
    sign or a glyph OCR reads for one ("»2" for ">2", dev scan v29990). Read digits-only, a bracket
    or a smudge comes back a sign ("€)()" read "<0", dev scan v24380).

    >>> _sign_shown("»2", ">2"), _sign_shown("€)()", "<0"), _sign_shown("Q9", "99")
    (True, False, True)
    """
    return not after.lstrip().startswith(tuple(_SIGNS)) or before.lstrip().startswith((*_SIGNS, "«", "»"))


def _merged(grid: Grid, row: int, col: int) -> bool:
    """Whether a cell shares its box with a neighbour (a merged cell's copies share one)."""
    box = grid.rows[row][col].provenance.bbox
    neighbours = [(row, col - 1), (row, col + 1), (row - 1, col), (row + 1, col)]
    return any(0 <= r < len(grid.rows) and 0 <= c < len(grid.rows[r]) and grid.rows[r][c].provenance.bbox == box
               for r, c in neighbours)


def _crop_of(crops: dict[tuple[int, int], Image | None], row: int, col: int) -> Image | None:
    return crops.get((row, col))


def second_read_figures(path: str, number: int, grids: tuple[Grid, ...], notes: tuple[str, ...], *,
                        dpi: int) -> tuple[Grid, ...]:
    """The grids of page ``number`` (as the reader left them, with its ``notes``) with the unsettled
    figures of its ruled grids read again from the page rendered afresh at ``dpi`` (the reader's);
    ``grids`` itself when there are none.

    Unruled tables (``ocr-words``) are left alone: their cells' boxes are the words Tesseract read,
    and a misread figure's box can miss half its ink. So is a page the reader rendered at less than
    ``dpi`` (too large: its note says so).
    """
    wanted = {k: cells for k, grid in enumerate(grids) if grid.method == "ocr" and (cells := unsettled_figures(grid))}
    if not wanted or any(_SHRUNK in note for note in notes):
        return grids
    scale = dpi / 72.0
    try:
        gray = _render(path, number, scale)
    except pdfium.PdfiumError:
        return grids  # the reader rendered it once: a page that will not render again keeps its reading
    turns = turns_from_notes(notes)
    out: list[Grid] = list(grids)
    for k, cells in wanted.items():
        grid = out[k]
        crops: dict[tuple[int, int], Image | None] = {}
        for r, c in cells:
            bbox = grid.rows[r][c].provenance.bbox
            # A cell with readings was read again by the reader already, and the row's arithmetic
            # chooses among them (``extractor.ocr_ratios``): a second reading would only narrow it.
            # A cell merged with a neighbour (its text repeated, one box) is left alone: the rule
            # between two figures was lost, and one reading cannot say whose figure it is.
            if bbox is not None and not grid.rows[r][c].readings and not _merged(grid, r, c):
                crops[(r, c)] = _cell_crop(gray, bbox, scale, turns, dpi)
        read, _unsure, changed = reread_figures(
            grid, partial(_crop_of, crops), f"trang {number}, bảng {k + 1}",
            say_blanks=False, cells=list(crops), offer=False,
        )
        # Only a figure both models read replaces a cell; one they did not settle stays as the
        # reader left it (the reader blanks a "9Q" it could not settle: here it keeps its doubt).
        settled = {(r, c) for r, c in changed
                   if read.rows[r][c].text.strip() and _sign_shown(grid.rows[r][c].text, read.rows[r][c].text)}
        if settled:
            rows = [[read.rows[r][c] if (r, c) in settled else cell for c, cell in enumerate(row)]
                    for r, row in enumerate(grid.rows)]
            out[k] = replace(grid, rows=tuple(tuple(row) for row in rows),
                               repaired_rows=grid.repaired_rows | {r for r, _ in settled})
    return tuple(out)
