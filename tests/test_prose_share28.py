"""A part's share said with "tỷ lệ" (issue 12, round 28).

"đất nông nghiệp có 19.460,2 ha, chiếm 64,49%" was read as the part's share of the land; the same text with ", tỷ lệ
64,49%" (the way other district reports print it) lost the share, the partition of the land or the shares' sum in 31
development passages of 20 districts (measured by rewording ", chiếm p%" to ", tỷ lệ p%"). What makes the share is
the grammar: a rate printed right after a part's figure, a quantity in a unit of its own, with only a comma or an
opening parenthesis between. Each case below is a real development sentence reworded so (can-loc_1, dinh-quan_2,
dak-rlap_1, thuan-thanh_1, quynh-phu_3); the shares must hold on the printed figures, and the same text with a share
the figures break is an error.

A rate is no share when its paragraph also names a rate ("tỷ lệ nghèo đa chiều 10,22%"): the rates printed after the
counts of the poor and near-poor are rates of one base that add up to it (phu-cat_1, tay-son_1, van-canh_1 broke
when "tỷ lệ" was read as a share word anywhere), so those are left to the rules that read such rates.
"""

from __future__ import annotations

import pytest

from reconcile.engine.relations import document_relations
from tests.test_prose_links import errors, passage, printed


def _shares(*lines: str) -> list[tuple[str, str, str]]:
    doc = passage(*lines)
    return [(printed(doc, r, "part")[0], printed(doc, r, "total")[0], printed(doc, r, "share")[0])
            for r in document_relations(doc) if r.kind == "share"]


def _sums(*lines: str) -> list[list[str]]:
    doc = passage(*lines)
    rows = {r.index: r for r in doc.rows}
    return [[rows[r].cells[c].value.raw for _, (r, c) in rel.figures]
            for rel in document_relations(doc) if rel.kind == "shares_sum"]


CAN_LOC = ("Tổng diện tích đất tự nhiên của huyện là 30.173,5 ha và không đổi trong giai đoạn. Năm 2009, đất nông nghiệp "
           "có 19.460,2 ha, tỷ lệ 64,49%; đất phi nông nghiệp 7.590,4 ha, tỷ lệ {}%; đất chưa sử dụng 3.122,9 ha, tỷ lệ "
           "10,35%.",
           "Năm 2010, đất nông nghiệp tăng lên 20.620,2 ha (68,34%), bằng 105,96% năm 2009; đất phi nông nghiệp còn "
           "7.554,8 ha (25,04%), bằng 99,53% năm 2009; đất chưa sử dụng giảm còn 1.998,5 ha (6,62%), bằng 63,99% năm "
           "2009.")

SHARES = [
    # can-loc-ha-tinh_1, ", chiếm" -> ", tỷ lệ": the land's three categories
    (CAN_LOC, "25,16", "27,16", ("7.590,4", "30.173,5", "25,16%"), ["64,49%", "25,16%", "10,35%"]),
    # dak-rlap-dak-nong_1, ", chiếm p%" -> " (tỷ lệ p%)": the sectors' output
    (("Về kinh tế, giá trị sản xuất theo giá cố định năm 2011 so với năm 1994 đạt 1.709 tỷ đồng; trong đó công nghiệp – "
      "xây dựng 333 tỷ đồng (tỷ lệ {}%), nông lâm nghiệp ngư nghiệp 1.002,8 tỷ đồng (tỷ lệ 58,6%), dịch vụ 373 tỷ đồng "
      "(tỷ lệ 21,9%); thu nhập bình quân 19,2 triệu đồng/người/năm.",),
     "19,5", "23,5", ("333", "1.709", "19,5%"), ["19,5%", "58,6%", "21,9%"]),
    # thuan-thanh-bac-ninh_1, ", chiếm" -> ", tỷ lệ": hedged counts
    (("Đến ngày 26/9, toàn huyện đã rà duyệt xong tổng số trên 7000 công dân từ 18 đến 27 tuổi; trong đó số không đủ "
      "điều kiện sơ tuyển là trên 4000 công dân, tỷ lệ 57,26%, và số đủ điều kiện là gần 3.000 công dân, tỷ lệ {}%. "
      "Đến nay 18/18 xã, thị trấn đã khám sơ tuyển xong.",),
     "42,73", "52,73", None, ["57,26%", "42,73%"]),
]


@pytest.mark.parametrize(("lines", "right", "wrong", "share", "terms"), SHARES)
def test_a_rate_printed_after_a_part_is_its_share(lines: tuple[str, ...], right: str, wrong: str,
                                                  share: tuple[str, str, str] | None, terms: list[str]) -> None:
    good = tuple(x.format(right) for x in lines)
    if share is not None:
        assert share in _shares(*good)
    assert terms in _sums(*good)
    assert errors(passage(*good)) == []
    assert errors(passage(*(x.format(wrong) for x in lines)))


ONE = [
    # dinh-quan-dong-nai_2, ", chiếm" -> ", tỷ lệ"
    ("Năm 2000 dân số huyện là 198.695 người, trong đó thành thị 20.803 người, tỷ lệ {}%. Đến năm 2005 dân số giảm còn "
     "196.544 người, thành thị 20.458 người (10,4%).", "10,5", "12,5", ("20.803", "198.695", "10,5%")),
    # quynh-phu-thai-binh_3, ", chiếm" -> ", tỷ lệ"
    ("Năm 2011 tổng giá trị sản xuất toàn huyện là 12.429,87 tỷ đồng, trong đó khu vực công nghiệp, xây dựng đạt "
     "7.202,47 tỷ đồng, tỷ lệ {}%.", "57,94", "67,94", ("7.202,47", "12.429,87", "57,94%")),
    # yen-thanh-nghe-an_3, ", chiếm" -> ", tỷ lệ", with the hedges as printed
    ("Sau 10 năm thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới, huyện đã huy động hơn 5.475 tỷ đồng, "
     "trong đó nhân dân đóng góp gần 1.730 tỷ đồng, tỷ lệ {}%.", "31,6", "41,6", ("gần 1.730", "hơn 5.475", "31,6%")),
]


@pytest.mark.parametrize(("text", "right", "wrong", "share"), ONE)
def test_one_part_and_its_rate(text: str, right: str, wrong: str, share: tuple[str, str, str]) -> None:
    assert share in _shares(text.format(right))
    assert errors(passage(text.format(right))) == []
    assert errors(passage(text.format(wrong)))


def test_rates_under_a_named_rate_are_no_shares_of_the_count() -> None:
    # phu-cat-binh-dinh_1 as its paraphrase prints it: 3,80 + 6,42 = 10,22, the households' rates of one base;
    # 263 is no 3,80 % of the 707 poor and near-poor households
    text = ("Theo kết quả rà soát đầu kỳ 2022 - 2025, khu vực thành thị của huyện Phù Cát có tỷ lệ nghèo đa chiều 10,22%. "
            "Số hộ nghèo là 263 hộ, tỷ lệ 3,80%. Hộ cận nghèo có 444 hộ, tỷ lệ 6,42%. Cộng lại, thành thị có 707 hộ nghèo "
            "và cận nghèo.")
    assert not [s for s in _shares(text) if s[1] == "707"]
    assert errors(passage(text)) == []


def test_a_rate_of_the_plan_after_a_part_is_no_share() -> None:
    # dak-rlap-dak-nong_1 reworded: "tỷ lệ 105% kế hoạch" measures the 333 against a plan, not the 1.709
    text = ("Về kinh tế, giá trị sản xuất năm 2011 đạt 1.709 tỷ đồng; trong đó công nghiệp – xây dựng 333 tỷ đồng, tỷ lệ "
            "105% kế hoạch.")
    assert not [s for s in _shares(text) if s[2] == "105%"]
    assert errors(passage(text)) == []


def test_rates_of_households_after_two_classes_are_no_shares_of_each_other() -> None:
    # tien-phuoc-quang-nam_3 as printed: rates of all households, neither of the 582 poor households
    text = ("Có 43/45 trường đạt chuẩn quốc gia. Năm 2024 Tiên Phước còn 582 hộ nghèo, (tỷ lệ 3,06%), hộ cận nghèo còn "
            "310 hộ (tỷ lệ 1,63%).")
    assert _shares(text) == []
    assert errors(passage(text)) == []


def test_a_rate_of_another_size_than_the_share_is_not_checked() -> None:
    # phu-cat-binh-dinh_1's rates, the total printed after them: 263 / 707 is 37,2 %, so 3,80 % is of all households
    text = ("Số hộ nghèo là 263 hộ, tỷ lệ 3,80%. Hộ cận nghèo có 444 hộ, tỷ lệ 6,42%. Cộng lại, thành thị có 707 hộ "
            "nghèo và cận nghèo.")
    assert _shares(text) == []
    assert errors(passage(text)) == []
