"""benchmarks/bench_rewordings.py: a rewording moves the truth's figures with it and changes no value."""

from __future__ import annotations

import re

import pytest

from benchmarks.bench_rewordings import REWRITES, Edit, Rewrite, apply, cases, kept
from benchmarks.prose_score import locate

_FIGURE = re.compile(r"(?<![^\W\d_])\d+(?:\.\d+)*(?:,\d+)?")  # not the 2 of "km2"


def _values(text: str) -> list[str]:
    """The printed figures as values (the rewrites of a figure's print are its thousands dots and decimal point)."""
    return [_value(f) for f in _FIGURE.findall(text)]


def _value(printed: str) -> str:
    """ "12.500" and "12500" are one value, and so are "12,5" and "12.5" (a decimal point in a percentage)."""
    return re.sub(r"\.(?=\d{3}(?!\d))", "", printed).replace(".", ",")


def test_a_figure_moves_with_the_words_before_it() -> None:
    text = "Năm 2020, tổng thu ngân sách đạt 1.250 tỷ đồng, chiếm 30% GRDP."
    rewrite = Rewrite("t", r"\bchiếm (?=\d)", "chiếm tỷ lệ ", "")
    new, moved = apply(text, rewrite.edits(text))
    at = text.index("30%")
    start, end = moved(at, at + 2)
    assert new[start:end] == "30"
    at = text.index("1.250")
    assert moved(at, at + 5) == (at, at + 5)  # before the edit: unmoved


def test_a_figure_the_rewrite_carries_into_parentheses_moves_with_it() -> None:
    text = "có 1.200 hộ nghèo, chiếm 4,5%, giảm 1,2%."
    paren = next(r for r in REWRITES if r.name == "chiem_paren")
    new, moved = apply(text, paren.edits(text))
    at = text.index("4,5")
    start, end = moved(at, at + 3)
    assert new == "có 1.200 hộ nghèo (chiếm 4,5%), giảm 1,2%."
    assert new[start:end] == "4,5"


def test_a_rewritten_figure_is_placed_on_its_new_print() -> None:
    text = "dân số 12.500 người, trong đó nam 6.100 người."
    no_dots = next(r for r in REWRITES if r.name == "no_thousands")
    new, moved = apply(text, no_dots.edits(text))
    at = text.index("6.100")
    start, end = moved(at, at + 5)
    assert new == "dân số 12500 người, trong đó nam 6100 người."
    assert new[start:end] == "6100"


def test_an_edit_that_cuts_a_figure_has_no_place() -> None:
    text = "đạt 1.250 tỷ đồng"
    _, moved = apply(text, [Edit(4, 6, "9")])
    with pytest.raises(ValueError):
        moved(4, 9)


def test_thousands_dots_are_added_to_long_figures_only() -> None:
    thousands = next(r for r in REWRITES if r.name == "thousands")
    text = "năm 2020 có 125000 người và 3456 hộ, mã 1/12345"
    new, _ = apply(text, thousands.edits(text))
    assert new == "năm 2020 có 125.000 người và 3456 hộ, mã 1/12345"


def test_the_kept_rewrites_are_chosen_by_name() -> None:
    held = {r.name for r in REWRITES if kept(r.name)}
    assert 0 < len(held) < len(REWRITES)
    assert "so_nam" in held and "so_cungky" not in held  # a fixed hash: the split never moves


@pytest.mark.parametrize("rewrite", REWRITES, ids=lambda r: r.name)
def test_no_rewrite_changes_a_value_on_real_passages(rewrite: Rewrite) -> None:
    from benchmarks.bench_rewordings import development_truths

    truths = development_truths()[::7]
    for case in cases(rewrite, truths):
        original = (locate.__globals__["ROOT"] / case.truth["file"]).read_text(encoding="utf-8")
        assert sorted(_values(case.text)) == sorted(_values(original)), case.file
        for fig in case.truth["figures"]:
            place = case.places[fig["id"]]
            line = case.text.split("\n")[place.line - 1]
            assert _value(line[place.start:place.end]) == _value(fig["text"]), (case.file, fig)
