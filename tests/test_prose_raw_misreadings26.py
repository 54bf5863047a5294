"""Misreadings found on round 26's raw development pages (provincial portals, statistics offices and
newspapers, issue 12), each stated as its mechanism and tested with reworded sentences of our own, beside a
true finding of the same shape that must stay.

1. A part's bare "bằng P%" read as its share of the whole in a list that compares its parts with the past:
   "gieo trồng được 32.630 ha …; trong đó, lúa mùa 27.220 ha, bằng 98,80%; ngô 1.677 ha, tăng 3,90%; …
   so với cùng thời điểm năm trước" (Vĩnh Phúc) was checked as 27.220 / 32.630 = 83,42 % ≠ 98,80 %.
2. A list the text's end cuts held complete: "… dịch vụ chiếm 27,23%; thuế sản phẩm trừ trợ cấp sản phẩm
   chi" (Long An, the page stops in mid-word) held the three sector shares to 100 %; round 25's page of
   Phụng Hiệp stopped inside a list of communes ("…, Tân Bình, Hò") and its count was checked against the
   names printed before the end.
"""

from __future__ import annotations

from reconcile.engine.checks import document_to_findings
from tests.test_prose_links import passage


def _errors(text: str) -> list[str]:
    return [f.message for f in document_to_findings(passage(text)) if f.severity == "error"]


def _findings(text: str) -> list[tuple[str, str]]:
    return [(f.severity, f.kind) for f in document_to_findings(passage(text)) if f.severity in ("error", "warning")]


# --- 1. "bằng P%" against the past is no share ---------------------------------------------------------------


def test_a_bare_bang_among_changes_is_no_share_of_the_whole() -> None:
    text = ("Đến giữa tháng 8, toàn huyện gieo trồng được 12.480 ha lúa và rau màu, giảm 0,9% so với cùng thời "
            "điểm năm trước. Trong đó, lúa mùa 10.115 ha, bằng 99,10%; ngô 842 ha, tăng 2,40%; rau xanh 655 ha, "
            "bằng 97,35% so với cùng thời điểm năm trước.")
    assert _findings(text) == []


def test_a_bare_bang_in_a_list_closed_by_the_past_period_is_no_share() -> None:
    text = ("Toàn huyện gieo trồng 12.480 ha. Trong đó, lúa mùa 10.115 ha, bằng 99,10%; rau xanh 655 ha, "
            "bằng 97,35% so với cùng kỳ năm trước.")
    assert _findings(text) == []


def test_bare_shares_of_a_whole_are_still_checked() -> None:
    # the same list with no change and no earlier period: each "bằng" is the part's share, and a wrong one errs
    text = "Toàn huyện gieo trồng 12.480 ha. Trong đó, lúa mùa 10.115 ha, bằng 91,05%; rau xanh 2.365 ha, bằng 18,95%."
    errors = _errors(text)
    assert any("10.115 / 12.480" in e for e in errors), errors


def test_a_part_printing_its_share_and_its_change_keeps_the_share() -> None:
    # "bằng 47,5%, tăng 12%": the change is the comparison with the past, so "bằng" is the share (450 / 1.200 = 37,5)
    text = ("Tổng vốn đầu tư 1.200 tỷ đồng, trong đó vốn ngân sách 450 tỷ đồng, bằng 47,5%, tăng 12%; vốn "
            "doanh nghiệp 750 tỷ đồng, bằng 62,5%, tăng 8%.")
    assert any("450 / 1.200" in e for e in _errors(text))


# --- 2. a list the text's end cuts is not complete ---------------------------------------------------------


def test_sector_shares_cut_off_by_the_end_of_the_text_are_not_held_to_100() -> None:
    text = ("Về cơ cấu kinh tế của huyện năm 2023, khu vực nông, lâm nghiệp và thủy sản chiếm tỷ trọng 18,42%; "
            "khu vực công nghiệp và xây dựng chiếm 47,16%; khu vực dịch vụ chiếm 29,05%; thuế sản phẩm trừ trợ "
            "cấp sản phẩm chi")
    assert _findings(text) == []


def test_a_count_of_names_cut_off_by_the_end_of_the_text_is_not_read() -> None:
    text = ("Huyện gồm 14 đơn vị hành chính (2 thị trấn và 12 xã): thị trấn Mỹ Lợi, thị trấn Tân Phú, xã "
            "Hòa Bình, Long Điền, Thạnh An, Phú Thứ, Vĩnh Hậ")
    assert _findings(text) == []


def test_the_same_shares_closed_by_a_stop_still_err() -> None:
    text = ("Về cơ cấu kinh tế của huyện năm 2023, khu vực nông, lâm nghiệp và thủy sản chiếm tỷ trọng 18,42%; "
            "khu vực công nghiệp và xây dựng chiếm 47,16%; khu vực dịch vụ chiếm 29,05%.")
    assert any("must add to 100" in e for e in _errors(text))


def test_the_same_count_closed_by_a_stop_still_errs() -> None:
    text = ("Huyện gồm 14 đơn vị hành chính (2 thị trấn và 12 xã): thị trấn Mỹ Lợi, thị trấn Tân Phú, xã "
            "Hòa Bình, Long Điền, Thạnh An, Phú Thứ, Vĩnh Hậu.")
    assert any("'12'" in e for e in _errors(text))


def test_an_earlier_list_of_a_cut_text_is_still_checked() -> None:
    # only the last sentence is unfinished: a wrong structure printed before it still errs
    text = ("Cơ cấu kinh tế của huyện: nông nghiệp 41,8%, công nghiệp - xây dựng 25,4%, dịch vụ 26,5%. Huyện "
            "gồm 14 đơn vị hành chính (2 thị trấn và 12 xã): thị trấn Mỹ Lợi, thị trấn Tân Phú, xã Hòa Bì")
    assert any("must add to 100" in e for e in _errors(text))
