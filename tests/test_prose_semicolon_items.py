"""Counts whose items are separated by semicolons, one item per segment (issue 12, ``prose_item_lists``).

Wordings reworded from luc-nam-bac-giang_2 (topics), sa-dec-dong-thap_2 (groups with shares),
bo-trach-quang-binh_3 (towns each described) and huong-thuy-thua-thien-hue_1 (wards with their figures); the
near misses from phong-tho-lai-chau_3 / dong-van-ha-giang_1 (a rest named last) and from the same passages
with a clause after the list or two items joined by "và".
"""

from __future__ import annotations

import pytest

from tests.test_prose_counted_names import listed_counts
from tests.test_prose_links import errors, passage

TOPICS = ("Tại hội nghị, lãnh đạo huyện quán triệt {} chuyên đề: Những nội dung cơ bản của Văn kiện Đại hội; Kế hoạch "
          "nâng cao năng lực lãnh đạo, sức chiến đấu của tổ chức Đảng; Kế hoạch phát triển kinh tế - xã hội 5 năm giai "
          "đoạn 2021-2025; Đẩy mạnh cải cách hành chính.")
GROUPS = ("Diện tích hoa kiểng toàn thành phố chia ra thành {} nhóm lớn: kiểng công trình, trang trí nội thất chiếm 65%; "
          "kiểng cổ bonsai 15%; hoa các loại 20%.")
TOWNS = ("{} thị trấn của huyện đều giữ vai trò quan trọng về kinh tế, hành chính và du lịch: thị trấn Hoàn Lão là "
         "huyện lỵ, nơi tập trung nhiều cơ quan, trường học; thị trấn Phong Nha gắn với Vườn quốc gia Phong Nha - Kẻ "
         "Bàng; thị trấn Nông trường Việt Trung là vùng nông nghiệp trọng điểm, nhất là cây công nghiệp, chăn nuôi và "
         "chế biến nông sản.")
WARDS = ("Thị xã có {} phường mới gồm: Phú Bài rộng 1.570 ha với 14.174 nhân khẩu; Thủy Lương rộng 857,5 ha với 6.774 "
         "nhân khẩu; Thủy Châu rộng 1.795 ha với 10.471 nhân khẩu.")


@pytest.mark.parametrize(("text", "items"), [(TOPICS, 4), (GROUPS, 3), (TOWNS, 3), (WARDS, 3)])
def test_each_segment_is_one_item(text: str, items: int) -> None:
    doc = passage(text.format(items))
    assert (str(items), items) in listed_counts(doc)
    assert errors(doc) == []
    wrong = str(items + 1)
    doc = passage(text.format(wrong))
    assert (wrong, items) in listed_counts(doc)
    (f,) = errors(doc)
    assert f.reported == wrong and f"{items} names" in f.message


@pytest.mark.parametrize("text", [
    # the last segment names the rest: whether the count holds it is not said
    "Huyện có 17 dân tộc cùng sinh sống: dân tộc Mông chiếm 87,75%; Tày 2,67%; Kinh 2,4%; còn lại các dân tộc khác "
    "chiếm 7,18%.",
    "Đất đai của huyện có 5 nhóm chính: nhóm đất đỏ vàng chiếm khoảng 33,65%; nhóm đất mùn vàng đỏ trên núi chiếm "
    "khoảng 58%; nhóm đất dốc tụ chiếm khoảng 2,7%; các loại đất khác chiếm khoảng 5,65%.",
    # a clause of its own after the items: the segments are not alike, where the list ends is not said
    "Huyện có 3 thị trấn: Hoàn Lão là huyện lỵ; Phong Nha gắn với du lịch; Việt Trung là vùng nông nghiệp; đời sống "
    "nhân dân ngày càng được nâng lên.",
    # "và" before what opens an item: the last segment may hold two
    "Thị xã có 5 phường mới: Phú Bài rộng 1.570 ha; Thủy Lương rộng 857,5 ha; Thủy Châu rộng 1.795 ha; Thủy Phương "
    "rộng 2.825 ha và Thủy Dương rộng 1.249 ha.",
])
def test_segments_that_may_not_be_the_items_are_not_counted(text: str) -> None:
    doc = passage(text)
    assert listed_counts(doc) == []
    assert errors(doc) == []


# ---------------------------------------------------------------------------------------------
# Names after the count restated (``restated_names``): reworded from cho-don-bac-kan_2 ("Các chỉ tiêu vượt kế
# hoạch là: …"), huong-thuy-thua-thien-hue_1 ("Năm phường mới gồm: …"), tran-van-thoi-ca-mau_3 ("; hai thị trấn
# là …") and thoi-lai-can-tho_3 (the communes of a standard, named in the next sentence)

EXCEEDED = ("Cuối năm 2019 có 04 chỉ tiêu vượt kế hoạch, 22 chỉ tiêu đạt và 10 chỉ tiêu không đạt. Các chỉ tiêu vượt "
            "kế hoạch là: lương thực bình quân đầu người; trồng rừng; thành lập hợp tác xã mới{}.")
WARDS_IN_WORDS = ("Chính phủ thành lập thị xã Hương Thủy và 5 phường trực thuộc. Năm phường mới gồm: Phú Bài rộng 1.570 "
                  "ha với 14.174 nhân khẩu; Thủy Lương rộng 857,5 ha với 6.774 nhân khẩu; Thủy Châu rộng 1.795 ha với "
                  "10.471 nhân khẩu; Thủy Phương rộng 2.825 ha với 12.910 nhân khẩu{}.")
TOWNS_AFTER_SEMICOLON = ("Toàn huyện có 11 xã và 2 thị trấn; hai thị trấn là thị trấn Trần Văn Thời{}, còn các xã "
                         "nằm dọc bờ biển.")
STANDARD = ("Đến hết năm 2021, huyện có 4 xã đạt chuẩn nông thôn mới nâng cao. Các xã đạt chuẩn nông thôn mới nâng cao "
            "là Trường Thành, Định Môn, Trường Thắng{}.")


@pytest.mark.parametrize(("text", "right", "wrong", "count", "items"), [
    (EXCEEDED, "; tạo việc làm", "", "04", 4),
    (WARDS_IN_WORDS, "; Thủy Dương rộng 1.249 ha với 11.115 nhân khẩu", "", "5", 5),
    # "gồm có" is "gồm" (the rewording benchmark's gom_co)
    (WARDS_IN_WORDS.replace("mới gồm:", "mới gồm có:"), "; Thủy Dương rộng 1.249 ha với 11.115 nhân khẩu", "", "5", 5),
    (TOWNS_AFTER_SEMICOLON, " và thị trấn Sông Đốc", ", thị trấn Sông Đốc và thị trấn Khánh Hội", "2", 2),
    (STANDARD, " và Đông Thuận", ", Đông Thuận và Tân Thạnh", "4", 4),
])
def test_names_after_the_count_restated(text: str, right: str, wrong: str, count: str, items: int) -> None:
    doc = passage(text.format(right))
    assert (count, items) in listed_counts(doc)
    assert errors(doc) == []
    doc = passage(text.format(wrong))
    assert (count, items) not in listed_counts(doc)
    (f,) = errors(doc)
    assert f.reported == count


@pytest.mark.parametrize("text", [
    # "Các xã đạt chuẩn" restates both counts: whose names these are is not said
    "Năm 2022 có 3 xã đạt chuẩn nông thôn mới và 2 xã đạt chuẩn nông thôn mới nâng cao. Các xã đạt chuẩn là Tân "
    "Thạnh, Trường Xuân và Định Môn.",
    # after a comma: an aside of the clause, not a restatement ("còn các xã gồm …")
    "Toàn huyện có 11 xã và 2 thị trấn, còn các xã gồm Khánh Bình Đông, Khánh Bình Tây và Trần Hợi.",
    # a count in words that is not the count: another number of wards
    "Chính phủ thành lập thị xã Hương Thủy và 5 phường trực thuộc. Sáu phường mới gồm: Phú Bài; Thủy Lương; Thủy "
    "Châu; Thủy Phương; Thủy Dương; Thủy Bằng.",
])
def test_restatements_that_may_not_be_the_counts_are_not_read(text: str) -> None:
    doc = passage(text)
    assert listed_counts(doc) == []
    assert errors(doc) == []


TOURISM = ("Huyện có {} điểm du lịch: Đền Hùng ở xã Hy Cương; Chùa Keo; Khu sinh thái gần TP. Hồ Chí Minh; Vườn quốc gia "
           "Cát Tiên. Năm 2023 huyện đón 2 triệu lượt khách.")


def test_the_items_go_on_after_a_town_abbreviation() -> None:
    # round 27: the dot of "TP." ends no sentence (prose_passage), so the list is read whole, 4 items; before, the
    # sentence seemed to end there and the list was left unread rather than counted 3
    assert ("4", 4) in listed_counts(passage(TOURISM.format(4)))
    assert errors(passage(TOURISM.format(4))) == []
    (f,) = errors(passage(TOURISM.format(5)))
    assert "4 names" in f.message
