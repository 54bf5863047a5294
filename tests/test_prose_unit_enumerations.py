"""A district's total of units whose town is named without a figure, and units named by a table's lines
(golden/prose/README.md, "Administrative units: totals, parts and named lists"; issue 12).

The strings are reworded from dev passages (song-hinh-phu-yen_2, cu-lao-dung-soc-trang_1, vinh-bao-hai-phong_1,
cang-long-tra-vinh_2, xuan-truong-nam-dinh_2); the names are changed.
"""

from __future__ import annotations

import pytest

from reconcile.engine.checks import document_to_findings
from tests.test_prose_links import errors, passage, printed, relations, sums

COMMUNES = "Tân An, Tân Bình, Tân Hòa, Tân Lập, Tân Mỹ, Tân Phú, Tân Thành"


def lists(text: str) -> dict[str, int]:
    doc = passage(text)
    return {printed(doc, r, "count")[0]: len(r.items) for r in relations(doc, "count_list")}


def test_the_towns_count_printed_elsewhere_makes_the_total_a_sum() -> None:
    text = ("Về hành chính, huyện chia thành 1 thị trấn, 7 xã; cụ thể, huyện có {n} đơn vị hành chính cấp xã trực "
            f"thuộc, bao gồm thị trấn Sơn Hà (huyện lỵ) và 7 xã: {COMMUNES}.")
    doc = passage(text.format(n=8))
    assert sums(doc, "count_sum") == [("8", ["1", "7"])]
    assert sums(doc, "subset") == []
    assert lists(text.format(n=8)) == {"7": 7}  # the total is a sum, not a list of every name too
    assert not errors(doc)
    # a total that does not add up is flagged (a warning: the sentence prints a second 7 xã, which the checker
    # says may be the parts' list read short)
    assert [f.severity for f in document_to_findings(passage(text.format(n=9)))] == ["warning"]


def test_no_figure_for_the_town_the_total_is_checked_by_its_names() -> None:
    text = f"Huyện có 8 đơn vị hành chính cấp xã trực thuộc, gồm thị trấn Sơn Hà (huyện lỵ) và 7 xã: {COMMUNES}."
    doc = passage(text)
    assert lists(text) == {"8": 8, "7": 7}
    assert sums(doc, "subset") == []
    assert not errors(doc)
    # one name short: both counts miss it
    short = text.replace(", Tân Thành", "")
    assert lists(short) == {"8": 7, "7": 6}
    assert errors(passage(short))


def test_names_with_their_number_and_the_town_among_the_names() -> None:
    text = ("Huyện gồm 4 đơn vị hành chính cấp xã (thị trấn Sơn Hà và 3 xã): An Thạnh 1, An Thạnh 2, An Thạnh 3 "
            "và thị trấn Sơn Hà.")
    assert lists(text)["4"] == 4


def test_communes_not_all_named_leave_the_total_unread() -> None:
    assert "8" not in lists("Huyện có 8 đơn vị hành chính, gồm thị trấn Sơn Hà và 7 xã. Dân số 58.700 người.")
    assert "8" not in lists(f"Huyện có 8 đơn vị hành chính, gồm thị trấn Sơn Hà và 7 xã như {COMMUNES}.")
    assert "8" not in lists(f"Huyện có 8 đơn vị hành chính, gồm thị trấn Sơn Hà và 7 xã: {COMMUNES}, …")


def test_two_different_counts_of_towns_leave_the_total_unread() -> None:
    text = ("Năm 2008 huyện có 2 thị trấn, 6 xã. Huyện chia thành 1 thị trấn, 7 xã. Huyện có 8 đơn vị hành chính cấp "
            f"xã, gồm thị trấn Sơn Hà và 7 xã: {COMMUNES}.")
    doc = passage(text)
    assert ("8", ["1", "7"]) not in sums(doc, "count_sum")
    assert "8" not in lists(text)


def test_a_count_of_towns_printed_alone_is_no_operand() -> None:
    # "2 thị trấn" of another year, printed with no count of communes beside it: the town has no figure, the
    # total is checked by its names
    text = f"Năm 2003 huyện có 2 thị trấn. Huyện có 8 đơn vị hành chính, gồm thị trấn Sơn Hà và 7 xã: {COMMUNES}."
    doc = passage(text)
    assert [t for t, _ in sums(doc, "count_sum")] == []
    assert lists(text) == {"8": 8, "7": 7}
    assert not errors(doc)


def test_the_table_lines_name_the_communes() -> None:
    names = ", ".join("xã " + x for x in COMMUNES.split(", "))
    text = ("Huyện Sơn Hà có {n} đơn vị hành chính cấp xã trực thuộc, gồm 1 thị trấn và {m} xã. Bảng danh sách của "
            f"bài kê: thị trấn Sơn Hà (huyện lỵ), {names}. Huyện cách thành phố khoảng 21 km.")
    assert lists(text.format(n=8, m=7)) == {"7": 7}  # the total is 1 + 7, no list of every name
    assert sums(passage(text.format(n=8, m=7)), "count_sum") == [("8", ["1", "7"])]
    assert not errors(passage(text.format(n=8, m=7)))
    assert lists(text.format(n=9, m=8)) == {"8": 7}  # one commune short of the count: an error
    assert errors(passage(text.format(n=9, m=8)))


def test_the_table_lines_name_every_unit_when_the_town_has_no_figure() -> None:
    text = ("Huyện có 8 đơn vị hành chính cấp xã trực thuộc, gồm thị trấn và 7 xã; theo bảng danh sách đó là Thị "
            f"trấn Sơn Hà (huyện lỵ) và các xã {COMMUNES}. Dân số năm 2010 là 190.000 người.")
    assert lists(text) == {"8": 8, "7": 7}
    assert not errors(passage(text))


def test_a_commune_named_nhu_is_no_open_list() -> None:
    # song-lo-vinh-phuc_2, reworded: "Như Thuỵ" is a commune, not "như" (such as) opening a partial list
    text = ("Huyện chia thành 1 thị trấn và 6 xã; các xã là Bạch Lưu, Hải Lựu, Đôn Nhân, Như Thuỵ, Yên Thạch, Cao "
            "Phong. Dân số 93.984 người.")
    assert lists(text) == {"6": 6}
    assert "6" not in lists(text.replace("các xã là Bạch Lưu", "các xã như Bạch Lưu"))


def test_the_kind_and_its_colon_after_la_open_the_names() -> None:
    # phu-tan-an-giang_3, reworded
    text = ("Năm 1976 huyện mới gồm {n} đơn vị hành chính là các xã: Long Sơn, Phú Lâm, Phú An, Hòa Hảo, Hồ Lạc và "
            "thị trấn Mỹ Lương.")
    assert lists(text.format(n=6)) == {"6": 6}
    assert errors(passage(text.format(n=7)))


def test_names_right_after_their_kind_before_la_are_the_names() -> None:
    # kien-luong-kien-giang_1, reworded: "là xã đảo" says what the two are, the names come before it
    text = "Huyện có 7 xã; trong đó {n} xã Hòn Tre và Sơn Hải là xã đảo."
    assert lists(text.format(n=2)) == {"2": 2}
    assert errors(passage(text.format(n=3)))


@pytest.mark.parametrize("opener", ["gồm", "gồm có", "bao gồm"])
def test_gom_co_opens_the_units_as_gom_does(opener: str) -> None:
    """"gồm có" is "gồm" (the rewording benchmark's gom_co cost the totals of vinh-bao-hai-phong_1,
    yen-chau-son-la_1, dong-anh-ha-noi_1, hoc-mon-ho-chi-minh_6, long-thanh-dong-nai_1, quynh-nhai-son-la_1, …:
    the communes alone were read as some of the units)."""
    named = f"Huyện có 8 đơn vị hành chính cấp xã trực thuộc, {opener} thị trấn Sơn Hà (huyện lỵ) và 7 xã: {COMMUNES}."
    assert lists(named) == {"8": 8, "7": 7}
    assert sums(passage(named), "subset") == []
    counted = f"Huyện chia thành 1 thị trấn, 7 xã; cụ thể, huyện có 8 đơn vị hành chính, {opener} thị trấn Sơn Hà và 7 xã."
    assert sums(passage(counted), "count_sum") == [("8", ["1", "7"])]
