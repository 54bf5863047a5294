"""Document-level reading of running text: arithmetic that spans clauses, sentences and lines.

``link_prose_rows`` takes the rows the line walker read (``prose.lines_to_prose_rows``) and the
lines they came from, and adds what only the whole passage shows: totals and their parts
(``Row.parent``, ``Row.partition``, ``Row.breakdown``), shares, growth rates and per-capita figures
whose operands were printed elsewhere (``Cell.refs``), counts of the names listed after them
(``Cell.items``). The rules live in ``prose_wholes``, ``prose_rates`` and ``prose_lists``; each is a
function ``(Passage, Edits) -> None`` with its construction in its docstring.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence

from extractor.model import Row, TextLine
from extractor.prose_edits import Breakdown, Edits
from extractor.prose_passage import Passage
from extractor.prose_wholes import RULES as WHOLE_RULES
from extractor.prose_wholes import decide, part_quantity
from extractor.prose_rates import RULES as RATE_RULES
from extractor.prose_lists import RULES as LIST_RULES

Rule = Callable[[Passage, Edits], None]


def walker_parts(p: Passage, edits: Edits) -> None:
    """**Lists the line reader found.** The "trong đó" / "gồm" lists the line walker linked keep their
    parent; whether they are all of it is decided again with the categories their names cover."""
    kids: dict[int, list[Row]] = defaultdict(list)
    for row in p.rows.values():
        if row.parent is not None and row.table is None:
            kids[row.parent].append(row)
    for parent_index, children in kids.items():
        parent = p.rows.get(parent_index)
        if parent is None or not parent.cells:
            continue
        whole = next((p.by_ref[(parent.index, i)] for i in range(len(parent.cells))
                      if (parent.index, i) in p.by_ref and p.by_ref[(parent.index, i)].is_value), None)
        parts = []
        for child in children:
            m = next((p.by_ref[(child.index, i)] for i in range(len(child.cells))
                      if (child.index, i) in p.by_ref and p.by_ref[(child.index, i)].is_value), None)
            if m is None:
                break
            parts.append(m)
        else:
            if whole is None or not parts:
                continue
            if not all(part_quantity(whole, m) for m in parts):
                for child in children:  # a list of other things ("10 dân tộc, trong đó dân tộc Kinh có 142.255 người")
                    edits.parents[child.index] = (None, None)
                continue
            partition, how = decide(p, parts, opener_complete=parent.partition, how="a 'trong đó' / 'gồm' list")
            edits.add_breakdown(Breakdown(whole.ref, [m.ref for m in parts], partition, how))


RULES: tuple[Rule, ...] = (walker_parts, *WHOLE_RULES, *RATE_RULES, *LIST_RULES)


def link_prose_rows(rows: Sequence[Row], lines: Sequence[TextLine]) -> list[Row]:
    """Rows of one document's running text, with the arithmetic the passage states across clauses.

    A rule that fails on an odd passage costs that rule's reading, never the rows.
    """
    if not rows:
        return list(rows)
    passage = Passage(rows, lines)
    edits = Edits({r.index: r for r in rows})
    for rule in RULES:
        try:
            rule(passage, edits)
        except Exception:  # one construction misread must not cost the document its rows
            continue
    return edits.apply(rows)
