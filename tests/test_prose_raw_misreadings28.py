"""Misreadings found on raw district and provincial pages (rounds 27-28, issue 12), each stated as its mechanism and
tested with reworded sentences of our own, beside a true finding of the same shape that must stay.

1. Counts of administrative units of two levels read as a whole and its parts: the communes a province counts
   after its district-level units ("9 đơn vị hành chính cấp huyện … Trong đó có 164 đơn vị hành chính cấp xã",
   Bến Tre), border communes listed beside the city and the districts ("10 đơn vị hành chính gồm 01 thành phố và
   09 huyện … (có 13 xã biên giới)", Kon Tum).
2. A bare share in a list whose sibling names another whole than the list's total: "… có 2.393 hộ, …, trong đó
   dân tộc Khmer có 2.339 hộ, chiếm 26,61% hộ nghèo của tỉnh; người Hoa có 53 hộ, chiếm 0,6%" (Kiên Giang).
3. A bare share of a sub-group read against the total a sentence before, when that total prints its own rate:
   "Tổng số hộ cận nghèo … 19.378 hộ; …; tỷ lệ hộ cận nghèo chiếm 4,21%. … hộ cận nghèo dân tộc thiểu số … 4.539
   hộ, chiếm 6,45%" (Kiên Giang, another page of the same decision).
4. Region names read by the place check as misspelt or unknown units: "so với các tỉnh Tây Nguyên" (Thái
   Nguyên?), "các tỉnh Nam Trung Bộ", "13 tỉnh Đồng Bằng Sông Cửu Long" (Gia Lai, Bến Tre).
"""

from __future__ import annotations

from normalizers.places import find_mentions, resolve_mention
from reconcile.engine.checks import document_to_findings
from tests.test_prose_links import passage


def _findings(text: str, severity: str) -> list[str]:
    return [f.message for f in document_to_findings(passage(text)) if f.severity == severity]


def _errors(text: str) -> list[str]:
    return _findings(text, "error")


# --- 1. units of another administrative level are no parts ---------------------------------------------------


def test_communes_are_no_part_of_the_district_level_units() -> None:
    text = ("Tỉnh hiện có 11 đơn vị hành chính cấp huyện gồm thành phố và 10 huyện. Trong đó có 171 đơn vị hành "
            "chính cấp xã, gồm 9 thị trấn, 12 phường và 150 xã.")
    assert _errors(text) == []


def test_border_communes_are_no_third_part_beside_the_districts() -> None:
    text = ("Toàn tỉnh có 12 đơn vị hành chính gồm 01 thành phố và 11 huyện với 118 xã, phường, thị trấn (có 15 xã "
            "biên giới).")
    assert _errors(text) == []
    assert not any("15" in w for w in _findings(text, "warning"))


def test_a_list_of_one_level_still_errs() -> None:
    communes = ("Tỉnh hiện có 11 đơn vị hành chính cấp huyện. Toàn tỉnh có 171 đơn vị hành chính cấp xã, gồm 9 thị "
                "trấn, 12 phường và 160 xã.")
    assert any("9 + 12 + 160" in e for e in _errors(communes))
    district = "Huyện có 25 đơn vị hành chính gồm 22 xã và 2 thị trấn."
    assert any("22 + 2" in e for e in _errors(district))


# --- 2. a sibling that names another whole -------------------------------------------------------------------


def test_a_bare_share_beside_a_sibling_naming_another_whole_is_not_on_the_list_total() -> None:
    text = ("Toàn tỉnh có 9.120 hộ nghèo. Hộ nghèo là đồng bào dân tộc thiểu số có 2.480 hộ, chiếm 27,19% hộ nghèo "
            "của tỉnh, trong đó đồng bào dân tộc Khmer có 2.410 hộ, chiếm 26,43% hộ nghèo của tỉnh; người Hoa có 68 "
            "hộ, chiếm 0,75%; dân tộc khác là 02 hộ, chiếm 0,02%.")
    assert not any("/ 2.480" in e for e in _errors(text))


def test_bare_shares_of_a_list_whose_siblings_name_nothing_still_err() -> None:
    text = ("Hộ nghèo là đồng bào dân tộc thiểu số có 2.480 hộ, trong đó đồng bào dân tộc Khmer có 2.410 hộ, chiếm "
            "97,18%; người Hoa có 68 hộ, chiếm 0,75%; dân tộc khác là 02 hộ, chiếm 0,08%.")
    assert any("68 / 2.480" in e for e in _errors(text))


def test_a_sibling_naming_the_list_total_keeps_the_bare_shares_on_it() -> None:
    text = ("Hộ nghèo là đồng bào dân tộc thiểu số có 2.480 hộ, trong đó đồng bào dân tộc Khmer có 2.410 hộ, chiếm "
            "97,18% hộ nghèo dân tộc thiểu số; người Hoa có 68 hộ, chiếm 0,75%.")
    assert any("68 / 2.480" in e for e in _errors(text))


def test_a_sibling_naming_the_structure_keeps_the_bare_shares_on_the_list_total() -> None:
    # "cơ cấu kinh tế" names the list's total by other words, not a whole outside it
    text = ("Năm 2014 tổng giá trị sản xuất đạt 1.620,40 tỷ đồng; trong đó nông - lâm nghiệp 712,30 tỷ đồng, chiếm "
            "43,96% cơ cấu kinh tế; công nghiệp - xây dựng 575,10 tỷ đồng, chiếm 36,9%; thương mại - dịch vụ 333,00 "
            "tỷ đồng, chiếm 20,55%.")
    assert any("575,10 / 1.620,40" in e for e in _errors(text))


# --- 3. a total that prints its own rate ---------------------------------------------------------------------


def test_a_sub_group_share_after_a_total_with_its_own_rate_is_a_rate() -> None:
    text = ("Tổng số hộ cận nghèo toàn tỉnh là 20.415 hộ; tổng số khẩu cận nghèo là 74.260 người; tỷ lệ hộ cận "
            "nghèo chiếm 4,38% (giảm 0,41% so với năm 2019).\n"
            "Tổng số hộ cận nghèo dân tộc thiểu số toàn tỉnh là 4.812 hộ, chiếm 6,72% (giảm 0,65% so với năm 2019).")
    assert _errors(text) == []


def test_a_sub_group_share_after_a_total_without_a_rate_still_errs() -> None:
    text = ("Tổng số hộ cận nghèo toàn tỉnh là 20.415 hộ; tổng số khẩu cận nghèo là 74.260 người.\n"
            "Tổng số hộ cận nghèo dân tộc thiểu số toàn tỉnh là 4.812 hộ, chiếm 6,72%.")
    assert any("4.812 / 20.415" in e for e in _errors(text))


# --- 4. region names are no units --------------------------------------------------------------------------


def _places(text: str) -> list[tuple[str, str]]:
    return [(m.name, resolve_mention(m, province=None, district=None).status) for m in find_mentions(text)]


def test_region_names_after_a_unit_word_are_no_units() -> None:
    assert _places("Ngành điện của tỉnh đứng đầu so với các tỉnh Tây Nguyên và các tỉnh Nam Trung Bộ về công suất.") == []
    assert _places("Tỉnh là một trong 13 tỉnh Đồng Bằng Sông Cửu Long, có diện tích 2.394 km2.") == []


def test_units_named_like_a_region_and_misspelt_units_are_still_read() -> None:
    assert ("Nam Trung", "ok") in _places("Hội nghị tại xã Nam Trung, huyện Tiền Hải.")
    assert ("Thái Nguyễn", "misspelt") in _places("Tỉnh giáp tỉnh Thái Nguyễn và tỉnh Tuyên Quang.")


def test_a_district_counting_its_communes_still_errs() -> None:
    # the whole's name opens with "Huyện", the unit it counts communes of, not their level
    text = "Huyện chia làm 16 đơn vị hành chính, gồm 01 thị trấn Gia Ray và 14 xã: Bảo Hòa, Lang Minh."
    assert any("01 + 14" in e for e in _errors(text))
