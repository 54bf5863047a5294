"""The constructions report prose uses for each relation, in sentences written for these tests (issue 12).

The rules were first written from the development passages' wording; these sentences are not
copied from any passage. Each group varies one construction (word order, where the plan or base is
printed, units, number styles, hedges) so a rule that only fits one passage's wording fails here.
Precision counts as much as recall: sentences whose figures look related but are not must give no
error (at most an info or a warning that says what was not checked).
"""

from __future__ import annotations

from fractions import Fraction

from extractor.model import Document
from tests.test_prose_links import errors, passage, printed, relations, sums

# ---------------------------------------------------------------------------------------------
# Totals and parts: when a list's figures do not add up to anything


def test_parts_that_classify_the_whole_two_ways_are_not_summed() -> None:
    # sex, then training: the two overlap, so 23.500 + 30.100 > 48.000 says nothing
    doc = passage("Tổng số lao động có việc làm 48.000 người, trong đó lao động nữ 23.500 người, lao động qua "
                  "đào tạo 30.100 người.")
    assert all(len(parts) == 1 for _, parts in sums(doc, "subset"))  # "lao động nữ" alone is some of it
    assert sums(doc, "count_sum") == [] and errors(doc) == []


def test_a_deed_among_kinds_is_not_a_part() -> None:
    # what was disbursed is no kind of capital beside the province's share of it
    doc = passage("Tổng vốn đầu tư công năm 2023 là 520 tỷ đồng, trong đó đã giải ngân 410 tỷ đồng, vốn ngân sách "
                  "tỉnh 300 tỷ đồng.")
    assert sums(doc, "subset") == [] and errors(doc) == []


def test_a_comma_list_closed_by_a_semicolon() -> None:
    doc = passage("Tổng chiều dài đường giao thông 850 km, trong đó đường huyện 120 km, đường xã 310 km, đường thôn "
                  "bản 420 km; đã nhựa hóa, bê tông hóa 610 km.")
    assert sums(doc, "subset") == [("850", ["120", "310", "420"])] and errors(doc) == []
    doc = passage("Tổng chiều dài đường giao thông 850 km, trong đó đường huyện 120 km, đường xã 410 km, đường thôn "
                  "bản 420 km; đã nhựa hóa 610 km.")
    (f,) = errors(doc)
    assert f.reported == "850"


def test_a_category_and_its_negation_cover_the_whole() -> None:
    doc = passage("Lao động làm việc trong các ngành kinh tế 52.000 người, trong đó nông nghiệp 31.200 người, phi "
                  "nông nghiệp 20.800 người.")
    assert sums(doc, "count_sum") == [("52.000", ["31.200", "20.800"])] and errors(doc) == []
    doc = passage("Số hộ được khảo sát 1.450 hộ, trong đó hộ có việc làm ổn định 1.210 hộ, hộ không có việc làm ổn "
                  "định 230 hộ.")
    (f,) = errors(doc)
    assert (f.reported, f.expected) == ("1.450", "1.440")
    # "thuế phí" is no negation ("phí" folds to "phi"): revenue parts stay a subset
    doc = passage("Tổng thu ngân sách đạt 563,9 tỷ đồng; trong đó thuế phí đạt 388,5 tỷ đồng, bằng 54% dự toán; thu "
                  "từ nhà đất đạt 145,9 tỷ đồng.")
    assert sums(doc, "partition") == [] and sums(doc, "subset") == [("563,9", ["388,5", "145,9"])]


# ---------------------------------------------------------------------------------------------
# Per-capita figures: a yield takes its own clause's harvest and area


def test_yields_of_two_crops_in_one_sentence() -> None:
    doc = passage("Tổng diện tích lúa 4.500 ha, năng suất 62 tạ/ha, sản lượng 27.900 tấn; diện tích ngô 1.200 ha, "
                  "năng suất 45 tạ/ha.")
    rels = relations(doc, "per_capita")
    assert [(printed(doc, r, "total"), printed(doc, r, "base"), printed(doc, r, "rate")) for r in rels] == [
        (["27.900"], ["4.500"], ["62"])]
    assert errors(doc) == []


def test_a_yield_over_the_harvested_area_not_the_whole() -> None:
    doc = passage("Diện tích cà phê 12.500 ha, trong đó diện tích kinh doanh 11.200 ha, năng suất bình quân 28 tạ/ha, "
                  "sản lượng 31.360 tấn.")
    (rel,) = relations(doc, "per_capita")
    assert printed(doc, rel, "base") == ["11.200"] and errors(doc) == []
    for text in ("Sản lượng 48.345 tấn trên diện tích 8.250 ha, năng suất đạt 58,6 tạ/ha.",
                 "Diện tích lúa cả năm 8.250 ha, năng suất bình quân 58,6 tạ/ha, sản lượng 48.345 tấn."):
        doc = passage(text)
        (rel,) = relations(doc, "per_capita")
        assert printed(doc, rel, "total") == ["48.345"] and errors(doc) == []


# ---------------------------------------------------------------------------------------------
# Counted names


def test_the_rest_is_not_a_name() -> None:
    doc = passage("Huyện có 3 dân tộc chính là Kinh, Tày, Nùng và một số dân tộc khác.")
    (rel,) = relations(doc, "count_list")
    assert len(rel.items) == 3 and errors(doc) == []
    doc = passage("Trên địa bàn có 6 dân tộc cùng sinh sống như Kinh, Tày, Nùng, Dao...")
    assert relations(doc, "count_list") == [] and errors(doc) == []
    (f,) = errors(passage("Huyện có 9 xã đạt chuẩn nông thôn mới là xã Tân Lập, Hòa Bình, Phú Thọ, Kim Sơn, Yên Lạc, "
                          "Đông Hải, Tây Sơn và Trung Lương."))
    assert "8 names" in f.message


# ---------------------------------------------------------------------------------------------
# Ratios, growth and factors: where the base is printed


def quotient(doc: object, kind: str) -> list[tuple[str, str, str]]:
    roles = {"ratio": ("actual", "plan", "ratio"), "growth": ("current", "base", "rate"),
             "times": ("numerator", "denominator", "factor"), "difference": ("minuend", "subtrahend", "difference"),
             "avg_growth": ("start", "end", "rate"), "share": ("part", "total", "share")}[kind]
    return [tuple(printed(doc, r, role)[0] for role in roles) for r in relations(doc, kind)]  # type: ignore[arg-type,misc]


def test_the_plan_before_its_ratio_or_after_it() -> None:
    cases = {
        "Doanh thu dịch vụ du lịch đạt 1.250 tỷ đồng, bằng 61,2% kế hoạch (kế hoạch năm 2.040 tỷ đồng).":
            ("1.250", "2.040", "61,2%"),
        "Thu ngân sách nhà nước trên địa bàn đạt 345,6 tỷ đồng/dự toán 300 tỷ đồng, đạt 115,2%.":
            ("345,6", "300", "115,2%"),
        "Tổng vốn đầu tư toàn xã hội đạt 2.145 tỷ đồng, đạt 102,1% so với kế hoạch (KH 2.100 tỷ đồng).":
            ("2.145", "2.100", "102,1%"),
        "Kế hoạch giao trồng rừng 1.200 ha, đến nay đã trồng được 1.080 ha, đạt 90% kế hoạch.": ("1.080", "1.200", "90%"),
        "Trồng mới 450 ha cao su, đạt 112,5% KH (KH: 400 ha).": ("450", "400", "112,5%"),
        "Giá trị sản xuất nông nghiệp đạt 3.250 tỷ đồng so với kế hoạch 3.100 tỷ đồng, đạt 104,8%.":
            ("3.250", "3.100", "104,8%"),
        "Thu ngân sách xã đạt 18,5 tỷ đồng, bằng 92,5% dự toán năm là 20 tỷ đồng.": ("18,5", "20", "92,5%"),
    }
    for text, want in cases.items():
        doc = passage(text)
        assert quotient(doc, "ratio") == [want], text
        assert errors(doc) == [], text
    (f,) = errors(passage("Thu ngân sách xã đạt 18,5 tỷ đồng, bằng 95,2% dự toán năm là 20 tỷ đồng."))
    assert f.reported == "95,2%"


def test_a_base_after_its_words_is_not_another_figure_s() -> None:
    # "... và chi ngân sách xã là 51,097": the words after 60% name another figure, not 60%'s base
    doc = passage("Trong đó chi ngân sách huyện là 369,767 tỷ đồng, bằng 60% dự toán giao và chi ngân sách xã là "
                  "51,097 tỷ đồng, bằng 35% dự toán giao.")
    assert quotient(doc, "ratio") == [] and errors(doc) == []


def test_growth_and_factors_against_a_printed_year() -> None:
    cases = {
        "Năm 2022, tổng thu ngân sách đạt 680 tỷ đồng; năm 2023 đạt 743 tỷ đồng, tăng 9,3% so với năm 2022.":
            ("growth", ("743", "680", "9,3%")),
        "Kim ngạch xuất khẩu đạt 86,2 triệu USD, giảm 4,1% so với năm 2022 (89,9 triệu USD).":
            ("growth", ("86,2", "89,9", "4,1%")),
        "Năm 2020 thu ngân sách đạt 120 tỷ đồng, gấp 1,5 lần so với năm 2015 là 80 tỷ đồng.":
            ("times", ("120", "80", "1,5")),
        "Thu nhập bình quân đầu người đạt 60 triệu đồng, gấp 2,1 lần năm 2015 (28,5 triệu đồng).":
            ("times", ("60", "28,5", "2,1")),
        "Thu ngân sách năm 2023 đạt 156,2 tỷ đồng, tăng 18,3 tỷ đồng so với năm 2022 (137,9 tỷ đồng).":
            ("difference", ("156,2", "137,9", "18,3")),
    }
    for text, (kind, want) in cases.items():
        doc = passage(text)
        assert quotient(doc, kind) == [want], text
        assert errors(doc) == [], text
    (f,) = errors(passage("Năm 2020 thu ngân sách đạt 120 tỷ đồng, gấp 1,8 lần so với năm 2015 là 80 tỷ đồng."))
    assert f.reported == "1,8"


def test_average_growth_between_dated_figures() -> None:
    cases = {
        "Giai đoạn 2016 - 2020, thu ngân sách tăng bình quân 12,1%/năm, từ 320 tỷ đồng năm 2016 lên 505 tỷ đồng "
        "năm 2020.": ("từ 320", "505", "12,1%"),
        "Thu nhập bình quân đầu người năm 2020 đạt 45 triệu đồng (năm 2015 là 28 triệu đồng), bình quân giai đoạn "
        "2015-2020 tăng 10%/năm.": ("28", "45", "10%"),
        "Tổng giá trị sản xuất tăng từ 5.200 tỷ đồng năm 2015 lên 8.300 tỷ đồng năm 2020, tốc độ tăng bình quân "
        "9,8%/năm.": ("từ 5.200", "8.300", "9,8%"),
    }
    for text, want in cases.items():
        doc = passage(text)
        assert quotient(doc, "avg_growth") == [want], text
        assert errors(doc) == [], text
    (f,) = errors(passage("Thu nhập bình quân đầu người năm 2020 đạt 45 triệu đồng (năm 2015 là 28 triệu đồng), bình "
                          "quân giai đoạn 2015-2020 tăng 12%/năm."))
    assert f.reported == "12%"


# ---------------------------------------------------------------------------------------------
# Counts and their parts


def test_a_count_fraction_and_the_other_statuses_make_its_whole() -> None:
    for text, want in (
        ("Năm 2023 có 18/21 chỉ tiêu đạt và vượt kế hoạch, 3 chỉ tiêu không đạt.", ("21", ["18", "3"])),
        ("Kết quả có 17/20 chỉ tiêu đạt và vượt kế hoạch; 2 chỉ tiêu đạt trên 90%; 1 chỉ tiêu chưa đạt.",
         ("20", ["17", "2", "1"])),
    ):
        doc = passage(text)
        assert sums(doc, "count_sum") == [want], text
        assert errors(doc) == [], text
    (f,) = errors(passage("Năm 2023 có 17/21 chỉ tiêu đạt và vượt kế hoạch, 3 chỉ tiêu không đạt."))
    assert (f.reported, f.expected) == ("21", "20")
    # counts that need not exclude each other are not added
    doc = passage("Đến nay có 15/17 xã đạt chuẩn quốc gia về y tế, 12 xã có bác sĩ.")
    assert sums(doc, "count_sum") == [] and errors(doc) == []


def test_counts_of_other_nouns_under_a_generic_whole() -> None:
    doc = passage("Huyện có 14 đơn vị hành chính cấp xã, gồm 12 xã và 2 thị trấn.")
    assert sums(doc, "count_sum") == [("14", ["12", "2"])] and errors(doc) == []
    (f,) = errors(passage("Huyện có 14 đơn vị hành chính cấp xã, gồm 11 xã và 2 thị trấn."))
    assert (f.reported, f.expected) == ("14", "13")
    text = ("Toàn huyện có 1.250 cơ sở sản xuất kinh doanh, trong đó 85 doanh nghiệp, 32 hợp tác xã, còn lại là hộ "
            "kinh doanh cá thể {rest} cơ sở.")
    doc = passage(text.format(rest="1.133"))
    assert sums(doc, "count_sum") == [("1.250", ["85", "32", "1.133"])] and errors(doc) == []
    (f,) = errors(passage(text.format(rest="1.113")))
    assert f.reported == "1.250"


def test_pupils_counted_in_em() -> None:
    doc = passage("Tổng số học sinh toàn huyện 24.560 em; trong đó mầm non 6.120 em, tiểu học 9.870 em, trung học cơ sở "
                  "6.150 em và trung học phổ thông 2.420 em.")
    assert sums(doc, "subset") == [("24.560", ["6.120", "9.870", "6.150", "2.420"])] and errors(doc) == []


# ---------------------------------------------------------------------------------------------
# Shares: where the part and the whole are printed


def test_shares_with_the_part_or_the_whole_after_them() -> None:
    cases = {
        "Dân số toàn huyện 78.500 người, trong đó người dân tộc thiểu số chiếm 45,2% (35.480 người).":
            ("35.480", "78.500", "45,2%"),
        "Dân số trung bình năm 2023 là 132.450 người, tỷ lệ dân số thành thị chiếm 18,6% (24.636 người).":
            ("24.636", "132.450", "18,6%"),
        "Thu nội địa 320 tỷ đồng, chiếm tỷ trọng 85,3% tổng thu ngân sách trên địa bàn là 375 tỷ đồng.":
            ("320", "375", "85,3%"),
        "Giá trị sản xuất ngành nông nghiệp đạt 2.340 tỷ đồng, chiếm 38,5% tổng giá trị sản xuất toàn huyện "
        "(6.078 tỷ đồng).": ("2.340", "6.078", "38,5%"),
        "Trong tổng số 45.600 lao động, lao động nông nghiệp có 28.300 người, chiếm 62,1%.":
            ("28.300", "45.600", "62,1%"),
        "Toàn huyện có 146 thôn, bản; trong đó 98 thôn đạt chuẩn văn hóa, chiếm 67,1%.": ("98", "146", "67,1%"),
        "Có 12 trên tổng số 16 xã đạt chuẩn nông thôn mới, đạt tỷ lệ 75%.": ("12", "16", "75%"),
    }
    for text, want in cases.items():
        doc = passage(text)
        assert quotient(doc, "share") == [want], text
        assert errors(doc) == [], text
    (f,) = errors(passage("Dân số toàn huyện 78.500 người, trong đó người dân tộc thiểu số chiếm 54,2% (35.480 người)."))
    assert f.reported == "54,2%"


def test_a_count_fraction_and_its_rate_in_parentheses() -> None:
    doc = passage("Kết quả có 125/150 hộ thoát nghèo (83,3%).")
    assert quotient(doc, "ratio") + quotient(doc, "share") == [("125", "150", "83,3%")] and errors(doc) == []
    (f,) = errors(passage("Kết quả có 125/150 hộ thoát nghèo (88,3%)."))
    assert f.reported == "88,3%"
    doc = passage("Toàn huyện có 18/21 chỉ tiêu đạt và vượt kế hoạch (85,7%).")
    # the rate of a printed fraction is a ratio (what was done over what was due), not a share
    assert quotient(doc, "ratio") == [("18", "21", "85,7%")] and quotient(doc, "share") == [] and errors(doc) == []


def test_a_parenthesis_that_enumerates_the_parts() -> None:
    doc = passage("Tổng đàn gia súc 62.300 con (trâu 12.100 con, bò 18.400 con, lợn 31.800 con).")
    assert sums(doc, "count_sum") == [("62.300", ["12.100", "18.400", "31.800"])] and errors(doc) == []
    doc = passage("Tổng thu ngân sách nhà nước trên địa bàn 215,6 tỷ đồng (thu nội địa 198,2 tỷ đồng, thu xuất nhập "
                  "khẩu 17,4 tỷ đồng).")
    assert sums(doc) == [("215,6", ["198,2", "17,4"])] and errors(doc) == []
    (f,) = errors(passage("Dân số 98.000 người (nam 48.000 người, nữ 51.000 người)."))
    assert f.reported == "98.000"
    # other values of the same figure, not its parts
    for text in ("Diện tích lúa 4.500 ha (năm 2022: 4.300 ha, năm 2021: 4.100 ha).",
                 "Sản lượng 4.500 tấn (kế hoạch 4.300 tấn, cùng kỳ 4.100 tấn)."):
        doc = passage(text)
        assert sums(doc) == [] and sums(doc, "subset") == [] and errors(doc) == [], text


def test_a_parenthesis_that_names_its_parts_after_their_figures() -> None:
    # "27 ha rừng phòng hộ": the part's name follows its figure; read by the words, so a list that does not
    # add up is still read (only arithmetic read it before, and only when it held)
    doc = passage("Năm 2023 huyện trồng mới 1.250 ha rừng (85 ha rừng phòng hộ và 1.165 ha rừng sản xuất).")
    assert sums(doc) == [("1.250", ["85", "1.165"])] and errors(doc) == []
    (f,) = errors(passage("Năm 2023 huyện trồng mới 1.250 ha rừng (85 ha rừng phòng hộ và 1.156 ha rừng sản xuất)."))
    assert f.reported == "1.250"
    (f,) = errors(passage("Huyện có 21 trường (14 trường tiểu học và 8 trường trung học cơ sở) đạt chuẩn quốc gia."))
    assert f.reported == "21"
    # an item whose words after the figure carry a figure of their own names no part ("1 sản phẩm 4 sao")
    doc = passage("Huyện có 5 sản phẩm OCOP (1 sản phẩm 4 sao và 3 sản phẩm 3 sao).")
    assert sums(doc, "count_sum") == [] and errors(doc) == []


def test_a_count_printed_as_a_fraction_is_the_whole_of_its_parts() -> None:
    # "35/35 chỉ tiêu … đạt và vượt (23 …, 12 …)": the numerator is what the parts break down
    doc = passage("Năm 2022 cả 35/35 chỉ tiêu kinh tế - xã hội chủ yếu đều đạt và vượt kế hoạch (23 chỉ tiêu vượt, "
                  "12 chỉ tiêu đạt).")
    assert sums(doc, "count_sum") == [("35/35", ["23", "12"])] and errors(doc) == []
    (f,) = errors(passage("Năm 2022 cả 18/21 chỉ tiêu kinh tế - xã hội đạt và vượt kế hoạch (10 chỉ tiêu vượt, 7 chỉ "
                          "tiêu đạt)."))
    assert f.reported == "18/21"


def test_natural_and_planted_forest_make_the_whole() -> None:
    doc = passage("Diện tích rừng hiện có 45.300 ha, trong đó rừng tự nhiên 31.200 ha, rừng trồng 14.100 ha; tỷ lệ che "
                  "phủ rừng đạt 58,6%.")
    assert sums(doc) == [("45.300", ["31.200", "14.100"])] and errors(doc) == []


# ---------------------------------------------------------------------------------------------
# Precision: figures that look related but are not


def test_a_second_ratio_against_the_same_period_is_not_over_the_plan() -> None:
    doc = passage("Thu ngân sách trên địa bàn 6 tháng đạt 152,3 tỷ đồng, đạt 56,4% dự toán tỉnh giao (270 tỷ đồng), "
                  "bằng 108,2% so với cùng kỳ.")
    assert quotient(doc, "ratio") == [("152,3", "270", "56,4%")] and errors(doc) == []


def test_rates_are_not_added() -> None:
    doc = passage("Mật độ dân số bình quân 135 người/km2, trong đó thị trấn 1.250 người/km2.")
    assert sums(doc, "subset") == [] and errors(doc) == []


def test_bare_shares_of_listed_parts_and_a_category_outside_another() -> None:
    doc = passage("Tổng vốn đầu tư 1.200 tỷ đồng, trong đó vốn ngân sách 450 tỷ đồng, bằng 37,5%; vốn ngoài ngân sách "
                  "750 tỷ đồng, bằng 62,5%.")
    assert sums(doc) == [("1.200", ["450", "750"])]
    assert sorted(quotient(doc, "share")) == [("450", "1.200", "37,5%"), ("750", "1.200", "62,5%")]
    assert errors(doc) == []


def test_a_share_guessed_by_place_takes_the_figure_it_recomputes_against() -> None:
    text = ("Dân số toàn huyện 85.400 người. Số người trong độ tuổi lao động 52.000 người; lao động qua đào tạo "
            "31.000 người, chiếm {share}%.")
    assert quotient(passage(text.format(share="36,3")), "share") == [("31.000", "85.400", "36,3%")]
    assert quotient(passage(text.format(share="59,6")), "share") == [("31.000", "52.000", "59,6%")]
    assert errors(passage(text.format(share="36,3"))) == []
    (f,) = errors(passage(text.format(share="69,6")))
    assert f.reported == "69,6%"


def test_an_amount_printed_in_ty_and_trieu() -> None:
    doc = passage("Giải ngân vốn đầu tư ước được 96 tỷ 894 triệu đồng, gồm vốn huyện 24 tỷ 423 triệu đồng và vốn tỉnh 72 "
                  "tỷ 471 triệu đồng.")
    assert sums(doc) == [("96 tỷ 894 triệu", ["24 tỷ 423 triệu", "72 tỷ 471 triệu"])] and errors(doc) == []
    (f,) = errors(passage("Giải ngân vốn đầu tư ước được 96 tỷ 894 triệu đồng, gồm vốn huyện 24 tỷ 432 triệu đồng và vốn "
                          "tỉnh 72 tỷ 471 triệu đồng."))
    assert f.reported == "96 tỷ 894 triệu"


def test_the_halves_of_a_pair_without_an_opener() -> None:
    doc = passage("Năm 2010 dân số trung bình của huyện là 175.205 người, gồm 86.166 nam và 89.039 nữ; 8.276 người sống "
                  "ở thành thị, 166.929 người ở nông thôn.")
    assert sorted(sums(doc, "count_sum")) == [("175.205", ["8.276", "166.929"]), ("175.205", ["86.166", "89.039"])]
    assert errors(doc) == []
    doc = passage("Năm 2016, huyện có 18.962 người, nam 9.550 người, nữ 9.412 người. So với năm 2010, khi dân số trung "
                  "bình là 18.119 người (9.151 nam, 8.968 nữ), số dân đã tăng.")
    assert sorted(sums(doc, "count_sum")) == [("18.119", ["9.151", "8.968"]), ("18.962", ["9.550", "9.412"])]
    (f,) = errors(passage("Dân số trung bình huyện năm 2010 là 30.005 người (nam 14.890, nữ 15.215); dân số thành thị "
                          "6.914 người, nông thôn 23.091 người."))
    assert (f.reported, f.expected) == ("30.005", "30.105")


def test_a_total_that_prints_its_own_rate() -> None:
    # the parts' shares are of all households (the rate's base), not of the 3.620 poor and near-poor
    doc = passage("Ở khu vực nông thôn, tổng số hộ nghèo và hộ cận nghèo là 3.620 hộ, tỷ lệ nghèo đa chiều 51,99%; "
                  "trong đó hộ nghèo chiếm 30,95% (2.155 hộ), hộ cận nghèo chiếm 21,04% (1.465 hộ).")
    assert sums(doc, "count_sum") == [("3.620", ["2.155", "1.465"])]
    assert quotient(doc, "share") == [] and errors(doc) == []


def test_a_count_with_its_rate_and_the_whole_printed_before() -> None:
    doc = passage("Huyện có 32.453 hộ dân cư. Qua rà soát, huyện còn 5.159 hộ nghèo, tỉ lệ 15,90%, và 4.339 hộ cận "
                  "nghèo, tỉ lệ 13,37%.")
    assert sorted(quotient(doc, "share")) == [("4.339", "32.453", "13,37%"), ("5.159", "32.453", "15,90%")]
    assert errors(doc) == []
    doc = passage("Huyện có tỉ lệ hộ nghèo cao nhất tỉnh: 26,38%, tương ứng 5.406 hộ nghèo trên tổng số 20.495 hộ dân cư.")
    assert quotient(doc, "share") == [("5.406", "20.495", "26,38%")] and errors(doc) == []
    (f,) = errors(passage("Tổng số hộ dân cư của huyện là 24.217 hộ. Số hộ nghèo là 5.128 hộ (tỉ lệ 23,18%)."))
    assert f.reported == "23,18%"


def test_a_rate_on_a_base_that_is_not_printed() -> None:
    # 6,25 % of all communes (16, not printed), not of the 8 that met the standard
    doc = passage("Tỷ lệ số xã đạt chuẩn nông thôn mới năm 2025: 50% (8 xã); trong đó xã đạt chuẩn nông thôn mới nâng "
                  "cao 6,25% (1 xã).")
    assert quotient(doc, "share") == [] and errors(doc) == []
    doc = passage("Khu vực nông thôn: tỷ lệ nghèo đa chiều 10,79%, tổng số 5.290 hộ; chia ra hộ nghèo 1.753 hộ, tỷ lệ "
                  "3,58%, hộ cận nghèo 3.537 hộ, tỷ lệ 7,22%.")
    assert quotient(doc, "share") == [] and errors(doc) == []


def test_one_half_of_a_pair_is_a_subset() -> None:
    doc = passage("Năm 2016, huyện rộng 466,22 km2 với dân số trung bình 178.775 người, mật độ dân số 383 người/km2; số "
                  "người sống ở nông thôn là 170.224 người.")
    assert sums(doc, "subset") == [("178.775", ["170.224"])] and errors(doc) == []


def test_places_counted_and_named_right_after() -> None:
    doc = passage("Huyện được tái lập năm 1981, ban đầu gồm 04 xã Canh Hiệp, Canh Hòa, Canh Liên và Canh Thuận.")
    (rel,) = relations(doc, "count_list")
    assert len(rel.items) == 4 and errors(doc) == []
    doc = passage("Huyện có 07 đơn vị hành chính cấp cơ sở gồm thị trấn Lai Uyên và các xã Long Nguyên, Lai Hưng, Trừ "
                  "Văn Thố, Cây Trường, Tân Hưng, Hưng Hòa, với 43 ấp và khu phố.")
    assert errors(doc) == []


def test_structure_shares_printed_with_dat() -> None:
    doc = passage("Tốc độ tăng giá trị tăng thêm đạt 9,2%; trong cơ cấu kinh tế, công nghiệp – xây dựng chiếm 21,1%, nông "
                  "lâm nghiệp, thủy sản đạt 39,9%, thương mại dịch vụ đạt 39%.")
    assert [printed(doc, r, "term") for r in relations(doc, "shares_sum") if r.form is None] == [["21,1%", "39,9%", "39%"]]
    assert errors(doc) == []


def test_a_density_over_the_population_it_recomputes_from() -> None:
    doc = passage("Diện tích tự nhiên khoảng 339,3 km²; dân số khoảng 104.997 người, trong đó dân số đô thị chiếm khoảng "
                  "8% (thị trấn có 8.295 người), dân số nông thôn chiếm 92%; mật độ dân số xấp xỉ 310 người/km².")
    (rel,) = relations(doc, "per_capita")
    assert printed(doc, rel, "total") == ["khoảng 104.997"] and errors(doc) == []


# ---------------------------------------------------------------------------------------------
# Figures per one unit, and messages of exact counts


def test_a_figure_per_one_hectare_is_no_area() -> None:
    from reconcile.engine.checks import document_to_findings

    for text in ("Giá trị sản xuất trên 1 ha đất trồng trọt đạt 125 triệu đồng, tăng 5 triệu đồng so với năm 2022.",
                 "Năm 2023 giá trị sản xuất bình quân trên 01 ha đất canh tác đạt 98,5 triệu đồng/ha.",
                 "Thu nhập trên 1 ha mặt nước nuôi trồng thủy sản đạt 210 triệu đồng."):
        doc = passage(text)
        assert all(c.value.raw not in ("1", "01", "trên 1", "trên 01") for r in doc.rows for c in r.cells), text
        assert [f for f in document_to_findings(doc) if f.kind == "unit_mismatch"] == [], text
    # "trên 1.000 người" is a hedged count, not a figure per unit
    doc = passage("Toàn huyện có trên 1.000 người tham gia bảo hiểm xã hội tự nguyện.")
    assert any(c.value.raw == "trên 1.000" for r in doc.rows for c in r.cells)


def test_an_exact_count_prints_no_interval() -> None:
    doc = passage("Toàn huyện có 18 xã, thị trấn, gồm 15 xã và 2 thị trấn.")
    (f,) = errors(doc)
    assert (f.reported, f.expected) == ("18", "17")
    assert "18,0" not in f.message and "–" not in f.message and "15 + 2 = 17" in f.message


# ---------------------------------------------------------------------------------------------
# Precision: an error only when the relation's figures could not have been paired another way


def _ref(doc: Document, raw: str) -> tuple[int, int]:
    (hit,) = [(r.index, i) for r in doc.rows for i, c in enumerate(r.cells) if c.value.raw == raw]
    return hit


def test_a_failure_that_another_figure_of_the_sentence_fixes_is_no_error() -> None:
    from reconcile.engine.checks.prose_assembly import assembly_doubt
    from reconcile.engine.relations import Relation

    doc = passage("Dân số trung bình năm 2015 là 21.340 người, trong đó nam 10.480 người và nữ 10.860 người; năm 2020 "
                  "là 23.115 người, trong đó nam 11.390 người, nữ 11.725 người.")
    rows = {r.index: r for r in doc.rows}
    # read across the ";": the 2015 total with the 2020 women
    wrong = Relation("count_sum", (("total", _ref(doc, "21.340")), ("part", _ref(doc, "10.480")),
                                   ("part", _ref(doc, "11.725"))), _ref(doc, "21.340"))
    doubt = assembly_doubt(wrong, rows)
    assert doubt is not None and "10.860" in doubt.render() and "11.725" in doubt.render()
    # a share over the wrong total: another printed total of the sentence recomputes it
    doc = passage("Năm 2019 toàn huyện có 8.450 hộ, năm 2023 có 9.120 hộ; số hộ nghèo năm 2023 là 1.003 hộ, chiếm "
                  "11,0%.")
    rows = {r.index: r for r in doc.rows}
    share = next(r for r in doc.rows for c in r.cells if c.value.raw == "11,0%")
    pos = next(i for i, c in enumerate(share.cells) if c.value.raw == "11,0%")
    wrong = Relation("share", (("part", _ref(doc, "1.003")), ("total", _ref(doc, "8.450")), ("share", (share.index, pos))),
                     (share.index, pos))
    doubt = assembly_doubt(wrong, rows)
    assert doubt is not None and "9.120" in doubt.render()
    # a list read one item short: the item printed beside the others completes it
    doc = passage("Cơ cấu kinh tế: nông nghiệp chiếm 41,2%, công nghiệp - xây dựng chiếm 22,5%, dịch vụ chiếm 36,3%.")
    rows = {r.index: r for r in doc.rows}
    short = Relation("shares_sum", (("term", _ref(doc, "41,2%")), ("term", _ref(doc, "22,5%"))), None,
                     signs=(1, 1), target=Fraction(100))
    doubt = assembly_doubt(short, rows)
    assert doubt is not None and "36,3%" in doubt.render()


def test_a_failure_no_other_reading_explains_stays_an_error() -> None:
    for text, reported in (
        ("Dân số trung bình năm 2020 là 23.115 người, trong đó nam 11.390 người, nữ 11.752 người.", "23.115"),
        ("Tổng giá trị sản xuất đạt 1.512,4 tỷ đồng, trong đó nông, lâm, thủy sản 610,2 tỷ đồng, công nghiệp – xây "
         "dựng 402,7 tỷ đồng, dịch vụ 490,5 tỷ đồng.", "1.512,4"),
        ("Toàn huyện có 9.120 hộ, trong đó hộ nghèo 1.003 hộ, chiếm 12,0%.", "12,0%"),
    ):
        doc = passage(text)
        assert [f.reported for f in errors(doc)] == [reported], text


# ---------------------------------------------------------------------------------------------
# Constructions of this round: a total after its parts, "gấp N lần" between rates, amounts and
# rates with their plan after a slash


def test_a_total_printed_after_its_parts() -> None:
    for text, total, parts in (
        ("Số hộ nghèo cuối năm: xã Tân Lập 420 hộ, xã Tân Phú 643 hộ, cộng 1.063 hộ.", "1.063", ["420", "643"]),
        ("Trường mầm non có 12 lớp, tiểu học 25 lớp, trung học cơ sở 18 lớp, cộng 55 lớp.", "55", ["12", "25", "18"]),
        ("Năm 2023 huyện cấp 1.250 thẻ bảo hiểm y tế cho người nghèo, 3.400 thẻ cho trẻ em dưới 6 tuổi, tính chung "
         "là 4.650 thẻ.", "4.650", ["1.250", "3.400"]),
        ("Diện tích lúa vụ đông xuân 2.150 ha, vụ mùa 2.310 ha, tổng cộng cả năm 4.460 ha.", "4.460", ["2.150", "2.310"]),
    ):
        doc = passage(text)
        assert sums(doc, "count_sum") + sums(doc, "partition") == [(total, parts)], text
        assert errors(doc) == [], text
    (f,) = errors(passage("Diện tích lúa vụ đông xuân 2.150 ha, vụ mùa 2.310 ha, tổng cộng cả năm 4.560 ha."))
    assert (f.reported, f.expected) == ("4.560", "4.460")
    # "cộng với" adds a figure, it prints no total; a larger figure before the word is no part
    assert relations(passage("Thu ngân sách đạt 120 tỷ đồng, tăng 15 tỷ đồng, cộng với 30 tỷ đồng chuyển nguồn."),
                     "partition") == []


def test_times_between_two_rates() -> None:
    for text in ("Tỷ lệ hộ nghèo của các xã vùng cao là 24,6%, gấp 3 lần tỷ lệ chung của huyện (8,2%).",
                 "Tỷ lệ lao động qua đào tạo của thị trấn đạt 72,5%, gấp 1,8 lần tỷ lệ bình quân các xã (40,3%)."):
        doc = passage(text)
        (rel,) = relations(doc, "times")
        assert len(printed(doc, rel, "denominator")) == 1 and errors(doc) == [], text
    (f,) = errors(passage("Tỷ lệ trẻ suy dinh dưỡng ở vùng đặc biệt khó khăn 21,6%, gấp 2,4 lần bình quân toàn tỉnh (7,2%)."))
    assert f.reported == "2,4"


def test_an_amount_and_its_plan_after_a_slash() -> None:
    for text, ratio in (("Thu ngân sách trên địa bàn đạt 25,4 tỷ đồng/22 tỷ đồng, đạt 115,5% dự toán.", "115,5%"),
                        ("Thu nhập bình quân đầu người 45,2 triệu đồng/45 triệu đồng, đạt 100,4%.", "100,4%"),
                        ("Tỷ lệ trường đạt chuẩn quốc gia 72,1%/KH 75%, đạt 96,1%.", "96,1%"),
                        # the currency by its code (duc-linh-binh-thuan_1 and cho-don-bac-kan_1 reworded "tỷ VNĐ",
                        # the rewording benchmark's tydong_vnd)
                        ("Cả năm toàn huyện vận động được hơn 771 triệu đồng/650 triệu VNĐ, đạt 118,56% kế hoạch.",
                         "118,56%")):
        doc = passage(text)
        (rel,) = relations(doc, "ratio")
        assert printed(doc, rel, "ratio") == [ratio] and errors(doc) == [], text
    (f,) = errors(passage("Thu ngân sách trên địa bàn đạt 25,4 tỷ đồng/22 tỷ đồng, đạt 125,5% dự toán."))
    assert f.reported == "125,5%"
    (f,) = errors(passage("Tỷ lệ che phủ rừng 58,6%/KH 58%, đạt 110,0% kế hoạch."))
    assert f.reported == "110,0%"
    # cho-don-bac-kan_1 as printed, "tỷ VNĐ" for "tỷ đồng": 61,7 / 68,6 is 89,9 %, not 89,7
    (f,) = errors(passage("Thu ngân sách đến đầu tháng 12 đạt 61,7 tỷ/68,6 tỷ VNĐ, đạt 89,7% kế hoạch."))
    assert f.reported == "89,7%"


def test_a_total_after_parts_that_print_their_own_rates() -> None:
    # the rates are on the population's base, not on the total of households: no shares of it
    doc = passage("Khu vực đô thị có 312 hộ nghèo (4,12%) và 287 hộ cận nghèo (3,79%), cộng 599 hộ; tỷ lệ hộ nghèo và cận "
                  "nghèo 7,91%.")
    assert sums(doc, "count_sum") == [("599", ["312", "287"])]
    assert relations(doc, "share") == [] and errors(doc) == []
    doc = passage("Các xã vùng cao có 2.104 hộ nghèo, tỷ lệ 18,2%, và 1.377 hộ cận nghèo, tỷ lệ 11,9%; tổng cộng 3.481 hộ, "
                  "tỷ lệ nghèo đa chiều 30,1%.")
    assert sums(doc, "count_sum") == [("3.481", ["2.104", "1.377"])]
    assert sums(doc, "partition") == [("30,1%", ["18,2%", "11,9%"])] and errors(doc) == []
    # rates that are shares of the total printed last stay shares of it
    doc = passage("Thị trấn có 380 hộ nghèo (40,0%) và 570 hộ cận nghèo (60,0%), cộng 950 hộ.")
    assert len(relations(doc, "share")) == 2 and errors(doc) == []


def test_a_yearly_series_and_its_indices() -> None:
    text = ("Giá trị sản xuất lâm nghiệp đạt 86,4 tỷ đồng (2019), 91,2 tỷ đồng (2020) và 97,5 tỷ đồng (2021), bằng "
            "{first} và 106,9% năm trước, bình quân 106,2%. Thủy sản đạt 12,0, 12,6 và 13,1 tỷ đồng, bằng 105,0% và "
            "104,0%, bình quân 104,5%.")
    doc = passage(text.format(first="105,6%"))
    growth = relations(doc, "growth")
    assert [(printed(doc, r, "current"), printed(doc, r, "base"), printed(doc, r, "rate")) for r in growth] == [
        (["91,2"], ["86,4"], ["105,6%"]), (["97,5"], ["91,2"], ["106,9%"]),
        (["12,6"], ["12,0"], ["105,0%"]), (["13,1"], ["12,6"], ["104,0%"])]
    averages = relations(doc, "avg_growth")
    assert [(printed(doc, r, "start"), printed(doc, r, "end"), r.years) for r in averages] == [
        (["86,4"], ["97,5"], 2), (["12,0"], ["13,1"], 2)]  # the second series takes the first's years
    assert errors(doc) == []
    (f,) = errors(passage(text.format(first="108,6%")))
    assert f.reported == "108,6%"
    # two figures and a percentage are no series: "bằng" there is a ratio of its own
    doc = passage("Thu ngân sách đạt 45,2 tỷ đồng và 47,8 tỷ đồng, bằng 105,8% năm trước.")
    assert relations(doc, "avg_growth") == []


def test_a_series_read_as_parts_is_no_error() -> None:
    # each item prints three years: read as six parts they exceed the whole, but they are no parts
    doc = passage("Tổng số lao động lần lượt là 41.200, 41.950 và 42.610 người; trong đó lao động nông nghiệp 35.120, "
                  "35.480 và 35.700 người, lao động phi nông nghiệp 6.080, 6.470 và 6.910 người.")
    assert errors(doc) == []
    # items that each print their name are parts, and exceeding the whole is an error
    (f,) = errors(passage("Tổng số lao động năm 2023 là 42.610 người; trong đó lao động nông nghiệp 36.700 người, lao "
                          "động phi nông nghiệp 6.910 người."))
    assert f.reported == "42.610"


def test_counted_names_end_where_a_clause_in_lower_case_begins() -> None:
    doc = passage("Thị xã có 05 phường là Tây Sơn, Ngô Mây, An Bình, An Phú và An Tân, đồng thời sáp nhập thêm xã Song An.")
    (rel,) = relations(doc, "count_list")
    assert rel.items == ("Tây Sơn", "Ngô Mây", "An Bình", "An Phú", "An Tân") and errors(doc) == []
    doc = passage("Huyện có 06 xã là Hà Tam, An Thành, Yang Bắc, Cư An, Tân An và mới thành lập thêm xã Đak Pơ.")
    (f,) = errors(doc)
    assert f.reported == "06"


# ---------------------------------------------------------------------------------------------
# Dense statistical passages: several years of one breakdown, shares of a named whole


def test_each_year_of_a_series_has_its_own_parts() -> None:
    text = ("Tổng số lao động lần lượt là 41.200, 41.950 và 42.610 người; trong đó lao động nông nghiệp 35.120, "
            "35.480 và {third} người, lao động phi nông nghiệp 6.080, 6.470 và 6.910 người.")
    doc = passage(text.format(third="35.700"))
    assert sorted(sums(doc, "count_sum") + sums(doc, "partition")) == [
        ("41.200", ["35.120", "6.080"]), ("41.950", ["35.480", "6.470"]), ("42.610", ["35.700", "6.910"])]
    assert errors(doc) == []
    (f,) = errors(passage(text.format(third="36.700")))  # one digit of the last year off
    assert f.reported == "42.610"
    # a whole printed once, before a list of single figures, is no series
    doc = passage("Tổng số hộ năm 2022 là 12.640 hộ, trong đó hộ nông nghiệp 10.100 hộ, hộ phi nông nghiệp 2.540 hộ.")
    assert sums(doc, "count_sum") == [("12.640", ["10.100", "2.540"])]


def test_each_year_of_a_series_has_its_own_parts_in_parentheses() -> None:
    """phu-luong-thai-nguyen_2 with its list in parentheses (the rewording benchmark's trongdo_paren, round 34): the
    six figures were read as parts of the last year's whole, an error on a relation the passage does not state."""
    text = ("Tổng số lao động là 66.743, 67.395 và 68.083 người (trong đó lao động nông nghiệp 61.882, 62.531 và {third} "
            "người, lao động phi nông nghiệp 4.861, 4.864 và 4.997 người).")
    doc = passage(text.format(third="63.086"))
    assert sorted(sums(doc, "count_sum") + sums(doc, "partition")) == [
        ("66.743", ["61.882", "4.861"]), ("67.395", ["62.531", "4.864"]), ("68.083", ["63.086", "4.997"])]
    assert errors(doc) == []
    (f,) = errors(passage(text.format(third="64.086")))  # one digit of the last year off
    assert f.reported == "68.083"


def test_a_list_ends_where_another_year_begins() -> None:
    text = ("Năm 2021 huyện có 61.300 người, gồm 55.100 người nông thôn và 6.200 người thành thị; năm 2022 có 62.050 "
            "người (nông thôn 55.540, thành thị {urban}); năm 2023 có 62.900 người (nông thôn 56.010, thành thị "
            "6.890).")
    doc = passage(text.format(urban="6.510"))
    assert sums(doc, "count_sum") == [
        ("61.300", ["55.100", "6.200"]), ("62.050", ["55.540", "6.510"]), ("62.900", ["56.010", "6.890"])]
    assert errors(doc) == []  # the later years' totals are no parts of 2021's
    (f,) = errors(passage(text.format(urban="7.510")))
    assert f.reported == "62.050"
    # a list whose items are years lists years as parts
    doc = passage("Giai đoạn 2021-2022 huyện huy động 96,5 tỷ đồng, trong đó: năm 2021 là 41,5 tỷ đồng; năm 2022 là "
                  "55,0 tỷ đồng.")
    assert sums(doc, "subset") == [("96,5", ["41,5", "55,0"])]


def test_a_count_with_a_comma_grouping_its_thousands() -> None:
    # "58,460 người" would be 58,46 people read with ',' as the decimal mark: it is 58.460
    doc = passage("Năm 2022 toàn huyện có 58,460 người (nông nghiệp 51.230, phi nông nghiệp 7.230).")
    assert sums(doc, "count_sum") == [("58,460", ["51.230", "7.230"])] and errors(doc) == []
    rows = {r.indicator: r for r in doc.rows}
    assert any(c.value.value == 58460 for r in rows.values() for c in r.cells)
    # a scaled count or three printed decimals of a measure stay decimals
    doc = passage("Dân số trung bình 58,460 nghìn người; sản lượng thủy sản 1,250 tấn.")
    values = sorted(c.value.value for r in doc.rows for c in r.cells if c.value.value is not None)
    assert values == [1.25, 58.46]


def test_a_share_of_a_whole_named_after_it() -> None:
    # 13,57 % of the minority households (7.370), not of the near-poor households the part is listed under
    text = ("Toàn huyện có 11.240 hộ; đồng bào DTTS có 7.370 hộ. Số hộ cận nghèo là 1.320 hộ, chiếm 11,74% số hộ "
            "toàn huyện, trong đó hộ cận nghèo DTTS có 1.000 hộ, chiếm {share} tổng số hộ DTTS.")
    doc = passage(text.format(share="13,57%"))
    shares = [(printed(doc, r, "part"), printed(doc, r, "total")) for r in relations(doc, "share")]
    assert (["1.000"], ["7.370"]) in shares and (["1.000"], ["1.320"]) not in shares
    assert errors(doc) == []
    (f,) = errors(passage(text.format(share="15,57%")))
    assert f.reported == "15,57%"
    # the named whole is not printed: the share is not recomputed against the list's total
    doc = passage("Số hộ cận nghèo là 1.320 hộ, trong đó hộ cận nghèo DTTS có 1.000 hộ, chiếm 13,57% tổng số hộ DTTS.")
    assert relations(doc, "share") == [] and errors(doc) == []


def test_indices_in_a_later_sentence_of_a_series_printed_before() -> None:
    text = ("Năm 2020 huyện có 52.300 nhân khẩu, gồm 47.100 nhân khẩu nông thôn và 5.200 nhân khẩu thành thị; năm "
            "2021 có 53.410 người (nông thôn 47.900, thành thị 5.510); năm 2022 có 54.020 người (nông thôn 48.200, "
            "thành thị 5.820). Tổng số hộ lần lượt là 12.100, 12.580 và 13.020 hộ. Tốc độ phát triển số hộ là "
            "{first} và 103,50%, bình quân 103,73%.")
    doc = passage(text.format(first="103,97%"))
    growth = relations(doc, "growth")
    assert [(printed(doc, r, "current"), printed(doc, r, "base"), printed(doc, r, "rate")) for r in growth] == [
        (["12.580"], ["12.100"], ["103,97%"]), (["13.020"], ["12.580"], ["103,50%"])]
    (avg,) = relations(doc, "avg_growth")
    assert (printed(doc, avg, "start"), printed(doc, avg, "end"), avg.years) == (["12.100"], ["13.020"], 2)
    assert errors(doc) == []
    (f,) = errors(passage(text.format(first="104,97%")))
    assert f.reported == "104,97%"
    # indices with no series of their subject before them are not recomputed
    doc = passage("Tổng số hộ lần lượt là 12.100, 12.580 và 13.020 hộ. Tốc độ phát triển số lao động là 101,20% và "
                  "101,90%, bình quân 101,55%.")
    assert relations(doc, "growth") == [] and relations(doc, "avg_growth") == [] and errors(doc) == []


def test_shares_of_each_year_add_up_apart() -> None:
    text = ("Cơ cấu kinh tế năm 2016: nông nghiệp 41,5% - công nghiệp, xây dựng 33,0% - dịch vụ 25,5%; năm 2018: nông "
            "nghiệp 37,2% - công nghiệp, xây dựng 36,1% - dịch vụ {services}.")
    doc = passage(text.format(services="26,7%"))
    assert [printed(doc, r, "term") for r in relations(doc, "shares_sum")] == [
        ["41,5%", "33,0%", "25,5%"], ["37,2%", "36,1%", "26,7%"]]
    assert errors(doc) == []  # not one whole of six shares
    (f,) = errors(passage(text.format(services="28,7%")))
    assert "28,7%" in f.message


def test_shares_of_a_series_of_years_each_on_its_year() -> None:
    text = ("Tổng giá trị sản xuất năm 2019, 2020 và 2021 lần lượt là 1.800, 2.050 và 2.320 tỷ đồng. Trong đó nông "
            "nghiệp lần lượt là 810, 861 và 905 tỷ đồng, chiếm 45,0%, {share} và 39,0%; công nghiệp – xây dựng 540, "
            "677 và 858 tỷ đồng, chiếm 30,0%, 33,0% và 37,0%; dịch vụ 450, 512 và 557 tỷ đồng, chiếm 25,0%, 25,0% "
            "và 24,0%.")
    doc = passage(text.format(share="42,0%"))
    shares = [(printed(doc, r, "part"), printed(doc, r, "total"), printed(doc, r, "share"))
              for r in relations(doc, "share")]
    assert (["861"], ["2.050"], ["42,0%"]) in shares and (["905"], ["2.320"], ["39,0%"]) in shares
    assert (["905"], ["2.320"], ["45,0%"]) not in shares  # the first share is not the last figure's
    assert sorted(sums(doc, "partition")) == [
        ("1.800", ["810", "540", "450"]), ("2.050", ["861", "677", "512"]), ("2.320", ["905", "858", "557"])]
    assert errors(doc) == []
    # the wrong share, and the year's shares that no longer make 100 % (44,0 + 33,0 + 25,0 = 102)
    share, total = errors(passage(text.format(share="44,0%")))
    assert share.reported == "44,0%" and "861 / 2.050" in share.message
    assert "44,0% + 33,0% + 25,0% = 102,0" in total.message


def test_shares_printed_respectively() -> None:
    doc = passage("Năm 2022 nông nghiệp, công nghiệp và dịch vụ đạt lần lượt 1.140, 760 và 500 tỷ đồng, lần lượt chiếm "
                  "47,5%, 31,7% và 20,8% tổng giá trị sản xuất 2.400 tỷ đồng.")
    shares = [(printed(doc, r, "part"), printed(doc, r, "total"), printed(doc, r, "share"))
              for r in relations(doc, "share")]
    assert shares == [(["1.140"], ["2.400"], ["47,5%"]), (["760"], ["2.400"], ["31,7%"]),
                      (["500"], ["2.400"], ["20,8%"])] and errors(doc) == []
    # one share per year, over the totals of those years printed in the sentence before
    text = ("Tổng giá trị sản xuất các năm 2020, 2021 và 2022 lần lượt là 1.950, 2.130 và 2.400 tỷ đồng. Giá trị sản "
            "xuất nông nghiệp lần lượt là 1.010, 1.070 và 1.140 tỷ đồng, chiếm 51,8%, {share} và 47,5%.")
    doc = passage(text.format(share="50,2%"))
    shares = [(printed(doc, r, "part"), printed(doc, r, "total")) for r in relations(doc, "share")]
    assert shares == [(["1.010"], ["1.950"]), (["1.070"], ["2.130"]), (["1.140"], ["2.400"])] and errors(doc) == []
    (f,) = errors(passage(text.format(share="52,2%")))
    assert f.reported == "52,2%"
    # no whole printed: not recomputed, and the first share is not the last figure's
    doc = passage("Giá trị sản xuất nông nghiệp các năm 2020, 2021 và 2022 lần lượt là 1.010, 1.070 và 1.140 tỷ đồng, "
                  "chiếm 51,8%, 50,2% và 47,5% giá trị sản xuất toàn huyện.")
    assert relations(doc, "share") == [] and errors(doc) == []


def test_yearly_parts_without_units_and_their_total_after_them() -> None:
    text = ("Diện tích cây trồng chính (ha): năm 2019 lúa 8.200, ngô 640, sắn 310, cộng 9.150 ha; năm 2020 lúa 8.150, "
            "ngô 700, sắn {cassava}, cộng 9.180 ha.")
    doc = passage(text.format(cassava="330"))
    assert sums(doc) == [("9.150", ["8.200", "640", "310"]), ("9.180", ["8.150", "700", "330"])]
    assert errors(doc) == []
    (f,) = errors(passage(text.format(cassava="380")))
    assert f.reported == "9.180"
    # figures with no name each are no parts of the total after them
    doc = passage("Sản lượng các năm đạt 12, 15 và 18, cộng 45 nghìn tấn.")
    assert sums(doc) == [] and errors(doc) == []


def test_the_next_item_after_a_share_names_no_whole() -> None:
    # "chiếm 27,0% và đất chưa sử dụng …": the words after the share open the next item
    doc = passage("Tổng diện tích tự nhiên của huyện là 20.000 ha; trong đó đất nông nghiệp là 14.000ha chiếm 70,0%, đất "
                  "phi nông nghiệp là 5.400ha chiếm 27,0% và đất chưa sử dụng còn lại 600 ha chiếm 3,0% tổng diện tích "
                  "tự nhiên.")
    shares = [(printed(doc, r, "part"), printed(doc, r, "total")) for r in relations(doc, "share")]
    assert (["5.400"], ["20.000"]) in shares and errors(doc) == []


# ---------------------------------------------------------------------------------------------
# Growth against a year printed in an earlier paragraph, under other words


def test_growth_against_last_year_s_paragraph_named_otherwise() -> None:
    # the earlier year's figures carry who reported them and "tổng giá trị sản xuất"; the later year's
    # rates name the sector alone, and the second rate prints no year (it takes the first one's)
    cases = [
        (("Năm 2021, theo báo cáo của UBND huyện, tổng giá trị sản xuất ngành thủy sản ước đạt 412 tỷ đồng; giá "
          "trị sản xuất lâm nghiệp ước 96 tỷ đồng.",
          "Năm 2022, thủy sản đạt 447 tỷ đồng, tăng 8,5% so với năm 2021; lâm nghiệp 101 tỷ đồng, tăng 5,2%."),
         [("447", "412", "8,5%"), ("101", "96", "5,2%")]),
        # the year inside the indicator's name, a hedged base
        (("Tổng thu ngân sách nhà nước năm 2019 đạt hơn 250 tỷ đồng, bằng 104% dự toán.",
          "Đến năm 2023, tổng thu ngân sách nhà nước năm 2023 đạt 362,5 tỷ đồng, tăng 45% so với năm 2019."),
         [("362,5", "hơn 250", "45%")]),
        # the earlier year given by its paragraph's first sentence; "so với năm trước"
        (("Năm 2022, huyện thu ngân sách 180 tỷ đồng. Giá trị hàng hóa xuất khẩu đạt 64 triệu USD.",
          "Năm 2023, hàng hóa xuất khẩu đạt 70,4 triệu USD, tăng 10% so với năm 2022.",
          "Năm 2023, sản lượng lúa cả năm đạt 36.800 tấn.",
          "Năm 2024, sản lượng lúa cả năm đạt 38.272 tấn, tăng 4% so với năm trước."),
         [("70,4", "64", "10%"), ("38.272", "36.800", "4%")]),
    ]
    for texts, want in cases:
        doc = passage(*texts)
        assert quotient(doc, "growth") == want, texts
        assert errors(doc) == [], texts
    (f,) = errors(passage(*cases[0][0][:1], "Năm 2022, thủy sản đạt 447 tỷ đồng, tăng 9,8% so với năm 2021."))
    assert f.reported == "9,8%"


def test_growth_whose_base_is_not_sure_is_not_recomputed() -> None:
    # two earlier figures fit the later name as well as each other: neither is taken
    doc = passage("Năm 2021, công nghiệp đạt 300 tỷ đồng, xây dựng đạt 200 tỷ đồng.",
                  "Năm 2022, ngành công nghiệp và xây dựng đạt 550 tỷ đồng, tăng 10% so với năm 2021.")
    assert quotient(doc, "growth") == [] and errors(doc) == []
    # "cùng kỳ năm trước" compares six months with six months, not with the whole year printed before
    doc = passage("Năm 2022, thu ngân sách trên địa bàn đạt 190 tỷ đồng.",
                  "Sáu tháng đầu năm 2023, thu ngân sách trên địa bàn đạt 95 tỷ đồng, tăng 12% so với cùng kỳ năm "
                  "trước.")
    assert quotient(doc, "growth") == [] and errors(doc) == []
    # a rate of the year before whose own base year is not printed takes nothing
    doc = passage("Năm 2022, thủy sản đạt 447 tỷ đồng, tăng 8,5% so với năm 2021; lâm nghiệp 101 tỷ đồng, tăng 5,2%.")
    assert quotient(doc, "growth") == [] and errors(doc) == []


def test_one_child_with_a_long_name_is_a_subset() -> None:
    doc = passage("Tổng vốn huy động xây dựng nông thôn mới đạt 1.240 tỷ đồng; trong đó vốn lồng ghép từ các chương "
                  "trình mục tiêu quốc gia 310 tỷ đồng, còn lại là vốn dân góp.")
    assert sums(doc, "subset") == [("1.240", ["310"])] and errors(doc) == []
    doc = passage("Dân số trung bình khoảng 98.400 người, trong đó số người trong độ tuổi lao động là 61.200 người.")
    assert sums(doc, "subset") == [("khoảng 98.400", ["61.200"])] and errors(doc) == []
    doc = passage("Giá trị sản xuất công nghiệp - xây dựng đạt 2.870 tỷ đồng, tăng 11% so với năm trước; trong đó công "
                  "nghiệp - tiểu thủ công nghiệp đạt 1.950 tỷ đồng, tăng 9%.")
    assert sums(doc, "subset") == [("2.870", ["1.950"])] and errors(doc) == []
    (f,) = errors(passage("Dân số trung bình khoảng 98.400 người, trong đó số người trong độ tuổi lao động là 112.300 "
                          "người."))
    assert f.reported == "khoảng 98.400"


# ---------------------------------------------------------------------------------------------
# Counts of criteria met overlap; a fraction out of a bigger whole is no part


def test_counts_of_criteria_met_are_each_some_of_the_whole() -> None:
    cases = [
        ("Trong tổng số 18 xã, có 18 xã đạt tiêu chí điện, 15 xã đạt tiêu chí trường học, 11 xã đạt tiêu chí môi "
         "trường.", [("18", ["18"]), ("18", ["15"]), ("18", ["11"])]),
        ("Toàn huyện có 21/21 xã đạt chuẩn nông thôn mới, trong đó 9 xã đạt chuẩn nâng cao và 3 xã đạt chuẩn kiểu "
         "mẫu.", [("21", ["9"]), ("21", ["3"])]),
        ("Trong số 12 xã của huyện, 10 xã đạt tiêu chí giao thông; 7 xã đạt tiêu chí y tế và 12 xã đạt tiêu chí "
         "an ninh trật tự.", [("12", ["10"]), ("12", ["7"]), ("12", ["12"])]),
    ]
    for text, want in cases:
        doc = passage(text)
        assert sorted(sums(doc, "subset")) == sorted(want), text
        assert sums(doc, "partition") == [] and sums(doc, "count_sum") == [] and errors(doc) == [], text
    # a criterion met by more communes than there are is an error, even when another count equals the whole
    doc = passage("Trong tổng số 18 xã, có 18 xã đạt tiêu chí điện, 27 xã đạt tiêu chí trường học.")
    assert len(errors(doc)) == 1
    # communes by how many criteria they meet are classes, not criteria: they add up
    doc = passage("Trong tổng số 9 xã, có 6 xã đạt 10 - 17 tiêu chí, 3 xã đạt 7 - 9 tiêu chí.")
    assert [parts for _, parts in sums(doc, "subset") + sums(doc, "count_sum") + sums(doc, "partition")] == [
        ["6", "3"]]


def test_a_count_out_of_a_bigger_whole_is_no_part_of_the_sentence_before() -> None:
    for text in ("Năm nay có thêm 4 xã đạt chuẩn là Hòa An, Hòa Bình, Hòa Lạc và Hòa Tiến. Riêng tiêu chí quy "
                 "hoạch, 20/20 xã đã đạt.",
                 "Huyện có 5 xã đặc biệt khó khăn. Trong đó, về tiêu chí điện, 32/32 xã, thị trấn đã có điện lưới.",
                 "Đã có 3 thôn được công nhận. Riêng về giao thông, 45/47 thôn đã bê tông hóa đường trục."):
        doc = passage(text)
        assert sums(doc, "subset") == [] and errors(doc) == [], text


# ---------------------------------------------------------------------------------------------
# Counted names: after a qualified count, in "(gồm ...)", before a verb; whose count takes them


def _named(doc: Document) -> list[tuple[str, tuple[str, ...]]]:
    rows = {r.index: r for r in doc.rows}
    out = []
    for rel in relations(doc, "count_list"):
        (ref,) = [ref for _, ref in rel.figures]
        out.append((rows[ref[0]].cells[ref[1]].value.raw, rel.items))
    return out


def test_names_after_a_count_with_figures_of_its_own() -> None:
    cases = {
        "Còn 5 xã đạt từ 12 đến 15 tiêu chí là Xuân Lộc, Xuân Hòa, Xuân Sơn, Xuân Thành và Xuân Phú.":
            [("5", ("Xuân Lộc", "Xuân Hòa", "Xuân Sơn", "Xuân Thành", "Xuân Phú"))],
        "Trong đó có 3 xã hoàn thành trong năm 2021 là Đông Hải, Đông Yên và Đông Lâm; các xã khác đang phấn đấu.":
            [("3", ("Đông Hải", "Đông Yên", "Đông Lâm"))],
        "Có thêm 2 thôn đạt 19/19 tiêu chí là Làng Mới và Làng Trên.": [("2", ("Làng Mới", "Làng Trên"))],
    }
    for text, want in cases.items():
        doc = passage(text)
        assert _named(doc) == want, text
        assert errors(doc) == [], text
    (f,) = errors(passage("Còn 6 xã đạt từ 12 đến 15 tiêu chí là Xuân Lộc, Xuân Hòa, Xuân Sơn, Xuân Thành và Xuân Phú."))
    assert f.reported == "6"


def test_names_in_parentheses_after_gom_and_names_before_a_verb() -> None:
    cases = {
        "Tỉnh công nhận thêm 3 xã (gồm Bình Minh, Bình An và Bình Thạnh) đạt chuẩn nông thôn mới.":
            [("3", ("Bình Minh", "Bình An", "Bình Thạnh"))],
        "Đến nay 4 xã Cẩm Hà, Cẩm Lý, Cẩm Nam, Cẩm Vân đã hoàn thành 19 tiêu chí.":
            [("4", ("Cẩm Hà", "Cẩm Lý", "Cẩm Nam", "Cẩm Vân"))],
        "Năm 2024 có 2 xã Hòa Sơn, Hòa Lạc được tỉnh thẩm định và công nhận.": [("2", ("Hòa Sơn", "Hòa Lạc"))],
    }
    for text, want in cases.items():
        doc = passage(text)
        assert _named(doc) == want, text
        assert errors(doc) == [], text
    # parts with figures in "(gồm ...)" are no names
    doc = passage("Huyện có 12 đơn vị hành chính (gồm 11 xã và 1 thị trấn).")
    assert _named(doc) == [] and errors(doc) == []
    (f,) = errors(passage("Tỉnh công nhận thêm 4 xã (gồm Bình Minh, Bình An và Bình Thạnh) đạt chuẩn nông thôn mới."))
    assert f.reported == "4"


def test_names_belong_to_the_count_just_before_them() -> None:
    # the earlier count (7) is of another time: the names after the colon are the later count's
    doc = passage("Trước năm 2015 có 7 xã thuộc diện đặc biệt khó khăn, nay chỉ còn 3 xã: Sơn Hà, Sơn Lộc và Sơn "
                  "Tây.")
    assert _named(doc) == [("3", ("Sơn Hà", "Sơn Lộc", "Sơn Tây"))] and errors(doc) == []
    # a count of communes whose names list the town too, counted among them
    doc = passage("Vùng đồng bằng gồm 6 xã: An Mỹ, An Lạc, An Hòa, thị trấn An Phú, An Điền, An Thới; đất đai màu mỡ.")
    assert [n for n, _ in _named(doc)] == ["6"] and errors(doc) == []


# ---------------------------------------------------------------------------------------------
# Counts of units: nouns after their figures in parentheses, the rest of a count fraction


def test_units_counted_in_parentheses_name_themselves() -> None:
    cases = {
        "Huyện có 22 đơn vị hành chính (2 thị trấn, 20 xã).": ("22", ["2", "20"]),
        "Toàn huyện gồm 18 đơn vị hành chính (17 xã và 1 thị trấn), 143 thôn, khu phố.": ("18", ["17", "1"]),
        "Thị xã có 11 đơn vị hành chính (7 phường; 4 xã).": ("11", ["7", "4"]),
    }
    for text, want in cases.items():
        doc = passage(text)
        assert sums(doc, "count_sum") == [want], text
        assert errors(doc) == [], text
    (f,) = errors(passage("Huyện có 22 đơn vị hành chính (2 thị trấn, 21 xã)."))
    assert f.reported == "22"


def test_the_rest_of_a_count_fraction() -> None:
    for text in ("Đến nay 19/24 xã đạt chuẩn nông thôn mới, 5 xã còn lại đạt từ 15 tiêu chí trở lên.",
                 "Có 31/35 chỉ tiêu đạt và vượt kế hoạch, 4 chỉ tiêu còn lại đạt khá.",
                 "Toàn huyện 8/12 xã có trạm y tế đạt chuẩn; 4 xã còn lại đang được đầu tư."):
        doc = passage(text)
        assert len(relations(doc, "count_sum")) == 1 and errors(doc) == [], text
    (f,) = errors(passage("Đến nay 19/24 xã đạt chuẩn nông thôn mới, 6 xã còn lại đạt từ 15 tiêu chí trở lên."))
    assert len(f.message) > 0
    # other counts after a fraction that are no rest are not added
    doc = passage("Đến nay 19/24 xã đạt chuẩn nông thôn mới, 12 xã có bác sĩ.")
    assert relations(doc, "count_sum") == [] and errors(doc) == []


# ---------------------------------------------------------------------------------------------
# No whole and no base by place alone: a sibling item, a named group


def test_an_earlier_item_of_the_list_is_no_whole_of_a_share() -> None:
    for text in ("Đất nông nghiệp 8.210,5 ha, gồm đất lúa 5.100,5 ha và đất trồng cây lâu năm 3.110 ha; đất phi nông "
                 "nghiệp 2.950,2 ha; đất chưa sử dụng 139,3 ha (1,23%).",
                 "Năm 2023 lao động nông nghiệp 21.400 người; lao động công nghiệp 9.800 người; lao động dịch vụ 6.100 "
                 "người, chiếm 16,5%.",
                 "Trâu 3.420 con; bò 12.880 con; dê 1.150 con (chiếm 6,6%)."):
        doc = passage(text)
        assert errors(doc) == [], text
        for _part, whole, _share in quotient(doc, "share"):
            assert whole not in ("2.950,2", "9.800", "12.880", "3.420"), text
    # a total named as such before the list is still the whole
    doc = passage("Tổng diện tích tự nhiên 11.300 ha; đất nông nghiệp 8.210,5 ha, chiếm 72,66%.")
    assert quotient(doc, "share") == [("8.210,5", "11.300", "72,66%")]


def test_a_count_that_names_its_places_is_no_base_of_a_rate_per_place() -> None:
    for text in ("Có 4 xã Sơn Hải, Sơn Hà, Sơn Lâm, Sơn Thủy đã trình hồ sơ; toàn huyện đạt 205 tiêu chí, bình quân "
                 "14,64 tiêu chí/xã.",
                 "Năm nay thêm 2 xã (Tân An, Tân Lập) về đích; cả huyện đạt 150 tiêu chí, bình quân 15 tiêu chí/xã.",
                 "Huyện có 3 xã là Đông Sơn, Đông Hà và Đông Lâm đạt chuẩn; tổng 190 tiêu chí, bình quân 13,57 tiêu "
                 "chí/xã."):
        doc = passage(text)
        assert relations(doc, "per_capita") == [] and errors(doc) == [], text
    doc = passage("Huyện có 14 xã; toàn huyện đạt 205 tiêu chí, bình quân 14,64 tiêu chí/xã.")
    assert [printed(doc, r, "base") for r in relations(doc, "per_capita")] == [["14"]] and errors(doc) == []
