"""The towns that close the list of a count of every unit (issue 12, round 32).

"có 20 xã, thị trấn, đó là các xã: …, Y Tịch và hai thị trấn: thị trấn Đồng Mỏ và thị trấn Chi Lăng" (chi-lang
-lang-son_1 and its planted copy) and "có 25 đơn vị hành chính, gồm các xã: …, Xuân Long, cùng thị trấn Thác Bà
và thị trấn huyện lỵ Yên Bình" (yen-binh-yen-bai_1) count communes and towns together. The reader stopped the
names at the first item in lower case ("hai thị trấn: …", "cùng thị trấn …") and called 18 names for 20, and 23
for 25, an error: both lists are complete. For a count of every unit ("xã, thị trấn", "xã và thị trấn", "đơn vị
hành chính"), the words that open the towns' group ("cùng", "và hai thị trấn:") are no end of the names; and a
town "huyện lỵ" is a name after its kind (van-yen-yen-bai_3: "… và thị trấn huyện lỵ Mậu A", whose list was not
read at all). A group counted in digits ("…, Y Tịch và 2 thị trấn: …") is joined too: the reader cut the list
at the digit and called 3 names for 5. Near miss: a count of communes alone ends before its towns.
"""

from __future__ import annotations

from tests.test_prose_counted_names import listed_counts
from tests.test_prose_links import errors, passage

CHI_LANG = ("Huyện Chi Lăng có {n} xã, thị trấn, đó là các xã: Bắc Thủy, Bằng Hữu, Bằng Mạc, Chi Lăng, Chiến Thắng, "
            "Gia Lộc, Hòa Bình, Hữu Kiên, Lâm Sơn, Liên Sơn, Mai Sao, Nhân Lý, Quan Sơn, Thượng Cường, Vân An, Vạn "
            "Linh, Vân Thủy, Y Tịch và hai thị trấn: thị trấn Đồng Mỏ và thị trấn Chi Lăng. Trung tâm hành chính "
            "huyện đặt tại thị trấn Đồng Mỏ.")
YEN_BINH = ("Toàn huyện có {n} đơn vị hành chính, gồm các xã: Tân Nguyên, Bảo ái, Cẩm ân, Mông Sơn, Tân Hương, Đại "
            "Đồng, Phú Thịnh, Thịnh Hưng, Đại Minh, Hán Đà, Vĩnh Kiên, Yên Bình, Bạch Hà, Vũ Linh, Xuân Lai, Tích "
            "Cốc, Yên Thành, Mỹ Gia, Cảm Nhân, Yên Thành, Phúc Ninh, Ngọc Chấn, Xuân Long, cùng thị trấn Thác Bà và "
            "thị trấn huyện lỵ Yên Bình.")
VAN_YEN = ("Huyện có 5 xã thị trấn là: An Thịnh, Đại Phác, Yên Phú, Mỏ Vàng và thị trấn huyện lỵ Mậu A.")


def test_the_towns_after_the_communes_close_the_list() -> None:
    doc = passage(CHI_LANG.format(n=20))
    assert listed_counts(doc) == [("20", 20)] and errors(doc) == []
    (f,) = errors(passage(CHI_LANG.format(n=21)))
    assert "'21' but 20 names" in f.message


def test_towns_joined_by_cung_close_the_list() -> None:
    doc = passage(YEN_BINH.format(n=25))
    # the page prints "Yên Thành" twice: 25 names for 25 units, 24 different (round 33, a name printed twice is
    # an error whatever the count); the towns still close the list, so no name is missing from the count
    (f,) = errors(doc)
    assert listed_counts(doc) == [("25", 25)] and "Yên Thành more than once: 24 different" in f.message
    assert any("'26' and 25 names" in f.message for f in errors(passage(YEN_BINH.format(n=26))))


def test_the_town_that_seats_the_district_is_a_name() -> None:
    doc = passage(VAN_YEN)
    assert listed_counts(doc) == [("5", 5)] and errors(doc) == []


def test_a_count_of_communes_alone_ends_before_its_towns() -> None:
    doc = passage("Huyện có 3 xã, đó là các xã: Bắc Thủy, Bằng Hữu, Y Tịch và hai thị trấn: thị trấn Đồng Mỏ và "
                  "thị trấn Chi Lăng.")
    assert listed_counts(doc) == [("3", 3)] and errors(doc) == []


def test_towns_counted_in_digits_close_the_list_and_count_their_own() -> None:
    doc = passage("Huyện có 5 đơn vị hành chính, gồm các xã: Bắc Thủy, Bằng Hữu, Y Tịch và 2 thị trấn: thị trấn "
                  "Đồng Mỏ và thị trấn Chi Lăng.")
    assert listed_counts(doc) == [("5", 5), ("2", 2)] and errors(doc) == []
