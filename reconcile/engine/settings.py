"""Tunables of the checks, validated in one place (pdfplumber ``TableSettings`` style).

Every settings object of ``reconcile`` (``CheckSettings`` here, ``batch.BatchSettings`` for the
application) is a frozen dataclass with the same one rule, ``Settings.resolve``: None (defaults),
a mapping of overrides (unknown keys refused, lists made tuples), or an instance; then
``validate()``. So the command line, a config file and library callers all end up with the same
checked object, and a bad value is refused with a message naming it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import Any, ClassVar, TypeVar

from normalizers.messages import N_, Msg, Said, msg
from normalizers.text import fold

# Indicators where a smaller figure is the better result: a plan of 16,90 % child malnutrition is
# "met" by 16,75 %. Matched on the folded key (no diacritics, lower case) as whole words.
LOWER_IS_BETTER: tuple[str, ...] = (
    "ho ngheo",
    "can ngheo",
    "tai ngheo",
    "suy dinh duong",
    "thap coi",
    "nhe can",
    "ty suat sinh",
    "sinh con thu 3",
    "sinh con thu ba",
    "tai nan",
    "tu vong",
    "that nghiep",
    "bo hoc",
    "tao hon",
    "hon nhan can huyet",
    "toi pham",
    "vi pham",
    "chay rung",
    "o nhiem",
    "no dong",
    "no xau",
    "ma tuy",
    "lay nhiem",
    "mac moi",
    "don thu",
    "khieu nai",
    "qua han",
    "tre han",
    "ton dong",
)

# Words that turn a lower-is-better subject into a higher-is-better figure: "Mức giảm tỷ lệ hộ
# nghèo" (6,25 points of reduction against a plan of 6,00) is better when larger.
HIGHER_IS_BETTER_OVERRIDES: tuple[str, ...] = ("giam", "ha thap", "kiem che", "khong de", "khong co")

# The names of the checks in the ``engine.checks.CHECKS`` registry, in the order they run.
CHECK_NAMES: tuple[str, ...] = (
    "misreads",
    "ratios",
    "sums",
    "labels",
    "units",
    "parse_errors",
    "prose_relations",
    "places",
    "internal",
    "extraction_doubt",
)


S = TypeVar("S", bound="Settings")


def refused(reason: Msg) -> ValueError:
    """The ValueError a bad setting raises: its text is the English line it always was (a ``Said``),
    which the command line says in the reader's language."""
    return ValueError(Said(reason))


class Settings:
    """The resolve rule shared by every settings dataclass (mixin)."""

    #: How error messages name these settings ("check settings").
    label: ClassVar[str] = N_("settings")

    @classmethod
    def resolve(cls: type[S], value: S | Mapping[str, Any] | None) -> S:
        """None -> defaults; a mapping -> defaults overridden (unknown keys refused); an instance as is.

        Raises ValueError naming the bad key or value, TypeError for anything else.
        """
        if value is None:
            settings = cls()
        elif isinstance(value, cls):
            settings = value
        elif isinstance(value, Mapping):
            known = {f.name for f in fields(cls)}  # type: ignore[arg-type]
            unknown = set(value) - known
            if unknown:
                raise refused(msg(N_("unknown {label}: {names}"), label=msg(cls.label), names=", ".join(sorted(unknown))))
            # Frozen settings hold tuples: a list from JSON, TOML or a caller is taken as one.
            data = {k: tuple(v) if isinstance(v, list) else v for k, v in value.items()}
            try:
                settings = cls(**data)
            except TypeError as exc:
                raise refused(msg(N_("{label}: {detail}"), label=msg(cls.label), detail=str(exc))) from None
        else:
            raise TypeError(f"cannot make {cls.__name__} from {type(value).__name__}")
        settings.validate()
        return settings

    def validate(self) -> None:
        """Raise ValueError for a value out of range; every field is checked here and only here."""


@dataclass(frozen=True)
class CheckSettings(Settings):
    """Tunables of the arithmetic checks (see docs/rules.md for what each rule does).

    checks:                 names of the checks to run (``CHECK_NAMES``, the ``CHECKS`` registry);
                            None = all.
    detect_convention:      count a table's ratios that agree only when truncated vs only when
                            rounded, and accept the table's convention (seed 001's appendix prints
                            105.8 for 90/85 = 105,88). Off: rounding is the only convention.
    min_convention_ratios:  how many such telling ratios a table (or, failing that, the document)
                            needs before a truncation convention is believed.
    convention_share:       the share of telling ratios that must be truncated.
    truncation_tolerance:   a truncated value may lie this many units of its last printed digit
                            below the computed one (1.0 = plain truncation).
    sum_policy:             "printed": |total − Σ parts| ≤ h_total + Σ h_part (each h half a unit of
                            the last printed digit); "exact": no rounding allowance at all.
    sum_slack_units:        extra allowance for sums, in units of the total's last printed digit.
    share_slack:            extra allowance (percentage points) when shares must add to 100.
    label_tolerance:        relative gap (percent of the target) still read as "met" when a label
                            says Đạt; 0 = only the printed precision.
    culprit:                search one-printed-digit changes that make a row's arithmetic agree.
    culprit_max_digits:     skip the culprit search for numbers with more digits than this.
    lower_is_better:        folded keywords of indicators where smaller is better.
    """

    checks: tuple[str, ...] | None = None
    detect_convention: bool = True
    min_convention_ratios: int = 5
    convention_share: float = 0.6
    truncation_tolerance: float = 1.0
    sum_policy: str = "printed"
    sum_slack_units: float = 0.0
    share_slack: float = 0.0
    label_tolerance: float = 0.0
    culprit: bool = True
    culprit_max_digits: int = 12
    lower_is_better: tuple[str, ...] = LOWER_IS_BETTER

    label: ClassVar[str] = N_("check settings")

    def validate(self) -> None:
        if self.checks is not None:
            unknown = [c for c in self.checks if c not in CHECK_NAMES]
            if unknown:
                raise refused(msg(N_("unknown checks: {names} (known: {known})"), names=", ".join(unknown),
                                   known=", ".join(CHECK_NAMES)))
        if self.min_convention_ratios < 1:
            raise refused(msg(N_("{name} must be at least 1"), name="min_convention_ratios"))
        if not 0.5 <= self.convention_share <= 1.0:
            raise refused(msg(N_("{name} must be between 0.5 and 1"), name="convention_share"))
        if not 0.0 < self.truncation_tolerance <= 10.0:
            raise refused(msg(N_("{name} must be in (0, 10] units of the last digit"), name="truncation_tolerance"))
        if self.sum_policy not in ("printed", "exact"):
            raise refused(msg(N_("{name} must be 'printed' or 'exact'"), name="sum_policy"))
        for name in ("sum_slack_units", "share_slack", "label_tolerance"):
            if getattr(self, name) < 0:
                raise refused(msg(N_("{name} must not be negative"), name=name))
        if self.culprit_max_digits < 1:
            raise refused(msg(N_("{name} must be at least 1"), name="culprit_max_digits"))

    def enabled(self, name: str) -> bool:
        return self.checks is None or name in self.checks

    def is_lower_better(self, key_or_indicator: str) -> bool:
        """True when a smaller figure is the better result.

        >>> CheckSettings().is_lower_better("Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng thể thấp còi")
        True
        >>> CheckSettings().is_lower_better("Mức giảm tỷ lệ hộ nghèo")
        False
        """
        folded = " " + re.sub(r"[^a-z0-9]+", " ", fold(key_or_indicator)).strip() + " "
        if not any(f" {word} " in folded for word in self.lower_is_better):
            return False
        return not any(f" {word} " in folded for word in HIGHER_IS_BETTER_OVERRIDES)
