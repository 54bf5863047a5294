"""Shares, partitions and subsets in wordings the development passages print once or never (issue 12,
prose12b): each test holds a development sentence (its file named) or a construction of issue 12, and
re-wordings of our own that a report would print; the inconsistent form is an error.
"""

from __future__ import annotations

import pytest

from tests.test_prose_links import errors, passage, relations, text_sums, text_triples


def _shares(text: str) -> list[tuple[str, ...]]:
    return text_triples(text, "share", ("part", "total", "share"))


def _terms(text: str) -> list[list[str]]:
    from tests.test_prose_links import printed
    doc = passage(text)
    return [printed(doc, r, "term") for r in relations(doc, "shares_sum") if r.form is None]


# ---------------------------------------------------------------------------------------------
# "tỷ trọng P%" after a part, without "chiếm"

SECTORS = "Tổng giá trị sản xuất ước đạt 2.150 tỷ đồng. Nông nghiệp ước đạt 820 tỷ đồng{a}, công nghiệp – xây dựng " \
          "650 tỷ đồng{b}, dịch vụ 680 tỷ đồng{c}."


@pytest.mark.parametrize("form", ["chiếm {}", " (tỷ trọng {})", ", tỷ trọng {}", ", chiếm tỷ trọng {}", " (tỉ trọng {})"])
def test_a_weight_printed_after_a_part_is_its_share(form: str) -> None:
    fill = {k: (", " if form.startswith("chiếm") else "") + form.format(v) for k, v in
            (("a", "38,14%"), ("b", "30,23%"), ("c", "31,63%"))}
    text = SECTORS.format(**fill)
    assert _shares(text) == [("820", "2.150", "38,14%"), ("650", "2.150", "30,23%"), ("680", "2.150", "31,63%")]
    assert _terms(text) == [["38,14%", "30,23%", "31,63%"]]
    assert errors(passage(text)) == []


def test_a_weight_that_does_not_recompute_is_an_error() -> None:
    text = SECTORS.format(a=" (tỷ trọng 48,14%)", b=" (tỷ trọng 30,23%)", c=" (tỷ trọng 31,63%)")
    assert any("48,14" in f.message for f in errors(passage(text)))


# ---------------------------------------------------------------------------------------------
# "chiếm P% trong tổng …": the whole named after "trong" as after "của"


@pytest.mark.parametrize("named", ["trong tổng giá trị sản xuất", "tổng giá trị sản xuất", "của tổng giá trị sản xuất",
                                   "trong toàn bộ giá trị sản xuất"])
def test_the_whole_named_after_trong(named: str) -> None:
    text = f"Tổng giá trị sản xuất ước đạt 2.150 tỷ đồng. Giá trị ngành nông nghiệp 820 tỷ đồng, chiếm 38,14% {named}."
    assert _shares(text) == [("820", "2.150", "38,14%")]


# ---------------------------------------------------------------------------------------------
# a growth rate printed after a share in its clause describes the same part (chau-duc-ba-ria-vung-tau_1)

CHAU_DUC = ("Nhiệm kỳ qua, nông nghiệp chiếm tỷ lệ {a}, tăng trưởng bình quân đạt 3,62%; thương mại, dịch vụ chiếm tỷ "
            "lệ 27,2%, tăng trưởng bình quân 12,99%; công nghiệp, tiểu thủ công nghiệp chiếm tỷ lệ 21,5%, tăng trưởng "
            "bình quân 10,12%.")
REWORDED = [
    # the rate before the share, and "tốc độ tăng" for the rate
    "Giai đoạn 2016-2020, ngành nông nghiệp tăng bình quân 3,6%/năm, chiếm {a}; ngành dịch vụ tăng 12,9%/năm, chiếm "
    "27,2%; ngành công nghiệp – xây dựng tăng 10,1%/năm, chiếm 21,5%.",
    "Cơ cấu kinh tế năm 2020: nông nghiệp chiếm {a}, tốc độ tăng 3,62%; thương mại, dịch vụ chiếm 27,2%, tốc độ tăng "
    "12,99%; công nghiệp, xây dựng chiếm 21,5%, tốc độ tăng 10,12%.",
]


@pytest.mark.parametrize("text", [CHAU_DUC, *REWORDED])
def test_shares_with_their_growth_rates_still_cover_the_economy(text: str) -> None:
    ok = text.format(a="51,3%")
    assert _terms(ok) == [["51,3%", "27,2%", "21,5%"]]
    assert errors(passage(ok)) == []
    (f,) = errors(passage(text.format(a="61,3%")))
    assert "61,3" in f.message


# ---------------------------------------------------------------------------------------------
# the part printed after its share: named in the parenthesis (ha-hoa-phu-tho_2), or followed by the
# whole it is counted out of


@pytest.mark.parametrize("text", [
    # ha-hoa-phu-tho_2
    "Dân số tính đến tháng 4/2019 khoảng 104.997 người, trong đó dân số đô thị chiếm khoảng {s} (thị trấn Hạ Hòa có "
    "8.295 người), dân số nông thôn chiếm 92%.",
    "Dân số năm 2019 là 104.997 người; dân số đô thị chiếm {s} (khu vực thị trấn với 8.295 người).",
    "Dân số năm 2019 là 104.997 người; dân số thành thị chiếm {s} (toàn bộ thuộc thị trấn là 8.295 người).",
])
def test_a_part_named_in_the_parenthesis_after_its_share(text: str) -> None:
    (found,) = _shares(text.format(s="8%"))
    assert found[0] == "8.295" and found[1].endswith("104.997")
    assert errors(passage(text.format(s="8%"))) == []
    assert errors(passage(text.format(s="18%")))


def test_a_breakdown_in_the_parenthesis_is_no_part_of_the_share() -> None:
    assert _shares("Dân số năm 2019 là 104.997 người; dân số đô thị chiếm 7,9% (trong đó nữ 4.100 người).") == []


@pytest.mark.parametrize("text", [
    "Tỷ lệ đồng bào dân tộc thiểu số chiếm {s} với 21.529 người trong tổng số 26.685 người.",
    "Đồng bào dân tộc thiểu số chiếm {s}, tương ứng 21.529 người trên tổng số 26.685 người.",
    "Đồng bào dân tộc thiểu số có 21.529 người, chiếm {s} trong tổng số 26.685 người của huyện.",
])
def test_a_part_after_its_share_then_the_whole_it_is_counted_out_of(text: str) -> None:
    assert _shares(text.format(s="80,68%")) == [("21.529", "26.685", "80,68%")]
    assert errors(passage(text.format(s="80,68%"))) == []
    assert errors(passage(text.format(s="86,68%")))


def test_text_sums_helper_is_used() -> None:
    # the parts of a named whole stay a subset of it
    assert text_sums("Toàn huyện có 26.685 người, trong đó đồng bào dân tộc thiểu số 21.529 người, chiếm 80,68%.",
                     "subset") == [("26.685", ["21.529"])]


# ---------------------------------------------------------------------------------------------
# shares in a nested list that are of the total above the list's own (paraphrase of quynh-phu-thai-binh_3)

NESTED = [
    "Năm 2011, tổng giá trị sản xuất toàn huyện đạt 12.429,87 tỷ đồng, trong đó khu vực công nghiệp, xây dựng "
    "7.202,47 tỷ đồng (chiếm 57,94%), chia ra: công nghiệp 6.406,47 tỷ đồng (chiếm {s} tổng giá trị sản xuất), xây "
    "dựng 796,00 tỷ đồng (chiếm 6,40%).",
    "Tổng giá trị sản xuất năm 2011 là 12.429,87 tỷ đồng; khu vực công nghiệp, xây dựng đạt 7.202,47 tỷ đồng, chiếm "
    "57,94%, gồm công nghiệp 6.406,47 tỷ đồng, chiếm {s} tổng giá trị sản xuất toàn huyện, và xây dựng 796,00 tỷ đồng, "
    "chiếm 6,40%.",
]


@pytest.mark.parametrize("text", NESTED)
def test_shares_of_a_nested_list_naming_the_grand_total(text: str) -> None:
    ok = text.format(s="51,54%")
    assert sorted(_shares(ok)) == [("6.406,47", "12.429,87", "51,54%"), ("7.202,47", "12.429,87", "57,94%"),
                                   ("796,00", "12.429,87", "6,40%")]
    assert _terms(ok) == []  # shares of the grand total: they need not make 100 % of the list's total
    assert errors(passage(ok)) == []
    (f,) = errors(passage(text.format(s="54,54%")))  # the source's misprint: one error, on the share itself
    assert "54,54" in f.message and "12.429,87" in f.message


def test_shares_of_a_nested_list_naming_nothing_stay_shares_of_its_total() -> None:
    text = ("Tổng giá trị sản xuất đạt 12.429,87 tỷ đồng, trong đó khu vực công nghiệp, xây dựng 7.202,47 tỷ đồng, "
            "chia ra: công nghiệp 6.406,47 tỷ đồng (chiếm 88,95%), xây dựng 796,00 tỷ đồng (chiếm 11,05%).")
    assert sorted(_shares(text)) == [("6.406,47", "7.202,47", "88,95%"), ("796,00", "7.202,47", "11,05%")]


# ---------------------------------------------------------------------------------------------
# "tương đương P%", "bằng P% dân số": share words without "chiếm" (paraphrases of buon-ho-dak-lak_1,
# tuy-phong-binh-thuan_1)


@pytest.mark.parametrize("text", [
    "Năm 2022, toàn thị xã có 100.357 người. Khu vực thành thị có 55.742 người, chiếm tỷ trọng 55,54%. Nông thôn có "
    "44.615 người, tương đương {s}.",
    "Toàn thị xã có 100.357 người; thành thị 55.742 người, chiếm 55,54%; nông thôn 44.615 người, tương đương với {s}.",
    "Toàn thị xã có 100.357 người. Dân số nông thôn có 44.615 người, bằng {s} dân số toàn thị xã.",
])
def test_a_part_equal_to_a_percentage_of_the_whole(text: str) -> None:
    assert ("44.615", "100.357", "44,46%") in _shares(text.format(s="44,46%"))
    assert errors(passage(text.format(s="44,46%"))) == []
    assert errors(passage(text.format(s="49,46%")))


def test_a_percentage_of_the_plan_said_with_a_share_word_stays_a_ratio() -> None:
    text = "Doanh thu đạt 1.250 tỷ đồng, tương đương 61,2% kế hoạch (kế hoạch năm 2.040 tỷ đồng)."
    assert _shares(text) == []
    assert text_triples(text, "ratio", ("actual", "plan", "ratio")) == [("1.250", "2.040", "61,2%")]


# ---------------------------------------------------------------------------------------------
# the rate of a count in the sentence after it (paraphrases of cam-khe-phu-tho_1, yen-lap-phu-tho_1)


@pytest.mark.parametrize("text", [
    "Theo kết quả rà soát năm 2016, huyện có 38.598 hộ dân cư. Số hộ nghèo là 7.067 hộ. Tỉ lệ hộ nghèo ở mức {s}.",
    "Trong 38.598 hộ dân cư của huyện có 7.067 hộ nghèo. Tỉ lệ hộ nghèo là {s}.",
    "Toàn huyện có 38.598 hộ; qua rà soát còn 7.067 hộ nghèo. Tỷ lệ hộ nghèo chiếm {s}.",
    "Huyện có 38.598 hộ. Số hộ nghèo là 7.067 hộ. Tỉ lệ hộ nghèo ở mức {s}.",
])
def test_a_rate_sentence_naming_the_count_before_it(text: str) -> None:
    assert _shares(text.format(s="18,31%")) == [("7.067", "38.598", "18,31%")]
    assert errors(passage(text.format(s="18,31%"))) == []
    # a rate that does not recompute is read only against a total printed as all of the district's
    # households ("toàn huyện", "hộ dân cư", round 24): a poverty rate may be of a base the passage does
    # not print, and a bare "huyện có … hộ" does not say it is that base
    printed_whole = "Toàn huyện" in text or "hộ dân cư" in text
    assert bool(errors(passage(text.format(s="13,31%")))) == printed_whole


def test_a_rate_sentence_naming_another_count_is_not_its_share() -> None:
    text = "Toàn huyện có 38.598 hộ. Năm 2016 có 320 hộ thoát nghèo. Tỉ lệ hộ nghèo là 18,31%."
    assert _shares(text) == []


@pytest.mark.parametrize("text", [
    "Huyện có 38.598 hộ dân cư. Bên cạnh đó, huyện còn 5.290 hộ cận nghèo, chiếm {s} tổng số hộ.",
    "Huyện có 38.598 hộ dân cư, trong đó 5.290 hộ cận nghèo, chiếm {s} tổng số hộ.",
    "Toàn huyện có 38.598 hộ với 150.117 nhân khẩu. Số hộ cận nghèo là 5.290 hộ, chiếm {s} tổng số hộ.",
])
def test_a_share_of_all_households_is_of_the_household_count(text: str) -> None:
    assert _shares(text.format(s="13,71%")) == [("5.290", "38.598", "13,71%")]
    assert errors(passage(text.format(s="13,71%"))) == []
    assert errors(passage(text.format(s="15,71%")))


def test_levels_printed_after_tang_len_are_shares_not_changes() -> None:
    # giao-thuy-nam-dinh_1: "tăng lên (tương ứng là …)" gives the levels themselves
    text = ("Đến năm 2023, tỷ trọng nông, lâm, thủy sản giảm còn 31,55%, còn công nghiệp - xây dựng và thương mại - "
            "dịch vụ đều tăng lên (tương ứng là 46,07% và {s}).")
    assert _terms(text.format(s="22,38%")) == [["31,55%", "46,07%", "22,38%"]]
    assert errors(passage(text.format(s="22,38%"))) == []
    assert errors(passage(text.format(s="27,78%")))


@pytest.mark.parametrize("text", [
    # a paraphrase of cau-ke-tra-vinh_2: the whole printed in the next sentence, another commune's before
    "Xã Châu Điền có 10.139 người.\nỞ xã Phong Thạnh, người Dân tộc thiểu số chỉ có 3.383 người, bằng {s} dân số xã. "
    "Tổng dân số Phong Thạnh là 10.272 người.",
    "Xã Châu Điền có 10.139 người.\nXã Phong Thạnh có 3.383 người dân tộc thiểu số, chiếm {s}. Toàn xã có 10.272 người.",
])
def test_a_total_opening_the_next_sentence_is_the_whole(text: str) -> None:
    lines = text.format(s="32,93%").split("\n")
    doc = passage(*lines)
    assert errors(doc) == []
    assert [(p, t) for p, t, _ in _shares_of(doc)] == [("3.383", "10.272")]
    assert errors(passage(*text.format(s="37,93%").split("\n")))


def _shares_of(doc):  # type: ignore[no-untyped-def]
    from tests.test_prose_links import printed
    return [tuple(printed(doc, r, role)[0] for role in ("part", "total", "share")) for r in relations(doc, "share")]
