"""Round 34's kept rewordings, read as development (issue 12): the reader keeps what the original wording read.

Each case is a real development passage reworded the way district reports print the same statement: "tương
đương P%" for a bare "bằng P%" after a figure (an index of the level, not its share), and "12 trong tổng số 15
xã" for "12/15 xã" (a count out of its whole). The reworded text must keep the relation the original reads;
a changed figure must still be an error; a near miss (a real share, a year before a whole) stays as it was.
"""

from __future__ import annotations

from reconcile.engine.relations import KIND_ROLES, document_relations
from tests.test_prose_links import errors, passage, printed


def _relations(text: str, kind: str) -> list[tuple[str, ...]]:
    doc = passage(*text.split("\n"))
    return [tuple(printed(doc, r, role)[0] for role in KIND_ROLES[kind])
            for r in document_relations(doc) if r.kind == kind]


# -- "tương đương P%" after a figure, where "bằng P%" stood (nam-sach-hai-duong_4, son-ha-quang-ngai_1, --------
# -- yen-dinh-thanh-hoa_2_p1, can-loc-ha-tinh_2_p2) ------------------------------------------------------------

NAM_SACH = ("Năm 2015, tổng giá trị sản xuất đạt 5.639,30 tỷ đồng, bằng 109,36% năm 2014; trong đó nông nghiệp và "
            "thuỷ sản đạt 1.460,50 tỷ đồng, bằng 102,61% năm trước; công nghiệp - TTCN - xây dựng đạt 3.053,80 tỷ "
            "đồng, tương đương 111,71%; dịch vụ đạt 1.125,00 tỷ đồng, tương đương 110,26%.")


def test_an_index_reworded_over_a_hundred_is_no_share() -> None:
    """3.053,80 / 5.639,30 is 54 %: "tương đương 111,71%" after a part is its index over 2014, not its share."""
    assert _relations(NAM_SACH, "share") == []
    assert errors(passage(NAM_SACH)) == []


def test_a_reworded_index_over_a_hundred_beside_a_hedged_whole_is_no_share() -> None:
    text = ("Tổng giá trị sản xuất các ngành kinh tế đạt gần 3.500 tỷ đồng, bằng 101,1% kế hoạch; sản lượng cây "
            "lương thực có hạt đạt gần 28 nghìn tấn, tương đương 100,53%; thu ngân sách đạt gần 91 tỷ đồng, tương "
            "đương 143%; tỷ lệ hộ nghèo giảm còn 20,58%.")
    assert _relations(text, "share") == []
    assert errors(passage(text)) == []


def test_a_reworded_index_before_the_figures_own_share_is_no_share() -> None:
    """can-loc-ha-tinh_2_p2: "còn 6.771,9 ha, tương đương 89,64%, chiếm 22,44%": the share is the second."""
    text = ("Can Lộc có tổng diện tích tự nhiên 30.173,5 ha. Đất phi nông nghiệp năm 2010 có 7.554,8 ha. Năm 2011 "
            "chỉ còn 6.771,9 ha, tương đương 89,64%, chiếm 22,44%.")
    shares = _relations(text, "share")
    assert ("6.771,9", "30.173,5", "22,44%") in shares
    assert not any(s[2] == "89,64%" for s in shares), shares
    assert errors(passage(text)) == []


def test_a_real_share_said_with_tuong_duong_stays_a_share() -> None:
    """kon-tum passages print a part's share as "tương đương 44,46%": still read, still checked."""
    text = "Dân số toàn huyện 100.000 người, thành thị có 55.540 người, nông thôn có 44.460 người, tương đương {}%."
    assert ("44.460", "100.000", "44,46%") in _relations(text.format("44,46"), "share")
    assert errors(passage(text.format("44,46"))) == []
    assert errors(passage(text.format("54,46")))


# -- "A trong tổng số B xã": the fraction A/B in words (chuong-my-ha-noi_2, dien-khanh-khanh-hoa_2, --------------
# -- giao-thuy-nam-dinh_2, nghia-dan-nghe-an_3) ------------------------------------------------------------------

def test_a_count_out_of_its_whole_in_words_is_a_fraction() -> None:
    text = ("Hiện trên địa bàn có 4 trong tổng số 16 xã đạt chuẩn nông thôn mới nâng cao, đạt {}%; dự kiến đến cuối "
            "năm 2023 sẽ có 6 trong tổng số 16 xã.")
    assert ("4", "16", "25%") in _relations(text.format("25"), "ratio")
    assert errors(passage(text.format("25"))) == []
    assert errors(passage(text.format("35")))


def test_the_words_read_as_the_slash_reads() -> None:
    worded = "lũy kế có 15 trong tổng số 24 xã đạt chuẩn NTM, đạt 62,5%, cao hơn mức bình quân chung của toàn tỉnh."
    slashed = "lũy kế có 15/24 xã đạt chuẩn NTM, đạt 62,5%, cao hơn mức bình quân chung của toàn tỉnh."
    assert _relations(worded, "ratio") == _relations(slashed, "ratio") == [("15", "24", "62,5%")]


def test_a_year_before_a_whole_is_no_fraction() -> None:
    """ "năm 2023 trong tổng số 15 chỉ tiêu": a part larger than its whole is a year, and 15 still counts."""
    text = "Kết quả thực hiện năm 2023 trong tổng số 15 chỉ tiêu có 09 chỉ tiêu vượt, 04 chỉ tiêu đạt, 02 chỉ tiêu không đạt."
    assert not any("2023" in r for kind in ("share", "ratio") for r in _relations(text, kind))
    assert errors(passage(text)) == []


# -- a share in parentheses after the part's change rate (thuan-nam-ninh-thuan_1, mdrak-dak-lak_1_p2) -----------

THUAN_NAM = ("Sáu tháng đầu năm 2022, giá trị sản xuất ngành công nghiệp - xây dựng của huyện Thuận Nam đạt 3.922 tỷ "
             "đồng, bằng 69,3% so với cùng kỳ năm 2021. Khu vực doanh nghiệp và vốn nhà nước chiếm phần lớn, ước đạt "
             "3.687,3 tỷ đồng (94%); khu vực cá thể đạt 234,7 tỷ đồng, tăng 58,5% so với cùng kỳ ({}%).")


def test_a_bare_share_in_parentheses_after_a_change_rate_is_the_parts_share() -> None:
    assert ("234,7", "3.922", "6%") in _relations(THUAN_NAM.format("6"), "share")
    assert ("3.922", "3.687,3") in _relations(THUAN_NAM.format("6"), "partition")
    assert errors(passage(THUAN_NAM.format("6"))) == []
    assert errors(passage(THUAN_NAM.format("16")))


def test_a_percentage_in_parentheses_after_a_change_in_the_unit_stays_its_rate() -> None:
    """ "tăng 200 tỷ đồng (20%)": the rate of that change over the earlier level, no share of the whole."""
    text = ("Tổng thu ngân sách đạt 5.000 tỷ đồng; trong đó thu nội địa đạt 1.200 tỷ đồng, tăng 200 tỷ đồng (20%) so "
            "với năm 2022.")
    assert not any(s[2] == "20%" for s in _relations(text, "share"))
