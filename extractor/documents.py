"""Any supported file -> one ``Document``: the extractor's entry point.

``file_to_document`` is a pure function of the file's bytes and the settings, so it can be mapped
over a process pool or a cluster. Bad input raises ``BadInputError`` with one line naming the file.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
from collections.abc import Sequence
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from extractor.earlier_header import EarlierHeader, earlier_header, named_values
from extractor.errors import BadInputError, file_errors_named, os_reason
from extractor.filekinds import file_kind, not_a_report
from extractor.grid import Grid
from extractor.header_repair import repair_header
from extractor.model import IN_TABLE_CELL, Cell, Document, Row, Table, TextLine
from extractor.name_repair import repair_names
from extractor.ocr_names import names_by_document
from extractor.pdf_words import grid_lines, signature_block
from extractor.rows import grid_to_rows, heading_out_of_header, split_header
from extractor.settings import ExtractSettings
from extractor.stitch import stitch_grids
from extractor.textrender import (
    MAX_HTML_CELLS,
    HtmlTooLargeError,
    TextContent,
    html_to_content,
    text_to_content,
)
from normalizers.legacy_encodings import DECODERS, legacy_encoding
from normalizers.messages import N_, Msg, Said, clauses, msg, text
from normalizers.numbers import infer_style, only_ambiguous
from normalizers.text import fold, nfc, strip_markup

if TYPE_CHECKING:
    from extractor.ocr import OcrPage

TEXT_SUFFIXES = (".txt", ".md", ".tsv", ".html", ".htm")
SUPPORTED_SUFFIXES = (".pdf", *TEXT_SUFFIXES)
MAX_TEXT_BYTES = 50 * 1024 * 1024
# A 300-page scan at 300 dpi is about 200 MiB; a bigger file is refused before it is read.
MAX_PDF_BYTES = 1024 * 1024 * 1024

# The report's own number: its "Số 641-BC/HU" header line, or the "(Kèm theo Báo cáo số: 1108/BC-UBND
# ...)" line of an appendix — not "Nghị quyết số 18/NQ-HĐND", which cites another document.
_NUMBER_RE = re.compile(
    r"(?:^[ \t*]*Số|[Kk]èm theo\s+(?:Báo cáo|Kế hoạch|Tờ trình|Quyết định)\s+số)\s*:?\s*(\d+\s*[-/]\s*[A-ZĐ][A-ZĐa-z/\-]*)",
    re.MULTILINE,
)
_DATE_WORDS_RE = re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})")
_ATTACHED_DATE_RE = re.compile(r"[Kk]èm theo[^\n]{0,80}?ngày\s*(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})")
_YEAR_IN_TITLE_RE = re.compile(r"(?:năm|NĂM)\s+((?:19|20)\d\d)")
# A figure with a separator; a unit glued to it ("14,5km", "1.500mm", "3.943,41ha") is kept apart (``glue``) so the
# figure still votes: left out, "Quốc lộ 17B dài 14,5km, tỉnh lộ 389 dài 1,5km" cast no Vietnamese vote and one
# "115.64 km2" called kim-thanh-hai-duong_3 English-style, reading its "14.552 ha" as 14,552 (wave 33).
_NUMERIC_TOKEN_RE = re.compile(r"(?<![\w/])(?P<num>\d{1,3}(?:[.,]\d+)+)(?P<glue>[^\W\d_][\w²³]*)?(?![\w/])")
# "đến ngày 14.4", "từ ngày 1.10.2023": a day and month joined by a dot, a date and no decimal. Counted as
# one, it called a page English-style, and "1.986 tỉ đồng" beside it read 1,986 (a raw provincial page).
# "Bảng 3.3", "mục 2.1": the number of a table or a section, no decimal either ("dòng diện tích của Bảng 3.3"
# read "7.956 ha" as 7,956 in cu-lao-dung-soc-trang_3).
_DOTTED_DATE_RE = re.compile(r"(?i)(?<!\w)(?:ngày|bảng|biểu|mục|phần|chương|hình|sơ đồ|phụ lục)\s*$")
_DAY_MONTH_RE = re.compile(r"(0?[1-9]|[12]\d|3[01])\.(0?[1-9]|1[0-2])(?:\.(?:19|20)?\d\d)?")


def decode_text(data: bytes, path: str) -> str:
    """Bytes of a text rendering -> NFC str (see ``decode_text_noting``)."""
    return decode_text_noting(data, path)[0]


def decode_text_noting(data: bytes, path: str) -> tuple[str, list[str]]:
    """Bytes of a text rendering -> NFC str, and the warnings a reader must see about how it was
    read (a legacy font encoding converted). Windows-1258 spells Vietnamese with combining tone
    marks, which must compose to compare equal with the same text in UTF-8."""
    text, notes = _decode(data, path)
    return nfc(text), notes


def _decode(data: bytes, path: str) -> tuple[str, list[str]]:
    """Bytes of a text rendering -> str: UTF-8 (with or without BOM), UTF-16, Windows-1258, or
    Vietnamese in a legacy font encoding (TCVN3/ABC, VNI), converted with a warning saying so.

    Binary content (NULs, control characters) is refused with a one-line reason.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), []
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), []
    sample = data[:4096]
    if sample.count(b"\x00") > len(sample) // 4 and len(sample) >= 4:
        # UTF-16 without BOM: every other byte NUL for Latin text.
        for enc in ("utf-16-le", "utf-16-be"):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError:
                continue
            if _printable_share(text[:2000]) > 0.95:
                return text, []
        raise BadInputError(path, msg(N_("binary content, not a text report")))
    notes: list[str] = []
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("cp1258", errors="replace")
        legacy = legacy_encoding(data) if _printable_share(text[:20000]) >= 0.9 else None
        if legacy is not None:
            # Read as Windows-1258 it would be "Tæng s¶n l­îng" for "Tổng sản lượng": every name
            # garbled, silently. It is converted by the encoding's table, and the reader told so.
            text = DECODERS[legacy](data)
            notes.append(Said(msg(_LEGACY_NOTES[legacy], encoding=legacy)))
    if _printable_share(text[:20000]) < 0.9:
        raise BadInputError(path, msg(N_("binary content, not a text report")))
    return text, notes


_LEGACY_NOTES = {
    # TCVN3 writes a capital with a tone mark as the small letter: the case is guessed (a word in
    # capitals, a sentence's first letter), the letters and tones are exact.
    "TCVN3": N_("the text is in the legacy Vietnamese font encoding {encoding} (ABC), not Unicode: read converted "
                "by its table; capitals with tone marks are not in that encoding and were guessed"),
    "VNI": N_("the text is in the legacy Vietnamese font encoding {encoding}, not Unicode: read converted by its table"),
}


def _printable_share(text: str) -> float:
    if not text:
        return 1.0
    good = sum(1 for ch in text if ch.isprintable() or ch in "\t\n\r")
    return good / len(text)


def grids_to_rows(
    grids: Sequence[Grid], *, document: str, settings: ExtractSettings | None = None
) -> tuple[list[Table], list[Row]]:
    """All of a document's grids -> its tables and table rows.

    Continuations are joined first (``extractor.stitch``); a headerless block that does not
    continue the table above still reads its columns by that table's header when it has as many.
    A table whose separators are all ambiguous ("46,892" beside "271" and "100") reads them in the
    convention the document's other tables print unambiguously (``_document_styles``).
    """
    s = ExtractSettings.resolve(settings)
    # A scanned header's wrapped lines that came out as rows of their own go back into it first
    # (and a rule read as dashes leaves it):
    # a repeat of that header on the next page is then recognised as one. So do a scanned name's
    # wrapped lines and pieces cut off at word gaps (``extractor.name_repair``).
    # A section heading read into the header's last row goes back to the body before a repeat of
    # the header on the next page stands in for it (``heading_out_of_header``).
    stitched = stitch_grids([repair_names(heading_out_of_header(repair_header(g))) for g in grids], s.layout)
    tables, rows = _read_grids(stitched, document, s, [None] * len(stitched))
    styles = _document_styles(rows, len(tables))
    if any(styles):
        tables, rows = _read_grids(stitched, document, s, styles)
    # A scanned name's syllable OCR misread into another word, read as the document prints it
    # between the same neighbours elsewhere (``extractor.ocr_names.names_by_document``).
    # And as a letter the LSTM nearly read, where the document or a word list accepts only that.
    choices = {key: near for g in grids for key, near in g.choices.items()}
    return tables, names_by_document(rows, tables, choices)


def _read_grids(
    grids: Sequence[Grid], document: str, s: ExtractSettings, styles: Sequence[str | None]
) -> tuple[list[Table], list[Row]]:
    tables: list[Table] = []
    rows: list[Row] = []
    header: list[list[str]] | None = None
    header_width = 0
    earlier_headers: list[EarlierHeader] = []  # earlier tables whose header named their value columns
    for grid, style in zip(grids, styles, strict=True):
        n = split_header(grid) if grid.header_rows < 0 else grid.header_rows
        width = max((len(r) for r in grid.rows), default=0)
        inherited = header if n == 0 and header and width == header_width else None
        if n > 0:
            header = [[strip_markup(c.text) for c in row] for row in grid.rows[:n]]
            header_width = width
        read = partial(grid_to_rows, document=document, table_number=len(tables), start_index=len(rows),
                       style=style, quality=s.quality)
        result = read(grid, header=inherited)
        # A scanned header whose value columns OCR lost reads as an earlier copy of the same
        # title's (``extractor.earlier_header``); the blocks after it inherit the mended header.
        header_read = inherited if inherited is not None else (header if n > 0 else None)
        mended = earlier_header(result.table, earlier_headers) if header_read is not None else None
        if mended is not None:
            with_mended = read(replace(grid, rows=grid.rows[n if inherited is None else 0 :], header_rows=0), header=mended)
            if named_values(with_mended.table):
                result = with_mended
                header, header_width = [list(r) for r in mended], width
        if header_read is not None and named_values(result.table):
            earlier_headers.append(EarlierHeader(result.table.title or "", tuple(tuple(r) for r in header_read), result.table))
        tables.append(result.table)
        rows.extend(result.rows)
    return tables, rows


# The other tables must print one convention this plainly for a table to be read by it.
_DOCUMENT_STYLE_CONFIDENCE = 0.9


def _document_styles(rows: Sequence[Row], n_tables: int) -> list[str | None]:
    """For each table, the document's number style when its own separators are all ambiguous and
    the document's other tables print theirs unambiguously in one convention; None otherwise.

    v2081: "46,892", "47,352" tonnes in a table of plain "271", "100" were read 46.892 (the
    plain siblings' magnitudes voted for a decimal comma) beside a budget table in "1,006,807.4".
    An office prints its report in one convention; a table that shows none of its own follows it.
    """
    texts: list[list[str]] = [[] for _ in range(n_tables)]
    for row in rows:
        if row.table is not None and 0 <= row.table < n_tables:
            texts[row.table] += [strip_markup(c.value.raw) for c in row.cells]
    out: list[str | None] = [None] * n_tables
    for k, own in enumerate(texts):
        if not only_ambiguous(own):
            continue
        others = [t for j, ts in enumerate(texts) if j != k for t in ts]
        decision = infer_style(others)
        if decision.style in ("vi", "en") and decision.confidence >= _DOCUMENT_STYLE_CONFIDENCE:
            out[k] = decision.style
    return out


def table_doubts(tables: Sequence[Table]) -> list[str]:
    """One warning line per table read too poorly to trust (see ``extractor.quality``), each a
    ``Said`` line (English, and the message the reader's language says).

    "table 2 (page 3) 'BIỂU 02: ...': 4 of 8 rows have no indicator name"
    """
    out: list[str] = []
    for table in tables:
        if table.quality is None or not table.quality.reasons:
            continue
        where = msg(N_("page {page}"), page=table.provenance.page) if table.provenance.page \
            else msg(N_("line {line}"), line=table.provenance.line if table.provenance.line is not None else "None")
        doubts = clauses(*table.quality.reasons)
        said = msg(N_("table {number} ({where}) '{title}': {doubts}"), number=table.number + 1, where=where,
                   title=table.title, doubts=doubts) if table.title \
            else msg(N_("table {number} ({where}): {doubts}"), number=table.number + 1, where=where, doubts=doubts)
        out.append(Said(said))
    return out


# A figure whose one separator has three digits after it ("765,054", "3.715") reads either way.
_EITHER_WAY_RE = re.compile(r"^[<>≤≥]?\s*\d{1,3}([.,])\d{3}\s*%?$")
# Below this confidence a figure's separator reading rests on its magnitudes or the Vietnamese
# prior, not on a separator the table or the document prints unambiguously.
_SEPARATOR_EVIDENCE = 0.9


def separator_notes(rows: Sequence[Row]) -> list[Said]:
    """A warning line when figures that read either way ("765,054" is 765.054 with a decimal comma,
    765054 with a thousands comma) were read without a separator the document prints
    unambiguously: the reading is an assumption, and the auditor is told which (v3350: a budget
    table printed in English separators, every figure "765,054" triệu đồng, read as Vietnamese
    decimals from the magnitudes of the ratios beside them, silently). Names how many, the first
    one and where, and what the other reading would make of them."""
    found: list[tuple[Row, Cell]] = []
    for row in rows:
        for cell in row.cells:
            v = cell.value
            if v.kind != "number" or v.value is None or v.confidence >= _SEPARATOR_EVIDENCE:
                continue
            if _EITHER_WAY_RE.match(strip_markup(v.raw).strip()):
                found.append((row, cell))
    if not found:
        return []
    row, cell = found[0]
    raw = strip_markup(cell.value.raw).strip()
    m = _EITHER_WAY_RE.match(raw)
    assert m is not None and cell.value.value is not None
    sep = m.group(1)
    grouped = float(raw.split(sep)[0].lstrip("<>≤≥ ") + raw.split(sep)[1].rstrip("% ")) == cell.value.value
    page = cell.provenance.page if cell.provenance.page is not None else row.provenance.page
    line = cell.provenance.line if cell.provenance.line is not None else row.provenance.line
    place = msg(N_("table {number}"), number=row.table + 1) if row.table is not None else msg(N_("running text"))
    where = msg(N_("{place}, page {page}"), place=place, page=page) if page is not None \
        else msg(N_("{place}, line {line}"), place=place, line=line if line is not None else "?")
    if grouped:
        said = msg(N_("{n} figures print only a separator that reads either way, as '{example}' ({where}): read with "
                      "'{sep}' grouping thousands; if '{sep}' marks decimals here, they are a thousand times smaller"),
                   n=len(found), example=raw, where=where, sep=sep)
    else:
        said = msg(N_("{n} figures print only a separator that reads either way, as '{example}' ({where}): read with "
                      "'{sep}' as the decimal mark; if '{sep}' groups thousands here, they are a thousand times larger"),
                   n=len(found), example=raw, where=where, sep=sep)
    return [Said(said)]


def warning_messages(warnings: Sequence[str]) -> tuple[Msg, ...]:
    """A document's warnings as messages, one for each line (a line that is not a ``Said`` is
    said as it is, in every language)."""
    return tuple(w.said if isinstance(w, Said) else text(w) for w in warnings)


def _text_cells(rows: Sequence[Row]) -> list[TextLine]:
    """Paragraphs printed inside table cells (Biểu 02's targets and results) are running text too:
    "Hỗ trợ ... 9.900/10.700 m2 nhà màng ... đạt 99,5%" is checked like any prose figure."""
    lines = []
    for row in rows:
        for cell in row.cells:
            text = cell.value.raw
            if cell.value.kind in ("unparsed", "label") and len(text) > 40 and any(ch.isdigit() for ch in text):
                lines.append(TextLine(text, cell.provenance))
    return lines


def _body_style(lines: Sequence[TextLine]) -> str | None:
    """The running text's number style, voted by its figures; an ambiguous one votes as its unit
    reads it ("2.141 học sinh" groups thousands), so a passage printing "35.6%" beside "86.683
    người" is not called English-style by its percentages alone (figure_marks); a share printed with a
    decimal point does not vote at all (``votes_for_style``: "9.120 ha (13.3%)")."""
    from extractor.prose_patterns import glued_unit
    from normalizers.figure_marks import reading_in_text, votes_for_style
    from normalizers.numbers import infer_style

    tokens: list[str] = []
    read: list[tuple[str, bool]] = []
    for line in lines:
        text = strip_markup(line.text)
        for m in _NUMERIC_TOKEN_RE.finditer(text):
            if m.group("glue") is not None and not glued_unit(m.group("glue")):
                continue  # "1.2a", "3.5G": a code, no figure
            num, end = m.group("num"), m.end("num")
            if _DAY_MONTH_RE.fullmatch(num) and _DOTTED_DATE_RE.search(text[max(0, m.start() - 12):m.start()]):
                continue
            if not votes_for_style(text, m.start(), end):
                continue  # "chiếm 13.3%" beside "9.120 ha": how the shares are printed, not the rest
            tokens.append(num)
            if (thousands := reading_in_text(text, m.start(), end)) is not None:
                read.append((num, thousands))
    if not tokens:
        return None
    decision = infer_style(tokens, read=read)
    return decision.style if decision.confidence >= 0.6 else None


def _metadata(text: str) -> dict[str, str | None]:
    """District, province, issuer, number and date from a report's text (header lines weigh most)."""
    from normalizers.places import resolve_document_place

    head = "\n".join(text.split("\n")[:60])
    district, province = resolve_document_place(text)
    number = _NUMBER_RE.search(head)
    # The report's own date is on its dateline ("Tam Đường, ngày 05 tháng 12 năm 2024") or in the
    # "(Kèm theo Báo cáo số ... ngày 20/11/2024 ...)" line; other dates in the text are of other
    # documents the report cites.
    date = _DATE_WORDS_RE.search(head) or _ATTACHED_DATE_RE.search(head)
    folded_head = fold(head)
    issuer = None
    if "huyen uy" in folded_head or "/hu" in folded_head:
        issuer = "Huyện ủy"
    elif "ubnd" in folded_head or "uy ban nhan dan" in folded_head:
        issuer = "UBND"
    elif "hdnd" in folded_head:
        issuer = "HĐND"
    iso = None
    if date:
        d, m, y = (int(g) for g in date.groups())
        if 1 <= d <= 31 and 1 <= m <= 12:
            iso = f"{y:04d}-{m:02d}-{d:02d}"
    year = iso[:4] if iso else None
    if year is None:
        titled = _YEAR_IN_TITLE_RE.search(head)
        year = titled.group(1) if titled else None
    return {
        "period": year,
        "district": district,
        "province": province,
        "issuer": issuer,
        "number": re.sub(r"\s+", "", number.group(1)) if number else None,
        "date": iso,
    }


def _title(text: str, tables: Sequence[Table]) -> str | None:
    for line in text.split("\n")[:40]:
        cleaned = strip_markup(line).strip("# ")
        if fold(cleaned).startswith(("bao cao", "ke hoach", "bieu", "phu luc")) and len(cleaned) > 6:
            return cleaned
    return next((t.title for t in tables if t.title), None)


def content_to_document(
    content: TextContent, *, path: str, data: bytes, fmt: str, pages: int, full_text: str,
    settings: ExtractSettings, warnings: Sequence[str] = (),
) -> Document:
    """Grids and running text of one file -> the ``Document`` with table rows and prose rows."""
    doc_id = nfc(os.path.basename(path))
    # What the reader could not read (pages too big, OCR failed or off): when nothing else was
    # read, these are the reason, and the one line says them instead of "not a report?".
    unread = warning_messages(warnings)
    tables, rows = grids_to_rows(content.grids, document=doc_id, settings=settings)
    if settings.prose:
        from extractor.prose import lines_to_prose_rows

        style = _body_style(content.lines)
        prose_lines, split_notes = bounded_lines(content.lines)
        warnings = [*warnings, *split_notes]
        failed: list[Msg] = []
        rows.extend(lines_to_prose_rows(prose_lines, document=doc_id, start_index=len(rows), style=style, link=True,  # type: ignore[arg-type]
                                        failed=failed))
        cell_lines, _ = bounded_lines(_text_cells(rows))
        in_cells = lines_to_prose_rows(cell_lines, document=doc_id, start_index=len(rows), style=style,  # type: ignore[arg-type]
                                       failed=failed)
        if failed:
            # A reading that failed is left out of the checks: say so, or "no findings" would lie.
            warnings.append(Said(msg(N_("running text: {n} readings failed and their figures are not checked ({which})"),
                                     n=len(failed), which=clauses(*dict.fromkeys(failed), sep=", "))))
        rows.extend(replace(r, notes=(*r.notes, IN_TABLE_CELL)) for r in in_cells)
    if not rows and not tables:
        raise BadInputError(path, msg(N_("nothing could be read: {unread}"), unread=clauses(*unread)) if unread
                            else msg(N_("no indicator tables or figures found (not a report?)")))
    if not any(c.value.kind not in ("unparsed", "blank") for r in rows for c in r.cells):
        raise BadInputError(path, msg(N_("tables hold no figures or evaluations; {unread}"), unread=clauses(*unread)) if unread
                            else msg(N_("tables hold no figures or evaluations (not an indicator report?)")))
    warnings = [*warnings, *table_doubts(tables), *separator_notes(rows)]
    meta = _metadata(full_text)
    return Document(
        id=doc_id,
        path=path,
        sha256=hashlib.sha256(data).hexdigest(),
        pages=pages,
        format=fmt,
        tables=tuple(tables),
        rows=tuple(rows),
        lines=content.lines,
        title=_title(full_text, tables),
        warnings=tuple(str(w) for w in warnings),
        warning_messages=warning_messages(warnings),
        **meta,
    )


# spaCy refuses a text over 1,000,000 characters; a line (a paragraph without line breaks) longer
# than this is read in pieces cut at sentence ends, so none of its figures is lost.
PROSE_LINE_MAX = 100_000
_SENTENCE_END_RE = re.compile(r"[.;!?]\s+")


def bounded_lines(lines: Sequence[TextLine]) -> tuple[list[TextLine], list[str]]:
    """``lines`` with every line over ``PROSE_LINE_MAX`` characters cut into pieces under it, at the
    last sentence end (else the last space) before the limit; and one warning per line cut."""
    out: list[TextLine] = []
    notes: list[str] = []
    for number, line in enumerate(lines, start=1):
        text = line.text
        if len(text) <= PROSE_LINE_MAX:
            out.append(line)
            continue
        pieces = 0
        while text:
            if len(text) <= PROSE_LINE_MAX:
                cut = len(text)
            else:
                window = text[:PROSE_LINE_MAX]
                ends = [m.end() for m in _SENTENCE_END_RE.finditer(window, PROSE_LINE_MAX // 2)]
                cut = ends[-1] if ends else (window.rfind(" ") + 1 or PROSE_LINE_MAX)
            out.append(replace(line, text=text[:cut]))
            text = text[cut:]
            pieces += 1
        notes.append(Said(msg(N_("line {line}: {characters} characters without a line break, read in {pieces} pieces "
                                 "cut at sentence ends"), line=number, characters=len(line.text), pieces=pieces)))
    return out, notes


def _text_document(path: str, data: bytes, settings: ExtractSettings) -> Document:
    if len(data) > MAX_TEXT_BYTES:
        raise BadInputError(path, msg(N_("text file too large ({size} MiB > {limit} MiB)"), size=len(data) // (1024 * 1024),
                                      limit=MAX_TEXT_BYTES // (1024 * 1024)))
    text, notes = decode_text_noting(data, path)
    suffix = Path(path).suffix.lower()
    looks_html = suffix in (".html", ".htm") or text.lstrip()[:200].lower().startswith(("<!doctype html", "<html", "<table"))
    if looks_html:
        try:
            content, fmt = html_to_content(text), "html"
        except HtmlTooLargeError:
            raise BadInputError(path, msg(N_("HTML tables span more than {millions} million cells (not a report)"),
                                          millions=MAX_HTML_CELLS // 1_000_000)) from None
    else:
        content = text_to_content(text)
        fmt = "markdown" if suffix == ".md" else ("tsv" if suffix == ".tsv" else "text")
        if not content.grids:
            from extractor.flowtable import flow_text_to_grids

            flow = flow_text_to_grids(text)
            if flow:
                content = TextContent(grids=tuple(flow.grids), lines=tuple(flow.lines))
                fmt = "flow-text"
    return content_to_document(content, path=path, data=data, fmt=fmt, pages=1, full_text=text, settings=settings,
                               warnings=notes)


def _pdf_document(path: str, data: bytes, settings: ExtractSettings) -> Document:
    from extractor.errors import OcrUnavailableError
    from extractor.paragraphs import lines_to_paragraphs
    from extractor.pdf_tables import read_pdf

    pdf = read_pdf(path, settings=settings.layout)
    grids = list(pdf.grids)
    lines = list(pdf.lines)
    warnings: list[str] = list(pdf.warnings)
    fmt = "pdf"
    if pdf.pages_needing_ocr:
        if not settings.ocr:
            if len(pdf.pages_needing_ocr) == len(pdf.pages):
                raise BadInputError(path, msg(N_("image-only PDF and OCR is turned off")))
            warnings.append(Said(msg(N_("pages {pages} have no text layer and were not OCR'd"),
                                     pages=str(list(pdf.pages_needing_ocr)))))
        else:
            from extractor.ocr import ocr_pdf_pages, tesseract_available

            ok, reason = tesseract_available()
            if not ok:
                if len(pdf.pages_needing_ocr) == len(pdf.pages):
                    raise OcrUnavailableError(path, msg(N_("image-only PDF: {reason}"), reason=reason))
                warnings.append(Said(msg(N_("pages {pages} not OCR'd: {reason}"), pages=str(list(pdf.pages_needing_ocr)),
                                         reason=reason)))
            else:
                ocr_pages = ocr_pdf_pages(
                    path, list(pdf.pages_needing_ocr), dpi=settings.ocr_dpi, cache_dir=settings.cache_dir, jobs=settings.jobs,
                    layout=settings.layout,
                )
                _add_ocr_pages(ocr_pages, grids, lines, warnings)
                fmt = "pdf-ocr"
    full_text = "\n".join(line.text for line in lines) + "\n" + "\n".join(
        "\t".join(c.text for c in row) for g in grids for row in g.rows[:3]
    )
    content = TextContent(grids=tuple(grids), lines=tuple(lines_to_paragraphs(lines)))
    return content_to_document(
        content, path=path, data=data, fmt=fmt, pages=len(pdf.pages), full_text=full_text, settings=settings,
        warnings=warnings,
    )


def _add_ocr_pages(pages: Sequence[OcrPage], grids: list[Grid], lines: list[TextLine], warnings: list[str]) -> None:
    """The tables, running text and warnings of OCR'd pages, added to a document's."""
    from extractor.ocr import page_warnings
    from extractor.ocr_header_lines import header_from_lines

    for page in pages:
        # A header left as running text above its table goes back over it first.
        page_grids, page_lines = header_from_lines(page.grids, page.lines)
        # A signature block read as a table of its own is the page's text (below the rest), not
        # a table.
        grids.extend(g for g in page_grids if not signature_block(g))
        lines.extend(page_lines)
        lines.extend(line for g in page.grids if signature_block(g) for line in grid_lines(g))
        warnings.extend(page_warnings(page))


# What Pillow decodes into pages to OCR: a photographed or scanned page, a multi-page TIFF.
IMAGE_KINDS = frozenset({N_("a PNG image"), N_("a JPEG image"), N_("a TIFF image"), N_("a BMP image"), N_("a GIF image")})


def _image_document(path: str, data: bytes, settings: ExtractSettings) -> Document:
    """An image file (a scanned or photographed page, a multi-page TIFF) read by OCR, page by page."""
    from extractor.errors import OcrUnavailableError
    from extractor.ocr import ocr_image_pages, tesseract_available
    from extractor.paragraphs import lines_to_paragraphs

    if not settings.ocr:
        raise BadInputError(path, msg(N_("an image, and OCR is turned off")))
    ok, reason = tesseract_available()
    if not ok:
        raise OcrUnavailableError(path, msg(N_("an image: {reason}"), reason=reason))
    pages = ocr_image_pages(path, data, cache_dir=settings.cache_dir, layout=settings.layout)
    grids: list[Grid] = []
    lines: list[TextLine] = []
    warnings: list[str] = []
    _add_ocr_pages(pages, grids, lines, warnings)
    full_text = "\n".join(line.text for line in lines) + "\n" + "\n".join(
        "\t".join(c.text for c in row) for g in grids for row in g.rows[:3])
    content = TextContent(grids=tuple(grids), lines=tuple(lines_to_paragraphs(lines)))
    return content_to_document(content, path=path, data=data, fmt="image-ocr", pages=len(pages), full_text=full_text,
                               settings=settings, warnings=warnings)


def read_report_bytes(path: str) -> bytes:
    """The bytes of a report file, refused before reading when it is not a regular file (a FIFO
    or ``/dev/zero`` would never end) or is larger than the reader takes.

    Raises ``BadInputError`` naming the file.
    """
    with file_errors_named(path):
        # O_NONBLOCK: opening a FIFO without a writer must not wait; fstat then says what it is.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(fd, "rb") as fh:
        st = os.fstat(fh.fileno())
        if stat.S_ISDIR(st.st_mode):
            raise BadInputError(path, msg(N_("is a directory")))
        if not stat.S_ISREG(st.st_mode):
            raise BadInputError(path, msg(N_("not a regular file (a FIFO, device or socket): doisoat reads regular files only")))
        try:
            head = fh.read(4)
            pdf = head == b"%PDF" or path.lower().endswith(".pdf")
            limit = MAX_PDF_BYTES if pdf else MAX_TEXT_BYTES
            if st.st_size > limit:
                template = N_("PDF too large ({size} MiB > {limit} MiB)") if pdf else N_("text file too large ({size} MiB > {limit} MiB)")
                raise BadInputError(path, msg(template, size=st.st_size // (1024 * 1024), limit=limit // (1024 * 1024)))
            # At most the size stat gave: a file that grows while it is read is not read forever.
            data = head + fh.read(max(0, st.st_size - len(head)))
        except OSError as exc:
            raise BadInputError(path, msg(N_("cannot read ({detail})"), detail=os_reason(exc))) from None
    return data


def file_to_document(path: str | os.PathLike[str], settings: ExtractSettings | dict | None = None) -> Document:
    """Read one report file into a ``Document``.

    >>> doc = file_to_document("corpus/000_6a5e51584c6108a1.txt")
    >>> doc.district, doc.province
    ('Tam Đường', 'Lai Châu')

    Raises ``BadInputError`` (one line naming the file) for missing, empty, binary, corrupt,
    encrypted or non-report files, and ``OcrUnavailableError`` for an image-only PDF without OCR.
    """
    resolved = ExtractSettings.resolve(settings)
    name = str(path)
    data = read_report_bytes(name)
    if not data.strip():
        raise BadInputError(name, msg(N_("empty file")))
    if data.startswith(b"%PDF") or Path(name).suffix.lower() == ".pdf":
        return _pdf_document(name, data, resolved)
    if file_kind(data) in IMAGE_KINDS:
        return _image_document(name, data, resolved)
    refused = not_a_report(data)
    if refused is not None:
        raise BadInputError(name, refused)
    return _text_document(name, data, resolved)
