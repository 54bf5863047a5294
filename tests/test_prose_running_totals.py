"""A running total raised by what a clause added (``extractor.prose_running``): "có thêm N …, nâng tổng số …
lên M" makes N some of M (issue 12, round 25). Sentences reworded from development passages (Trấn Yên, Cát
Tiên, Chợ Gạo), places invented."""

from __future__ import annotations

from tests.test_prose_links import errors, passage, sums


def _subsets(text: str) -> list[tuple[str, list[str]]]:
    return sums(passage(text), "subset")


def test_the_communes_recognised_this_year_are_among_the_raised_total() -> None:
    text = ("Về xây dựng nông thôn mới, năm 2023 có 3 xã là Tân An, Tân Bình, Tân Lợi được công nhận xã nông thôn "
            "mới kiểu mẫu, nâng tổng số xã nông thôn mới kiểu mẫu của huyện lên 7 xã.")
    assert ("7", ["3"]) in _subsets(text)


def test_a_figure_in_parentheses_is_an_aside_not_the_one_added() -> None:
    text = ("Trong chương trình OCOP năm 2023, huyện có 14 sản phẩm được công nhận (công nhận mới 10 sản phẩm, đánh "
            "giá lại 4 sản phẩm), đưa tổng số sản phẩm OCOP của huyện lên 41 sản phẩm.")
    found = _subsets(text)
    assert ("41", ["14"]) in found
    assert not any(total == "41" and parts != ["14"] for total, parts in found)


def test_an_area_raised_by_new_planting() -> None:
    assert ("5.210", ["640"]) in _subsets("Bưởi trồng mới 640 ha, nâng tổng diện tích lên 5.210 ha; cây ăn quả khác 3.100 ha.")


def test_a_hedged_total_after_len() -> None:
    doc = passage("Kết nạp mới 95 hội viên, nâng tổng số hội viên của hội lên hơn 1.200 hội viên.")
    assert [total for total, parts in sums(doc, "subset") if parts == ["95"]] in (["hơn 1.200"], ["1.200"])
    assert errors(doc) == []


def test_an_added_count_bigger_than_the_raised_total_is_an_error() -> None:
    doc = passage("Năm nay có thêm 12 trường đạt chuẩn quốc gia, nâng tổng số trường đạt chuẩn của huyện lên 9 trường.")
    assert ("9", ["12"]) in sums(doc, "subset")
    assert len(errors(doc)) == 1


def test_consistent_running_totals_raise_no_error() -> None:
    doc = passage("Năm nay có thêm 2 trường đạt chuẩn mức độ 2, nâng tổng số trường chuẩn mức độ 2 lên 6 trường.")
    assert ("6", ["2"]) in sums(doc, "subset")
    assert errors(doc) == []


def test_a_fraction_before_the_verb_reads_nothing() -> None:
    # near miss: the nearest figure of the total's quantity is "19/19 tiêu chí", the criteria one commune met,
    # not criteria added; nothing is read (neither 19 nor the communes)
    text = "Huyện có 4 xã đạt chuẩn và 2 xã đạt 19/19 tiêu chí, nâng tổng số tiêu chí nông thôn mới lên 245, bình quân 17 tiêu chí/xã."
    assert not any(total == "245" for total, _ in _subsets(text))


def test_a_clause_after_a_semicolon_is_no_added_figure() -> None:
    # near miss: the half year's value closes its clause; the plan to raise the year's total is another statement
    text = ("Giá trị sản xuất sáu tháng đầu năm ước đạt trên 5.100 tỷ đồng, tăng 6,0% so với cùng kỳ; huyện phấn đấu "
            "sáu tháng cuối năm đưa tổng giá trị sản xuất lên trên 7.900 tỷ đồng.")
    assert not any(total.endswith("7.900") for total, _ in _subsets(text))


def test_an_item_of_a_list_keeps_its_whole() -> None:
    # near miss: the figure before the verb is already a part of the list "trong đó" opened; it is not read
    # again under the raised total, and the list's total is no part of it either
    doc = passage("Thị xã có 1.150 dự án đầu tư, trong đó thu hút đầu tư nước ngoài 760 dự án, nâng tổng số dự án trên "
                  "địa bàn lên 5.900 dự án.")
    found = sums(doc, "subset")
    assert ("1.150", ["760"]) in found
    assert not any(total == "5.900" for total, _ in found)
    assert errors(doc) == []
