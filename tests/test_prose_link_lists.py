"""Lists of parts read in passage ("link") mode (issue 12, round 16): each construction with the dev
passage's own string and a rewording of it written for this test (other connecting words, other order).

- a parenthesis that enumerates the parts of a figure which is itself a part of another total;
- names joined by "và" inside one item of a parenthesised list;
"""

from __future__ import annotations

from tests.test_prose_links import errors, passage, sums

# kon-plong-kon-tum_1: the farm land is a part of the district's area and the whole of its parenthesis
KON_PLONG = (
    "Kon Plông là huyện miền núi ở phía Đông Bắc tỉnh Kon Tum, diện tích tự nhiên 137.124ha, trong đó đất nông nghiệp "
    "là 124.761ha (đất sản xuất {farm}ha, đất lâm nghiệp 113.469ha, đất nuôi trồng thủy sản 8,59ha)."
)
KON_PLONG_REWORDED = (
    "Huyện có tổng diện tích 137.124 ha. Riêng diện tích đất nông nghiệp chiếm phần lớn với 124.761 ha (đất lâm "
    "nghiệp 113.469 ha, đất nuôi trồng thủy sản 8,59 ha và đất sản xuất {farm} ha)."
)


def test_a_part_of_one_total_is_the_whole_of_its_own_parenthesis() -> None:
    doc = passage(KON_PLONG.format(farm="11.283"))
    assert ("124.761", ["11.283", "113.469", "8,59"]) in sums(doc, "partition")
    assert ("137.124", ["124.761"]) in sums(doc, "subset")
    assert not errors(doc)
    assert [f.reported for f in errors(passage(KON_PLONG.format(farm="11.823")))] == ["124.761"]


def test_a_part_of_one_total_is_the_whole_of_its_own_parenthesis_reworded() -> None:
    doc = passage(KON_PLONG_REWORDED.format(farm="11.283"))
    assert ("124.761", ["113.469", "8,59", "11.283"]) in sums(doc, "partition")
    assert not errors(doc)
    assert [f.reported for f in errors(passage(KON_PLONG_REWORDED.format(farm="11.823")))] == ["124.761"]


# huu-lung-lang-son_2: "địa phương và người dân" names one funder, not two items
HUU_LUNG = (
    "Từ các nguồn quỹ, huyện đã xây dựng được 10 nhà tình nghĩa và sửa chữa 46 nhà cho các gia đình chính sách, trị "
    "giá 652 triệu đồng (tỉnh cấp {province} triệu đồng, địa phương và người dân đóng góp 490 triệu đồng); tỷ lệ hộ "
    "đói, nghèo của huyện giảm còn 15,87%."
)
HUU_LUNG_REWORDED = (
    "Năm qua huyện sửa chữa 46 nhà cho các gia đình chính sách với tổng kinh phí 652 triệu đồng (các doanh nghiệp và "
    "nhà hảo tâm ủng hộ 490 triệu đồng, Quỹ Vì người nghèo của tỉnh cấp {province} triệu đồng)."
)


def test_names_joined_by_va_are_one_item_of_a_parenthesis() -> None:
    assert sums(passage(HUU_LUNG.format(province="162")), "partition") == [("652", ["162", "490"])]
    assert [f.reported for f in errors(passage(HUU_LUNG.format(province="126")))] == ["652"]


def test_names_joined_by_va_are_one_item_of_a_parenthesis_reworded() -> None:
    assert sums(passage(HUU_LUNG_REWORDED.format(province="162")), "partition") == [("652", ["490", "162"])]
    assert [f.reported for f in errors(passage(HUU_LUNG_REWORDED.format(province="126")))] == ["652"]
