"""A count of every administrative unit that "gồm" says is of one kind (issue 12, round 32).

"Huyện có 21 đơn vị hành chính cấp xã trực thuộc, bao gồm 21 xã: …" (dien-bien-dien-bien_1, muong-nhe-dien-bien_1
with 11, nam-po-dien-bien_1 with 15, and their planted copies) says the district has communes only: the one part
is the whole, so 21 = 21 is a sum of counts, and "bao gồm 20 xã" under 21 units an error. The reader took one part
for a subset whatever the opener ("one part alone is always a subset"), so it read 21 ≤ 21 and would let 20 ≤ 21
pass. Near misses: one kind after "trong đó" stays a subset ("có 10 đơn vị hành chính cấp xã, trong đó có 08 xã biên
giới", tay-giang-quang-nam_3), and a count after the names "gồm" opens is another kind's, no whole ("gồm các xã: A,
B, C và 2 thị trấn: …"), and one kind whose names end on a unit of another kind is no whole ("8 đơn vị hành chính
cấp xã, gồm 7 phường: …, Thới Hòa và xã Phú An", ben-cat-binh-duong_1, pinned in test_prose_untrue_relations).
"""

from __future__ import annotations

from tests.test_prose_links import errors, passage, relations, sums

DIEN_BIEN = ("Huyện có {n} đơn vị hành chính cấp xã trực thuộc, bao gồm {k} xã: Hẹ Muông, Hua Thanh, Mường Lói, Mường "
             "Nhà, Mường Pồn, Na Tông, Na Ư, Noong Hẹt, Noong Luống, Núa Ngam, Pa Thơm, Phu Luông, Pom Lót, Sam Mứn, "
             "Thanh An, Thanh Chăn, Thanh Hưng, Thanh Luông, Thanh Nưa, Thanh Xương (huyện lỵ), Thanh Yên.")
MUONG_NHE = ("Huyện có 11 đơn vị hành chính cấp xã trực thuộc, bao gồm 11 xã: Chung Chải, Huổi Lếch, Leng Su Sìn, "
             "Mường Nhé (huyện lỵ), Mường Toong, Nậm Kè, Nậm Vì, Pá Mỳ, Quảng Lâm, Sen Thượng, Sín Thầu.")
NAM_PO = ("Huyện Nậm Pồ có 15 đơn vị hành chính cấp xã trực thuộc, bao gồm 15 xã: Chà Cang, Chà Nưa, Chà Tở, Na Cô "
          "Sa, Nà Bủng, Nà Hỳ (huyện lỵ), Nà Khoa, Nậm Chua, Nậm Khăn, Nậm Nhừ, Nậm Tin, Pa Tần, Phìn Hồ, Si Pa Phìn, "
          "Vàng Đán.")


def test_one_kind_listed_after_gom_is_the_whole() -> None:
    for text, n in ((DIEN_BIEN.format(n=21, k=21), "21"), (MUONG_NHE, "11"), (NAM_PO, "15")):
        doc = passage(text)
        assert sums(doc, "count_sum") == [(n, [n])]
        assert relations(doc, "subset") == [] and errors(doc) == []


def test_a_kind_short_of_the_units_is_an_error() -> None:
    found = errors(passage(DIEN_BIEN.format(n=21, k=20).replace("Thanh Yên", "").replace("(huyện lỵ), .", "(huyện lỵ).")))
    assert any("reported 21" in f.message for f in found)


def test_one_kind_without_gom_is_a_subset() -> None:
    doc = passage("Diện tích tự nhiên là 91.368,31 ha, có 10 đơn vị hành chính cấp xã, trong đó có 08 xã biên giới giáp "
                  "nước bạn Lào, với tổng chiều dài đường biên giới hơn 76 km.")
    assert sums(doc, "subset") == [("10", ["08"])] and relations(doc, "count_sum") == []


def test_a_count_after_the_names_gom_opens_is_no_whole() -> None:
    doc = passage("Huyện có 5 đơn vị hành chính, gồm các xã: Bắc Thủy, Bằng Hữu, Y Tịch và 2 thị trấn: thị trấn "
                  "Đồng Mỏ và thị trấn Chi Lăng.")
    assert relations(doc, "count_sum") == [] and errors(doc) == []


def test_a_whole_whose_sentence_names_another_kind_is_no_one_kind_whole() -> None:
    # huong-thuy-thua-thien-hue_2 (5 wards + 7 communes; the wards' count was read as no part): no 12 = 7
    doc = passage("Thị xã Hương Thủy có 12 đơn vị hành chính: ở khu vực nội thị lập 5 phường trên nền diện tích và dân "
                  "số của thị trấn Phú Bài và các xã Thuỷ Lương, Thuỷ Châu, Thuỷ Phương, Thuỷ Dương hiện nay; khu vực "
                  "ngoại thị gồm 7 xã là Thuỷ Tân, Thuỷ Phù, Thuỷ Bằng, Thuỷ Thanh, Thuỷ Vân, Phú Sơn, Dương Hoà.")
    assert not [f for f in errors(doc) if "reported 12" in f.message]
