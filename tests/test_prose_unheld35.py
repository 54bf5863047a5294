"""Relations the passage does not state, once read and called broken (issue 12, round 35: "unheld errors").

Each passage is quoted from corpus/prose/dev/ (file named above it); a control beside it changes only what
makes the relation stated, so that each test fails if the reader stops reading the construction at all.
"""

from __future__ import annotations

from tests.test_prose_links import errors, passage, printed, relations

# cam-le-da-nang_2, line 4: a budget revenue, then the sectors' value added and the retail sales
CAM_LE = ("Trong thi đua thực hiện nhiệm vụ kinh tế, {whole} ước đạt {total} tỷ đồng, đạt 115% so với dự toán "
          "thành phố giao; giá trị tăng thêm ngành Thương mại- Dịch vụ năm 2021 ước đạt trên 3,7 tỷ đồng, tăng "
          "2,5% so với cùng kỳ; ngành Công nghiệp- Xây dựng ước đạt trên 1,4 tỷ đồng, giảm 5% so với cùng kỳ; "
          "ngành Nông nghiệp ước đạt 5,2 tỷ đồng, tăng 4%; tổng doanh thu bán lẻ hàng hóa và dịch vụ ước đạt "
          "6,2 tỷ đồng, tăng 6,6%.")


def _totals(text: str, kind: str) -> list[str]:
    doc = passage(text)
    return [printed(doc, r, "total")[0] for r in relations(doc, kind)]


def test_sectors_of_another_measure_are_no_parts_of_the_whole() -> None:
    text = CAM_LE.format(whole="tổng thu ngân sách trên địa bàn quận năm qua", total="522")
    assert "522" not in _totals(text, "partition") + _totals(text, "subset")
    assert errors(passage(text)) == []


def test_sectors_of_the_wholes_measure_are_still_its_parts() -> None:
    text = CAM_LE.format(whole="tổng giá trị tăng thêm trên địa bàn quận năm qua", total="12,4")
    assert "12,4" in _totals(text, "partition")
    assert any("12,4" in e.reported for e in errors(passage(text)))


# yen-khanh-ninh-binh_2, lines 4-6: the whole of 2016, its rural part of 2016, an urban figure of 2015
YEN_KHANH = ("Tổng số dân của huyện năm 2016 là 139.029 người, năm 2015 là 138,721 người, năm 2014 là 138,196 "
             "người; sự chênh lệch giới tính là không đáng kể.",
             "Chênh lệch giữa dân số thành thị và nông thôn thì khá lớn. Tính tới năm 2016, dân cư nông thôn lên "
             "tới 125.576 người, chiếm tới 90,32%. Dân số thành thị năm {year} là {urban} người.")


def _yen_khanh(year: str, urban: str) -> list[str]:
    doc = passage(YEN_KHANH[0], YEN_KHANH[1].format(year=year, urban=urban))
    return [printed(doc, r, "total")[0] for kind in ("partition", "count_sum") for r in relations(doc, kind)]


def test_parts_printed_with_different_years_are_no_breakdown() -> None:
    assert "139.029" not in _yen_khanh("2015", "13.350")
    assert errors(passage(YEN_KHANH[0], YEN_KHANH[1].format(year="2015", urban="13.350"))) == []


def test_parts_of_one_year_are_still_summed() -> None:
    assert "139.029" in _yen_khanh("2016", "13.350")


# ham-thuan-nam-binh-thuan_1 (planted density), line 4
HAM_THUAN_NAM = ("Hàm Thuận Nam là huyện ven biển của tỉnh Bình Thuận; khung thông tin ghi huyện chia thành 1 thị "
                 "trấn, 12 xã, rộng 1.058,4 km², dân số năm 2016 là 103.290 người, gồm thành thị 13.382 người (13%) "
                 "và nông thôn 89.908 người (87%), mật độ {rate} người/km².")


def test_a_density_that_does_not_fit_its_whole_takes_no_part_that_does() -> None:
    doc = passage(HAM_THUAN_NAM.format(rate="89"))
    assert [printed(doc, r, "total")[0] for r in relations(doc, "per_capita")] == ["103.290"]
    assert any("89" == e.reported for e in errors(doc))


def test_a_density_of_its_whole_stays_read() -> None:
    doc = passage(HAM_THUAN_NAM.format(rate="98"))
    assert [printed(doc, r, "total")[0] for r in relations(doc, "per_capita")] == ["103.290"]
    assert errors(doc) == []
