"""A misreading the rewording benchmark showed (issue 12, round 32; benchmarks/bench_rewordings.py), and
what a "gồm" list still means.

A share printed with a decimal point ("13.3%") voted its passage English-style, so the passage's "9.120 ha"
read 9,12 (thach-thanh-thanh-hoa_1, tam-diep-ninh-binh_2's "1.400 USD", chi-lang-lang-son_3; the
rewording "12,5%" -> "12.5%" did the same in cu-mgar-dak-lak_1, bac-yen-son-la_1, thang-binh-quang-nam_2,
…). A point share reads the same in either style and no longer votes (``figure_marks.votes_for_style``).
Real sentences, reworded where the test says so.
"""

from __future__ import annotations

from pathlib import Path

from normalizers.figure_marks import votes_for_style
from tests.test_figure_marks import read as _read
from tests.test_figure_marks import values as _values
from tests.test_prose_links import errors, passage, sums

# "gồm"/"bao gồm" still list all of the whole, closed on "và" or not: reading "trong đó" reworded as "gồm" as a
# subset (tried in round 32) turned real "gồm" partitions into subsets ("13 trường đạt chuẩn quốc gia, gồm 11
# trường tiểu học, 2 trường trung học cơ sở"), so it was not kept: a rewording to "gồm" changes what is said.


def test_a_gom_list_closed_on_va_is_all_of_the_whole() -> None:
    # a dev passage's words ("Huyện có 16 đơn vị hành chính, gồm 15 xã và 01 thị trấn"), one count changed
    doc = passage("Huyện có 16 đơn vị hành chính, gồm 14 xã và 01 thị trấn với 200 thôn bản.")
    found = sums(doc, "partition") + sums(doc, "count_sum")
    assert ("16", ["14", "01"]) in found
    assert errors(doc)


def test_a_gom_list_of_every_sector_is_all_of_the_whole() -> None:
    # luc-ngan-bac-giang_4: the three sectors, no "và"; the gross output changed so that they miss it
    doc = passage("Năm 2012 tổng giá trị sản xuất là 1.571.478 triệu đồng, gồm nông lâm thuỷ sản 829.087 triệu "
                  "đồng, công nghiệp - xây dựng 302.232 triệu đồng, dịch vụ 340.159 triệu đồng.")
    assert ("1.571.478", ["829.087", "302.232", "340.159"]) in sums(doc, "partition")
    assert errors(doc)


def test_a_point_share_casts_no_vote() -> None:
    text = "Thạch Thành có diện tích tự nhiên là 55.811ha; trong đó đồng bằng 9.120 ha (13.3%), đồi bãi 9.600ha (16%)"
    at = text.index("13.3")
    assert not votes_for_style(text, at, at + 4)
    at = text.index("9.120")
    assert votes_for_style(text, at, at + 5)
    assert votes_for_style("tỷ lệ 12,5%", 6, 10)  # a decimal comma is Vietnamese: it votes


def test_thousands_beside_point_shares_are_thousands(tmp_path: Path) -> None:
    # thach-thanh-thanh-hoa_1 and tam-diep-ninh-binh_2: shares printed "13.3%", thousands grouped with the dot
    doc = _read(tmp_path, "Thạch Thành có diện tích tự nhiên là 55.811 ha; trong đó đồng bằng 9.120 ha (13.3%), "
                          "đồi bãi 9.600 ha (16%), đồi núi cao 31.785 ha (53.4%).\n"
                          "Đất nông nghiệp chiếm 69.65%; GDP bình quân đầu người của thị xã khoảng 1.400 USD năm 2011.\n")
    got = _values(doc)
    assert got["9.120"] == 9120 and got["55.811"] == 55811
    assert got["13.3%"] == 13.3
    assert any(v == 1400 for raw, v in got.items() if "1.400" in raw)


def test_a_decimal_point_in_shares_does_not_make_thousands_decimals(tmp_path: Path) -> None:
    # cu-mgar-dak-lak_1 reworded "8,85%" -> "8.85%" (rewrite pct_decimal_dot): 1.810 = 780 + 1.030 holds
    doc = _read(tmp_path, "Giá trị sản xuất ước 9.960 tỷ đồng (tăng 8.85%), chia ra: nông, lâm nghiệp, thủy sản "
                          "ước 4.750 tỷ đồng (tăng 4.44%); công nghiệp, xây dựng ước 1.810 tỷ đồng (tăng 7.93%), "
                          "gồm công nghiệp 780 tỷ đồng (tăng 13.87%) và xây dựng 1.030 tỷ đồng (tăng 3.83%); "
                          "thương mại, dịch vụ ước 3.400 tỷ đồng (tăng 16.24%).\n")
    got = _values(doc)
    assert got["1.810"] == 1810 and got["1.030"] == 1030
    assert [f for f in errors(doc)] == []
