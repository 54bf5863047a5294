"""Lists of parts read in passage ("link") mode (issue 12, round 16): each construction with the dev
passage's own string and a rewording of it written for this test (other connecting words, other order).

- a parenthesis that enumerates the parts of a figure which is itself a part of another total;
- names joined by "và" inside one item of a parenthesised list;
- a share whose named whole is not printed is not recomputed against a total guessed by place;
- a yield or an output printed between two areas of an area list continues the item before it.
"""

from __future__ import annotations

from normalizers.quantities import same_quantity
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


# hiep-hoa-bac-giang_2: the share names the budget revenue, which is not printed; 5.017 is production value
HIEP_HOA = (
    "Tổng giá trị sản xuất toàn huyện 5 tháng đầu năm 2022 ước đạt 5.017 tỷ đồng, tăng trưởng 14,3%, đạt 37% kế "
    "hoạch; trong đó công nghiệp – xây dựng ước đạt 3.125 tỷ đồng, tăng 19,6%, đạt 35% kế hoạch; dịch vụ ước đạt 900 "
    "tỷ đồng, tăng 5,4%, đạt 43% kế hoạch; nông - lâm nghiệp và thủy sản ước đạt 992 tỷ đồng, tăng 7,7%, đạt 40% kế "
    "hoạch. Các doanh nghiệp, hợp tác xã tạo việc làm cho trên 20.000 lao động và nộp ngân sách trên 41,5 tỷ đồng, "
    "chiếm 24,73% tổng thu ngân sách trên địa bàn."
)
HIEP_HOA_REWORDED = (
    "Giá trị sản xuất của toàn huyện năm 2022 ước đạt 5.017 tỷ đồng, tăng 14,3%. Khu vực kinh tế tập thể đóng góp "
    "cho ngân sách hơn 41,5 tỷ đồng, bằng 24,73% tổng số thu ngân sách của huyện."
)


def test_a_share_of_a_budget_not_printed_is_no_share_of_production() -> None:
    for text in (HIEP_HOA, HIEP_HOA_REWORDED):
        doc = passage(text)
        assert not errors(doc)
        assert not [f for f in errors(doc) if "24,73" in (f.reported or "")]


def test_a_share_named_after_a_printed_total_is_still_recomputed() -> None:
    # the named whole's own words are printed with 5.017: a wrong share is found
    text = ("Tổng thu ngân sách trên địa bàn ước đạt 5.017 tỷ đồng. Các doanh nghiệp nộp ngân sách trên 41,5 tỷ đồng, "
            "chiếm 24,73% tổng thu ngân sách trên địa bàn.")
    assert [f.reported for f in errors(passage(text))] == ["24,73%"]


# huong-hoa-quang-tri_2: the rice yield and output are told of the rice, the list goes on with cassava
HUONG_HOA = (
    "Sáu tháng đầu năm 2022 tổng diện tích gieo trồng cây hàng năm đạt 8.260,5 ha, đạt 92,9% kế hoạch, tăng 7,8% so "
    "với cùng kỳ năm trước; trong đó lúa nước 887,2 ha, năng suất đạt 45 tạ/ha, sản lượng 3.885 tấn, và sắn {cassava} ha."
)
HUONG_HOA_REWORDED = (
    "Diện tích gieo trồng cây hàng năm cả năm là 8.260,5 ha, trong đó ngô {cassava} ha, sản lượng 21.000 tấn, "
    "lúa đông xuân 887,2 ha với năng suất bình quân 52 tạ/ha."
)


def test_a_yield_between_two_areas_is_no_part_of_the_area() -> None:
    doc = passage(HUONG_HOA.format(cassava="5.315"))
    assert sums(doc, "subset") == [("8.260,5", ["887,2", "5.315"])]
    assert not [f for f in errors(doc) if "8.260,5" in (f.reported or "") or "8.260,5" in str(f.message)]
    broken = errors(passage(HUONG_HOA.format(cassava="8.315")))
    assert any("887,2 + 8.315" in str(f.message) for f in broken)


def test_a_yield_between_two_areas_is_no_part_of_the_area_reworded() -> None:
    assert sums(passage(HUONG_HOA_REWORDED.format(cassava="5.315")), "subset") == [("8.260,5", ["5.315", "887,2"])]
    broken = errors(passage(HUONG_HOA_REWORDED.format(cassava="8.315")))
    assert any("8.315 + 887,2" in str(f.message) for f in broken)


def test_a_measure_per_unit_is_no_joined_count_noun() -> None:
    assert not same_quantity("ha", "tạ/ha")
    assert not same_quantity("tấn/ha", "ha")
    assert same_quantity("thôn", "thôn/bản")  # a joined noun still holds each of its nouns


# cho-gao-tien-giang_2: the field crops besides rice are the staple ones and the food ones
CHO_GAO = (
    "Cây màu gieo trồng 14.302 ha, đạt 104,69% kế hoạch, tăng 7,6%; trong đó màu lương thực 3.026 ha và màu thực phẩm "
    "{food} ha."
)
CHO_GAO_REWORDED = (
    "Năm nay nông dân gieo trồng được 14.302 ha hoa màu, tăng 7,6% so với năm trước. Trong đó, diện tích cây màu thực "
    "phẩm là {food} ha, diện tích cây màu lương thực là 3.026 ha."
)


def test_staple_and_food_field_crops_are_all_of_them() -> None:
    for text, parts in ((CHO_GAO, ["3.026", "{}"]), (CHO_GAO_REWORDED, ["{}", "3.026"])):
        assert sums(passage(text.format(food="11.276")), "partition") == [
            ("14.302", [x.format("11.276") for x in parts])]
        assert [f.reported for f in errors(passage(text.format(food="1.276")))] == ["14.302"]


def test_values_per_hectare_between_rates_are_no_parts() -> None:
    # da-lat-lam-dong_c (tests/data/prose_precision): a rate's list is no list of parts, whatever it skips
    text = ("Giá trị thu hoạch bình quân trên 1 ha đất canh tác công nghệ cao đạt 400 triệu đồng/năm; trong đó hoa "
            "960 triệu đồng/năm, rau cao cấp 790 triệu đồng/ha và chè cành 370 triệu đồng/năm.")
    assert not errors(passage(text))
    assert sums(passage(text), "subset") == []
