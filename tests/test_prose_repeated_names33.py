"""A counted list that prints a name twice (issue 12, round 33: the truth policy left over from round 32).

The truth recorded such lists both ways: "Toàn huyện có 27 xã thị trấn là: …, Nà Hẩu, …, Nà Hẩu, …" (van-yen-yen-bai_3)
as inconsistent (26 different units for 27), the same shape with "Yên Thành" twice under "25 đơn vị hành chính"
(yen-binh-yen-bai_1) as consistent (25 names for 25), and "Đông Hội, Đông Hội" among 24 names for "23 xã"
(dong-anh-ha-noi_1) as inconsistent (24 names for 23). The policy now (golden/prose/README.md, convention rule 3):
the items are the names as printed, and a name printed twice makes the relation inconsistent whatever the count,
since the count and the list cannot both be right. The tool judges it so (prose_arith._judge_count_list).
"""

from __future__ import annotations

from reconcile.engine.checks.prose_arith import repeated_names
from tests.test_prose_links import errors, passage
from tests.test_prose_truth import _fig, _verdict

VAN_YEN = ("Toàn huyện có 27 xã thị trấn là: An Thịnh, Đại Phác, Yên Phú, Mỏ Vàng, Đại Sơn, Viễn Sơn, Nà Hẩu, Xuân Tầm, "
           "Tân Hợp, Đông An, Châu Quế Thượng, Châu Quế Hạ, Phong Dụ Thượng, Phong Dụ Hạ, {again}, Lang Khay, Lang "
           "Thíp, An Bình, Quang Minh, Mậu Đông, Đông Cuông, Ngòi A, Yên Thái, Yên Hợp, Xuân Ái, Hoàng Thắng và thị "
           "trấn huyện lỵ Mậu A.")


def test_a_name_printed_twice_is_an_error_though_the_names_match_the_count() -> None:
    found = errors(passage(VAN_YEN.format(again="Nà Hẩu")))
    assert [f for f in found if "Nà Hẩu" in f.message and "26" in f.message]


def test_the_same_list_with_every_name_once_is_consistent() -> None:
    assert errors(passage(VAN_YEN.format(again="Nà Cọ"))) == []


def test_a_commune_and_a_town_of_one_name_are_two_names() -> None:
    assert repeated_names(["Yên Bình", "Bạch Hà", "thị trấn huyện lỵ Yên Bình"]) == []
    assert repeated_names(["Đông Hội", "Đông  hội", "Đại Mạch"]) == ["Đông  hội"]


def test_the_truth_checker_follows_the_same_policy() -> None:
    names = ["Tích Cốc", "Yên Thành", "Mỹ Gia", "Cảm Nhân", "Yên Thành"]
    rel = {"kind": "count_list", "count": "C", "items": names}
    assert _verdict(rel, _fig("C", "5", exact=True)) == "consistent"  # a slip the truth does not name is not guessed
    assert _verdict({**rel, "repeated": ["Yên Thành"]}, _fig("C", "5", exact=True)) == "inconsistent"
    assert _verdict({**rel, "items": names[:4]}, _fig("C", "4", exact=True)) == "consistent"
