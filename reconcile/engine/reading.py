"""Was a document's text read by OCR? What the findings on it may then be.

A report typed by its author can only be wrong by its author's hand. A copy read by OCR may also
be wrong by the reader's: "51,30" read as "91.30", "Bản Bo" as "Bàn Bò". Only for such a copy does
a probable misreading (``engine.misreads``) make sense, and an arithmetic failure that no misreading
explains is still uncertain: the text cannot tell the report's slip from the reader's.

The signs, each enough on its own:
- the document was OCR'd here (``Document.format == "pdf-ocr"``);
- the extractor repaired rows that OCR had moved (``Row.repaired``);
- its tables print numbers the English way ("91.3", "40,620.0") while its running text writes them
  the Vietnamese way ("51,3%", "41.160 tấn"): a Vietnamese author does not switch styles between
  text and tables, an OCR engine trained on English numbers does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractor.model import Document
from normalizers.text import strip_markup
from reconcile.engine.memo import by_identity

_EN_CELL_RE = re.compile(r"^\d+\.\d{1,2}$|^\d{1,3}(?:,\d{3})+(?:\.\d+)?$")
_VI_TOKEN_RE = re.compile(r"(?<![\d.,])(?:\d+,\d{1,2}|\d{1,3}(?:\.\d{3})+(?:,\d+)?)(?![\d.,]*\d)")
_EN_TOKEN_RE = re.compile(r"(?<![\d.,])(?:\d+\.\d{1,2}|\d{1,3}(?:,\d{3})+(?:\.\d+)?)(?![\d.,]*\d)")
# How many English-style table cells, against a Vietnamese text, make a copy OCR'd.
MIN_ENGLISH_CELLS = 5


@dataclass(frozen=True)
class ReadingAssessment:
    """How a document's text came to be.

    ocr:  True when the text (or part of it) was read by OCR.
    why:  the signs, one phrase each ("its tables print '91.3' where its text writes '51,3'").
    """

    ocr: bool
    why: tuple[str, ...] = ()

    def describe(self) -> str:
        return "; ".join(self.why)


@by_identity(maxsize=64)
def assess_reading(doc: Document) -> ReadingAssessment:
    """The signs that ``doc`` was read by OCR (see the module docstring).

    Seed 001 (the Huyện ủy report, a text rendering of an OCR'd scan): its appendix prints "48.1",
    "100.1", "51.3" while its text writes "48,1 tỷ đồng", and 7 rows were repaired -> OCR.
    Seed 000 (the UBND appendix as typed) -> not OCR.
    """
    why: list[str] = []
    if doc.format == "pdf-ocr":
        why.append("its pages were read by OCR")
    repaired = [r for r in doc.rows if r.repaired]
    if repaired:
        why.append(f"{len(repaired)} rows were repaired from OCR damage")
    english = [
        strip_markup(c.raw).strip()
        for r in doc.rows
        if r.table is not None
        for c in r.cells
        if _EN_CELL_RE.match(strip_markup(c.raw).strip())
    ]
    if len(english) >= MIN_ENGLISH_CELLS:
        text = " ".join(strip_markup(line.text) for line in doc.lines)
        vi, en = len(_VI_TOKEN_RE.findall(text)), len(_EN_TOKEN_RE.findall(text))
        if vi >= MIN_ENGLISH_CELLS and vi > 3 * en:
            why.append(
                f"its tables print numbers the English way ('{english[0]}', {len(english)} cells) while its "
                "text writes them the Vietnamese way"
            )
    return ReadingAssessment(bool(why), tuple(why))
