"""Text-layer PDFs -> table grids (stitched across pages) and running-text lines.

``read_pdf`` opens the file once with pdfplumber, takes each page's words and ruling edges once,
and hands them to the layout analysis of ``extractor.pdf_words`` (shared with OCR): ruled tables
through pdfplumber's lattice, unruled ones from whitespace, decided per page by whether rules
are there. Pages without a usable text layer are listed in ``pages_needing_ocr``.

A page's characters, edges and images come from PDFium (``extractor.pdf_pdfium``, several times
faster than pdfminer's content parsing) in pdfplumber's form, words grouped by pdfplumber's
``extract_words``; a page PDFium cannot read as pdfminer would (or a file it cannot open) is read
by pdfplumber itself. pdfplumber still opens the file and walks its page tree, so what counts as
a bad file, and the reasons given, are pdfplumber's.

Every failure to open a file becomes ``BadInputError(path, reason)`` with a one-line reason; no
pdfminer or pdfplumber traceback gets out.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

import pdfplumber
from pdfminer.pdfdocument import PDFPasswordIncorrect
from pdfminer.pdftypes import PDFObjRef, resolve1
from pdfminer.psparser import PSLiteral
from pdfplumber.utils import extract_words
from pdfplumber.utils.exceptions import PdfminerException

from extractor.errors import BadInputError, file_errors_named
from extractor.filekinds import file_kind
from extractor.grid import Grid
from extractor.lone_rows import PageParts, attach_lone_rows
from extractor.model import TextLine
from extractor.pdf_pdfium import PageObjects, PdfiumReader, Widths, font_widths
from extractor.pdf_words import PageLayout, Rule, Word, words_to_grids, words_to_layout
from extractor.settings import LayoutSettings
from extractor.stitch import stitch_grids
from extractor.word_breaks import broken_words
from normalizers.messages import N_, msg

__all__ = [
    "LayoutSettings",
    "PdfContent",
    "PdfPage",
    "Rule",
    "Word",
    "read_pdf",
    "stitch_grids",
    "words_to_grids",
]

# A page with fewer letters and digits than this has no usable text layer (a scan, perhaps with a
# few OCR crumbs or a stamped page number).
MIN_TEXT_CHARS = 25

_CANNOT_OPEN = N_("corrupt PDF, cannot be opened ({detail})")


@dataclass(frozen=True)
class PdfPage:
    """One page as read.

    number:   1-based page number.
    width, height: page size in points.
    has_text: the page has a usable text layer (at least ``MIN_TEXT_CHARS`` real characters, or
              any, on a page without images).
    grids:    the tables printed on this page, top to bottom (before stitching across pages).
    lines:    running text outside tables, one per printed line, with ``Provenance(page, bbox)``.
    """

    number: int
    width: float
    height: float
    has_text: bool
    grids: tuple[Grid, ...]
    lines: tuple[TextLine, ...]


@dataclass(frozen=True)
class PdfContent:
    """A whole PDF as read.

    pages:  every page, in order.
    grids:  the tables, a table continued over several pages joined into one grid.
    lines:  running text of all pages, in order.
    pages_needing_ocr: pages with images but no usable text layer (scans), for ``extractor.ocr``.
    warnings: what the layout could not read, one line each (``extractor.lone_rows``).
    """

    pages: tuple[PdfPage, ...]
    grids: tuple[Grid, ...]
    lines: tuple[TextLine, ...]
    pages_needing_ocr: tuple[int, ...]
    warnings: tuple[str, ...] = ()


def _one_line(exc: BaseException) -> str:
    inner = exc.args[0] if isinstance(exc, PdfminerException) and exc.args else exc
    text = str(inner).strip().splitlines()[0] if str(inner).strip() else ""
    name = type(inner).__name__ if isinstance(inner, BaseException) else "error"
    return f"{name}: {text[:120]}" if text else name


def _check_bytes(name: str, path: Path) -> None:
    """Reasons a file is not worth handing to pdfminer: missing, empty, another format, cut short."""
    with file_errors_named(name):
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(1024)
            fh.seek(max(0, size - 2048))
            tail = fh.read()
    if size == 0 or not head.strip():
        raise BadInputError(name, msg(N_("empty file")))
    if b"%PDF-" not in head:
        what = file_kind(path.read_bytes() if head.startswith(b"PK") else head)
        if what is not None:
            raise BadInputError(name, msg(N_("not a PDF (the file is {what})"), what=msg(what)))
        raise BadInputError(name, msg(N_("not a PDF (no %PDF header)")))
    # pdfminer would rebuild what it can from a cut file and quietly lose the pages at its end.
    # (Junk after the %%EOF, which some mailers append, is harmless: look further back before failing.)
    if b"%%EOF" not in tail and b"%%EOF" not in path.read_bytes():
        raise BadInputError(name, msg(N_("truncated PDF (no %%EOF marker; was the download cut short?)")))


# Characters whose tops differ by more than this are on different lines. pdfplumber's default (3)
# chains the lines of a vertically centred header, whose cells start at every offset, into one
# line sorted by x, and the words of two lines interleave: "Ướ c n ăm 2 0 2 4".
_LINE_TOLERANCE = 1.0


_WORD_SETTINGS: dict[str, Any] = {"keep_blank_chars": False, "use_text_flow": False, "y_tolerance": _LINE_TOLERANCE}


# A bold face, by the font's name ("LiberationSans-Bold", "TimesNewRomanPS-BoldMT", "Arial,Bold",
# "Calibri-Black").
_BOLD_RE = re.compile(r"bold|black|heavy", re.IGNORECASE)


@lru_cache(maxsize=256)
def _bold_font(fontname: str) -> bool:
    return bool(_BOLD_RE.search(fontname.rpartition("+")[2]))


def _words(chars: list[dict[str, Any]], page_number: int, v_rules: list[Rule] | None = None) -> list[Word]:
    """The page's words; a word is bold when every character of it is (a heading told from a
    wrapped name by its face alone, v8108); one the page broke over two lines says where it goes
    on (``extractor.word_breaks``, which measures the columns by the vertical ``v_rules``)."""
    found = extract_words(chars, return_chars=True, **_WORD_SETTINGS)
    broken = broken_words(found, chars, v_rules or ())
    return [
        Word(w["text"], float(w["x0"]), float(w["top"]), float(w["x1"]), float(w["bottom"]), page_number,
             all(_bold_font(c.get("fontname", "")) for c in w["chars"]), broken.get(k))
        for k, w in enumerate(found)
    ]


def _rules(edges: list[dict[str, Any]]) -> tuple[list[Rule], list[Rule]]:
    h: list[Rule] = []
    v: list[Rule] = []
    for e in edges:
        rule = (float(e["x0"]), float(e["top"]), float(e["x1"]), float(e["bottom"]))
        (h if e["orientation"] == "h" else v).append(rule)
    return h, v


def _has_text(chars: list[dict[str, Any]], has_images: bool = True) -> bool:
    """Does the page have a usable text layer? A page without images has nothing else to read:
    any real character makes it a text page (v4940: a table's last row alone on the next page,
    "1.3 Tăng trưởng dân gia súc | 6 | 6", 24 letters and digits, was no text and no scan, and
    the row was lost without a word). On a page with images a few characters are OCR crumbs."""
    least = MIN_TEXT_CHARS if has_images else 1
    real = 0
    for ch in chars:
        text = ch["text"]
        # Glyphs without a Unicode mapping come out as "(cid:123)": not readable text.
        if not text.startswith("(cid:") and text.isalnum():
            real += 1
            if real >= least:
                return True
    return False


def _page_fonts(page: Any) -> Widths:
    """The advances of the fonts in the page's resources, as pdfminer loads them (cached per file)."""
    fonts = []
    spec_map = resolve1((resolve1(page.page_obj.resources) or {}).get("Font")) or {}
    for ref in spec_map.values():
        spec = resolve1(ref)
        if not isinstance(spec, dict):
            continue
        base = resolve1(spec.get("BaseFont"))
        name = base.name if isinstance(base, PSLiteral) else str(base or "")
        font = page.pdf.rsrcmgr.get_font(ref.objid if isinstance(ref, PDFObjRef) else None, spec)
        fonts.append((name if isinstance(name, str) else name.decode("latin-1"), font))
    return font_widths(fonts)


def _objects(page: Any, fast: PdfiumReader | None) -> PageObjects:
    """The page's chars, edges and images: from PDFium when it reads the page, else from pdfplumber."""
    if fast is not None:
        mb_x0, mb_top = page.mediabox[:2]
        got = fast.read_page(
            page.page_number - 1,
            mediabox=page.page_obj.mediabox,
            rotate=page.page_obj.rotate,
            height=float(page.height),
            mb_x0=float(mb_x0),
            mb_top=float(mb_top),
            page_number=page.page_number,
            widths=_page_fonts(page),
        )
        if got is not None:
            return got
    return PageObjects(chars=page.chars, edges=page.edges, has_images=bool(page.images))


def _read_page(page: Any, settings: LayoutSettings, fast: PdfiumReader | None = None) -> tuple[PdfPage, bool]:
    """One page -> its ``PdfPage`` and whether it needs OCR (images, no text layer)."""
    objects = _objects(page, fast)
    has_text = _has_text(objects.chars, objects.has_images)
    if has_text:
        h_rules, v_rules = _rules(objects.edges)
        layout = words_to_layout(
            _words(objects.chars, page.page_number, v_rules),
            page=page.page_number,
            page_width=float(page.width),
            page_height=float(page.height),
            h_rules=h_rules,
            v_rules=v_rules,
            settings=settings,
        )
    else:
        layout = PageLayout(grids=(), lines=())
    needs_ocr = not has_text and objects.has_images
    pdf_page = PdfPage(
        number=page.page_number,
        width=float(page.width),
        height=float(page.height),
        has_text=has_text,
        grids=layout.grids,
        lines=layout.lines,
    )
    return pdf_page, needs_ocr


def _open_pdfium(path: Path, password: str | None, pages: int) -> PdfiumReader | None:
    """The file opened with PDFium, or None (pdfplumber reads every page) when PDFium cannot open
    it or counts its pages differently from pdfminer."""
    try:
        reader = PdfiumReader(path, password)
    except Exception:
        return None
    if len(reader) != pages:
        reader.close()
        return None
    return reader


def read_pdf(
    path: str | Path,
    *,
    password: str | None = None,
    settings: LayoutSettings | Mapping[str, Any] | None = None,
    pdfium: bool = True,
) -> PdfContent:
    """Read the tables and running text of a text-layer PDF.

    >>> content = read_pdf("corpus/pdf/bieu01_ruled.pdf")
    >>> content.grids[0].title
    'BIỂU 01: KẾT QUẢ THỰC HIỆN MỘT SỐ CHỈ TIÊU CHỦ YẾU'
    >>> [c.text for c in content.grids[0].rows[3][:4]]
    ['1', 'Thu nhập bình quân đầu người/ năm', 'Triệu đồng', '50,00']

    ``pdfium=False`` reads every page with pdfplumber alone (for comparison; same output, slower).

    Raises ``BadInputError`` naming the file for an empty file, another format renamed .pdf, a
    truncated or corrupt PDF, an encrypted PDF without (or with a wrong) ``password``, a PDF of 0 pages.
    """
    name = str(path)
    p = Path(path)
    _check_bytes(name, p)
    resolved = LayoutSettings.resolve(settings)
    # pdfminer logs every repaired xref or odd operator as a warning; the reader reports what matters.
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    try:
        pdf = pdfplumber.open(p, password=password or "")
    except PdfminerException as exc:
        inner = exc.args[0] if exc.args else exc
        if isinstance(inner, PDFPasswordIncorrect):
            reason = N_("encrypted PDF (wrong password)") if password else N_("encrypted PDF (needs a password)")
            raise BadInputError(name, msg(reason)) from None
        raise BadInputError(name, msg(_CANNOT_OPEN, detail=_one_line(exc))) from None
    except Exception as exc:
        raise BadInputError(name, msg(_CANNOT_OPEN, detail=_one_line(exc))) from None
    pages: list[PdfPage] = []
    needing_ocr: list[int] = []
    with pdf:
        try:
            plumber_pages = pdf.pages
        except Exception as exc:
            raise BadInputError(name, msg(N_("corrupt PDF, page tree unreadable ({detail})"), detail=_one_line(exc))) from None
        if not plumber_pages:
            raise BadInputError(name, msg(N_("PDF has no pages")))
        fast = _open_pdfium(p, password, len(plumber_pages)) if pdfium else None
        try:
            for page in plumber_pages:
                try:
                    pdf_page, needs_ocr = _read_page(page, resolved, fast)
                except Exception as exc:
                    raise BadInputError(
                        name, msg(N_("corrupt PDF, page {page} unreadable ({detail})"), page=page.page_number,
                                  detail=_one_line(exc))
                    ) from None
                finally:
                    # Drop the page's parsed objects now: a 100-page report stays at one page of memory.
                    page.close()
                pages.append(pdf_page)
                if needs_ocr:
                    needing_ocr.append(pdf_page.number)
        finally:
            if fast is not None:
                fast.close()
    # A table's last rows alone at the top of a page go back under it before tables are stitched.
    parts, warnings = attach_lone_rows([PageParts(pg.number, pg.grids, pg.lines) for pg in pages])
    pages = [replace(pg, grids=part.grids, lines=part.lines) for pg, part in zip(pages, parts, strict=True)]
    return PdfContent(
        pages=tuple(pages),
        grids=tuple(stitch_grids([g for pg in pages for g in pg.grids], resolved, [ln for pg in pages for ln in pg.lines])),
        lines=tuple(line for pg in pages for line in pg.lines),
        pages_needing_ocr=tuple(needing_ocr),
        warnings=tuple(warnings),
    )
