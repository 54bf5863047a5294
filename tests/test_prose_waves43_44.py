"""Constructions waves 43 and 44 print that the reader missed while they were validation (issue 12, round 40).

- The rest of a whole named after the last share, with no figure (con-cuong-nghe-an_1: "dân tộc Thái có 45.531
  người, chiếm 70,4% …, tộc người Đan Lai có 2.837 người, chiếm 4,2%, số còn lại là các dân tộc khác như Hoa,
  Nùng, Êđê"; the shares' lists of huong-khe-ha-tinh_1 "…(10%), còn lại là đất khác", yen-chau-son-la_2,
  na-hang-tuyen-quang_2 end the same way): shares adding to 100 % within the rounding of a whole percentage made
  the parts all of the whole, and their sum against it was an error on a relation that holds.
- A sector's gross output printed again sentences after the sector list it belongs to (sop-cop-son-la_3: "tổng giá
  trị sản xuất … đạt 1.070,9 tỷ đồng …, trong đó ngành nông lâm nghiệp, thủy sản đạt 329,6 tỷ đồng …; ngành công
  nghiệp xây dựng đạt 389,20 tỷ đồng …; ngành thương mại - dịch vụ đạt 352,1 tỷ đồng … . Ở mục công nghiệp …, giá
  trị sản xuất công nghiệp - xây dựng năm 2019 đạt 389,2 tỷ đồng, …, trong đó công nghiệp 85,2 tỷ đồng, xây dựng
  304 tỷ đồng"): read as a fourth part of the whole (the rule of a sector's output after the district's), it turned
  the sector partition into a subset and took its own list's parts along.

Sentences written for these tests in the passages' constructions, own figures.
"""

from __future__ import annotations

from tests.test_prose_links import errors, passage, text_sums


def test_parts_with_shares_then_the_unfigured_rest_are_some_of_the_whole() -> None:
    text = ("Năm 2010 dân số toàn huyện là 52.310 người; dân tộc Mường có 36.840 người, chiếm 70,4% dân số, tiếp "
            "theo là dân tộc Kinh với 12.900 người, chiếm 25%, người Dao có 2.200 người, chiếm 4,2%, số còn lại là "
            "các dân tộc khác như Tày, Nùng.")
    assert text_sums(text, "subset") == [("52.310", ["36.840", "12.900", "2.200"])]
    assert text_sums(text, "partition") == [] and text_sums(text, "count_sum") == []
    assert errors(passage(text)) == []
    # the parts still may not exceed the whole
    wrong = text.replace("36.840 người", "38.840 người")
    assert errors(passage(wrong)) != []


def test_shares_to_100_without_a_rest_still_make_the_whole() -> None:
    # the same list without the rest: the printed shares add up to 100 %, so the parts are all of it
    text = ("Năm 2010 dân số toàn huyện là 52.310 người; dân tộc Mường có 36.830 người, chiếm 70,4% dân số, tiếp "
            "theo là dân tộc Kinh với 13.280 người, chiếm 25,4%, người Dao có 2.200 người, chiếm 4,2%.")
    sums = text_sums(text, "count_sum") + text_sums(text, "partition")
    assert sums == [("52.310", ["36.830", "13.280", "2.200"])]
    assert errors(passage(text)) == []


SECTORS_AGAIN = (
    "Tổng giá trị sản xuất năm 2020 của huyện đạt 2.140,5 tỷ đồng (theo giá 2010), trong đó ngành nông lâm nghiệp, "
    "thủy sản đạt 612,4 tỷ đồng, chiếm 28,6%; ngành công nghiệp xây dựng đạt 845,30 tỷ đồng, chiếm 39,5%; ngành "
    "thương mại - dịch vụ đạt 682,8 tỷ đồng, chiếm 31,9% tổng giá trị sản xuất. Thu nhập bình quân đầu người đạt "
    "24,1 triệu đồng/người/năm. Ở mục công nghiệp - xây dựng, tài liệu viết giá trị sản xuất công nghiệp - xây "
    "dựng năm 2020 đạt 845,3 tỷ đồng, chiếm 39,5% giá trị sản xuất của huyện, trong đó công nghiệp 210,3 tỷ đồng, "
    "xây dựng 635 tỷ đồng."
)


def test_a_sector_printed_again_is_no_fourth_part_of_its_list() -> None:
    assert text_sums(SECTORS_AGAIN, "partition") == [
        ("2.140,5", ["612,4", "845,30", "682,8"]), ("845,3", ["210,3", "635"])]
    assert text_sums(SECTORS_AGAIN, "subset") == []
    assert errors(passage(SECTORS_AGAIN)) == []
    wrong = SECTORS_AGAIN.replace("682,8 tỷ đồng", "692,8 tỷ đồng")
    assert any("2.140,5" in f.message for f in errors(passage(wrong)))


def test_a_sector_after_a_whole_without_its_list_is_still_some_of_it() -> None:
    # Đức Hòa's shape (extractor.prose_sector_output): no list under the whole, so one sector is some of it
    text = ("Giá trị sản xuất ước thực hiện là 30.110 tỉ đồng, tăng 14,37%. Công nghiệp - xây dựng vẫn giữ vị trí "
            "quan trọng trong cơ cấu kinh tế, với giá trị sản xuất ước gần 28.000 tỉ đồng.")
    assert text_sums(text, "subset") == [("30.110", ["gần 28.000"])]
