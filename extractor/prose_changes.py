"""Changes a passage prints with both of their ends: a rate's fall in points against the rate of an
earlier year, and a chain of yearly figures with an index after each.

Each rule is a function ``(Passage, Edits) -> None`` whose docstring shows the construction it reads
(docs/rules.md is generated from it).
"""

from __future__ import annotations

import re

from extractor.prose_edits import Edits
from extractor.prose_passage import Mention, Passage
from normalizers.text import fold

# "tỷ lệ hộ nghèo còn", "tỷ lệ hộ nghèo chiếm": the rate's name, up to the verb that gives its figure
_RATE_NAME_RE = re.compile(r"(?<![a-z])(ty le(?: [a-z]+){1,6}?)\s*(?:chiem|con|la|dat|giam con|xuong con|:)?\s*$")
_BASE_YEAR_RE = re.compile(r"so với\s+(?:năm\s+)?(\d{4})\b", re.IGNORECASE)


def _rate_name(p: Passage, m: Mention) -> str | None:
    """The folded name of the rate ``m`` prints, from the words just before it ("tỷ lệ hộ nghèo")."""
    lead = re.sub(r"[^a-z0-9 ]+", " ", fold(p.lead(m)))
    found = _RATE_NAME_RE.search(re.sub(r"\s+", " ", lead).strip())
    return found.group(1) if found else None


def _is_rate(m: Mention) -> bool:
    """A printed percentage that states a level ("tỷ lệ hộ nghèo 3,41%"), not a ratio to a plan."""
    return bool(m.cell.value.percent) and m.cell.value.value is not None and m.cell.divides is None \
        and not m.cell.refs and m.cell.relation in (None, "share") and m.cell.value.kind == "number"


def rate_point_changes(p: Passage, edits: Edits) -> None:
    """**A rate's change in points against an earlier year's rate.** "năm 2010 … tỷ lệ hộ nghèo chiếm
    13,77% …; tỷ lệ hộ nghèo còn 3,41%, thấp hơn bình quân của tỉnh (giảm 10,36% so với năm 2010)":
    a change printed in % after a rate is a change in percentage points, so with the 2010 rate of the
    same name printed before it is their difference (13,77 − 3,41 = 10,36 ✓). The earlier rate must be
    named exactly like the later one ("tỷ lệ hộ nghèo") and be the only such rate of that year; a
    change whose base year prints no rate of that name is not recomputed.
    """
    for k, m in enumerate(p.mentions):
        cell = m.cell
        if cell.relation != "difference" or not cell.value.percent or cell.refs or cell.divides is not None:
            continue
        year = _BASE_YEAR_RE.search(cell.column)
        if year is None:
            continue
        current = next((x for x in reversed(p.mentions[:k]) if x.row.index == m.row.index and _is_rate(x)), None)
        if current is None or current.sentence != m.sentence:
            continue
        name = _rate_name(p, current)
        if name is None:
            continue
        bases = [x for x in p.mentions[: current.order] if _is_rate(x) and (x.cell.period or "") == year.group(1)
                 and _rate_name(p, x) == name]
        if len(bases) != 1:
            continue
        edits.set_cell(m.ref, refs=(bases[0].ref, current.ref))
        edits.note(m.row.index, f"{p.text(m)} is {p.text(bases[0])} − {p.text(current)}, points of '{name}'")


RULES = (rate_point_changes,)
