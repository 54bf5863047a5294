"""Misreadings found on raw district and provincial pages (prose22u's kept page, prose23v's development
pages), each stated as its mechanism and tested with reworded sentences of our own, beside a true finding of
the same shape that must stay (issue 12).

1. A list read without one of its own items: "thu nội địa …; thu từ hoạt động xuất nhập khẩu …; thu từ dầu
   thô …" was summed as domestic and trade revenue only (the two classes the revenue origins name), so the
   crude oil was left out and the total "did not add up".
2. A whole that counts one noun of several: "17 xã và 2 thị trấn, …, trong đó có 18 xã, thị trấn thuộc diện
   đặc biệt khó khăn" read 18 as a part of the 2 towns.
"""

from __future__ import annotations

from reconcile.engine.checks import document_to_findings
from reconcile.engine.explain import all_relations, explain_percentage, percentage_at, reading_of
from reconcile.engine.relations import document_relations
from tests.test_prose_links import errors, passage, sums

# --- 1. a list read without one of its own items is not summed -----------------------------------------

TOTAL = "Tổng thu ngân sách nhà nước trên địa bàn 6 tháng ước thực hiện {whole} tỷ đồng, đạt 52% dự toán."
THREE_ITEMS = ("Theo báo cáo của Sở Tài chính, thu nội địa ước thực hiện được 41.250 tỷ đồng, tăng 9,4%; thu từ "
               "hoạt động xuất nhập khẩu ước thực hiện được 12.600 tỷ đồng, tăng 2,1%; thu từ dầu thô ước thực hiện "
               "3.140 tỷ đồng, giảm 8,2%.")
TWO_ITEMS = ("Theo báo cáo của Sở Tài chính, thu nội địa ước thực hiện được 41.250 tỷ đồng, tăng 9,4%; thu từ "
             "hoạt động xuất nhập khẩu ước thực hiện được 12.600 tỷ đồng, tăng 2,1%.")


def _all_sums(doc: object) -> list[tuple[str, list[str]]]:
    return sums(doc, "partition") + sums(doc, "subset")  # type: ignore[arg-type]


def test_a_list_read_without_its_third_item_is_not_summed() -> None:
    # 41.250 + 12.600 = 53.850; with the oil 56.990: the two classes the origins name are not the whole list
    doc = passage(TOTAL.format(whole="56.990"), THREE_ITEMS)
    assert [s for s in sums(doc, "partition") if s[0] == "56.990"] == []
    assert errors(doc) == []


def test_a_list_of_two_named_origins_is_still_summed_and_its_error_found() -> None:
    good = passage(TOTAL.format(whole="53.850"), TWO_ITEMS)
    assert ("53.850", ["41.250", "12.600"]) in sums(good, "partition")
    assert errors(good) == []
    wrong = passage(TOTAL.format(whole="56.990"), TWO_ITEMS)
    found = errors(wrong)
    assert len(found) == 1 and found[0].reported == "56.990"


def test_a_next_clause_of_another_measure_does_not_stop_the_sum() -> None:
    # the clause after the list opens with other words ("tổng chi …"): another indicator, not an item
    text = TWO_ITEMS[:-1] + "; tổng chi ngân sách địa phương ước thực hiện 9.870 tỷ đồng, đạt 37% dự toán."
    wrong = passage(TOTAL.format(whole="56.990"), text)
    found = errors(wrong)
    assert len(found) == 1 and found[0].reported == "56.990"


def test_sectors_named_with_other_words_are_still_a_partition() -> None:
    # items whose clauses open with different words are read as before: the three sectors, an error planted
    doc = passage("Giá trị sản xuất toàn huyện đạt 5.400 tỷ đồng. Nông, lâm, thủy sản đạt 1.500 tỷ đồng; công "
                  "nghiệp - xây dựng đạt 2.100 tỷ đồng; dịch vụ đạt 1.600 tỷ đồng.")
    found = errors(doc)
    assert len(found) == 1 and found[0].reported == "5.400"


# --- 2. a whole that counts one noun of several is no whole -------------------------------------------

ADMIN = ("Toàn huyện có {communes} xã và {towns} thị trấn, gồm 198 thôn, tổ dân phố, trong đó có {part} xã, thị trấn "
         "thuộc diện đặc biệt khó khăn.")


def test_a_part_counting_communes_and_towns_is_no_part_of_the_towns() -> None:
    doc = passage(ADMIN.format(communes=15, towns=2, part=16))
    assert [s for s in _all_sums(doc) if s[1] == ["16"]] == []
    findings = [f for f in document_to_findings(doc) if f.kind == "sum_mismatch"]
    assert findings == []


def test_a_part_in_one_noun_under_that_noun_is_still_checked() -> None:
    # the same shape with a part in the whole's own noun: 19 communes of 15 is still an error
    doc = passage("Toàn huyện có 2 thị trấn và 15 xã, gồm 198 thôn, tổ dân phố, trong đó có 19 xã thuộc diện đặc "
                  "biệt khó khăn.")
    found = errors(doc)
    assert len(found) == 1 and found[0].reported == "15"


# --- 3. parts of one whole are not each other's earlier level ------------------------------------------

SECTOR_GROWTHS = ("Tổng giá trị sản xuất ước đạt gần 4.100 tỷ đồng, tăng 4,2% so cùng kỳ. Trong đó, thương mại - dịch "
                  "vụ ước gần 1.800 tỷ đồng, tăng hơn 6,5%; công nghiệp - xây dựng ước gần 1.950 tỉ đồng, tăng gần "
                  "8,1%; nông, lâm, thuỷ sản ước gần 350 tỷ đồng, tăng hơn 0,9% so cùng kỳ.")


def _growths(doc: object) -> list[tuple[str, str]]:
    rows = {r.index: r for r in doc.rows}  # type: ignore[attr-defined]
    return [(rows[rel.refs("current")[0][0]].cells[rel.refs("current")[0][1]].value.raw,
             rows[rel.refs("base")[0][0]].cells[rel.refs("base")[0][1]].value.raw)
            for rel in all_relations(doc) if rel.kind == "growth"]  # type: ignore[arg-type]


def test_a_sectors_growth_is_not_explained_by_the_sector_before_it() -> None:
    doc = passage(SECTOR_GROWTHS)
    assert ("gần 1.950", "gần 1.800") not in _growths(doc)
    assert [f for f in document_to_findings(doc) if f.kind == "ratio_mismatch"] == []


def test_a_growth_over_an_earlier_years_figure_is_still_explained() -> None:
    # the same figures as a level and its earlier level: 1.950 / 1.800 − 1 = 8,33 %
    doc = passage("Giá trị sản xuất công nghiệp năm 2023 đạt 1.950 tỷ đồng, tăng 8,33% so với năm 2022 (1.800 tỷ "
                  "đồng).")
    assert ("1.950", "1.800") in _growths(doc)



def _alone(doc: object, raw: str) -> list[str]:
    """What the generic reader alone reads the percentage printed ``raw`` as (no rule's relation of it)."""
    rows = {r.index: r for r in doc.rows}  # type: ignore[attr-defined]
    ref = next((r.index, k) for r in rows.values() for k, c in enumerate(r.cells) if c.value.raw == raw)
    others = [s for s in document_relations(doc) if ref not in {x for _, x in s.figures}]  # type: ignore[arg-type]
    got = explain_percentage(doc, percentage_at(doc, ref), reading_of(doc, others))  # type: ignore[arg-type]
    return [] if got is None else [rows[r].cells[k].value.raw for _, (r, k) in got.figures]


def test_a_parts_growth_over_its_own_plan_is_still_explained() -> None:
    # one row's own figures under a whole (its plan and what was done) are no two parts of it
    doc = passage("Tổng chi ngân sách giao 615 tỷ đồng, thực hiện 776,887 tỷ đồng, vượt 26,32%; trong đó chi đầu tư "
                  "phát triển giao 36,681 tỷ đồng, thực hiện 65,187 tỷ đồng, vượt 77,71%.")
    assert sorted(_alone(doc, "77,71%")) == sorted(["65,187", "36,681", "77,71%"])


def test_parts_one_per_sentence_with_an_unread_third_are_not_summed() -> None:
    # the same list printed one item per sentence: the third sentence's item is still an item
    doc = passage(TOTAL.format(whole="56.990") + " Thu nội địa ước thực hiện được 41.250 tỷ đồng. Thu từ hoạt động xuất "
                  "nhập khẩu ước thực hiện được 12.600 tỷ đồng. Thu từ dầu thô ước thực hiện 3.140 tỷ đồng.")
    assert errors(doc) == []
    two = passage(TOTAL.format(whole="56.990") + " Thu nội địa ước thực hiện được 41.250 tỷ đồng. Thu từ hoạt động xuất "
                  "nhập khẩu ước thực hiện được 12.600 tỷ đồng.")
    found = errors(two)
    assert len(found) == 1 and found[0].reported == "56.990"
