"""Arithmetic that running text states across clauses, sentences and lines (issue 12).

Each passage is quoted from corpus/prose/dev/ (the development split; its sources are in
corpus/prose/SOURCES.md) or from issue 12 itself; the file and line are named above each test. A
test reads the passage as a document does (``lines_to_prose_rows(link=True)``), then asserts the
relations the engine reads back (``relations.document_relations``) and the findings the checks give.
"""

from __future__ import annotations

from pathlib import Path

from extractor.documents import file_to_document
from extractor.model import Document
from extractor.prose import lines_to_prose_rows
from extractor.textrender import text_to_content
from reconcile.engine.checks import document_to_findings
from reconcile.engine.findings import Finding
from reconcile.engine.relations import Relation, document_relations


def passage(*texts: str) -> Document:
    """``texts`` as the lines of a .txt file, read into lines by the reader the CLI uses (``text_to_content``:
    blank lines are dropped, line numbers are the file's), then into prose rows as a document's are."""
    lines = list(text_to_content("\n".join(texts)).lines)
    rows = lines_to_prose_rows(lines, document="passage.txt", style="vi", link=True)
    return Document(id="passage.txt", path="passage.txt", sha256="", pages=1, format="text", rows=tuple(rows),
                    lines=tuple(lines))


def printed(doc: Document, rel: Relation, role: str) -> list[str]:
    rows = {r.index: r for r in doc.rows}
    return [rows[r].cells[p].value.raw for rr, (r, p) in rel.figures if rr == role]


def relations(doc: Document, kind: str) -> list[Relation]:
    return [r for r in document_relations(doc) if r.kind == kind]


def count_lists(text: str) -> list[tuple[str, int]]:
    """Each count_list relation of a passage: the count as printed and how many names the reader listed under it."""
    doc = passage(text)
    rows = {r.index: r for r in doc.rows}
    out = []
    for rel in relations(doc, "count_list"):
        (row, pos), = (ref for role, ref in rel.figures if role == "count")
        out.append((rows[row].cells[pos].value.raw, len(rows[row].cells[pos].items or ())))
    return out


def errors(doc: Document) -> list[Finding]:
    return [f for f in document_to_findings(doc) if f.severity == "error"]


def sums(doc: Document, kind: str = "partition") -> list[tuple[str, list[str]]]:
    return [(printed(doc, r, "total")[0], printed(doc, r, "part")) for r in relations(doc, kind)]


def text_sums(text: str, kind: str) -> list[tuple[str, list[str]]]:
    """The (total, parts) of each relation of ``kind`` one passage's text states."""
    return sums(passage(text), kind)


def text_triples(text: str, kind: str, roles: tuple[str, str, str]) -> list[tuple[str, ...]]:
    """The first figure of each of ``roles`` in each relation of ``kind`` one passage's text states."""
    doc = passage(text)
    return [tuple(printed(doc, r, role)[0] for role in roles) for r in relations(doc, kind)]


# ---------------------------------------------------------------------------------------------
# Totals and parts


CU_MGAR = (  # cu-mgar-dak-lak_1, line 4
    "Tổng giá trị sản xuất các sản phẩm chủ yếu năm 2017 ước đạt 9.960 tỷ đồng (giá so sánh năm 2010), tăng 8,85% "
    "so với năm 2016. Trong đó giá trị ngành nông, lâm, ngư nghiệp ước 4.750 tỷ đồng, tăng 4,44%; ngành công "
    "nghiệp, xây dựng ước {industry} tỷ đồng, tăng 7,93%, gồm công nghiệp 780 tỷ đồng (tăng 13,87%) và xây dựng "
    "1.030 tỷ đồng (tăng 3,83%); ngành thương mại, dịch vụ ước 3.400 tỷ đồng, tăng 16,24% so với năm 2016."
)


def test_sector_partition_with_a_nested_list_in_a_later_sentence() -> None:
    doc = passage(CU_MGAR.format(industry="1.810"))
    assert sorted(sums(doc)) == [("1.810", ["780", "1.030"]), ("9.960", ["4.750", "1.810", "3.400"])]
    assert errors(doc) == []


def test_a_one_digit_typo_breaks_both_partitions_and_is_named() -> None:
    # cu-mgar-dak-lak_1_planted_digit: 1.810 printed 1.710, 100 off in both sums
    found = errors(passage(CU_MGAR.format(industry="1.710")))
    assert {f.reported for f in found} == {"9.960", "1.710"}
    assert all(f.culprit and f.culprit.endswith("1.710 -> 1.810") for f in found)


def test_a_subset_list_may_fall_short_but_not_exceed() -> None:
    # cu-jut-dak-nong_1 line 4; khanh-vinh-khanh-hoa_1_planted_subset line 4
    doc = passage("Tổng diện tích tự nhiên 72.069 ha, trong đó đất rừng tự nhiên 35.633 ha, đất sản xuất nông nghiệp 30.763 ha.")
    assert sums(doc, "subset") == [("72.069", ["35.633", "30.763"])] and errors(doc) == []
    doc = passage("Trong tháng 10, diện tích gieo trồng của huyện ước thực hiện được 722ha, chủ yếu là lúa mùa (118ha), "
                  "bắp (478ha), các loại rau đậu (126ha) và cây công nghiệp ngắn ngày (22ha).")
    (f,) = errors(doc)
    assert f.kind == "sum_mismatch" and f.reported == "722" and "cannot exceed" in f.message


def test_aspects_after_trong_do_are_not_parts() -> None:
    # seed 001 line 62: the disbursement is no part of the capital allocated
    doc = passage("tổng số vốn giao năm 2024 là 294.921 triệu đồng, ước hết năm 2024 giải ngân đạt 100% (trong đó nguồn "
                  "đầu tư phát triển 215.831 triệu đồng, giá trị giải ngân vốn đến hiện tại 157.225 triệu đồng, đạt 73%).")
    assert sums(doc) == [] and sums(doc, "subset") == [] and errors(doc) == []


def test_counts_after_trong_n_cover_the_statuses() -> None:
    # ayun-pa-gia-lai_4 line 5, and its planted copy (18 -> 19)
    text = "Trong 21 chỉ tiêu Nghị quyết năm 2023, có {met} chỉ tiêu đạt và vượt kế hoạch, 3 chỉ tiêu không đạt."
    assert sums(passage(text.format(met="18")), "count_sum") == [("21", ["18", "3"])]
    (f,) = errors(passage(text.format(met="19")))
    assert (f.kind, f.reported, f.expected) == ("sum_mismatch", "21", "22")


def test_a_total_broken_down_twice() -> None:
    # ayun-pa-gia-lai_1 line 5: 52 works by kind (7 + 35, as published) and by progress (28 + 24)
    doc = passage("Tổng nguồn vốn đầu tư xây dựng cơ bản trên địa bàn năm 2016 là 182,552 tỷ đồng, được bố trí cho 52 công "
                  "trình, trong đó 7 công trình chuyển tiếp và 35 công trình khởi công mới. Đến nay có 28 công trình đã "
                  "hoàn thành, bàn giao đưa vào sử dụng và 24 công trình đang thi công.")
    assert sorted(sums(doc, "count_sum")) == [("52", ["28", "24"]), ("52", ["7", "35"])]
    (f,) = errors(doc)
    assert f.message.startswith("7 + 35 = 42")


def test_parts_in_a_second_unit_beside_the_first() -> None:
    # dong-van-ha-giang_2 line 4
    doc = passage("Dân số toàn huyện có 16.516 hộ với 82.741 khẩu. Theo chuẩn nghèo mới, hộ nghèo có 6.930 hộ (35.695 "
                  "khẩu), chiếm 41,96%; hộ cận nghèo 4.761 hộ (24.609 khẩu), chiếm 28,83%; hộ không nghèo 4.825 hộ "
                  "(22.437 khẩu), chiếm 29,21%.")
    assert sorted(sums(doc, "count_sum")) == [("16.516", ["6.930", "4.761", "4.825"]), ("82.741", ["35.695", "24.609", "22.437"])]
    shares = {printed(doc, r, "share")[0]: (printed(doc, r, "part")[0], printed(doc, r, "total")[0]) for r in relations(doc, "share")}
    assert shares == {"41,96%": ("6.930", "16.516"), "28,83%": ("4.761", "16.516"), "29,21%": ("4.825", "16.516")}
    assert len(relations(doc, "shares_sum")) == 1 and errors(doc) == []


# ---------------------------------------------------------------------------------------------
# Shares


def test_shares_of_a_total_printed_in_an_earlier_sentence_and_growth_against_its_year() -> None:
    # can-loc-ha-tinh_1 lines 4-5
    doc = passage(
        "Tổng diện tích đất tự nhiên của huyện là 30.173,5 ha và không đổi trong giai đoạn. Năm 2009, đất nông nghiệp "
        "có 19.460,2 ha, chiếm 64,49%; đất phi nông nghiệp 7.590,4 ha, chiếm 25,16%; đất chưa sử dụng 3.122,9 ha, "
        "chiếm 10,35%.",
        "Năm 2010, đất nông nghiệp tăng lên 20.620,2 ha (68,34%), bằng 105,96% năm 2009; đất phi nông nghiệp còn "
        "7.554,8 ha (25,04%), bằng 99,53% năm 2009; đất chưa sử dụng giảm còn 1.998,5 ha (6,62%), bằng 63,99% năm 2009.",
    )
    assert sorted(sums(doc)) == [("30.173,5", ["19.460,2", "7.590,4", "3.122,9"]), ("30.173,5", ["20.620,2", "7.554,8", "1.998,5"])]
    assert {printed(doc, r, "total")[0] for r in relations(doc, "share")} == {"30.173,5"}
    assert len(relations(doc, "share")) == 6 and len(relations(doc, "shares_sum")) == 2
    bases = sorted((printed(doc, r, "current")[0], printed(doc, r, "base")[0]) for r in relations(doc, "growth"))
    assert bases == [("1.998,5", "3.122,9"), ("20.620,2", "19.460,2"), ("7.554,8", "7.590,4")]
    # 1.998,5 / 3.122,9 = 63,995…: 63,99 is the truncation, not an error
    assert errors(doc) == []


def test_shares_that_cover_a_whole_without_it() -> None:
    # dong-van-ha-giang_1 line 5: the shares add up to 99,36 %
    doc = passage("Trên địa bàn có 17 dân tộc cùng sinh sống: dân tộc Mông chiếm 87,75%; Tày 2,67%; Kinh 2,4%; Giấy 1,34%; "
                  "Hoa Hán 2,27%; Lô Lô 0,8%; Cờ Lao 0,84%; còn lại các dân tộc khác chiếm 1,29%.")
    (rel,) = relations(doc, "shares_sum")
    assert len(rel.figures) == 8
    (f,) = errors(doc)
    assert (f.kind, f.reported, f.expected) == ("sum_mismatch", "99,36", "100")


def test_sector_shares_and_their_changes() -> None:
    # ayun-pa-gia-lai_2_planted_changes line 4: −0,46 + 0,59 − 0,31 ≠ 0
    doc = passage("Ngành nông nghiệp – lâm nghiệp – thủy sản hiện chiếm 7,56%, giảm 0,46% so với năm 2020; công nghiệp – "
                  "xây dựng chiếm 53,05%, tăng 0,59% so với năm 2020; thương mại – dịch vụ chiếm 39,39%, giảm 0,31% so "
                  "với năm 2020.")
    targets = sorted(r.target for r in relations(doc, "shares_sum"))
    assert targets == [0, 100]
    (f,) = errors(doc)
    assert (f.reported, f.expected) == ("-0,18", "0")


def test_ownership_shares_of_the_issue() -> None:
    doc = passage("Vốn đầu tư toàn xã hội đạt 9.420 tỷ đồng; trong đó khu vực nhà nước 120 tỷ đồng (chiếm 1,27%), khu vực "
                  "ngoài nhà nước 4.800 tỷ đồng (chiếm 50,96%), khu vực FDI 4.500 tỷ đồng (chiếm 47,77%).")
    assert sums(doc) == [("9.420", ["120", "4.800", "4.500"])]
    assert len(relations(doc, "share")) == 3 and len(relations(doc, "shares_sum")) == 1
    assert errors(doc) == []


def test_a_share_of_a_whole_outside_the_passage_is_not_recomputed() -> None:
    # da-bac-hoa-binh_1 line 4
    doc = passage("Huyện có diện tích tự nhiên lớn nhất tỉnh, 820 km2 (chiếm 17,6% diện tích tự nhiên toàn tỉnh). Dân số "
                  "trung bình là 50.960 người (chiếm 6,4% dân số cả tỉnh).")
    assert relations(doc, "share") == []


# ---------------------------------------------------------------------------------------------
# Rates, counts of names, hedges


def test_density_from_the_population_and_area_printed_before() -> None:
    # buon-ho-dak-lak_1 line 4: 100.357 / 282,61 = 355,1 people per km², not 384 (as published)
    doc = passage("Thị xã Buôn Hồ có 7 phường, 5 xã; diện tích 282,61 km². Năm 2022, dân số thị xã là 100.357 người; trong "
                  "đó khu vực thành thị 55.742 người (55,54%) và khu vực nông thôn 44.615 người (44,46%). Mật độ dân số "
                  "đạt 384 người/km².")
    (rel,) = relations(doc, "per_capita")
    assert (printed(doc, rel, "total"), printed(doc, rel, "base")) == (["100.357"], ["282,61"])
    (f,) = errors(doc)
    assert (f.reported, f.expected) == ("384", "355")


def test_a_count_against_the_names_it_counts() -> None:
    # xin-man-ha-giang_1 lines 4-5
    doc = passage(
        "Diện tích tự nhiên 58.702,22 ha, chia thành 19 đơn vị hành chính gồm 18 xã và 1 thị trấn: Pà Vầy Sủ, Chí cà, "
        "Xín Mần, Nàn Xỉn, Thèn Phàng, Bản Díu, Bản Ngò, Nàn Ma, Nấm Dẩn, Tả Nhìu, Cốc Rế, Chế Là, Ngán Chiên, Trung "
        "Thịnh, Thu Tà, Nà Chì, Khuôn Lùng, Quảng Nguyên và thị trấn Cốc Pài.",
        "Toàn huyện có 16 dân tộc anh em cùng chung sống (Nùng, Mông, Tày, Dao, La Chí, Kinh, Phù Lá, Hoa, Pà Thẻn, Cao "
        "Lan, Mường, Ngạn, Bố Y, Khmer, Giấy, Cơ Lao, Sán Dìu, Sán Chay).",
    )
    counts = {printed(doc, r, "count")[0]: len(r.items) for r in relations(doc, "count_list")}
    # the 19 units are 18 + 1, a sum: not a list of every name too, which would report one missing name twice
    # (golden/prose/README.md, "Administrative units", rule 2)
    assert counts == {"18": 18, "16": 18}
    assert sums(doc, "count_sum") == [("19", ["18", "1"])]
    (f,) = errors(doc)
    assert f.reported == "16" and "18 names" in f.message


def test_hedged_partitions_are_judged_with_the_hedge() -> None:
    # da-lat-lam-dong_1 line 4 (consistent within the hedges) and its planted copy (25 -> 52)
    text = ("Tính đến ngày 8/5/2024, thu ngân sách trên địa bàn thành phố được gần 577 tỷ đồng, bằng 30,21% dự toán năm "
            "và 106% cùng kỳ. Cụ thể: thu thuế và phí, lệ phí trên 373 tỷ đồng, bằng 37,32% dự toán năm, 122% cùng kỳ; "
            "thu về nhà, đất gần 179 tỷ đồng, bằng 21,06% dự toán năm, 84% cùng kỳ; thu biện pháp tài chính gần {x} tỷ "
            "đồng, bằng 41,33% dự toán năm, 129% cùng kỳ.")
    doc = passage(text.format(x="25"))
    assert sums(doc) == [("gần 577", ["trên 373", "gần 179", "gần 25"])] and errors(doc) == []
    (f,) = errors(passage(text.format(x="52")))
    assert f.kind == "sum_mismatch" and "beyond what the hedge" in f.message


def test_the_plan_after_the_ratio_in_parentheses() -> None:
    # issue 12's examples
    doc = passage("Doanh thu đạt 1.250 tỷ đồng, bằng 61,3% kế hoạch (kế hoạch năm 2.040 tỷ đồng).",
                  "Giải quyết việc làm cho 2.310 lao động, đạt 77% kế hoạch (kế hoạch cả năm khoảng 3.000 lao động).",
                  "Năm 2023 đạt 820 tỷ đồng, tăng 9,3% so với năm 2022 (750 tỷ đồng).")
    ratios = sorted((printed(doc, r, "actual")[0], printed(doc, r, "plan")[0]) for r in relations(doc, "ratio"))
    assert ratios == [("1.250", "2.040"), ("2.310", "khoảng 3.000")]
    (growth,) = relations(doc, "growth")
    assert (printed(doc, growth, "current"), printed(doc, growth, "base")) == (["820"], ["750"])
    assert errors(doc) == []


def test_a_remainder_after_a_deduction() -> None:
    # issue 12: "tổng thu 2.150 tỷ đồng; trừ 410 tỷ đồng kết dư và chuyển nguồn thì thu phát sinh là 1.740 tỷ đồng"
    doc = passage("Tổng thu ngân sách 2.150 tỷ đồng; trừ 410 tỷ đồng kết dư và chuyển nguồn thì thu phát sinh là 1.740 tỷ đồng.")
    (rel,) = relations(doc, "difference")
    assert [printed(doc, rel, r)[0] for r in ("minuend", "subtrahend", "difference")] == ["2.150", "410", "1.740"]
    assert errors(doc) == []
    (f,) = errors(passage("Tổng thu ngân sách 2.150 tỷ đồng; trừ 410 tỷ đồng kết dư thì thu phát sinh là 1.640 tỷ đồng."))
    assert f.reported == "1.640"


def test_fractions_of_targets_and_their_parts() -> None:
    # issue 12: "đạt và vượt 18/21 chỉ tiêu; trong đó kinh tế 9/11, xã hội 6/7, quốc phòng – an ninh 3/3"
    doc = passage("Năm 2023 đạt và vượt 18/21 chỉ tiêu; trong đó kinh tế 9/11 chỉ tiêu, xã hội 6/7 chỉ tiêu, quốc phòng – "
                  "an ninh 3/3 chỉ tiêu.")
    assert sorted(sums(doc, "count_sum")) == [("18", ["9", "6", "3"]), ("21", ["11", "7", "3"])]
    assert errors(doc) == []
    (f,) = errors(passage("Năm 2023 đạt và vượt 18/21 chỉ tiêu; trong đó kinh tế 9/11 chỉ tiêu, xã hội 6/7 chỉ tiêu, quốc "
                          "phòng – an ninh 3/4 chỉ tiêu."))
    assert (f.reported, f.expected) == ("21", "22")


# ---------------------------------------------------------------------------------------------
# Round 3: parts printed without their unit, single children of a count fraction, rates split into
# parts, yields over a harvest per season


BAO_LOC = (  # bao-loc-lam-dong_1, line 4
    "Ước 6 tháng đầu năm, tổng thu ngân sách nhà nước trên địa bàn đạt 1.563,9 tỷ đồng, giảm 5,4% và bằng 48,8% "
    "dự toán cả năm; trong đó thuế phí đạt {fees}, bằng 54,0% dự toán; thu từ nhà đất đạt 145,9 tỷ đồng, bằng "
    "23,7% dự toán và giảm 39,4% so với cùng kỳ do thị trường chuyển nhượng bất động sản gặp khó khăn."
)


def test_a_part_printed_without_its_unit_is_a_part_in_the_lists_unit() -> None:
    doc = passage(BAO_LOC.format(fees="1.388,5"))
    assert sums(doc, "subset") == [("1.563,9", ["1.388,5", "145,9"])]
    assert errors(doc) == []


def test_unitless_parts_that_exceed_their_whole_are_an_error() -> None:
    doc = passage(BAO_LOC.format(fees="1.488,5"))  # the planted copy: 1.488,5 + 145,9 > 1.563,9
    assert sums(doc, "subset") == [("1.563,9", ["1.488,5", "145,9"])]
    assert [f.kind for f in errors(doc)] == ["sum_mismatch"]


NAM_GIANG = (  # nam-giang-quang-nam_1, line 4
    "Dù chịu ảnh hưởng của thiên tai, dịch bệnh, năm 2023 huyện đã hoàn thành 18/18 chỉ tiêu phát triển kinh tế – "
    "xã hội, trong đó 13 chỉ tiêu vượt kế hoạch."
)


def test_a_single_child_of_a_count_fraction_is_a_subset_of_its_numerator() -> None:
    doc = passage(NAM_GIANG)
    assert sums(doc, "subset") == [("18", ["13"])]
    assert relations(doc, "partition") == [] and relations(doc, "count_sum") == []


DAK_DOA = (  # dak-doa-gia-lai_1, line 4
    "Tỷ lệ lực lượng lao động trong độ tuổi tham gia bảo hiểm xã hội đạt 10,03%, chia ra bảo hiểm xã hội tự "
    "nguyện chiếm khoảng {voluntary}% và bảo hiểm xã hội bắt buộc 5,83% lực lượng lao động trong độ tuổi; 3,78% "
    "lực lượng lao động trong độ tuổi tham gia bảo hiểm thất nghiệp."
)


def test_a_rate_split_by_chia_ra_is_the_sum_of_its_parts_within_its_clause() -> None:
    doc = passage(DAK_DOA.format(voluntary="4,2"))
    assert sums(doc) == [("10,03%", ["khoảng 4,2%", "5,83%"])]  # 3,78 after the ';' is no part
    assert errors(doc) == []  # 4,2 + 5,83 = 10,03


def test_a_hedged_part_beyond_its_tolerance_breaks_the_split_rate() -> None:
    doc = passage(DAK_DOA.format(voluntary="3,2"))  # 'khoảng 3,2' allows 3,04..3,36: 9,03 is not 10,03
    assert [f.kind for f in errors(doc)] == ["sum_mismatch"]


def test_rates_of_sub_groups_after_trong_do_are_no_parts() -> None:
    # dak-doa-gia-lai_1, line 4: 30 % of the trained hold a certificate; 30 is no part summing to 50
    doc = passage("Huyện phấn đấu đến năm 2025 tỷ lệ lao động qua đào tạo đạt 50%, trong đó có bằng cấp, chứng chỉ "
                  "đạt 30%; tỷ lệ thất nghiệp ở khu vực thành thị dưới 2%.")
    assert relations(doc, "partition") == []


TUY_PHONG = (  # tuy-phong-binh-thuan_2, line 4
    "Vùng đồng bào dân tộc thiểu số có 561 ha đất lúa, chiếm 25,5% diện tích trồng lúa toàn huyện, canh tác 2- 3 "
    "vụ/năm; năng suất bình quân đạt {yield_} tạ trở lên/ha/vụ, sản lượng bình quân 3.366 tấn/vụ, bằng 1/3 sản "
    "lượng lúa toàn huyện."
)


def test_a_yield_over_a_harvest_per_season_printed_after_it() -> None:
    doc = passage(TUY_PHONG.format(yield_="60"))
    [rel] = relations(doc, "per_capita")
    assert (printed(doc, rel, "total"), printed(doc, rel, "base"), printed(doc, rel, "rate")) == (
        ["3.366"], ["561"], ["60"])
    assert rel.scale == 10  # tấn over ha, printed in tạ/ha
    assert errors(doc) == []


def test_a_yield_printed_in_the_wrong_unit_is_an_error() -> None:
    doc = passage(TUY_PHONG.format(yield_="6"))  # as published: 3.366 tấn / 561 ha = 60 tạ/ha, printed 6
    assert [f.kind for f in errors(doc)] == ["ratio_mismatch"]


# golden/prose/README.md, the "times" example (a district's density against its province's)
DENSITY_TIMES = "Mật độ dân số là 363 người/km2, gấp {factor} lần mật độ dân số bình quân của tỉnh (113 người/km2)."


def test_gap_n_lan_takes_its_base_from_the_parenthesis_after_it() -> None:
    doc = passage(DENSITY_TIMES.format(factor="3,21"))
    [rel] = relations(doc, "times")
    assert (printed(doc, rel, "numerator"), printed(doc, rel, "denominator")) == (["363"], ["113"])
    assert errors(doc) == []


def test_a_wrong_factor_is_an_error() -> None:
    doc = passage(DENSITY_TIMES.format(factor="2,21"))
    assert [f.kind for f in errors(doc)] == ["ratio_mismatch"]


def test_gap_n_lan_without_a_printed_base_is_not_recomputed() -> None:
    # da-bac-hoa-binh_1, line 4: the province's density is not printed
    doc = passage("Dân số trung bình là 50.960 người (chiếm 6,4% dân số cả tỉnh); mật độ dân số 62 người/km2, chỉ bằng "
                  "0,4 lần mật độ dân số toàn tỉnh.")
    assert relations(doc, "times") == []


# issue 12's own examples of the plan or base printed after the ratio
def test_the_plan_in_parentheses_after_the_ratio() -> None:
    doc = passage("Doanh thu đạt 1.250 tỷ đồng, bằng 61,2% kế hoạch (kế hoạch năm 2.040 tỷ đồng).")
    [rel] = relations(doc, "ratio")
    assert (printed(doc, rel, "actual"), printed(doc, rel, "plan")) == (["1.250"], ["2.040"])
    assert errors(doc) == []  # 61,27 printed 61,2: truncated, never an error


def test_growth_against_the_base_year_printed_after_it() -> None:
    doc = passage("Năm 2023 đạt 820 tỷ đồng, tăng {rate}% so với năm 2022 (750 tỷ đồng).".format(rate="9,3"))
    [rel] = relations(doc, "growth")
    assert (printed(doc, rel, "current"), printed(doc, rel, "base"), rel.form) == (["820"], ["750"], "increase")
    assert errors(doc) == []
    assert errors(passage("Năm 2023 đạt 820 tỷ đồng, tăng 8,3% so với năm 2022 (750 tỷ đồng).")) != []


# ---------------------------------------------------------------------------------------------
# Average yearly growth between printed years

CAN_LOC = (  # can-loc-ha-tinh_2, lines 4-5
    "Năm 2011, trong tổng diện tích tự nhiên 30.173,5 ha, đất nông nghiệp là 21.504,1 ha (chiếm 71,27%), bằng "
    "104,29% năm 2010 (20.620,2 ha); đất phi nông nghiệp 6.771,9 ha (22,44%), bằng 89,64% năm 2010 (7.554,8 ha); "
    "đất chưa sử dụng 1.897,5 ha (6,29%), bằng 94,95% năm 2010 (1.998,5 ha).",
    "Bình quân giai đoạn 2009 – 2011, diện tích đất nông nghiệp mỗi năm bằng {farm}% năm trước (năm 2009 là "
    "19.460,2 ha), đất phi nông nghiệp bằng 94,46% (năm 2009 là 7.590,4 ha) và đất chưa sử dụng bằng 77,95% (năm "
    "2009 là 3.122,9 ha).",
)


def test_average_index_against_the_first_year_in_parentheses_and_the_last_year_printed_before() -> None:
    doc = passage(CAN_LOC[0], CAN_LOC[1].format(farm="105,12"))
    found = sorted((printed(doc, r, "start")[0], printed(doc, r, "end")[0], printed(doc, r, "rate")[0], r.years, r.form)
                   for r in relations(doc, "avg_growth"))
    assert found == [("19.460,2", "21.504,1", "105,12%", 2, "index"), ("3.122,9", "1.897,5", "77,95%", 2, "index"),
                     ("7.590,4", "6.771,9", "94,46%", 2, "index")]
    assert errors(doc) == []  # 94,46 is 94,4546 within its inputs' rounding


def test_a_wrong_average_index_is_an_error() -> None:
    doc = passage(CAN_LOC[0], CAN_LOC[1].format(farm="104,12"))
    assert [f.kind for f in errors(doc)] == ["ratio_mismatch"]


def test_average_growth_from_to_with_the_span_printed() -> None:
    # golden/prose/README.md's example of avg_growth, in a sentence of its own
    text = "Giai đoạn 2015 - 2020, thu ngân sách trên địa bàn tăng từ 895 lên 1.696 tỷ đồng, bình quân {rate}%/năm."
    doc = passage(text.format(rate="13,6"))
    [rel] = relations(doc, "avg_growth")
    assert (printed(doc, rel, "start"), printed(doc, rel, "end"), rel.years) == (["từ 895"], ["1.696"], 5)
    assert errors(doc) == []
    assert [f.kind for f in errors(passage(text.format(rate="15,6")))] == ["ratio_mismatch"]


def test_average_growth_with_the_years_printed_after_each_figure() -> None:
    doc = passage("Thu nhập bình quân đầu người tăng từ 32 triệu đồng năm 2015 lên 52 triệu đồng năm 2020, tăng bình "
                  "quân 10,2%/năm.")
    [rel] = relations(doc, "avg_growth")
    assert (rel.years, rel.form) == (5, "increase")
    assert errors(doc) == []


def test_an_average_rate_without_its_figures_is_not_recomputed() -> None:
    doc = passage("Tốc độ tăng trưởng bình quân giai đoạn 2016-2020 đạt 8,5%/năm.")
    assert relations(doc, "avg_growth") == []


# ---------------------------------------------------------------------------------------------
# The plan, the whole or the earlier level printed apart from the result. The dev passages print no
# plan in a later clause, no named whole after its share and no change between two levels, so these
# sentences are issue 12's own examples of the constructions, re-worded as its list describes them.


def test_the_plan_in_a_later_clause() -> None:
    doc = passage("Doanh thu đạt 1.250 tỷ đồng, bằng {r}% kế hoạch; kế hoạch năm là 2.040 tỷ đồng.".format(r="61,3"))
    [rel] = relations(doc, "ratio")
    assert (printed(doc, rel, "actual"), printed(doc, rel, "plan")) == (["1.250"], ["2.040"])
    assert errors(doc) == []
    assert [f.kind for f in errors(passage("Doanh thu đạt 1.250 tỷ đồng, bằng 71,3% kế hoạch; kế hoạch năm là 2.040 "
                                            "tỷ đồng."))] == ["ratio_mismatch"]


def test_the_plan_opening_the_next_sentence() -> None:
    doc = passage("Doanh thu đạt 1.250 tỷ đồng, bằng 61,3% dự toán. Dự toán năm 2024 là 2.040 tỷ đồng.")
    [rel] = relations(doc, "ratio")
    assert printed(doc, rel, "plan") == ["2.040"]


def test_the_plan_before_the_result() -> None:
    doc = passage("Kế hoạch giao 3.000 lao động, thực hiện 2.310 lao động, đạt 77%.")
    [rel] = relations(doc, "ratio")
    assert (printed(doc, rel, "actual"), printed(doc, rel, "plan")) == (["2.310"], ["3.000"])
    assert errors(doc) == []


def test_a_plan_of_another_quantity_is_not_the_plan() -> None:
    doc = passage("Doanh thu đạt 1.250 tỷ đồng, bằng 61,3% kế hoạch; kế hoạch năm giao 3.000 lao động.")
    assert relations(doc, "ratio") == []


def test_a_target_named_nghi_quyet_in_parentheses_is_a_figure() -> None:
    doc = passage("Thu nhập bình quân đầu người đạt 45 triệu đồng, bằng 102,3% Nghị quyết (Nghị quyết 44 triệu đồng).")
    [rel] = relations(doc, "ratio")
    assert printed(doc, rel, "plan") == ["44"]
    numbered = passage("Thực hiện Nghị quyết 28 của Huyện ủy, thu nhập đạt 45 triệu đồng.")
    assert [c.value.raw for r in numbered.rows for c in r.cells] == ["45"]  # 28 numbers the resolution


NHU_XUAN = (  # nhu-xuan-thanh-hoa_1, line 13
    "9. Tỷ lệ số xã đạt chuẩn nông thôn mới năm 2025: 50% (8 xã); trong đó xã đạt chuẩn nông thôn mới nâng cao "
    "6,25% (1 xã); tỷ lệ thôn đạt chuẩn nông thôn mới {villages}% (66/112 thôn, tăng thêm 20 thôn); tỷ lệ thôn đạt "
    "chuẩn nông thôn mới kiểu mẫu 1,8% (2 thôn)."
)


def test_a_rate_with_its_count_fraction_in_parentheses_and_a_later_count_over_the_same_whole() -> None:
    doc = passage(NHU_XUAN.format(villages="58,9"))
    found = sorted((printed(doc, r, "part")[0], printed(doc, r, "total")[0], printed(doc, r, "share")[0])
                   for r in relations(doc, "share"))
    assert found == [("2", "112", "1,8%")]  # 8 xã has no printed whole: not recomputed
    # the rate of the printed fraction is a ratio (what was done over what was due), the later count's a share
    assert [(printed(doc, r, "actual")[0], printed(doc, r, "plan")[0], printed(doc, r, "ratio")[0])
            for r in relations(doc, "ratio")] == [("66", "112", "58,9%")]
    assert errors(doc) == []


def test_a_rate_that_is_not_its_count_fraction_is_an_error() -> None:
    doc = passage(NHU_XUAN.format(villages="59,8"))  # the planted copy: digits swapped
    assert [f.kind for f in errors(doc)] == ["ratio_mismatch"]


def test_the_whole_named_after_a_share_in_parentheses() -> None:
    text = "Khu vực nông thôn có 80.000 người, chiếm {s}% dân số toàn huyện (110.000 người)."
    doc = passage(text.format(s="72,7"))
    [rel] = relations(doc, "share")
    assert (printed(doc, rel, "part"), printed(doc, rel, "total")) == (["80.000"], ["110.000"])
    assert errors(doc) == []
    assert [f.kind for f in errors(passage(text.format(s="62,7")))] == ["ratio_mismatch"]
    # a whole outside the passage, even with its figure, is not this passage's whole
    assert relations(passage("Dân số 50.960 người (chiếm 6,4% dân số cả tỉnh (796.000 người))."), "share") == []


def test_a_change_between_two_printed_levels() -> None:
    doc = passage("Số hộ nghèo giảm từ 1.250 hộ xuống còn 980 hộ, giảm 270 hộ.")
    [rel] = relations(doc, "difference")
    assert sorted(printed(doc, rel, "minuend") + printed(doc, rel, "subtrahend")) == ["980", "từ 1.250"]
    assert errors(doc) == []
    assert [f.kind for f in errors(passage("Số hộ nghèo giảm từ 1.250 hộ xuống còn 980 hộ, giảm 370 hộ."))] == [
        "sum_mismatch"]


def test_a_percentage_change_of_two_amounts_is_their_growth() -> None:
    text = "Thu ngân sách tăng từ 895 tỷ đồng năm 2015 lên 1.696 tỷ đồng năm 2020, tăng {g}%."
    [rel] = relations(passage(text.format(g="89,5")), "growth")
    assert rel.form == "increase"
    assert errors(passage(text.format(g="89,5"))) == []
    assert [f.kind for f in errors(passage(text.format(g="79,5")))] == ["ratio_mismatch"]


def test_a_change_of_two_rates_in_percentage_points() -> None:
    assert errors(passage("Tỷ lệ hộ nghèo giảm từ 12,5% xuống còn 8,3%, giảm 4,2%.")) == []
    assert errors(passage("Tỷ lệ che phủ rừng tăng từ 45,2% năm 2020 lên 47,5% năm 2023, tăng 2,3 điểm phần trăm.")) == []
    assert [f.kind for f in errors(passage("Tỷ lệ che phủ rừng tăng từ 45,2% năm 2020 lên 47,5% năm 2023, tăng 3,3 "
                                           "điểm phần trăm."))] == ["sum_mismatch"]


def test_two_levels_without_a_change_state_nothing() -> None:
    # dinh-quan-dong-nai_1: two levels and no change printed between them
    doc = passage("Tỷ lệ gia tăng tự nhiên giảm liên tục, từ 1,58% năm 2000 xuống 1,09% năm 2012, ngang mức trung bình "
                  "chung của tỉnh.")
    assert relations(doc, "difference") == [] and relations(doc, "growth") == []


def test_a_range_from_to_is_no_change_between_two_levels() -> None:
    doc = passage("Thu nhập từ 20 đến 25 triệu đồng/tháng, tăng 10% so với năm trước.")
    assert relations(doc, "growth") == [] and errors(doc) == []


def test_rates_of_sub_groups_after_gom_do_not_add_up() -> None:
    doc = passage("Tỷ lệ bao phủ bảo hiểm y tế đạt 92%, gồm hộ nghèo 100% và hộ cận nghèo 85%.")
    assert relations(doc, "partition") == [] and errors(doc) == []


def test_a_later_count_may_be_a_share_of_the_fractions_numerator() -> None:
    text = "Tỷ lệ xã đạt chuẩn nông thôn mới 62,5% (10/16 xã), trong đó {s}% (2 xã) đạt chuẩn nâng cao."
    doc = passage(text.format(s="20"))
    assert sorted((printed(doc, r, "part")[0], printed(doc, r, "total")[0]) for r in relations(doc, "share")) == [
        ("2", "10")]
    assert [(printed(doc, r, "actual")[0], printed(doc, r, "plan")[0]) for r in relations(doc, "ratio")] == [
        ("10", "16")]  # the printed fraction's rate is a ratio
    assert errors(doc) == []
    assert [f.kind for f in errors(passage(text.format(s="30")))] == ["ratio_mismatch"]  # neither 2/10 nor 2/16


CU_JUT = (  # cu-jut-dak-nong_1, line 4
    "Dân số toàn huyện 101.288 người thuộc 23 dân tộc; đồng bào dân tộc thiểu số chiếm {all}% (riêng đồng bào tại "
    "chỗ M'Nông, Ê Đê chiếm {local}%)."
)


def test_a_share_after_rieng_is_a_subset_of_the_share_before_it() -> None:
    doc = passage(CU_JUT.format(all="48,09", local="12,87"))
    assert sums(doc, "subset") == [("48,09%", ["12,87%"])]
    assert errors(doc) == []


def test_a_share_after_rieng_larger_than_its_whole_is_an_error() -> None:
    doc = passage(CU_JUT.format(all="12,87", local="48,09"))
    assert [f.kind for f in errors(doc)] == ["sum_mismatch"]


def test_a_share_of_a_rate_of_another_base_is_no_subset() -> None:
    # the whole is a rate (of households), not a share of the same base
    doc = passage("Tỷ lệ hộ nghèo 5,2%, trong đó hộ nghèo dân tộc thiểu số chiếm 3,1%.")
    assert relations(doc, "subset") == [] and relations(doc, "partition") == []


# issue 12's own example of counts and their parts (no dev passage prints fractions without their noun)
COUNTS = "Năm 2023 huyện đạt và vượt 18/21 chỉ tiêu; trong đó kinh tế 9/11, xã hội {social}/7, quốc phòng – an ninh 3/3."


def test_count_fractions_without_their_noun_are_parts_of_the_count_fraction_before() -> None:
    doc = passage(COUNTS.format(social="6"))
    assert sorted(sums(doc, "count_sum")) == [("18", ["9", "6", "3"]), ("21", ["11", "7", "3"])]
    assert errors(doc) == []


def test_count_parts_carry_no_rounding() -> None:
    doc = passage(COUNTS.format(social="7"))  # 9 + 7 + 3 = 19, not 18: counts are exact
    assert [f.reported for f in errors(doc)] == ["18"]


def test_gap_n_lan_nam_x_against_that_years_figure_printed_before() -> None:
    # as growth_bases reads "bằng 105,96% năm 2009" (can-loc-ha-tinh_1), for a factor
    first = "Năm 2020, thu nhập bình quân đầu người đạt 28,5 triệu đồng."
    text = "Năm 2025, thu nhập bình quân đầu người đạt 60 triệu đồng, gấp {f} lần năm 2020."
    doc = passage(first, text.format(f="2,1"))
    [rel] = relations(doc, "times")
    assert (printed(doc, rel, "numerator"), printed(doc, rel, "denominator")) == (["60"], ["28,5"])
    assert errors(doc) == []
    assert [f.kind for f in errors(passage(first, text.format(f="2,5")))] == ["ratio_mismatch"]
    # another indicator's 2020 figure is no base
    assert relations(passage("Năm 2020, thu ngân sách đạt 28,5 tỷ đồng.", text.format(f="2,5")), "times") == []


def test_one_of_a_map_scale_denominator_is_a_count_when_a_count_unit_follows() -> None:
    # Hypothesis found it: "1/200 thôn" was taken for a map scale ("tỷ lệ 1/200") and its rate never checked.
    assert [f.kind for f in errors(passage("Tỷ lệ thôn đạt chuẩn nông thôn mới 3,5% (1/200 thôn)."))] == ["ratio_mismatch"]
    assert errors(passage("Tỷ lệ thôn đạt chuẩn nông thôn mới 0,5% (1/200 thôn).")) == []
    assert errors(passage("Đã lập quy hoạch chi tiết tỷ lệ 1/500 khu dân cư, đạt 50% kế hoạch.")) == []


def test_a_blank_line_before_trong_do_is_read_as_the_cli_reads_a_txt_file(tmp_path: Path) -> None:
    # A lede and its "Trong đó" paragraph with a blank line between them (as raw pages print them): the .txt
    # reader drops the blank line, and passage() used to keep it as a line of its own, which broke the link.
    lede = "Năm 2023, tổng thu ngân sách nhà nước trên địa bàn huyện ước đạt 712 tỷ đồng."
    parts = "Trong đó, thu nội địa ước đạt 590 tỷ đồng, thu tiền sử dụng đất 95 tỷ đồng."
    path = tmp_path / "lede.txt"
    path.write_text(f"{lede}\n\n{parts}\n", encoding="utf-8")
    from_file = sums(file_to_document(path), "subset")
    assert from_file == sums(passage(lede, "", parts), "subset") == sums(passage(lede, parts), "subset")
    assert ("712", ["590"]) in from_file
