"""Factors, changes in points and counted names as report writers print them (issue 12, wave-10 first
contact: cam-xuyen-ha-tinh_3, ke-sach-soc-trang_1, chiem-hoa-tuyen-quang_3 in corpus/prose/dev/).

Sentences written for these tests in the corpus passages' constructions, own wording and figures.
"""

from __future__ import annotations

import pytest

from tests.test_prose_links import errors, passage, relations
from tests.test_prose_links import text_triples as _triples

# ---------------------------------------------------------------------------------------------
# "tăng N lần so với năm Y": a factor over the year's figure, never an increase of N in the unit

INCOME = ("Năm 2012 thu nhập bình quân đầu người chỉ đạt 12 triệu đồng/năm. Đến năm 2022 thu nhập bình quân "
          "đầu người lên {later} triệu đồng/năm (tăng {factor} lần so với năm 2012).")


def test_tang_n_lan_is_a_factor_over_the_earlier_year() -> None:
    text = INCOME.format(later="45,6", factor="3,8")
    assert _triples(text, "times", ("numerator", "denominator", "factor")) == [("45,6", "12", "3,8")]
    assert relations(passage(text), "difference") == []
    assert errors(passage(text)) == []


def test_a_wrong_tang_n_lan_is_an_error_on_the_factor() -> None:
    (f,) = errors(passage(INCOME.format(later="45,6", factor="8,3")))
    assert f.reported == "8,3"


def test_tang_n_lan_without_the_earlier_figure_is_not_recomputed() -> None:
    doc = passage("Tổng vốn đầu tư toàn xã hội năm 2022 đạt 2.300 tỷ đồng, tăng 3,2 lần so với năm 2012.")
    assert relations(doc, "times") == [] and relations(doc, "difference") == []
    assert errors(doc) == []


# ---------------------------------------------------------------------------------------------
# "tỷ lệ … còn A% (giảm D% so với năm Y)" with the year's rate printed: points, A_Y − A = D

POVERTY = ("Năm 2015 tỷ lệ hộ nghèo chiếm 18,42%, thu nhập bình quân 14 triệu đồng/năm. Năm 2020 tỷ lệ hộ "
           "nghèo còn 4,17% (giảm {fall}% so với năm 2015).")


def test_a_rate_falling_in_points_against_the_earlier_rate() -> None:
    doc = passage(POVERTY.format(fall="14,25"))
    (rel,) = relations(doc, "difference")
    rows = {r.index: r for r in doc.rows}
    assert sorted(rows[r].cells[p].value.raw for _, (r, p) in rel.figures) == ["14,25%", "18,42%", "4,17%"]
    assert errors(doc) == []


def test_a_wrong_fall_in_points_is_an_error() -> None:
    (f,) = errors(passage(POVERTY.format(fall="14,52")))
    assert "18,42" in f.message and "4,17" in f.message


def test_a_rate_of_another_name_is_no_base() -> None:
    doc = passage("Năm 2015 tỷ lệ hộ cận nghèo chiếm 9,5%. Năm 2020 tỷ lệ hộ nghèo còn 4,17% (giảm 2,1% so với "
                  "năm 2015).")
    assert relations(doc, "difference") == []
    assert errors(doc) == []


# ---------------------------------------------------------------------------------------------
# Counted names: the count nearest the names is theirs; descriptions joined by "và" inside items


@pytest.mark.parametrize(("text", "count", "names"), [
    ("Huyện có 15 xã, thị trấn với 92 ấp; trong đó 18 ấp thuộc 4 xã có đông đồng bào Khmer là Phú Tâm, "
     "Thuận Hòa, An Hiệp và Mỹ Hương.", "4", 4),
    ("Huyện có 72 thôn; trong đó 11 thôn thuộc 5 xã vùng cao là Sơn Bua, Sơn Mùa, Sơn Liên, Sơn Dung và "
     "thị trấn Di Lăng.", "5", 5),
])
def test_the_names_after_la_are_those_of_the_nearer_count(text: str, count: str, names: int) -> None:
    doc = passage(text)
    (rel,) = relations(doc, "count_list")
    rows = {r.index: r for r in doc.rows}
    r, p = rel.figures[0][1]
    assert rows[r].cells[p].value.raw == count and len(rel.items) == names
    assert errors(doc) == []


def test_a_count_of_communes_listing_a_town_it_does_not_fit_names_every_one() -> None:
    (f,) = errors(passage("Huyện có 72 thôn; trong đó 11 thôn thuộc 6 xã vùng cao là Sơn Bua, Sơn Mùa, Sơn Liên, "
                          "Sơn Dung và thị trấn Di Lăng."))
    assert "'6'" in f.message and "5 names" in f.message


PLANTS = ("Khu công nghiệp của huyện có {n} nhà máy: sản xuất phân bón, may mặc xuất khẩu, chế biến và đóng gói "
          "thủy sản, cơ khí sửa chữa, bê tông và vật liệu xây dựng.")


def test_descriptions_with_va_inside_an_item_are_split_at_commas() -> None:
    doc = passage(PLANTS.format(n="5"))
    (rel,) = relations(doc, "count_list")
    assert len(rel.items) == 5 and "chế biến và đóng gói thủy sản" in rel.items
    assert errors(doc) == []


def test_one_plant_more_than_named_is_an_error() -> None:
    (f,) = errors(passage(PLANTS.format(n="6")))
    assert "5 names" in f.message


def test_names_joined_by_va_are_still_two_names() -> None:
    (rel,) = relations(passage("Huyện có 4 xã biên giới là Sơn Vĩ, Xín Cái, Thượng Phùng và Lũng Cú."), "count_list")
    assert len(rel.items) == 4


# ---------------------------------------------------------------------------------------------
# Counts split by a complete pair: built new / repaired, at home / abroad ("Trong số này")

HOUSES = ("Ở giai đoạn 2, huyện được phê duyệt 86 căn, trong đó xây dựng mới {new} căn và sửa chữa 31 căn. Đến nay "
          "đã bàn giao 20 căn.")


def test_houses_built_new_or_repaired_add_up() -> None:
    doc = passage(HOUSES.format(new="55"))
    assert [(r.refs("total"), len(r.refs("part"))) for r in relations(doc, "count_sum")] != []
    assert relations(doc, "subset") == [] and errors(doc) == []


def test_houses_that_do_not_add_up_are_an_error() -> None:
    (f,) = errors(passage(HOUSES.format(new="65")))
    assert f.reported == "86"


def test_trong_so_nay_opens_the_parts_of_workers_at_home_and_abroad() -> None:
    doc = passage("Trong 9 tháng, huyện giới thiệu được 1.640 lao động có việc làm. Trong số này, 1.310 người làm việc "
                  "trong nước và 330 người tham gia xuất khẩu lao động ra nước ngoài.")
    assert len(relations(doc, "count_sum")) == 1 and errors(doc) == []
    bad = passage("Trong 9 tháng, huyện giới thiệu được 1.640 lao động có việc làm. Trong số này, 1.310 người làm việc "
                  "trong nước và 230 người tham gia xuất khẩu lao động ra nước ngoài.")
    # one error: "lao động" and "người" convert, so the sum of the parts is judged once, not twice
    assert [f.reported for f in errors(bad)] == ["1.640"]


# ---------------------------------------------------------------------------------------------
# "từ A năm Y1 lên B năm Y2, bằng P% năm trước, rồi lên C năm Y3, bằng Q%": each index over the link before

CHAIN = ("Doanh thu thương mại tăng từ 1.250 tỷ đồng năm 2019 lên 1.400 tỷ đồng năm 2020, bằng 112% năm trước, "
         "rồi lên {c} tỷ đồng năm 2021, bằng {q}% năm 2020.")


def test_a_chain_of_yearly_figures_with_an_index_after_each() -> None:
    doc = passage(CHAIN.format(c="1.610", q="115"))
    rels = [r for r in relations(doc, "growth") + relations(doc, "ratio")]
    assert sorted(_triples(CHAIN.format(c="1.610", q="115"), "growth", ("current", "base", "rate"))) == [
        ("1.400", "từ 1.250", "112%"), ("1.610", "1.400", "115%")]
    assert len(rels) == 2 and errors(doc) == []


def test_a_wrong_index_in_a_chain_is_an_error() -> None:
    (f,) = errors(passage(CHAIN.format(c="1.610", q="125")))
    assert f.reported == "125%"


FOOD = "Sản lượng lương thực từ 40.000 tấn năm 2018 lên 42.000 tấn năm 2019 (bằng 105%) và {c} tấn năm 2020 (bằng 110%)."


def test_indices_in_parentheses_joined_by_va() -> None:
    assert sorted(_triples(FOOD.format(c="46.200"), "growth", ("current", "base", "rate"))) == [
        ("42.000", "từ 40.000", "105%"), ("46.200", "42.000", "110%")]
    assert errors(passage(FOOD.format(c="46.200"))) == []
    (f,) = errors(passage(FOOD.format(c="45.000")))
    assert f.reported == "110%" and "45.000 / 42.000" in f.message
