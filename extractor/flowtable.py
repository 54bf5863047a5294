"""PDF-to-text flowing layout (seed 002): a table whose rows wrap over many lines, no tabs.

Each row starts with its number ("1.  ") or a roman section ("II Phát triển nguồn lực"); the
row's text runs until the next start. Inside it the first line that holds a run of value tokens
("% >60 100 100 100 100 Các doanh nghiệp ...") gives unit, values and the agencies after them;
two spaces between tokens mark an empty cell ("%GRDP  3 >3 >3 >3": 2025 is blank).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractor.grid import Grid, GridCell
from extractor.model import Provenance, TextLine
from normalizers.messages import N_
from normalizers.text import fold

# The note of a row whose values are words wrapped with the agencies (kept, said not read). A message
# id: extract's table and HTML say it in the reader's language (reconcile/writers/flat.cells_text).
NOT_READ = N_("(values printed as text; not read)")

_ROW_START_RE = re.compile(r"^\s*(\d{1,3})\.\s+(.*)$")
_SECTION_RE = re.compile(r"^\s*([IVX]{1,5})\s+(\S.*)$")
_YEARS_RE = re.compile(r"^\s*((?:(?:19|20)\d\d\s+){2,}(?:19|20)\d\d)\s*$")
_VALUE_TOKEN_RE = re.compile(r"^\d[\d.,]*\s*-\s*\d[\d.,]*%?$|^(?:[<>≥≤]=?\s*)?\d[\d.,]*%?$|^-$|^(?:Đạt|Có|Không)$")


@dataclass(frozen=True)
class FlowContent:
    """Grids and running-text lines found in a flowing-layout text."""

    grids: list[Grid]
    lines: list[TextLine]


def _is_header_start(line: str) -> bool:
    folded = fold(line)
    return "stt" in folded.split() and "noi dung" in folded


def _value_run(line: str) -> tuple[str, list[str], str] | None:
    """(unit, cells, rest) when ``line`` holds a unit followed by a run of value tokens.

    Cells keep blanks where two spaces mark an empty cell.
    """
    parts = re.split(r"( {2,}| )", line.strip())
    tokens: list[str] = []
    for i in range(0, len(parts), 2):
        tokens.append(parts[i])
        if i + 1 < len(parts) and len(parts[i + 1]) >= 2:
            tokens.append("")
    lead: list[str] = []
    for t in tokens:
        if t != "" and not _VALUE_TOKEN_RE.match(t):
            break
        lead.append(t)
    if sum(1 for t in lead if t) >= 2:
        # The values open the line: the unit wrapped onto the lines above.
        return "", lead, " ".join(t for t in tokens[len(lead) :] if t)
    for start in range(len(tokens)):
        run: list[str] = []
        j = start + 1
        while j < len(tokens) and (tokens[j] == "" or _VALUE_TOKEN_RE.match(tokens[j])):
            run.append(tokens[j])
            j += 1
        if sum(1 for t in run if t) >= 2 and tokens[start] and not _VALUE_TOKEN_RE.match(tokens[start]):
            unit_tokens = [tokens[start]]
            return " ".join(unit_tokens), run, " ".join(t for t in tokens[j:] if t)
    return None


def flow_text_to_grids(text: str) -> FlowContent | None:
    """Find a flowing-layout indicator table in ``text``; None when there is none."""
    lines = text.split("\n")
    header_at = next((i for i, line in enumerate(lines) if _is_header_start(line)), None)
    if header_at is None:
        return None
    years: list[str] = []
    for line in lines[header_at : header_at + 20]:
        m = _YEARS_RE.match(line)
        if m:
            years = m.group(1).split()
            break
    if not years:
        return None
    header = ["Stt", "Nội dung chỉ tiêu", "Đơn vị tính", *(f"Mức chỉ tiêu năm {y}" for y in years), "Ghi chú"]
    rows: list[tuple[GridCell, ...]] = [tuple(GridCell(h, Provenance(line=header_at + 1)) for h in header)]
    prose = [TextLine(line, Provenance(line=n + 1)) for n, line in enumerate(lines[:header_at]) if line.strip()]

    blocks: list[tuple[int, str, list[tuple[int, str]]]] = []  # (line, number, body lines)
    skipping_header = False
    in_note = False
    for n, line in enumerate(lines[header_at:], start=header_at):
        if _is_header_start(line):
            skipping_header = True
            continue
        if skipping_header:
            if _YEARS_RE.match(line):
                skipping_header = False
            continue
        start = _ROW_START_RE.match(line)
        section = _SECTION_RE.match(line)
        if fold(line).strip().startswith("ghi chu:"):
            blocks.append((n, "", []))
            prose.append(TextLine(line, Provenance(line=n + 1)))
            in_note = True
            continue
        if in_note:
            if line.strip():
                prose.append(TextLine(line, Provenance(line=n + 1)))
            continue
        if start:
            blocks.append((n, start.group(1), [(n, start.group(2))]))
        elif section:
            blocks.append((n, section.group(1), [(n, section.group(2))]))
        elif blocks and blocks[-1][1]:
            blocks[-1][2].append((n, line))
        elif line.strip():
            prose.append(TextLine(line, Provenance(line=n + 1)))

    width = len(years)
    for n, number, body in blocks:
        if not number:
            continue
        label_parts: list[str] = []
        unit = ""
        cells: list[str] = []
        rest_parts: list[str] = []
        found = False
        for _, text_line in body:
            if not text_line.strip():
                continue
            if not found:
                run = _value_run(text_line)
                if run is not None:
                    unit, cells, rest = run
                    if unit:
                        before = text_line.strip()[: text_line.strip().find(unit)]
                        label_parts.append(before)
                    else:
                        # The unit column is narrow: its wrapped pieces are the short lines last.
                        unit_parts: list[str] = []
                        while label_parts and len(label_parts[-1]) <= 16 and len(unit_parts) < 3:
                            unit_parts.insert(0, label_parts.pop())
                        unit = " ".join(unit_parts)
                    rest_parts.append(rest)
                    found = True
                    continue
                label_parts.append(text_line.strip())
            else:
                rest_parts.append(text_line.strip())
        values = (cells + [""] * width)[:width]
        label = " ".join(p for p in label_parts if p).strip()
        prov = Provenance(line=n + 1)
        # The agency columns wrap together; " / " keeps "các xã, thị trấn" from running into the
        # next column's "Phòng Văn hóa" (a place-name look-alike).
        row = [number, label, unit, *values, " / ".join(p for p in rest_parts if p)]
        if not found:
            # A section heading, or a row whose targets are words ("Có", "Duy trì, phát triển")
            # wrapped with the agencies: keep the row, say its values were not read.
            is_section = bool(re.fullmatch(r"[IVX]{1,5}", number))
            row = [number, label, "", *([""] * width), "" if is_section else NOT_READ]
        rows.append(tuple(GridCell(t, prov) for t in row))
    grid = Grid(rows=tuple(rows), header_rows=1, provenance=Provenance(line=header_at + 1), method="flow-text")
    from extractor.paragraphs import lines_to_paragraphs

    return FlowContent(grids=[grid], lines=lines_to_paragraphs(prose))
