"""The constructions report prose uses for each relation, in sentences written for these tests (issue 12).

The rules were first written from the development passages' wording; these sentences are not
copied from any passage. Each group varies one construction (word order, where the plan or base is
printed, units, number styles, hedges) so a rule that only fits one passage's wording fails here.
Precision counts as much as recall: sentences whose figures look related but are not must give no
error (at most an info or a warning that says what was not checked).
"""

from __future__ import annotations

from tests.test_prose_links import errors, passage, printed, relations, sums

# ---------------------------------------------------------------------------------------------
# Totals and parts: when a list's figures do not add up to anything


def test_parts_that_classify_the_whole_two_ways_are_not_summed() -> None:
    # sex, then training: the two overlap, so 23.500 + 30.100 > 48.000 says nothing
    doc = passage("Tổng số lao động có việc làm 48.000 người, trong đó lao động nữ 23.500 người, lao động qua "
                  "đào tạo 30.100 người.")
    assert sums(doc, "subset") == [] and sums(doc, "count_sum") == [] and errors(doc) == []


def test_a_deed_among_kinds_is_not_a_part() -> None:
    # what was disbursed is no kind of capital beside the province's share of it
    doc = passage("Tổng vốn đầu tư công năm 2023 là 520 tỷ đồng, trong đó đã giải ngân 410 tỷ đồng, vốn ngân sách "
                  "tỉnh 300 tỷ đồng.")
    assert sums(doc, "subset") == [] and errors(doc) == []


def test_a_comma_list_closed_by_a_semicolon() -> None:
    doc = passage("Tổng chiều dài đường giao thông 850 km, trong đó đường huyện 120 km, đường xã 310 km, đường thôn "
                  "bản 420 km; đã nhựa hóa, bê tông hóa 610 km.")
    assert sums(doc, "subset") == [("850", ["120", "310", "420"])] and errors(doc) == []
    doc = passage("Tổng chiều dài đường giao thông 850 km, trong đó đường huyện 120 km, đường xã 410 km, đường thôn "
                  "bản 420 km; đã nhựa hóa 610 km.")
    (f,) = errors(doc)
    assert f.reported == "850"


def test_a_category_and_its_negation_cover_the_whole() -> None:
    doc = passage("Lao động làm việc trong các ngành kinh tế 52.000 người, trong đó nông nghiệp 31.200 người, phi "
                  "nông nghiệp 20.800 người.")
    assert sums(doc, "count_sum") == [("52.000", ["31.200", "20.800"])] and errors(doc) == []
    doc = passage("Số hộ được khảo sát 1.450 hộ, trong đó hộ có việc làm ổn định 1.210 hộ, hộ không có việc làm ổn "
                  "định 230 hộ.")
    (f,) = errors(doc)
    assert (f.reported, f.expected) == ("1.450", "1.440")
    # "thuế phí" is no negation ("phí" folds to "phi"): revenue parts stay a subset
    doc = passage("Tổng thu ngân sách đạt 563,9 tỷ đồng; trong đó thuế phí đạt 388,5 tỷ đồng, bằng 54% dự toán; thu "
                  "từ nhà đất đạt 145,9 tỷ đồng.")
    assert sums(doc, "partition") == [] and sums(doc, "subset") == [("563,9", ["388,5", "145,9"])]


# ---------------------------------------------------------------------------------------------
# Per-capita figures: a yield takes its own clause's harvest and area


def test_yields_of_two_crops_in_one_sentence() -> None:
    doc = passage("Tổng diện tích lúa 4.500 ha, năng suất 62 tạ/ha, sản lượng 27.900 tấn; diện tích ngô 1.200 ha, "
                  "năng suất 45 tạ/ha.")
    rels = relations(doc, "per_capita")
    assert [(printed(doc, r, "total"), printed(doc, r, "base"), printed(doc, r, "rate")) for r in rels] == [
        (["27.900"], ["4.500"], ["62"])]
    assert errors(doc) == []


def test_a_yield_over_the_harvested_area_not_the_whole() -> None:
    doc = passage("Diện tích cà phê 12.500 ha, trong đó diện tích kinh doanh 11.200 ha, năng suất bình quân 28 tạ/ha, "
                  "sản lượng 31.360 tấn.")
    (rel,) = relations(doc, "per_capita")
    assert printed(doc, rel, "base") == ["11.200"] and errors(doc) == []
    for text in ("Sản lượng 48.345 tấn trên diện tích 8.250 ha, năng suất đạt 58,6 tạ/ha.",
                 "Diện tích lúa cả năm 8.250 ha, năng suất bình quân 58,6 tạ/ha, sản lượng 48.345 tấn."):
        doc = passage(text)
        (rel,) = relations(doc, "per_capita")
        assert printed(doc, rel, "total") == ["48.345"] and errors(doc) == []


# ---------------------------------------------------------------------------------------------
# Counted names


def test_the_rest_is_not_a_name() -> None:
    doc = passage("Huyện có 3 dân tộc chính là Kinh, Tày, Nùng và một số dân tộc khác.")
    (rel,) = relations(doc, "count_list")
    assert len(rel.items) == 3 and errors(doc) == []
    doc = passage("Trên địa bàn có 6 dân tộc cùng sinh sống như Kinh, Tày, Nùng, Dao...")
    assert relations(doc, "count_list") == [] and errors(doc) == []
    (f,) = errors(passage("Huyện có 9 xã đạt chuẩn nông thôn mới là xã Tân Lập, Hòa Bình, Phú Thọ, Kim Sơn, Yên Lạc, "
                          "Đông Hải, Tây Sơn và Trung Lương."))
    assert "8 names" in f.message
