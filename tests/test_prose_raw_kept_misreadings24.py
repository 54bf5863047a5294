"""Misreadings on round 24's kept raw pages (provincial portals, issue 12), each stated as its mechanism and
tested with reworded sentences of our own, beside a true finding of the same shape that must stay.

1. A rest named after the shares without its own share: "…, nông – lâm – thủy sản chiếm 16,2%, còn lại là thuế
   sản phẩm trừ trợ cấp sản phẩm" was held to 100 % because the three shares name the three sectors.
2. A province's GRDP holds product taxes besides the three sectors: "tỷ trọng khu vực nông, lâm nghiệp, thủy
   sản chiếm 23,68% …; công nghiệp, xây dựng chiếm 29,35% …; dịch vụ chiếm 42,51%" (95,54 %, taxes unprinted)
   was held to 100 % and its changes to 0.
3. An amount in another currency read as a part: "thu nội địa … gần 5.147 tỷ đồng …. Tổng kim ngạch xuất nhập
   khẩu hàng hóa ước đạt 3 tỷ 362 triệu USD" was read in tỷ đồng and summed into the local budget revenue.
"""

from __future__ import annotations

from extractor.model import Document
from reconcile.engine.checks import document_to_findings
from tests.test_prose_links import errors, passage, relations


def _warnings(doc: Document) -> list[str]:
    return [f.message for f in document_to_findings(doc) if f.severity == "warning"]


def _shares(doc: Document) -> list[tuple[str | None, str]]:
    """(form, target) of each shares_sum relation: form None is "must make the target", "at_most" cannot exceed."""
    return [(r.form, str(r.target)) for r in relations(doc, "shares_sum")]


# --- 1. a rest named after the shares ------------------------------------------------------------------

REST = ("Tổng sản phẩm trên địa bàn tỉnh (GRDP) 9 tháng ước tăng 7,1% so với cùng kỳ. Trong đó, khu vực công "
        "nghiệp - xây dựng chiếm {a}, dịch vụ chiếm 38,2%, nông – lâm – thủy sản chiếm 14,9%, còn lại là thuế sản "
        "phẩm trừ trợ cấp sản phẩm.")


def test_sector_shares_before_a_rest_without_a_share_are_some_of_the_whole() -> None:
    doc = passage(REST.format(a="31,4%"))
    assert errors(doc) == []
    assert _shares(doc) == [("at_most", "100")]


def test_sector_shares_before_a_rest_still_cannot_exceed_the_whole() -> None:
    doc = passage(REST.format(a="51,4%"))  # 51,4 + 38,2 + 14,9 = 104,5 > 100: some of a whole cannot exceed it
    assert [m for m in _warnings(doc) if "104,5" in m] != []


def test_a_rest_named_with_its_own_share_still_closes_the_list() -> None:
    doc = passage("Cơ cấu kinh tế của huyện: công nghiệp - xây dựng chiếm 31,4%, dịch vụ chiếm 38,2%, còn lại nông – "
                  "lâm – thủy sản chiếm 25,4%.")
    assert _shares(doc)[:1] == [(None, "100")]
    assert len(errors(doc)) == 1  # 95 ≠ 100


# --- 2. a province's GRDP and its sectors ---------------------------------------------------------------

PROVINCE = ("Năm 2019, kinh tế tỉnh Bình Định tiếp tục tăng trưởng khá, các ngành trên địa bàn tỉnh đều có bước "
            "phát triển.\n"
            "Tốc độ tăng trưởng kinh tế đạt 7,2%. Cơ cấu kinh tế tiếp tục chuyển dịch theo hướng tích cực, tỷ trọng "
            "khu vực nông, lâm nghiệp, thủy sản chiếm {a} (giảm 0,64%); khu vực công nghiệp, xây dựng chiếm 30,12% "
            "(tăng 1,38%); khu vực dịch vụ chiếm 41,07% (giảm 0,51 % so với cùng kỳ).")


def test_a_provinces_sector_shares_short_of_100_leave_the_product_taxes() -> None:
    doc = passage(PROVINCE.format(a="24,36%"))  # 95,55 %: the taxes are the rest
    assert errors(doc) == []
    assert _shares(doc) == [("at_most", "100")]


def test_a_provinces_sector_shares_beyond_100_are_still_found() -> None:
    doc = passage(PROVINCE.format(a="34,36%"))  # 105,55 %: more than all of the whole
    assert [m for m in _warnings(doc) + [f.message for f in errors(doc)] if "105,55" in m] != []


def test_a_provinces_sector_shares_that_make_100_are_all_of_it() -> None:
    doc = passage(PROVINCE.format(a="28,81%"))  # 100 %: closed by the sum, and the changes are held to 0
    assert ("None", "100") not in _shares(doc) and (None, "100") in _shares(doc) and (None, "0") in _shares(doc)
    found = errors(doc)
    assert len(found) == 1 and "0,23" in found[0].message  # − 0,64 + 1,38 − 0,51 = 0,23 ≠ 0


def test_a_districts_sector_shares_short_of_100_are_still_an_error() -> None:
    # the same sentences about a district: its structure has no product taxes, the three sectors are all of it
    doc = passage(PROVINCE.format(a="24,36%").replace("tỉnh Bình Định", "huyện Tuy Phước").replace("tỉnh", "huyện"))
    assert (None, "100") in _shares(doc)
    assert any("95,55" in f.message for f in errors(doc))


def test_printed_product_taxes_close_a_provinces_sectors() -> None:
    text = ("Tổng sản phẩm trên địa bàn tỉnh (GRDP) năm 2023 đạt 98.500 tỷ đồng. Cơ cấu kinh tế: nông, lâm nghiệp và "
            "thủy sản chiếm 24,1%; công nghiệp và xây dựng chiếm 30,2%; dịch vụ chiếm 38,5%; thuế sản phẩm trừ trợ "
            "cấp sản phẩm chiếm 5,2%.")
    found = errors(passage(text))  # 98 ≠ 100: with the taxes printed, every part is there
    assert len(found) == 1 and "98" in found[0].message


# --- 3. an amount in another currency is no part ---------------------------------------------------------

BUDGET = ("Tổng thu ngân sách địa phương 6 tháng ước thực hiện gần 9.800 tỷ đồng, đạt 58,4% dự toán, trong đó thu "
          "nội địa ước thực hiện gần 3.215 tỷ đồng, đạt 41,2% dự toán. {next}")


def test_a_trade_turnover_in_usd_is_no_part_of_a_budget_in_dong() -> None:
    doc = passage(BUDGET.format(next="Tổng kim ngạch xuất nhập khẩu hàng hóa ước đạt 2 tỷ 148 triệu USD, giảm 3,9% so "
                                     "với cùng kỳ năm 2022."))
    assert errors(doc) == []
    assert relations(doc, "partition") == []
    rows = [r for r in doc.rows if "kim ngạch" in r.indicator]
    assert [r.unit for r in rows] == ["tỷ USD"]


def test_amounts_in_usd_keep_their_currency() -> None:
    doc = passage("Kim ngạch xuất khẩu ước đạt 1,2 tỷ USD, tăng 5%; kim ngạch nhập khẩu đạt 362 triệu USD.")
    assert [r.unit for r in doc.rows if r.cells] == ["tỷ USD", "triệu USD"]


def test_a_revenue_in_dong_in_the_next_sentence_is_still_a_part() -> None:
    # the same shape with the customs revenue in đồng: domestic and import-export revenue name every origin
    doc = passage(BUDGET.format(next="Thu từ hoạt động xuất nhập khẩu ước đạt 4.100 tỷ đồng, bằng 52% dự toán."))
    found = errors(doc)
    assert len(found) == 1 and "7.315" in found[0].message


def test_the_rules_district_example_is_an_error() -> None:
    # docs/rules.md's example: a district's structure has no product taxes, so 93,7 is no 100
    doc = passage("Cơ cấu kinh tế của huyện: nông nghiệp 41,8%, công nghiệp - xây dựng 25,4%, dịch vụ 26,5%.")
    assert any("93,7" in f.message for f in errors(doc))


def test_a_provinces_gross_output_by_sector_is_all_of_it() -> None:
    # gross output ("giá trị sản xuất") is the three sectors alone, for a province too
    doc = passage("Năm 2022, tỉnh Bình Định tiếp tục phát triển. Cơ cấu giá trị sản xuất: nông, lâm nghiệp, thủy sản "
                  "chiếm 24,36%; công nghiệp, xây dựng chiếm 30,12%; dịch vụ chiếm 41,07%.")
    assert any("95,55" in f.message for f in errors(doc))
