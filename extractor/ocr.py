"""Scanned (image-only) PDF pages -> ``Grid``s and running-text lines, through Tesseract ``vie``.

``ocr_pdf_pages`` is the entry point: it rasterises each requested page with pypdfium2, hands the
image to ``extractor.ocr_page.image_to_page`` (deskew, ruled-grid detection, per-cell OCR,
numeric checks), and caches each page's result as JSON keyed by the file's sha256, the page, the
dpi, the Tesseract version and ``OCR_VERSION``, so a second run OCRs no page again. Figures a page's
reading left unsettled are read again from the page rendered afresh, cached or not
(``extractor.ocr_second_read``): only pages with such a cell are rendered again.

Pages are independent, so ``jobs > 1`` maps them over a process pool; Tesseract runs single-threaded
in each worker, loaded once per worker (see ``extractor.ocr_tesseract``).
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import multiprocessing
import os
import re
import subprocess
import time
import warnings
from collections.abc import Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import cv2
import numpy as np
import pypdfium2 as pdfium

from extractor.errors import BadInputError, OcrUnavailableError
from extractor.grid import Grid, GridCell
from extractor.model import Provenance, TextLine
from extractor.ocr_page import image_to_page
from extractor.ocr_second_read import page_rgb, second_read_figures
from extractor.ocr_stamps import has_colour
from extractor.ocr_tesseract import engine_version, probe
from extractor.settings import LayoutSettings
from normalizers.messages import N_, Msg, Said, msg, text

__all__ = ["OCR_VERSION", "OcrPage", "clear_ocr_cache", "ocr_pdf_pages", "page_warnings", "tesseract_available"]

# Bump when anything that changes what a page reads as changes: old cache entries then miss.
OCR_VERSION = "49"


@dataclass(frozen=True)
class OcrPage:
    """What OCR read on one page.

    number:          1-based page number.
    grids:           ruled tables on the page, top to bottom (``Grid.method == "ocr"``).
    lines:           running text outside the tables ("BIỂU 01: ...", "Trang 1"), top to bottom.
    mean_confidence: Tesseract's mean word confidence on the page, 0..1.
    seconds:         wall time spent on this page in this call (reading the cache when cached).
    from_cache:      True when the result came from ``cache_dir`` without OCR.
    notes:           one line per cell the reader repaired or could not read
                     ("trang 1, bảng 1, dòng 25, cột 5: dấu phân cách sửa theo bảng ('98.4' -> '98,4')").
    """

    number: int
    grids: tuple[Grid, ...]
    lines: tuple[TextLine, ...]
    mean_confidence: float
    seconds: float
    from_cache: bool
    notes: tuple[str, ...] = ()


def page_warnings(page: OcrPage) -> list[str]:
    """What a reader of the document must be told about one OCR'd page, one line each.

    Cells with print that OCR could not read, or read as a number only in part, are counted (the
    first is quoted); a page OCR failed on, a seal stamped over the page's print (figures
    under it are read through the seal's ink), and a page whose orientation could not be decided
    (it may have been read sideways, as junk) are said as they are. Other notes (separators read
    again from the ink, a page turned over or a quarter) are repairs and stay in ``OcrPage.notes``.

    The page's notes are kept (and cached) as the OCR reader wrote them; each line here is a
    ``Said``: English where programs read it (JSON ``warnings``), and a message the reader's
    language says (``Document.warning_messages``).

    >>> page_warnings(OcrPage(2, (), (), 0.9, 1.0, False, ("trang 2, bảng 1, dòng 5, cột 4: số đọc chưa chắc ('4l.1')",)))
    ["page 2: 1 cell(s) OCR read uncertainly or could not read (page 2, table 1, row 5, column 4: number read uncertainly ('4l.1'))"]
    """
    unsure = [n for n in page.notes if "không đọc được" in n or "chưa chắc" in n]
    said = ("thất bại", "con dấu", "quá lớn", "không xác định được")
    out: list[str] = [Said(_note_message(n)) for n in page.notes if any(s in n for s in said)]
    if unsure:
        out.append(Said(msg(N_("page {page}: {n} cell(s) OCR read uncertainly or could not read ({first})"),
                            page=page.number, n=len(unsure), first=_note_message(unsure[0]))))
    return out


# The notes the OCR reader writes (extractor/ocr_page.py, and ``_ocr_page`` below), read back as
# messages: (pattern, message id). A note of another shape is said as it was written.
_CELL = r"trang (?P<page>\d+), bảng (?P<table>\d+), dòng (?P<row>\d+), cột (?P<column>\d+): "
_NOTES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"trang (?P<page>\d+): OCR thất bại \((?P<detail>.*)\)", re.S), N_("page {page}: OCR failed ({detail})")),
    (re.compile(r"trang (?P<page>\d+): (?P<n>\d+) con dấu tròn đã được tách khỏi chữ in trước khi đọc"),
     N_("page {page}: {n} round seal(s) taken apart from the print before reading")),
    (re.compile(r"trang (?P<page>\d+): trang quá lớn \((?P<width>\d+) x (?P<height>\d+) điểm\), OCR ở (?P<dpi>\d+) dpi "
                r"thay vì (?P<asked>\d+) dpi"),
     N_("page {page}: page too large ({width} x {height} points), OCR'd at {dpi} dpi instead of {asked} dpi")),
    (re.compile(r"trang (?P<page>\d+): trang quá lớn \((?P<width>\d+) x (?P<height>\d+) điểm\) để OCR: không đọc trang này"),
     N_("page {page}: page too large to OCR ({width} x {height} points): not read")),
    (re.compile(r"trang (?P<page>\d+): không xác định được trang quét nằm thẳng hay nằm nghiêng, đã đọc như trang nằm thẳng"),
     N_("page {page}: could not tell whether the scanned page is level or sideways; read as level")),
    (re.compile(r"trang (?P<page>\d+): trang quét nằm nghiêng nhưng không xác định được chiều, đã xoay 90° ngược chiều kim đồng hồ"),
     N_("page {page}: the scanned page lies sideways, but which way could not be told; turned 90° counter-clockwise")),
    (re.compile(_CELL + r"có chữ in nhưng OCR không đọc được"),
     N_("page {page}, table {table}, row {row}, column {column}: printed, but OCR could not read it")),
    (re.compile(_CELL + r"số đọc chưa chắc \((?P<printed>.*)\)", re.S),
     N_("page {page}, table {table}, row {row}, column {column}: number read uncertainly ({printed})")),
)


def _note_message(note: str) -> Msg:
    for pattern, template in _NOTES:
        m = pattern.fullmatch(note)
        if m:
            return msg(template, **m.groupdict())
    return text(note)


def tesseract_available() -> tuple[bool, str]:
    """(True, "") when ``tesseract`` is on PATH with Vietnamese data, else (False, one-line reason).

    >>> tesseract_available()  # doctest: +SKIP
    (False, 'Tesseract is not installed (apt-get install tesseract-ocr tesseract-ocr-vie)')
    """
    ok, reason, _ = probe()
    return ok, reason


# ------------------------------------------------------------------------------------ cache


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _cache_path(cache_dir: Path, sha: str, page: int, dpi: int, version: str, layout: LayoutSettings) -> Path:
    key = hashlib.sha256(f"{sha}|{page}|{dpi}|{version}|{OCR_VERSION}|{layout!r}".encode()).hexdigest()[:32]
    return cache_dir / "ocr" / sha[:2] / f"{sha[:16]}-p{page}-{dpi}dpi-{key}.json"


def _prov_to_json(p: Provenance) -> dict[str, Any]:
    return {"page": p.page, "bbox": list(p.bbox) if p.bbox is not None else None}


def _prov_from_json(d: dict[str, Any]) -> Provenance:
    bbox = d.get("bbox")
    page = d.get("page")
    if page is not None and (isinstance(page, bool) or not isinstance(page, int)):
        raise TypeError("page is not a number")
    if bbox is not None and (
        not isinstance(bbox, list) or len(bbox) != 4
        or not all(isinstance(v, int | float) and not isinstance(v, bool) for v in bbox)
    ):
        raise TypeError("bbox is not four numbers")
    return Provenance(page=page, bbox=tuple(float(v) for v in bbox) if bbox is not None else None)  # type: ignore[arg-type]


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError("text is not a string")
    return value


def _cell_to_json(cell: GridCell) -> dict[str, Any]:
    out: dict[str, Any] = {"text": cell.text, "provenance": _prov_to_json(cell.provenance)}
    if cell.readings:
        out["readings"] = list(cell.readings)
    return out


def page_to_json(page: OcrPage) -> dict[str, Any]:
    """A page as plain JSON (the cache format); ``page_from_json`` reads it back."""
    return {
        "ocr_version": OCR_VERSION,
        "number": page.number,
        "mean_confidence": page.mean_confidence,
        "seconds": page.seconds,
        "notes": list(page.notes),
        "lines": [{"text": ln.text, "provenance": _prov_to_json(ln.provenance)} for ln in page.lines],
        "grids": [
            {
                "rows": [[_cell_to_json(c) for c in row] for row in g.rows],
                "header_rows": g.header_rows,
                "title": g.title,
                "provenance": _prov_to_json(g.provenance),
                "method": g.method,
                "repaired_rows": sorted(g.repaired_rows),
                # One string a syllable, its letters' near choices cut by "|": "t|h|ắẳ|m".
                **({"choices": {k: "|".join(v) for k, v in g.choices.items()}} if g.choices else {}),
            }
            for g in page.grids
        ],
    }


def page_from_json(data: dict[str, Any], *, seconds: float, from_cache: bool) -> OcrPage:
    grids = tuple(
        Grid(
            rows=tuple(
                tuple(GridCell(_text(c["text"]), _prov_from_json(c["provenance"]), tuple(_text(t) for t in c.get("readings", ())))
                      for c in row) for row in g["rows"]
            ),
            header_rows=int(g["header_rows"]),
            title=_text(g["title"]) if g["title"] is not None else None,
            provenance=_prov_from_json(g["provenance"]),
            method=_text(g["method"]),
            repaired_rows=frozenset(int(r) for r in g["repaired_rows"]),
            choices={_text(k): tuple(_text(v).split("|")) for k, v in g.get("choices", {}).items()},
        )
        for g in data["grids"]
    )
    lines = tuple(TextLine(_text(ln["text"]), _prov_from_json(ln["provenance"])) for ln in data["lines"])
    return OcrPage(
        number=int(data["number"]),
        grids=grids,
        lines=lines,
        mean_confidence=float(data["mean_confidence"]),
        seconds=seconds,
        from_cache=from_cache,
        notes=tuple(_text(n) for n in data.get("notes", ())),
    )


def _read_cache(path: Path) -> OcrPage | None:
    start = time.perf_counter()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or data.get("ocr_version") != OCR_VERSION:
            return None
        page = page_from_json(data, seconds=0.0, from_cache=True)
        return replace(page, seconds=round(time.perf_counter() - start, 4))
    except (OSError, ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError, OverflowError, MemoryError):
        # A missing, truncated, foreign or damaged cache file is simply a miss: the page is OCR'd again.
        return None


_ENTRY_RE = re.compile(r"[0-9a-f]{16}-p\d+-\d+dpi-[0-9a-f]{32}(?:\.\d+\.tmp|\.json)")


def clear_ocr_cache(cache_dir: str | os.PathLike[str]) -> int:
    """Remove the OCR cache entries under ``cache_dir`` (the ``cache_dir`` given to
    ``ocr_pdf_pages``) and the folders they leave empty; nothing else there is touched.
    Returns the number of entries removed."""
    base = Path(cache_dir) / "ocr"
    removed = 0
    if not base.is_dir() or base.is_symlink():
        return 0
    for folder in base.glob("??"):
        if folder.is_symlink() or not folder.is_dir():
            continue
        for entry in folder.iterdir():
            if _ENTRY_RE.fullmatch(entry.name) and entry.name.startswith(folder.name) and entry.is_file() \
                    and not entry.is_symlink():
                try:
                    entry.unlink()
                except OSError:
                    continue
                removed += entry.name.endswith(".json")
        with contextlib.suppress(OSError):
            folder.rmdir()
    for empty in (base, base.parent):
        with contextlib.suppress(OSError):
            empty.rmdir()
    return removed


def _write_cache(path: Path, page: OcrPage) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(page_to_json(page), ensure_ascii=False), encoding="utf-8")
        # Atomic: a parallel run never reads a half-written entry.
        tmp.replace(path)
    except OSError:
        pass  # a read-only or full cache directory costs speed, not results


# ------------------------------------------------------------------------------------ pages


def _ocr_one(path: str, page: int, dpi: int, layout: LayoutSettings) -> OcrPage:
    """Rasterise and OCR one page (runs in a worker process when ``jobs > 1``)."""
    start = time.perf_counter()
    try:
        pdf = pdfium.PdfDocument(path)
        try:
            pdf_page = pdf[page - 1]
            scale, notes = _render_scale(pdf_page.get_size(), dpi, page)
            if scale is None:
                return OcrPage(page, (), (), 0.0, round(time.perf_counter() - start, 3), False, notes)
            # In colour: a red seal or a blue signature is told from black print by its hue.
            rgb = page_rgb(pdf_page, scale)
            pdf_page.close()
        finally:
            pdf.close()
    except pdfium.PdfiumError as exc:
        raise BadInputError(path, msg(N_("page {page} cannot be rendered ({detail})"), page=page, detail=str(exc))) from None
    dpi = round(scale * 72) if notes else dpi  # the resolution the page was rasterised at
    return _rgb_to_page(rgb, page, dpi, notes, start, layout)


def _rgb_to_page(rgb: np.ndarray, page: int, dpi: int, notes: tuple[str, ...], start: float,
                 layout: LayoutSettings) -> OcrPage:
    """OCR one page's pixels (RGB, ``dpi`` dots an inch); ``notes`` are the rasteriser's."""
    try:
        gray = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
        result = image_to_page(gray, page=page, dpi=dpi, rgb=rgb if has_colour(rgb) else None, layout=layout)
    except (RuntimeError, OSError, subprocess.SubprocessError) as exc:
        # One page Tesseract chokes on must not cost the others; the page says what happened.
        return OcrPage(page, (), (), 0.0, round(time.perf_counter() - start, 3), False, (f"trang {page}: OCR thất bại ({exc})",))
    return OcrPage(
        number=page,
        grids=result.grids,
        lines=result.lines,
        mean_confidence=result.mean_confidence,
        seconds=round(time.perf_counter() - start, 3),
        from_cache=False,
        notes=(*notes, *result.notes),
    )


# The most pixels one page is rasterised to: an A3 sheet at 300 dpi (~17 million). A page drawn
# bigger (a PDF page may be 200 inches square: 3.6 billion pixels, 14 GB, at 300 dpi) is read at
# the resolution that fits, down to MIN_OCR_DPI; one too big even for that is not OCR'd, and its
# warning says so. The OCR steps assume a page of at least that resolution (the seal finder works
# on the page at 75 dpi: a 21-dpi page would be blown up 3.6 times, several GB).
MAX_PAGE_PIXELS = 18_000_000
MIN_OCR_DPI = 100


def _render_scale(size_pt: tuple[float, float], dpi: int, page: int) -> tuple[float | None, tuple[str, ...]]:
    """The scale to rasterise a page of ``size_pt`` points at: ``dpi``, or less for a page too big
    for ``MAX_PAGE_PIXELS``, with the note that says so; None when even ``MIN_OCR_DPI`` is too much.

    >>> _render_scale((595, 842), 300, 1)[1]
    ()
    >>> _render_scale((1191, 1684), 300, 1)[1], _render_scale((14400, 14400), 300, 2)
    (('trang 1: trang quá lớn (1191 x 1684 điểm), OCR ở 216 dpi thay vì 300 dpi',), (None, ('trang 2: trang quá lớn (14400 x 14400 điểm) để OCR: không đọc trang này',)))
    """
    scale = dpi / 72.0
    width, height = (max(1.0, float(v)) for v in size_pt)
    if width * height * scale * scale <= MAX_PAGE_PIXELS:
        return scale, ()
    scale = (MAX_PAGE_PIXELS / (width * height)) ** 0.5
    if scale * 72 < min(MIN_OCR_DPI, dpi):
        return None, (f"trang {page}: trang quá lớn ({width:.0f} x {height:.0f} điểm) để OCR: không đọc trang này",)
    note = f"trang {page}: trang quá lớn ({width:.0f} x {height:.0f} điểm), OCR ở {round(scale * 72)} dpi thay vì {dpi} dpi"
    return scale, (note,)


def _pool_context() -> multiprocessing.context.BaseContext:
    """Workers forked from a clean server: forking this process could copy a lock that one of
    OpenCV's pool threads holds (a page OCR'd here before hangs the child for ever)."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["extractor.ocr"])
        return context
    return multiprocessing.get_context("spawn")


def _worker_init() -> None:
    # Two pool workers on two cores: OpenCV's own threads would only fight them.
    import cv2

    cv2.setNumThreads(1)


def _page_count(path: Path) -> int:
    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        raise BadInputError(str(path), msg(N_("cannot open PDF for OCR ({detail})"), detail=str(exc))) from None
    try:
        return len(pdf)
    finally:
        pdf.close()


def ocr_pdf_pages(
    path: str | Path,
    pages: Sequence[int],
    *,
    dpi: int = 300,
    cache_dir: str | Path | None = None,
    jobs: int = 1,
    layout: LayoutSettings | Mapping[str, Any] | None = None,
) -> list[OcrPage]:
    """OCR the given 1-based ``pages`` of a PDF; results in the order of ``pages``.

    >>> [p] = ocr_pdf_pages("corpus/pdf/bieu01_ruled_scanned.pdf", [1], cache_dir=".cache")  # doctest: +SKIP
    >>> p.grids[0].rows[3][1].text, p.grids[0].rows[3][3].text  # doctest: +SKIP
    ('Thu nhập bình quân đầu người/ năm', '50,00')

    Raises ``OcrUnavailableError(path, reason)`` when Tesseract or its ``vie`` data is missing, and
    ``BadInputError`` for a file that cannot be opened or a page it does not have. A page Tesseract
    fails on comes back empty with a note instead. ``jobs > 1`` starts worker processes from a
    fork server, so a script calling it needs the usual ``if __name__ == "__main__":`` guard.
    ``layout``: the layout analysis' settings for the text outside ruled tables (the same ones a
    text layer is read with; part of the cache key).
    """
    resolved = LayoutSettings.resolve(layout)
    name = str(path)
    ok, reason, version = probe()
    if not ok:
        raise OcrUnavailableError(name, reason)
    version = f"{version}; {engine_version()}"  # the command and the library read slightly differently
    file = Path(name)
    if not file.is_file():
        raise BadInputError(name, msg(N_("no such file")))
    count = _page_count(file)
    bad = [p for p in pages if not 1 <= int(p) <= count]
    if bad:
        raise BadInputError(name, msg(N_("no page {page} (the PDF has {count})"), page=bad[0], count=count))
    if not 72 <= dpi <= 600:
        raise ValueError("dpi must be between 72 and 600")

    cache = Path(cache_dir) if cache_dir is not None else None
    sha = _file_sha256(file) if cache is not None else ""
    results: dict[int, OcrPage] = {}
    todo: list[int] = []
    for p in dict.fromkeys(int(p) for p in pages):
        cached = _read_cache(_cache_path(cache, sha, p, dpi, version, resolved)) if cache is not None else None
        if cached is not None and cached.number == p:
            results[p] = cached
        else:
            todo.append(p)

    if todo:
        if jobs > 1 and len(todo) > 1:
            context = _pool_context()
            with ProcessPoolExecutor(
                max_workers=min(jobs, len(todo)), mp_context=context, initializer=_worker_init
            ) as pool:
                done = list(pool.map(_ocr_one, [name] * len(todo), todo, [dpi] * len(todo), [resolved] * len(todo)))
        else:
            done = [_ocr_one(name, p, dpi, resolved) for p in todo]
        for page in done:
            results[page.number] = page
            if cache is not None and (page.grids or page.lines or not page.notes):
                _write_cache(_cache_path(cache, sha, page.number, dpi, version, resolved), page)
    # Not cached: a second reading of figures the first left unsettled renders its page again
    # (``extractor.ocr_second_read``), only where a grid has such a cell.
    read = {p: _read_again(name, page, dpi) for p, page in results.items()}
    return [read[int(p)] for p in pages]


def _read_again(path: str, page: OcrPage, dpi: int) -> OcrPage:
    """``page`` with the figures its reading left unsettled read again (the time it took added)."""
    start = time.perf_counter()
    grids = second_read_figures(path, page.number, page.grids, page.notes, dpi=dpi)
    if grids is page.grids:
        return page
    return replace(page, grids=grids, seconds=round(page.seconds + time.perf_counter() - start, 3))


# An image file records its resolution, or none, or the 72 dpi a camera writes whatever it shot: a
# resolution below this is not the page's, and the page is taken to be A4 (11.69 in on its long side).
_IMAGE_MIN_DPI = 100
_A4_LONG_SIDE_IN = 11.69


def _image_dpi(width: int, height: int, recorded: Any) -> int:
    """The resolution of a page image: the one the file records when it is plausible, else the one
    that makes its long side an A4 page's.

    >>> _image_dpi(2480, 3508, (300.0, 300.0)), _image_dpi(3000, 4000, (72, 72)), _image_dpi(1240, 1754, None)
    (300, 342, 150)
    """
    try:
        dpi = round(float(recorded[0]))
    except (TypeError, ValueError, IndexError):
        dpi = 0
    if _IMAGE_MIN_DPI <= dpi <= 1200:
        return dpi
    return max(_IMAGE_MIN_DPI, min(600, round(max(width, height) / _A4_LONG_SIDE_IN)))


def ocr_image_pages(
    path: str, data: bytes, *, cache_dir: str | Path | None = None, layout: LayoutSettings | Mapping[str, Any] | None = None,
) -> list[OcrPage]:
    """OCR every page of an image file: a photographed or scanned page (PNG, JPEG, BMP, GIF) or a
    multi-page TIFF, decoded by Pillow, at the resolution the file records (``_image_dpi``). A page
    over ``MAX_PAGE_PIXELS`` is scaled down to fit, as a PDF page is rasterised; one too big even at
    ``MIN_OCR_DPI`` is not OCR'd, and its note says so. Cached like PDF pages, by the file's hash.

    Raises ``OcrUnavailableError`` without Tesseract ``vie``, ``BadInputError`` for an image Pillow
    cannot decode (or larger than Pillow's decompression-bomb bound).
    """
    from PIL import Image, ImageSequence

    resolved = LayoutSettings.resolve(layout)
    ok, reason, version = probe()
    if not ok:
        raise OcrUnavailableError(path, reason)
    version = f"{version}; {engine_version()}"
    cache = Path(cache_dir) if cache_dir is not None else None
    sha = hashlib.sha256(data).hexdigest()
    out: list[OcrPage] = []
    try:
        # Pillow warns on stderr about damaged metadata (EXIF) and big images: the page is read or
        # refused all the same, in one line of ours, not a Python warning.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with Image.open(io.BytesIO(data)) as image:
                for number, frame in enumerate(ImageSequence.Iterator(image), start=1):
                    start = time.perf_counter()
                    width, height = frame.size
                    dpi = _image_dpi(width, height, frame.info.get("dpi"))
                    key = _cache_path(cache, sha, number, dpi, version, resolved) if cache is not None else None
                    cached = _read_cache(key) if key is not None else None
                    if cached is not None and cached.number == number:
                        out.append(cached)
                        continue
                    scale, notes = _render_scale((width * 72 / dpi, height * 72 / dpi), dpi, number)
                    if scale is None:
                        page = OcrPage(number, (), (), 0.0, round(time.perf_counter() - start, 3), False, notes)
                    else:
                        if notes:  # too many pixels: scaled down to the resolution that fits
                            frame = frame.resize((max(1, round(width * scale * 72 / dpi)), max(1, round(height * scale * 72 / dpi))))
                        rgb = np.array(frame.convert("RGB"))
                        page = _rgb_to_page(rgb, number, round(scale * 72) if notes else dpi, notes, start, resolved)
                    if key is not None and (page.grids or page.lines or not page.notes):
                        _write_cache(key, page)
                    out.append(page)
    except (OSError, ValueError, Image.DecompressionBombError, EOFError) as exc:
        detail = re.sub(r"\s*<_io\.BytesIO object at 0x[0-9a-f]+>", "", str(exc))  # Pillow names the stream
        raise BadInputError(path, msg(N_("the image cannot be decoded ({detail})"), detail=detail)) from None
    return out
