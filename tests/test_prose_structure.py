"""A structure ("cơ cấu") that names its parts before its shares (issue 12).

"cơ cấu giữa A và B là x% và y%" and "Cơ cấu giữa A và B …: A chiếm x%, B y%" say the shares are
the whole's: they must add up to 100 %. Sentences written for these tests, own wording and figures.
"""

from __future__ import annotations

import pytest

from tests.test_prose_links import errors, passage, printed, relations


def _terms(text: str) -> list[list[str]]:
    doc = passage(text)
    return [printed(doc, r, "term") for r in relations(doc, "shares_sum")]


@pytest.mark.parametrize(("text", "terms"), [
    ("Cơ cấu kinh tế giữa nông nghiệp và phi nông nghiệp năm 2023 là 38,5% và 61,5%.", ["38,5%", "61,5%"]),
    ("Năm 2022, cơ cấu lao động nông nghiệp - phi nông nghiệp tương ứng là 62% và 38%; thu nhập bình quân 52 triệu "
     "đồng/người.", ["62%", "38%"]),
    ("Sản xuất ổn định; cơ cấu giữa trồng trọt và chăn nuôi là 57,3% và 42,7%.", ["57,3%", "42,7%"]),
    ("Cơ cấu giữa trồng trọt, chăn nuôi và dịch vụ nông nghiệp năm nay tiếp tục chuyển dịch theo hướng tích cực: "
     "trồng trọt chiếm 55,2%, chăn nuôi 38,1%, dịch vụ nông nghiệp 6,7%.", ["55,2%", "38,1%", "6,7%"]),
])
def test_shares_of_a_structure_that_names_its_parts(text: str, terms: list[str]) -> None:
    assert _terms(text) == [terms] and errors(passage(text)) == []


def test_shares_that_do_not_add_up_are_an_error() -> None:
    (f,) = errors(passage("Sản xuất ổn định; cơ cấu giữa trồng trọt và chăn nuôi là 57,3% và 43,7%."))
    assert "101,0" in f.message
    (f,) = errors(passage("Cơ cấu giữa trồng trọt và chăn nuôi tiếp tục chuyển dịch: trồng trọt chiếm 61,6%, chăn nuôi "
                          "39,4%."))
    assert f.kind == "sum_mismatch"


@pytest.mark.parametrize("text", [
    # more shares than the structure names: not read as its parts
    "Cơ cấu giữa trồng trọt và chăn nuôi là 49,9%, 40,1% và 12%.",
    # growth rates of the parts, not shares
    "Cơ cấu giữa trồng trọt và chăn nuôi chuyển dịch tích cực, trồng trọt tăng 5,2%, chăn nuôi tăng 3,1%.",
    # a structure naming no parts: shares of unnamed kinds may be only some of them
    "Cơ cấu giá trị sản xuất: trồng trọt chiếm 58,2%, chăn nuôi 35,1%.",
])
def test_percentages_that_are_not_the_named_parts(text: str) -> None:
    assert relations(passage(text), "shares_sum") == [] and errors(passage(text)) == []
