"""Relations the words do not state must never become errors (issue 12, wave-7 first contact).

Each class below assembled a share, a density, a sum or a count the text does not print, or read a
figure in the wrong unit, and the tool called it an error. Sentences written for these tests, own
wording and figures.
"""

from __future__ import annotations

import pytest

from extractor.prose_categories import nested_in
from tests.test_prose_links import errors, passage, printed, relations
from tests.test_prose_links import text_sums as _sums
from tests.test_prose_links import text_triples as _triples

# ---------------------------------------------------------------------------------------------
# A share whose part and whole are printed in units that convert (ha of km²)


@pytest.mark.parametrize(("text", "share"), [
    ("Diện tích tự nhiên toàn huyện là 1.250,4 km2, trong đó đất rừng sản xuất 45.014 ha, chiếm 36%.",
     ("45.014", "1.250,4", "36%")),
    ("Huyện có tổng diện tích tự nhiên 806,5 km2; trong đó đất trồng lúa 9.678 ha, chiếm 12%.",
     ("9.678", "806,5", "12%")),
    ("Tổng diện tích tự nhiên 2.130 km2, trong đó diện tích có rừng là 149.100 ha (chiếm 70%).",
     ("149.100", "2.130", "70%")),
])
def test_a_share_of_a_whole_in_another_area_unit_is_converted(text: str, share: tuple[str, str, str]) -> None:
    assert _triples(text, "share", ("part", "total", "share")) == [share]
    assert errors(passage(text)) == []


def test_a_wrong_share_in_converted_units_is_still_an_error() -> None:
    (f,) = errors(passage("Diện tích tự nhiên toàn huyện là 1.250,4 km2, trong đó đất rừng sản xuất 45.014 ha, "
                          "chiếm 63%."))
    assert "45.014 / 1.250,4" in f.message and "36" in f.message


# ---------------------------------------------------------------------------------------------
# A density's area is the whole the land list breaks down, not the list's last part


@pytest.mark.parametrize(("text", "density"), [
    ("Tổng diện tích tự nhiên 52.400 ha; trong đó đất nông nghiệp 40.100 ha, đất phi nông nghiệp 9.800 ha và đất "
     "chưa sử dụng 2.500 ha. Dân số 78.600 người, mật độ dân số 150 người/km2.", ("78.600", "52.400", "150")),
    ("Diện tích tự nhiên của huyện là 31.250 ha, gồm đất nông nghiệp 24.000 ha, đất phi nông nghiệp 6.000 ha, đất "
     "chưa sử dụng 1.250 ha; dân số 50.000 người, mật độ dân số bình quân 160 người/km2.",
     ("50.000", "31.250", "160")),
    ("Huyện có 64.000 ha đất tự nhiên, trong đó đất lâm nghiệp 38.400 ha, đất sản xuất nông nghiệp 12.800 ha. "
     "Dân số trung bình 57.600 người; mật độ 90 người/km2.", ("57.600", "64.000", "90")),
])
def test_a_density_takes_the_whole_area_not_a_listed_part(text: str, density: tuple[str, str, str]) -> None:
    assert _triples(text, "per_capita", ("total", "base", "rate")) == [density]
    assert errors(passage(text)) == []


def test_a_density_off_the_whole_area_is_an_error() -> None:
    (f,) = errors(passage("Tổng diện tích tự nhiên 52.400 ha; trong đó đất nông nghiệp 40.100 ha, đất phi nông "
                          "nghiệp 9.800 ha và đất chưa sử dụng 2.500 ha. Dân số 78.600 người, mật độ dân số 175 "
                          "người/km2."))
    assert "78.600 / 52.400" in f.message


# ---------------------------------------------------------------------------------------------
# Names after a colon belong to the count printed right before it, not to an earlier count of
# another noun


@pytest.mark.parametrize("text", [
    "Huyện gồm 12 xã, thị trấn với 45.300 nhân khẩu thuộc 5 dân tộc: Kinh, Tày, Nùng, Dao và Mông.",
    "Toàn huyện có 9 xã, thị trấn, dân số 38.100 người của 4 dân tộc: Thái, Mông, Khơ Mú và Kinh.",
    "Huyện có 15 xã với 21.400 hộ thuộc 3 dân tộc chính: Kinh, Tày và Dao.",
])
def test_names_after_a_later_count_of_another_noun_are_not_the_communes(text: str) -> None:
    doc = passage(text)
    assert all(len(r.items) <= 5 for r in relations(doc, "count_list"))
    assert errors(doc) == []


def test_communes_named_after_a_count_of_two_kinds_are_still_counted() -> None:
    doc = passage("Huyện có 18 xã và 1 thị trấn: Tân An, Tân Bình, Tân Lập và thị trấn Tân Phú.")
    (f,) = errors(doc)
    assert "'18' but 3 names" in f.message


# ---------------------------------------------------------------------------------------------
# An item of a list that opens a list of its own ("…, chủ yếu ở …", "…, trong đó …") ends the list;
# what it lists are parts of the item before it


@pytest.mark.parametrize(("text", "subsets"), [
    ("Toàn huyện có 240 ha chè. Trong đó 200 ha trồng theo chuỗi liên kết, chủ yếu ở xã Tả Lèng 120 ha, xã Hồ Thầu "
     "50 ha và thị trấn Tam Đường 18,5 ha.",
     [("240", ["200"]), ("200", ["120", "50", "18,5"])]),
    ("Huyện có 96 ha cây dược liệu, trong đó 70 ha do hợp tác xã trồng, chủ yếu tại xã Pa Vệ Sủ 40 ha và xã Bum Tở "
     "25 ha.",
     [("96", ["70"]), ("70", ["40", "25"])]),
    ("Tổng thu ngân sách huyện 900 tỷ đồng, gồm thu nội địa 300 tỷ đồng, thu bổ sung từ ngân sách cấp trên 600 tỷ "
     "đồng, trong đó bổ sung cân đối 420 tỷ đồng, bổ sung có mục tiêu 150 tỷ đồng.",
     [("600", ["420", "150"])]),
])
def test_a_nested_list_is_read_under_its_own_item(text: str, subsets: list[tuple[str, list[str]]]) -> None:
    assert _sums(text, "subset") == subsets
    assert errors(passage(text)) == []


def test_a_nested_list_that_exceeds_its_item_is_an_error() -> None:
    (f,) = errors(passage("Toàn huyện có 240 ha chè. Trong đó 200 ha trồng theo chuỗi liên kết, chủ yếu ở xã Tả Lèng "
                          "150 ha, xã Hồ Thầu 50 ha và thị trấn Tam Đường 18,5 ha."))
    assert "more than the whole 200" in f.message


def test_main_places_are_a_subset_whatever_they_name() -> None:
    doc = passage("Huyện có 96 ha cây dược liệu, chủ yếu ở xã Pa Vệ Sủ 40 ha, xã Bum Tở 25 ha và thị trấn Mường Tè "
                  "10 ha.")
    assert relations(doc, "partition") == []
    assert _sums("Huyện có 96 ha cây dược liệu, chủ yếu ở xã Pa Vệ Sủ 40 ha, xã Bum Tở 25 ha và thị trấn Mường Tè "
                 "10 ha.", "subset") == [("96", ["40", "25", "10"])]


# ---------------------------------------------------------------------------------------------
# Categories of public finance that hold one another are no parts side by side


@pytest.mark.parametrize(("text", "subsets"), [
    ("Thu ngân sách 420 tỷ đồng; trong đó thu nội địa 380 tỷ đồng, thu tiền sử dụng đất 95 tỷ đồng.",
     [("420", ["380"]), ("380", ["95"])]),
    ("Tổng thu ngân sách nhà nước trên địa bàn đạt 512 tỷ đồng, trong đó thu nội địa 470 tỷ đồng, thu tiền sử dụng "
     "đất 210 tỷ đồng, thu thuế ngoài quốc doanh 95 tỷ đồng.",
     [("512", ["470"]), ("470", ["210", "95"])]),
    ("Thu ngân sách trên địa bàn ước đạt 265,4 tỷ đồng, trong đó thu nội địa 250,1 tỷ đồng, lệ phí trước bạ 31,2 "
     "tỷ đồng.",
     [("265,4", ["250,1"]), ("250,1", ["31,2"])]),
    ("Tổng vốn đầu tư phát triển đạt 1.350 tỷ đồng, trong đó vốn ngân sách nhà nước 610 tỷ đồng, vốn ngân sách "
     "tỉnh 240 tỷ đồng, vốn ngân sách huyện 150 tỷ đồng.",
     [("1.350", ["610"]), ("610", ["240", "150"])]),
])
def test_nested_budget_categories_are_read_one_inside_the_other(text: str, subsets: list[tuple[str, list[str]]]) -> None:
    assert _sums(text, "subset") == subsets
    assert errors(passage(text)) == []


def test_an_inner_category_larger_than_its_outer_one_is_an_error() -> None:
    (f,) = errors(passage("Thu ngân sách 420 tỷ đồng; trong đó thu nội địa 380 tỷ đồng, thu tiền sử dụng đất 395 tỷ "
                          "đồng."))
    assert "more than the whole 380" in f.message


def test_siblings_of_domestic_revenue_still_add_up() -> None:
    assert nested_in(["thu nội địa", "thu thuế xuất nhập khẩu"]) == {}
    (f,) = errors(passage("Tổng thu ngân sách 600 tỷ đồng, gồm thu nội địa 420 tỷ đồng và thu từ hoạt động xuất nhập "
                          "khẩu 200 tỷ đồng."))
    assert "420 + 200" in f.message


# ---------------------------------------------------------------------------------------------
# "cấp trên" (the level above) is no hedge and "có mục tiêu" (targeted) no target


@pytest.mark.parametrize("text", [
    "Thu bổ sung từ ngân sách cấp trên 650 tỷ đồng, gồm bổ sung cân đối 470 tỷ đồng và bổ sung có mục tiêu 180 tỷ "
    "đồng.",
    "Nguồn vốn hỗ trợ của cấp trên 84 tỷ đồng, gồm vốn sự nghiệp 30 tỷ đồng và vốn đầu tư 54 tỷ đồng.",
    "Năm 2023 huyện nhận bổ sung có mục tiêu 126 tỷ đồng và bổ sung cân đối 310 tỷ đồng.",
])
def test_the_level_above_and_targeted_transfers_are_names(text: str) -> None:
    doc = passage(text)
    cells = [c for r in doc.rows for c in r.cells]
    assert not any(c.value.hedge for c in cells)
    assert not any(c.role == "target" for c in cells)
    assert errors(doc) == []


def test_a_transfer_breakdown_that_does_not_add_up_is_an_error() -> None:
    (f,) = errors(passage("Thu bổ sung từ ngân sách cấp trên 650 tỷ đồng, gồm bổ sung cân đối 470 tỷ đồng và bổ sung "
                          "có mục tiêu 190 tỷ đồng."))
    assert "470 + 190 = 660" in f.message


# ---------------------------------------------------------------------------------------------
# Recall, by construction class: counts of places by class, shares named by the parts of a
# partition printed before, "Theo ngành," opening the parts of the previous sentence's total


@pytest.mark.parametrize(("text", "kind", "parts"), [
    ("Huyện có 11 xã với 96 thôn, buôn; có 04 xã khu vực I, 03 xã khu vực II, 04 xã khu vực III.",
     "count_sum", ("11", ["04", "03", "04"])),
    ("Huyện có 13 xã, 88 thôn; trong số các xã có 2 xã đồng bằng, 5 xã trung du và 6 xã miền núi.",
     "count_sum", ("13", ["2", "5", "6"])),
    ("Huyện có 9 xã thuộc vùng khó khăn, chia theo mức độ thành 02 xã vùng III (Ea Lai, Ea Sar), 03 xã vùng II và "
     "04 xã vùng I.", "count_sum", ("9", ["02", "03", "04"])),
    ("Toàn huyện có 10 xã, trong đó có 3 xã khu vực III và 5 xã khu vực II.", "subset", ("10", ["3", "5"])),
])
def test_counts_of_places_by_class_are_parts_of_the_count_before(text: str, kind: str,
                                                                   parts: tuple[str, list[str]]) -> None:
    assert _sums(text, kind) == [parts]
    assert errors(passage(text)) == []


def test_counts_by_class_that_do_not_add_up_are_an_error() -> None:
    (f,) = errors(passage("Huyện có 11 xã với 96 thôn, buôn; có 04 xã khu vực I, 03 xã khu vực II, 05 xã khu vực III."))
    assert "04 + 03 + 05 = 12" in f.message


def test_classes_named_twice_are_not_read_as_one_breakdown() -> None:
    doc = passage("Năm 2015 huyện có 12 xã, gồm 5 xã khu vực I, 7 xã khu vực III; đến năm 2020 còn 3 xã khu vực I và "
                  "2 xã khu vực III.")
    assert all(printed(doc, r, "total") == ["12"] and len(printed(doc, r, "part")) == 2
               for r in relations(doc, "count_sum") + relations(doc, "subset"))


@pytest.mark.parametrize(("text", "shares"), [
    ("Tổng giá trị sản xuất năm 2023 đạt 8.000 tỷ đồng. Trong đó nông - lâm - thủy sản 2.000 tỷ đồng; công nghiệp - "
     "xây dựng 3.600 tỷ đồng; dịch vụ 2.400 tỷ đồng.\n"
     "Cơ cấu kinh tế tiếp tục chuyển dịch: công nghiệp - xây dựng chiếm 45%, dịch vụ 30% và nông - lâm - thủy sản 25%.",
     [("3.600", "8.000", "45%"), ("2.400", "8.000", "30%"), ("2.000", "8.000", "25%")]),
    ("Giá trị sản xuất ước đạt 1.250 tỷ đồng, trong đó nông nghiệp 500 tỷ đồng, công nghiệp 250 tỷ đồng, dịch vụ 500 "
     "tỷ đồng. Về cơ cấu, nông nghiệp chiếm 40%, công nghiệp 20%, dịch vụ 40%.",
     [("500", "1.250", "40%"), ("250", "1.250", "20%"), ("500", "1.250", "40%")]),
    ("Năm 2022 tổng giá trị sản xuất đạt 3.000 tỷ đồng. Theo ngành, nông - lâm nghiệp đạt 1.200 tỷ đồng (98% kế "
     "hoạch); công nghiệp - xây dựng đạt 900 tỷ đồng (101% kế hoạch); thương mại - dịch vụ đạt 900 tỷ đồng. Trong cơ "
     "cấu kinh tế, nông - lâm nghiệp chiếm 40%, công nghiệp - xây dựng 30%, thương mại - dịch vụ 30%.",
     [("1.200", "3.000", "40%"), ("900", "3.000", "30%"), ("900", "3.000", "30%")]),
])
def test_shares_named_by_the_parts_printed_before_are_of_their_total(text: str, shares: list[tuple[str, str, str]]) -> None:
    doc = passage(*text.split("\n"))
    got = [(printed(doc, r, "part")[0], printed(doc, r, "total")[0], printed(doc, r, "share")[0])
           for r in relations(doc, "share")]
    assert got == shares
    assert errors(doc) == []


def test_a_share_off_its_part_printed_before_is_an_error() -> None:
    doc = passage("Giá trị sản xuất ước đạt 1.250 tỷ đồng, trong đó nông nghiệp 500 tỷ đồng, công nghiệp 250 tỷ đồng, "
                  "dịch vụ 500 tỷ đồng. Về cơ cấu, nông nghiệp chiếm 40%, công nghiệp 30%, dịch vụ 40%.")
    messages = [f.message for f in errors(doc)]
    assert any("250 / 1.250" in m for m in messages)


def test_theo_nganh_opens_the_parts_of_the_previous_total() -> None:
    doc = passage("Năm 2022 tổng giá trị sản xuất đạt 3.000 tỷ đồng. Theo ngành, nông - lâm nghiệp đạt 1.200 tỷ đồng; "
                  "công nghiệp - xây dựng đạt 900 tỷ đồng; thương mại - dịch vụ đạt 800 tỷ đồng.")
    (rel,) = relations(doc, "partition")
    assert printed(doc, rel, "part") == ["1.200", "900", "800"]
    (f,) = errors(doc)
    assert "1.200 + 900 + 800" in f.message


def test_theo_nganh_inside_a_sentence_opens_no_list() -> None:
    doc = passage("Tổng vốn đầu tư 500 tỷ đồng, phân bổ theo ngành nông nghiệp 200 tỷ đồng.")
    assert relations(doc, "partition") == []


# ---------------------------------------------------------------------------------------------
# A structure printed as the levels it moved between: each year's shares add up to 100 %


def _terms(doc_text: str) -> list[list[str]]:
    doc = passage(*doc_text.split("\n"))
    return [printed(doc, r, "term") for r in relations(doc, "shares_sum")]


@pytest.mark.parametrize(("text", "terms"), [
    ("Cơ cấu kinh tế chuyển dịch đúng hướng: nông nghiệp từ 42% năm 2015 giảm còn 35,5% năm 2020; công nghiệp - xây "
     "dựng từ 23% lên 27,5%; dịch vụ từ 35% lên 37%.",
     [["từ 42%", "từ 23%", "từ 35%"], ["35,5%", "27,5%", "37%"]]),
    ("Tỷ trọng các ngành thay đổi: nông, lâm, thủy sản từ 50,2% xuống còn 41,8%, công nghiệp - xây dựng từ 20,3% tăng "
     "lên 26,1%, thương mại - dịch vụ từ 29,5% tăng lên 32,1%.",
     [["từ 50,2%", "từ 20,3%", "từ 29,5%"], ["41,8%", "26,1%", "32,1%"]]),
    ("Cơ cấu kinh tế có bước chuyển dịch. Năm 2018, nông nghiệp chiếm 38%, công nghiệp - xây dựng 30%, dịch vụ 32%; "
     "đến năm 2023 nông nghiệp giảm còn 29%, công nghiệp - xây dựng tăng lên 36%, dịch vụ tăng lên 35%.",
     [["38%", "30%", "32%"], ["29%", "36%", "35%"]]),
])
def test_structure_levels_are_each_years_shares(text: str, terms: list[list[str]]) -> None:
    assert sorted(_terms(text)) == sorted(terms)
    assert errors(passage(text)) == []


def test_one_years_levels_that_miss_100_are_an_error_not_a_doubt() -> None:
    (f,) = errors(passage("Cơ cấu kinh tế chuyển dịch đúng hướng: nông nghiệp từ 42% năm 2015 giảm còn 35,5% năm 2020; "
                          "công nghiệp - xây dựng từ 23% lên 29,5%; dịch vụ từ 35% lên 37%."))
    assert "35,5% + 29,5% + 37%" in f.message


def test_levels_without_a_structure_are_not_shares() -> None:
    assert _terms("Tỷ lệ hộ nghèo từ 12% giảm còn 8%; tỷ lệ che phủ rừng từ 40% lên 43%; tỷ lệ lao động qua đào tạo "
                  "từ 48% lên 55%.") == []
