"""A list's items printed one to a sentence are read as its ";"-items (extractor/prose_item_sentences.py).

The rewording benchmark's ``semi_period`` (issue 12, round 35) prints a clause after ";" as a sentence of its
own: a list of parts lost every relation spanning its sentences. Real sentences of development passages,
reworded where the test says so.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from extractor.prose_item_sentences import join_item_sentences
from tests.test_prose_links import errors, passage, printed, relations

# phong-tho-lai-chau_3, its ";" made ". " (semi_period)
PHONG_THO = ("Đất của huyện chia làm 4 nhóm chính: nhóm đất đỏ vàng chiếm khoảng 33,65% diện tích. Nhóm đất mùn vàng "
             "đỏ trên núi chiếm khoảng 59%. Nhóm đất dốc tụ chiếm khoảng 2,7% diện tích tự nhiên. Các loại đất khác "
             "chiếm khoảng 4,65%.")
# cai-nuoc-ca-mau_3, its ";" made ". "
CAI_NUOC = ("Cơ cấu kinh tế chuyển dịch đúng hướng: nông nghiệp - thủy sản từ 36% năm 2010 giảm còn 33,51% năm 2015 "
            "(chỉ tiêu 31,2%). Công nghiệp - xây dựng từ 30% lên {industry}% (chỉ tiêu 34,4%). Dịch vụ từ 34% lên "
            "36,06% (chỉ tiêu 34,4%).")


def test_items_after_a_colon_are_joined_into_one_list() -> None:
    assert join_item_sentences(PHONG_THO) == (
        "Đất của huyện chia làm 4 nhóm chính: nhóm đất đỏ vàng chiếm khoảng 33,65% diện tích; nhóm đất mùn vàng "
        "đỏ trên núi chiếm khoảng 59%; nhóm đất dốc tụ chiếm khoảng 2,7% diện tích tự nhiên; các loại đất khác "
        "chiếm khoảng 4,65%.")


def test_a_name_keeps_its_capital() -> None:
    # dak-glong-dak-nong_2, its ";" made ". ": "Tày", "Hoa Hán" are names; "người Chăm" takes the case of "người Kinh"
    assert join_item_sentences("Trên địa bàn có 17 dân tộc cùng sinh sống: dân tộc Mông chiếm 87,75%. Tày 2,67%. "
                               "Hoa Hán 2,27%.") == ("Trên địa bàn có 17 dân tộc cùng sinh sống: dân tộc Mông chiếm "
                                                     "87,75%; Tày 2,67%; Hoa Hán 2,27%.")
    assert join_item_sentences("Chủ yếu gồm người Kinh 106.260 người, chiếm 67,33%. Người Chăm 48.012 người, chiếm "
                               "30,42%.") == ("Chủ yếu gồm người Kinh 106.260 người, chiếm 67,33%; người Chăm 48.012 "
                                              "người, chiếm 30,42%.")


def test_sentences_no_opener_put_in_a_list_stay_apart() -> None:
    # tuy-duc-dak-nong_1_p2 (paraphrase): a run of indicators, the budget's revenue no part of production
    text = ("Nông - lâm nghiệp và thủy sản thực hiện được 1.586,72 tỷ đồng, bằng 99,18% kế hoạch. Công nghiệp - xây "
            "dựng đạt 1.608,6 tỷ đồng, vượt 5,44% kế hoạch. Thu ngân sách nhà nước trên địa bàn ước đạt 150,38 tỷ "
            "đồng, vượt 191% dự toán HĐND huyện giao.")
    assert join_item_sentences(text) == text


def test_a_figure_after_a_colon_is_no_item() -> None:
    # cai-nuoc-ca-mau_2_p2 (paraphrase): "nông thôn: 123.511 người" states the rural population, not a list
    text = ("Phần lớn dân cư sống ở nông thôn: 123.511 người, chiếm 89%. Khu vực thành thị có 14.817 người, chiếm "
            "11%.")
    assert join_item_sentences(text) == text


def test_a_sentence_shaped_like_the_whole_may_be_its_sibling() -> None:
    # thuong-tin-ha-noi_2: trade and services are no part of industry and construction
    text = ("năm 2024 tổng giá trị sản xuất công nghiệp - xây dựng đạt 31.467 tỷ đồng, đạt 100% kế hoạch, tăng 18,9% "
            "so với năm 2023; trong đó công nghiệp - thủ công nghiệp đạt 23.896 tỷ đồng, đạt 100% kế hoạch năm, tăng "
            "17% so với năm 2023. Thương mại - dịch vụ đạt 22.115 tỷ đồng, đạt 100% kế hoạch năm, tăng 18,6%.")
    assert join_item_sentences(text) == text
    # split after the whole's rise (a rate), the parts' amounts stay a sentence of their own, and so does the sibling
    split = text.replace("; trong đó", ". Trong đó")
    assert join_item_sentences(split) == split


def test_a_sentence_naming_its_own_whole_stays_apart() -> None:
    # khoai-chau-hung-yen_2: working-age people are a share of the population, printed as a statement of its own
    text = ("dân số trung bình của huyện là 187.856 người, trong đó dân số nông nghiệp 165.690 người, chiếm 88,2%. "
            "Số người trong độ tuổi lao động là 93.419 người, chiếm 49,73% dân số toàn huyện.")
    assert join_item_sentences(text) == text


@given(st.lists(st.sampled_from([*"Aađ 0123456789.,;:%Nn", "ha", " trong đó ", " gồm ", "Lúa ", ". Lúa "]),
                max_size=40).map("".join))
def test_the_join_keeps_every_figure_in_its_place(text: str) -> None:
    joined = join_item_sentences(text)
    assert len(joined) == len(text)
    for a, b in zip(text, joined, strict=True):
        assert a == b or (a, b) == (".", ";") or a.lower() == b


def test_the_sectors_shares_then_and_now_are_read_across_sentences() -> None:
    doc = passage(CAI_NUOC.format(industry="30,43"))
    terms = sorted(printed(doc, r, "term") for r in relations(doc, "shares_sum"))
    assert terms == [["33,51%", "30,43%", "36,06%"], ["từ 36%", "từ 30%", "từ 34%"]]
    assert errors(doc) == []
    assert errors(passage(CAI_NUOC.format(industry="34,03")))  # the planted share: 103,6 %


def test_shares_of_the_soil_groups_are_read_across_sentences() -> None:
    doc = passage("Phong Thổ là huyện vùng cao biên giới phía bắc tỉnh Lai Châu, có đường biên giới dài 98,95 km. "
                  + PHONG_THO)
    terms = [printed(doc, r, "term") for r in relations(doc, "shares_sum")]
    assert terms == [["khoảng 33,65%", "khoảng 59%", "khoảng 2,7%", "khoảng 4,65%"]]
    assert errors(doc) == []


# tan-hiep-kien-giang_1, ", trong đó" made ". Trong đó," (the rewording benchmark's trongdo_sentence)
TAN_HIEP = ("Vùng 1 (phía tây bắc quốc lộ 80, trong vùng Tứ giác Long Xuyên) gồm các xã Tân Hiệp A, Tân Hiệp B, Tân An, "
            "Tân Hòa, Tân Hội, Tân Thành, có tổng diện tích tự nhiên là {whole} ha. Trong đó, đất nông nghiệp là "
            "19.345 ha.")


def test_a_sentence_of_parts_opens_on_its_whole() -> None:
    text = TAN_HIEP.format(whole="22.543,87")
    assert join_item_sentences(text) == text.replace("ha. Trong đó,", "ha, trong đó,")


# bac-ha-lao-cai_2, muong-ang-dien-bien_2, tran-yen-yen-bai_2 and thanh-mien-hai-duong_2: ", trong đó" made
# ". Trong đó," (trongdo_sentence); the subset, the two count sums and the growth rates were lost
BAC_HA = "Toàn huyện có {whole} cơ sở lưu trú. Trong đó, có 26 nhà nghỉ homestay cơ bản đáp ứng nhu cầu của khách."
MUONG_ANG = ("Toàn huyện có {whole} xã và 1 thị trấn. Trong đó, có 8 xã vùng II được hưởng chính sách 135 và 1 xã vùng "
             "II và 1 thị trấn thuộc vùng I.")
TRAN_YEN = ("Kết thúc năm, xét theo Chương trình hành động số 56-CTr/TU của Tỉnh ủy Yên Bái, huyện có {whole}/27 chỉ "
            "tiêu đạt và vượt kế hoạch. Trong đó, có 25 chỉ tiêu vượt, 2 chỉ tiêu đạt kế hoạch.")


def test_a_sentence_of_parts_goes_on_from_the_sentence_before() -> None:
    text = BAC_HA.format(whole="54")
    assert join_item_sentences(text) == text.replace("trú. Trong đó,", "trú, trong đó,")
    for opener in ("Gồm", "Bao gồm", "Cụ thể:", "Trong số đó"):
        text = f"Huyện có 11 đơn vị hành chính. {opener} 10 xã và 1 thị trấn."
        assert join_item_sentences(text) == text.replace(f". {opener}", f", {opener[0].lower()}{opener[1:]}")
    # rates break down a rate (thanh-mien-hai-duong_2); amounts after a rate, a density or an average break down
    # none of them (gio-linh-quang-tri_2_p1, quang-tri-quang-tri_1, krong-pac-dak-lak_2)
    text = ("Tốc độ tăng trưởng giá trị sản xuất bình quân giai đoạn 2007-2009 đạt 8,33%. Trong đó, ngành công nghiệp - "
            "xây dựng tăng 15,53%.")
    assert join_item_sentences(text) == text.replace("8,33%. Trong", "8,33%, trong")
    for text in ("Tổng giá trị sản xuất tăng từ 2.770.987 triệu đồng (năm 2015) lên 3.209.618 triệu đồng (năm 2017), "
                 "tăng trung bình hàng năm 10,68%. Trong đó năm 2015: nông, lâm, ngư nghiệp 1.537.566 triệu đồng.",
                 "Dân số 55.760 người, mật độ 312 ng/km2. Trong đó phường 1 rộng 1,78 km2, có 4.500 người.",
                 "15 xã hiện đạt 227 tiêu chí, bình quân mỗi xã đạt 15,13 tiêu chí. Trong số đó, 5 xã đạt 19 tiêu chí."):
        assert join_item_sentences(text) == text
    # a whole is a figure of the sentence just before: none there, nothing is joined (bu-gia-map-binh-phuoc_2)
    text = ("Các tuyến đường từ trung tâm huyện đến các xã đều được trải nhựa và nối liền với các huyện trong tỉnh. "
            "Trong đó, tỉnh lộ ĐT741 là trục quan trọng.")
    assert join_item_sentences(text) == text
    # an opener inside a sentence, or a sentence that only starts with the same letters, is no sentence of parts
    assert join_item_sentences("Huyện có 9 xã. Gồng Cái có 3 thôn.") == "Huyện có 9 xã. Gồng Cái có 3 thôn."


def test_parts_in_the_next_sentence_are_read_by_every_kind_of_whole() -> None:
    subset = passage(BAC_HA.format(whole="54"))
    assert [(printed(subset, r, "total"), printed(subset, r, "part")) for r in relations(subset, "subset")] == [
        (["54"], ["26"])]
    assert errors(subset) == []
    communes = passage(MUONG_ANG.format(whole="9"))
    assert [(printed(communes, r, "total"), printed(communes, r, "part")) for r in relations(communes, "count_sum")
            ] == [(["9"], ["8", "1"])]
    assert errors(communes) == []
    assert errors(passage(MUONG_ANG.format(whole="10")))
    targets = passage(TRAN_YEN.format(whole="27"))
    assert [printed(targets, r, "part") for r in relations(targets, "count_sum")] == [["25", "2"]]
    assert errors(targets) == []


def test_the_farm_land_is_read_as_part_of_the_zone_printed_the_sentence_before() -> None:
    doc = passage(TAN_HIEP.format(whole="22.543,87"))
    assert ("22.543,87", ["19.345"]) in [(t, p) for t, p in
                                         ((printed(doc, r, "total")[0], printed(doc, r, "part"))
                                          for r in relations(doc, "subset"))]
    assert errors(doc) == []
    assert errors(passage(TAN_HIEP.format(whole="12.543,87")))


# ung-hoa-ha-noi_2 and yen-bai-yen-bai_1: ", trong đó" made ". Trong đó" (trongdo_sentence); shares after an amount
UNG_HOA = "Diện tích 183,72 km²; dân số năm 2017 là 204.800 người. Trong đó thành thị 7%, nông thôn {rural}%."
YEN_BAI = ("Bảng thông tin ghi diện tích 108,15 km² và dân số ngày 1/4/2019 là 85.676 người. Trong đó thành thị 71,85% "
           "và nông thôn {rural}%, mật độ 792 người/km².")


def test_shares_after_a_count_of_people_are_read_as_after_a_semicolon() -> None:
    """Shares of a population printed in the sentence after it break down no amount of their own kind, so the
    kind rule leaves them apart; after one of round 35's units the sentence goes on as "…; trong đó …", which the
    shares' readers take (a "," would make the shares parts of the amount)."""
    text = UNG_HOA.format(rural="93")
    assert join_item_sentences(text) == text.replace("người. Trong đó", "người; trong đó")
    for text, terms in ((UNG_HOA.format(rural="93"), ["7%", "93%"]), (YEN_BAI.format(rural="28,15"),
                                                                      ["71,85%", "28,15%"])):
        doc = passage(text)
        assert [printed(doc, r, "term") for r in relations(doc, "shares_sum")] == [terms], text
    assert any("100 %" in f.message for f in errors(passage(UNG_HOA.format(rural="90"))))
    assert any("100 %" in f.message for f in errors(passage(YEN_BAI.format(rural="25,15"))))


# thong-nhat-dong-nai_2: a level compared with an earlier one, then the parts ("; trong đó", and under semi_period
# ". Trong đó")
THONG_NHAT = ("Số lao động làm việc trên địa bàn năm 2015 là {whole} người, tăng {change} người so với 67.928 người năm "
              "2010{cut}rong đó lao động nông lâm nghiệp và thuỷ sản 26.409 người, lao động công nghiệp - xây dựng "
              "24.378 người và lao động thương mại - dịch vụ 30.472 người.")


def test_a_figure_after_so_voi_is_no_whole_of_the_parts() -> None:
    """The parts break down the level the earlier one is compared with: 26.409 + 24.378 + 30.472 = 81.259, one
    worker short of the 81.260 printed (the passage's own error), never a sum against 67.928."""
    for cut in ("; t", ". T"):
        doc = passage(THONG_NHAT.format(whole="81.260", change="13.332", cut=cut))
        assert [(printed(doc, r, "total"), printed(doc, r, "part")) for r in relations(doc, "count_sum")] == [
            (["81.260"], ["26.409", "24.378", "30.472"])], cut
        assert [f.reported for f in errors(doc)] == ["81.260"], cut
        assert errors(passage(THONG_NHAT.format(whole="81.259", change="13.331", cut=cut))) == [], cut


# thai-thuy-thai-binh_3 and quynh-phu-thai-binh_1_p1: the sectors' ";" made ". " (semi_period)
THAI_THUY = ("Tổng giá trị sản xuất trên địa bàn huyện năm 2012 ước đạt 3.209,7 tỷ đồng, tăng 8,95% so với năm 2011. "
             "Chia theo ngành: nông, lâm, ngư nghiệp ước đạt 1.176,7 tỷ đồng, tăng 6,21%. Công nghiệp, tiểu thủ công "
             "nghiệp, xây dựng cơ bản ước đạt {industry} tỷ đồng, tăng 8,56%. Thương mại, dịch vụ ước đạt 930 tỷ đồng, "
             "tăng 13,4%.")
QUYNH_PHU = ("Năm 2022, tổng giá trị sản xuất trên địa bàn ước đạt 23.326,9 tỷ đồng (tăng 11,04% so với năm 2021), trong "
             "đó: nông, lâm, thủy sản ước đạt 3.867,7 tỷ đồng (tăng 3,03%). Công nghiệp, xây dựng ước {industry} tỷ đồng "
             "(tăng 13,59%). Thương mại, dịch vụ ước 3.088,7 tỷ đồng (tăng 8,65%).")


def test_the_next_sector_is_an_item_not_a_sibling_of_the_whole() -> None:
    """A sentence shaped like the whole may be its sibling (thuong-tin, above); one that names another sector
    than the item before it, under a whole that names none, is the breakdown's next part."""
    text = THAI_THUY.format(industry="1.103")
    assert join_item_sentences(text) == text.replace("6,21%. Công", "6,21%; công").replace("8,56%. Thương",
                                                                                          "8,56%; thương")
    for template, good, bad, total in ((THAI_THUY, "1.103", "1.303", "3.209,7"),
                                       (QUYNH_PHU, "16.370,5", "16.730,5", "23.326,9")):
        doc = passage(template.format(industry=good))
        assert [printed(doc, r, "total") for r in relations(doc, "partition")] == [[total]], template
        assert errors(doc) == [], template
        assert errors(passage(template.format(industry=bad))), template


# go-quao-kien-giang_2 and kim-son-ninh-binh_2: a crop's area, then its yield and output after "; năng suất", the
# ";" made ". " (semi_period)
GO_QUAO = ("Với cây lúa, tổng diện tích gieo sạ và thu hoạch là 55.139 ha, đạt trên: 97% kế hoạch. Năng suất bình quân: "
           "{rate} tấn/ha, sản lượng đạt: 307.580 tấn, đạt trên: 87% kế hoạch (thấp hơn so cùng kỳ: 23.878 tấn).")
KIM_SON = ("Vụ Đông Xuân huyện gieo cấy 8.178,5 ha lúa, trong đó lúa chất lượng cao chiếm 76,9% tổng diện tích. Năng "
           "suất bình quân {rate} tạ/ha, sản lượng 55.713 tấn. Vụ Mùa gieo cấy 8.160,6 ha, năng suất 56,15 tạ/ha.")


def test_a_yield_after_its_area_goes_on_from_it() -> None:
    text = KIM_SON.format(rate="68,12")
    assert join_item_sentences(text) == text.replace("diện tích. Năng", "diện tích; năng")
    for template, good, bad in ((GO_QUAO, "5,58", "6,58"), (KIM_SON, "68,12", "78,12")):
        doc = passage(template.format(rate=good))
        assert [printed(doc, r, "rate") for r in relations(doc, "per_capita")] == [[good]], template
        assert errors(doc) == [], template
        assert errors(passage(template.format(rate=bad))), template
    # no area in the sentence before: the yield is a statement of its own (thai-thuy-thai-binh_1)
    text = "Thương mại, dịch vụ ước đạt hơn 1.813 tỷ đồng. Năng suất lúa xuân đạt 71 tạ/ha."
    assert join_item_sentences(text) == text
