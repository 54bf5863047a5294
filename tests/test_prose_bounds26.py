"""A share printed as a bound ("chiếm trên 80 % dân số toàn huyện") is read as the share it bounds (issue 12, round 26).

District reports round a share they are not sure of to a bound: "chiếm trên 80 %", "chiếm hơn 92%", "chiếm dưới
7%". The reader took such a share only from a "trong đó" list; printed after its part, with its whole named and
printed before, it was left unread (kon-plong-kon-tum_1). Each case below is a real development sentence
(kon-plong_1, ha-hoa_2, cam-lam_2, tuy-phong_1; reworded to the bound); the bound must hold on the printed figures,
and the same text with a bound the figures break is an error. A bound cannot tell the right whole from a guessed
one, so a whole that is not printed under the words the share names is never guessed (phu-tan_2).
"""

from __future__ import annotations

import pytest

from reconcile.engine.relations import document_relations
from tests.test_prose_links import errors, passage, printed


def _shares(text: str) -> list[tuple[str, str, str]]:
    doc = passage(text)
    return [(printed(doc, r, "part")[0], printed(doc, r, "total")[0], printed(doc, r, "share")[0])
            for r in document_relations(doc) if r.kind == "share"]


BOUNDS = [
    # kon-plong-kon-tum_1 as printed: the whole restated in households and people, the part too
    ("Đến cuối năm 2016 dân số toàn huyện có 6.543 hộ với 26.685 khẩu; đồng bào dân tộc thiểu số có 5.614 hộ với "
     "21.529 khẩu, chiếm trên {} % dân số toàn huyện.", "80", "90", ("21.529", "26.685", "trên 80 %")),
    # cam-lam-khanh-hoa_2, reworded: one commune's area against the district's
    ("Tổng diện tích tự nhiên của huyện là 55.025,83 ha; xã Suối Cát rộng 10.042,11 ha, chiếm trên {}% diện tích tự "
     "nhiên của huyện.", "18", "28", ("10.042,11", "55.025,83", "trên 18%")),
    # tuy-phong-binh-thuan_1, reworded: a household count against all households
    ("Toàn huyện có 35.337 hộ; hộ nghèo còn 2.450 hộ, chiếm dưới {}% tổng số hộ toàn huyện.", "7", "6",
     ("2.450", "35.337", "dưới 7%")),
    # ha-hoa-phu-tho_2, reworded: "hơn"
    ("Dân số toàn huyện năm 2019 là 104.997 người; dân số nông thôn 96.702 người, chiếm hơn {}% dân số toàn huyện.",
     "92", "95", ("96.702", "104.997", "hơn 92%")),
]


@pytest.mark.parametrize(("text", "right", "wrong", "triple"), BOUNDS)
def test_a_bound_share_is_read_against_its_named_whole(text: str, right: str, wrong: str,
                                                        triple: tuple[str, str, str]) -> None:
    assert triple in _shares(text.format(right))
    assert errors(passage(text.format(right))) == []
    assert errors(passage(text.format(wrong)))


def test_a_bound_share_of_a_whole_not_printed_is_not_guessed() -> None:
    # phu-tan-an-giang_2 as printed: the production area is not printed; 66.143 ha is the sown area, another whole
    text = ("Năm 2008, diện tích gieo trồng cả năm đạt 66.143 ha, sản lượng lúa nếp ước đạt 413.736 tấn. Toàn huyện có 19 "
            "HTX nông nghiệp với 1.913 xã viên, phục vụ sản xuất trên 14.300 ha, chiếm trên 62,2% diện tích sản xuất "
            "toàn huyện.")
    assert _shares(text) == []
    assert errors(passage(text)) == []


def _sums(text: str) -> list[tuple[str, ...]]:
    doc = passage(text)
    return [tuple(printed(doc, r, "term")) for r in document_relations(doc) if r.kind == "shares_sum"]


# Shares of an unprinted whole, one of them printed as a bound (phu-luong-thai-nguyen_3, the docstring's population,
# phu-thien-gia-lai_1 and luc-ngan-bac-giang_5, reworded): they still cover the whole
BOUND_LISTS = [
    ("Cơ cấu kinh tế của huyện những năm gần đây ít biến động: nông, lâm, ngư nghiệp chiếm trên {}%; thương mại và "
     "dịch vụ chiếm 35,01%; công nghiệp và xây dựng chiếm 27,94%.", "37", "47", ("trên 37%", "35,01%", "27,94%")),
    ("Dân số 98.450 người, trong đó nam chiếm dưới {}%, nữ chiếm 50,8%.", "50", "48", ("dưới 50%", "50,8%")),
    ("Dân số trung bình 79.656 người, trong đó dân tộc Kinh chiếm dưới {}%, dân tộc thiểu số chiếm trên 60%.", "40",
     "30", ("dưới 40%", "trên 60%")),
    ("Hai dải núi chia huyện thành hai vùng: vùng núi cao chiếm gần 60% diện tích tự nhiên; vùng đồi thấp chiếm trên "
     "{}% diện tích tự nhiên.", "40", "50", ("gần 60%", "trên 40%")),
]


@pytest.mark.parametrize(("text", "right", "wrong", "terms"), BOUND_LISTS)
def test_a_bound_share_is_a_term_of_its_shares_sum(text: str, right: str, wrong: str, terms: tuple[str, ...]) -> None:
    assert terms in _sums(text.format(right))
    assert errors(passage(text.format(right))) == []
    assert errors(passage(text.format(wrong)))


def test_bounds_of_one_whole_by_two_classifications_are_no_sum() -> None:
    # luc-ngan-bac-giang_2 as printed: minorities and the rural population overlap (51 + 90 > 100)
    text = ("Trên địa bàn có 8 dân tộc cùng sinh sống (Kinh, Tày, Nùng, Cao Lan, Sán Dìu, Sán Chí, Dao, Hoa); đồng bào "
            "các dân tộc thiểu số chiếm hơn 51% dân số, hơn 90% dân số sống ở nông thôn.")
    assert _sums(text) == []
    assert errors(passage(text)) == []
