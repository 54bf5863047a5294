"""A page's characters, ruling edges and images read with PDFium, in pdfplumber's terms.

pdfminer's interpretation of a page's content stream in Python is most of the time of reading a
text-layer PDF (pdfplumber builds its objects from it). PDFium (``pypdfium2``) parses the same
content in C. This module asks it for what ``extractor.pdf_tables`` uses of a page and hands it
back as pdfplumber would give it, so that the layout analysis above sees the same input:

- characters as pdfplumber char dicts (``text``, ``x0``, ``x1``, ``top``, ``bottom``, ``doctop``,
  ``upright``, ``size``), boxed as pdfminer boxes them: from the baseline origin, the font's
  descent and size, and the glyph's advance, transformed by the character's matrix and the page's
  rotation, then flipped top-down as pdfplumber does; words are then grouped by pdfplumber's own
  ``extract_words`` on these dicts;
- ruling edges as pdfplumber's ``page.edges``: each painted path split into subpaths and sorted
  into lines, rectangles and curves by pdfminer's rules, edges made by pdfplumber's
  ``line_to_edge``/``rect_to_edges``/``curve_to_edges``, in pdfplumber's order (lines, rectangles,
  curves);
- whether the page holds an image.

PDFium keeps glyph widths truncated to whole thousandths of an em, so its character origins drift
from pdfminer's along a line (up to a point on a long one): advances are taken from the fonts as
pdfminer loads them (``font_widths``, given by the caller) and the drift is carried along each
run of text. What remains is float precision (a thousandth of a point) and one pdfminer quirk not
copied: with character spacing (Tc) set, pdfminer starts a text-showing operator that goes on from
the previous one a Tc early (it leaves out the spacing after a string's last glyph).

Where PDFium's reading could differ from pdfminer's it does not guess: ``read_page`` returns
None and the caller reads that page with pdfplumber: a glyph without a Unicode mapping (pdfminer
spells it "(cid:N)"), a font not embedded (pdfminer takes its metrics from the standard fonts'
AFM files), a font pdfplumber's page resources do not name (one only used inside a form XObject),
a glyph standing for several characters (ligatures), a Type 3 or vertical font, and any error
of PDFium's.
"""

from __future__ import annotations

import ctypes
import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from pdfminer.utils import apply_matrix_pt, mult_matrix
from pdfplumber.utils import curve_to_edges, line_to_edge, rect_to_edges

__all__ = ["FontMetrics", "PageObjects", "PdfiumReader", "Widths", "font_widths"]

Matrix = tuple[float, float, float, float, float, float]
Point = tuple[float, float]


@dataclass
class FontMetrics:
    """A font as pdfminer measures it: ``descent`` per unit of font size (pdfminer's
    ``get_descent``, None when subsets of one font disagree) and each character's glyph width in
    thousandths of the font size (``char_width``; None where one character has glyphs of
    different widths)."""

    descent: float | None
    widths: dict[str, float | None]


# Font name, without a subset tag (PDFium's name for it) -> its metrics.
Widths = dict[str, FontMetrics]

_IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


@dataclass(frozen=True)
class PageObjects:
    """What the table reader uses of one page, as pdfplumber gives it.

    chars:  pdfplumber-style char dicts in content order (generated spaces and line breaks left out).
    edges:  pdfplumber-style edge dicts (``page.edges``), each with ``orientation`` "h", "v" or None.
    has_images: the page paints at least one image.
    """

    chars: list[dict[str, Any]]
    edges: list[dict[str, Any]]
    has_images: bool


class _Fallback(Exception):
    """This page is one PDFium might read differently from pdfminer: read it with pdfplumber."""


def page_ctm(mediabox: tuple[float, float, float, float], rotate: int) -> Matrix:
    """The matrix pdfminer starts a page with (``PDFPageInterpreter.process_page``)."""
    x0, y0, x1, y1 = mediabox
    if rotate == 90:
        return (0, -1, 1, 0, -y0, x1)
    if rotate == 180:
        return (-1, 0, 0, -1, x1, y1)
    if rotate == 270:
        return (0, 1, -1, 0, y1, -x0)
    return (1, 0, 0, 1, -x0, -y0)


class _Page:
    """Coordinates of one page: PDFium's page space -> pdfplumber's top-down page coordinates."""

    def __init__(self, ctm: Matrix, height: float, mb_x0: float, mb_top: float, page_number: int) -> None:
        self.ctm = ctm
        self.height = height
        self.mb_x0 = mb_x0
        self.mb_top = mb_top
        self.page_number = page_number

    def box(self, x0: float, y0: float, x1: float, y1: float) -> dict[str, Any]:
        """pdfplumber's ``process_object`` on a pdfminer bbox (already in pdfminer's coordinates)."""
        top = (self.height - y1) + self.mb_top
        bottom = (self.height - y0) + self.mb_top
        return {
            "x0": x0,
            "y0": y0,
            "x1": x1,
            "y1": y1,
            "width": x1 - x0,
            "height": y1 - y0,
            "top": top,
            "bottom": bottom,
            "doctop": top,
            "page_number": self.page_number,
        }

    def point(self, pt: Point) -> Point:
        """pdfplumber's ``point2coord`` on a pdfminer point."""
        return (self.mb_x0 + pt[0], self.mb_top + self.height - pt[1])


def _font_name(font: Any) -> str:
    size = pdfium_c.FPDFFont_GetBaseFontName(font, None, 0)
    if size <= 0:
        return ""
    buf = ctypes.create_string_buffer(size)
    pdfium_c.FPDFFont_GetBaseFontName(font, buf, size)
    return buf.value.decode("latin-1")


def _address_fn(fn: Any, *argtypes: Any) -> Any:
    """``fn`` (a PDFium function returning a handle) called as one returning the handle's address
    as a plain int: a handle compared and used as a dict key needs no ``ctypes.cast`` per char."""
    address = ctypes.cast(fn, ctypes.c_void_p).value
    assert address, "PDFium function without an address"
    return ctypes.CFUNCTYPE(ctypes.c_void_p, *argtypes)(address)


_text_object = _address_fn(pdfium_c.FPDFText_GetTextObject, ctypes.c_void_p, ctypes.c_int)
_object_font = _address_fn(pdfium_c.FPDFTextObj_GetFont, ctypes.c_void_p)


def _chars(textpage: Any, geo: _Page, widths: Widths, order: dict[int, int]) -> list[dict[str, Any]]:
    """The page's characters as pdfplumber's char dicts, in content order.

    ``order``: each text object's place among the page's objects (PDFium's text page lists the
    objects of a page turned 180 degrees backwards; pdfminer lists them as painted).

    Runs once per character of every page, most of the time of reading a page: the loop keeps
    its work to the PDFium calls it needs (a text object's font, size and matrix asked once, not
    per char) and writes pdfminer's matrix products out (``mult_matrix``, ``apply_matrix_pt``, same terms
    in the same order, so the same floats).
    """
    n = pdfium_c.FPDFText_CountChars(textpage)
    if n < 0:
        raise _Fallback("text page unreadable")
    ox, oy = ctypes.c_double(), ctypes.c_double()
    fm = pdfium_c.FS_MATRIX()
    origin_x, origin_y, p_ox, p_oy, p_fm = ox, oy, ctypes.byref(ox), ctypes.byref(oy), ctypes.byref(fm)
    page = ctypes.c_void_p(ctypes.cast(textpage, ctypes.c_void_p).value)
    fonts: dict[int, FontMetrics] = {}  # by font handle
    names: dict[int, str] = {}  # the fonts' names, as pdfminer gives them (``fontname``: the weight)
    get_unicode = pdfium_c.FPDFText_GetUnicode
    is_generated = pdfium_c.FPDFText_IsGenerated
    map_error = pdfium_c.FPDFText_HasUnicodeMapError
    get_origin = pdfium_c.FPDFText_GetCharOrigin
    get_matrix = pdfium_c.FPDFText_GetMatrix
    font_size = pdfium_c.FPDFText_GetFontSize
    text_object, object_font = _text_object, _object_font
    # What PDFium keeps per text object, not per char (``CPDF_TextPage``: a char's font size is its
    # object's, its matrix the object's text matrix times the form's): asked once per object.
    objects: dict[int, tuple[int, Matrix, float, FontMetrics, str]] = {}  # by text object handle
    raw: list[tuple[int, int, str, float, float, Matrix, float, FontMetrics, str]] = []
    for i in range(n):
        if is_generated(textpage, i):
            continue
        if map_error(textpage, i):
            raise _Fallback("glyph without a Unicode mapping")
        text = chr(get_unicode(textpage, i))
        if not get_origin(textpage, i, p_ox, p_oy):
            raise _Fallback("no origin")
        obj = text_object(page, i)
        if not obj:
            raise _Fallback("no font")
        known_object = objects.get(obj)
        if known_object is None:
            if not get_matrix(textpage, i, p_fm):
                raise _Fallback("no matrix")
            size = float(font_size(textpage, i))
            font = object_font(obj)
            if not font:
                raise _Fallback("no font")
            if font not in fonts:
                handle = ctypes.cast(font, pdfium_c.FPDF_FONT)
                if not pdfium_c.FPDFFont_GetIsEmbedded(handle):
                    raise _Fallback("font not embedded")
                name = _font_name(handle)
                known = widths.get(name)
                if known is None or known.descent is None:
                    raise _Fallback("font not among the page's resources")
                fonts[font] = known
                names[font] = name
            place = order.get(obj)
            if place is None:
                raise _Fallback("text object not among the page's objects")
            m = (float(fm.a), float(fm.b), float(fm.c), float(fm.d), 0.0, 0.0)
            if m[0] * m[3] - m[1] * m[2] == 0:
                raise _Fallback("text flattened to nothing")
            known_object = objects[obj] = (place, m, size, fonts[font], names[font])
        place, m, size, metrics, fontname = known_object
        raw.append((place, i, text, origin_x.value, origin_y.value, m, size, metrics, fontname))
    raw.sort(key=lambda r: (r[0], r[1]))
    out: list[dict[str, Any]] = []
    run = -1  # the text object (one text-showing operator) of the previous char
    drift = 0.0  # how far PDFium's origin lags pdfminer's, in text space
    prev_end: tuple[float, float, Matrix | None] = (math.nan, math.nan, None)
    ca, cb, cc, cd, ce, cf = geo.ctm
    box = geo.box
    trunc = math.trunc
    for place, _, text, x, y, (a, b, c, d, _e, _f), size, metrics, fontname in raw:
        # PDFium keeps glyph widths truncated to whole thousandths of an em, pdfminer as printed
        # in the font's /Widths: take the advance from the font's widths, and carry what PDFium
        # dropped on to the following glyphs where pdfminer places them: the rest of the text-
        # showing operator, and the next operator when it goes on from where this one ended
        # (consecutive Tj without a new Td).
        width = metrics.widths.get(text)
        if width is None:
            raise _Fallback("glyph width unknown")
        if place != run:
            px, py, pm = prev_end
            if pm != (a, b, c, d, _e, _f) or abs(px - x) > 0.01 or abs(py - y) > 0.01:
                drift = 0.0
            run = place
        x_shift = drift
        adv = width * size / 1000.0
        kept = trunc(width) * size / 1000.0
        drift += adv - kept
        prev_end = (x + a * kept, y + b * kept, (a, b, c, d, _e, _f))
        descent = metrics.descent * size  # type: ignore[operator]  # not None: checked above
        # pdfminer: bbox (0, descent) .. (adv, descent + size) in text space, through the char's
        # matrix (text matrix x CTM; PDFium's is in page space, so the page's rotation follows).
        # (PDFium folds the horizontal scaling (Tz) into the matrix's first row, where pdfminer
        # scales the advance by it: the same box, and the same sign for ``upright``.)
        # m = mult_matrix((a, b, c, d, x, y), geo.ctm), written out:
        ma, mb = ca * a + cc * b, cb * a + cd * b
        mc, md = ca * c + cc * d, cb * c + cd * d
        me, mf = ca * x + cc * y + ce, cb * x + cd * y + cf
        # apply_matrix_pt(m, p) for the corners (x_shift, descent), (x_shift + adv, descent),
        # (x_shift + adv, descent + size), (x_shift, descent + size):
        left, right, low, high = x_shift, x_shift + adv, descent, descent + size
        xs = (ma * left + mc * low + me, ma * right + mc * low + me, ma * right + mc * high + me, ma * left + mc * high + me)
        ys = (mb * left + md * low + mf, mb * right + md * low + mf, mb * right + md * high + mf, mb * left + md * high + mf)
        x0, x1 = min(xs), max(xs)
        y0, y1 = min(ys), max(ys)
        char = box(x0, y0, x1, y1)
        char["object_type"] = "char"
        char["text"] = text
        char["upright"] = ma * md > 0 and mb * mc <= 0
        char["size"] = y1 - y0  # pdfminer's size of a horizontal font's char: its height
        char["fontname"] = fontname
        out.append(char)
    return out


def _segments(path: Any, m: Matrix) -> list[tuple[str, Point, bool]]:
    """A path object's segments as pdfminer's operators: ("m"|"l"|"c", end point, closes)."""
    count = pdfium_c.FPDFPath_CountSegments(path)
    if count < 0:
        raise _Fallback("path unreadable")
    x, y = ctypes.c_float(), ctypes.c_float()
    ops: list[tuple[str, Point, bool]] = []
    bezier = 0
    for i in range(count):
        seg = pdfium_c.FPDFPath_GetPathSegment(path, i)
        kind = pdfium_c.FPDFPathSegment_GetType(seg)
        if not pdfium_c.FPDFPathSegment_GetPoint(seg, x, y):
            raise _Fallback("path point unreadable")
        closes = bool(pdfium_c.FPDFPathSegment_GetClose(seg))
        pt = apply_matrix_pt(m, (float(x.value), float(y.value)))
        if kind == pdfium_c.FPDF_SEGMENT_MOVETO:
            ops.append(("m", pt, closes))
            bezier = 0
        elif kind == pdfium_c.FPDF_SEGMENT_LINETO:
            ops.append(("l", pt, closes))
            bezier = 0
        elif kind == pdfium_c.FPDF_SEGMENT_BEZIERTO:
            # PDFium gives a curve as three points (two control points, the end): pdfminer's one
            # "c" operator, whose point is its end.
            bezier += 1
            if bezier == 3:
                ops.append(("c", pt, closes))
                bezier = 0
            elif closes:
                raise _Fallback("curve closed mid-way")
        else:
            raise _Fallback("unknown path segment")
    if bezier:
        raise _Fallback("curve cut short")
    return ops


def _paint(ops: list[tuple[str, Point, bool]], geo: _Page, lines: list, rects: list, curves: list) -> None:
    """pdfminer's ``PDFLayoutAnalyzer.paint_path`` and pdfplumber's objects, on PDFium's segments."""
    # Split into subpaths at each "m"; a segment that closes its subpath becomes pdfminer's "h"
    # (PDFium draws the closing line itself when the subpath is not back at its start yet).
    subpaths: list[list[tuple[str, Point]]] = []
    for op, pt, closes in ops:
        if op == "m" or not subpaths:
            if op != "m":
                return  # pdfminer ignores a path that does not start with "m"
            subpaths.append([("m", pt)])
            continue
        sub = subpaths[-1]
        start = sub[0][1]
        if closes and op == "l" and pt == start:
            sub.append(("h", start))
        else:
            sub.append((op, pt))
            if closes:
                sub.append(("h", start))
    for sub in subpaths:
        shape = "".join(op for op, _ in sub)
        pts = [geo_pt for _, geo_pt in sub]
        if len(shape) > 3 and shape[-2:] == "lh" and pts[-2] == pts[0]:
            shape = shape[:-2] + "h"
            pts.pop()
        if shape in ("mlh", "ml"):
            (xa, ya), (xb, yb) = pts[0], pts[1]
            lines.append(geo.box(min(xa, xb), min(ya, yb), max(xa, xb), max(ya, yb)))
        elif shape in ("mlllh", "mllll") and _is_rect(pts):
            (xa, ya), (xb, yb) = pts[0], pts[2]
            rects.append(geo.box(min(xa, xb), min(ya, yb), max(xa, xb), max(ya, yb)))
        else:
            xs, ys = [p[0] for p in pts], [p[1] for p in pts]
            curve = geo.box(min(xs), min(ys), max(xs), max(ys))
            curve["pts"] = [geo.point(p) for p in pts]
            curves.append(curve)


def _is_rect(pts: list[Point]) -> bool:
    (x0, y0), (x1, y1), (x2, y2), (x3, y3), _ = pts
    closed = pts[0] == pts[4]
    square = (x0 == x1 and y1 == y2 and x2 == x3 and y3 == y0) or (y0 == y1 and x1 == x2 and y2 == y3 and x3 == x0)
    return closed and square


def _matrix(obj: Any) -> Matrix:
    fm = pdfium_c.FS_MATRIX()
    if not pdfium_c.FPDFPageObj_GetMatrix(obj, fm):
        raise _Fallback("object matrix unreadable")
    return (float(fm.a), float(fm.b), float(fm.c), float(fm.d), float(fm.e), float(fm.f))


def _objects(page: Any) -> Iterator[tuple[Any, int, Matrix]]:
    """Every page object (inside form XObjects too) with its type and its matrix to page space."""
    stack: list[tuple[Any, bool, Matrix]] = [(page, True, _IDENTITY)]
    while stack:
        holder, is_page, outer = stack.pop()
        count = pdfium_c.FPDFPage_CountObjects(holder) if is_page else pdfium_c.FPDFFormObj_CountObjects(holder)
        for i in range(count):
            obj = pdfium_c.FPDFPage_GetObject(holder, i) if is_page else pdfium_c.FPDFFormObj_GetObject(holder, i)
            kind = pdfium_c.FPDFPageObj_GetType(obj)
            if kind == pdfium_c.FPDF_PAGEOBJ_FORM:
                # Objects of a form are in its space; the form object's matrix takes them to the page.
                yield from _objects_in_form(obj, mult_matrix(_matrix(obj), outer))
            else:
                yield obj, kind, outer


def _objects_in_form(form: Any, outer: Matrix) -> Iterator[tuple[Any, int, Matrix]]:
    for i in range(pdfium_c.FPDFFormObj_CountObjects(form)):
        obj = pdfium_c.FPDFFormObj_GetObject(form, i)
        kind = pdfium_c.FPDFPageObj_GetType(obj)
        if kind == pdfium_c.FPDF_PAGEOBJ_FORM:
            yield from _objects_in_form(obj, mult_matrix(_matrix(obj), outer))
        else:
            yield obj, kind, outer


def _edges_images_order(page: Any, geo: _Page) -> tuple[list[dict[str, Any]], bool, dict[int, int]]:
    """The page's edges, whether it has images, and each text object's place in content order."""
    order: dict[int, int] = {}
    lines: list[dict[str, Any]] = []
    rects: list[dict[str, Any]] = []
    curves: list[dict[str, Any]] = []
    has_images = False
    for obj, kind, outer in _objects(page):
        if kind == pdfium_c.FPDF_PAGEOBJ_TEXT:
            order[ctypes.cast(obj, ctypes.c_void_p).value or 0] = len(order)
        elif kind == pdfium_c.FPDF_PAGEOBJ_IMAGE:
            has_images = True
        elif kind == pdfium_c.FPDF_PAGEOBJ_PATH:
            fill, stroke = ctypes.c_int(), ctypes.c_int()
            if not pdfium_c.FPDFPath_GetDrawMode(obj, fill, stroke):
                raise _Fallback("path draw mode unreadable")
            if not fill.value and not stroke.value:
                continue  # neither stroked nor filled: pdfminer paints nothing ("n")
            m = mult_matrix(mult_matrix(_matrix(obj), outer), geo.ctm)
            _paint(_segments(obj, m), geo, lines, rects, curves)
    edges = [line_to_edge(ln) for ln in lines]
    for r in rects:
        edges.extend(rect_to_edges(r))
    for cv in curves:
        edges.extend(curve_to_edges(cv))
    return edges, has_images, order


class PdfiumReader:
    """One PDF opened with PDFium; ``read_page`` per page, None when pdfplumber should read it."""

    def __init__(self, path: str | Path, password: str | None = None) -> None:
        self._doc = pdfium.PdfDocument(str(path), password=password or None)

    def __len__(self) -> int:
        return len(self._doc)

    def close(self) -> None:
        self._doc.close()

    def read_page(
        self,
        index: int,
        *,
        mediabox: tuple[float, float, float, float],
        rotate: int,
        height: float,
        mb_x0: float,
        mb_top: float,
        page_number: int,
        widths: Widths,
    ) -> PageObjects | None:
        """Page ``index`` (0-based) as pdfplumber would give it, or None to read it with pdfplumber.

        ``mediabox``/``rotate`` are pdfminer's (``PDFPage.mediabox``, ``.rotate``); ``height``,
        ``mb_x0``, ``mb_top`` pdfplumber's (``page.height``, ``page.mediabox[:2]``); ``widths``
        the advances of the page's fonts as pdfminer reads them (``font_widths``).
        """
        geo = _Page(page_ctm(mediabox, rotate), height, mb_x0, mb_top, page_number)
        try:
            page = self._doc[index]
        except Exception:
            return None
        try:
            edges, has_images, order = _edges_images_order(page.raw, geo)
            textpage = page.get_textpage()
            try:
                chars = _chars(textpage.raw, geo, widths, order)
            finally:
                textpage.close()
        except _Fallback:
            return None
        except Exception:
            return None
        finally:
            page.close()
        if not all(math.isfinite(c["x0"]) and math.isfinite(c["top"]) for c in chars):
            return None
        return PageObjects(chars=chars, edges=edges, has_images=has_images)


def font_widths(fonts: Iterable[tuple[str, Any]]) -> Widths:
    """pdfminer fonts (``PDFFont``, with their ``BaseFont`` names) -> ``Widths``: each character's
    advance as pdfminer computes it, by font name without its subset tag (as PDFium names fonts).
    A font whose glyphs stand for several characters at once (ligatures) is left out, so a page
    using it is read by pdfplumber."""
    out: Widths = {}
    ligatures: set[str] = set()
    for name, font in fonts:
        base = name.split("+", 1)[1] if len(name) > 7 and name[6] == "+" else name
        cmap = font.unicode_map.cid2unichr if getattr(font, "unicode_map", None) else getattr(font, "cid2unicode", {})
        descent = float(font.get_descent())
        metrics = out.setdefault(base, FontMetrics(descent, {}))
        if metrics.descent != descent:
            metrics.descent = None
        if getattr(font, "hscale", None) != 0.001 or getattr(font, "vertical", False):
            ligatures.add(base)  # a Type 3 font's own matrix, or vertical writing: not handled here
        table = metrics.widths
        for cid, text in cmap.items():
            if len(text) != 1:
                ligatures.add(base)
                break
            w = round(float(font.char_width(cid)) / font.hscale, 6)
            if table.get(text, w) != w:
                table[text] = None
            else:
                table[text] = w
    for base in ligatures:
        del out[base]
    return out
