"""Partitions printed sentence by sentence, without a list word (issue 12, prose13c): a whole, then one
sentence or clause per class of one classification. Each test holds a development sentence (its file
named) and re-wordings of our own; the inconsistent form is an error, and figures that only look like
parts are not read as a partition.
"""

from __future__ import annotations

import pytest

from tests.test_prose_links import errors, passage, sums


def _partitions(*lines: str) -> list[tuple[str, list[str]]]:
    doc = passage(*lines)
    return sorted(sums(doc, "partition") + sums(doc, "count_sum"))


# ---------------------------------------------------------------------------------------------
# the three sectors, each in its own sentence or clause, after the year's total

GIO_LINH = ("Năm 2015, tổng giá trị sản xuất của huyện Gio Linh là 2.770.987 triệu đồng. Nông, lâm, ngư nghiệp đóng góp "
            "{a} triệu đồng. Công nghiệp, tiểu thủ công nghiệp đạt 355.381 triệu đồng; thương mại, dịch vụ 878.040 triệu "
            "đồng.")
SECTOR_WORDINGS = [
    # the biggest sector first, each with its growth rate between the figures
    "Năm 2015, giá trị sản xuất toàn huyện ước đạt 2.770.987 triệu đồng, tăng 7,2%. Thương mại, dịch vụ tăng mạnh "
    "nhất với 9,1%, đạt 878.040 triệu đồng. Ngành nông, lâm, ngư nghiệp ước đạt {a} triệu đồng, tăng 3,4%. Công "
    "nghiệp – xây dựng được 355.381 triệu đồng, tăng 8,8%.",
    # the total in one paragraph, the sectors in the next
    ("Năm 2015, tổng giá trị sản xuất trên địa bàn đạt 2.770.987 triệu đồng.",
     "Khu vực nông, lâm, thủy sản đạt {a} triệu đồng; khu vực công nghiệp, xây dựng 355.381 triệu đồng; khu vực "
     "dịch vụ 878.040 triệu đồng."),
]


@pytest.mark.parametrize("text", [GIO_LINH, *SECTOR_WORDINGS])
def test_sectors_in_the_sentences_after_the_total_partition_it(text: str | tuple[str, ...]) -> None:
    lines = (text,) if isinstance(text, str) else text
    ok = tuple(t.format(a="1.537.566") for t in lines)
    assert [(t, sorted(ps)) for t, ps in _partitions(*ok)] == [("2.770.987", sorted(["1.537.566", "355.381", "878.040"]))]
    assert errors(passage(*ok)) == []
    (f,) = errors(passage(*(t.format(a="1.573.566") for t in lines)))
    assert f.reported == "2.770.987"


def test_the_next_years_total_after_the_parts_is_not_their_sum() -> None:
    # gio-linh-quang-tri_2 (paraphrase): "Hai năm sau, tổng giá trị sản xuất lên 3.209.618" is 2017's own total
    text = GIO_LINH.format(a="1.537.566") + " Hai năm sau, tổng giá trị sản xuất lên 3.209.618 triệu đồng."
    assert _partitions(text)[0][0] == "2.770.987"
    assert errors(passage(text)) == []


# ---------------------------------------------------------------------------------------------
# urban and rural, men and women: the population's classes in the sentences after it


@pytest.mark.parametrize("text", [
    # chu-pah-gia-lai_1 (paraphrase)
    "Tháng 5/2023, dân số toàn huyện là 82.594 người. Khu vực nông thôn có {rural} người; thành thị có 13.364 người. "
    "Mật độ dân số là 84 người/km².",
    "Năm 2019, huyện có 82.594 nhân khẩu. Số người sống ở nông thôn là {rural} người, còn ở thành thị là 13.364 người.",
    "Dân số trung bình năm 2022 của huyện đạt 82.594 người. Thành thị có 13.364 người, chiếm 16,2%. Nông thôn có "
    "{rural} người.",
])
def test_urban_and_rural_after_the_population(text: str) -> None:
    assert [(t, sorted(ps)) for t, ps in _partitions(text.format(rural="69.230"))] == [
        ("82.594", sorted(["69.230", "13.364"]))]
    assert [f.reported for f in errors(passage(text.format(rural="69.320")))] == ["82.594"]


@pytest.mark.parametrize("text", [
    # minh-long-quang-ngai_2 (paraphrase)
    "Năm 2010, dân số trung bình của huyện Minh Long là 15.773 người. Số nữ là 8.093 người, số nam là 7.680 người.",
    "Năm 2010, huyện có 15.773 người. Nữ giới có 8.093 người. Nam giới có 7.680 người.",
    "Dân số năm 2010 là 15.773 người; nam 7.680 người và nữ 8.093 người.",
])
def test_men_and_women_after_the_population(text: str) -> None:
    assert [(t, sorted(ps)) for t, ps in _partitions(text)] == [("15.773", sorted(["8.093", "7.680"]))]
    assert errors(passage(text)) == []


def test_a_year_is_no_man() -> None:
    # "năm" folds to "nam": "Năm 2016 có 8.524 người …" names no sex
    text = "Năm 2010, huyện có 15.773 người. Năm 2016 có 8.524 người đi làm, nữ có 8.619 người."
    assert _partitions(text) == []


# ---------------------------------------------------------------------------------------------
# poor and near-poor households, their total printed after them


@pytest.mark.parametrize("text", [
    # phu-cat-binh-dinh_1 (paraphrase)
    "Số hộ nghèo là 263 hộ, tỷ lệ 3,80%. Hộ cận nghèo có {near} hộ, tỷ lệ 6,42%. Cộng lại, thành thị có 707 hộ nghèo "
    "và cận nghèo.",
    # van-canh-binh-dinh_1 (paraphrase)
    "Khu vực thành thị có 263 hộ nghèo. Hộ cận nghèo có {near} hộ. Tổng cộng 707 hộ nghèo và cận nghèo.",
    # each named before its share of the total printed after them
    "Ở nông thôn, hộ nghèo chiếm 37,2%, tương ứng 263 hộ. Hộ cận nghèo chiếm 62,8%, với {near} hộ. Tổng số hộ nghèo "
    "và cận nghèo là 707 hộ.",
])
def test_poor_and_near_poor_then_their_sum(text: str) -> None:
    assert [(t, sorted(ps)) for t, ps in _partitions(text.format(near="444"))] == [("707", sorted(["263", "444"]))]
    assert errors(passage(text.format(near="444"))) == []
    assert "707" in [f.reported for f in errors(passage(text.format(near="454")))]


def test_poor_and_near_poor_after_their_total_not_the_next_areas() -> None:
    # tay-son-binh-dinh_1 (paraphrase): the next sentence's "5.054 hộ nghèo và cận nghèo" is the rural total
    text = ("Thành thị có 1.063 hộ nghèo và cận nghèo. Số hộ nghèo là 543, tỷ lệ 8,98%. Hộ cận nghèo có 520 hộ, tỷ lệ "
            "8,60%. Khu vực nông thôn có tỷ lệ nghèo đa chiều 15,64%, với 5.054 hộ nghèo và cận nghèo.")
    assert ("1.063", ["543", "520"]) in _partitions(text)
    assert errors(passage(text)) == []


# ---------------------------------------------------------------------------------------------
# what only looks like classes


def test_places_named_by_their_commune_or_town_are_no_classes() -> None:
    # phong-tho-lai-chau_1 (paraphrase): "xã Ma Li Pho (12 ha), thị trấn Phong Thổ (6,42 ha)" are the main places
    text = ("Toàn huyện hiện có 113 ha mía. Diện tích này chủ yếu ở xã Hoang Thèn (80 ha), xã Ma Li Pho (12 ha), thị "
            "trấn Phong Thổ (6,42 ha) và xã Huổi Luông (6ha).")
    assert errors(passage(text)) == []


def test_two_totals_before_the_parts_and_none_said_to_be_one() -> None:
    # which of two populations the classes break down cannot be told from the words: nothing is read when
    # the classes add up to neither
    text = "Xã A có 10.139 người. Xã B có 10.755 người. Người Kinh có 3.156 người; đồng bào dân tộc thiểu số 7.499 người."
    assert _partitions(text) == []
    # when they add up exactly to one of them, the arithmetic tells (prose_sums_explained): cau-ke-tra-vinh_2's
    # Phong Phú, 3.156 + 7.599 = 10.755
    assert _partitions(text.replace("7.499", "7.599")) == [("10.755", ["3.156", "7.599"])]
