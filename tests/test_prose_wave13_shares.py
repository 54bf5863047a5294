"""Shares and shares sums in wordings the development passages print once or never (issue 12,
prose13b): each test holds a paraphrase-dev sentence (its file named) and re-wordings of our own that a
report or a newspaper would print; the inconsistent form is an error.
"""

from __future__ import annotations

import pytest

from tests.test_prose_links import errors, passage, relations, text_sums
from tests.test_prose_wave12_shares import _shares, _terms


def _consistent_and_caught(text: str, key: str, good: str, bad: str) -> str:
    """``text`` with ``good`` filled in (returned) draws no error; with ``bad``, an error that names it."""
    ok = text.format(**{key: good})
    assert errors(passage(ok)) == []
    assert any(bad.rstrip("%") in f.message for f in errors(passage(text.format(**{key: bad}))))
    return ok


# ---------------------------------------------------------------------------------------------
# "giá trị tăng thêm" (value added) names a figure: its "tăng thêm" is no increase

VALUE_ADDED = [
    # yen-thanh-nghe-an_2_p1
    "Năm 2016, giá trị sản xuất đạt 5.067.255 triệu đồng (nông lâm thủy sản 2.517.551 triệu đồng, công nghiệp - xây "
    "dựng 1.502.399 triệu đồng, dịch vụ 1.047.305 triệu đồng); giá trị tăng thêm 2.553.442 triệu đồng, chia ra: nông "
    "lâm thủy sản 1.400.749 triệu đồng (chiếm {a}), công nghiệp - xây dựng 435.216 triệu đồng (chiếm 17,04%), dịch vụ "
    "717.477 triệu đồng (chiếm 28,10%).",
    "Tổng giá trị tăng thêm năm 2016 ước đạt 2.553.442 triệu đồng, gồm nông lâm thủy sản 1.400.749 triệu đồng, chiếm "
    "{a}; công nghiệp - xây dựng 435.216 triệu đồng, chiếm 17,04%; dịch vụ 717.477 triệu đồng, chiếm 28,10%.",
    "Giá trị sản xuất 5.067.255 triệu đồng; giá trị tăng thêm (GRDP) đạt 2.553.442 triệu đồng, trong đó nông lâm "
    "thủy sản 1.400.749 triệu đồng (tỷ trọng {a}), công nghiệp - xây dựng 435.216 triệu đồng (tỷ trọng 17,04%), dịch "
    "vụ 717.477 triệu đồng (tỷ trọng 28,10%).",
]


@pytest.mark.parametrize("text", VALUE_ADDED)
def test_value_added_is_the_whole_of_its_sectors(text: str) -> None:
    ok = _consistent_and_caught(text, "a", "54,86%", "45,86%")
    assert _shares(ok) == [("1.400.749", "2.553.442", "54,86%"), ("435.216", "2.553.442", "17,04%"),
                           ("717.477", "2.553.442", "28,10%")]
    assert _terms(ok) == [["54,86%", "17,04%", "28,10%"]]


def test_growth_of_value_added_is_still_a_growth() -> None:
    doc = passage("Giá trị tăng thêm năm 2023 đạt 1.200 tỷ đồng, tăng 8,5% so với năm 2022.")
    assert relations(doc, "growth") or any(c.relation for r in doc.rows for c in r.cells if c.value.raw == "8,5%")


# ---------------------------------------------------------------------------------------------
# the whole stated in one sentence, its parts one a sentence, each with its share

SENTENCE_RUNS = [
    # yen-thanh-nghe-an_2_p2
    ("Giá trị tăng thêm năm 2016 là 2.553.442 triệu đồng. Nông lâm thủy sản tạo ra 1.400.749 triệu đồng, chiếm tỷ trọng "
     "{a}. Dịch vụ đứng thứ hai với 717.477 triệu đồng, chiếm 28,10%. Công nghiệp - xây dựng được 435.216 triệu đồng, "
     "chiếm 17,04%.", ("1.400.749", "2.553.442", "54,86%"), ["54,86%", "28,10%", "17,04%"]),
    # dong-van-ha-giang_2_p2, households out of the district's count
    ("Đồng Văn có 16.516 hộ với 82.741 khẩu. Theo chuẩn nghèo mới, số hộ nghèo là 6.930 hộ, chiếm tỷ trọng {a}, với "
     "35.695 khẩu. Hộ cận nghèo có 4.761 hộ, chiếm 28,83%, gồm 24.609 khẩu. Chỉ có 4.825 hộ không nghèo, tương đương "
     "29,21%, với 22.437 khẩu.", ("6.930", "16.516", "41,96%"), ["41,96%", "28,83%", "29,21%"]),
    # our own: a sentence without figures between, and the parts led by their verbs
    ("Cả huyện gieo trồng 12.500 ha cây hằng năm. Phần lớn là lúa. Lúa đạt 8.000 ha, chiếm {a}. Rau màu các loại được "
     "3.100 ha, chiếm 24,8%.", ("8.000", "12.500", "64,0%"), None),
]


@pytest.mark.parametrize(("text", "first", "terms"), SENTENCE_RUNS)
def test_shares_one_a_sentence_after_the_stated_whole(text: str, first: tuple[str, ...],
                                                      terms: list[str] | None) -> None:
    ok = _consistent_and_caught(text, "a", first[2], "3" + first[2][1:])
    assert _shares(ok)[0] == first
    if terms is not None:
        assert _terms(ok) == [terms]


def test_a_figure_without_a_share_between_may_be_the_whole() -> None:
    # 60.000 printed between, no share of its own: is 50 % of 100.000 or of 60.000 meant? not recomputed
    text = ("Huyện có 100.000 người. Số người trong độ tuổi lao động 60.000 người. Lao động qua đào tạo 30.000 "
            "người, chiếm 50%.")
    assert not any(t[1] == "100.000" for t in _shares(text))


def test_a_part_with_its_own_share_is_no_whole_of_the_next() -> None:
    # van-canh-binh-dinh_1_p2: 2.155 is a share's part; 1.465 is not 21,04 % of it
    text = ("Ở nông thôn, hộ nghèo chiếm 30,95%, tương ứng 2.155 hộ. Hộ cận nghèo chiếm 21,04%, với 1.465 hộ. Tỷ lệ "
            "nghèo đa chiều là 51,99%.")
    assert not any(t[1] == "2.155" for t in _shares(text))
    assert not any("1.465 / 2.155" in f.message for f in errors(passage(text)))


def test_a_whole_stated_beside_a_list_is_not_taken() -> None:
    # the stated sentence lists parts itself: its first figure is no lone total
    text = "Nông nghiệp 800 tỷ đồng, công nghiệp 1.200 tỷ đồng. Dịch vụ đạt 500 tỷ đồng, chiếm 20%."
    assert _shares(text) == []


# ---------------------------------------------------------------------------------------------
# shares of one whole by two classifications (sex, sector) overlap: the sector pair sums to 100

OVERLAP = [
    # nghia-dan-nghe-an_2_p2
    "Ngày 01/01/2009, huyện có 28.772 hộ với 131.134 người, chiếm gần 2,20 % dân số toàn tỉnh. Toàn bộ dân cư sống ở "
    "nông thôn. Nữ giới có 67.054 người, chiếm 51,13%. Khối nông nghiệp có 121.347 người, chiếm tỷ trọng 92,54%. "
    "Khối phi nông nghiệp chỉ có 9.787 người, tương đương {b} dân số toàn huyện.",
    "Dân số toàn huyện 131.134 người; nữ 67.054 người (chiếm 51,13%); nông nghiệp 121.347 người (chiếm 92,54%), phi "
    "nông nghiệp 9.787 người (chiếm {b}).",
    "Toàn huyện có 131.134 nhân khẩu. Lao động nữ chiếm 51,13% với 67.054 người. Khu vực nông nghiệp chiếm 92,54% với "
    "121.347 người, khu vực phi nông nghiệp chiếm {b} với 9.787 người.",
]


@pytest.mark.parametrize("text", OVERLAP)
def test_shares_by_two_classifications_are_summed_one_way(text: str) -> None:
    ok = _consistent_and_caught(text, "b", "7,46%", "7,64%")
    assert ("9.787", "131.134", "7,46%") in _shares(ok)
    assert not any(len(parts) == 3 for _, parts in text_sums(ok, "subset"))


# ---------------------------------------------------------------------------------------------
# a part counted in two units before its share: the share is of the first, the item's own count

RESTATED = [
    # dong-van-ha-giang_2_p1
    "Toàn huyện có 16.516 hộ, 82.741 khẩu, trong đó theo chuẩn nghèo mới: hộ nghèo 6.930 hộ, 35.695 khẩu (chiếm {a}); "
    "hộ cận nghèo 4.761 hộ, 24.609 khẩu (chiếm 28,83%); hộ không nghèo 4.825 hộ, 22.437 khẩu (chiếm 29,21%).",
    "Toàn huyện có 16.516 hộ với 82.741 nhân khẩu; trong đó hộ nghèo 6.930 hộ với 35.695 nhân khẩu, chiếm {a}; hộ cận "
    "nghèo 4.761 hộ với 24.609 nhân khẩu, chiếm 28,83%; hộ không nghèo 4.825 hộ với 22.437 nhân khẩu, chiếm 29,21%.",
    "Tổng số 16.516 hộ, 82.741 người. Trong đó: hộ nghèo 6.930 hộ, 35.695 người, chiếm {a}; hộ cận nghèo 4.761 hộ, "
    "24.609 người, chiếm 28,83%; hộ không nghèo 4.825 hộ, 22.437 người, chiếm 29,21%.",
]


@pytest.mark.parametrize("text", RESTATED)
def test_a_share_after_a_count_restated_in_another_unit(text: str) -> None:
    ok = _consistent_and_caught(text, "a", "41,96%", "49,16%")
    assert _shares(ok) == [("6.930", "16.516", "41,96%"), ("4.761", "16.516", "28,83%"), ("4.825", "16.516", "29,21%")]
    assert _terms(ok) == [["41,96%", "28,83%", "29,21%"]]


def test_a_share_naming_its_whole_keeps_the_unit_it_names() -> None:
    # "dân số" is counted in people: the share is of the 35.695 people, not of the 6.930 households
    text = ("Toàn huyện có 16.516 hộ, 82.741 khẩu; trong đó hộ nghèo 6.930 hộ, 35.695 khẩu, chiếm 43,14% dân số toàn "
            "huyện.")
    assert not any(t[0] == "6.930" for t in _shares(text))


# ---------------------------------------------------------------------------------------------
# a bare "bằng P%" after a part whose sibling printed its share is a share too

BARE_AFTER_SHARE = [
    # kon-plong-kon-tum_3_p2
    "Ngày 1/4/2019, dân số toàn huyện là 26.025 người. Khu vực nông thôn có 21.059 người, chiếm tỷ trọng 81%. Thành "
    "thị có 4.966 người, bằng {b}.",
    "Dân số toàn huyện là 26.025 người; nông thôn 21.059 người, chiếm 81%; thành thị 4.966 người, bằng {b}.",
    "Năm 2019 huyện có 26.025 người. Dân số nông thôn là 21.059 người, chiếm 81%, dân số thành thị là 4.966 người, "
    "bằng {b}.",
]


@pytest.mark.parametrize("text", BARE_AFTER_SHARE)
def test_a_bare_ratio_after_a_sibling_share_is_a_share(text: str) -> None:
    ok = _consistent_and_caught(text, "b", "19%", "29%")
    assert ("4.966", "26.025", "19%") in _shares(ok)
    assert _terms(ok) == [["81%", "19%"]]


def test_a_ratio_naming_its_base_after_a_share_stays_a_ratio() -> None:
    text = ("Dân số toàn huyện là 26.025 người. Khu vực nông thôn có 21.059 người, chiếm 81%. Thành thị có 4.966 "
            "người, bằng 104% kế hoạch.")
    assert not any(t[0] == "4.966" for t in _shares(text))
