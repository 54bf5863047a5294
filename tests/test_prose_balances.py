"""Differences named by what they are (issue 12, prose21s): a trade balance after its exports and imports, and
an amount restated with something left out. Each: a raw published page's sentence (development third of
/work/notes/scratch/prose21s, file named) and two wordings of our own (another order, another verb); the broken
form is an error; the guards are what must stay unread.
"""

from __future__ import annotations

import pytest

from tests.test_prose_links import errors, passage, text_triples

ROLES = ("minuend", "subtrahend", "difference")

BALANCES = [
    # p30_cand_nhapsieu (cand.com.vn): the balance after "dẫn đến con số nhập siêu"
    ("Trong khi đó, tổng giá trị kim ngạch xuất khẩu của Hà Nội đạt 2,5 tỷ USD nhưng nhập khẩu tới 5,72 tỷ USD, dẫn "
     "đến con số nhập siêu của Thủ đô {d} tỷ USD.", ("5,72", "2,5"), "3,22", "3,42"),
    # our wording: imports first, "thâm hụt", the balance in the next sentence
    ("Năm 2023, kim ngạch nhập khẩu của tỉnh đạt 812,4 triệu USD, kim ngạch xuất khẩu đạt 655,1 triệu USD. Cán cân "
     "thương mại thâm hụt {d} triệu USD.", ("812,4", "655,1"), "157,3", "175,3"),
    # our wording: "XK" / "NK" and "thặng dư" in parentheses
    ("Lũy kế 9 tháng, giá trị XK hàng hóa ước đạt 1.245 triệu USD, giá trị NK ước đạt 1.012 triệu USD (thặng dư "
     "{d} triệu USD).", ("1.245", "1.012"), "233", "323"),
]


@pytest.mark.parametrize(("text", "sides", "good", "bad"), BALANCES)
def test_a_trade_balance_is_its_exports_less_its_imports(text: str, sides: tuple[str, str], good: str, bad: str) -> None:
    ok = text.format(d=good)
    assert (*sides, good) in text_triples(ok, "difference", ROLES)
    assert errors(passage(ok)) == []
    assert any(bad in f.message for f in errors(passage(text.format(d=bad))))


def test_a_balance_of_tỷ_levels_printed_in_triệu_is_not_read_at_the_wrong_scale() -> None:
    # p30_cand_nhapsieu: 4,886 − 4,87 = 0,016 tỷ = 16 triệu ✓, but the checks recompute without converting units
    text = "Bắc Ninh có kim ngạch xuất khẩu đạt 4,886 tỷ USD, nhập khẩu 4,87 tỷ USD (xuất siêu 16 triệu USD)."
    assert text_triples(text, "difference", ROLES) == []
    assert errors(passage(text)) == []


def test_an_earlier_balance_in_another_unit_does_not_hide_the_sides() -> None:
    # p31_cand_xuatsieu: the half-month balance in triệu USD stands between the sides and the year's balance
    text = ("Trong đó, kim ngạch XK của cả nước đạt 59,13 tỷ USD; kim ngạch NK hàng hóa của cả nước đạt 57,89 tỷ USD. "
            "Cán cân thương mại hàng hóa trong kỳ 1 tháng 5-2016 thâm hụt 570 triệu USD, tính chung cán cân thương "
            "mại hàng hóa của cả nước từ đầu năm đến hết ngày 15 tháng 5-2016 thặng dư 1,23 tỷ USD.")
    assert ("59,13", "57,89", "1,23") in text_triples(text, "difference", ROLES)
    assert errors(passage(text)) == []  # 1,24 printed 1,23: rounding only


def test_the_sum_of_exports_and_imports_is_no_side() -> None:
    # "xuất nhập khẩu" is both sides together: with only it and the exports printed there is no balance to read
    text = ("Tổng kim ngạch xuất nhập khẩu đạt 5.932 triệu USD, trong đó xuất khẩu đạt 2.348 triệu USD, xuất siêu "
            "120 triệu USD.")
    assert text_triples(text, "difference", ROLES) == []
    assert errors(passage(text)) == []


WITHOUT = [
    # p15_nghean_thungansach (e.baonghean.vn): the whole in the sentence before, the left-out amount in parentheses
    ("Kết thúc năm 2020, tổng thu ngân sách toàn tỉnh đạt 17.363 tỷ đồng, đạt 111,6% dự toán HĐND tỉnh điều chỉnh. "
     "Trong đó, thu nội địa đạt 16.186 tỷ đồng, đạt 117,6% dự toán, tăng 11,3% so với cùng kỳ. Không tính số thu "
     "từ tiền sử dụng đất và thu xổ số kiến thiết (5.056 tỷ đồng) thì thu nội địa thực hiện {y} tỷ đồng, đạt 100,7% "
     "dự toán.", ("16.186", "5.056"), "11.130", "11.104"),
    # our wording: "Nếu không kể", the left-out amount without parentheses, a comma before the name
    ("Tổng chi ngân sách huyện năm 2022 là 845,6 tỷ đồng. Nếu không kể chi chuyển nguồn 112,3 tỷ đồng, tổng chi "
     "ngân sách huyện là {y} tỷ đồng.", ("845,6", "112,3"), "733,3", "773,3"),
    # our wording: "chưa tính", "ước đạt" as the verb on both sides
    ("Giá trị sản xuất công nghiệp ước đạt 4.293 tỷ đồng, tăng 26,2%. Chưa tính giá trị của nhà máy xi măng mới "
     "(1.105 tỷ đồng) thì giá trị sản xuất công nghiệp ước đạt {y} tỷ đồng.", ("4.293", "1.105"), "3.188", "3.288"),
]


@pytest.mark.parametrize(("text", "sides", "good", "bad"), WITHOUT)
def test_an_amount_restated_without_something_is_the_amount_less_it(text: str, sides: tuple[str, str], good: str,
                                                                    bad: str) -> None:
    ok = text.format(y=good)
    assert (*sides, good) in text_triples(ok, "difference", ROLES)
    assert errors(passage(ok)) == []
    assert any(bad in f.message for f in errors(passage(text.format(y=bad))))


def test_an_amount_left_out_of_another_name_is_not_read() -> None:
    # the name after "thì" is not the earlier amount's: nothing says which amount it was taken from
    text = ("Thu nội địa đạt 16.186 tỷ đồng. Không tính tiền sử dụng đất (5.056 tỷ đồng) thì thu thuế, phí đạt "
            "9.870 tỷ đồng.")
    assert text_triples(text, "difference", ROLES) == []
    assert errors(passage(text)) == []
