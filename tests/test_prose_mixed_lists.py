"""A whole with a complete list of parts and one more part of it read elsewhere; complete pairs (issue 12).

One part alone is a subset; it must not turn the complete list under the same whole into a subset,
nor be read as a partition (a whole equal to its one part) because the other list is one.
"""

from __future__ import annotations

from tests.test_prose_links import errors, passage, sums

# hiep-hoa-bac-giang_2: the three sectors of the whole, and a share that takes one more figure as part of it
SECTORS = (
    "Tổng giá trị sản xuất toàn huyện 5 tháng đầu năm 2022 ước đạt {total} tỷ đồng, tăng trưởng 14,3%, đạt 37% kế "
    "hoạch; trong đó công nghiệp – xây dựng ước đạt 3.125 tỷ đồng, tăng 19,6%, đạt 35% kế hoạch; dịch vụ ước đạt 800 "
    "tỷ đồng, tăng 5,4%, đạt 43% kế hoạch; nông - lâm nghiệp và thủy sản ước đạt 992 tỷ đồng, tăng 7,7%, đạt 40% kế "
    "hoạch. Các doanh nghiệp, hợp tác xã tạo việc làm cho trên 20.000 lao động và nộp ngân sách trên 41,5 tỷ đồng, "
    "chiếm 24,73% tổng thu ngân sách trên địa bàn."
)
# nghia-dan-nghe-an_2: women are one half of a pair; farm and non-farm people are every class of the population
PEOPLE = (
    "Tính đến ngày 01/01/2009, dân số huyện là 28.772 hộ, 131.134 người, chiếm gần 2,20 % dân số toàn tỉnh, và 100% "
    "là dân cư nông thôn; nữ có 67.054 người (chiếm 51,13%). Dân số khối nông nghiệp 121.347 người, chiếm {farm}; "
    "khối phi nông nghiệp 9.787 người, chiếm 7,46% dân số toàn huyện."
)


def test_the_sectors_stay_a_partition_beside_one_more_part() -> None:
    doc = passage(SECTORS.format(total="4.917"))
    assert sums(doc, "partition") == [("4.917", ["3.125", "800", "992"])]
    # the one part is never "4.917 = 41,5"; its share names a whole not printed (tổng thu ngân sách), so it is no
    # part of the production value at all (test_prose_wave14_wholes)
    assert ("4.917", ["trên 41,5"]) not in sums(doc, "partition") + sums(doc, "subset")


def test_sectors_that_miss_their_whole_are_an_error() -> None:
    doc = passage(SECTORS.format(total="5.017"))
    assert any("4.917" in str(f.message) and "5.017" in (f.reported or "") for f in errors(doc))


def test_shares_of_every_class_add_to_100_beside_one_half_of_a_pair() -> None:
    assert not [f for f in errors(passage(PEOPLE.format(farm="92,54%"))) if "100" in str(f.message)]
    broken = errors(passage(PEOPLE.format(farm="92,64%")))
    assert any("92,64% + 7,46%" in str(f.message) for f in broken)


def test_the_urban_area_and_the_countryside_are_the_whole_population() -> None:
    # huu-lung-lang-son_3: "khu vực đô thị" is the urban half of the pair, as "thành thị" is
    text = ("Huyện Hữu Lũng có diện tích 806,74 km² và dân số năm 2019 là 121.735 người, trong đó 10.165 người ở khu vực "
            "đô thị và {rural} người ở khu vực nông thôn; mật độ dân số trung bình khoảng 151 người/km².")
    assert sums(passage(text.format(rural="111.570")), "count_sum") == [("121.735", ["10.165", "111.570"])]
    assert [f.reported for f in errors(passage(text.format(rural="111.750")))] == ["121.735"]


def test_a_half_named_before_its_comma_is_no_whole_of_the_other() -> None:
    # cho-moi-bac-kan_3 (paraphrase): "nông thôn, 33.105 người" is the rural half, not the whole of the urban one
    text = ("Năm 2019, dân số là 38.958 người. Phần lớn sống ở nông thôn, 33.105 người; thành thị có {urban} người. "
            "Mật độ dân số là 64 người/km².")
    assert sums(passage(text.format(urban="5.853")), "count_sum") == [("38.958", ["33.105", "5.853"])]
    assert sums(passage(text.format(urban="5.853")), "subset") == []
    assert [f.reported for f in errors(passage(text.format(urban="6.853")))] == ["38.958"]
