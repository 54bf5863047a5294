"""Relations the words do not state must never become errors, and constructions of real report prose
(issue 12, wave-8 first contact).

Each class below either assembled a share or a subset the text does not print (and the tool called
it an error), or is a construction the tool did not read. Sentences written for these tests, own
wording and figures.
"""

from __future__ import annotations

import pytest

from tests.test_prose_links import errors, passage, printed, relations


def _triples(text: str, kind: str, roles: tuple[str, str, str]) -> list[tuple[str, ...]]:
    doc = passage(text)
    return [tuple(printed(doc, r, role)[0] for role in roles) for r in relations(doc, kind)]


def _sums(text: str, kind: str) -> list[tuple[str, list[str]]]:
    doc = passage(text)
    return [(printed(doc, r, "total")[0], printed(doc, r, "part")) for r in relations(doc, kind)]


# ---------------------------------------------------------------------------------------------
# "A chiếm P% (N ha), B chiếm Q% (M ha)": the figure in parentheses closes its clause, so the next
# item's share is of the figure printed after it, never of the one before it


@pytest.mark.parametrize(("text", "shares"), [
    ("Tổng diện tích tự nhiên của huyện là 48.500 ha. Đất nông nghiệp chiếm 40% (19.400 ha), đất lâm nghiệp "
     "chiếm 30% (14.550 ha), đất phi nông nghiệp chiếm 20% (9.700 ha).",
     [("19.400", "48.500", "40%"), ("14.550", "48.500", "30%"), ("9.700", "48.500", "20%")]),
    ("Dân số toàn huyện 120.000 người. Người Kinh chiếm 55% (66.000 người), người Tày chiếm 25% (30.000 người).",
     [("66.000", "120.000", "55%"), ("30.000", "120.000", "25%")]),
    ("Huyện có diện tích tự nhiên 25.000 ha; đất trồng lúa chiếm 18% (4.500 ha), đất trồng cây lâu năm chiếm 12% "
     "(3.000 ha), còn lại là đất khác.",
     [("4.500", "25.000", "18%"), ("3.000", "25.000", "12%")]),
])
def test_a_share_before_its_part_in_parentheses_is_not_of_the_previous_part(
        text: str, shares: list[tuple[str, str, str]]) -> None:
    assert sorted(_triples(text, "share", ("part", "total", "share"))) == sorted(shares)
    assert errors(passage(text)) == []


def test_a_wrong_share_before_its_part_is_an_error_on_its_own_part() -> None:
    (f,) = errors(passage("Tổng diện tích tự nhiên của huyện là 48.500 ha. Đất nông nghiệp chiếm 40% (19.400 ha), "
                          "đất lâm nghiệp chiếm 03% (14.550 ha), đất phi nông nghiệp chiếm 20% (9.700 ha)."))
    assert "14.550 / 48.500" in f.message and "03%" in f.message


# ---------------------------------------------------------------------------------------------
# "Riêng X" opening a sentence after a sentence that lists parts: its whole is the part it names,
# never the first part of that list


@pytest.mark.parametrize(("text", "subsets"), [
    ("Giá trị sản xuất đạt 3.000 tỷ đồng. Trong tổng đó, nông nghiệp 900 tỷ đồng, công nghiệp - xây dựng 1.200 tỷ "
     "đồng, dịch vụ 900 tỷ đồng. Riêng công nghiệp đạt 700 tỷ đồng.",
     [("1.200", ["700"])]),
    ("Tổng giá trị sản xuất năm 2022 ước 4.100 tỷ đồng. Trong đó, nông - lâm - thủy sản 1.500 tỷ đồng, công "
     "nghiệp - xây dựng 1.100 tỷ đồng, thương mại - dịch vụ 1.500 tỷ đồng. Riêng thủy sản đạt 420 tỷ đồng.",
     [("1.500", ["420"])]),
    ("Giá trị sản xuất 6 tháng đạt 2.400 tỷ đồng. Trong đó: nông lâm nghiệp 600 tỷ đồng, công nghiệp xây dựng "
     "1.000 tỷ đồng, dịch vụ 800 tỷ đồng. Riêng giá trị sản xuất xây dựng đạt 350 tỷ đồng.",
     [("1.000", ["350"])]),
])
def test_rieng_after_a_listed_sentence_is_a_subset_of_the_part_it_names(
        text: str, subsets: list[tuple[str, list[str]]]) -> None:
    assert _sums(text, "subset") == subsets
    assert errors(passage(text)) == []


def test_rieng_after_a_listed_sentence_naming_no_part_reads_no_subset() -> None:
    text = ("Giá trị sản xuất đạt 3.000 tỷ đồng. Trong tổng đó, nông nghiệp 900 tỷ đồng, công nghiệp - xây dựng "
            "1.200 tỷ đồng, dịch vụ 900 tỷ đồng. Riêng hàng xuất khẩu đạt 1.100 tỷ đồng.")
    assert _sums(text, "subset") == []
    assert errors(passage(text)) == []


def test_rieng_larger_than_the_part_it_names_is_an_error() -> None:
    (f,) = errors(passage("Giá trị sản xuất đạt 3.000 tỷ đồng. Trong tổng đó, nông nghiệp 900 tỷ đồng, công nghiệp - "
                          "xây dựng 1.200 tỷ đồng, dịch vụ 900 tỷ đồng. Riêng công nghiệp đạt 7.000 tỷ đồng."))
    assert "1.200" in f.message and "7.000" in f.message


@pytest.mark.parametrize(("text", "partition"), [
    ("Giá trị sản xuất đạt 3.000 tỷ đồng. Trong tổng đó, nông nghiệp 900 tỷ đồng, công nghiệp - xây dựng 1.200 tỷ "
     "đồng, dịch vụ 900 tỷ đồng.", ("3.000", ["900", "1.200", "900"])),
    ("Tổng vốn đầu tư toàn xã hội đạt 2.000 tỷ đồng; trong tổng số đó, vốn nhà nước 600 tỷ đồng, vốn ngoài nhà nước "
     "1.400 tỷ đồng.", ("2.000", ["600", "1.400"])),
    ("Giá trị sản xuất năm 2021 đạt 5.200 tỷ đồng. Trong tổng đó, nông - lâm - thủy sản đạt 1.300 tỷ đồng (tăng "
     "4%), công nghiệp - xây dựng 2.100 tỷ đồng, dịch vụ 1.800 tỷ đồng.", ("5.200", ["1.300", "2.100", "1.800"])),
])
def test_trong_tong_do_opens_the_parts_of_the_total(text: str, partition: tuple[str, list[str]]) -> None:
    assert _sums(text, "partition") == [partition]
    assert errors(passage(text)) == []
