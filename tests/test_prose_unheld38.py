"""Relations the passage does not state, once read and called broken (issue 12, round 38: "unheld errors").

Each passage is quoted from corpus/prose/dev/ (file named above it); a control beside it changes only what
makes the relation stated, so that each test fails if the reader stops reading the construction at all.
"""

from __future__ import annotations

from tests.test_prose_links import count_lists, errors, passage, printed, relations


def _sums(text: str) -> list[tuple[str, list[str]]]:
    doc = passage(text)
    return [(printed(doc, r, "total")[0], printed(doc, r, "part")) for kind in ("count_sum", "partition")
            for r in relations(doc, kind)]


# ---------------------------------------------------------------------------------------------
# A half of a closed classification is no whole of the next one (sentence by sentence)


# my-tho-tien-giang_4, line 4: the population by year, then 2017's by area (with shares), then by sex
MY_THO = ("Theo Niên giám thống kê thành phố Mỹ Tho năm 2017, tổng dân số là 226.258 người năm 2015, 228.385 người năm "
          "2016 và 229.721 người năm 2017; dân số năm 2016 bằng 100,9% năm 2015 và dân số năm 2017 bằng 100,6% năm "
          "2016. Năm 2017, dân cư thành thị là 137.916 người, chiếm 60,0%, dân cư nông thôn là 91.805 người, chiếm "
          "40,0%; nữ giới có {women} người, nam giới 113.740 người.")


def test_the_sexes_after_a_closed_urban_rural_pair_break_down_the_population() -> None:
    text = MY_THO.format(women="115.981")
    sums = _sums(text)
    assert ("229.721", ["137.916", "91.805"]) in sums  # the truth's R4
    assert ("229.721", ["115.981", "113.740"]) in sums  # the truth's R7
    # 115.981 + 113.740 ≠ 137.916 was an error on a relation the passage does not state
    assert ("137.916", ["115.981", "113.740"]) not in sums
    assert errors(passage(text)) == []


def test_the_sexes_still_find_their_error() -> None:
    text = MY_THO.format(women="115.000")  # 115.000 + 113.740 = 228.740 ≠ 229.721
    assert any("115.000 + 113.740" in e.message and "229.721" in e.message for e in errors(passage(text)))


def test_a_half_followed_by_its_own_breakdown_is_still_its_whole() -> None:
    # the sexes printed right after the urban half, before the rural one, break the urban half down
    text = ("Năm 2017, dân số toàn thành phố là 229.721 người. Dân cư thành thị là 137.916 người, nữ giới có 70.000 "
            "người, nam giới 67.916 người; dân cư nông thôn là 91.805 người.")
    assert ("137.916", ["70.000", "67.916"]) in _sums(text)


# ---------------------------------------------------------------------------------------------
# A count of one kind, whose names run on into another kind's, that count spelt out


# uong-bi-quang-ninh_1, line 4: the wards' names, then the two communes' after "và hai xã"
UONG_BI = ("Khi luận văn được viết, thành phố Uông Bí có 11 đơn vị hành chính gồm {wards} phường và 2 xã: các phường "
           "Vàng Danh, Bắc Sơn, Yên Thanh, Trưng Vương, Quang Trung, Thanh Sơn, Nam Khê, Phương Đông, Phương Nam "
           "và {two} xã Thượng Yên Công, Điền Công.")


def test_a_count_spelt_out_before_another_kind_ends_the_first_kinds_names() -> None:
    text = UONG_BI.format(wards="9", two="hai")
    assert ("9", 9) in count_lists(text)  # 9 against 11 names was an error on a relation the passage does not state
    assert errors(passage(text)) == []


def test_the_wards_still_find_their_error() -> None:
    text = UONG_BI.format(wards="8", two="hai")  # 9 wards named against 8
    assert ("8", 9) in count_lists(text)
    assert any("'8'" in e.message and "9 names" in e.message for e in errors(passage(text)))


# ---------------------------------------------------------------------------------------------
# A sibling whose own share names the same whole is no whole of the next share


def _shares(text: str) -> list[tuple[str, str, str]]:
    doc = passage(text)
    return [(printed(doc, r, "part")[0], printed(doc, r, "total")[0], printed(doc, r, "share")[0])
            for r in relations(doc, "share")]


# ia-pa-gia-lai_1, line 6, with its ";" printed as a sentence end (the semi_period rewording, bench_rewordings)
IA_PA = ("Toàn huyện có 14.083 hộ, với 62.289 khẩu; người đồng bào DTTS có 9.862 hộ, với 46.225 khẩu, chiếm 74,21% dân "
         "số toàn huyện. Tính đến cuối năm 2022, toàn huyện có 2.488 hộ nghèo, chiếm 17,67% số hộ toàn huyện, trong đó "
         "hộ nghèo DTTS có 2.306 hộ, chiếm 23,38% tổng số hộ DTTS{sep} hộ cận nghèo là 1.547 hộ, chiếm 10,98% số hộ "
         "toàn huyện, trong đó hộ cận nghèo DTTS có 1.298 hộ, chiếm {near_poor} tổng số hộ DTTS.")


def test_a_sibling_with_its_share_of_the_named_whole_is_not_that_whole() -> None:
    for sep in ("; số", ". Số"):  # as printed, and the clause made a sentence of its own
        text = IA_PA.format(sep=sep, near_poor="13,16%")
        shares = _shares(text)
        assert ("1.298", "9.862", "13,16%") in shares  # the DTTS households, printed before
        assert ("1.298", "2.306", "13,16%") not in shares  # 56,29 % against 13,16 % was an error
        assert ("2.306", "9.862", "23,38%") in shares
        assert errors(passage(text)) == []


def test_the_share_of_the_named_whole_still_finds_its_error() -> None:
    text = IA_PA.format(sep=". Số", near_poor="15,16%")  # 1.298 / 9.862 = 13,16 %
    assert any("1.298 / 9.862" in e.message and "15,16%" in e.message for e in errors(passage(text)))


# ---------------------------------------------------------------------------------------------
# A series of one total by year, then parts in a sentence that names no year


# my-tho-tien-giang_4, line 4, with its ";" printed as a sentence end (the semi_period rewording, bench_rewordings)
MY_THO_SEMI = MY_THO.replace("chiếm 40,0%; nữ giới", "chiếm 40,0%. Nữ giới")


def test_parts_without_a_year_take_no_whole_from_a_series_of_years() -> None:
    sums = _sums(MY_THO_SEMI.format(women="115.981"))
    # 2015's 226.258, said "tổng dân số", was taken: 115.981 + 113.740 ≠ 226.258 was an error
    assert not any(parts == ["115.981", "113.740"] for _, parts in sums)
    assert errors(passage(MY_THO_SEMI.format(women="115.981"))) == []
    assert ("229.721", ["137.916", "91.805"]) in sums  # the urban / rural sentence names 2017: still read


def test_parts_of_a_named_year_still_sum_to_its_total() -> None:
    # the same sentence dated: 2017's total
    text = MY_THO_SEMI.replace("Nữ giới có", "Năm 2017, nữ giới có").format(women="115.000")
    assert any("115.000 + 113.740" in e.message and "229.721" in e.message for e in errors(passage(text)))
