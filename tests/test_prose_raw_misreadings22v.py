"""Misreadings found on raw district and provincial pages (prose22v's development pages), each stated as
its mechanism and tested with reworded sentences of our own, beside a true finding of the same shape that
must stay (issue 12).

1. A lede that prints one item ahead of its list ("Khu vực công nghiệp và xây dựng tăng 6,78%, đóng góp
   3,93 điểm phần trăm …. Trong đó, khu vực nông … 0,49 …; khu vực công nghiệp và xây dựng tăng 6,78%,
   đóng góp 3,93 …; khu vực dịch vụ … 2,07") was taken for the total of the list that repeats it: 0,49 +
   3,93 + 2,07 "exceeded" 3,93.
2. A count fraction's clause went on past a comma into another measure's ("có 30/32 chỉ tiêu đạt và vượt
   kế hoạch đề ra, đưa tốc độ phát triển kinh tế đạt 7,36%"), and 30/32 was checked against the growth
   rate.
"""

from __future__ import annotations

from tests.test_prose_links import errors, passage, sums

# --- 1. a lede that prints one item ahead of its list is not the list's total ------------------------

LEDE = "Khu vực dịch vụ tăng 7,1%, đóng góp 2,85 điểm phần trăm vào mức tăng trưởng chung."
CONTRIBUTIONS = ("Trong đó, khu vực nông, lâm nghiệp và thủy sản tăng 3,2%, đóng góp 0,41 điểm phần trăm vào mức "
                 "tăng trưởng chung; khu vực công nghiệp và xây dựng tăng 5,9%, đóng góp 2,64 điểm phần trăm vào "
                 "mức tăng trưởng chung; khu vực dịch vụ tăng 7,1%, đóng góp 2,85 điểm phần trăm vào mức tăng "
                 "trưởng chung.")


def test_a_lede_repeated_in_its_list_is_not_the_lists_total() -> None:
    doc = passage(LEDE, CONTRIBUTIONS)
    for kind in ("partition", "subset"):
        assert [s for s in sums(doc, kind) if s[0] == "2,85"] == []
    assert errors(doc) == []


SECTOR_LEDE = "Công nghiệp đạt 2.300 tỷ đồng, tăng 12%."
SECTORS = ("Trong đó, nông nghiệp đạt 1.100 tỷ đồng, tăng 3%; công nghiệp đạt 2.300 tỷ đồng, tăng 12%; dịch vụ "
           "đạt 1.300 tỷ đồng, tăng 8%.")


def test_a_sector_lede_repeated_in_its_list_is_not_the_total() -> None:
    doc = passage(SECTOR_LEDE, SECTORS)
    assert [s for s in sums(doc, "partition") + sums(doc, "subset") if s[0] == "2.300"] == []
    assert errors(doc) == []


WHOLE = "Giá trị sản xuất toàn huyện đạt {whole} tỷ đồng, tăng 9%."


def test_a_total_before_its_list_is_still_read_and_its_error_found() -> None:
    # the same shape with a true total before "Trong đó": read, and a wrong total is still an error
    good = passage(WHOLE.format(whole="4.700"), SECTORS)
    assert any(total == "4.700" and parts == ["1.100", "2.300", "1.300"]
               for total, parts in sums(good, "partition") + sums(good, "subset"))
    assert errors(good) == []
    wrong = passage(WHOLE.format(whole="4.200"), SECTORS)
    found = errors(wrong)
    assert len(found) == 1 and found[0].reported == "4.200"


def test_a_part_equal_to_its_whole_under_another_name_is_still_an_error() -> None:
    # a part that only shares the whole's figure, not its words, is no lede: 100 + 20 > 100 stays an error
    doc = passage("Tổng thu ngân sách đạt 100 tỷ đồng. Trong đó, thu nội địa đạt 100 tỷ đồng, thu từ hoạt động "
                  "xuất nhập khẩu đạt 20 tỷ đồng.")
    found = errors(doc)
    assert len(found) == 1 and found[0].reported == "100"


# --- 2. a count's rate does not run into the clause of another measure --------------------------------

def test_a_rate_of_another_measure_after_a_count_is_not_the_counts_share() -> None:
    doc = passage("Năm 2022, huyện có 27/30 chỉ tiêu đạt và vượt kế hoạch, đưa tốc độ tăng trưởng kinh tế đạt "
                  "8,15%, cao hơn bình quân chung của tỉnh.")
    assert errors(doc) == []


def test_a_counts_own_rate_after_a_comma_is_still_checked() -> None:
    # the same shape whose clause names no other measure: 27/30 = 90 %, so 85% is an error, and 90% is not
    for words in ("đạt", "chiếm"):
        wrong = passage(f"Năm 2022, huyện có 27/30 chỉ tiêu đạt và vượt kế hoạch đề ra, {words} 85%.")
        found = errors(wrong)
        assert len(found) == 1 and found[0].reported == "85%", words
        assert errors(passage(f"Năm 2022, huyện có 27/30 chỉ tiêu đạt và vượt kế hoạch đề ra, {words} 90%.")) == []
