"""A sector's gross output printed after the district's is some of it (issue 12, round 35).

Development passages of three districts print the district's "giá trị sản xuất" and, one to three sentences later,
one sector's, with no list word between (duc-hoa-long-an_1, nghi-xuan-ha-tinh_4, yen-thanh-nghe-an_1): nothing tied
them, so a sector above the whole (duc-hoa's planted "gần 38.000") drew nothing. Near misses: a whole that names a
sector abbreviated ("Giá trị sản xuất CN", dong-hoi-quang-binh_2) is that sector's; another price basis or year is
another measure; a plan is no level.
"""

from __future__ import annotations

from tests.test_prose_links import errors, passage, relations, sums

DUC_HOA = ("Cơ cấu kinh tế của huyện dịch chuyển đúng hướng, các lĩnh vực tiếp tục phát triển; giá trị sản xuất ước "
           "thực hiện là 30.110 tỉ đồng, tăng 14,37%. Công nghiệp - xây dựng vẫn giữ vị trí quan trọng trong cơ cấu "
           "kinh tế, với giá trị sản xuất ước gần {part} tỉ đồng, tăng 15,25%.")
NGHI_XUAN = ("Tổng giá trị sản xuất năm 2014 của toàn huyện đạt trên 4.300 tỷ đồng, tăng 19,7% so với năm 2013; tốc độ "
             "tăng trưởng kinh tế đạt trên 14% và thu nhập bình quân 26 triệu đồng/người. Sản xuất nông - lâm - ngư "
             "nghiệp đạt kết quả khá: giá trị sản xuất ngành nông nghiệp ước đạt hơn 1.200 tỷ đồng, tổng sản lượng "
             "lương thực trên 17.000 tấn.")
YEN_THANH = ("Năm 2024, giá trị sản xuất của huyện ước đạt 15.024,5 tỷ đồng (theo giá so sánh năm 2010), tốc độ tăng "
             "trưởng kinh tế ước 10,11%, đạt kế hoạch. Thu nhập bình quân đầu người đạt 70 tr.đ/người. Giá trị sản xuất "
             "nông, lâm nghiệp và thủy sản (giá so sánh 2010) đạt 4.510,51 tỷ đồng, tăng 4,20% so với năm 2023; riêng "
             "trồng trọt đạt 1.881,37 tỷ đồng, tăng 4,07%.")


def test_a_sector_after_the_whole_is_some_of_it() -> None:
    for text, whole, part in ((DUC_HOA.format(part="28.000"), "30.110", "gần 28.000"),
                              (NGHI_XUAN, "trên 4.300", "hơn 1.200"),
                              (YEN_THANH, "15.024,5", "4.510,51")):
        doc = passage(text)
        assert (whole, [part]) in sums(doc, "subset"), text
        assert errors(doc) == [], text
    # "1.250 tỷ", the currency understood (the rewording benchmark's tydong_ty)
    doc = passage(DUC_HOA.format(part="28.000").replace(" tỉ đồng", " tỷ"))
    assert ("30.110", ["gần 28.000"]) in sums(doc, "subset")
    # the sector's own part is still read under it
    assert ("4.510,51", ["1.881,37"]) in sums(passage(YEN_THANH), "subset")


def test_a_sector_above_the_whole_is_an_error() -> None:
    doc = passage(DUC_HOA.format(part="38.000"))  # the planted copy: at least 36.100 > 30.110
    assert sums(doc, "subset") == [("30.110", ["gần 38.000"])]
    assert errors(doc)


def test_an_abbreviated_sector_is_no_whole() -> None:
    doc = passage("Giá trị sản xuất CN năm 2013 (giá hiện hành) thực hiện 2.789.723 triệu đồng, đạt gần 98,1% so với kế "
                  "hoạch. Giá trị sản xuất nông nghiệp (giá hiện hành) thực hiện 199.923 triệu đồng, đạt 84,67% kế hoạch.")
    assert relations(doc, "subset") == []


def test_another_price_basis_or_year_is_another_measure() -> None:
    for text in (
        "Giá trị sản xuất (giá hiện hành) đạt 9.000 tỷ đồng. Giá trị sản xuất nông nghiệp (giá so sánh 2010) đạt 3.000 tỷ đồng.",
        "Giá trị sản xuất năm 2020 đạt 9.000 tỷ đồng. Giá trị sản xuất nông nghiệp năm 2015 đạt 3.000 tỷ đồng.",
        "Kế hoạch giá trị sản xuất đạt 9.000 tỷ đồng. Giá trị sản xuất nông nghiệp đạt 3.000 tỷ đồng.",
    ):
        assert relations(passage(text), "subset") == [], text


def test_two_sectors_in_one_clause_or_a_far_whole_are_not_read() -> None:
    assert relations(passage("Giá trị sản xuất đạt 9.000 tỷ đồng. Giá trị sản xuất nông nghiệp và công nghiệp đạt "
                             "6.000 tỷ đồng."), "subset") == []
    far = ("Giá trị sản xuất đạt 9.000 tỷ đồng. Dân số 120.000 người. Có 12 xã. Diện tích 300 km2. Trường học 40 trường. "
           "Giá trị sản xuất nông nghiệp đạt 3.000 tỷ đồng.")
    assert relations(passage(far), "subset") == []
