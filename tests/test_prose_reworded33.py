"""Misreadings the rewording benchmark showed (issue 12, round 33; benchmarks/bench_rewordings.py).

"15 xã" printed "15 đơn vị xã" (rewrite ``xa_donvi``, a wording real reports print: "gồm 15 đơn vị xã và 01 thị
trấn") read "đơn vị" as the counted noun: the communes' counts stopped adding up to the district's units
and their names were counted with the town's (1,720 → 1,564 relations read over 668 development passages, 1 → 22
errors on relations no report meant). "đơn vị" before a kind of commune unit only classifies it
(``prose_patterns.unclassified``, ``prose_figures._unit_after``). A list whose items ";" separates and whose last
two "và" or a comma joins (rewrite ``list_semicolon``: "đất nông nghiệp 27.364,30 ha; đất phi nông nghiệp
13.662,38 ha và đất chưa sử dụng 57,01 ha") lost its last item (``prose_wholes.list_items``). Real sentences of
development passages, reworded where the test says so.
"""

from __future__ import annotations

from extractor.prose_patterns import unclassified
from tests.test_prose_links import errors, passage, printed, relations, sums


def _counts(doc: object, kind: str = "count_list") -> list[str]:
    return [printed(doc, r, "count")[0] for r in relations(doc, kind)]  # type: ignore[arg-type]


def test_don_vi_before_a_kind_only_classifies_it() -> None:
    assert unclassified("gồm 15 đơn vị xã và 01 thị trấn") == "gồm 15 xã và 01 thị trấn"
    assert unclassified("17 Đơn vị thị trấn") == "17 thị trấn"
    # a count of every unit keeps its noun: "đơn vị hành chính cấp xã" names no kind right after "đơn vị"
    assert unclassified("15 đơn vị hành chính cấp xã") == "15 đơn vị hành chính cấp xã"
    assert unclassified("các đơn vị xã hội") == "các đơn vị xã hội"


def test_communes_counted_as_don_vi_xa_add_up_to_the_units() -> None:
    # giong-rieng-kien-giang_2, "18 xã" reworded "18 đơn vị xã"
    text = ("Toàn huyện có 19 đơn vị hành chính, trong đó 18 đơn vị xã và 01 thị trấn; dân số đến tháng 12 năm 2016 "
            "là 217.815 người.")
    doc = passage(text)
    assert ("19", ["18", "01"]) in sums(doc, "count_sum")
    assert not relations(doc, "subset")
    assert errors(passage(text.replace("19 đơn vị", "20 đơn vị")))


def test_communes_counted_as_don_vi_xa_in_parentheses() -> None:
    # chau-thanh-a-hau-giang_2, "06 xã" reworded: the communes are no "đơn vị" to add to the hamlets
    doc = passage("Huyện có diện tích 160,63 km2, dân số 104.193 người, với 10 đơn vị hành chính trực thuộc "
                  "(gồm 06 đơn vị xã, 04 thị trấn; toàn huyện có 80 ấp).")
    assert sums(doc, "count_sum") == [("10", ["06", "04"])]
    assert errors(doc) == []


def test_names_after_a_count_of_don_vi_xa_are_the_communes() -> None:
    # cai-be-tien-giang_1, "23 xã" reworded: the town's name is no commune's (23 names, not 24)
    text = ("Về hành chính, huyện Cái Bè chia thành 24 đơn vị hành chính, với 1 thị trấn và 23 đơn vị xã: thị trấn "
            "Cái Bè, Đơng Hồ Hiệp, Hồ Khánh, Mỹ Lương, An Hữu, Hồ Hưng, Hội Cư, Hậu Thành, Thiện Trí, An Thái Trung, "
            "Mỹ Đức Đơng, Mỹ Đức Tây, An Thái Đông, Tân Thanh, Tân Hưng, Mỹ Lợi A, Mỹ Lợi B, Mỹ Trung, Thiện Trung, "
            "Hậu Mỹ Phú, Hậu Mỹ Trinh, Hậu Mỹ Bắc A, Hậu Mỹ Bắc B và Mỹ Tân.")
    doc = passage(text)
    assert "23" in _counts(doc)
    assert errors(doc) == []
    assert errors(passage(text.replace("23 đơn vị xã", "22 đơn vị xã")))


def test_names_of_a_table_after_a_count_of_don_vi_xa() -> None:
    # ba-be-bac-kan_1, "14 xã" reworded: the table's lines name the town and the 14 communes
    text = ("Huyện có 15 đơn vị hành chính cấp phường xã, trong đó bao gồm 1 thị trấn, 14 đơn vị xã; bảng danh sách "
            "của trang lần lượt ghi thị trấn Chợ Rã (huyện lỵ) và các xã Bành Trạch, Cao Thượng, Chu Hương, Địa Linh, "
            "Đồng Phúc, Hà Hiệu, Hoàng Trĩ, Khang Ninh, Mỹ Phương, Nam Mẫu, Phúc Lộc, Quảng Khê, Thượng Giáo, Yến "
            "Dương.")
    doc = passage(text)
    assert "14" in _counts(doc)
    assert ("15", ["1", "14"]) in sums(doc, "count_sum")
    assert errors(doc) == []


def test_a_semicolon_list_closed_on_va_keeps_its_last_item() -> None:
    # nhon-trach-dong-nai_2, the items' commas reworded as semicolons
    text = ("Diện tích tự nhiên của huyện là 41.083,68 ha, gồm đất nông nghiệp 27.364,30 ha; đất phi nông nghiệp "
            "13.662,38 ha và đất chưa sử dụng 57,01 ha.")
    assert sums(passage(text)) == [("41.083,68", ["27.364,30", "13.662,38", "57,01"])]
    assert errors(passage(text.replace("57,01", "75,01")))


def test_a_semicolon_item_whose_name_holds_va_is_one_item() -> None:
    # cu-mgar-dak-lak_1's sectors: "và" inside an item's name, no figure before it, splits nothing
    doc = passage("Giá trị sản xuất ước 9.960 tỷ đồng, gồm: nông, lâm nghiệp và thủy sản ước 4.750 tỷ đồng; công "
                  "nghiệp và xây dựng ước 1.810 tỷ đồng; thương mại và dịch vụ ước 3.400 tỷ đồng.")
    assert sums(doc) == [("9.960", ["4.750", "1.810", "3.400"])]
    assert errors(doc) == []


def test_a_semicolon_list_whose_last_items_commas_split_keeps_them() -> None:
    # luc-ngan-bac-giang_4 (its total, printed "1071.478", set to the sum), the first comma of the sectors
    # reworded as a semicolon: "A; B, C" lists three
    text = ("Năm 2012 tổng giá trị sản xuất là 1.471.478 triệu đồng, gồm nông lâm thuỷ sản 829.087 triệu đồng; công "
            "nghiệp - xây dựng 302.232 triệu đồng, dịch vụ 340.159 triệu đồng.")
    assert sums(passage(text)) == [("1.471.478", ["829.087", "302.232", "340.159"])]
    assert errors(passage(text)) == []
    assert errors(passage(text.replace("340.159", "340.195")))
