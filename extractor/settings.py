"""The extractor's tunables, in one object resolved and validated by one rule.

``ExtractSettings`` is what ``file_to_document`` takes; it holds the layout analysis'
``LayoutSettings`` and the self-diagnosis thresholds ``QualitySettings``. Each accepts ``None``
(defaults), an instance, or a dict (nested dicts for the nested settings), as pdfplumber's
``TableSettings.resolve`` does::

    ExtractSettings.resolve({"ocr_dpi": 200, "layout": {"segment_gap": 0.5}, "quality": {"min_named": 0.9}})

Unknown keys and out-of-range values raise ``ValueError`` naming them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from typing import Any, TypeVar

from normalizers.messages import N_, Msg, Said, msg

S = TypeVar("S", bound="_Settings")


def _refused(reason: Msg) -> ValueError:
    """The ValueError a bad setting raises: its text is the English line library callers always
    got (a ``Said``), which the command line says in the reader's language."""
    return ValueError(Said(reason))


class _Settings:
    """The one resolution rule shared by every settings class of the extractor."""

    def validate(self) -> None:
        """Raise ``ValueError`` for a value out of range (each class states its own bounds)."""

    @classmethod
    def resolve(cls: type[S], value: S | Mapping[str, Any] | None) -> S:
        """``None`` -> defaults; an instance -> itself; a dict -> defaults overridden by its keys.

        Nested settings may be given as dicts too. Unknown keys, wrong types and values out of
        range raise ``ValueError``/``TypeError`` naming them.
        """
        if value is None:
            settings = cls()
        elif isinstance(value, cls):
            settings = value
        elif isinstance(value, Mapping):
            known = {f.name: f for f in fields(cls)}  # type: ignore[arg-type]
            unknown = set(value) - set(known)
            if unknown:
                raise _refused(msg(N_("unknown {settings} keys: {names}"), settings=cls.__name__, names=", ".join(sorted(unknown))))
            args = dict(value)
            for name, item in args.items():
                nested = _NESTED.get((cls.__name__, name))
                if nested is not None:
                    args[name] = nested.resolve(item)
            settings = cls(**args)
        else:
            raise TypeError(f"cannot make {cls.__name__} from {type(value).__name__}")
        settings.validate()
        return settings


@dataclass(frozen=True)
class LayoutSettings(_Settings):
    """Tunables of the page layout analysis, in the page's units or as multiples of the text height.

    snap_tolerance, join_tolerance: rules this close are one rule / one continued rule.
    intersection_tolerance: how far a rule may stop short of a crossing one; at least the snap
        tolerance, for snapping moves a rule by as much (two tables on one page, their borders
        2 pt apart, snap to one x between them and then met no rule of either table).
    min_rule_length: shorter rule segments are ignored (glyph strokes, rect sides of thin rules).
    segment_gap: words further apart than this x text height belong to different cells; cell padding
        makes gaps between columns wider than a space (about 0.3 of the text height).
    wrap_gap: a line whose top is within this x line pitch of the line above continues its cells
        (wrapped text); rows are further apart by their cell padding.
    region_gap: a vertical gap of more than this x line pitch ends an unruled table.
    min_columns, min_rows: smaller whitespace layouts are running text (signature blocks, headings).
    continuation_tolerance: a table on the next page continues the last one when its columns start
        within this many points of that table's columns (a continuation without a repeated header).
    """

    snap_tolerance: float = 3.0
    join_tolerance: float = 3.0
    intersection_tolerance: float = 3.0
    min_rule_length: float = 3.0
    segment_gap: float = 0.45
    wrap_gap: float = 1.25
    region_gap: float = 2.5
    min_columns: int = 3
    min_rows: int = 2
    continuation_tolerance: float = 12.0

    def validate(self) -> None:
        for name in ("snap_tolerance", "join_tolerance", "intersection_tolerance", "min_rule_length", "continuation_tolerance"):
            if getattr(self, name) < 0:
                raise _refused(msg(N_("layout setting {name} must not be negative"), name=name))
        for name in ("segment_gap", "wrap_gap", "region_gap"):
            if getattr(self, name) <= 0:
                raise _refused(msg(N_("layout setting {name} must be positive"), name=name))
        if self.min_columns < 2 or self.min_rows < 1:
            raise _refused(msg(N_("layout settings: a table has at least 2 columns and 1 row")))


@dataclass(frozen=True)
class QualitySettings(_Settings):
    """When a table is read too poorly to trust: below these, it carries a doubt (``extraction_doubt``).

    min_named:  share of value rows that must carry an indicator name (more than a fifth nameless
                never passes).
    min_parsed: share of figure-looking value cells that must parse as values.
    min_ratios: share of ratio cells (with both inputs printed) that must recompute from their
                divisions; reports do print wrong ratios, so this only catches misread columns.
    min_ratio_cells: ratio checks are judged only with at least this many checkable cells.
    """

    min_named: float = 0.8
    min_parsed: float = 0.9
    min_ratios: float = 0.5
    min_ratio_cells: int = 4

    def validate(self) -> None:
        for name in ("min_named", "min_parsed", "min_ratios"):
            if not 0.0 <= getattr(self, name) <= 1.0:
                raise _refused(msg(N_("quality setting {name} must be between 0 and 1"), name=name))
        if self.min_ratio_cells < 1:
            raise _refused(msg(N_("quality setting {name} must be at least 1"), name="min_ratio_cells"))


@dataclass(frozen=True)
class ExtractSettings(_Settings):
    """Tunables of extraction.

    ocr:        OCR pages without a usable text layer (needs Tesseract ``vie``).
    ocr_dpi:    rasterisation resolution for OCR (72..600).
    cache_dir:  where OCR results are cached by file hash (None: no cache).
    jobs:       processes for OCR of one document's pages (at least 1).
    prose:      extract figures from running text too.
    layout:     the page layout analysis' tunables (``LayoutSettings``).
    quality:    when a table is too poorly read to trust (``QualitySettings``).
    """

    ocr: bool = True
    ocr_dpi: int = 300
    cache_dir: str | None = None
    jobs: int = 1
    prose: bool = True
    layout: LayoutSettings = field(default_factory=LayoutSettings)
    quality: QualitySettings = field(default_factory=QualitySettings)

    def validate(self) -> None:
        if self.ocr_dpi < 72 or self.ocr_dpi > 600:
            raise _refused(msg(N_("{name} must be between {low} and {high}"), name="ocr_dpi", low=72, high=600))
        if self.jobs < 1:
            raise _refused(msg(N_("{name} must be at least 1"), name="jobs"))
        self.layout.validate()
        self.quality.validate()


_NESTED: dict[tuple[str, str], type[_Settings]] = {
    ("ExtractSettings", "layout"): LayoutSettings,
    ("ExtractSettings", "quality"): QualitySettings,
}

__all__ = ["ExtractSettings", "LayoutSettings", "QualitySettings"]
