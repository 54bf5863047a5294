"""Standard report wordings the reader was not fitted to (issue 12, round 25).

Each case is a real development passage (waves 1-18) reworded the way other districts print the same
statement: "ước đạt / ước thực hiện p% kế hoạch" for "đạt p% kế hoạch", "tương đương p% năm trước" for
"bằng p% năm trước", "tăng trưởng p% so với" for "tăng p% so với", "Năm 2010:" for "Năm 2010,". The
reworded text must keep the relation the original reads; the same text with one figure changed must be
an error (so the relation is recomputed, not only listed); a near miss must not become one.
"""

from __future__ import annotations

import pytest

from reconcile.engine.relations import KIND_ROLES, document_relations
from tests.test_prose_links import errors, passage, printed


def _relations(text: str, kind: str) -> list[tuple[str, ...]]:
    doc = passage(*text.split("\n"))
    return [tuple(printed(doc, r, role)[0] for role in KIND_ROLES[kind])
            for r in document_relations(doc) if r.kind == kind]


# -- an estimate verb before a percentage of a plan (dat-do_2, duc-linh_1, dak-glong_2, reworded) --------------

ESTIMATED_RATIOS = [
    ("Hội nghị lần thứ 11 Ban Chấp hành Đảng bộ huyện (ngày 8/4/2021) đánh giá quý I: doanh thu du lịch 62,33 tỷ "
     "đồng, tăng 0,31% so với cùng kỳ; thu ngân sách trên địa bàn 115,06 tỷ đồng, đạt 37,89% dự toán, tăng 35,57% so "
     "với cùng kỳ; giải ngân 36,91/404,52 tỷ đồng vốn đầu tư công, ước đạt {}% kế hoạch năm.",
     "9,12", "9,42", ("36,91", "404,52", "9,12%")),
    ("Nhờ làm tốt tuyên truyền, cả năm toàn huyện vận động được hơn 771 triệu đồng/650 triệu đồng, ước thực hiện "
     "{}% kế hoạch tỉnh giao.", "118,56", "128,56", ("771", "650", "118,56%")),
    ("Nhờ làm tốt tuyên truyền, cả năm toàn huyện vận động được hơn 771 triệu đồng/650 triệu đồng, ước đạt "
     "{}% kế hoạch tỉnh giao.", "118,56", "128,56", ("771", "650", "118,56%")),
    ("Theo Phòng Nông nghiệp và PTNT huyện, diện tích gieo trồng vụ hè thu đã thực hiện 643,21 ha/644,5 ha, ước đạt "
     "{}% kế hoạch.", "99,8", "96,8", ("643,21", "644,5", "99,8%")),
]


@pytest.mark.parametrize(("text", "right", "wrong", "triple"), ESTIMATED_RATIOS)
def test_an_estimate_of_a_plan_is_a_ratio(text: str, right: str, wrong: str, triple: tuple[str, ...]) -> None:
    found = _relations(text.format(right), "ratio")
    assert any(t[2] == triple[2] and triple[0] in t[0] and triple[1] in t[1] for t in found), found
    assert errors(passage(text.format(right))) == []
    assert errors(passage(text.format(wrong)))


def test_an_estimate_right_after_a_fraction_is_its_ratio() -> None:
    # hiep-hoa_1, reworded: "411,3/427 ha, ước đạt 96%" is 411,3 / 427 = 96,3 %
    text = ("Riêng 9 dự án chuyển tiếp phải hoàn thành trong quý I/2022 đã giải phóng được 411,3/427 ha, ước đạt "
            "{}%.")
    assert ("411,3", "427", "96%") in _relations(text.format("96"), "ratio")
    assert errors(passage(text.format("96"))) == []
    assert errors(passage(text.format("92")))


def test_an_estimated_rate_without_a_plan_stays_a_value() -> None:
    # van-yen_1, ayun-pa_2 as printed: "ước đạt p%" naming no plan or period is the rate itself
    text = ("Cả giai đoạn 2011 - 2014, tăng trưởng chung của huyện ước đạt 14,62%, cao hơn 1,55% so với tốc độ chung "
            "của tỉnh (13,07%). Đến cuối năm 2023, tỷ lệ trường đạt chuẩn quốc gia ước đạt 68,18%.")
    doc = passage(text)
    assert not any(r.kind == "ratio" for r in document_relations(doc))
    cells = {c.value.raw: c for row in doc.rows for c in row.cells}
    assert cells["14,62%"].role == "estimate" and cells["68,18%"].role == "estimate"


# -- "tương đương p%" of an earlier year: an index, as "bằng" (can-loc_2, yen-dinh_2, reworded) ----------------

CAN_LOC = ("Năm 2011, trong tổng diện tích tự nhiên 30.173,5 ha, đất nông nghiệp là 21.504,1 ha (chiếm 71,27%), "
           "tương đương {}% năm 2010 (20.620,2 ha); đất phi nông nghiệp 6.771,9 ha (22,44%), tương đương 89,64% năm "
           "2010 (7.554,8 ha); đất chưa sử dụng 1.897,5 ha (6,29%), tương đương 94,95% năm 2010 (1.998,5 ha).\n"
           "Bình quân giai đoạn 2009 – 2011, diện tích đất nông nghiệp mỗi năm tương đương 105,12% năm trước (năm "
           "2009 là 19.460,2 ha).")
YEN_DINH = ("Cùng bảng tổng hợp so sánh các năm với nhau: tổng giá trị sản xuất tăng từ 5.986.334 triệu đồng năm 2012 "
            "lên 7.170.343 triệu đồng năm 2013, tương đương {}% năm trước, rồi lên 8.225.242 triệu đồng năm 2014, "
            "tương đương 115% năm 2013.")


@pytest.mark.parametrize(("text", "right", "wrong", "triple"), [
    (CAN_LOC, "104,29", "114,29", ("21.504,1", "20.620,2", "104,29%")),
    (YEN_DINH, "120", "130", ("7.170.343", "5.986.334", "120%")),
])
def test_an_equal_to_an_earlier_year_is_an_index(text: str, right: str, wrong: str, triple: tuple[str, ...]) -> None:
    doc = passage(*text.format(right).split("\n"))
    index = [r for r in document_relations(doc) if r.kind == "growth" and r.form == "index"]
    read = [tuple(printed(doc, r, role)[0] for role in ("current", "base", "rate")) for r in index]
    assert any(all(t.endswith(x) for t, x in zip(r, triple, strict=True)) for r in read), read  # "từ 5.986.334"
    assert any(f.reported == f"{wrong}%" and triple[0] in f.message
               for f in errors(passage(*text.format(wrong).split("\n"))))


def test_an_equal_to_last_year_each_year_is_an_average_index() -> None:
    rates = _relations(CAN_LOC.format("104,29"), "avg_growth")
    assert ("19.460,2", "21.504,1", "105,12%") in rates


def test_an_equal_share_stays_a_share() -> None:
    # "tương đương 44,46%" after a part, naming no year: its share of the whole, as in dev
    text = ("Tổng giá trị sản xuất năm 2022 đạt 1.000 tỷ đồng, trong đó nông nghiệp 444,6 tỷ đồng, tương đương "
            "44,46%.")
    assert not any(r.kind == "growth" for r in document_relations(passage(text)))


# -- "tăng trưởng p% so với" for "tăng p% so với" (thuong-tin_4, hau-loc_2, reworded) ------------------------------

THUONG_TIN = ("Năm 2023, công nghiệp - xây dựng đạt 26.465 tỷ đồng, tăng 17,4% so với năm 2022.\n"
              "Năm 2024, công nghiệp - xây dựng đạt 31.467 tỷ đồng, tăng trưởng {}% so với năm 2023; thương mại - "
              "dịch vụ đạt 22.115 tỷ đồng, tăng 18,6% so với năm 2023.")
HAU_LOC = ("Năm 2018 giá trị sản xuất toàn huyện đạt 7.415 tỷ đồng và thu nhập bình quân đầu người đạt 37 triệu đồng; "
           "cả 23/23 chỉ tiêu chủ yếu HĐND huyện quyết nghị đều hoàn thành và vượt.\n"
           "Năm 2019 có 23/24 chỉ tiêu chủ yếu hoàn thành và vượt mục tiêu, trong đó 16 chỉ tiêu vượt kế hoạch. Giá "
           "trị sản xuất đạt 8.550 tỷ đồng, tăng trưởng {}% so với cùng kỳ; thu nhập bình quân đầu người 43,2 triệu "
           "đồng, tăng 16,8% so với cùng kỳ.")


@pytest.mark.parametrize(("text", "right", "wrong", "triple"), [
    (THUONG_TIN, "18,9", "28,9", ("31.467", "26.465", "18,9%")),
    (HAU_LOC, "15,3", "25,3", ("8.550", "7.415", "15,3%")),
])
def test_a_growth_said_tang_truong_is_a_growth(text: str, right: str, wrong: str, triple: tuple[str, ...]) -> None:
    assert triple in _relations(text.format(right), "growth")
    assert any(f.reported == f"{wrong}%" and triple[0] in f.message
               for f in errors(passage(*text.format(wrong).split("\n"))))


def test_a_growth_rate_as_a_noun_is_no_change_of_the_figure() -> None:
    # "tốc độ tăng trưởng … ước đạt 14,62%" names the rate: no growth of a figure before it
    text = "Giá trị sản xuất năm 2014 đạt 2.500 tỷ đồng. Tốc độ tăng trưởng chung của huyện ước đạt 14,62%."
    assert _relations(text, "growth") == []


# -- a paragraph opened "Năm 2010:" dates its figures as "Năm 2010," does (luc-ngan_4, yen-lap_2, reworded) --------

@pytest.mark.parametrize(("text", "triple"), [
    ("Năm 2010: giá trị sản xuất công nghiệp - xây dựng mới là 225.520 triệu đồng. Năm 2012, con số này lên "
     "302.232 triệu đồng. Bình quân mỗi năm ngành tăng 15,4%, nhanh nhất trong các ngành của huyện.",
     ("225.520", "302.232", "15,4%")),
    ("Năm 2015: tổng giá trị sản xuất trên địa bàn huyện Yên Lập là 1.008,2 tỷ đồng. Năm 2016 tăng lên 1.053,6 tỷ "
     "đồng và năm 2017 đạt 1.136,2 tỷ đồng. Tính bình quân 3 năm, mức tăng là 6,16%.",
     ("1.008,2", "1.136,2", "6,16%")),
])
def test_a_year_set_off_by_a_colon_dates_the_sentence(text: str, triple: tuple[str, ...]) -> None:
    assert triple in _relations(text, "avg_growth")


# -- "trong đó:" with its colon opens the same list as "trong đó" (cau-ke_1, giong-rieng_2, kim-son_4, reworded) ---

@pytest.mark.parametrize(("text", "right", "wrong", "kind", "whole", "parts"), [
    ("Thị trấn Cầu Kè có {} người, trong đó: 1.839 người dân tộc thiểu số, chiếm 29,87%, và 4.318 người dân tộc "
     "Kinh; người dân tộc thiểu số gồm chủ yếu người Khmer (1.698 người) và người Hoa (141 người).",
     "6.157", "6.257", "count_sum", "6.157", ["1.839", "4.318"]),
    ("Toàn huyện có {} đơn vị hành chính, trong đó: 18 xã và 01 thị trấn; dân số đến tháng 12 năm 2016 là 217.000 "
     "người.", "19", "21", "count_sum", "19", ["18", "01"]),
    ("Trong hơn 12 năm thực hiện chương trình, huyện huy động được trên {} tỉ đồng, trong đó: vốn ngân sách Nhà nước "
     "trên 3.600 tỉ đồng và vốn đóng góp của cộng đồng dân cư trên 2.100 tỉ đồng.",
     "7.000", "5.000", "subset", "trên 7.000", ["trên 3.600", "trên 2.100"]),
])
def test_a_colon_after_trong_do_opens_the_same_list(text: str, right: str, wrong: str, kind: str, whole: str,
                                                     parts: list[str]) -> None:
    doc = passage(text.format(right))
    read = [(printed(doc, r, "total")[0], printed(doc, r, "part")) for r in document_relations(doc) if r.kind == kind]
    assert (whole, parts) in read, read
    assert errors(passage(text.format(right))) == []
    assert errors(passage(text.format(wrong)))


def test_a_label_colon_list_still_splits_at_semicolons() -> None:
    # a colon after "gồm" with ";" between items: the items are still the ";" ones (near miss: no comma list)
    text = ("Tổng giá trị sản xuất năm 2018 đạt 9.960 tỷ đồng, chia ra: nông, lâm, ngư nghiệp ước 4.750 tỷ đồng; công "
            "nghiệp, xây dựng ước 1.810 tỷ đồng; thương mại, dịch vụ ước 3.400 tỷ đồng.")
    doc = passage(text)
    read = [(printed(doc, r, "total")[0], printed(doc, r, "part")) for r in document_relations(doc)
            if r.kind == "partition"]
    assert ("9.960", ["4.750", "1.810", "3.400"]) in read, read
