"""Document-level reading of running text: arithmetic that spans clauses, sentences and lines.

``link_prose_rows`` takes the rows the line walker read (``prose.lines_to_prose_rows``) and the
lines they came from, and adds what only the whole passage shows: totals and their parts
(``Row.parent``, ``Row.partition``, ``Row.breakdown``), shares, growth rates and per-capita figures
whose operands were printed elsewhere (``Cell.refs``), counts of the names listed after them
(``Cell.items``). The rules live in ``prose_wholes``, ``prose_breakdowns``, ``prose_running``, ``prose_rates``, ``prose_changes``, ``prose_lists`` and ``prose_harvest``; each is a
function ``(Passage, Edits) -> None`` with its construction in its docstring.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from extractor.model import Row, TextLine
from extractor.prose_balances import RULES as BALANCE_RULES
from extractor.prose_bases import RULES as BASE_RULES
from extractor.prose_breakdowns import RULES as BREAKDOWN_RULES
from extractor.prose_changes import RULES as CHANGE_RULES
from extractor.prose_classes import RULES as CLASS_RULES
from extractor.prose_cumulative import RULES as CUMULATIVE_RULES
from extractor.prose_cut import RULES as CUT_RULES
from extractor.prose_edits import Edits
from extractor.prose_founding import RULES as FOUNDING_RULES
from extractor.prose_harvest import RULES as HARVEST_RULES
from extractor.prose_item_lists import RULES as ITEM_LIST_RULES
from extractor.prose_levels import RULES as LEVEL_RULES
from extractor.prose_lists import RULES as LIST_RULES
from extractor.prose_named_things import RULES as NAMED_THING_RULES
from extractor.prose_numbered_units import RULES as NUMBERED_UNIT_RULES
from extractor.prose_overlaps import RULES as OVERLAP_RULES
from extractor.prose_passage import Passage
from extractor.prose_rates import RULES as RATE_RULES
from extractor.prose_running import RULES as RUNNING_RULES
from extractor.prose_shared_counts import RULES as SHARED_COUNT_RULES
from extractor.prose_sums_explained import RULES as EXPLAINED_RULES
from extractor.prose_units import RULES as UNIT_RULES
from extractor.prose_wholes import RULES as WHOLE_RULES
from extractor.prose_wholes import rate_word_shares, respective_series_shares
from normalizers.messages import Msg, text

Rule = Callable[[Passage, Edits], None]


# what no wording rule read is explained by arithmetic last (``prose_sums_explained``); lists of two administrative
# levels are taken back (``prose_levels``), and so are lists that sum groups cutting one whole two ways
# (``prose_overlaps``); a list the text's end cuts takes back, after them all, what they held
# complete (``prose_cut``); a "tỷ lệ" read as a share is judged against its whole once every whole is found
# (``rate_word_shares``); shares said respectively after a series of parts are paired once every list is read
# (``respective_series_shares``)
RULES: tuple[Rule, ...] = (*FOUNDING_RULES, *UNIT_RULES, *WHOLE_RULES, *BREAKDOWN_RULES, *RUNNING_RULES, *SHARED_COUNT_RULES, *CLASS_RULES, *RATE_RULES,
                           *CHANGE_RULES, *BASE_RULES, *LIST_RULES, *NUMBERED_UNIT_RULES, *ITEM_LIST_RULES, *NAMED_THING_RULES,
                           *BALANCE_RULES, *HARVEST_RULES, *EXPLAINED_RULES, *CUMULATIVE_RULES, *LEVEL_RULES, *OVERLAP_RULES, *CUT_RULES,
                           respective_series_shares, rate_word_shares)


def link_prose_rows(rows: Sequence[Row], lines: Sequence[TextLine], failed: list[Msg] | None = None) -> list[Row]:
    """Rows of one document's running text, with the arithmetic the passage states across clauses.

    A rule that fails on an odd passage costs that rule's reading, never the rows; its name goes to
    ``failed`` so the document can say which readings are missing.
    """
    if not rows:
        return list(rows)
    # the line walker's "trong đó" lists are read again here, across clauses and sentences
    rows = [replace(r, parent=None, partition=False) if r.parent is not None or r.partition else r for r in rows]
    passage = Passage(rows, lines)
    edits = Edits({r.index: r for r in rows})
    for rule in RULES:
        try:
            rule(passage, edits)
        except Exception:  # one construction misread must not cost the document its rows
            if failed is not None:
                failed.append(text(getattr(rule, "__name__", repr(rule))))
    return edits.apply(rows)
