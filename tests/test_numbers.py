"""normalizers.numbers: real seed strings (tests/data/number_cases.tsv), style evidence on the seeds'
own columns, and hypothesis properties (round trips, Babel as oracle, never an exception)."""

from __future__ import annotations

import csv
import re
import unicodedata
from decimal import Decimal
from pathlib import Path
from typing import get_args

import pytest
from babel.numbers import NumberFormatError, parse_decimal
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from normalizers.labels import ALL_LABELS
from normalizers.numbers import (
    ParsedValue,
    StyleDecision,
    ValueKind,
    canonical_label,
    format_vi,
    half_unit,
    infer_style,
    parse_value,
    parse_values,
)

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
CASES = Path(__file__).parent / "data" / "number_cases.tsv"
FLOAT_FIELDS = ("value", "low", "high", "den")
INT_FIELDS = ("decimals", "den_decimals")
TEXT_FIELDS = ("kind", "op", "label", "percent", "hedge", "note")


def _load_cases() -> list[dict[str, str]]:
    with CASES.open(encoding="utf-8", newline="") as fh:
        lines = [line for line in fh if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


CASE_ROWS = _load_cases()


def _seed_text(seed: str) -> str:
    (path,) = CORPUS.glob(f"{seed}_*.txt")
    return path.read_text(encoding="utf-8")


def _table_cells(seed: str, header_marker: str, first_value_col: int = 3) -> list[str]:
    """Value cells of the TSV table in a seed whose header line contains ``header_marker``."""
    cells: list[str] = []
    inside = False
    for line in _seed_text(seed).splitlines():
        if header_marker in line:
            inside = True
            continue
        if inside:
            if "\t" not in line:
                if cells:
                    break
                continue
            cells.extend(line.split("\t")[first_value_col:])
    assert cells, f"table with header {header_marker!r} not found in seed {seed}"
    return cells


# ---------------------------------------------------------------------------------------------
# The table of real strings.


def test_case_table_is_real_and_covers_every_seed() -> None:
    assert len(CASE_ROWS) >= 150
    assert {row["seed"] for row in CASE_ROWS} == {"000", "001", "002", "003", "004"}
    texts = {seed: _seed_text(seed) for seed in ("000", "001", "002", "003", "004")}
    missing = [(r["seed"], r["raw"]) for r in CASE_ROWS if r["raw"] not in texts[r["seed"]]]
    assert not missing, f"not copied from the seed: {missing}"


@pytest.mark.parametrize("row", CASE_ROWS, ids=[f"{r['seed']}:{r['raw']}:{r['style']}" for r in CASE_ROWS])
def test_seed_string(row: dict[str, str]) -> None:
    got = parse_value(row["raw"], style=row["style"] or None)  # type: ignore[arg-type]
    assert got.raw == row["raw"]
    for field in FLOAT_FIELDS:
        expected = float(row[field]) if row[field] else None
        assert getattr(got, field) == expected, field
    for field in INT_FIELDS:
        expected_int = int(row[field]) if row[field] else None
        assert getattr(got, field) == expected_int, field
    for field in TEXT_FIELDS:
        assert getattr(got, field) == (row[field] or None), field
    assert got.style == row["read_as"]
    if row["sure"] == "1":
        assert got.confidence == 1.0
    else:
        assert got.confidence < 1.0
        assert got.reason, "an ambiguous reading must say why"


# ---------------------------------------------------------------------------------------------
# Evidence from the seeds' own columns.


def test_seed_000_appendix_is_vietnamese_style() -> None:
    cells = _table_cells("000", "Mục tiêu NQ ĐH (nhiệm kỳ 2020-2025)")
    decision = infer_style(cells)
    assert decision.style == "vi"
    assert decision.confidence >= 0.9
    assert "39.500,00" in decision.evidence or "vi grouped" in decision.evidence
    parsed = dict(zip(cells, parse_values(cells), strict=True))
    assert parsed["41.100"].value == 41100.0
    assert parsed["41.100"].style == "vi"
    assert 0.9 <= parsed["41.100"].confidence < 1.0
    assert parsed["600.000"].value == 600000.0
    assert parsed["39.500,00"].confidence == 1.0


def test_seed_001_appendix_is_english_style_with_group_dots() -> None:
    cells = _table_cells("001", "So sánh với kế hoạch năm 2024 (%)")
    decision = infer_style(cells)
    assert decision.style == "en"
    assert decision.confidence >= 0.9
    assert "groups thousands" in decision.evidence
    parsed = dict(zip(cells, parse_values(cells), strict=True))
    assert parsed["60.27"].value == 60.27
    assert parsed["48.1"].value == 48.1
    # 2.412 people out of a 1.320 plan is the printed 182,7 %: the dots group thousands here.
    assert parsed["1.320"].value == 1320.0
    assert parsed["2.412"].value == 2412.0
    assert parsed["41.100"].value == 41100.0
    assert parsed["1.320"].confidence < 1.0
    assert "no ',' grouping" in (parsed["1.320"].reason or "")
    assert round(parsed["2.412"].value / parsed["1.320"].value * 100, 1) == parsed["182.7"].value


def test_seed_001_second_appendix_groups_with_commas() -> None:
    cells = _table_cells("001", "Mục tiêu NO DH (tháng 12/2020-2025)")
    decision = infer_style(cells)
    assert decision.style == "en"
    assert "en grouped" in decision.evidence
    parsed = dict(zip(cells, parse_values(cells), strict=True))
    assert parsed["39,500"].value == 39500.0
    assert parsed["2,200"].value == 2200.0
    assert parsed["40,620.0"].value == 40620.0


def test_infer_style_reads_both_seed_tables_differently() -> None:
    vi = infer_style(_table_cells("000", "Mục tiêu NQ ĐH (nhiệm kỳ 2020-2025)"))
    en = infer_style(_table_cells("001", "So sánh với kế hoạch năm 2024 (%)"))
    assert (vi.style, en.style) == ("vi", "en")
    assert isinstance(vi, StyleDecision)


def test_style_without_separators_is_plain() -> None:
    cells = _table_cells("004", "Mục tiêu 2023 (tỷ lệ %)", first_value_col=2)
    decision = infer_style(cells)
    assert decision.style == "plain"
    assert decision.confidence == 1.0
    assert infer_style([]).confidence == 0.0


def test_magnitudes_decide_when_no_separator_is_unambiguous() -> None:
    # Seed 001's labour row without its decimal neighbours: 1.320 / 2.412 / 1.140 beside plain
    # counts in the hundreds read better as thousands than as 1,3.
    decision = infer_style(["1.320", "2.412", "1.140", "850", "900", "1022"])
    assert decision.style == "vi"
    assert 0.5 < decision.confidence <= 0.7
    assert "magnitudes" in decision.evidence
    decision = infer_style(["1.320", "2.412", "1.140", "2", "3", "1"])
    assert decision.style == "en"


def test_parse_values_with_given_style_and_evidence_reason() -> None:
    values = parse_values(["41,100", "48.1"], style="en")
    assert values[0].value == 41100.0
    assert values[0].reason and "style en given" in values[0].reason
    assert [v.value for v in parse_values(["16/19", "6/9", "HTTNV"])] == [16.0, 6.0, None]


def test_in_cell_evidence_beats_the_given_style() -> None:
    got = parse_value("7.075/14.115,2 triệu đồng", style="en")
    assert (got.value, got.den, got.style) == (7075.0, 14115.2, "vi")
    assert got.reason and "14.115,2" in got.reason


# ---------------------------------------------------------------------------------------------
# Dirt the brief lists that the seeds do not happen to print.


@pytest.mark.parametrize(
    ("text", "value", "decimals"),
    [
        ("500 000", 500000.0, 0),
        ("500\u00a0000", 500000.0, 0),
        ("1\u202f090,5", 1090.5, 1),
        ("1O0", 100.0, 0),
        ("l00", 100.0, 0),
        ("<p>12</p>", 12.0, 0),
        ("**48,10**", 48.1, 2),
        ("41.160 tấn", 41160.0, 0),
        ("-2,5", -2.5, 1),
    ],
)
def test_dirty_numbers(text: str, value: float, decimals: int) -> None:
    got = parse_value(text)
    assert (got.kind, got.value, got.decimals) == ("number", value, decimals)


def test_ocr_letters_only_inside_digit_runs() -> None:
    assert parse_value("lượt").kind == "unparsed"
    assert parse_value("II.1").kind == "unparsed"


@pytest.mark.parametrize("text", ["", "-", "–", "—", "...", "…", "  ", "<b></b>"])
def test_blanks(text: str) -> None:
    assert parse_value(text).kind == "blank"


@pytest.mark.parametrize(
    ("text", "op", "hedge"),
    [
        ("hơn 152.000", ">", "hơn"),
        ("không quá 5%", "<=", None),
        ("≥ 90%", ">=", None),
        ("=< 3", "<=", None),
        ("tối đa 10%", "<=", None),
        ("30% trở xuống", "<=", None),
    ],
)
def test_comparators(text: str, op: str, hedge: str | None) -> None:
    got = parse_value(text)
    assert (got.kind, got.op, got.hedge) == ("comparator", op, hedge)


def test_percent_forms() -> None:
    assert parse_value("12.1 %o").percent == "‰"
    assert parse_value("3 %GRDP").percent == "%"
    assert parse_value("100%").value == 100.0


@pytest.mark.parametrize(
    ("text", "reason_part"),
    [
        ("20/11/2024", "3 numbers"),
        ("12.34.567", "malformed"),
        ("6-App", "after the number"),
        ("Tổng 5", "before the number"),
        ("Duy trì, phát triển", "no number"),
        ("100% các trường học có chương trình hoạt động ngoại khóa gắn với nội dung", "free text"),
    ],
)
def test_unparsed_says_why(text: str, reason_part: str) -> None:
    got = parse_value(text)
    assert got.kind == "unparsed"
    assert reason_part in (got.reason or "")


def test_not_a_string_is_unparsed() -> None:
    assert parse_value(None).kind == "unparsed"  # type: ignore[arg-type]
    assert parse_value(41.1).kind == "unparsed"  # type: ignore[arg-type]


# ---------------------------------------------------------------------------------------------
# Labels, formatting.


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Đạt", "Đạt"),
        ("đạt", "Đạt"),
        ("Vượt", "Vượt"),
        ("Chưa đạt", "Chưa đạt"),
        ("Chưa dạt", "Chưa đạt"),
        ("Không đạt", "Không đạt"),
        ("HTTNV", "HTTNV"),
        ("Hoàn thành", "Hoàn thành"),
        ("Có", "Có"),
        ("Không", "Không"),
        ("Chưa triển khai", "Chưa triển khai"),
        ("Chưa triển khal", "Chưa triển khai"),
        ("<b>Vượt</b>", "Vượt"),
        (" Đạt. ", "Đạt"),
    ],
)
def test_canonical_label(text: str, label: str) -> None:
    assert canonical_label(text) == label
    assert label in ALL_LABELS


@pytest.mark.parametrize("text", ["41.100", "Đạt mức khá", "Duy trì, phát triển", "", "Tấn", "Cơ"])
def test_not_a_label(text: str) -> None:
    assert canonical_label(text) is None


def test_label_with_note() -> None:
    got = parse_value("Đạt (100%)")
    assert (got.kind, got.label, got.note) == ("label", "Đạt", "100%")


@pytest.mark.parametrize(
    ("value", "decimals", "text"),
    [(94.8, 1, "94,8"), (41100, 0, "41.100"), (94.802, 1, "94,8"), (0.05, 1, "0,1"), (-1234.5, 1, "-1.234,5"),
     (1234567.891, 2, "1.234.567,89"), (2.675, 2, "2,68")],
)
def test_format_vi(value: float, decimals: int, text: str) -> None:
    assert format_vi(value, decimals) == text


def test_half_unit() -> None:
    assert half_unit(0) == 0.5
    assert half_unit(1) == pytest.approx(0.05)
    assert half_unit(2) == pytest.approx(0.005)


# ---------------------------------------------------------------------------------------------
# Properties.


@st.composite
def printed(draw: st.DrawFn) -> tuple[int, int, int]:
    integer = draw(st.integers(0, 10**12))
    decimals = draw(st.integers(0, 4))
    fraction = draw(st.integers(0, 10**decimals - 1)) if decimals else 0
    return integer, decimals, fraction


def _format(integer: int, decimals: int, fraction: int, style: str) -> str:
    group, mark = (".", ",") if style == "vi" else (",", ".")
    text = f"{integer:,}".replace(",", group)
    return text + (mark + str(fraction).zfill(decimals) if decimals else "")


def _expected(integer: int, decimals: int, fraction: int) -> float:
    return float(Decimal(f"{integer}.{str(fraction).zfill(decimals)}" if decimals else str(integer)))


@settings(max_examples=1500, deadline=None)
@given(printed(), st.sampled_from(["vi", "en"]))
def test_round_trip_with_the_right_style(number: tuple[int, int, int], style: str) -> None:
    text = _format(*number, style)
    got = parse_value(text, style=style)  # type: ignore[arg-type]
    assert got.kind == "number"
    assert got.value == _expected(*number)
    assert got.decimals == number[1]
    assert parse_value(text + "%", style=style).percent == "%"  # type: ignore[arg-type]


@settings(max_examples=1500, deadline=None)
@given(printed(), st.sampled_from(["vi", "en"]))
def test_without_style_only_the_ambiguous_shape_is_unsure(number: tuple[int, int, int], style: str) -> None:
    text = _format(*number, style)
    got = parse_value(text)
    if re.fullmatch(r"[1-9][0-9]{0,2}[.,][0-9]{3}", text):  # "41.100", "1,320": both readings exist
        assert got.style == "ambiguous" and got.confidence < 1.0 and got.reason
    else:
        assert got.confidence == 1.0
        assert got.value == _expected(*number)


@settings(max_examples=1000, deadline=None)
@given(st.from_regex(r"[1-9][0-9]{0,2}(\.[0-9]{3}){0,4}(,[0-9]{1,4})?", fullmatch=True))
def test_babel_is_the_oracle_for_vietnamese_style(text: str) -> None:
    try:
        oracle = parse_decimal(text, locale="vi", strict=True)
    except NumberFormatError:
        return
    got = parse_value(text, style="vi")
    assert got.value == float(oracle)


_NUMBERISH = st.text(alphabet=st.sampled_from(list("0123456789.,%‰/-–<>= ()lOoI²³\u00a0")), max_size=25)
_WORDS = st.sampled_from(["trên", "khoảng", "đạt", "tấn", "ha", "Đạt", "Chưa", "<b>", "</b>", "<sup>9</sup>",
                          "trở lên", "từ", "ít nhất", "m<sup>2</sup>", "%o", "&amp;", "**", "ước", "không quá"])
_MIXED = st.lists(st.one_of(_NUMBERISH, _WORDS), max_size=6).map(" ".join)
ANY_TEXT = st.one_of(st.text(), _NUMBERISH, _MIXED)
KINDS = set(get_args(ValueKind))


def _check_invariants(text: str, got: ParsedValue) -> None:
    assert isinstance(got, ParsedValue)
    assert got.raw == text
    assert got.kind in KINDS
    assert 0.0 <= got.confidence <= 1.0
    assert not (got.reason or "").startswith("internal error"), got.reason
    if got.kind in ("number", "comparator"):
        assert got.value is not None and got.decimals is not None
    if got.kind == "comparator":
        assert got.op in (">", ">=", "<", "<=")
    if got.kind == "range":
        assert got.low is not None and got.high is not None
    if got.kind == "fraction":
        assert got.value is not None and got.den is not None and got.den_decimals is not None
    if got.kind == "label":
        assert got.label in ALL_LABELS
    if got.kind == "unparsed":
        assert got.reason


@settings(max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ANY_TEXT, st.sampled_from([None, "vi", "en", "plain", "ambiguous"]))
def test_any_text_in_no_exception_out(text: str, style: str | None) -> None:
    _check_invariants(text, parse_value(text, style=style))  # type: ignore[arg-type]


@pytest.mark.slow
@settings(max_examples=100_000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ANY_TEXT, st.sampled_from([None, "vi", "en"]))
def test_any_text_in_no_exception_out_long(text: str, style: str | None) -> None:
    _check_invariants(text, parse_value(text, style=style))  # type: ignore[arg-type]


@settings(max_examples=300, deadline=None)
@given(st.lists(ANY_TEXT, max_size=12))
def test_sets_never_raise(texts: list[str]) -> None:
    decision = infer_style(texts)
    assert decision.style in ("vi", "en", "plain")
    assert 0.0 <= decision.confidence <= 1.0
    values = parse_values(texts)
    assert len(values) == len(texts)
    for text, got in zip(texts, values, strict=True):
        _check_invariants(text, got)


# Words as printed, capitals and diacritics kept: a reason must quote them so, never folded.
_PRINTED_WORDS = st.sampled_from(["Hà", "tăng", "Đạt", "App", "Tổng", "ước", "KH", "Ống", "-", ",", "và", "l00", "4l.1.00",
                                  "1 234", "X", "Mục"])
_PRINTED = st.lists(st.one_of(_NUMBERISH, _PRINTED_WORDS), min_size=1, max_size=5).map(" ".join)


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(_PRINTED, st.text(alphabet="0123456789.,-/ %ÀÁàáăĂđĐÊêôƠơưỨabHLlOoiI", max_size=20)))
def test_a_reason_quotes_the_cell_as_printed(text: str) -> None:
    """Every span a reason quotes ("'-App'", "'Hà, tăng'") is in the cell as printed: not the
    parser's folded form ("'-app'", "'ha, tang'"). (Markup and parenthesised notes are taken out
    of a cell before it is read, so the cells here have none.)"""
    text = text.translate({ord(c): None for c in "()<>&*_"})
    got = parse_value(text)
    printed = " ".join(unicodedata.normalize("NFC", text).split())
    for quoted in re.findall(r"'([^']*)'", got.reason or "") if got.kind == "unparsed" else ():
        assert quoted in printed, (text, got.reason)


@pytest.mark.parametrize(("printed", "reason"), [
    ("6-App", "unexpected text after the number: '-App'"),
    ("5 Hà, tăng 6", "two numbers joined by 'Hà, tăng': not a range or fraction"),
    ("Tổng 5", "text before the number: 'Tổng'"),
    ("4l.1.00", "malformed digit groups '4l.1.00'"),
])
def test_a_reason_quotes_these_printed_cells_as_printed(printed: str, reason: str) -> None:
    assert parse_value(printed).reason == reason
