"""The separator of one figure in prose that mixes styles (issue 12, wave 13's first-contact false errors).

nhon-trach-dong-nai_1 prints "763/2.141 học sinh …, đạt tỷ lệ 35.6%": its two dot-decimal percentages
voted the whole passage English-style, "2.141" was read as 2,141 pupils and the ratio became a false
error (35.637 %). hai-lang-quang-tri_4 prints "86.683 người" and "425,134 km2" after a "bảng 3.1":
the table number voted English, 86.683 people over 425.134 km² made a density of 0 instead of 204.
A count's ambiguous separator groups thousands in any passage (``own_marks``), and the passage's
style is voted with what the units say (``reading_in_text`` -> ``infer_style(read=…)``).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.documents import file_to_document
from extractor.model import Document
from normalizers.figure_marks import own_marks, reading_in_text
from normalizers.numbers import infer_style, parse_value
from reconcile.engine.checks import document_to_findings

STYLES = st.sampled_from(["vi", "en", None])
COUNT_UNITS = st.sampled_from(["người", "hộ", "học sinh", "lao động", "nhân khẩu", "ngôi nhà"])


def vi(n: float, decimals: int) -> str:
    return f"{n:,.{decimals}f}".replace(",", " ").replace(".", ",").replace(" ", ".")


def en(n: float, decimals: int) -> str:
    return f"{n:,.{decimals}f}"


def read(tmp_path: Path, text: str) -> Document:
    path = tmp_path / "passage.txt"
    path.write_text(text, encoding="utf-8")
    return file_to_document(path)


def values(doc: Document) -> dict[str, float | None]:
    return {c.value.raw: c.value.value for r in doc.rows for c in r.cells}


def errors(doc: Document) -> list[str]:
    return [f.message for f in document_to_findings(doc) if f.severity == "error"]


# ---------------------------------------------------------------------------------------------
# The parser: a count's separator, both styles


@settings(max_examples=200, deadline=None)
@given(n=st.integers(min_value=1000, max_value=999_999), printed_vi=st.booleans(), style=STYLES, unit=COUNT_UNITS)
def test_a_count_reads_its_whole_number_in_either_style_under_any_passage_style(
        n: int, printed_vi: bool, style: str | None, unit: str) -> None:
    printed = vi(n, 0) if printed_vi else en(n, 0)
    value = parse_value(printed, style=style)  # type: ignore[arg-type]
    own = own_marks(value, unit=unit, count=unit == "ngôi nhà")
    assert (own or value).value == n
    assert (own or value).decimals == 0


@settings(max_examples=200, deadline=None)
@given(n=st.integers(min_value=1000, max_value=999_999), style=STYLES)
def test_a_figure_of_no_count_keeps_the_passage_reading(n: int, style: str | None) -> None:
    for unit in ("ha", "tỷ đồng", "tấn", None):
        assert own_marks(parse_value(vi(n, 0), style=style), unit=unit) is None  # type: ignore[arg-type]


_TOKEN = re.compile(r"(?<![\w/])\d{1,3}(?:[.,]\d+)+(?![\w/])")


@settings(max_examples=200, deadline=None)
@given(counts=st.lists(st.integers(min_value=1000, max_value=999_999), min_size=1, max_size=4),
       shares=st.lists(st.integers(min_value=1, max_value=9999), min_size=1, max_size=3),
       money=st.lists(st.integers(min_value=1, max_value=99_999), max_size=2),
       printed_vi=st.booleans())
def test_single_style_text_decides_the_same_style_with_the_units_voting(
        counts: list[int], shares: list[int], money: list[int], printed_vi: bool) -> None:
    fmt = vi if printed_vi else en
    parts = [f"có {fmt(n, 0)} người" for n in counts]
    parts += [f"chiếm {fmt(s / 100, 2)}%" for s in shares]
    parts += [f"thu {fmt(m / 10, 1)} tỷ đồng" for m in money]
    text = "; ".join(parts) + "."
    tokens = [m.group(0) for m in _TOKEN.finditer(text)]
    units = [(m.group(0), r) for m in _TOKEN.finditer(text) if (r := reading_in_text(text, m.start(), m.end())) is not None]
    before, after = infer_style(tokens), infer_style(tokens, read=units)
    if before.style in ("vi", "en"):
        assert after.style == before.style  # no figure of single-style text changes its reading
    if after.style in ("vi", "en"):
        assert after.style == ("vi" if printed_vi else "en")
    for n in counts:  # and every count reads whole, under the decided style and its own unit
        v = parse_value(fmt(n, 0), style=after.style)  # type: ignore[arg-type]
        assert (own_marks(v, unit="người") or v).value == n


def test_votes_of_rates_printed_with_a_comma_are_decimal_and_areas_say_nothing() -> None:
    text = "mật độ 204,125 người/km2, tỷ lệ 12,345%, diện tích 41,100 ha, 2.500 ha"
    found = {m.group(0): reading_in_text(text, m.start(), m.end()) for m in _TOKEN.finditer(text)}
    assert found == {"204,125": False, "12,345": False, "41,100": None, "2.500": None}


# ---------------------------------------------------------------------------------------------
# Real sentences (corpus/prose/dev/), each with two re-wordings


NHON_TRACH = (  # nhon-trach-dong-nai_1
    "Xã lập danh sách trẻ em từ 5 đến 11 tuổi để tiêm ngừa Covid-19 mũi 1: có 2.655 trẻ, trong đó trẻ 5 tuổi có "
    "324 em, trẻ từ 6 đến 11 tuổi có 2.331 em. Đến nay đã tiêm mũi 01, 02 cho 763/2.141 học sinh từ 05 đến 11 "
    "tuổi, đạt tỷ lệ 35.6%. Tỷ lệ người dân tham gia bảo hiểm y tế là 19.418/21.392 người, đạt tỷ lệ 90.77%."
)
NHON_TRACH_REWORDED = (
    "Tính đến nay xã đã tiêm mũi 01, 02 được 763/2.141 học sinh, đạt tỷ lệ 35.6%; có 19.418/21.392 người "
    "tham gia bảo hiểm y tế, đạt tỷ lệ 90.77%.",
    "Số học sinh từ 05 đến 11 tuổi đã tiêm là 763/2.141 học sinh (đạt tỷ lệ 35.6%). Bảo hiểm y tế: "
    "19.418/21.392 người tham gia, tỷ lệ 90.77%.",
)


HAI_LANG = (  # hai-lang-quang-tri_4
    "Dân số và lao động năm 2018 (theo một luận văn về huyện Hải Lăng, bảng 3.1 và lời bình, viết lại)\n\n"
    "Năm 2018 dân số huyện Hải Lăng là 86.683 người, gồm 43.421 nam và 43.262 nữ; chia theo khu vực có 2.947 "
    "người ở thành thị và 83.736 người ở nông thôn. Tổng số lao động là 42.969 người, trong đó 21.657 nam và "
    "21.312 nữ. Lời bình của luận văn ghi dân số 86.683 người là của năm 2017, trên diện tích 425,134 km2, mật độ "
    "dân số trung bình là 204 người/km2."
)
HAI_LANG_REWORDED = (
    "Theo bảng 3.1 của luận văn, huyện có 86.683 người sống trên diện tích 425,134 km2, bình quân 204 người/km2; "
    "trong đó 43.421 nam và 43.262 nữ.",
    "Diện tích tự nhiên của huyện (bảng 3.1) là 425,134 km2; dân số 86.683 người, gồm 43.421 nam, 43.262 nữ; "
    "mật độ dân số 204 người/km2.",
)


@pytest.mark.parametrize(("text", "readings"), [
    # counts by thousands beside dot-decimal percentages
    (NHON_TRACH, {"2.141": 2141, "19.418": 19418, "21.392": 21392, "35.6%": 35.6, "90.77%": 90.77}),
    # people by thousands, the area by its decimal comma, a table number as printed
    (HAI_LANG, {"86.683": 86683, "43.421": 43421, "425,134": 425.134, "3.1": 3.1}),
])
def test_the_published_passages_read_each_figure_as_its_unit_says(tmp_path: Path, text: str, readings: dict[str, float]) -> None:
    doc = read(tmp_path, text)
    got = values(doc)
    assert {raw: got[raw] for raw in readings} == readings
    assert errors(doc) == []


@pytest.mark.parametrize(("reworded", "figure", "reading", "right", "wrong"), [
    (NHON_TRACH_REWORDED, "2.141", 2141, "35.6%", "45.6%"),
    (HAI_LANG_REWORDED, "86.683", 86683, "204 người/km2", "240 người/km2"),
])
def test_rewordings_agree_and_a_wrong_result_is_still_an_error(
        tmp_path: Path, reworded: tuple[str, str], figure: str, reading: float, right: str, wrong: str) -> None:
    for text in reworded:
        doc = read(tmp_path, text)
        assert values(doc)[figure] == reading
        assert errors(doc) == []
        assert len(errors(read(tmp_path, text.replace(right, wrong)))) == 1
