"""Lists of parts in the wordings district reports use (issue 12, round 17): each construction with a string
of the paraphrase set's dev part and a wording written for this test.

- counts of criteria met whose "đạt" is printed once for the whole list ("số xã đạt tiêu chí A là 26 xã,
  tiêu chí B 25 xã"), after "trong N xã" opening a ";"-clause;
- an average per head after the parts ends the list;
- a sentence opening with "Riêng" after a sentence that prints one figure of the quantity;
- a parenthesis inside the first ";"-item breaks that item down, it does not make the list a comma list.
"""

from __future__ import annotations

from tests.test_prose_links import errors, passage, sums

# tu-ky-hai-duong_1_p1: "đạt" once, then each criterion by name alone
TU_KY = (
    "Thu nhập bình quân đầu người hiện đạt 38,5 triệu đồng (tăng 11 triệu đồng so với năm 2015) nhờ quy vùng sản xuất "
    "tập trung, thu hút đầu tư công nghiệp, thúc đẩy dịch vụ; tỷ lệ hộ nghèo giảm còn 3,8%; trong 26 xã của huyện, số xã "
    "đạt tiêu chí lao động có việc làm là 26 xã, tiêu chí tổ chức sản xuất {org} xã, tiêu chí thu nhập 16 xã, tiêu chí "
    "hộ nghèo 12 xã."
)
CRITERIA_REWORDED = (
    "Năm 2023, tỷ lệ hộ nghèo còn 2,1%; trong 18 xã, số xã đạt tiêu chí giao thông là 17 xã, tiêu chí trường học "
    "14 xã và tiêu chí y tế {health} xã."
)


def test_criteria_named_alone_after_one_dat_are_each_some_of_the_communes() -> None:
    doc = passage(TU_KY.format(org="25"))
    assert sums(doc, "subset") == [("26", ["26"]), ("26", ["25"]), ("26", ["16"]), ("26", ["12"])]
    assert not errors(doc)
    assert [f.reported for f in errors(passage(TU_KY.format(org="28")))] == ["26"]


def test_criteria_named_alone_after_one_dat_reworded() -> None:
    doc = passage(CRITERIA_REWORDED.format(health="11"))
    assert sums(doc, "subset") == [("18", ["17"]), ("18", ["14"]), ("18", ["11"])]
    assert not errors(doc)
    assert [f.reported for f in errors(passage(CRITERIA_REWORDED.format(health="19")))] == ["18"]


# cu-mgar-dak-lak_1_p1: the sector list goes on with ";"-clauses of other indicators
CU_MGAR = (
    "Tổng giá trị sản xuất các sản phẩm chủ yếu (giá so sánh năm 2010) ước đạt 9.960 tỷ đồng, tăng 8,85% so với năm "
    "2016, chia ra: nông, lâm, ngư nghiệp ước 4.750 tỷ đồng (tăng 4,44%); công nghiệp, xây dựng ước 1.810 tỷ đồng (tăng "
    "7,93%), bao gồm công nghiệp 780 tỷ đồng (tăng 13,87%), xây dựng 1.030 tỷ đồng (tăng 3,83%); thương mại, dịch vụ ước "
    "{services} tỷ đồng (tăng 16,24% so với năm 2016); thu nhập bình quân đầu người (giá thực tế) đạt 33 triệu đồng; chi "
    "đầu tư xây dựng cơ bản do địa phương quản lý ước đạt 52,559 tỷ đồng."
)
PER_HEAD_REWORDED = (
    "Năm 2023 tổng thu nhập của hộ dân toàn xã đạt 620 tỷ đồng, gồm: thu từ nông nghiệp 250 tỷ đồng; thu từ tiền lương, "
    "tiền công {wages} tỷ đồng; thu nhập bình quân đầu người 58 triệu đồng; chi đầu tư xây dựng 35 tỷ đồng."
)


def test_an_average_per_head_ends_the_list_of_parts() -> None:
    doc = passage(CU_MGAR.format(services="3.400"))
    assert ("9.960", ["4.750", "1.810", "3.400"]) in sums(doc, "partition")
    assert ("1.810", ["780", "1.030"]) in sums(doc, "partition")
    assert not errors(doc)
    assert "9.960" in [f.reported for f in errors(passage(CU_MGAR.format(services="3.040")))]


def test_an_average_per_head_ends_the_list_of_parts_reworded() -> None:
    doc = passage(PER_HEAD_REWORDED.format(wages="370"))
    assert sums(doc, "partition") == [("620", ["250", "370"])]
    assert not errors(doc)
    assert [f.reported for f in errors(passage(PER_HEAD_REWORDED.format(wages="330")))] == ["620"]


# tan-bien-tay-ninh_1_p2 and thanh-phu-ben-tre_2_p2: the sentence before prints one figure of the quantity
TAN_BIEN = (
    "So với cùng kỳ năm 2011, giá trị sản lượng công nghiệp, tiểu thủ công nghiệp quý I năm 2012 của huyện Tân Biên "
    "tăng hơn 16%, đạt trên 88 tỷ đồng. Riêng doanh nghiệp địa phương đóng góp hơn {local} tỷ đồng, tăng hơn 23%."
)
THANH_PHU = (
    "Tôm càng xanh được nuôi trên khoảng 1.000ha, chủ yếu ở xã Mỹ An. Riêng diện tích nuôi chuyên là khoảng 330ha. "
    "Sản lượng tôm càng xanh đạt khoảng 1.700 tấn."
)
RIENG_REWORDED = (
    "Năm 2023 giá trị xuất khẩu của huyện đạt 2.150 tỷ đồng, tăng 8%. Riêng các doanh nghiệp FDI đóng góp {private} "
    "tỷ đồng."
)


def test_rieng_sets_apart_some_of_the_one_figure_before() -> None:
    assert sums(passage(TAN_BIEN.format(local="76")), "subset") == [("trên 88", ["hơn 76"])]
    assert sums(passage(THANH_PHU), "subset") == [("khoảng 1.000", ["khoảng 330"])]
    assert [f.reported for f in errors(passage(TAN_BIEN.format(local="96")))] == ["trên 88"]


def test_rieng_sets_apart_some_of_the_one_figure_before_reworded() -> None:
    doc = passage(RIENG_REWORDED.format(private="930"))
    assert sums(doc, "subset") == [("2.150", ["930"])]
    assert not errors(doc)
    assert [f.reported for f in errors(passage(RIENG_REWORDED.format(private="2.390")))] == ["2.150"]


def test_rieng_after_a_list_names_none_of_it_still_no_part() -> None:
    # the guard this keeps: several figures before, none named -> no whole (a false error before round 15)
    text = ("Về cây lâu năm, chè 237,2 ha, cà phê 5.188,6 ha, cây ăn quả 659 ha. Riêng diện tích sản xuất nông nghiệp "
            "ứng dụng công nghệ cao là 6.950 ha.")
    assert not errors(passage(text))
    assert not [s for s in sums(passage(text), "subset") if "6.950" in s[1]]


# quynh-phu-thai-binh_2_p1: the first ";"-item breaks its sector down in a parenthesis
QUYNH_PHU = (
    "Năm 2013, tổng giá trị sản xuất toàn huyện đạt 14.916,06 tỷ đồng, chia ra: nông, lâm nghiệp, thủy sản 3.852,34 tỷ "
    "đồng, chiếm 25,83% (bao gồm nông nghiệp 3.685,58 tỷ đồng, lâm nghiệp 2,70 tỷ đồng, thủy sản 164,06 tỷ đồng); "
    "công nghiệp, xây dựng {industry} tỷ đồng, chiếm 60,17%; dịch vụ 2.088,75 tỷ đồng, chiếm 14,01%."
)
PARENTHESIS_REWORDED = (
    "Giá trị sản xuất năm 2023 đạt 9.300 tỷ đồng, trong đó: nông, lâm nghiệp và thủy sản 2.100 tỷ đồng (nông nghiệp "
    "1.700 tỷ đồng, lâm nghiệp 150 tỷ đồng, thủy sản 250 tỷ đồng); công nghiệp, xây dựng {industry} tỷ đồng; dịch vụ "
    "3.300 tỷ đồng."
)


def test_a_parenthesis_in_the_first_item_is_its_own_breakdown() -> None:
    doc = passage(QUYNH_PHU.format(industry="8.974,97"))
    assert ("14.916,06", ["3.852,34", "8.974,97", "2.088,75"]) in sums(doc, "partition")
    assert ("3.852,34", ["3.685,58", "2,70", "164,06"]) in sums(doc, "partition")
    assert "14.916,06" in [f.reported for f in errors(passage(QUYNH_PHU.format(industry="8.947,97")))]


def test_a_parenthesis_in_the_first_item_is_its_own_breakdown_reworded() -> None:
    doc = passage(PARENTHESIS_REWORDED.format(industry="3.900"))
    assert ("9.300", ["2.100", "3.900", "3.300"]) in sums(doc, "partition")
    assert ("2.100", ["1.700", "150", "250"]) in sums(doc, "partition")
    assert not errors(doc)
    assert [f.reported for f in errors(passage(PARENTHESIS_REWORDED.format(industry="3.600")))] == ["9.300"]


# phu-cat-binh-dinh_1_p1: the total's own rate printed in the parenthesis right after it
PHU_CAT = (
    "Khu vực thành thị có 707 hộ nghèo và cận nghèo (tỷ lệ nghèo đa chiều 10,22%), bao gồm 263 hộ nghèo (tỷ lệ "
    "{poor}%) và 444 hộ cận nghèo (tỷ lệ 6,42%); khu vực nông thôn có 5.290 hộ (tỷ lệ nghèo đa chiều 10,79%), bao gồm "
    "1.753 hộ nghèo (tỷ lệ 3,58%) và 3.537 hộ cận nghèo (tỷ lệ 7,22%)."
)
RATE_ASIDE_REWORDED = (
    "Đến cuối năm 2023, toàn huyện còn 1.240 hộ nghèo và hộ cận nghèo (tỷ lệ nghèo chung 9,30%), chia ra hộ nghèo "
    "520 hộ (tỷ lệ {poor}%), hộ cận nghèo 720 hộ (tỷ lệ 5,40%)."
)


def test_the_rate_in_the_parenthesis_after_a_total_is_its_own() -> None:
    doc = passage(PHU_CAT.format(poor="3,80"))
    assert ("10,22%", ["3,80%", "6,42%"]) in sums(doc, "partition")
    assert ("10,79%", ["3,58%", "7,22%"]) in sums(doc, "partition")
    assert not errors(doc)
    assert [f.reported for f in errors(passage(PHU_CAT.format(poor="3,08")))] == ["10,22%"]


def test_the_rate_in_the_parenthesis_after_a_total_is_its_own_reworded() -> None:
    doc = passage(RATE_ASIDE_REWORDED.format(poor="3,90"))
    assert sums(doc, "partition") == [("9,30%", ["3,90%", "5,40%"])]
    assert not errors(doc)
    assert [f.reported for f in errors(passage(RATE_ASIDE_REWORDED.format(poor="4,90")))] == ["9,30%"]


# "ngắn ngày" / "dài ngày" name a crop's season, and a grouped figure after "ngày" is no day of a month: the
# part was dropped and the list's other two parts called a wrong total (prose17b's wording, round 17)
CROPS_BY_SEASON = (
    "Tổng diện tích gieo trồng cây hằng năm đạt 9.300 ha, gồm: cây lương thực 6.100 ha, cây công nghiệp {kind} "
    "{industrial} ha, rau màu các loại 1.800 ha."
)


def test_a_crop_named_by_its_season_stays_a_part_of_the_list() -> None:
    for kind in ("ngắn ngày", "dài ngày"):
        doc = passage(CROPS_BY_SEASON.format(kind=kind, industrial="1.400"))
        assert sums(doc, "partition") == [("9.300", ["6.100", "1.400", "1.800"])], kind
        assert not errors(doc)
        assert [f.reported for f in errors(passage(CROPS_BY_SEASON.format(kind=kind, industrial="1.500")))] == ["9.300"]
