"""An average yearly growth in the wordings reports use (issue 12, prose13a): the two levels printed
after the rate ("…, từ A năm X (…) lên B năm Y"), their years in parentheses ("A (năm 2015)"), the rate
alone in the sentence after its dated levels ("Bình quân mỗi năm tăng …", "Tính bình quân 3 năm, mức
tăng là …"), the levels in the paragraphs before a rate that prints its span, the last level dated only by
the report's heading. Each family opens with a sentence of the paraphrase set's dev part (named) and
re-words it; the figures of the re-wordings are its own or ours.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.model import Document
from reconcile.engine.relations import Relation
from tests.test_prose_links import errors, passage, printed, relations


def level(doc: Document, rel: Relation, role: str) -> str:
    """The figure printed in ``role``, without the "từ" the line walker keeps ("từ 4.141,2")."""
    return printed(doc, rel, role)[0].removeprefix("từ ").strip()

# ---------------------------------------------------------------------------------------------
# the levels printed after the rate: (6.064,9 / 4.141,2)^(1/4) − 1 = 10,01 %

AFTER = [
    # hoa-vang-da-nang_2_p1: "từ … lên …" after the rate, the first level's parts in a parenthesis between
    "Tổng giá trị sản xuất tăng bình quân {r}% mỗi năm giai đoạn 2011 - 2015, từ 4.141,2 tỷ đồng năm 2011 (nông - "
    "lâm - thuỷ sản 746,4 tỷ đồng, công nghiệp - xây dựng 1.901,8 tỷ đồng, dịch vụ 1.493,1 tỷ đồng) lên 6.064,9 tỷ "
    "đồng năm 2015.",
    # the levels in a parenthesis after "%/năm" (luc-ngan-bac-giang_4_p1's wording)
    "Giá trị sản xuất của huyện tăng bình quân {r}%/năm (từ 4.141,2 tỷ đồng năm 2011 lên 6.064,9 tỷ đồng năm 2015).",
    # the verb after the average, each year in parentheses after its level
    "Tổng giá trị sản xuất bình quân mỗi năm tăng {r}%, từ 4.141,2 tỷ đồng (năm 2011) lên 6.064,9 tỷ đồng (năm 2015).",
]


@pytest.mark.parametrize("text", AFTER)
def test_an_average_rate_takes_the_levels_printed_after_it(text: str) -> None:
    doc = passage(text.format(r="10"))
    [rel] = relations(doc, "avg_growth")
    assert (level(doc, rel, "start"), level(doc, rel, "end"), rel.years) == ("4.141,2", "6.064,9", 4)
    assert errors(doc) == []
    assert [f.kind for f in errors(passage(text.format(r="12")))] == ["ratio_mismatch"]


def test_a_level_after_the_rate_that_no_from_opens_is_not_its_start() -> None:
    # "đạt" is no "từ … lên …": the figure after the rate is that year's alone
    doc = passage("Giá trị sản xuất tăng bình quân 10%/năm, năm 2015 đạt 6.064,9 tỷ đồng.")
    assert relations(doc, "avg_growth") == []


# ---------------------------------------------------------------------------------------------
# each level's year in parentheses after it, the rate after both

DATED_IN_PARENTHESES = [
    # gio-linh-quang-tri_2_p1: (3.209.618 / 2.770.987)^(1/2) − 1 = 7,62 %
    ("Tổng giá trị sản xuất tăng từ 2.770.987 triệu đồng (năm 2015) lên 3.209.618 triệu đồng (năm 2017), tăng trung "
     "bình hàng năm {r}%; trong đó năm 2015: nông, lâm, ngư nghiệp 1.537.566 triệu đồng.", "7,62", "10,68", 2),
    # (1.696 / 895)^(1/5) − 1 = 13,64 %
    ("Thu ngân sách trên địa bàn từ 895 tỷ đồng (năm 2015) tăng lên 1.696 tỷ đồng (năm 2020), bình quân {r}%/năm.",
     "13,6", "15,6", 5),
    # (135.180 / 126.365)^(1/8) − 1 = 0,85 %
    ("Dân số trung bình tăng từ 126.365 người (năm 2010) lên 135.180 người (năm 2018), bình quân mỗi năm tăng {r}%.",
     "0,85", "1,85", 8),
]


@pytest.mark.parametrize(("text", "right", "wrong", "years"), DATED_IN_PARENTHESES)
def test_a_year_in_parentheses_after_a_level_is_its_own(text: str, right: str, wrong: str, years: int) -> None:
    doc = passage(text.format(r=right))
    [rel] = relations(doc, "avg_growth")
    assert rel.years == years
    assert errors(doc) == []
    assert [f.kind for f in errors(passage(text.format(r=wrong)))] == ["ratio_mismatch"]


# ---------------------------------------------------------------------------------------------
# the rate alone after the sentences that date its levels, no span printed

SENTENCE_AFTER = [
    # yen-lap-phu-tho_2_p2: (1.136,2 / 1.008,2)^(1/2) − 1 = 6,16 %, "3 năm" = three yearly levels
    ("Năm 2015, tổng giá trị sản xuất trên địa bàn huyện Yên Lập là 1.008,2 tỷ đồng. Năm 2016 tăng lên 1.053,6 tỷ "
     "đồng và năm 2017 đạt 1.136,2 tỷ đồng. Tính bình quân 3 năm, mức tăng là {r}%.", "6,16", "8,16", ("1.008,2", "1.136,2")),
    # yen-lap-phu-tho_2_p1: the years listed in a parenthesis, "(3 năm)" after the rate
    ("Tổng giá trị sản xuất tăng qua các năm (năm 2015 đạt 1.008,2 tỷ đồng, năm 2016 1.053,6 tỷ đồng, năm 2017 "
     "1.136,2 tỷ đồng), tăng bình quân {r}% (3 năm).", "6,16", "8,16", ("1.008,2", "1.136,2")),
    # luc-ngan-bac-giang_4_p2: (302.232 / 225.520)^(1/2) − 1 = 15,77 %; the rate names nothing of its own
    ("Năm 2010, giá trị sản xuất công nghiệp - xây dựng là 225.520 triệu đồng. Năm 2012, con số này lên 302.232 triệu "
     "đồng. Bình quân mỗi năm ngành tăng {r}%.", "15,77", "15,4", ("225.520", "302.232")),
    # (116.183 / 110.312)^(1/4) − 1 = 1,30 %
    ("Năm 2016 dân số huyện là 110.312 người. Đến năm 2020, dân số tăng lên 116.183 người. Bình quân mỗi năm tăng {r}%.",
     "1,3", "1,8", ("110.312", "116.183")),
]


@pytest.mark.parametrize(("text", "right", "wrong", "levels"), SENTENCE_AFTER)
def test_an_average_rate_sums_up_the_dated_levels_before_it(text: str, right: str, wrong: str,
                                                           levels: tuple[str, str]) -> None:
    doc = passage(text.format(r=right))
    [rel] = relations(doc, "avg_growth")
    assert (level(doc, rel, "start"), level(doc, rel, "end")) == levels
    assert errors(doc) == []
    assert [f.kind for f in errors(passage(text.format(r=wrong)))] == ["ratio_mismatch"]


def test_an_average_over_more_years_than_its_levels_span_is_not_read() -> None:
    # "5 năm" but the levels span 2015-2017: they are not the rate's
    doc = passage("Năm 2015, tổng giá trị sản xuất là 1.008,2 tỷ đồng. Năm 2017 đạt 1.136,2 tỷ đồng. Tính bình quân 5 "
                  "năm, mức tăng là 6,16%.")
    assert relations(doc, "avg_growth") == []


def test_an_average_rate_of_another_indicator_does_not_take_the_levels_before_it() -> None:
    doc = passage("Năm 2015, tổng giá trị sản xuất là 1.008,2 tỷ đồng. Năm 2017 đạt 1.136,2 tỷ đồng. Thu nhập bình quân "
                  "đầu người mỗi năm tăng 8%.")
    assert relations(doc, "avg_growth") == []


# ---------------------------------------------------------------------------------------------
# the span printed with the rate, the levels in the paragraphs before it

def test_an_average_rate_with_its_span_takes_the_levels_named_alike_in_earlier_paragraphs() -> None:
    # hoa-vang-da-nang_2_p2
    lines = ("Năm 2011, tổng giá trị sản xuất của Hòa Vang theo giá gốc 2010 là 4.141,2 tỷ đồng. Công nghiệp - xây "
             "dựng chiếm phần lớn với 1.901,8 tỷ đồng; dịch vụ được 1.493,1 tỷ đồng; nông - lâm - thuỷ sản 746,4 tỷ đồng.",
             "Năm 2015, tổng giá trị sản xuất đạt 6.064,9 tỷ đồng. Công nghiệp - xây dựng đạt 2.724,4 tỷ đồng, dịch vụ "
             "2.413,8 tỷ đồng. Cả giai đoạn 2011 - 2015, giá trị sản xuất tăng bình quân {r}% mỗi năm.")
    doc = passage(*(line.format(r="10") for line in lines))
    [rel] = relations(doc, "avg_growth")
    assert (level(doc, rel, "start"), level(doc, rel, "end"), rel.years) == ("4.141,2", "6.064,9", 4)
    assert errors(doc) == []
    assert [f.kind for f in errors(passage(*(line.format(r="12") for line in lines)))] == ["ratio_mismatch"]


def test_levels_in_earlier_paragraphs_named_otherwise_are_not_taken() -> None:
    lines = ("Năm 2011, thu ngân sách trên địa bàn là 4.141,2 tỷ đồng.",
             "Năm 2015, thu ngân sách đạt 6.064,9 tỷ đồng. Cả giai đoạn 2011 - 2015, giá trị sản xuất tăng bình quân "
             "10% mỗi năm.")
    assert relations(passage(*lines), "avg_growth") == []


# ---------------------------------------------------------------------------------------------
# the last level dated only by the report's heading; the first in parentheses after each index. Read
# through the document reader: it is the heading of a file, not a line of the text.

CAN_LOC = (
    # can-loc-ha-tinh_2_p1: ((21.504,1 / 19.460,2)^(1/2)) · 100 = 105,12; (6.771,9 / 7.590,4)^(1/2) -> 94,45
    "Tổng diện tích tự nhiên 30.173,5 ha, trong đó: đất nông nghiệp 21.504,1 ha, chiếm 71,27% (năm 2010: 20.620,2 ha; "
    "bằng 104,29% năm 2010); đất phi nông nghiệp 6.771,9 ha, chiếm 22,44% (năm 2010: 7.554,8 ha; bằng 89,64%); bình "
    "quân giai đoạn 2009 – 2011 mỗi năm diện tích đất nông nghiệp bằng {farm}% năm trước (năm 2009: 19.460,2 ha), "
    "đất phi nông nghiệp bằng 94,46% (năm 2009: 7.590,4 ha).")


def _file(tmp_path: Path, heading: str, farm: str) -> tuple[Document, list[str]]:
    from reconcile.api import check

    path = tmp_path / "can-loc.txt"
    path.write_text(f"UBND HUYỆN CAN LỘC – TỈNH HÀ TĨNH\n{heading}\n\n{CAN_LOC.format(farm=farm)}\n", encoding="utf-8")
    result = check([path], batch_settings={"executor": "serial", "jobs": 1})
    return result.documents[0], [f.reported or "" for f in result.findings if f.severity == "error"]


@pytest.mark.parametrize("heading", ["Trích báo cáo tình hình sử dụng đất đai năm 2011",
                                     "Báo cáo kết quả thống kê đất đai năm 2011 (trích)"])
def test_a_level_without_a_year_is_of_the_year_its_heading_names(tmp_path: Path, heading: str) -> None:
    doc, raised = _file(tmp_path, heading, "105,12")
    rels = relations(doc, "avg_growth")
    assert sorted((level(doc, r, "start"), level(doc, r, "end")) for r in rels) == [
        ("19.460,2", "21.504,1"), ("7.590,4", "6.771,9")]
    assert raised == []
    assert _file(tmp_path, heading, "107,12")[1] == ["107,12%"]


def test_a_heading_of_two_years_dates_no_level(tmp_path: Path) -> None:
    doc, _ = _file(tmp_path, "Trích báo cáo tình hình sử dụng đất đai năm 2010 và năm 2011", "105,12")
    assert relations(doc, "avg_growth") == []


# ---------------------------------------------------------------------------------------------
# a growth whose figure is named only by pointing back ("ngành này", "con số này") or by its year

POINTING_BACK = [
    # yen-dinh-thanh-hoa_2_p2: 2.633.564 / 2.225.170 = 118,35 %
    ("Nông, lâm, thủy sản năm 2012 đạt 2.225.170 triệu đồng. Năm 2013, ngành này thực hiện được 2.633.564 triệu "
     "đồng, bằng {r}% năm trước.", "118,35", "110", ("2.633.564", "2.225.170")),
    # yen-dinh-thanh-hoa_2_p2: the figure named by its year only; 8.225.242 / 7.170.343 = 114,71 %
    ("Năm 2013 tổng giá trị sản xuất đạt 7.170.343 triệu đồng. Năm 2014 đạt 8.225.242 triệu đồng, bằng {r}% năm "
     "2013.", "114,71", "120", ("8.225.242", "7.170.343")),
    # 5.250 / 5.000 = 105 %
    ("Năm 2012, diện tích lúa cả năm là 5.000 ha. Sang năm 2013, diện tích này lên 5.250 ha, bằng {r}% năm trước.",
     "105", "110", ("5.250", "5.000")),
]


@pytest.mark.parametrize(("text", "right", "wrong", "figures"), POINTING_BACK)
def test_a_figure_that_points_back_grows_from_the_sentence_before(text: str, right: str, wrong: str,
                                                                  figures: tuple[str, str]) -> None:
    doc = passage(text.format(r=right))
    read = [(level(doc, r, "current"), level(doc, r, "base")) for r in relations(doc, "growth")]
    assert read == [figures]
    assert errors(doc) == []
    assert [f.kind for f in errors(passage(text.format(r=wrong)))] == ["ratio_mismatch"]


def test_a_pointer_back_to_two_figures_of_the_year_takes_neither() -> None:
    doc = passage("Năm 2012, diện tích lúa là 5.000 ha, diện tích ngô 1.200 ha. Sang năm 2013, diện tích này lên "
                  "5.250 ha, bằng 105% năm trước.")
    assert relations(doc, "growth") == []
