"""Two misreadings found on raw provincial pages (prose19r's kept-apart pages, read by the lead), each
stated as its mechanism and tested with reworded sentences of our own (issue 12, prose20a).

1. A change printed in parentheses after its rate ("giảm 0,58% (5.240 tấn)") is that change in the
   figure's unit, not a level: read as one it became the whole of the "trong đó" list after it.
2. A day and month joined by a dot ("đến ngày 14.4") is a date: counted as an English decimal it
   called the page English-style, and "1.986 tỉ đồng" read 1,986 (so 1.986 / 921 came out −100 %).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reconcile.engine.checks import document_to_findings
from tests.test_figure_marks import errors as file_errors
from tests.test_figure_marks import read, values
from tests.test_prose_links import errors, passage, text_sums, text_triples

CHANGE_THEN_LIST = [
    # the raw page's construction, reworded (Nam Định, 2019): rate, change in parentheses, "so với", list
    "Sản lượng lương thực có hạt cả năm đạt 905.867 tấn, giảm 0,58% ({change} tấn) so với năm trước; trong đó "
    "thóc 888.132 tấn, ngô 17.724 tấn, kê 11 tấn.",
    # our wording: another verb, "tương ứng" opening the parenthesis, "gồm" opening the list
    "Tổng thu ngân sách trên địa bàn ước đạt 420 tỷ đồng, tăng 12% (tương ứng {change} tỷ đồng) so với cùng kỳ, gồm: "
    "thu thuế 300 tỷ đồng, thu phí 120 tỷ đồng.",
    # our wording: the comparison first, a hedged change, the list after "trong đó" in a new clause
    "So với năm 2022, tổng đàn gia súc năm 2023 là 45.200 con, tăng 4,9% (khoảng {change} con), trong đó đàn trâu "
    "12.000 con, đàn bò 33.200 con.",
]


@pytest.mark.parametrize(("text", "change", "whole"), list(zip(CHANGE_THEN_LIST, ("5.240", "45", "2.100"),
                                                          ("905.867", "420", "45.200"), strict=True)))
def test_a_change_in_parentheses_after_its_rate_is_no_whole(text: str, change: str, whole: str) -> None:
    ok = text.format(change=change)
    kinds = text_sums(ok, "subset") + text_sums(ok, "partition")
    assert kinds and all(total == whole for total, _ in kinds)
    assert errors(passage(ok)) == []


def test_the_list_is_still_checked_against_its_whole() -> None:
    # the parts now add to more than the level: the error names the level, not the change
    text = CHANGE_THEN_LIST[1].format(change="45").replace("thu phí 120", "thu phí 220")
    found = errors(passage(text))
    assert len(found) == 1 and found[0].reported == "420"


def test_a_change_before_its_rate_keeps_its_reading() -> None:
    # "giảm 2.170 ha (bằng 1,46%)": the change printed first, its rate in parentheses; nothing to
    # recompute without last year's level, and the list is still of the level
    text = ("Tổng diện tích gieo trồng cả năm là 146.919 ha, giảm 2.170 ha (bằng 1,46%) so với năm 2018; trong đó "
            "lúa 120.000 ha, ngô 20.000 ha.")
    assert text_sums(text, "subset") == [("146.919", ["120.000", "20.000"])]
    assert errors(passage(text)) == []


def test_a_growth_with_its_base_in_parentheses_is_still_read() -> None:
    # guard: "(921 tỉ đồng)" after "so với cùng kỳ" is the base, not a change
    text = "Vốn đăng ký đạt 1.986 tỉ đồng, tăng 116% so với cùng kỳ năm trước (921 tỉ đồng)."
    assert ("1.986", "921", "116%") in text_triples(text, "growth", ("current", "base", "rate"))


DATED = [
    # the raw page's construction, reworded (Bình Định, 2017): a dotted date opens the page
    "Tính đến ngày 14.4, toàn tỉnh có 401 doanh nghiệp thành lập mới với số vốn đăng ký là 1.986 tỉ đồng, tăng "
    "{rate} so với cùng kỳ năm trước (921 tỉ đồng).",
    # our wording: the date with its year, "đạt", the base before the current figure
    "Cùng kỳ năm trước vốn đăng ký mới chỉ 921 tỉ đồng; từ đầu năm đến ngày 30.6.2017, vốn đăng ký đạt 1.986 tỉ đồng, "
    "tăng {rate}.",
    # our wording: "bằng" an index, the date after the figures
    "Vốn đăng ký của doanh nghiệp mới là 1.986 tỉ đồng, bằng {index} so với cùng kỳ (921 tỉ đồng), số liệu tính đến "
    "ngày 5.9.",
]


@pytest.mark.parametrize("text", DATED)
def test_a_dotted_date_does_not_make_the_page_english(tmp_path: Path, text: str) -> None:
    doc = read(tmp_path, text.format(rate="116%", index="216%"))
    assert values(doc)["1.986"] == 1986
    assert values(doc)["921"] == 921


def test_a_dotted_date_keeps_the_growth_checked(tmp_path: Path) -> None:
    # the page printed 113 % for 1.986 / 921 − 1 = 115,6 %: a true inconsistency, now said with the figures read right
    found = file_errors(read(tmp_path, DATED[0].format(rate="113%")))
    assert len(found) == 1 and "1.986 / 921" in found[0] and "-100" not in found[0]
    assert file_errors(read(tmp_path, DATED[0].format(rate="116%"))) == []


def test_a_dot_decimal_after_ngay_that_is_no_date_still_votes(tmp_path: Path) -> None:
    # "ngày 45.5" cannot be a day and a month: a decimal, which still calls the text English-style
    doc = read(tmp_path, "Năng suất bình quân 1 ngày 45.5 kg, tổng 1.250 kg trong 27.5 ngày.")
    assert values(doc)["1.250"] == 1.25


RATE_OF_CHANGE = [
    # the raw construction reworded (Nam Định, 2017): "giảm X (bằng p%)", p over last year's level, not printed
    "Vụ mùa năm 2017, toàn huyện gieo cấy được 76.627 ha lúa, giảm 657 ha (bằng 0,85%) so với vụ mùa năm 2016.",
    # our wording: an increase, "tương đương", a whole of another paragraph before it
    "Tổng diện tích trồng lúa cả năm của toàn huyện là 146.919 ha.\n\nDiện tích gieo trồng cây vụ đông đạt 12.500 ha, "
    "tăng 500 ha (tương đương 4,17%) so với vụ đông năm trước.",
    # our wording: the comparison first, a count, a bare percentage in the parenthesis
    "So với năm 2022, số hộ nghèo năm 2023 còn 1.245 hộ, giảm 275 hộ (18,09%).",
]


@pytest.mark.parametrize("text", RATE_OF_CHANGE)
def test_the_rate_of_a_change_is_over_the_earlier_level_and_not_guessed(tmp_path: Path, text: str) -> None:
    # nothing to recompute without the earlier level: no reading over the change or the current level
    doc = read(tmp_path, text)
    assert [f.message for f in document_to_findings(doc)] == []


TABLE_NUMBERED = [
    # cu-lao-dung-soc-trang_3: "Bảng 3.3" in the heading, then areas by thousands
    "Diện tích trồng mía (dòng diện tích của Bảng 3.3 chuyển thành câu)\n\nDiện tích mía là 7.806 ha năm 2011, 7.956 "
    "ha năm 2012 và 8.215 ha năm 2013: năm 2013 tăng thêm {x} ha so với năm 2012.",
    # our wording: a section number, a decrease of households
    "Theo mục 2.1 của báo cáo, số hộ nghèo là 1.520 hộ năm 2021 và 1.245 hộ năm 2022; năm 2022 giảm {x} hộ so với "
    "năm 2021.",
]


@pytest.mark.parametrize(("text", "good", "bad"), list(zip(TABLE_NUMBERED, ("259", "275"), ("295", "257"), strict=True)))
def test_a_table_or_section_number_does_not_make_the_page_english(tmp_path: Path, text: str, good: str,
                                                                  bad: str) -> None:
    assert file_errors(read(tmp_path, text.format(x=good))) == []
    assert any(bad in f for f in file_errors(read(tmp_path, text.format(x=bad))))
