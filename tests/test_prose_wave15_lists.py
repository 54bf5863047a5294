"""Counted lists in the shapes wave 15's and earlier waves' district pages print (issue 12, round 17).

Each construction is pinned by the development passage's sentence and by a rewording written for this
file (other names, counts and connecting words), once consistent and once with the count broken.
"""

from __future__ import annotations

from extractor.model import Document
from tests.test_prose_counted_names import listed_counts
from tests.test_prose_links import errors, passage


def _messages(doc: Document) -> list[str]:
    return [f.message for f in errors(doc)]


def test_kinds_typed_in_capitals_are_kinds() -> None:
    # dong-phu-binh-phuoc_2: the 10 communes, not the 11 units; "Xã" and "Thị trấn" are kinds, not names
    text = ("Đồng Phú là một huyện của tỉnh Bình Phước, có 11 đơn vị hành chính, trong đó 1 Thị trấn, {n} Xã, gồm: "
            "Thị trấn Tân phú, Xã Đồng Tâm, Xã Đồng Tiến, Xã Tân Hòa, Xã Tân Hưng, Xã Tân Lập, Xã Tân Lợi, Xã Tân "
            "Phước, Xã Tân Tiến, Xã Thuận Lợi, Xã Thuận Phú.")
    doc = passage(text.format(n=10))
    assert listed_counts(doc) == [("10", 10)] and errors(doc) == []
    (f,) = [f for f in errors(passage(text.format(n=9))) if f.reported == "9"]
    assert "10 names" in f.message
    reworded = ("Thị xã có 8 đơn vị hành chính, trong đó 3 Phường, {n} Xã, gồm: Phường An Lạc, Phường Bình Minh, "
                "Phường Tân An, Xã Hòa Bình, Xã Hòa Lợi, Xã Tân Thành, Xã Phú Mỹ, Xã Long Sơn.")
    doc = passage(reworded.format(n=5))
    assert listed_counts(doc) == [("3", 3), ("5", 5)] and errors(doc) == []
    assert any("'6' but 5 names" in m for m in _messages(passage(reworded.format(n=6))))


def test_roads_are_named_by_their_numbers() -> None:
    # phung-hiep-hau-giang_2 ("giao thông" counts no "thôn"), thanh-son-phu-tho_2, yen-lap-phu-tho_3
    roads = ("Quốc lộ 1, Quốc lộ 61, đường tỉnh 925B, đường tỉnh 927, đường tỉnh 927B, đường tỉnh 928, đường tỉnh 928B, "
             "đường tỉnh 929")
    doc = passage(f"Trên địa bàn có 8 trục lộ giao thông bộ chính chạy qua là {roads}, thuận lợi cho phát triển.")
    assert listed_counts(doc) == [("8", 8)] and errors(doc) == []
    doc = passage("Huyện có Quốc lộ 32A từ Hà Nội đi Sơn La, Yên Bái và 7 tuyến đường tỉnh 313, 313D, 316, 316C, 316D, "
                  "317 và 317B chạy qua.")
    assert listed_counts(doc) == [("7", 7)] and errors(doc) == []
    doc = passage("Trên địa bàn có 04 tuyến đường tỉnh lộ là 313, 321B, 313D và 321C, dài tổng cộng 107,1 km.")
    assert listed_counts(doc) == [("04", 4)] and errors(doc) == []
    reworded = "Huyện có {n} tuyến quốc lộ chạy qua: QL 1A, QL 14, QL 19 và ĐT 741, tổng chiều dài 120 km."
    assert listed_counts(passage(reworded.format(n=4))) == [("4", 4)]
    assert any("'5' but 4 names" in m for m in _messages(passage(reworded.format(n=5))))


def test_a_date_before_the_count_ends_a_time_phrase() -> None:
    # an-bien-kien-giang_1: "Ngày 13/1/1986, 11 xã …" (the 11 was taken for a number listed after the date's)
    names = "Thuận Hòa, Nam Hòa, Đông Hòa, Tân Hòa, Tân Thạnh, Đông Thạnh, Ngọc Hưng, Đông Hưng, Tân Hưng, Vân Khánh và Khánh Vân"
    doc = passage(f"Ngày 13/1/1986, 11 xã của huyện là {names}, với diện tích tự nhiên 55.824 ha và 77.302 người, "
                  "được tách ra để lập huyện An Minh.")
    assert listed_counts(doc) == [("11", 11)] and errors(doc) == []
    reworded = "Tháng 9/2020, {n} xã là Tân An, Tân Phú và Tân Lộc được công nhận đạt chuẩn nông thôn mới."
    assert listed_counts(passage(reworded.format(n=3))) == [("3", 3)]
    assert any("'4' but 3 names" in m for m in _messages(passage(reworded.format(n=4))))


def test_a_remark_in_parentheses_after_names_is_no_opener() -> None:
    # van-canh-binh-dinh_2: the names are before the parenthesis, which says where they came from
    doc = passage("Ngày 23/9/1981, 02 xã Canh Hiển và Canh Vinh (tách từ xã Phước Thành) thuộc huyện Tuy Phước được "
                  "chuyển về Vân Canh.")
    assert listed_counts(doc) == [("02", 2)] and errors(doc) == []
    reworded = "Năm 2005, {n} phường Hòa Lạc, Hòa Bình và Hòa Thuận (tách ra từ thị trấn cũ) được thành lập."
    assert listed_counts(passage(reworded.format(n=3))) == [("3", 3)]
    assert any("'4' but 3 names" in m for m in _messages(passage(reworded.format(n=4))))


def test_industrial_clusters_are_counted_by_their_names() -> None:
    # hai-lang-quang-tri_2 ("tại 3 cụm … gồm"), que-son-quang-nam_3 (names right after the noun)
    doc = passage("Hiện toàn huyện có 130 doanh nghiệp, trong đó 34 doanh nghiệp hoạt động trong lĩnh vực công nghiệp - "
                  "tiểu thủ công nghiệp, tập trung tại 3 cụm công nghiệp của huyện gồm Cụm CN Diên Sanh, Cụm CN Hải "
                  "Thượng và Cụm CN Hải Chánh.")
    assert listed_counts(doc) == [("3", 3)] and errors(doc) == []
    doc = passage("Ngoài khu công nghiệp do tỉnh quản lý, huyện đã đầu tư 3 cụm công nghiệp Quế Cường, Đông Phú, Hương "
                  "An, thu hút 17 dự án với tổng vốn đăng ký hơn 1.700 tỷ đồng.")
    assert listed_counts(doc) == [("3", 3)] and errors(doc) == []
    reworded = "Các doanh nghiệp đặt nhà xưởng tại {n} cụm công nghiệp gồm Tân Mỹ, Phú Lâm và Hòa Khánh."
    assert listed_counts(passage(reworded.format(n=3))) == [("3", 3)]
    assert any("'4' but 3 names" in m for m in _messages(passage(reworded.format(n=4))))


def test_a_qualifier_with_decimal_figures_before_the_names() -> None:
    # bac-son-lang-son_1: "từ 9,67% đến 27,74%" and "10 xã, thị trấn" hold commas that end no clause
    text = ("Toàn huyện có 10 xã, thị trấn có tỷ lệ hộ nghèo dưới 7% là Thị trấn, Bắc Quỳnh, Hưng Vũ, Vũ Lăng, Vũ Lễ, "
            "Vũ Sơn, Chiến Thắng, Đồng Ý, Chiêu Vũ, Tân Lập. {n} xã còn lại có tỷ lệ hộ nghèo từ 9,67% đến 27,74% là "
            "Long Đống, Trấn Yên, Nhất Hòa, Tân Thành, Vạn Thủy, Tân Tri, Tân Hương, Nhất Tiến.")
    doc = passage(text.format(n=8))
    assert listed_counts(doc) == [("10", 10), ("8", 8)] and errors(doc) == []
    reworded = ("Năm 2023 có 4 xã, thị trấn đạt tỷ lệ bao phủ bảo hiểm y tế trên 95,5% là Thị trấn, Yên Lạc, Yên Phú "
                "và Yên Hòa; {n} xã có tỷ lệ từ 90,2% đến 93,8% là Mỹ Lộc, Mỹ Hòa, Mỹ An và Mỹ Lợi.")
    assert listed_counts(passage(reworded.format(n=4))) == [("4", 4), ("4", 4)]
    assert any("'3' but 4 names" in m for m in _messages(passage(reworded.format(n=3))))


def test_one_town_apart_in_words() -> None:
    # mu-cang-chai-yen-bai_2: "13 xã và một thị trấn: …" names 12 communes and the town
    text = ("Huyện có {n} xã và một thị trấn: Nậm Có, Cao Phạ, Chế Cu Nha, La Pán Tẩn, Dế Su Phình, Nậm Khắt, Mồ Dề, "
            "Kim Nọi, Chế Tạo, Hồ Bốn, Khau Mang, Púng Luông và thị trấn Mù Cang Chải, với 110 thôn bản.")
    assert listed_counts(passage(text.format(n=12))) == [("12", 12)] and errors(passage(text.format(n=12))) == []
    assert any("'13' but 12 names" in m for m in _messages(passage(text.format(n=13))))
    reworded = "Huyện gồm {n} xã và một thị trấn: Phú An, Phú Hòa, Tân Lộc, Tân Mỹ, thị trấn Cái Vồn, Long Điền và Mỹ Hưng."
    assert listed_counts(passage(reworded.format(n=6))) == [("6", 6)] and errors(passage(reworded.format(n=6))) == []
    assert any("'7' but 6 names" in m for m in _messages(passage(reworded.format(n=7))))


def test_names_given_in_a_later_sentence_by_their_kind() -> None:
    # huu-lung-lang-son_4 (23 announced, 22 named), phu-thien-gia-lai_1, chu-prong-gia-lai_2
    names = ("Đồng Tân, Cai Kinh, Đồng Tiến, Hồ Sơn, Hòa Bình, Hòa Lạc, Hòa Sơn, Hòa Thắng, Hữu Liên, Minh Hòa, Minh Sơn, "
             "Minh Tiến, Nhật Tiến, Quyết Thắng, Tân Thành, Thanh Sơn, Thiện Tân, Vân Nham, Yên Bình, Yên Sơn, Yên Thịnh, "
             "Yên Vượng")
    doc = passage("Huyện gồm 1 thị trấn và 23 xã, tổng cộng 24 đơn vị hành chính. Thị trấn là Hữu Lũng, trung tâm hành "
                  f"chính của huyện. Các xã là: {names}.")
    assert listed_counts(doc) == [("23", 22)] and any("'23' but 22 names" in m for m in _messages(doc))
    doc = passage("Huyện có 10 đơn vị hành chính cấp xã, gồm 01 thị trấn và 9 xã. Thị trấn là Phú Thiện; các xã là Ayun "
                  "Hạ, Chrôh Pơnan, Chư A Thai, Ia Ake, Ia Hiao, Ia Piar, Ia Peng, Ia Sol, Ia Yeng.")
    assert listed_counts(doc) == [("9", 9)] and errors(doc) == []
    reworded = "Thị xã có 2 phường và {n} xã. Các phường là Bắc Sơn và Nam Sơn; các xã là Tân An, Tân Bình, Tân Hòa và Tân Lộc."
    assert listed_counts(passage(reworded.format(n=4))) == [("2", 2), ("4", 4)] and errors(passage(reworded.format(n=4))) == []
    assert any("'5' but 4 names" in m for m in _messages(passage(reworded.format(n=5))))
    # another count of communes between: the names may be its, nothing is read
    doc = passage("Huyện có 9 xã. Trong đó 3 xã đặc biệt khó khăn. Các xã là: Tân An, Tân Bình, Tân Hòa.")
    assert ("9", 3) not in listed_counts(doc)


def test_a_counted_noun_is_a_word_of_the_count() -> None:
    # ba-tri-ben-tre_1: products are counted; "xây" is no "xã" and "giao thông" no "thôn"
    text = ("Theo Phó Chủ tịch UBND huyện, huyện xác định {n} sản phẩm chủ lực để xây dựng vùng nguyên liệu tập trung "
            "gắn với chuỗi giá trị, gồm: bò, tôm, nghêu, lúa, rau an toàn, tôm khô - cá khô.")
    assert listed_counts(passage(text.format(n=6))) == [("6", 6)] and errors(passage(text.format(n=6))) == []
    reworded = "Năm 2023 huyện có {n} sản phẩm đạt chuẩn OCOP gồm: mật ong, chè xanh, gạo nếp và miến dong."
    assert listed_counts(passage(reworded.format(n=4))) == [("4", 4)]
    assert any("'5' but 4 names" in m for m in _messages(passage(reworded.format(n=5))))
    # Since round 22 a count of any noun is checked against its names when every item is a proper name
    # (docs/rules.md, counts of any thing): the three works are counted as works, never as "thôn".
    works = "Huyện có {n} công trình giao thông trọng điểm là Cầu Mới, Cầu Cũ và Cầu Đá."
    assert listed_counts(passage(works.format(n=3))) == [("3", 3)] and errors(passage(works.format(n=3))) == []
    assert _messages(passage(works.format(n=4))) == ["'4' but 3 names are listed (Cầu Mới, Cầu Cũ, Cầu Đá)"]
