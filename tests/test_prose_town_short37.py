"""A town's title abbreviated before its name, "TT Giồng Riềng" for "thị trấn Giồng Riềng" (issue 12, round 37).

Development passages print it (phu-my-binh-dinh_1 "2 thị trấn là TT Phù Mỹ và TT Bình Dương", giong-rieng-kien-giang_3
"gồm: TT Giồng Riềng, xã Ngọc Chúc, …"), and the rewording benchmark's ``tt_short`` put it in 395 passages: the
counts of units whose town was named that way stopped being read (1,085 -> 1,029 relations, 57 passages broken) and
one total of units read its communes alone as all of it (dak-mil-dak-nong_2, "10 = 9" on a relation no report
meant). ``prose_lists.unglued`` spells the title out for every reading of kinds. Real sentences of development
passages, reworded as the test says.
"""

from __future__ import annotations

from extractor.prose_lists import unglued
from tests.test_prose_links import errors, passage, printed, relations, sums


def _counts(text: str) -> list[str]:
    doc = passage(text)
    return [printed(doc, r, "count")[0] for r in relations(doc, "count_list")]


def test_the_abbreviated_title_is_spelt_out_before_a_name_only() -> None:
    assert unglued("gồm: TT Giồng Riềng, xã Ngọc Chúc") == "gồm: thị trấn Giồng Riềng, xã Ngọc Chúc"
    assert unglued("2 thị trấn là TT Phù Mỹ và TT Bình Dương") == "2 thị trấn là thị trấn Phù Mỹ và thị trấn Bình Dương"
    # words of their own: small industry, a news portal, a Prime Minister's decision
    for text in ("công nghiệp - TTCN - xây dựng", "Cổng TTĐT huyện", "Quyết định 1600/QĐ-TTg ngày", "TT. Huế"):
        assert unglued(text) == text


def test_a_named_town_abbreviated_with_the_communes_counted_adds_up() -> None:
    # cai-lay-tien-giang_1, "thị trấn Bình Phú" abbreviated
    text = ("Khung thông tin ghi huyện Cai Lậy thuộc tỉnh Tiền Giang, huyện lỵ là TT Bình Phú; phân chia hành chính "
            "1 thị trấn, 15 xã; diện tích 295,99 km². Huyện có 16 đơn vị hành chính cấp xã trực thuộc, gồm TT Bình "
            "Phú (huyện lỵ) và 15 xã: Cẩm Sơn, Hiệp Đức, Hội Xuân, Long Tiên, Long Trung, Mỹ Long, Mỹ Thành Bắc, Mỹ "
            "Thành Nam, Ngũ Hiệp, Phú An, Phú Cường, Phú Nhuận, Tam Bình, Tân Phong, Thạnh Lộc.")
    assert ("16", ["1", "15"]) in sums(passage(text), "count_sum")


def test_the_communes_named_after_an_abbreviated_town_are_counted() -> None:
    # ba-be-bac-kan_1, "thị trấn Chợ Rã" abbreviated
    text = ("Huyện có 15 đơn vị hành chính cấp phường xã, trong đó bao gồm 1 thị trấn, 14 xã; bảng danh sách của "
            "trang lần lượt ghi TT Chợ Rã (huyện lỵ) và các xã Bành Trạch, Cao Thượng, Chu Hương, Địa Linh, Đồng "
            "Phúc, Hà Hiệu, Hoàng Trĩ, Khang Ninh, Mỹ Phương, Nam Mẫu, Phúc Lộc, Quảng Khê, Thượng Giáo, Yến Dương.")
    assert "14" in _counts(text)


def test_an_abbreviated_town_after_the_communes_is_no_commune() -> None:
    # dak-mil-dak-nong_2, "thị trấn Đắk Mil" abbreviated: 10 units are 9 communes and the town, no "10 = 9"
    text = ("Đắk Mil có 10 đơn vị hành chính cấp xã bao gồm 9 xã: Đắk Gằn, Đắk Lao, Đắk N'Drót, Đắk R'La, Đắk Sắk, "
            "Đức Mạnh, Đức Minh, Long Sơn, Thuận An và TT Đắk Mil.")
    assert not errors(passage(text))
    assert not relations(passage(text), "count_sum")
