"""Counts followed by the names they count, in the shapes district pages print (issue 12).

Sentences written for these tests (own names and figures): a town typed among communes, a count of
two kinds of unit at once, names that end with a number or carry their commune in parentheses, a
year or a clause between the count and its names.
"""

from __future__ import annotations

from extractor.model import Document
from tests.test_prose_links import errors, passage, relations


def listed_counts(doc: Document) -> list[tuple[str, int]]:
    rows = {r.index: r for r in doc.rows}
    out = []
    for rel in relations(doc, "count_list"):
        (_, (r, p)), = rel.figures
        out.append((rows[r].cells[p].value.raw, len(rel.items)))
    return out


def assert_count_checked(text: str, names: int) -> None:
    """``text`` (a "{}" where the count goes) is read as a count of ``names`` names: right when it
    prints that count, one error naming the names when it prints one more."""
    doc = passage(text.format(names))
    assert (str(names), names) in listed_counts(doc)
    assert errors(doc) == []
    wrong = str(names + 1)
    doc = passage(text.format(wrong))
    assert (wrong, names) in listed_counts(doc)
    (f,) = errors(doc)
    assert f.reported == wrong and f"{names} names" in f.message


def test_one_town_typed_among_communes_is_not_a_commune() -> None:
    names = "Phú An, Phú Hòa, Tân Lộc, Tân Mỹ, Long Điền, thị trấn Cái Vồn và Mỹ Hưng"
    doc = passage(f"Huyện có 6 xã và 1 thị trấn: {names}.")
    assert listed_counts(doc) == [("6", 6)] and errors(doc) == []
    doc = passage(f"Toàn huyện gồm 01 thị trấn và 06 xã là {names}.")
    assert errors(doc) == []
    (f,) = errors(passage(f"Huyện có 7 xã và 1 thị trấn: {names}."))
    assert f.reported == "7"


def test_a_count_of_communes_and_towns_together_counts_every_name() -> None:
    doc = passage("Huyện chia thành 7 xã, thị trấn gồm: TT Phong Lạc, xã Hòa Mỹ, Hòa Bình, Hòa Tân, Long Phú, "
                  "Long Khánh và xã Mỹ Lợi.")
    assert listed_counts(doc) == [("7", 7)] and errors(doc) == []
    (f,) = errors(passage("Huyện có 8 xã thị trấn gồm: TT Phong Lạc, xã Hòa Mỹ, Hòa Bình, Hòa Tân, Long Phú, Long Khánh "
                          "và xã Mỹ Lợi."))
    assert f.reported == "8" and "7 names" in f.message


def test_names_that_end_with_a_number_or_name_their_commune() -> None:
    doc = passage("Năm 2022, 4 thôn của huyện được công nhận thôn kiểu mẫu: Nà Pài (xã Yên Hân), Khuổi Đăm (xã Cao Sơn), "
                  "Bản Chang 2 (xã Như Cố) và Cốc Lùng (xã Hòa Mục).")
    assert listed_counts(doc) == [("4", 4)] and errors(doc) == []
    doc = passage("Thị trấn có 5 khu phố: Khu phố 1, Khu phố 2, Khu phố 3, Khu phố 4 và Khu phố 5.")
    assert listed_counts(doc) == [("5", 5)] and errors(doc) == []
    (f,) = errors(passage("Năm 2022, 3 thôn được công nhận thôn kiểu mẫu: Nà Pài (xã Yên Hân), Khuổi Đăm (xã Cao Sơn), "
                          "Bản Chang 2 (xã Như Cố) và Cốc Lùng (xã Hòa Mục)."))
    assert f.reported == "3"


def test_a_year_between_the_count_and_its_names() -> None:
    doc = passage("Tỉnh đã công nhận 3 xã của huyện đạt chuẩn nông thôn mới kiểu mẫu năm 2023, gồm Quỳnh Lâm, Quỳnh "
                  "Thạch và Quỳnh Bá; mỗi xã được thưởng 1 tỷ đồng.")
    assert listed_counts(doc) == [("3", 3)] and errors(doc) == []


def test_figures_after_names_are_no_names() -> None:
    # each name carries a count of its own: the names are counted without their figures ("Tân An", never
    # "Tân An 12"; ``prose_figured_items``, as the truth of kien-luong-kien-giang_3 and cai-be-tien-giang_1 counts them)
    doc = passage("Năm 2023, 3 xã có hộ thoát nghèo: Tân An 12 hộ, Tân Bình 8 hộ và Tân Lập 5 hộ.")
    assert listed_counts(doc) == [("3", 3)] and errors(doc) == []
    (rel,) = relations(doc, "count_list")
    assert list(rel.items) == ["Tân An", "Tân Bình", "Tân Lập"]
    # "mức độ 3, 4" still names levels, not figures
    doc = passage("Có 120 thủ tục hành chính mức độ 3, 4 được cung cấp trực tuyến.")
    assert [c.value.raw for r in doc.rows for c in r.cells] == ["120"]


def test_a_count_of_things_no_list_names_is_read_when_every_item_is_a_name() -> None:
    # the counted noun ("cửa sông", "hòn đảo", "bến cảng") is on no list: proper names make the list
    doc = passage("Huyện có 28 km bờ biển với 2 cửa sông lớn là cửa Ba Lạt và cửa Hà Lạn, nhiều tiềm năng về nuôi trồng.")
    assert listed_counts(doc) == [("2", 2)] and errors(doc) == []
    doc = passage("Xã gồm 3 hòn đảo nhỏ: Hòn Mun, Hòn Tre, Hòn Một; ngư dân sống chủ yếu ở Hòn Tre.")
    assert listed_counts(doc) == [("3", 3)] and errors(doc) == []
    (f,) = errors(passage("Thị xã có 4 bến cảng (Cửa Lò, Bến Thủy, Vũng Áng)."))
    assert f.reported == "4"


def test_a_count_of_things_whose_items_are_not_all_names_is_not_read() -> None:
    # an item that goes on as a clause ("… đã được nâng cấp"), a description, or a measure is no list of names
    assert listed_counts(passage("Trên địa bàn có 2 cửa khẩu là Cửa Khẩu Tà Lùng đã được nâng cấp và Cửa Khẩu Lý Vạn.")) == []
    assert listed_counts(passage("Huyện có 3 chợ là chợ Phú Lâm, chợ Bình Mỹ và một chợ tạm.")) == []
    assert listed_counts(passage("Diện tích rừng tăng 3 ha là Khe Nước và Hòn Đỏ.")) == []


def test_names_of_things_may_carry_what_they_hold_or_where_they_are() -> None:
    # "Tân Phú với 6 làng", "Trạm Lũng Cú ở xã Lũng Cú", "(còn gọi là 501)": the names are before them
    doc = passage("Thời Pháp, quận có 3 tổng: Tân Phú với 6 làng, Bình Hòa với 4 làng và Long Khánh với 7 làng.")
    assert listed_counts(doc) == [("3", 3)] and errors(doc) == []
    (f,) = errors(passage("Huyện có 3 trạm kiểm soát biên phòng: Trạm Lũng Cú ở xã Lũng Cú và trạm Sà Phìn ở xã Sà Phìn."))
    assert f.reported == "3"
    doc = passage("Huyện có 2 đồn biên phòng là Mã Lé (còn gọi là 501) và Phố Bảng (còn gọi là 503).")
    assert listed_counts(doc) == [("2", 2)] and errors(doc) == []
    # a qualifier that runs on past "và" leaves an item that is no name: not read
    assert listed_counts(passage("Huyện có 2 cửa khẩu: Cửa Khẩu Tà Lùng ở xã Đàm Thủy và xã Chí Viễn, Cửa Khẩu Lý Vạn.")) == []


def test_a_kind_glued_to_its_name_is_a_lost_space() -> None:
    # "xãTân Lập": the space was lost in the page, the item is still the commune's name
    names = "xã Tân An, xãTân Lập, xã Tân Hòa, xã Phú Mỹ và thị trấn Phú Lộc (được công nhận là đô thị loại V năm 2015)"
    doc = passage(f"Huyện có 5 đơn vị hành chính là: {names}.")
    assert listed_counts(doc) == [("5", 5)] and errors(doc) == []
    (f,) = errors(passage(f"Huyện có 6 đơn vị hành chính là: {names}."))
    assert f.reported == "6"


def test_a_count_of_towns_printed_before_the_communes_sets_the_town_apart() -> None:
    names = "thị trấn Mỏ Cày (huyện lỵ) và các xã An Định, An Thới, Bình Khánh, Cẩm Sơn, Đa Phước, Minh Đức"
    doc = passage(f"Huyện có 7 đơn vị hành chính cấp xã, trong đó có 1 thị trấn, 6 xã: {names}.")
    assert ("6", 6) in listed_counts(doc) and errors(doc) == []
    # seven communes announced, six named: the town is counted apart, so it cannot make up the seventh
    found = [f for f in errors(passage(f"Huyện có 8 đơn vị hành chính cấp xã, trong đó có 1 thị trấn, 7 xã: {names}."))
             if f.reported == "7"]
    assert len(found) == 1


def test_a_count_of_units_broken_into_kinds_is_their_sum_and_the_communes_count_their_names() -> None:
    # golden/prose/README.md, "Administrative units": 6 = 1 + 5 is a count_sum; the total is not also a list of
    # every name (a missing name is reported once, by the communes' list)
    names = "thị trấn Sa Thầy, Sa Bình, Sa Nghĩa, Sa Nhơn, Sa Sơn, Ya Ly"
    doc = passage(f"Huyện có 6 đơn vị hành chính cấp xã, gồm 1 thị trấn và 5 xã: {names}.")
    assert listed_counts(doc) == [("5", 5)] and errors(doc) == []
    assert [f for f in errors(passage(f"Huyện có 7 đơn vị hành chính cấp xã, gồm 1 thị trấn và 5 xã: {names}."))
            if f.reported == "7"]
    # one commune short: the communes' list is the one error
    (f,) = errors(passage(f"Huyện có 7 đơn vị hành chính cấp xã, gồm 1 thị trấn và 6 xã: {names}."))
    assert f.reported == "6"
    # no town among the names: they are the communes', the 7 units are not counted against them
    doc = passage("Huyện có 7 đơn vị hành chính cấp xã, gồm 1 thị trấn và 6 xã: Sa Bình, Sa Nghĩa, Sa Nhơn, Sa Sơn, "
                  "Ya Ly, Ya Xiêr.")
    assert ("7", 6) not in listed_counts(doc) and errors(doc) == []


def test_an_item_may_print_a_kind_of_its_own_before_its_name() -> None:
    # "tháp Vĩnh Hưng", "đền Bác Hồ" for "2 di tích"; "chợ thị trấn Mỹ Phước" for "3 chợ đầu mối" (vinh-loi-bac-lieu_3,
    # tan-phuoc-tien-giang_2, reworded): one word in lower case and a kind of place at most, then the name
    doc = passage("Xã có 02 di tích lịch sử là miếu Bà Chúa và đình Tân Lộc.")
    assert listed_counts(doc) == [("02", 2)] and errors(doc) == []
    (f,) = errors(passage("Huyện có 3 chợ đầu mối là chợ thị trấn Cái Bè và chợ Hòa Khánh; huyện còn 12 chợ xã."))
    assert f.reported == "3"
    # an item whose words after its kind are no name is still no name: nothing is read
    assert listed_counts(passage("Xã có 2 điểm du lịch là thác nước Đá Bàn và hồ chứa nước lớn.")) == []


def test_a_compound_opened_by_nha_counts_buildings() -> None:
    # "nhà hát" is a thing though "nhà" alone counts houses (long-dien-ba-ria-vung-tau_1, reworded)
    doc = passage("Trên địa bàn có 14 trường phổ thông, 2 nhà văn hóa: Phước Thạnh, Phước Hải; 6 chợ.")
    assert ("2", 2) in listed_counts(doc) and errors(doc) == []
    (f,) = errors(passage("Thị xã có 3 nhà hát: Bến Thành, Hòa Bình."))
    assert f.reported == "3"


def test_names_right_after_their_kind_before_a_source_in_parentheses() -> None:
    # "(Sở TN&MT, 2019)" cites the source: the names are before it (luc-yen-yen-bai_2, reworded)
    doc = passage("Phía Nam giáp 2 huyện Lục Ngạn và Sơn Động của tỉnh Bắc Giang (Sở TN&MT, 2020).")
    assert listed_counts(doc) == [("2", 2)] and errors(doc) == []
    (f,) = errors(passage("Phía Nam giáp 3 huyện Lục Ngạn và Sơn Động của tỉnh Bắc Giang (Sở TN&MT, 2020)."))
    assert f.reported == "3"
