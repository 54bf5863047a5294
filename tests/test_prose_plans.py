"""A plan, what was done and the excess over the plan, printed as separate clauses (issue 12).

Reports that turn a table of targets into prose print each indicator as "chỉ tiêu X, thực hiện Y,
vượt Z%" (or "KH: X; TH: Y", "được giao X …, thực hiện Y, đạt Z% kế hoạch"). The sentences here are
written for these tests, in their own wording and figures; none is copied from a corpus passage.
"""

from __future__ import annotations

import pytest

from tests.test_prose_links import errors, passage, printed, relations


def _triple(text: str, kind: str) -> list[tuple[str, str, str]]:
    doc = passage(text)
    roles = {"growth": ("current", "base", "rate"), "ratio": ("actual", "plan", "ratio"),
             "difference": ("minuend", "subtrahend", "difference")}[kind]
    return [(printed(doc, r, roles[0])[0], printed(doc, r, roles[1])[0], printed(doc, r, roles[2])[0]) for r in relations(doc, kind)]


@pytest.mark.parametrize(("text", "want"), [
    ("Giải quyết việc làm mới: kế hoạch 1.800 lao động, thực hiện 2.070 lao động, vượt 15%.",
     ("2.070", "1.800", "15%")),
    ("Thu ngân sách nhà nước trên địa bàn KH: 45,2 tỷ đồng; TH: 51,08 tỷ đồng, vượt 13%.",
     ("51,08", "45,2", "13%")),
    ("Diện tích trồng rừng tập trung chỉ tiêu giao 450 ha, ước thực hiện cả năm 468 ha, vượt 4%.",
     ("468", "450", "4%")),
    ("Tổng vốn huy động toàn xã hội Nghị quyết HĐND huyện giao 2.400 tỷ, thực hiện 2.760 tỷ đồng, vượt 15%.",
     ("2.760", "2.400", "15%")),
    ("Thu ngân sách kế hoạch năm 2023: 45 tỷ đồng; ước thực hiện: 51 tỷ đồng, vượt 13,3%.", ("51", "45", "13,3%")),
    ("Thu ngân sách được HĐND huyện giao 45 tỷ đồng, đến nay thực hiện 51 tỷ đồng, vượt 13,3%.", ("51", "45", "13,3%")),
    ("Giải quyết việc làm chỉ tiêu 2.000 lao động, kết quả thực hiện 2.308 lao động, vượt 15,4%.",
     ("2.308", "2.000", "15,4%")),
    # the plan after what was done, bare or in parentheses after the excess
    ("Doanh thu thương mại dịch vụ thực hiện 1.250 tỷ đồng, kế hoạch 1.100 tỷ đồng, vượt 13,6%.",
     ("1.250", "1.100", "13,6%")),
    ("Thu ngân sách thực hiện 51,08 tỷ đồng, vượt 13% so với chỉ tiêu giao (45,2 tỷ đồng).",
     ("51,08", "45,2", "13%")),
])
def test_an_excess_over_the_plan_printed_before(text: str, want: tuple[str, str, str]) -> None:
    assert _triple(text, "growth") == [want]
    assert errors(passage(text)) == []


def test_the_ratio_to_a_plan_assigned_in_words() -> None:
    for text in ("Vốn đầu tư phát triển huyện được tỉnh giao 320 tỷ đồng, thực hiện 352 tỷ đồng, đạt 110% kế hoạch.",
                 "Sản lượng thủy sản kế hoạch 3.200 tấn, ước đạt 3.100 tấn, bằng 96,9% kế hoạch."):
        doc = passage(text)
        (rel,) = relations(doc, "ratio")
        assert printed(doc, rel, "ratio")[0] in ("110%", "96,9%") and errors(doc) == []
        row = next(r for r in doc.rows if r.cells and r.cells[0].role == "plan")
        assert "giao" not in row.indicator and "kế hoạch" not in row.indicator


def test_an_excess_that_does_not_recompute_is_an_error() -> None:
    (f,) = errors(passage("Giải quyết việc làm mới: kế hoạch 1.800 lao động, thực hiện 2.070 lao động, vượt 25%."))
    assert (f.kind, f.reported) == ("ratio_mismatch", "25%")
    (f,) = errors(passage("Thu ngân sách KH: 45,2 tỷ đồng; TH: 51,08 tỷ đồng, vượt 31%."))
    assert f.reported == "31%"


def test_an_excess_of_a_rate_is_in_points_whichever_way_the_target_points() -> None:
    # a coverage rate above its floor, and a birth rate below its ceiling: both "vượt" the target
    text = "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ chỉ tiêu 96%, thực hiện 97,2%, vượt 1,2%."
    assert _triple(text, "difference") == [("97,2%", "96%", "1,2%")] and errors(passage(text)) == []
    text = "Tỷ lệ sinh con thứ ba trở lên Nghị quyết đề ra 12%, thực hiện 10,5%, vượt 1,5%."
    assert _triple(text, "difference") == [("12%", "10,5%", "1,5%")] and errors(passage(text)) == []
    (f,) = errors(passage("Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ chỉ tiêu 96%, thực hiện 97,2%, vượt 2,1%."))
    assert f.reported == "2,1%"


@pytest.mark.parametrize("text", [
    # an assignment in another unit than what was done
    "Tỉnh giao 50 tỷ đồng vốn sự nghiệp, thực hiện 30 dự án, vượt 20%.",
    # a growth against last year after a plan and an actual is not over the plan
    "Giải quyết việc làm chỉ tiêu 2.000 người, thực hiện 2.308 người, tăng 5% so với năm 2022.",
    # "đạt" a percentage after a plan is a ratio to it, not an actual
    "Tỷ lệ hộ dùng nước sạch chỉ tiêu 95%, đạt 92%.",
    # a figure of another indicator after a plan
    "Kế hoạch trồng rừng 450 ha, diện tích rừng hiện có 12.300 ha, tăng 4%.",
])
def test_figures_that_only_sit_beside_a_plan(text: str) -> None:
    doc = passage(text)
    assert relations(doc, "growth") == [] and relations(doc, "difference") == [] and errors(doc) == []


@pytest.mark.parametrize(("text", "want"), [
    ("Thu ngân sách trên địa bàn 46.204 triệu đồng/ KH năm 2017: 84.929 triệu đồng, đạt 54,4%.",
     ("46.204", "84.929", "54,4%")),
    ("Tổng chi ngân sách 120,5 tỷ đồng/KH: 150 tỷ đồng, tức đạt 80,3%.", ("120,5", "150", "80,3%")),
    ("Diện tích trồng rừng 1.230 ha/ kế hoạch năm 2023: 1.500 ha, đạt 82%.", ("1.230", "1.500", "82%")),
])
def test_the_plan_after_a_slash_and_its_ratio(text: str, want: tuple[str, str, str]) -> None:
    assert _triple(text, "ratio") == [want] and errors(passage(text)) == []


def test_a_ratio_to_the_plan_after_a_slash_that_does_not_recompute() -> None:
    (f,) = errors(passage("Tổng chi ngân sách 120,5 tỷ đồng/KH: 150 tỷ đồng, tức đạt 85,3%."))
    assert (f.kind, f.reported) == ("ratio_mismatch", "85,3%")


def test_a_per_unit_after_a_slash_is_still_a_unit() -> None:
    doc = passage("Thu nhập bình quân đạt 52 triệu đồng/người/năm, tăng 6,1%.")
    assert relations(doc, "ratio") == [] and errors(doc) == []
    assert any((r.unit or "").startswith("triệu đồng/người") for r in doc.rows)
