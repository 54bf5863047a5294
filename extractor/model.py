"""The data that flows from ``extractor`` to ``reconcile``: documents, rows, cells, provenance."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from normalizers.messages import Msg
from normalizers.numbers import ParsedValue

Role = Literal["target", "plan", "actual", "estimate", "ratio", "evaluation", "note", "other"]
ROLES: tuple[str, ...] = ("target", "plan", "actual", "estimate", "ratio", "evaluation", "note", "other")
# The roles whose cells are figures: targets, plans, results, estimates and their ratios.
FIGURE_ROLES: tuple[str, ...] = ("target", "plan", "actual", "estimate", "ratio")
# A row note: figures read from a paragraph inside a table cell. Arithmetic is checked, but their role
# (a resolution's target text, a result text) is not known well enough to compare across documents.
IN_TABLE_CELL = "figure inside a table cell"
# A whole's note: parts read only by where they are printed after a list word (prose_sums_explained). A broken
# sum of them is a warning, never an error: the reading may be wrong where the figures are right.
POSITION_ONLY = "read by position only"


@dataclass(frozen=True)
class Provenance:
    """Where something was printed.

    page:  1-based page for PDFs (None for text renderings).
    line:  1-based line in a text rendering (None for PDFs).
    bbox:  (x0, top, x1, bottom) in PDF points on ``page``; None for text renderings.
    span:  for a figure read from running text, its characters [start, end) in the line's text
           (markup removed, white space collapsed); None otherwise.
    """

    page: int | None = None
    line: int | None = None
    bbox: BBox | None = None
    span: tuple[int, int] | None = None


BBox = tuple[float, float, float, float]
# What a union of two boxes is when one of them is not known (None). Each caller says which it needs:
# "unknown": None, the union is not known either (a box that covers one half only would place the
#     joined cell wrongly: phantom_columns);
# "known":   the box that is known (a title split in two is wherever its known half was printed:
#     header_repair);
# "first":   the first box as it is, None or not (a wrapped name's rest is read into the cell above
#     it, which keeps its own place: name_repair).
MissingBox = Literal["unknown", "known", "first"]


def bbox_union(a: BBox | None, b: BBox | None, *, missing: MissingBox) -> BBox | None:
    """The smallest box holding ``a`` and ``b`` (both ``(x0, top, x1, bottom)``); when either is
    None, what ``missing`` says: ``bbox_union((1, 2, 3, 4), None, missing="known")`` is
    ``(1, 2, 3, 4)``, with ``missing="unknown"`` None."""
    if a is not None and b is not None:
        return (min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3]))
    if missing == "unknown":
        return None
    if missing == "known":
        return a if a is not None else b
    return a


@dataclass(frozen=True)
class Column:
    """One column of a table, with what its header says.

    index:     0-based position in the table.
    header:    the full header text; a two-row header is joined ("So sánh / Ước thực hiện năm 2024/...").
    role:      see ``ROLES``.
    period:    period from the header ("2024", "2021-2025"), None if none printed.
    divides:   for ratio columns, (numerator column index, denominator column index) when the
               header says what it divides; None otherwise.
    """

    index: int
    header: str
    role: str
    period: str | None = None
    divides: tuple[int, int] | None = None


@dataclass(frozen=True)
class Cell:
    """One printed value of a row.

    column:     the column header (full name).
    column_index: 0-based column position in its table (None for prose figures).
    role, period: from the column header (prose: from the words around the figure).
    value:      the parsed value (raw text kept in ``value.raw``).
    divides:    for ratio cells, column indexes (numerator, denominator) it is computed from; for
                prose rows these are positions in ``Row.cells``.
    relation:   for prose figures, what arithmetic the words state: "ratio" (a/b đạt c%), "share"
                (cơ cấu ... chiếm c%), "times" (gấp c lần), "difference" (vượt d so với), "growth"
                (tăng c% so với cùng kỳ), "count" (13/14 xã); also "per_capita" (mật độ 327
                người/km2 from a population and an area), "avg_growth" (bình quân 13,6%/năm between
                two printed years), "share_change" (a share's change in percentage points) and
                "count_list" (16 dân tộc followed by the names it counts); None for table cells.
    provenance: where the cell was printed.
    refs:       for a prose figure computed from figures printed in other rows, those figures as
                (row index, position in that row's cells), in the relation's order: (part, whole)
                for a share, (numerator, denominator) for a ratio, per-capita figure or "gấp",
                (current, base) for growth, (start, end) for average growth, (minuend, subtrahend)
                for a difference. Empty when ``divides`` says it or nothing is printed.
    items:      for "count_list", the names the count counts, as printed.
    """

    column: str
    role: str
    value: ParsedValue
    period: str | None = None
    column_index: int | None = None
    divides: tuple[int, int] | None = None
    relation: str | None = None
    provenance: Provenance = field(default_factory=Provenance)
    refs: tuple[tuple[int, int], ...] = ()
    items: tuple[str, ...] = ()

    @property
    def raw(self) -> str:
        return self.value.raw


@dataclass(frozen=True)
class Row:
    """One indicator with its values.

    document:   the document id (file name).
    index:      0-based position among the document's rows (what ``parent`` refers to).
    table:      0-based table number in the document; None for rows found in prose.
    row:        0-based row number inside its table (prose: figure number in the paragraph).
    section:    section path ("A.2", "II.3"), None when unknown.
    indicator:  the indicator as printed, markup and numbering removed.
    key:        its normal form for matching (``normalizers.names.indicator_key``).
    unit:       the unit as printed ("Tấn"), None if none.
    parent:     index of the parent row for a "Trong đó" child, else None.
    partition:  True when the children are meant to add up to this row.
    breakdown:  for a child, which list of its parent's parts it belongs to when the parent is
                broken down more than once (the land of 2009 and of 2010, projects by kind and by
                progress): children with the same number add up together. None: the only list.
    cells:      the values.
    provenance: where the row starts.
    repaired:   True when OCR damage was repaired (values moved back into their row).
    confidence: 0..1, how sure the extractor is of the row as a whole.
    context:    the printed text around a prose figure (a sentence), else None.
    notes:      what the extractor noticed about the row (repairs, unreadable cells).
    """

    document: str
    index: int
    indicator: str
    key: str
    cells: tuple[Cell, ...]
    table: int | None = None
    row: int | None = None
    section: str | None = None
    unit: str | None = None
    parent: int | None = None
    partition: bool = False
    provenance: Provenance = field(default_factory=Provenance)
    repaired: bool = False
    confidence: float = 1.0
    context: str | None = None
    notes: tuple[str, ...] = ()
    breakdown: int | None = None

    @property
    def source(self) -> str:
        return "prose" if self.table is None else "table"


@dataclass(frozen=True)
class TableQuality:
    """What the extraction itself can tell about how well a table was read.

    rows:        value rows (rows holding at least one value cell).
    named:       share of value rows with an indicator name.
    parsed:      share of figure-looking value cells that parsed as values.
    ratio_cells: ratio cells whose two inputs are printed (checkable).
    ratios:      share of those that recompute from their divisions; None when there are none.
    header:      a header was recognised (an indicator column or a value column named by it).
    layout_from_body: row-label columns were read from the body because the header said otherwise.
    reasons:     what looks wrong, one message each (shown in the reader's language); empty when
                 the table reads well. ``doubts`` are the same in English.
    """

    rows: int
    named: float
    parsed: float
    ratio_cells: int
    ratios: float | None
    header: bool
    layout_from_body: bool = False
    reasons: tuple[Msg, ...] = ()

    @property
    def doubts(self) -> tuple[str, ...]:
        """The reasons in English, one phrase each ("3 of 10 rows have no indicator name")."""
        return tuple(r.render() for r in self.reasons)


@dataclass(frozen=True)
class Table:
    """A table as found: title, columns, where it starts. Rows refer to it by number.

    quality: how well it was read (``TableQuality``), None for tables built by hand.
    """

    number: int
    title: str | None
    columns: tuple[Column, ...]
    provenance: Provenance = field(default_factory=Provenance)
    method: str = ""
    quality: TableQuality | None = None


@dataclass(frozen=True)
class TextLine:
    """A line of running text (body, footnote, heading) kept for place-name and prose checks."""

    text: str
    provenance: Provenance


@dataclass(frozen=True)
class Document:
    """One report.

    id:        the contract's document id: the file name (NFC) when no other document of the run
               has it, else its relative path (``reconcile.inputs`` assigns it for a run).
    path:      the path it was read from.
    sha256:    content hash of the file (cache key, store key; with ``relative_path``, its identity).
    pages:     number of pages (PDF) or 1 for a text rendering.
    format:    "pdf", "pdf-ocr", "text", "markdown", "tsv", "html", "flow-text".
    district, province: resolved through the gazetteer (None when not found).
    issuer:    "UBND", "Huyện ủy", ... as printed in the header.
    number:    report number ("1108/BC-UBND").
    title:     title of the report, or of its first table.
    date:      ISO date of the report when printed.
    period:    the year the report is about ("2024"), from its date or title; figures without a
               printed period (prose, "Kết quả thực hiện" columns) are taken to be of this year.
    tables, rows: what was extracted.
    lines:     running text lines (prose source, place-name mentions).
    warnings:  what could not be read, one line each (English: what JSON carries).
    warning_messages: the same warnings as messages, one for each line, for readers in their
               language (empty for a document built without them: its warnings are said as they are).
    relative_path: its path under the input root, prefixed by the root folder's name, NFC
               ("huyenA/bao_cao.txt"); None for a document read outside a batch.
    """

    id: str
    path: str
    sha256: str
    pages: int
    format: str
    tables: tuple[Table, ...] = ()
    rows: tuple[Row, ...] = ()
    lines: tuple[TextLine, ...] = ()
    district: str | None = None
    province: str | None = None
    issuer: str | None = None
    number: str | None = None
    title: str | None = None
    date: str | None = None
    warnings: tuple[str, ...] = ()
    period: str | None = None
    relative_path: str | None = None
    warning_messages: tuple[Msg, ...] = ()
