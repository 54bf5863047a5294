"""Relations the words do not state must never become errors, and constructions of real report prose
(issue 12, wave-8 first contact).

Each class below either assembled a share or a subset the text does not print (and the tool called
it an error), or is a construction the tool did not read. Sentences written for these tests, own
wording and figures.
"""

from __future__ import annotations

import pytest

from reconcile.engine.checks import document_to_findings
from tests.test_prose_links import errors, passage, relations
from tests.test_prose_links import text_sums as _sums
from tests.test_prose_links import text_triples as _triples

# ---------------------------------------------------------------------------------------------
# "A chiếm P% (N ha), B chiếm Q% (M ha)": the figure in parentheses closes its clause, so the next
# item's share is of the figure printed after it, never of the one before it


@pytest.mark.parametrize(("text", "shares"), [
    ("Tổng diện tích tự nhiên của huyện là 48.500 ha. Đất nông nghiệp chiếm 40% (19.400 ha), đất lâm nghiệp "
     "chiếm 30% (14.550 ha), đất phi nông nghiệp chiếm 20% (9.700 ha).",
     [("19.400", "48.500", "40%"), ("14.550", "48.500", "30%"), ("9.700", "48.500", "20%")]),
    ("Dân số toàn huyện 120.000 người. Người Kinh chiếm 55% (66.000 người), người Tày chiếm 25% (30.000 người).",
     [("66.000", "120.000", "55%"), ("30.000", "120.000", "25%")]),
    ("Huyện có diện tích tự nhiên 25.000 ha; đất trồng lúa chiếm 18% (4.500 ha), đất trồng cây lâu năm chiếm 12% "
     "(3.000 ha), còn lại là đất khác.",
     [("4.500", "25.000", "18%"), ("3.000", "25.000", "12%")]),
])
def test_a_share_before_its_part_in_parentheses_is_not_of_the_previous_part(
        text: str, shares: list[tuple[str, str, str]]) -> None:
    assert sorted(_triples(text, "share", ("part", "total", "share"))) == sorted(shares)
    assert errors(passage(text)) == []


def test_a_wrong_share_before_its_part_is_an_error_on_its_own_part() -> None:
    (f,) = errors(passage("Tổng diện tích tự nhiên của huyện là 48.500 ha. Đất nông nghiệp chiếm 40% (19.400 ha), "
                          "đất lâm nghiệp chiếm 03% (14.550 ha), đất phi nông nghiệp chiếm 20% (9.700 ha)."))
    assert "14.550 / 48.500" in f.message and "03%" in f.message


# ---------------------------------------------------------------------------------------------
# "Riêng X" opening a sentence after a sentence that lists parts: its whole is the part it names,
# never the first part of that list


@pytest.mark.parametrize(("text", "subsets"), [
    ("Giá trị sản xuất đạt 3.000 tỷ đồng. Trong tổng đó, nông nghiệp 900 tỷ đồng, công nghiệp - xây dựng 1.200 tỷ "
     "đồng, dịch vụ 900 tỷ đồng. Riêng công nghiệp đạt 700 tỷ đồng.",
     [("1.200", ["700"])]),
    ("Tổng giá trị sản xuất năm 2022 ước 4.100 tỷ đồng. Trong đó, nông - lâm - thủy sản 1.500 tỷ đồng, công "
     "nghiệp - xây dựng 1.100 tỷ đồng, thương mại - dịch vụ 1.500 tỷ đồng. Riêng thủy sản đạt 420 tỷ đồng.",
     [("1.500", ["420"])]),
    ("Giá trị sản xuất 6 tháng đạt 2.400 tỷ đồng. Trong đó: nông lâm nghiệp 600 tỷ đồng, công nghiệp xây dựng "
     "1.000 tỷ đồng, dịch vụ 800 tỷ đồng. Riêng giá trị sản xuất xây dựng đạt 350 tỷ đồng.",
     [("1.000", ["350"])]),
])
def test_rieng_after_a_listed_sentence_is_a_subset_of_the_part_it_names(
        text: str, subsets: list[tuple[str, list[str]]]) -> None:
    assert _sums(text, "subset") == subsets
    assert errors(passage(text)) == []


# the same, the whole and its list printed in one sentence (the rewording benchmark's trongdo_sentence joins
# "… 4.100 tỷ đồng. Trong đó, …" into "… 4.100 tỷ đồng; trong đó, …")
@pytest.mark.parametrize(("text", "subsets"), [
    ("Giá trị sản xuất đạt 3.000 tỷ đồng, trong đó nông nghiệp 900 tỷ đồng, công nghiệp - xây dựng 1.200 tỷ "
     "đồng, dịch vụ 900 tỷ đồng. Riêng công nghiệp đạt 700 tỷ đồng.",
     [("1.200", ["700"])]),
    ("Tổng giá trị sản xuất năm 2022 ước 4.100 tỷ đồng; trong đó, nông - lâm - thủy sản 1.500 tỷ đồng, công "
     "nghiệp - xây dựng 1.100 tỷ đồng, thương mại - dịch vụ 1.500 tỷ đồng. Riêng thủy sản đạt 420 tỷ đồng.",
     [("1.500", ["420"])]),
    ("Giá trị sản xuất đạt 3.000 tỷ đồng, trong đó nông nghiệp 900 tỷ đồng, công nghiệp - xây dựng 1.200 tỷ "
     "đồng, dịch vụ 900 tỷ đồng. Riêng hàng xuất khẩu đạt 1.100 tỷ đồng.", []),
])
def test_rieng_after_a_whole_and_its_list_is_a_subset_of_the_part_it_names(
        text: str, subsets: list[tuple[str, list[str]]]) -> None:
    assert _sums(text, "subset") == subsets
    assert errors(passage(text)) == []


def test_rieng_larger_than_the_part_its_sentence_before_lists_is_an_error() -> None:
    (f,) = errors(passage("Giá trị sản xuất đạt 3.000 tỷ đồng, trong đó nông nghiệp 900 tỷ đồng, công nghiệp - "
                          "xây dựng 1.200 tỷ đồng, dịch vụ 900 tỷ đồng. Riêng công nghiệp đạt 1.700 tỷ đồng."))
    assert "1.200" in f.message and "1.700" in f.message


def test_rieng_after_a_listed_sentence_naming_no_part_reads_no_subset() -> None:
    text = ("Giá trị sản xuất đạt 3.000 tỷ đồng. Trong tổng đó, nông nghiệp 900 tỷ đồng, công nghiệp - xây dựng "
            "1.200 tỷ đồng, dịch vụ 900 tỷ đồng. Riêng hàng xuất khẩu đạt 1.100 tỷ đồng.")
    assert _sums(text, "subset") == []
    assert errors(passage(text)) == []


def test_rieng_larger_than_the_part_it_names_is_an_error() -> None:
    (f,) = errors(passage("Giá trị sản xuất đạt 3.000 tỷ đồng. Trong tổng đó, nông nghiệp 900 tỷ đồng, công nghiệp - "
                          "xây dựng 1.200 tỷ đồng, dịch vụ 900 tỷ đồng. Riêng công nghiệp đạt 7.000 tỷ đồng."))
    assert "1.200" in f.message and "7.000" in f.message


@pytest.mark.parametrize(("text", "partition"), [
    ("Giá trị sản xuất đạt 3.000 tỷ đồng. Trong tổng đó, nông nghiệp 900 tỷ đồng, công nghiệp - xây dựng 1.200 tỷ "
     "đồng, dịch vụ 900 tỷ đồng.", ("3.000", ["900", "1.200", "900"])),
    ("Tổng vốn đầu tư toàn xã hội đạt 2.000 tỷ đồng; trong tổng số đó, vốn nhà nước 600 tỷ đồng, vốn ngoài nhà nước "
     "1.400 tỷ đồng.", ("2.000", ["600", "1.400"])),
    ("Giá trị sản xuất năm 2021 đạt 5.200 tỷ đồng. Trong tổng đó, nông - lâm - thủy sản đạt 1.300 tỷ đồng (tăng "
     "4%), công nghiệp - xây dựng 2.100 tỷ đồng, dịch vụ 1.800 tỷ đồng.", ("5.200", ["1.300", "2.100", "1.800"])),
])
def test_trong_tong_do_opens_the_parts_of_the_total(text: str, partition: tuple[str, list[str]]) -> None:
    assert _sums(text, "partition") == [partition]
    assert errors(passage(text)) == []


# ---------------------------------------------------------------------------------------------
# A growth "so với cùng kỳ" (or a bare "tăng") of a year's figure, the year before printed earlier


@pytest.mark.parametrize(("text", "growth"), [
    ("Năm 2021 tổng giá trị sản xuất của huyện đạt 4.000 tỷ đồng.\n"
     "Năm 2022 giá trị sản xuất đạt 4.400 tỷ đồng, tăng 10% so với cùng kỳ.", ("4.400", "4.000", "10%")),
    ("Năm 2020, thu ngân sách trên địa bàn đạt 250 tỷ đồng.\n"
     "Năm 2021, theo báo cáo tại kỳ họp cuối năm, thu ngân sách trên địa bàn đạt 275 tỷ đồng, bằng 105% dự toán "
     "và tăng 10%.", ("275", "250", "10%")),
    ("Sáu tháng đầu năm 2022, tổng giá trị sản xuất đạt 3.200 tỷ đồng.\n"
     "Sáu tháng đầu năm 2023, tổng giá trị sản xuất đạt 3.520 tỷ đồng, tăng 10% so với cùng kỳ năm trước.",
     ("3.520", "3.200", "10%")),
])
def test_a_growth_on_the_same_period_is_over_the_year_before(text: str, growth: tuple[str, str, str]) -> None:
    assert _triples(text, "growth", ("current", "base", "rate")) == [growth]
    assert errors(passage(*text.split("\n"))) == []


def test_a_wrong_growth_on_the_same_period_is_an_error() -> None:
    (f,) = errors(passage("Năm 2021 tổng giá trị sản xuất của huyện đạt 4.000 tỷ đồng.",
                          "Năm 2022 giá trị sản xuất đạt 4.400 tỷ đồng, tăng 15% so với cùng kỳ."))
    assert "4.400 / 4.000" in f.message


@pytest.mark.parametrize("text", [
    # a whole year's figure is no base of part of a year
    ("Năm 2022 tổng giá trị sản xuất đạt 6.400 tỷ đồng.\n"
     "Sáu tháng đầu năm 2023, tổng giá trị sản xuất đạt 3.520 tỷ đồng, tăng 10% so với cùng kỳ."),
    # nor is another part of it
    ("Chín tháng năm 2022 giá trị sản xuất đạt 4.800 tỷ đồng.\n"
     "Sáu tháng đầu năm 2023, giá trị sản xuất đạt 3.520 tỷ đồng, tăng 10% so với cùng kỳ."),
    # nor a target for the year before
    ("Năm 2022 huyện phấn đấu giá trị sản xuất đạt 4.000 tỷ đồng.\n"
     "Năm 2023 giá trị sản xuất đạt 4.400 tỷ đồng, tăng 18% so với cùng kỳ."),
])
def test_a_growth_on_the_same_period_needs_a_base_of_that_period(text: str) -> None:
    assert _triples(text, "growth", ("current", "base", "rate")) == []
    assert errors(passage(*text.split("\n"))) == []


@pytest.mark.parametrize(("text", "growth"), [
    ("Kỳ họp cuối năm cho biết tổng giá trị sản xuất năm 2022 của huyện ước đạt 5.000 tỷ đồng. Năm 2023 huyện phấn "
     "đấu tổng giá trị sản xuất đạt 5.500 tỷ đồng, tăng 10% so với năm 2022.", ("5.500", "5.000", "10%")),
    ("Theo báo cáo của UBND, doanh thu dịch vụ năm 2021 đạt 800 tỷ đồng. Sang năm 2022, huyện đặt mục tiêu doanh "
     "thu dịch vụ đạt 880 tỷ đồng, tăng 10% so với năm 2021.", ("880", "800", "10%")),
    ("Hội nghị tổng kết cho biết sản lượng lương thực năm 2020 đạt 50.000 tấn. Năm 2021 huyện phấn đấu sản lượng "
     "lương thực đạt 52.500 tấn, tăng 5% so với năm 2020.", ("52.500", "50.000", "5%")),
])
def test_the_one_figure_of_the_base_year_named_with_other_words_is_the_base(
        text: str, growth: tuple[str, str, str]) -> None:
    assert _triples(text, "growth", ("current", "base", "rate")) == [growth]
    assert errors(passage(text)) == []


# ---------------------------------------------------------------------------------------------
# A plan after a slash, the unit glued to the plan ("55tạ/ha")


@pytest.mark.parametrize(("text", "ratio"), [
    ("Năng suất lúa bình quân đạt 62,3/60tạ/ha, đạt 103,8% KH.", ("62,3", "60", "103,8%")),
    ("Năng suất ngô đạt 48/50tạ/ha, bằng 96% kế hoạch.", ("48", "50", "96%")),
    ("Vụ mùa năng suất lạc đạt 21,5/20tạ/ha, đạt 107,5%KH.", ("21,5", "20", "107,5%")),
])
def test_a_plan_after_a_slash_with_a_glued_unit_is_read(text: str, ratio: tuple[str, str, str]) -> None:
    assert _triples(text, "ratio", ("actual", "plan", "ratio")) == [ratio]
    assert errors(passage(text)) == []


def test_a_wrong_ratio_to_a_plan_with_a_glued_unit_is_an_error() -> None:
    (f,) = errors(passage("Năng suất lúa bình quân đạt 62,3/60tạ/ha, đạt 108,3% KH."))
    assert "62,3 / 60" in f.message


# ---------------------------------------------------------------------------------------------
# A colon right after a total opens its parts, when they name every category (or end on the rest)


@pytest.mark.parametrize(("text", "partition"), [
    ("Đến năm 2020 con số này là 3.100 tỷ đồng: nông nghiệp 1.000 tỷ đồng, công nghiệp - xây dựng 1.200 tỷ đồng, "
     "dịch vụ 900 tỷ đồng.", ("3.100", ["1.000", "1.200", "900"])),
    ("Giá trị sản xuất năm 2019 đạt 2.450 tỷ đồng: nông - lâm - thủy sản 850 tỷ đồng, công nghiệp - xây dựng 700 tỷ "
     "đồng và thương mại - dịch vụ 900 tỷ đồng.", ("2.450", ["850", "700", "900"])),
    ("Tổng diện tích gieo trồng 8.000 ha: lúa 5.000 ha, ngô 1.800 ha, còn lại là cây trồng khác 1.200 ha.",
     ("8.000", ["5.000", "1.800", "1.200"])),
])
def test_a_colon_after_a_total_opens_parts_that_cover_it(text: str, partition: tuple[str, list[str]]) -> None:
    assert _sums(text, "partition") == [partition]
    assert errors(passage(text)) == []


def test_colon_parts_that_do_not_add_up_are_an_error() -> None:
    (f,) = errors(passage("Đến năm 2020 con số này là 3.100 tỷ đồng: nông nghiệp 1.000 tỷ đồng, công nghiệp - xây dựng "
                          "1.200 tỷ đồng, dịch vụ 1.000 tỷ đồng."))
    assert "3.200" in f.message and "3.100" in f.message


@pytest.mark.parametrize("text", [
    "Tổng thu ngân sách đạt 500 tỷ đồng: thu nội địa 300 tỷ đồng, thu tiền sử dụng đất 150 tỷ đồng.",
    "Thu nhập bình quân đạt 45 triệu đồng: tăng 5 triệu đồng so với năm trước.",
    "Huyện giải ngân 320 tỷ đồng: dự án đường 110 tỷ đồng, dự án trường học 90 tỷ đồng.",
])
def test_a_colon_list_that_names_no_whole_set_is_no_sum(text: str) -> None:
    assert _sums(text, "partition") == [] and _sums(text, "subset") == []
    assert errors(passage(text)) == []


# ---------------------------------------------------------------------------------------------
# A share or a density recomputed in converted units says which units it converted, in both languages


@pytest.mark.parametrize(("text", "arith", "units"), [
    ("Diện tích tự nhiên toàn huyện là 1.250,4 km2, trong đó đất rừng sản xuất 45.014 ha, chiếm 63%.",
     "45.014 / 1.250,4", "ha → km2"),
    ("Tổng diện tích tự nhiên 52.400 ha; trong đó đất nông nghiệp 40.100 ha. Dân số 78.600 người, mật độ dân số 175 "
     "người/km2.", "78.600 / 52.400", "ha → km2"),
    ("Sản lượng lúa cả năm 12.000 tấn trên diện tích 2.000 ha, năng suất bình quân 65 tạ/ha.",
     "12.000 / 2.000", "tấn → tạ"),
])
def test_a_converted_quotient_says_the_units_it_converted(text: str, arith: str, units: str) -> None:
    from reconcile.i18n import translator

    (f,) = errors(passage(text))
    assert arith in f.message and f"(converted: {units})" in f.message
    assert f"(đã quy đổi: {units})" in f.render(translator("vi"))


def test_a_quotient_in_one_unit_says_no_conversion() -> None:
    (f,) = errors(passage("Dân số 78.600 người, diện tích 524 km2, mật độ dân số 175 người/km2."))
    assert "converted" not in f.message


def test_a_share_that_fits_its_sibling_is_still_read_over_the_whole() -> None:
    # 14.550 / 19.400 = 75 %: the sibling printed before is no whole of the next item's share; that it
    # fits is said (an info: another pairing agrees), never taken as the reading
    text = ("Tổng diện tích tự nhiên của huyện là 48.500 ha. Đất nông nghiệp chiếm 40% (19.400 ha), đất lâm nghiệp "
            "chiếm 75% (14.550 ha), đất phi nông nghiệp chiếm 20% (9.700 ha).")
    assert ("14.550", "48.500", "75%") in _triples(text, "share", ("part", "total", "share"))
    assert errors(passage(text)) == []
    assert any("14.550 / 48.500" in f.message for f in document_to_findings(passage(text)))


# ---------------------------------------------------------------------------------------------
# "B chiếm y% (m hộ)" after "A chiếm x% (n hộ)": the next item's rate is its own, so the rates of the
# parts add up to the total's rate


@pytest.mark.parametrize(("text", "rates"), [
    ("Ở khu vực thành thị, tổng số hộ nghèo và hộ cận nghèo là 2.400 hộ, tỷ lệ nghèo đa chiều 20%; trong đó hộ nghèo "
     "chiếm 8% (960 hộ), hộ cận nghèo chiếm 12% (1.440 hộ).", ("20%", ["8%", "12%"])),
    ("Toàn xã, tổng số hộ nghèo và hộ cận nghèo là 300 hộ, tỷ lệ nghèo đa chiều 15%; trong đó hộ nghèo chiếm 5,5% "
     "(110 hộ), hộ cận nghèo chiếm 9,5% (190 hộ).", ("15%", ["5,5%", "9,5%"])),
    ("Tại vùng nông thôn, tổng số hộ nghèo và hộ cận nghèo là 1.000 hộ, tỷ lệ nghèo đa chiều 25%; trong đó hộ nghèo "
     "chiếm 10% (400 hộ), hộ cận nghèo chiếm 15% (600 hộ).", ("25%", ["10%", "15%"])),
])
def test_the_rates_of_parts_printed_before_their_counts_add_up(text: str, rates: tuple[str, list[str]]) -> None:
    assert rates in _sums(text, "partition")
    assert errors(passage(text)) == []


def test_rates_of_parts_that_do_not_add_up_are_an_error() -> None:
    (f,) = errors(passage("Ở khu vực thành thị, tổng số hộ nghèo và hộ cận nghèo là 2.400 hộ, tỷ lệ nghèo đa chiều 20%; "
                          "trong đó hộ nghèo chiếm 8% (960 hộ), hộ cận nghèo chiếm 21% (1.440 hộ)."))
    assert "8% + 21%" in f.message and "20%" in f.message


# ---------------------------------------------------------------------------------------------
# "gồm ba dạng chính: A (chiếm x% diện tích), B (y% diện tích), C (z% diện tích)": as many shares as
# the kinds announced before the colon cover the whole


@pytest.mark.parametrize("text", [
    "Đất đai gồm ba loại chính: đất đỏ (chiếm 40% diện tích), đất xám (35% diện tích), đất phù sa (25% diện tích).",
    "Địa hình chia làm 3 vùng: vùng núi (chiếm 52,5% diện tích), vùng đồi (30% diện tích), đồng bằng ven sông "
    "(17,5% diện tích).",
    "Rừng của huyện gồm hai loại: rừng phòng hộ (chiếm 64,2% diện tích rừng) và rừng sản xuất (35,8% diện tích rừng).",
])
def test_shares_of_as_many_kinds_as_announced_add_up(text: str) -> None:
    assert len(relations(passage(text), "shares_sum")) == 1
    assert errors(passage(text)) == []


def test_announced_shares_that_miss_100_are_an_error() -> None:
    (f,) = errors(passage("Đất đai gồm ba loại chính: đất đỏ (chiếm 40% diện tích), đất xám (35% diện tích), đất phù sa "
                          "(15% diện tích)."))
    assert "100 %" in f.message


@pytest.mark.parametrize("text", [
    # four kinds announced, three shares printed: the fourth is missing, nothing says they add up
    "Đất đai gồm bốn loại chính: đất đỏ (chiếm 40% diện tích), đất xám (35% diện tích), đất phù sa (15% diện tích).",
    # no count announced
    "Đất đai có các loại: đất đỏ (chiếm 40% diện tích), đất xám (35% diện tích), đất phù sa (15% diện tích).",
])
def test_shares_without_as_many_kinds_announced_are_not_summed(text: str) -> None:
    assert relations(passage(text), "shares_sum") == []
    assert errors(passage(text)) == []


# ---------------------------------------------------------------------------------------------
# "thuộc N dân tộc: A, B, …": the number after "thuộc" counts the names the colon opens


@pytest.mark.parametrize("text", [
    "Huyện có 45.300 nhân khẩu thuộc 5 dân tộc: Kinh, Tày, Nùng, Dao và Mông.",
    "Dân số 30.000 người thuộc 4 dân tộc: Thái, Mường, Kinh và Khơ Mú.",
    "Xã có 1.200 hộ thuộc 3 thôn: Nà Pản, Co Sàng và Bản Mới.",
])
def test_a_count_after_thuoc_counts_the_names_after_its_colon(text: str) -> None:
    assert len(relations(passage(text), "count_list")) == 1
    assert errors(passage(text)) == []


def test_a_count_after_thuoc_that_names_fewer_is_an_error() -> None:
    (f,) = errors(passage("Huyện có 45.300 nhân khẩu thuộc 6 dân tộc: Kinh, Tày, Nùng, Dao và Mông."))
    assert "'6'" in f.message and "5" in f.message


def test_a_number_after_thuoc_without_a_colon_is_still_a_label() -> None:
    doc = passage("Trường mầm non thuộc 2 thôn vùng cao của xã đạt chuẩn quốc gia.")
    assert relations(doc, "count_list") == [] and errors(doc) == []
