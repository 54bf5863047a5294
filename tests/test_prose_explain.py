"""The generic reader of printed percentages (``reconcile.engine.explain``, issue 12): percentages no prose
rule relates are explained by arithmetic, read by position only (a warning at most), or listed as not
checked. Each construction holds a development sentence (its file named) and two re-wordings of our own;
a random percentage in its place is not explained.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.model import Document
from reconcile.engine.checks import document_to_findings
from reconcile.engine.checks.prose_explained import with_unchecked_note
from reconcile.engine.explain import (
    HOW_ARITHMETIC,
    HOW_POSITION,
    all_relations,
    explain_percentage,
    explained_relations,
    percentage_at,
    reading_of,
    relations_read,
    unchecked_percentages,
)
from reconcile.engine.explain_cues import clause_around, cue_kinds
from reconcile.engine.relations import Relation
from tests.test_prose_links import passage


def _explained(doc: Document, how: str = HOW_ARITHMETIC) -> list[tuple[str, list[str]]]:
    rows = {r.index: r for r in doc.rows}
    return [(rel.kind, [rows[r].cells[p].value.raw for _, (r, p) in rel.figures])
            for rel in relations_read(doc)[1] if rel.how == how]


def _ref(doc: Document, figure: str) -> tuple[int, int]:
    return next((r.index, k) for r in doc.rows for k, c in enumerate(r.cells) if c.value.raw == figure)


def _alone(doc: Document, figure: str) -> list[str] | None:
    """What the generic reader alone makes of the percentage printed ``figure``: the relations that use
    it set aside, as if no rule had read it (what ``benchmarks/bench_prose_coincidence.py`` measures)."""
    rows = {r.index: r for r in doc.rows}
    ref = _ref(doc, figure)
    p = percentage_at(doc, ref)
    assert p is not None
    others = [rel for rel in relations_read(doc)[0] if ref not in {x for _, x in rel.figures}]
    got = explain_percentage(doc, p, reading_of(doc, others))
    return None if got is None else [rows[r].cells[k].value.raw for _, (r, k) in got.figures]


def _generic(doc: Document, figure: str) -> tuple[str, list[str]] | None:
    """How the generic reader reads ``figure`` after the rules, the relations that use it set aside:
    (``Relation.how``, the figures as printed), or None."""
    rows = {r.index: r for r in doc.rows}
    ref = _ref(doc, figure)
    others = [rel for rel in relations_read(doc)[0] if ref not in {x for _, x in rel.figures}]
    got = next((rel for rel in explained_relations(doc, others) if rel.result == ref), None)
    return None if got is None else (got.how, [rows[r].cells[k].value.raw for _, (r, k) in got.figures])


def _severities(doc: Document, figure: str) -> list[str]:
    return [f.severity for f in document_to_findings(doc) if f.reported == figure]


def _note(doc: Document) -> str | None:
    noted = with_unchecked_note(doc)
    return noted.warnings[-1] if len(noted.warnings) > len(doc.warnings) else None


# ---------------------------------------------------------------------------------------------
# explained by arithmetic: the one pair of printed figures that recomputes the percentage

RATIOS = [
    # bau-bang-binh-duong_2
    "Vốn trung hạn năm 2024 - 2025 phân bổ cho Bàu Bàng là 1.909 tỷ đồng với 25 dự án; đến nay huyện đã giải ngân "
    "1.662 tỷ đồng, đạt {p}.",
    "Tổng vốn trung hạn được phân bổ 1.909 tỷ đồng cho 25 dự án. Lũy kế giải ngân đến nay 1.662 tỷ đồng, tương đương {p}.",
    "Huyện được giao 1.909 tỷ đồng vốn trung hạn; số đã giải ngân là 1.662 tỷ đồng ({p} số vốn giao).",
]


@pytest.mark.parametrize("text", RATIOS)
def test_a_ratio_whose_plan_no_rule_pairs_is_explained(text: str) -> None:
    doc = passage(text.format(p="87,1%"))
    assert _alone(doc, "87,1%") == ["1.662", "1.909", "87,1%"]
    assert _severities(doc, "87,1%") == []


SHARES = [
    # kon-plong-kon-tum_1
    "Đến cuối năm 2016 dân số toàn huyện có 6.543 hộ với 26.685 khẩu; đồng bào dân tộc thiểu số có 5.614 hộ với "
    "21.529 khẩu, chiếm {p} dân số toàn huyện.",
    "Toàn huyện có 26.685 nhân khẩu. Trong số này, đồng bào dân tộc thiểu số là 21.529 khẩu, tỷ lệ {p}.",
    "Năm 2016, người dân tộc thiểu số có 21.529 khẩu trong tổng số 26.685 khẩu của huyện ({p}).",
]


@pytest.mark.parametrize("text", SHARES)
def test_a_share_of_a_whole_printed_before_is_explained(text: str) -> None:
    doc = passage(text.format(p="80,68%"))
    assert _alone(doc, "80,68%") == ["21.529", "26.685", "80,68%"]
    assert _severities(doc, "80,68%") == []


def _stated_quotients(doc: Document) -> list[tuple[str, list[str]]]:
    rows = {r.index: r for r in doc.rows}
    return [(rel.kind, [rows[r].cells[p].value.raw for _, (r, p) in rel.figures]) for rel in relations_read(doc)[0]
            if rel.kind in ("share", "ratio", "growth")]


INDEXES = [
    # thanh-mien-hai-duong_2
    "Giá trị sản xuất (giá cố định 1994) tăng từ 497,3 tỷ đồng năm 2007 lên 538,2 tỷ đồng năm 2008 và 583,6 tỷ "
    "đồng năm 2009; năm 2009 bằng {p} năm 2008.",
    "Giá trị sản xuất năm 2008 là 538,2 tỷ đồng, năm 2009 đạt 583,6 tỷ đồng, bằng {p} so với năm trước.",
    "Năm 2009 giá trị sản xuất đạt 583,6 tỷ đồng, so với năm 2008 (538,2 tỷ đồng) bằng {p}.",
]


@pytest.mark.parametrize("text", INDEXES)
def test_a_growth_index_between_two_printed_years_is_read(text: str) -> None:
    doc = passage(text.format(p="108,44%"))
    assert _alone(doc, "108,44%") == ["583,6", "538,2", "108,44%"]
    assert _severities(doc, "108,44%") == []


FACTORS = [
    # da-bac-hoa-binh_1
    "Diện tích tự nhiên 820 km2 (chiếm 17,6% diện tích tự nhiên toàn tỉnh), nhưng đất nông nghiệp chiếm tỷ lệ rất nhỏ. "
    "Dân số trung bình là 50.960 người (chiếm 6,4% dân số cả tỉnh); mật độ dân số 62 người/km2, chỉ bằng {p} lần mật "
    "độ dân số toàn tỉnh.",
    "Huyện rộng 820 km2, bằng 17,6% diện tích của tỉnh. Dân số 50.960 người, bằng 6,4% dân số toàn tỉnh, nên mật độ "
    "chỉ bằng {p} lần mức chung của tỉnh.",
    "Huyện chiếm 17,6% diện tích và 6,4% dân số của tỉnh; mật độ dân số vì thế chỉ bằng {p} lần mật độ chung.",
]


@pytest.mark.parametrize("text", FACTORS)
def test_a_factor_of_two_printed_percentages_is_explained(text: str) -> None:
    # 6,4 / 17,6 = 0,36: the population's share over the area's is the density's factor
    doc = passage(text.format(p="0,4"))
    assert _alone(doc, "0,4") == ["6,4%", "17,6%", "0,4"]
    assert _alone(passage(text.format(p="0,7")), "0,7") is None


# ---------------------------------------------------------------------------------------------
# a random percentage is not explained

@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=100, max_value=3000))
def test_a_random_percentage_is_not_explained(tenths: int) -> None:
    value = tenths / 10
    # what the printed figures (1.909, 1.662, 25) do give, as a quotient or as a change: 87,06 % and
    # 114,86 % (1.909 / 1.662, hypothesis found it), and the change between them, 14,86 %
    figures = (1909, 1662, 25)
    given = [100 * a / b + shift for a in figures for b in figures if a != b for shift in (0, -100)]
    if any(abs(value - g) < 0.1 for g in given):
        return
    printed = f"{value:.1f}".replace(".", ",") + "%"
    doc = passage(RATIOS[0].format(p=printed))
    assert _alone(doc, printed) is None
    assert _explained(doc) == []


def test_random_percentages_near_the_truth_are_not_explained_by_other_pairs() -> None:
    rng = random.Random(14)
    text = INDEXES[0]
    for _ in range(20):
        value = round(108.44 * (1 + rng.choice((-1, 1)) * rng.uniform(0.05, 0.3)), 2)
        printed = f"{value:.2f}".replace(".", ",") + "%"
        assert _alone(passage(text.format(p=printed)), printed) is None, value


# ---------------------------------------------------------------------------------------------
# by position only: a warning, never an error

POSITIONS = [
    # tuy-duc-dak-nong_1
    "Tổng giá trị sản xuất trên địa bàn đạt trên 1.946,32 tỷ đồng (giá hiện hành ước đạt 2.861,54/2.855,64 tỷ "
    "đồng), tăng 10,38% so với năm 2016, đạt {p} kế hoạch đề ra.",
    "Giá trị sản xuất theo giá hiện hành ước đạt 2.861,54/2.855,64 tỷ đồng, bằng {p} kế hoạch năm.",
    "Theo giá hiện hành, giá trị sản xuất ước 2.861,54/2.855,64 tỷ đồng kế hoạch, hoàn thành {p} kế hoạch.",
]


@pytest.mark.parametrize("text", POSITIONS)
def test_a_ratio_no_arithmetic_explains_is_read_by_position_only(text: str) -> None:
    # 2.861,54 / 2.855,64 = 100,21 %, printed 100,02: the report's slip, or the pairing's
    doc = passage(text.format(p="100,02%"))
    assert _generic(doc, "100,02%") == (HOW_POSITION, ["2.861,54", "2.855,64", "100,02%"])


def test_a_reading_by_position_only_is_a_warning_never_an_error() -> None:
    doc = passage(POSITIONS[0].format(p="100,02%"))
    assert _explained(doc, HOW_POSITION) == [("ratio", ["2.861,54", "2.855,64", "100,02%"])]
    found = [f for f in document_to_findings(doc) if f.reported == "100,02%"]
    assert [f.severity for f in found] == ["warning"] and "position" in found[0].message
    assert _severities(passage(POSITIONS[0].format(p="100,21%")), "100,21%") == []


def test_a_hedged_percentage_is_never_read_by_position() -> None:
    doc = passage("Đã có 16/24 chỉ tiêu thực hiện đạt từ 80 đến trên 100%, trong đó 8 chỉ tiêu vượt kế hoạch.")
    assert _explained(doc, HOW_POSITION) == []


@pytest.mark.parametrize("text", [
    # da-lat-lam-dong_c: the increase and the new level, then the level's share of a whole not printed
    "Trong năm 2020 thành phố tăng thêm 200 ha đất canh tác nông nghiệp công nghệ cao, nâng tổng diện tích lên "
    "6.730 ha, chiếm 64% đất canh tác nông nghiệp.",
    # da-lat-lam-dong_a: the change in parentheses between the part and its share
    "Riêng diện tích sản xuất nông nghiệp ứng dụng công nghệ cao là 6.950 ha (tăng 220 ha so với cuối năm 2020), "
    "chiếm 66,2% tổng diện tích đất sản xuất nông nghiệp.",
])
def test_a_change_is_neither_part_nor_whole_of_a_share_read_by_position(text: str) -> None:
    doc = passage(text)
    assert _explained(doc, HOW_POSITION) == []
    assert [f for f in document_to_findings(doc) if f.severity in ("warning", "error")] == []


def test_a_level_after_tăng_lên_is_still_read_by_position_a_change_after_tăng_is_not() -> None:
    level = POSITIONS[0].replace("(giá hiện hành ước đạt", "(giá hiện hành tăng lên").format(p="100,02%")
    assert _explained(passage(level), HOW_POSITION) == [("ratio", ["2.861,54", "2.855,64", "100,02%"])]
    change = POSITIONS[0].replace("(giá hiện hành ước đạt", "(giá hiện hành tăng").format(p="100,02%")
    assert _explained(passage(change), HOW_POSITION) == []


def test_one_amount_in_two_units_is_no_pair() -> None:
    # cam-my-dong-nai_2: the area in ha and in km², then its share of the province
    doc = passage("Huyện có diện tích tự nhiên 46.445 ha (464,45 km2), chiếm 7,9% diện tích tự nhiên của tỉnh Đồng "
                  "Nai; dân số năm 2004 là 151.696 người.")
    assert _explained(doc) == [] and _explained(doc, HOW_POSITION) == []


# ---------------------------------------------------------------------------------------------
# what nobody read is said

def test_percentages_no_reading_checks_are_listed_in_one_note() -> None:
    # an-khe-gia-lai_1: no estimate of the plan is printed, so neither ratio can be recomputed
    doc = passage("Thu ngân sách nhà nước ước thực hiện 150,26 tỷ đồng, bằng 116,5% dự toán tỉnh giao và 80,18% dự "
                  "toán HĐND thị xã giao.")
    note = _note(doc)
    assert note is not None and "116,5%" in note and "80,18%" in note and "line 1" in note
    assert "printed percentages were not checked" in note
    assert not [f for f in document_to_findings(doc) if "116,5" in f.message]  # said as a warning, not a finding
    assert len(unchecked_percentages(doc)) == 2


def test_the_note_is_a_warning_of_the_checked_document(tmp_path: Path) -> None:
    from reconcile.api import check

    path = tmp_path / "an-khe.txt"
    path.write_text("Thu ngân sách nhà nước ước thực hiện 150,26 tỷ đồng, bằng 116,5% dự toán tỉnh giao.\n",
                    encoding="utf-8")
    result = check([str(path)], batch_settings={"jobs": 1})
    said = [w for w in result.documents[0].warnings if "not checked" in w]
    assert len(said) == 1 and "116,5% (line 1)" in said[0]
    assert len(result.documents[0].warnings) == len(result.documents[0].warning_messages)


def test_a_passage_whose_percentages_all_recompute_has_no_note() -> None:
    doc = passage("Tổng sản lượng lương thực 41.160/41.100 tấn, đạt 100,1% kế hoạch.")
    assert _note(doc) is None


def test_all_relations_keeps_the_stated_ones_first() -> None:
    doc = passage(RATIOS[1].format(p="87,1%"))
    stated, explained = relations_read(doc)
    assert all_relations(doc) == (*stated, *explained)
    assert all(isinstance(r, Relation) for r in explained)


# ---------------------------------------------------------------------------------------------
# cue words

@pytest.mark.parametrize(("text", "figure", "kind"), [
    ("doanh thu đạt 1.250 tỷ đồng, bằng 61,2% kế hoạch", "61,2%", ("ratio", None)),
    ("khu vực nhà nước 120 tỷ đồng (chiếm 1,27%)", "1,27%", ("share", None)),
    ("năm 2023 đạt 820 tỷ đồng, tăng 9,3% so với năm 2022", "9,3%", ("growth", "increase")),
    ("số hộ nghèo giảm 12,5% so với cùng kỳ", "12,5%", ("growth", "decrease")),
    ("tốc độ tăng bình quân 8,2%/năm", "8,2%", ("avg_growth", "increase")),
    ("năm 2009 bằng 108,4% so với cùng kỳ", "108,4%", ("growth", "index")),
])
def test_the_clause_names_the_reading(text: str, figure: str, kind: tuple[str, str | None]) -> None:
    at = text.index(figure)
    assert cue_kinds(clause_around(text, at, at + len(figure)))[0] == kind
