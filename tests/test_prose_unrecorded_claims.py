"""Errors the tool raised on relations the truth does not hold (issue 12, findings13), each judged by hand
(golden/prose/unrecorded_verdicts.md) and, when false, fixed at its cause. Each test: the real sentence, two
re-wordings, and the same construction with figures that do not agree, which must still be an error.
"""

from __future__ import annotations

from extractor.model import Document
from reconcile.engine.checks import document_to_findings
from tests.test_prose_counted_names import listed_counts
from tests.test_prose_links import errors, passage, text_sums, text_triples

SHARE = ("part", "total", "share")


def _count_lists(text: str) -> list[tuple[str, int]]:
    doc: Document = passage(text)
    return listed_counts(doc)


# ---------------------------------------------------------------------------------------------
# ly-nhan-ha-nam_3: "là" after a status says what the counted things are, not which they are


def test_a_status_after_la_is_no_list_of_names() -> None:
    real = ("Huyện có 13 trường (11 trường tiểu học và 2 trường trung học cơ sở) đạt chuẩn quốc gia; 58 làng và 56 đơn "
            "vị được công nhận là làng văn hóa, đơn vị văn hóa, trong đó cấp tỉnh 48 làng và 43 đơn vị, cấp huyện 10 "
            "làng và 13 đơn vị.")
    assert _count_lists(real) == [] and errors(passage(real)) == []
    reworded = ("Toàn huyện có 42 thôn và 17 cơ quan được công nhận là thôn văn hóa, đơn vị văn hóa.",
                "Đến nay 9 xã đạt danh hiệu là xã nông thôn mới, xã an toàn khu.")
    for text in reworded:
        assert _count_lists(text) == [] and errors(passage(text)) == [], text


def test_names_after_la_are_still_counted() -> None:
    assert _count_lists("Huyện có 2 xã được công nhận là xã Tân Phú và xã Tân Bình.") == [("2", 2)]
    (f,) = errors(passage("Huyện có 3 xã được công nhận là xã Tân Phú và xã Tân Bình."))
    assert f.reported == "3"
    (f,) = errors(passage("Có 4 dân tộc chính là Kinh, Tày và Nùng."))
    assert f.reported == "4"


# ---------------------------------------------------------------------------------------------
# yen-thanh-nghe-an_2 (paraphrase p1): "giá trị tăng thêm" (value added) is a name, not an increase


def test_value_added_is_a_named_total_with_its_sectors() -> None:
    real = ("Năm 2016, giá trị sản xuất (giá so sánh 2010) đạt 5.067.255 triệu đồng (nông lâm thủy sản 2.517.551 triệu "
            "đồng, công nghiệp - xây dựng 1.502.399 triệu đồng, dịch vụ 1.047.305 triệu đồng); giá trị tăng thêm "
            "2.553.442 triệu đồng, chia ra: nông lâm thủy sản 1.400.749 triệu đồng (chiếm 54,86%), công nghiệp - xây "
            "dựng 435.216 triệu đồng (chiếm 17,04%), dịch vụ 717.477 triệu đồng (chiếm 28,10%).")
    assert ("2.553.442", ["1.400.749", "435.216", "717.477"]) in text_sums(real, "partition")
    assert ("1.400.749", "2.553.442", "54,86%") in text_triples(real, "share", SHARE)
    assert errors(passage(real)) == []
    reworded = (
        "Tổng giá trị sản xuất năm 2020 đạt 3.120 tỷ đồng; giá trị tăng thêm đạt 1.800 tỷ đồng, gồm nông nghiệp "
        "720 tỷ đồng (chiếm 40%), công nghiệp 450 tỷ đồng (chiếm 25%), dịch vụ 630 tỷ đồng (chiếm 35%).",
        "Giá trị tăng thêm (GRDP) của huyện năm 2022 ước 960 tỷ đồng, chia ra: khu vực nông, lâm nghiệp 288 tỷ đồng, "
        "khu vực công nghiệp - xây dựng 240 tỷ đồng, khu vực dịch vụ 432 tỷ đồng.",
    )
    for text in reworded:
        assert errors(passage(text)) == [], text
    wrong = reworded[1].replace("432 tỷ", "423 tỷ")
    assert [f.kind for f in errors(passage(wrong))] == ["sum_mismatch"]


# ---------------------------------------------------------------------------------------------
# dong-van-ha-giang_2 (paraphrase p1): a share of households printed after the same households' people


def test_a_share_of_households_beside_their_people_is_not_called_an_error() -> None:
    real = ("Toàn huyện có 16.516 hộ, 82.741 khẩu, trong đó theo chuẩn nghèo mới: hộ nghèo 6.930 hộ, 35.695 khẩu (chiếm "
            "41,96%); hộ cận nghèo 4.761 hộ, 24.609 khẩu (chiếm 28,83%); hộ không nghèo 4.825 hộ, 22.437 khẩu (chiếm "
            "29,21%).")
    reworded = (
        "Xã có 1.240 hộ với 5.310 nhân khẩu; trong đó hộ nghèo 186 hộ, 902 nhân khẩu (chiếm 15,0%), hộ cận nghèo "
        "124 hộ, 611 nhân khẩu (chiếm 10,0%).",
        "Toàn huyện có 20.000 hộ, 90.000 khẩu; hộ nghèo 3.000 hộ, 16.200 khẩu, chiếm 15%; hộ cận nghèo 2.400 hộ, "
        "12.600 khẩu, chiếm 12%.",
    )
    for text in (real, *reworded):
        doc = passage(text)
        assert errors(doc) == [], text
        said = [f.message for f in document_to_findings(doc) if f.kind == "ratio_mismatch"]
        assert all("in place of" in m for m in said), text  # or read as the households' share: no finding
    # a share that neither the people nor the households give is still an error
    wrong = reworded[1].replace("chiếm 15%", "chiếm 25%")
    assert [f.kind for f in errors(passage(wrong))] == ["ratio_mismatch"]
