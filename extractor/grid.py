"""A table as a grid of printed cell texts, before any meaning is given to its columns.

Every table source (text renderings, PDF text layer, OCR) produces ``Grid``s; ``extractor.rows``
turns a grid into ``Table`` + ``Row``s the same way for all of them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from extractor.model import Provenance


@dataclass(frozen=True)
class GridCell:
    """The text of one cell as printed (markup kept), and where it was printed.

    readings: for a figure OCR could not settle ("HE:", a digit its ink shows and the text
              lacks), the figures a model printed for it when read again ("92,7", "927"), each
              as printed; the rows layer may take the one its row's arithmetic recomputes
              (``extractor.ocr_ratios``). Empty for every cell read cleanly.
    """

    text: str
    provenance: Provenance = field(default_factory=Provenance)
    readings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Grid:
    """Rows of cells, header rows included, in printed order.

    rows:        every row, header rows first; rows may be ragged.
    header_rows: how many leading rows are the header (-1: unknown, let ``extractor.rows`` decide).
    title:       the caption printed above the table ("BIỂU 01: ..."), None if none.
    provenance:  where the table starts.
    method:      which reader produced it ("tsv", "markdown", "pdfplumber-lines", "words", "ocr", ...).
    repaired_rows: indexes into ``rows`` of rows the reader repaired (OCR damage).
    choices:     OCR only: per syllable as read (small letters), the letters Tesseract's LSTM found
                 nearly as likely for each of its letters, the chosen one first; only syllables
                 that had some (``extractor.ocr_choices.near_by_syllable``). The name rules that
                 run once the document is read take a reading from them
                 (``extractor.ocr_document_names.read_by_choices``).
    """

    rows: tuple[tuple[GridCell, ...], ...]
    header_rows: int = -1
    title: str | None = None
    provenance: Provenance = field(default_factory=Provenance)
    method: str = ""
    repaired_rows: frozenset[int] = frozenset()
    choices: dict[str, tuple[str, ...]] = field(default_factory=dict, compare=False)


# Readers that repeat a merged header cell's text in each column it covers (the convention above);
# text renderings (tsv, markdown, flow text) print it once, on the left, and leave the rest empty.
REPEATS_MERGED_TEXT = frozenset({"pdfplumber-lines", "words", "ocr", "html"})
