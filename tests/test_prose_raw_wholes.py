"""Parts of a whole as raw report pages print them (issue 12, recall on text no rule was written from).

The first string of each test is printed on a real page (the raw pages of /work/notes/scratch, not
committed: laocaitv.vn's 2024 targets, baonamdinh.vn's and thoibaotaichinhvietnam.vn's new-countryside
counts); the others are rewordings written for these tests.
"""

from __future__ import annotations

from tests.test_prose_counted_names import listed_counts
from tests.test_prose_links import errors, passage, sums

# laocaitv.vn, "25 chỉ tiêu phấn đấu năm 2024": a count, then its items one bulleted line each
SOCIAL = (
    "8 chỉ tiêu xã hội gồm:",
    "- Tỷ lệ trường học đạt chuẩn quốc gia: 68%",
    "- Số giường bệnh trên 1 vạn dân: 45,7 giường; 14,5 bác sĩ/vạn dân",
    "- Tỷ lệ tăng dân số tự nhiên dưới 1,2%",
    "- Tỷ lệ giảm nghèo đa chiều trên 4%",
    "- Tỷ lệ lao động qua đào tạo đạt 68,8%",
    "- Tỷ lệ bao phủ BHYT đạt trên 97%",
    "- Tỷ lệ gia đình văn hóa đạt từ 86% trở lên",
    "- 72 xã đạt 19 tiêu chí nông thôn mới",
    "3 chỉ tiêu môi trường gồm:",
)


def test_a_count_of_bulleted_items() -> None:
    doc = passage(*SOCIAL)
    assert ("8", 8) in listed_counts(doc) and errors(doc) == []
    # one item short: the count is wrong
    (f,) = errors(passage(*SOCIAL[:3], *SOCIAL[4:]))
    assert f.reported == "8"


def test_bulleted_items_reworded() -> None:
    doc = passage("Năm 2025 xã đề ra 4 chỉ tiêu chủ yếu như sau:", "• Thu ngân sách trên địa bàn 12 tỷ đồng;",
                  "• Thu hút 3 dự án đầu tư;", "• Hỗ trợ 120 hộ chuyển đổi nghề;", "Kết quả đạt 5 tỷ đồng.")
    assert listed_counts(doc) == [("4", 3)] and [f.reported for f in errors(doc)] == ["4"]
    # details under an item, of another mark, are no items of the list
    doc = passage("Có 2 chỉ tiêu môi trường:", "- Tỷ lệ che phủ rừng 59,2%, trong đó:", "+ rừng tự nhiên 40%",
                  "+ rừng trồng 19,2%", "- Tỷ lệ thu gom rác thải đạt 96%", "Các chỉ tiêu khác đạt 100%.")
    assert ("2", 2) in listed_counts(doc) and errors(doc) == []


def test_a_bulleted_list_that_runs_to_the_end_is_not_counted() -> None:
    # a page taken from a site may stop inside the list
    doc = passage(*SOCIAL[-1:], "- Tỷ lệ che phủ rừng 59,2%", "- Thu gom rác thải đô thị đạt 96%")
    assert ("3", 2) not in listed_counts(doc) and errors(doc) == []


def test_provinces_are_counted_like_communes() -> None:
    # baonamdinh.vn: "16 tỉnh" is a count of provinces, the "5 tỉnh" of its "trong đó" some of them
    doc = passage("Ngoài ra, 16 tỉnh có 100% số xã đạt chuẩn nông thôn mới, trong đó có 5 tỉnh (Nam Định, Đồng Nai, "
                  "Hà Nam, Hưng Yên và Hải Dương) đã được Thủ tướng Chính phủ công nhận hoàn thành nhiệm vụ xây dựng "
                  "nông thôn mới.")
    assert sums(doc, "subset") == [("16", ["5"])] and errors(doc) == []
    doc = passage("Đến nay cả nước có 12 tỉnh đã có toàn bộ số xã đạt chuẩn nông thôn mới, trong số đó 4 tỉnh được "
                  "công nhận hoàn thành nhiệm vụ.")
    assert sums(doc, "subset") == [("12", ["4"])] and errors(doc) == []
    (f,) = errors(passage("Khu vực này có 6 tỉnh có 100% số xã đạt chuẩn, trong đó có 8 tỉnh đã hoàn thành nhiệm vụ "
                          "xây dựng nông thôn mới."))
    assert f.reported == "8" or "8" in f.message


def test_one_count_of_the_whole_s_noun_is_some_of_it() -> None:
    # yenbai.gov.vn: "Toàn bộ 33 chỉ tiêu …, có 25 chỉ tiêu …" names all the targets, then some of them
    doc = passage("Toàn bộ 33 chỉ tiêu chủ yếu đều hoàn thành, có 25 chỉ tiêu vượt kế hoạch.")
    assert sums(doc, "subset") == [("33", ["25"])] and errors(doc) == []
    doc = passage("Trong 21 chỉ tiêu Nghị quyết, có 18 chỉ tiêu đạt và vượt kế hoạch.")
    assert sums(doc, "subset") == [("21", ["18"])] and errors(doc) == []
    (f,) = errors(passage("Tất cả 12 chỉ tiêu của năm đều đạt, có 14 chỉ tiêu vượt kế hoạch."))
    assert "14" in f.message
    # two counts after ", có" are a list of their own: read as such, never as one part each
    doc = passage("Toàn bộ 33 chỉ tiêu chủ yếu đều hoàn thành, có 25 chỉ tiêu vượt và 8 chỉ tiêu đạt kế hoạch.")
    assert sums(doc, "subset") == [] and errors(doc) == []


def test_taxes_on_products_are_a_fourth_part_of_the_economy() -> None:
    # laocaitv.vn: the 2024 structure target prints the three sectors and the taxes on products
    from tests.test_prose_links import printed, relations

    doc = passage("- Nông, lâm, ngư nghiệp chiếm 12,1%; Công nghiệp - xây dựng 42,3%; Dịch vụ 35,6%; Thuế sản phẩm 10%")
    assert [printed(doc, r, "term") for r in relations(doc, "shares_sum")] == [["12,1%", "42,3%", "35,6%", "10%"]]
    assert errors(doc) == []
    (f,) = errors(passage("Cơ cấu kinh tế: nông, lâm, thủy sản chiếm 12,1%; công nghiệp - xây dựng 42,3%; dịch vụ 35,6%; "
                          "thuế sản phẩm trừ trợ cấp sản phẩm 11%."))
    assert "101" in f.message
    doc = passage("GRDP đạt 10.000 tỷ đồng, trong đó nông, lâm, thủy sản 1.210 tỷ đồng; công nghiệp - xây dựng 4.230 tỷ "
                  "đồng; dịch vụ 3.560 tỷ đồng; thuế sản phẩm 1.000 tỷ đồng.")
    assert sums(doc) == [("10.000", ["1.210", "4.230", "3.560", "1.000"])] and errors(doc) == []


def test_a_scale_glued_to_its_currency() -> None:
    # vietnamnet.vn: "15.563 tỷđồng" is in tỷ đồng, some of the 21.300 tỷ đồng before it
    doc = passage("Tổng thu ngân sách nhà nước đến cuối tháng 7/2022 là 21.300 tỷ đồng, đạt 90% dự toán, tăng 53% so với "
                  "cùng kỳ; trong đó thu nội địa đạt hơn 15.563 tỷđồng, đạt 82% dự toán, tăng 33% so với cùng kỳ.")
    assert sums(doc, "subset") == [("21.300", ["hơn 15.563"])] and errors(doc) == []
    doc = passage("Tổng vốn đầu tư đạt 1.250 triệu đồng, trong đó vốn ngân sách 800 triệuđồng, vốn dân góp 450 triệuđồng.")
    assert errors(doc) == [] and ("1.250", ["800", "450"]) in sums(doc, "subset") + sums(doc, "partition")
    (f,) = errors(passage("Thu ngân sách trên địa bàn đạt 320 tỷ đồng; trong đó thu nội địa 350 tỷđồng."))
    assert "350" in f.message


def test_a_count_of_communes_after_cua_opens_their_names() -> None:
    # yenbai.gov.vn: "các tiêu chí của 3 xã: Tuy Lộc, Báo Đáp, Mông Sơn" counts the names after the colon
    doc = passage("Tích cực chỉ đạo đẩy nhanh tiến độ xây dựng nông thôn mới, trong đó hoàn thành các tiêu chí của 3 xã: "
                  "Tuy Lộc, Báo Đáp, Mông Sơn trong năm 2015 (hiện nay xã Tuy Lộc đã hoàn thành 19 tiêu chí).")
    assert ("3", 3) in listed_counts(doc) and errors(doc) == []
    doc = passage("Đây là thành quả của 2 xã là Tuy Lộc và Báo Đáp.")
    assert listed_counts(doc) == [("2", 2)] and errors(doc) == []
    (f,) = errors(passage("Huyện tập trung nguồn lực của 4 xã: Tuy Lộc, Báo Đáp, Mông Sơn."))
    assert f.reported == "4"


def test_provinces_named_right_after_their_count() -> None:
    # thoibaotaichinhvietnam.vn: "4 tỉnh Nam Định, Đồng Nai, Hưng Yên và Hà Nam đã được …"
    doc = passage("Có 12 tỉnh đã có 100% số xã đạt chuẩn nông thôn mới, trong đó có 4 tỉnh Nam Định, Đồng Nai, Hưng Yên "
                  "và Hà Nam đã được Thủ tướng Chính phủ công nhận tỉnh hoàn thành nhiệm vụ xây dựng nông thôn mới.")
    assert ("4", 4) in listed_counts(doc) and errors(doc) == []
    (f,) = errors(passage("Có 2 tỉnh Sơn La, Điện Biên và Lai Châu được hỗ trợ."))
    assert f.reported == "2"
    # regions are no provinces' names: nothing is counted
    doc = passage("Vùng có 5 tỉnh Bắc Trung Bộ và Duyên hải miền Trung tham gia.")
    assert listed_counts(doc) == [] and errors(doc) == []
