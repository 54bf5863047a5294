"""Findings: what the reconciler reports, with the evidence an auditor needs to act on it."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Literal

from reconcile.engine.messages import Msg

Severity = Literal["error", "warning", "info"]
SEVERITIES: tuple[str, ...] = ("info", "warning", "error")  # ascending
KINDS: tuple[str, ...] = (
    "ratio_mismatch",
    "sum_mismatch",
    "label_mismatch",
    "value_mismatch",
    "internal_mismatch",
    "place_name",
    "unit_mismatch",
    "parse_error",
    "extraction_doubt",
    "probable_misread",
)


# ``Finding.extra`` key naming a table's systematic convention ("ratio column repeats an operand"):
# findings with one pattern in one table are one root cause.
PATTERN = "pattern"


def severity_rank(severity: str) -> int:
    """0 for info, 1 for warning, 2 for error."""
    return SEVERITIES.index(severity)


def finding_order(f: Finding) -> tuple[object, ...]:
    """The one order findings are reported in: by document (the pair, for cross-document ones),
    then where they were printed (page, line), kind, indicator, column and printed value; the top
    of the box and the message only break ties."""
    return (
        f.document,
        f.other_document or "",
        f.page or 0,
        f.line or 0,
        f.kind,
        f.indicator or "",
        f.column or "",
        f.reported or "",
        f.bbox[1] if f.bbox else 0.0,
        f.message,
    )


@dataclass(frozen=True)
class CellRef:
    """One printed cell (or name) a finding covers.

    document:      the document id.
    page, line:    where it was printed; ``bbox`` its box on ``page`` when known.
    column:        the column header (or prose role); None for a place name.
    printed:       the text as printed (markup removed).
    likely:        what it probably reads (a misreading), or what the arithmetic or the other copy
                   says it should be; None when the finding does not say.
    role, period:  of the column.
    """

    document: str
    printed: str
    page: int | None = None
    line: int | None = None
    column: str | None = None
    likely: str | None = None
    role: str | None = None
    period: str | None = None
    bbox: tuple[float, float, float, float] | None = None


@dataclass(frozen=True)
class Evidence:
    """Printed text that supports a finding's verdict: another copy of the figure, the row's own
    arithmetic, the same place spelt right elsewhere.

    document, page, line: where the supporting text was printed.
    text:  the text as printed ("51.3", "386,28/400 ha, đạt 96,6%", "101,6 = 51,30 / 50,50").
    why:   what it shows, in one line.
    """

    document: str
    text: str
    why: str | Msg
    page: int | None = None
    line: int | None = None


@dataclass(frozen=True)
class Finding:
    """One thing that does not add up.

    kind, severity: see the contract (``KINDS``, ``SEVERITIES``).
    document:       document id; for cross-document findings the one given first.
    other_document: the other document for ``value_mismatch``, else None.
    page, line:     where it was printed (page for PDFs, line for text renderings).
    bbox:           (x0, top, x1, bottom) in PDF points on ``page``, when known.
    indicator:      the indicator as printed (None for place names).
    key:            the indicator's normal form (for fingerprints), None for place names.
    column:         the column header (or prose role) of the value in question.
    role, period:   of that column.
    reported:       the text as printed; ``expected`` what the arithmetic/reference says.
    message:        one line, with the arithmetic ("83,9 / 88,5 = 94,8 %, reported 98,4").
    context:        the printed text around it (a row rendered as text, or a sentence).
    interval:       for recomputations, the [low, high] interval the printed precision allows.
    culprit:        where one printed digit change makes the arithmetic agree: which cell and what it
                    probably should read (e.g. "Thực hiện năm 2024: 88,5 -> 83,9"), else None.
    other_page, other_line: where the other value was printed (cross-document, internal).
    confidence:     0..1, how sure the check is (matching score, OCR confidence).
    cells:          every printed cell this root cause covers (one finding per root cause: all the
                    columns of a row pair, every row of a table-wide pattern, every spelling of a
                    place); empty for findings about one cell only, which ``covered`` then counts.
    evidence:       printed text that supports the verdict (another copy, the row's own ratios).
    favours:        for a mismatch between two copies, the document (or "line N" of this one) whose
                    figure the other evidence supports; None when it supports neither.
    score:          for matched rows, the name match score (0..100).
    undecided:      a probable misreading whose likely cell or value the evidence cannot decide;
                    ``cells`` lists every candidate.
    text:           the message as data (``engine.messages.Msg``: an id and parameters), rendered in
                    the reader's language by the application; ``message`` is its English rendering.
    """

    kind: str
    severity: str
    document: str
    message: str
    other_document: str | None = None
    page: int | None = None
    line: int | None = None
    bbox: tuple[float, float, float, float] | None = None
    indicator: str | None = None
    key: str | None = None
    column: str | None = None
    role: str | None = None
    period: str | None = None
    reported: str | None = None
    expected: str | None = None
    context: str | None = None
    interval: tuple[float, float] | None = None
    culprit: str | None = None
    other_page: int | None = None
    other_line: int | None = None
    confidence: float = 1.0
    extra: tuple[tuple[str, str], ...] = field(default=())
    cells: tuple[CellRef, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    favours: str | None = None
    score: float | None = None
    undecided: bool = False
    text: Msg | None = None

    def render(self, translate: object = None) -> str:
        """The message in a language (``translate``: a msgid -> translation function; None: English)."""
        if self.text is None:
            return self.message
        return self.text.render(translate) if callable(translate) else self.text.render()

    def with_text(self, text: Msg, **changes: object) -> Finding:
        """This finding with another message (its English rendering kept in ``message``)."""
        return replace(self, text=text, message=text.render(), **changes)  # type: ignore[arg-type]

    @property
    def covered(self) -> int:
        """How many printed cells this root cause covers (at least the one it is about)."""
        return max(1, len(self.cells))

    def fingerprint(self) -> str:
        """Stable identity for baselines: survives re-extraction and edits elsewhere in the report."""
        # Row indexes and line numbers move when a report is re-typed; these do not.
        printed = (self.reported or "") if self.kind in ("place_name", "unit_mismatch", "parse_error") else ""
        parts = (
            self.document,
            self.other_document or "",
            self.kind,
            self.key or "",
            self.role or "",
            self.period or "",
            printed,
        )
        return "|".join(parts)
