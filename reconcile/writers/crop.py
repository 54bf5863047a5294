"""Images of the printed evidence: the band of a PDF page around a cell, with the cell boxed in red.

Only pypdfium2 (rendering) and Pillow (drawing) are used; nothing here raises on a bad or missing
PDF, it answers None and the report simply shows no image.
"""

from __future__ import annotations

import base64
import io
import math
from pathlib import Path
from types import TracebackType

import pypdfium2 as pdfium
from PIL import Image, ImageDraw

BBox = tuple[float, float, float, float]

_BOX_COLOR = (220, 0, 0)


class PdfCropper:
    """Renders regions of PDF pages; keeps each opened PDF until ``close()`` (use as a context manager).

    dpi:        rendering resolution (100 is legible for 9-11 pt table text and keeps PNGs small).
    margin_pt:  points shown above and below the cell (the row above and below, roughly).
    full_width: show the whole width of the page, so the row's indicator name at the left is in
                view even when the cell in question is the rightmost column.
    """

    def __init__(self, *, dpi: float = 100, margin_pt: float = 36, full_width: bool = True) -> None:
        self.scale = dpi / 72
        self.margin = margin_pt
        self.full_width = full_width
        self._open: dict[str, pdfium.PdfDocument | None] = {}

    def __enter__(self) -> PdfCropper:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        for pdf in self._open.values():
            if pdf is not None:
                pdf.close()
        self._open.clear()

    def _pdf(self, path: str) -> pdfium.PdfDocument | None:
        if path not in self._open:
            try:
                self._open[path] = pdfium.PdfDocument(path) if Path(path).is_file() else None
            except (pdfium.PdfiumError, OSError, ValueError):
                # Encrypted, damaged or not a PDF: remembered so it is not retried for every finding.
                self._open[path] = None
        return self._open[path]

    def png(self, path: str, page: int, bbox: BBox) -> bytes | None:
        """PNG of the region around ``bbox`` on 1-based ``page``, the box drawn in red; None if impossible.

        bbox is (x0, top, x1, bottom) in PDF points from the top-left corner (pdfplumber's
        convention), e.g. the cell "83,9" of "Tỷ lệ hộ gia đình đạt tiêu chuẩn văn hóa".
        """
        pdf = self._pdf(path)
        if pdf is None or not 1 <= page <= len(pdf) or not all(math.isfinite(v) for v in bbox):
            return None
        pg = pdf[page - 1]
        try:
            # A rotated page is rendered turned but its coordinates are not: the box would be drawn
            # in the wrong place, and a wrong box is worse evidence than none.
            if pg.get_rotation() != 0:
                return None
            width, height = pg.get_size()
            x0, top, x1, bottom = bbox
            if x1 < x0 or bottom < top or x1 <= 0 or top >= height or x0 >= width or bottom <= 0:
                return None
            left = 0.0 if self.full_width else max(0.0, x0 - self.margin)
            right = width if self.full_width else min(width, x1 + self.margin)
            ctop = max(0.0, top - self.margin)
            cbottom = min(height, bottom + self.margin)
            # pypdfium2 crops by the amount cut off each side: (left, bottom, right, top).
            bitmap = pg.render(scale=self.scale, crop=(left, height - cbottom, width - right, ctop))
            image = bitmap.to_pil().convert("RGB")
        except pdfium.PdfiumError:
            return None
        finally:
            pg.close()
        return _boxed_png(image, ((x0 - left) * self.scale, (top - ctop) * self.scale,
                                  (x1 - left) * self.scale, (bottom - ctop) * self.scale))

    def data_uri(self, path: str, page: int, bbox: BBox) -> str | None:
        """The same image as a ``data:image/png;base64,...`` URI for embedding in HTML."""
        png = self.png(path, page, bbox)
        return None if png is None else "data:image/png;base64," + base64.b64encode(png).decode("ascii")


def _boxed_png(image: Image.Image, box: tuple[float, float, float, float]) -> bytes:
    x0, y0, x1, y1 = box
    pad = 2  # pixels outside the glyphs, so the outline does not strike through the digits
    draw = ImageDraw.Draw(image)
    draw.rectangle((x0 - pad, y0 - pad, x1 + pad, y1 + pad), outline=_BOX_COLOR, width=2)
    # A rendered text band has few colours; a palette PNG is several times smaller than RGB.
    small = image.quantize(colors=64)
    buf = io.BytesIO()
    small.save(buf, format="PNG", optimize=True)
    return buf.getvalue()


def crop_png(path: str, page: int, bbox: BBox, *, dpi: float = 100, margin_pt: float = 36,
             full_width: bool = True) -> bytes | None:
    """One-off ``PdfCropper(...).png(path, page, bbox)``; use a PdfCropper for many regions of one file."""
    with PdfCropper(dpi=dpi, margin_pt=margin_pt, full_width=full_width) as cropper:
        return cropper.png(path, page, bbox)
