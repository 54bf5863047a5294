"""What the document-level prose rules change: cells' relations and operands, rows' parents, new rows.

Rules propose; ``Edits.apply`` writes the proposals into new frozen rows once, so a rule never sees
another's half-written result, and the first rule to claim a cell or a row's parent keeps it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from extractor.model import Cell, Row

Ref = tuple[int, int]


@dataclass
class Breakdown:
    """A whole and the figures printed as its parts.

    whole:     the total's cell.
    parts:     the parts' cells, in printed order.
    partition: True when the parts are meant to add up to the whole; False for a subset.
    how:       the words that made it one or the other (kept in the parent's notes).
    """

    whole: Ref
    parts: list[Ref]
    partition: bool
    how: str


@dataclass
class Edits:
    """Proposed changes to a document's prose rows."""

    rows: dict[int, Row]
    cells: dict[Ref, dict[str, Any]] = field(default_factory=dict)
    parents: dict[int, tuple[int | None, int | None]] = field(default_factory=dict)  # child -> (parent, breakdown)
    partitions: dict[int, bool] = field(default_factory=dict)
    notes: dict[int, list[str]] = field(default_factory=dict)
    new_rows: list[Row] = field(default_factory=list)
    breakdowns: list[Breakdown] = field(default_factory=list)
    splits: dict[Ref, tuple[Cell, Cell]] = field(default_factory=dict)
    units: dict[int, str] = field(default_factory=dict)  # rows printed without a unit -> their list's

    def claimed(self, ref: Ref) -> bool:
        return ref in self.cells

    def in_breakdown(self, ref: Ref) -> bool:
        """Whether a rule has already made ``ref`` the whole or a part of a breakdown."""
        return any(ref in b.parts or ref == b.whole for b in self.breakdowns)

    def set_cell(self, ref: Ref, *, force: bool = False, **fields: Any) -> bool:
        """Give cell ``ref`` new field values (``relation``, ``refs``, ``items``, ``role`` ...)."""
        if ref in self.cells and not force:
            return False
        self.cells.setdefault(ref, {}).update(fields)
        return True

    def note(self, row: int, text: str) -> None:
        self.notes.setdefault(row, []).append(text)

    def next_index(self) -> int:
        return max([*self.rows, *(r.index for r in self.new_rows)], default=-1) + 1

    def add_row(self, row: Row) -> int:
        index = self.next_index()
        self.new_rows.append(replace(row, index=index))
        return index

    def parent_of(self, row: int) -> int | None:
        if row in self.parents:
            return self.parents[row][0]
        r = self.rows.get(row)
        return r.parent if r is not None else None

    def add_breakdown(self, b: Breakdown) -> bool:
        """Link the parts' rows to the whole's row (a second list under one whole gets its own number)."""
        whole_row = b.whole[0]
        part_rows = list(dict.fromkeys(ref[0] for ref in b.parts))
        if whole_row in part_rows or len(part_rows) != len(b.parts):
            return False
        if any(self.parents.get(r, (None,))[0] not in (None, whole_row) for r in part_rows):
            return False
        existing = [x for x in self.breakdowns if x.whole[0] == whole_row]
        same = next((x for x in existing if set(x.parts) & set(b.parts)), None)
        if same is not None:
            return False
        number = len(existing) if existing else None
        if existing and len(existing) == 1:
            # the first list under this whole gets its number too, now that there are two
            for r in dict.fromkeys(ref[0] for ref in existing[0].parts):
                self.parents[r] = (whole_row, 0)
        for r in part_rows:
            self.parents[r] = (whole_row, number)
        self.breakdowns.append(b)
        self._settle_partition(whole_row)
        self.note(whole_row, b.how)
        return True

    def _settle_partition(self, whole_row: int) -> None:
        """Whether the lists read under ``whole_row`` make it a partition (none left: nothing said).
        One part alone is a subset whatever the whole's other lists are: it must not turn the three
        sectors listed under "5.017 tỷ đồng" into a subset because a share took one more part of it."""
        lists = [x for x in self.breakdowns if x.whole[0] == whole_row]
        if not lists:
            self.partitions.pop(whole_row, None)
            return
        several = [x for x in lists if len(x.parts) >= 2]
        self.partitions[whole_row] = all(x.partition for x in (several or lists))

    def widen_subsets(self, whole: Ref, parts: Sequence[Ref]) -> None:
        """Drop the subsets read under ``whole`` whose parts are all among ``parts``, so that a reading
        of all the parts can take their place ("Thành thị có 13.364 người, chiếm 16,2%. Nông thôn có
        69.230 người": the share made 13.364 some of the population before the second class was seen)."""
        under = [b for b in self.breakdowns if b.whole[0] == whole[0]]
        if len(under) != 1 or under[0].partition or not set(under[0].parts) <= set(parts):
            return
        b = under[0]
        self.breakdowns.remove(b)
        for ref in b.parts:
            self.parents.pop(ref[0], None)
        self.partitions.pop(whole[0], None)
        if b.how in self.notes.get(whole[0], []):
            self.notes[whole[0]].remove(b.how)

    def drop_breakdown(self, b: Breakdown) -> None:
        """Take a list back: its parts are read under no whole, and the whole's other lists decide whether it
        is a partition (a rule run after the others found the list misread)."""
        if b not in self.breakdowns:
            return
        self.breakdowns.remove(b)
        for ref in b.parts:
            if self.parents.get(ref[0], (None,))[0] == b.whole[0]:
                self.parents.pop(ref[0], None)
        self._settle_partition(b.whole[0])
        if b.how in self.notes.get(b.whole[0], []):
            self.notes[b.whole[0]].remove(b.how)

    def apply(self, rows: Sequence[Row]) -> list[Row]:
        out: list[Row] = []
        for row in [*rows, *self.new_rows]:
            cells = list(row.cells)
            for pos in range(len(row.cells)):
                split = self.splits.get((row.index, pos))
                if split is not None:
                    cells[pos] = split[0]
                    cells.append(split[1])
                fields = self.cells.get((row.index, pos))
                if fields:
                    cells[pos] = replace(cells[pos], **fields)
            changes: dict[str, Any] = {}
            if cells != list(row.cells):
                changes["cells"] = tuple(cells)
            if row.index in self.parents:
                parent, number = self.parents[row.index]
                changes["parent"] = parent
                changes["breakdown"] = number
            if row.index in self.partitions:
                changes["partition"] = self.partitions[row.index]
            if row.index in self.units and row.unit is None:
                changes["unit"] = self.units[row.index]
                self.note(row.index, f"unit not printed: {self.units[row.index]}, as its whole's")
            if row.index in self.notes:
                changes["notes"] = tuple(dict.fromkeys([*row.notes, *self.notes[row.index]]))
            out.append(replace(row, **changes) if changes else row)
        return out
