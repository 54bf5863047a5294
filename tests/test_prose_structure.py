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
    ("Cơ cấu kinh tế nông nghiệp, công nghiệp - xây dựng, dịch vụ tương ứng là 38,2%; 27,5%; 34,3%.",
     ["38,2%", "27,5%", "34,3%"]),
    ("Cơ cấu giữa trồng trọt và chăn nuôi là 57,3% và 42,7%; tỷ lệ che phủ rừng đạt 45%.", ["57,3%", "42,7%"]),
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


@pytest.mark.parametrize(("text", "terms"), [
    ("Dân số 98.450 người, trong đó nam chiếm 49,2%, nữ chiếm 50,8%.", ["49,2%", "50,8%"]),
    ("Tổng số hộ nghèo 1.200 hộ, trong đó thành thị chiếm 15%, nông thôn chiếm 85%.", ["15%", "85%"]),
    ("Dân số toàn huyện khoảng 102.000 người, trong đó dân tộc thiểu số chiếm khoảng 8%, dân tộc Kinh chiếm 92%.",
     ["khoảng 8%", "92%"]),
])
def test_shares_of_a_count_printed_after_trong_do(text: str, terms: list[str]) -> None:
    assert _terms(text) == [terms] and errors(passage(text)) == []


def test_shares_of_a_count_that_exceed_the_whole() -> None:
    (f,) = errors(passage("Dân số 98.450 người, trong đó nam chiếm 49,2%, nữ chiếm 51,8%."))
    assert "must add to 100" in f.message


def test_rates_of_sub_groups_after_trong_do_are_no_shares() -> None:
    # without "chiếm" these are the poverty rates of each area, not shares of the poor
    doc = passage("Tỷ lệ hộ nghèo toàn huyện 5,2%, trong đó thành thị 2,1%, nông thôn 6,4%.")
    assert relations(doc, "shares_sum") == [] and errors(doc) == []


def test_the_checks_know_the_note_of_shares_named_by_their_structure() -> None:
    from extractor.prose_wholes import STRUCTURE_NAMED as READER
    from reconcile.engine.checks.prose_assembly import STRUCTURE_NAMED as CHECKS

    assert READER == CHECKS


@pytest.mark.parametrize(("text", "terms"), [
    # the division announced with "chia" and its object or "ra" before "thành", or with no "làm / thành"
    ("Địa hình chia hai dạng: đồi núi chiếm 70% và thung lũng, bãi bồi chiếm 30% tổng diện tích tự nhiên.",
     ["70%", "30%"]),
    ("Các dòng sông chia huyện thành ba vùng: vùng thượng chiếm 45%, vùng trung 35% và vùng hạ 20%.",
     ["45%", "35%", "20%"]),
    ("Diện tích hoa chia ra thành 3 nhóm lớn: hoa cắt cành chiếm 50%; hoa chậu 30%; cây cảnh 20%.",
     ["50%", "30%", "20%"]),
    # "đồng bằng" is land, no "bằng": the plain's share is one of the three
    ("Địa hình chia làm 3 vùng: vùng đồi núi chiếm 60% diện tích tự nhiên, vùng đồng bằng 28% và vùng ven biển 12%.",
     ["60%", "28%", "12%"]),
])
def test_shares_of_as_many_kinds_as_a_division_announces(text: str, terms: list[str]) -> None:
    assert _terms(text) == [terms] and errors(passage(text)) == []


def test_a_division_whose_shares_miss_100_is_an_error_and_money_before_bang_is_still_a_ratio() -> None:
    (f,) = errors(passage("Địa hình chia làm 3 vùng: vùng đồi núi chiếm 60% diện tích tự nhiên, vùng đồng bằng 25% và "
                          "vùng ven biển 12%."))
    assert "100 %" in f.message
    doc = passage("Doanh thu đạt 1.250 tỷ đồng bằng 71,2% kế hoạch năm (kế hoạch 2.040 tỷ đồng).")
    assert len(relations(doc, "ratio")) == 1 and len(errors(doc)) == 1  # 1.250 / 2.040 = 61,3 %, not 71,2


# yen-thanh-nghe-an_2 (dev, S1110): the value added by sector, then "cơ cấu kinh tế tương ứng là a% - b% - c%"
_VALUE_ADDED = ("Giá trị tăng thêm năm 2016 là 2.553.442 triệu đồng, trong đó nông lâm thủy sản 1.400.749 triệu đồng, "
                "công nghiệp - xây dựng 435.216 triệu đồng, dịch vụ 717.477 triệu đồng; cơ cấu kinh tế tương ứng là "
                "54,86% - 17,04% - 28,10%. Tổng thu ngân sách năm 2016 đạt 103,96 tỷ đồng.")


@pytest.mark.parametrize(("text", "terms"), [
    (_VALUE_ADDED, ["54,86%", "17,04%", "28,10%"]),
    ("Tổng giá trị sản xuất năm 2020 đạt 5.000 tỷ đồng, gồm nông nghiệp 2.000 tỷ đồng, công nghiệp 1.400 tỷ đồng và "
     "dịch vụ 1.600 tỷ đồng, cơ cấu lần lượt là 40%, 28% và 32%.", ["40%", "28%", "32%"]),
])
def test_a_structure_said_respectively_takes_the_parts_listed_before_it(text: str, terms: list[str]) -> None:
    assert _terms(text) == [terms] and errors(passage(text)) == []


def test_each_respective_share_is_its_part_over_the_whole() -> None:
    doc = passage(_VALUE_ADDED)
    shares = [(printed(doc, r, "part")[0], printed(doc, r, "total")[0], printed(doc, r, "share")[0])
              for r in relations(doc, "share")]
    assert shares == [("1.400.749", "2.553.442", "54,86%"), ("435.216", "2.553.442", "17,04%"),
                      ("717.477", "2.553.442", "28,10%")]
    # 453.216 / 2.553.442 = 17,75 %, printed 17,04: the share and the partition both say so
    kinds = sorted(f.kind for f in errors(passage(_VALUE_ADDED.replace("435.216", "453.216"))))
    assert kinds == ["ratio_mismatch", "sum_mismatch"]


def test_respective_shares_that_miss_100_are_an_error_and_a_count_that_differs_reads_nothing() -> None:
    # 38,10 is no 717.477 / 2.553.442 either
    assert sorted(f.kind for f in errors(passage(_VALUE_ADDED.replace("28,10%", "38,10%")))) == [
        "ratio_mismatch", "sum_mismatch"]
    # two parts listed, three shares printed "respectively": which share is whose is not said
    two = _VALUE_ADDED.replace("công nghiệp - xây dựng 435.216 triệu đồng, ", "")
    assert _terms(two) == []
