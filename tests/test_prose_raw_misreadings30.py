"""Misreadings found on raw district and provincial pages (round 30, issue 12), each stated as its mechanism and
tested with reworded sentences of our own, beside a true finding of the same shape that must stay.

1. A total whose figure a headline restates, printed in the body with its own bare rate, taken as the whole of a
   sibling count's bare rate: "Tổng số hộ nghèo toàn tỉnh là: 36.537 hộ" over "… 36.537 hộ, chiếm tỷ lệ 19,07% …
   Tổng số hộ cận nghèo là: 22.801 hộ, chiếm tỷ lệ 11,9%" (Lạng Sơn; 22.801 / 36.537 = 62,4 % was a false error). The
   near-poor are no part of the poor, and both rates are on the households, which the page does not print. Its family
   (a total that prints its own rate in its sentence, Kiên Giang) was refused in round 28.
2. A side of the border read as a unit: "… là huyện của tỉnh Kiên Giang; Tây Bắc giáp huyện Tân Hiệp; Tây Nam giáp
   …; Đông Nam giáp tỉnh Hậu Giang" (Giồng Riềng: "Đông Nam" offered as a misspelt Giồng Riềng).
3. A former unit read as a misspelt current one: "huyện Hàm Thuận của tỉnh Thuận Hải (cũ)" (Bình Thuận: "Thuận Hải"
   offered as Thanh Hóa).
"""

from __future__ import annotations

from normalizers.places import find_mentions, resolve_mention
from reconcile.engine.checks import document_to_findings
from tests.test_prose_links import passage


def _errors(text: str) -> list[str]:
    return [f.message for f in document_to_findings(passage(text)) if f.severity == "error"]


def _names(text: str) -> list[tuple[str | None, str]]:
    return [(m.type_word, m.name) for m in find_mentions(text)]


# --- 1. a restated total that prints its own rate ---------------------------------------------------------------


def test_a_sibling_count_s_rate_is_not_a_share_of_a_restated_total_with_its_own_rate() -> None:
    text = ("Kết quả rà soát hộ nghèo năm 2019\n"
            "Tổng số hộ nghèo toàn huyện là: 4.210 hộ\n"
            "Theo đó, tổng số hộ nghèo toàn huyện là: 4.210 hộ, chiếm tỷ lệ 12,35% (giảm 2,1% so với năm 2018). "
            "Tổng số hộ cận nghèo là: 2.655 hộ, chiếm tỷ lệ 7,8% (giảm 0,4% so với năm 2018).")
    assert _errors(text) == []


def test_a_share_of_a_restated_total_without_a_rate_still_errs() -> None:
    # the same headline and body, the total printing no rate of its own: the sub-group's share is of it
    text = ("Kết quả rà soát hộ nghèo năm 2019\n"
            "Tổng số hộ nghèo toàn huyện là: 4.210 hộ\n"
            "Theo đó, tổng số hộ nghèo toàn huyện là: 4.210 hộ. "
            "Tổng số hộ nghèo dân tộc thiểu số là: 2.655 hộ, chiếm tỷ lệ 7,8%.")
    assert any("2.655 / 4.210" in e for e in _errors(text))


def test_a_share_that_fits_the_restated_total_still_holds() -> None:
    # the refusal only takes back a whole the share does not fit: 2.655 / 4.210 = 63,06 % is read and holds
    text = ("Kết quả rà soát hộ nghèo năm 2019\n"
            "Tổng số hộ nghèo toàn huyện là: 4.210 hộ\n"
            "Theo đó, tổng số hộ nghèo toàn huyện là: 4.210 hộ, chiếm tỷ lệ 12,35%. "
            "Tổng số hộ nghèo dân tộc thiểu số là: 2.655 hộ, chiếm tỷ lệ 63,06%.")
    assert _errors(text) == []


# --- 2. a side of the border --------------------------------------------------------------------------------------


def test_a_compass_pair_before_giap_is_no_unit() -> None:
    text = ("Tân Hiệp là huyện của tỉnh Kiên Giang; Đông Bắc giáp huyện Châu Thành; Tây Nam giáp huyện Hòn Đất; "
            "Đông Nam giáp thành phố Rạch Giá.")
    assert _names(text) == [("tỉnh", "Kiên Giang"), ("huyện", "Châu Thành"), ("huyện", "Hòn Đất"),
                            ("thành phố", "Rạch Giá")]


def test_a_unit_named_by_a_compass_word_after_its_unit_word_is_still_read() -> None:
    # named by its own unit word it is a unit, "giáp" or not; so is a compass name not followed by "giáp"
    assert _names("xã Đông Bắc giáp xã Tân Thành") == [("xã", "Đông Bắc"), ("xã", "Tân Thành")]
    assert ("xã", "Đông Nam") in _names("các xã Tân Thành, Đông Nam đạt chuẩn nông thôn mới")


# --- 3. a former unit -------------------------------------------------------------------------------------------


def test_a_unit_marked_former_is_not_checked() -> None:
    # no date in the sentence: since round 31 a sentence dated before 1997 shields all its names, the mark only its own
    text = "Huyện được lập bằng cách cắt một phần huyện Hàm Thuận của tỉnh Thuận Hải (cũ)."
    assert ("tỉnh", "Thuận Hải") not in _names(text)
    assert ("huyện", "Hàm Thuận") in _names(text)


def test_a_garbled_unit_without_the_mark_is_still_checked() -> None:
    (mention,) = [m for m in find_mentions("thuộc tỉnh Thuận Hải lấy sông Cà Ty làm ranh giới") if m.name == "Thuận Hải"]
    res = resolve_mention(mention, province="Bình Thuận", district="Tánh Linh")
    assert res.status != "ok"
