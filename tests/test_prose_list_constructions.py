"""How a list of parts names its whole and where it ends (issue 12, prose20b): an item that calls itself a
total ends the list, the sectors may be printed as abbreviations, and youths and citizens are counted as
people. Each construction is held by a development sentence (its file named) and by two wordings of our own
(another verb, another order); the broken form (parts above the whole, or a partition that does not add up)
is an error.
"""

from __future__ import annotations

import pytest

from tests.test_prose_links import errors, passage, text_sums


def _half(figure: str) -> str:
    """Half the figure's whole units, printed with thousands dots: a whole its part exceeds beyond any hedge."""
    n = int(figure.split(",")[0].replace(".", "")) // 2
    return f"{n:,}".replace(",", ".")

# ---------------------------------------------------------------------------------------------
# An item that calls itself a total ("tổng …") is another indicator: the list ended before it

TOTAL_ENDS = [
    # thang-binh-quang-nam_2_p1 (paraphrase dev): the whole's rate in parentheses, then the list, then the next
    # indicator "tổng giá trị sản xuất …" as a ";"-item
    ("Năm 2024, tổng thu ngân sách trên địa bàn thực hiện hơn {whole} tỷ đồng (vượt 40,5% so với tỉnh giao), trong "
     "đó thu phát sinh kinh tế trên địa bàn 540,6 tỷ đồng (vượt 31,6%); tổng giá trị sản xuất các ngành kinh tế "
     "12.366 tỷ đồng (đạt 100,73% kế hoạch năm), tăng 10,94% so với năm 2023 (11.147 tỷ đồng); thu nhập bình quân "
     "đầu người ước đạt 55,5 triệu đồng người/năm.", "1.666", "hơn 1.666", ["540,6"]),
    # our wording: two parts, another verb ("đạt"), the next total is spending ("tổng chi")
    ("Tổng thu ngân sách nhà nước trên địa bàn đạt {whole} tỷ đồng, trong đó: thu thuế, phí 820 tỷ đồng; thu tiền "
     "sử dụng đất 150 tỷ đồng; tổng chi ngân sách địa phương 760 tỷ đồng.", "1.200", "1.200", ["820", "150"]),
    # our wording: the order turned, the whole in the sentence before "Trong đó:", the next total "tổng số …"
    ("Tổng diện tích gieo trồng cả năm đạt {whole} ha. Trong đó: cây lúa 5.200 ha; cây ngô 1.100 ha; tổng số diện "
     "tích rừng trồng mới 2.300 ha.", "7.400", "7.400", ["5.200", "1.100"]),
]


@pytest.mark.parametrize(("text", "whole", "shown", "parts"), TOTAL_ENDS)
def test_an_item_that_calls_itself_a_total_ends_the_list(text: str, whole: str, shown: str, parts: list[str]) -> None:
    ok = text.format(whole=whole)
    assert text_sums(ok, "subset") == [(shown, parts)]
    assert errors(passage(ok)) == []
    broken = text.format(whole=_half(parts[0]))  # a whole smaller than its first part
    assert any("exceed" in f.message for f in errors(passage(broken)))


# ---------------------------------------------------------------------------------------------
# The sectors printed as abbreviations: "CN-XDCB", "TTCN", "TM-DV", "NLTS"

ABBREVIATED_SECTORS = [
    # yen-dinh-thanh-hoa_1_p2 (paraphrase dev): "Trong đó" opens the sentence, industry printed "CN-XDCB"
    ("Năm 2013, tổng giá trị sản xuất lên {whole} triệu đồng. Trong đó nông, lâm, thủy sản được 2.633.564 triệu "
     "đồng; dịch vụ 2.454.455 triệu đồng; CN-XDCB 2.082.324 triệu đồng.",
     "7.170.343", ["2.633.564", "2.454.455", "2.082.324"]),
    # our wording: every sector abbreviated, "chia ra" and another order
    ("Giá trị sản xuất năm 2022 ước đạt {whole} tỷ đồng, trong đó TM-DV 1.250 tỷ đồng, CN-XD 2.100 tỷ đồng và NLTS "
     "950 tỷ đồng.", "4.300", ["1.250", "2.100", "950"]),
    # our wording: "TTCN" for the industry, the verb "đóng góp" in each item
    ("Tổng giá trị sản xuất toàn huyện đạt {whole} tỷ đồng; trong đó nông nghiệp đóng góp 610 tỷ đồng, CN, TTCN "
     "đóng góp 402 tỷ đồng, thương mại - dịch vụ đóng góp 498 tỷ đồng.", "1.510", ["610", "402", "498"]),
]


@pytest.mark.parametrize(("text", "whole", "parts"), ABBREVIATED_SECTORS)
def test_sectors_printed_as_abbreviations_cover_the_economy(text: str, whole: str, parts: list[str]) -> None:
    ok = text.format(whole=whole)
    assert text_sums(ok, "partition") == [(whole, parts)]
    assert text_sums(ok, "subset") == []
    assert errors(passage(ok)) == []
    # the parts under a whole they do not add up to: a subset's sum could fall short, a partition's cannot
    short = "9" + whole[1:]
    assert any("reported" in f.message or "total" in f.message for f in errors(passage(text.format(whole=short))))


# ---------------------------------------------------------------------------------------------
# Youths and citizens are people: "2.439 thanh niên, trong đó 1.318 công dân …"

PEOPLE = [
    # cam-my-dong-nai_1 (dev): the youths reviewed, of whom the citizens fit for the medical examination
    ("Sau khi xét duyệt cấp huyện, Cẩm Mỹ có tổng số {whole} thanh niên, trong đó 1.318 công dân đủ điều kiện khám "
     "tuyển.", "2.439", "1.318"),
    # our wording: another verb ("đăng ký"), the part named "thanh niên" and the whole "công dân"
    ("Toàn huyện có {whole} công dân trong độ tuổi đăng ký nghĩa vụ quân sự, trong đó 640 thanh niên đủ tiêu chuẩn "
     "sức khỏe.", "1.520", "640"),
    # our wording: the whole printed as people ("người"), the part as youths, "trong số đó" and the part's words first
    ("Năm 2023 xã có {whole} người trong độ tuổi lao động; trong số đó, số thanh niên chưa có việc làm là 85 thanh "
     "niên.", "3.410", "85"),
]


@pytest.mark.parametrize(("text", "whole", "part"), PEOPLE)
def test_youths_and_citizens_are_counted_as_people(text: str, whole: str, part: str) -> None:
    ok = text.format(whole=whole)
    assert text_sums(ok, "subset") == [(whole, [part])]
    assert errors(passage(ok)) == []
    assert any("exceed" in f.message for f in errors(passage(text.format(whole=_half(part)))))


# ---------------------------------------------------------------------------------------------
# "gồm chủ yếu" names the main parts only, as "chủ yếu gồm" and "chủ yếu là" do: a subset

MAINLY = [
    # cau-ke-tra-vinh_1 (dev): a ";"-clause that names its whole, "gồm chủ yếu", the parts in parentheses
    ("Thị trấn Cầu Kè có 6.157 người, trong đó {whole} người dân tộc thiểu số, chiếm 29,87%, và 4.318 người dân tộc "
     "Kinh; người dân tộc thiểu số gồm chủ yếu người Khmer (1.698 người) và người Hoa (141 người).",
     "1.839", ["1.698", "141"]),
    # the same, "gồm có chủ yếu" (the rewording benchmark's gom_co)
    ("Thị trấn Cầu Kè có 6.157 người, trong đó {whole} người dân tộc thiểu số, chiếm 29,87%, và 4.318 người dân tộc "
     "Kinh; người dân tộc thiểu số gồm có chủ yếu người Khmer (1.698 người) và người Hoa (141 người).",
     "1.839", ["1.698", "141"]),
    # our wording: "bao gồm chủ yếu", the figures before their names
    ("Đàn gia súc toàn huyện có {whole} con, bao gồm chủ yếu 12.400 con bò và 6.100 con trâu.",
     "21.000", ["12.400", "6.100"]),
    # our wording: another verb ("trồng"), the crops named first with their areas after them
    ("Năm 2023 huyện trồng {whole} ha cây ăn quả, gồm chủ yếu cam 1.150 ha, bưởi 820 ha, nhãn 310 ha.",
     "2.600", ["1.150", "820", "310"]),
]


@pytest.mark.parametrize(("text", "whole", "parts"), MAINLY)
def test_gom_chu_yeu_names_the_main_parts_only(text: str, whole: str, parts: list[str]) -> None:
    ok = text.format(whole=whole)
    assert (whole, parts) in text_sums(ok, "subset")
    assert all(total != whole for total, _ in text_sums(ok, "partition"))
    assert errors(passage(ok)) == []
    assert any("exceed" in f.message for f in errors(passage(text.format(whole=_half(parts[0])))))


# ---------------------------------------------------------------------------------------------
# The citizens called up serve in the army or in the police: the two cover the call-up

CALL_UP = [
    # khanh-son-khanh-hoa_1 (dev): "trong đó" the army's and the police's youths of the citizens called up
    ("Năm 2023, huyện được giao chỉ tiêu phát lệnh gọi {whole} công dân nhập ngũ, trong đó 85 thanh niên thực hiện "
     "nghĩa vụ quân sự, 20 thanh niên tham gia nghĩa vụ công an nhân dân.", "105", ["85", "20"]),
    # our wording: "gồm", the police first, "giao quân" as the verb
    ("Năm 2024, thị xã giao quân {whole} công dân, trong đó nghĩa vụ công an nhân dân 12 công dân và nghĩa vụ quân "
     "sự 78 công dân.", "90", ["12", "78"]),
    # our wording: the parts in the next sentence after "Trong số đó", the abbreviations NVQS and CAND
    ("Tổng số thanh niên nhập ngũ năm 2022 là {whole} người. Trong số đó, NVQS 140 người, CAND 22 người.",
     "162", ["140", "22"]),
]


@pytest.mark.parametrize(("text", "whole", "parts"), CALL_UP)
def test_the_army_and_the_police_cover_the_call_up(text: str, whole: str, parts: list[str]) -> None:
    ok = text.format(whole=whole)
    assert (whole, parts) in text_sums(ok, "partition") + text_sums(ok, "count_sum")
    assert errors(passage(ok)) == []
    broken = text.format(whole=str(int(whole) + 7))  # parts that fall short of their whole
    assert any("reported" in f.message for f in errors(passage(broken)))


# ---------------------------------------------------------------------------------------------
# "phân theo / chia theo <criterion>:" classifies the whole by one criterion: all of it, a partition; and "…"
# ends a sentence as "..." does, so the list after it is no ";"-item of the sentence before

CLASSIFIED = [
    # song-hinh-phu-yen_1 (wave 18, dev third): an ellipsis before the whole, "phân theo các loại đất:" and ";"-items
    ("Huyện có 11 xã, thị trấn; nhiều thành phần dân tộc cùng sinh sống: Kinh, Ea Đê, Ba Na, Tày, Nùng, Dao, Mường, "
     "Chăm … Tổng diện tích đất là {whole} ha, phân theo các loại đất: đất sản xuất nông nghiệp 28.026 ha; đất lâm "
     "nghiệp 40.109 ha; đất phi nông nghiệp 14.531ha; đất chưa sử dụng 5.920 ha.",
     "88.586", ["28.026", "40.109", "14.531", "5.920"]),
    # our wording: "chia theo loại hình", the verb "có", each figure before its name, items split by commas
    ("Năm 2022, toàn huyện có {whole} doanh nghiệp đang hoạt động, chia theo loại hình: 120 công ty cổ phần, 310 "
     "công ty trách nhiệm hữu hạn và 45 doanh nghiệp tư nhân.", "475", ["120", "310", "45"]),
    # our wording: "phân theo độ tuổi", people in age bands, ";"-items
    ("Lực lượng lao động của xã có {whole} người, phân theo độ tuổi: từ 15 đến 34 tuổi 1.240 người; từ 35 đến 54 "
     "tuổi 1.580 người; từ 55 tuổi trở lên 410 người.", "3.230", ["1.240", "1.580", "410"]),
]


@pytest.mark.parametrize(("text", "whole", "parts"), CLASSIFIED)
def test_a_whole_classified_by_one_criterion_is_a_partition(text: str, whole: str, parts: list[str]) -> None:
    ok = text.format(whole=whole)
    found = text_sums(ok, "partition") + text_sums(ok, "count_sum")
    assert (whole, parts) in found
    assert errors(passage(ok)) == []
    short = str(int(whole.replace(".", "")) + 78)  # 78 more than the parts add up to, as song-hinh prints 88.664
    short = f"{short[:-3]}.{short[-3:]}" if len(short) > 3 else short
    assert any("reported" in f.message for f in errors(passage(text.format(whole=short))))


CLASSIFIED_AFTER_A_PART = [
    # nghia-dan-nghe-an_2_p1 (paraphrase dev): a "trong đó" part, then "; chia theo khối:" the whole's classes
    ("Dân số trung bình năm 2011 là {whole} người (chiếm 4,58% dân số toàn tỉnh, 100% là dân cư nông thôn), trong "
     "đó nữ 67.054 người (chiếm 51,13%); chia theo khối: nông nghiệp 121.347 người (chiếm 92,54%), phi nông nghiệp "
     "9.787 người (chiếm 7,46%); huyện có 24 xã.", "131.134", ["121.347", "9.787"]),
    # our wording: men as the part, "phân theo khu vực", the verb "đạt"
    ("Dân số năm 2023 đạt {whole} người, trong đó nam 20.150 người; phân theo khu vực: thành thị 6.400 người, nông "
     "thôn 34.700 người.", "41.100", ["6.400", "34.700"]),
    # our wording: another quantity (households), the part a share-less count, "chia theo mức sống" at the end
    ("Toàn xã có {whole} hộ, trong đó 310 hộ dân tộc thiểu số; chia theo mức sống: hộ nghèo 96 hộ, hộ cận nghèo 154 "
     "hộ, hộ không nghèo 1.950 hộ.", "2.200", ["96", "154", "1.950"]),
]


@pytest.mark.parametrize(("text", "whole", "parts"), CLASSIFIED_AFTER_A_PART)
def test_a_criterion_classifies_the_sentences_whole_not_the_part_before_it(text: str, whole: str,
                                                                          parts: list[str]) -> None:
    ok = text.format(whole=whole)
    assert (whole, parts) in text_sums(ok, "partition") + text_sums(ok, "count_sum")
    assert errors(passage(ok)) == []


def test_a_criterion_that_opens_its_sentence_names_no_whole() -> None:
    # cam-xuyen-ha-tinh_2 (dev): "Chia theo khoản mục đầu tư" opens a sentence after the budget revenue's; the
    # investment it classifies is two sentences up, so no list is read (874.330 ≤ 150.000 was a false error)
    text = ("Sáu tháng đầu năm 2022, tổng vốn đầu tư phát triển toàn huyện ước đạt 948.260 triệu đồng, bằng 123,07% so "
            "với cùng kỳ năm 2021. Thu ngân sách trên địa bàn dự kiến 150.000 triệu đồng. Chia theo khoản mục đầu tư, "
            "vốn chủ yếu tập trung cho xây dựng cơ bản, đạt 874.330 triệu đồng, chiếm 69,39% tổng nguồn vốn.")
    assert all(total != "150.000" for total, _ in text_sums(text, "subset") + text_sums(text, "partition"))
    assert errors(passage(text)) == []
