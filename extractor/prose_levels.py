"""Counts of administrative units of two levels are no whole and part of each other.

A province counts its district-level units (huyện, thị xã, quận) and, under them, its commune-level ones
(xã, phường, thị trấn): "9 đơn vị hành chính cấp huyện … Trong đó có 164 đơn vị hành chính cấp xã", "10 đơn
vị hành chính gồm 01 thành phố và 09 huyện với 102 xã, phường, thị trấn (có 13 xã biên giới)". The communes
lie inside the districts but are not some of them, so a list that sums units of two levels is misread. The
rule runs after the others and only takes such lists back (issue 12, round 28: raw pages of Bến Tre and
Kon Tum).
"""

from __future__ import annotations

import re

from extractor.model import Row
from extractor.prose_edits import Edits
from extractor.prose_passage import Passage
from normalizers.text import fold_words

# level nouns, folded; "thị xã" and "thị trấn" are read before "xã"; "thành phố" is left out: a city is of the
# district level in a province and of the province level in the country ("5 thành phố trực thuộc trung ương")
_TWO_WORD = (("thi xa", "district"), ("thi tran", "commune"), ("to dan pho", "village"), ("khu pho", "village"))
_ONE_WORD = {"huyen": "district", "quan": "district", "xa": "commune", "phuong": "commune", "thon": "village",
             "ap": "village", "buon": "village", "xom": "village", "tinh": "province"}
_EXPLICIT_RE = re.compile(r"(?<![a-z])cap (huyen|xa|tinh|thon)(?![a-z])")
_EXPLICIT = {"huyen": "district", "xa": "commune", "tinh": "province", "thon": "village"}
# a unit that counts administrative units: "đơn vị", "đơn vị hành chính", or the level nouns themselves
_UNIT_RE = re.compile(r"^(?:don vi(?: hanh chinh)?|[a-z ,]+)$")


def _levels(words: str) -> set[str]:
    """The levels the level nouns of ``words`` (folded) name."""
    found: set[str] = set()
    for two, level in _TWO_WORD:
        if re.search(rf"(?<![a-z]){two}(?![a-z])", words):
            found.add(level)
            words = re.sub(rf"(?<![a-z]){two}(?![a-z])", " ", words)
    found |= {_ONE_WORD[w] for w in re.findall(r"[a-z]+", words) if w in _ONE_WORD}
    return found


def level_of(row: Row, unit_printed: str | None = None, *, head: bool = True) -> str | None:
    """The administrative level a row counts units of, when it counts such units and says which.

    The unit tells first ("13 xã", "147 xã"); a unit "đơn vị" leaves it to the name: "cấp xã" anywhere in it,
    else the level noun it opens with ("09 huyện" printed as "huyện … 09 đơn vị"). A name of several levels
    ("xã, phường, thị trấn" is one: the commune level) or none gives None, and so does a row of another unit.
    ``unit_printed``: the unit a part printed without one takes from its list ("01 thành phố và 09 huyện").
    ``head``: read the noun the name opens with; not for a whole, whose name may open with the unit it is
    counted in ("Huyện chia làm 15 đơn vị hành chính, gồm 01 thị trấn … và 14 xã": the district's communes).
    """
    unit = fold_words(row.unit or unit_printed or "").strip()
    if not unit or not _UNIT_RE.match(unit):
        return None
    own = _levels(unit)
    if own:
        return own.pop() if len(own) == 1 else None
    if not unit.startswith("don vi"):
        return None
    name = fold_words(row.indicator).strip()
    explicit = {_EXPLICIT[x] for x in _EXPLICIT_RE.findall(name)}
    if explicit:
        return explicit.pop() if len(explicit) == 1 else None
    if not head:
        return None
    opening = _levels(" ".join(name.split()[:2]))
    return opening.pop() if len(opening) == 1 else None


def other_levels_are_no_parts(p: Passage, edits: Edits) -> None:
    """**Units of another level are no parts.** "Tỉnh có 9 đơn vị hành chính cấp huyện gồm thành phố … và 8
    huyện …. Trong đó có với 164 đơn vị hành chính cấp xã, gồm có 7 thị trấn, 10 phường và 147 xã": the 164
    communes are not some of the 9 district-level units (164 > 9 was a false error); "10 đơn vị hành chính gồm
    01 thành phố và 09 huyện với 102 xã, phường, thị trấn (có 13 xã biên giới)": the 13 border communes are no
    third part of the 10 (01 + 09 + 13 ≠ 10 was a false warning). A list whose whole and parts count units of
    two levels is not read; a list of one level keeps its reading ("164 đơn vị hành chính cấp xã, gồm có 7 thị
    trấn, 10 phường và 147 xã": 7 + 10 + 147 = 164 ✓, and a wrong sum there is still an error)."""
    for b in list(edits.breakdowns):
        whole = p.rows.get(b.whole[0])
        if whole is None:
            continue
        parts = [r for r in (p.rows.get(ref[0]) for ref in b.parts) if r is not None]
        found = [level_of(whole, head=False), *(level_of(r, edits.units.get(r.index) or whole.unit) for r in parts)]
        levels = {lv for lv in found if lv is not None}
        if len(levels) >= 2:
            edits.drop_breakdown(b)
            edits.note(b.whole[0], "units of two administrative levels (district and commune) read as one list: "
                                   "the list is not read")


RULES = (other_levels_are_no_parts,)
