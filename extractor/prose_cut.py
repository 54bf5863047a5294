"""A text that stops inside its last sentence: the list that sentence opened may go on past the end.

Web pages, excerpts and copies cut a report off in mid-word ("… thuế sản phẩm trừ trợ cấp sản phẩm chi",
"…, Tân Bình, Hò"). What the last sentence lists is then some of its whole, never all of it, so nothing
in it is held to make its whole. The rule runs after every other one and only takes claims back.
"""

from __future__ import annotations

import re
from fractions import Fraction

from extractor.prose_edits import Edits
from extractor.prose_passage import Mention, Passage

# a sentence is closed by a stop, a colon or semicolon, a closing bracket or quote, or a list mark's ellipsis
_CLOSED_RE = re.compile(r"[.!?…:;)\]\"”'’»]\s*$")


def _cut_sentence(p: Passage) -> list[Mention]:
    """The figures of the passage's last sentence when the text ends inside it, after a word and no stop."""
    if not p.lines or not p.mentions:
        return []
    last = p.mentions[-1]
    line = p.lines[last.line]
    if last.line != len(p.lines) - 1 or not line.text.strip() or _CLOSED_RE.search(line.text):
        return []
    if not re.search(r"\w\s*$", line.text):
        return []
    end_sentence = line.sentence_at(len(line.text.rstrip()) - 1)
    if line.sentence_at(last.start) != end_sentence:
        return []
    return [m for m in p.mentions if m.line == last.line and line.sentence_at(m.start) == end_sentence]


def unfinished_lists(p: Passage, edits: Edits) -> None:
    """**A list the text's end cuts.** When a text stops inside its last sentence, in mid-word or after a
    word with no stop ("…; khu vực dịch vụ chiếm 27,23%; thuế sản phẩm trừ trợ cấp sản phẩm chi"), that
    sentence's list may go on past the end. What it printed short of its whole is then some of it, not all:
    shares short of 100 % are held to at most 100 % (15,27 + 51,34 + 27,23 = 93,84, no error: the product
    taxes' share was cut off), parts short of their total are a subset of it, and a count with fewer names
    than it counts is not read ("gồm 15 đơn vị hành chánh (3 thị trấn và 12 xã): thị trấn Kinh Cùng, …, xã
    Tân Long, Long Thạnh, Tân Bình, Hò" names 7 of the 12 communes before the end). The end hides only what
    is missing: names, parts or shares that already make or pass their whole are checked as printed, and a
    last sentence closed by its stop keeps every reading."""
    cut = _cut_sentence(p)
    if not cut:
        return
    by_ref = {m.ref: m for m in p.mentions}
    refs = {m.ref for m in cut}
    rows = {m.row.index for m in cut}
    for m in cut:
        fields = edits.cells.get(m.ref, {})
        if (fields.get("relation") or m.cell.relation) != "count_list":
            continue
        items = fields.get("items", m.cell.items)
        if m.value is not None and len(items) < m.value:
            edits.set_cell(m.ref, force=True, relation=None, items=())
    for b in edits.breakdowns:
        if not (b.partition and b.parts and b.parts[-1] in refs):
            continue
        whole, parts = by_ref.get(b.whole), [by_ref.get(r) for r in b.parts]
        values = [x.value for x in parts if x is not None and x.value is not None]
        if whole is not None and whole.value is not None and len(values) == len(parts) \
                and sum(values, Fraction(0)) < whole.value:
            b.partition = False
            edits.partitions[b.whole[0]] = False
    # the shares' unprinted whole (a "cơ cấu" row a rule added) holds them all; the cut may take its last ones
    for row in edits.new_rows:
        members = {r for r, (parent, _) in edits.parents.items() if parent == row.index}
        if not (row.partition and members & rows):
            continue
        shares = [v for m in p.mentions if m.row.index in members and (v := m.value) is not None
                  and (edits.cells.get(m.ref, {}).get("relation") or m.cell.relation) == "share"]
        if shares and sum(shares, Fraction(0)) < 100:
            edits.partitions[row.index] = False


RULES = (unfinished_lists,)
