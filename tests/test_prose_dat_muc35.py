""""đạt mức" reads as "đạt" (issue 12, round 35).

muong-ang-dien-bien_2 prints "tỷ lệ tăng tự nhiên năm 2019 đạt mức 1,75%": "mức" (the level) adds nothing to the
verb. Round 35's rewrite dat_muc printed "đạt mức" for "đạt" before a percentage or an amount of money over 300
development passages, and the reader lost 19 relations and gave 4 errors on relations no passage states: the
verb's column became "đạt mức %", which the rules of a structure's shares do not know, so "khu vực II đạt mức
27,01%" was left out of the sector shares and the other two were summed alone (45,51 % + 27,14 % against 100 %).
The rules that read a level after a rate, a later year's rate, a count's rate and a ratio to a plan opening its
sentence matched "đạt" and stopped at "mức". Each sentence below is a development passage's, as printed (with
"đạt") and with "đạt mức": both must give the same relations and the same errors.
"""

from __future__ import annotations

import re

import pytest

from extractor.model import Document
from tests.test_prose_links import errors, passage, printed, relations

SENTENCES = {
    # cai-be-tien-giang_1: a structure's shares after "đạt"
    "sectors": "Trong cơ cấu kinh tế năm 2008 của huyện, khu vực I đạt chỉ tiêu 45,51%, khu vực II đạt 27,01% và "
               "khu vực III đạt 27,14%.",
    # gia-rai-bac-lieu_4
    "structure": "Năm 2019 cơ cấu kinh tế chuyển dịch đúng hướng, tăng tỷ trọng công nghiệp và giảm dần tỷ trọng "
                 "nông nghiệp thủy sản: công nghiệp - xây dựng đạt 48,1%, thương mại - dịch vụ đạt 31,6%, nông "
                 "nghiệp - thủy sản đạt 20,3%.",
    # thach-thanh-thanh-hoa_3_p2 (paraphrase set): a count over its whole, then its rate (54,2 % is a misprint)
    "count": "Với đàn lợn, huyện tiêm được 6.011 trên tổng số 10.032 con, đạt 54,2%.",
    # my-hao-hung-yen_3: a later year's share, then its change in points
    "later": "Năm 2010 tỷ trọng ngành nông nghiệp vẫn còn 21,75%, đến năm 2015 chỉ còn 6,1%, giảm 15,65%; tỷ trọng "
             "ngành công nghiệp là 56,15% thì năm 2015 đã đạt 63,20%, tăng 7,05%.",
    # hau-loc-thanh-hoa_2_p2 (paraphrase set): a level after its rate, named by the rate's words
    "level": "Năm 2018, Hậu Lộc hoàn thành và vượt cả 23/23 chỉ tiêu chủ yếu HĐND huyện quyết nghị. Giá trị sản xuất "
             "toàn huyện đạt 7.415 tỷ đồng. Thu nhập bình quân đầu người là 37 triệu đồng.\n"
             "Sang năm 2019, huyện có 23/24 chỉ tiêu chủ yếu hoàn thành và vượt mục tiêu; 16 chỉ tiêu vượt kế hoạch. "
             "So với cùng kỳ, giá trị sản xuất tăng 15,3%, lên 8.550 tỷ đồng. Thu nhập bình quân đầu người tăng 16,8%, "
             "đạt 43,2 triệu đồng.\n"
             "Tại kỳ họp cuối năm 2020 của HĐND huyện, báo cáo cho biết tổng giá trị sản xuất năm 2020 đạt 9.585 tỷ "
             "đồng, bằng 97,2% kế hoạch. Mức tăng là 12,1%. Thu nhập bình quân đầu người đạt 44,8 triệu đồng, bằng "
             "97,4% kế hoạch. So với năm 2019, thu nhập tăng 8,4%.",
    # yen-dinh-thanh-hoa_2_p2 (paraphrase set): an index printed before its level
    "index": "Năm 2012, tổng giá trị sản xuất của huyện Yên Định là 5.986.334 triệu đồng. So với năm trước, năm 2013 "
             "bằng 120%, đạt 7.170.343 triệu đồng.",
    # dat-do-ba-ria-vung-tau_2_p2 (paraphrase set): a ratio to a plan printed two sentences apart
    "plan": "Dự toán thu ngân sách trên địa bàn được HĐND thống nhất là 303,7 tỷ đồng.\n"
            "Thu ngân sách trên địa bàn được 115,06 tỷ đồng. So với dự toán, tỷ lệ thu đạt 37,89%; so với cùng kỳ, "
            "tăng 35,57%.",
}


def reading(doc: Document) -> list[tuple[str, str, tuple[tuple[str, tuple[str, ...]], ...]]]:
    """Every relation of the passage: its kind, its form and the figures each of its roles prints."""
    return sorted((r.kind, r.form or "", tuple((role, tuple(printed(doc, r, role)))
                                              for role in sorted({rr for rr, _ in r.figures})))
                  for kind in ("shares_sum", "ratio", "growth", "difference", "partition", "subset")
                  for r in relations(doc, kind))


@pytest.mark.parametrize("name", sorted(SENTENCES))
def test_dat_muc_reads_as_dat(name: str) -> None:
    text = SENTENCES[name]
    reworded = re.sub(r"\bđạt (?=\d)", "đạt mức ", text)
    assert reworded != text
    plain, muc = passage(*text.split("\n")), passage(*reworded.split("\n"))
    assert reading(muc) == reading(plain)
    assert reading(plain) or errors(plain)  # each sentence states something
    assert [f.message for f in errors(muc)] == [f.message for f in errors(plain)]


def test_structure_shares_after_dat_muc_are_summed_together() -> None:
    doc = passage(re.sub(r"\bđạt (?=\d)", "đạt mức ", SENTENCES["structure"]))
    assert [printed(doc, r, "term") for r in relations(doc, "shares_sum") if r.form is None] == [
        ["48,1%", "31,6%", "20,3%"]]
    assert errors(doc) == []


def test_a_count_rate_after_dat_muc_is_checked() -> None:
    # 6.011 / 10.032 = 59,9 %, not 54,2 %: the misprint the passage's truth holds
    doc = passage(re.sub(r"\bđạt (?=\d)", "đạt mức ", SENTENCES["count"]))
    assert [f.kind for f in errors(doc)] == ["ratio_mismatch"]
