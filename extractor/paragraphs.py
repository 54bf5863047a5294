"""Printed lines -> paragraphs, so a sentence wrapped over several lines is read whole.

PDF text layers and PDF-to-text renderings give one line per printed line; a figure group such
as "giải ngân được 3.188/18.046 triệu đồng, đạt 17,7% kế hoạch" often straddles a line break.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extractor.model import Provenance, TextLine

_LIST_START_RE = re.compile(r"^\s*(?:[-+•*]|\d{1,2}[.)]|[a-zđ]\)|[IVX]{1,5}[.)]|<sup>)\s*")
_END_RE = re.compile(r"[.:;!?]\s*$")


def _starts_new(line: TextLine, prev: TextLine) -> bool:
    if _LIST_START_RE.match(line.text) or _END_RE.search(prev.text):
        return True
    a, b = prev.provenance, line.provenance
    if a.page != b.page:
        return False  # a sentence may run on to the next page
    if a.bbox and b.bbox:
        height = max(1.0, a.bbox[3] - a.bbox[1])
        gap = b.bbox[1] - a.bbox[3]
        return gap > 0.9 * height or gap < -0.5 * height
    if a.line is not None and b.line is not None:
        return b.line - a.line > 3
    return False


def lines_to_paragraphs(lines: Sequence[TextLine]) -> list[TextLine]:
    """Join wrapped lines; a paragraph keeps the provenance of its first line."""
    out: list[TextLine] = []
    for line in lines:
        text = line.text.strip()
        if not text:
            continue
        if out and not _starts_new(line, out[-1]):
            prev = out[-1]
            joined = prev.text.rstrip() + " " + text
            first = prev.provenance
            bbox = first.bbox
            if bbox and line.provenance.bbox and line.provenance.page == first.page:
                b = line.provenance.bbox
                bbox = (min(bbox[0], b[0]), bbox[1], max(bbox[2], b[2]), b[3])
            out[-1] = TextLine(joined, Provenance(page=first.page, line=first.line, bbox=bbox))
        else:
            out.append(TextLine(text, line.provenance))
    return out
