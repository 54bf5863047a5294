"""Where most of a whole lies: "tập trung (chủ yếu) ở / tại A (x), B (y)" names some of the whole, a
subset (issue 12, prose18a). Each construction is held by a wave-16 development sentence (its file named)
and by wordings of our own with another verb or order; the broken form (parts above the whole) is an error.
"""

from __future__ import annotations

import pytest

from tests.test_prose_links import errors, passage, text_sums

CONCENTRATED = [
    # sa-dec-dong-thap_3 (wave 16): "tập trung ở" without "chủ yếu", a parenthesis between whole and list
    ("Đến nay tổng diện tích trồng hoa hơn {whole} ha (tăng hơn 222 ha so với năm 2022), tập trung ở P.Tân Quy Đông "
     "(320 ha) và xã Tân Khánh Đông (324 ha). Toàn thành phố có 4.000 hộ theo nghề sản xuất hoa kiểng.",
     "950", "hơn 950", ["320", "324"]),
    # our wording: "tập trung tại", three places, "các xã" before the names
    ("Diện tích lúa toàn huyện {whole} ha, tập trung tại các xã Yên Phú (1.150 ha), Yên Lạc (980 ha), Yên Hòa "
     "(760 ha).", "6.200", "6.200", ["1.150", "980", "760"]),
    # our wording: a count of animals, the places announced with a colon and their figures unbracketed
    ("Tổng đàn bò toàn huyện có {whole} con, tập trung ở ba xã: Đại Lâm 3.100 con, Đại Đồng 2.450 con và Tân Mỹ "
     "1.900 con.", "12.400", "12.400", ["3.100", "2.450", "1.900"]),
]


@pytest.mark.parametrize(("text", "whole", "shown", "parts"), CONCENTRATED)
def test_where_most_of_a_whole_lies_is_a_subset(text: str, whole: str, shown: str, parts: list[str]) -> None:
    ok = text.format(whole=whole)
    assert text_sums(ok, "subset") == [(shown, parts)]
    assert text_sums(ok, "partition") == []
    assert errors(passage(ok)) == []
    small = str(int(parts[0].replace(".", "")) + 1)  # a whole smaller than its first part alone
    broken = text.format(whole=small)
    assert any("more than the whole" in f.message or "exceed" in f.message for f in errors(passage(broken)))


OWN_LIST = [
    # sa-dec-dong-thap_2 (wave 16): the places, then a clause that opens its own ";"-list with a colon
    ("Diện tích hoa kiểng hiện là 920ha, đạt 121,53% kế hoạch, tăng hơn 222ha so với năm 2021, tập trung chủ yếu ở "
     "phường Tân Quy Đông (310ha) và xã Tân Khánh Đông (250ha), với hơn 2.000 chủng loại, chia ra thành 3 nhóm lớn: "
     "kiểng công trình, trang trí nội thất chiếm 65%; kiểng cổ bonsai 15%; hoa các loại 20%.",
     ("920", ["310", "250"])),
    # our wording: "trong đó" with plain figures, the later list opened by "gồm ...:"
    ("Tổng diện tích nuôi trồng thủy sản 1.450 ha, trong đó nuôi tôm 820 ha, nuôi cá 410 ha, với 2.300 hộ tham gia, "
     "gồm các nhóm sau: hộ nuôi tôm 1.500 hộ; hộ nuôi cá 800 hộ.",
     ("1.450", ["820", "410"])),
    # our wording: "chủ yếu tại", the later list "chia làm ... :" of counts
    ("Đàn lợn toàn huyện 48.000 con, chủ yếu tại xã Hòa Bình (12.000 con) và xã Hòa Lạc (9.500 con), do 1.200 hộ "
     "nuôi, chia làm hai nhóm: nuôi gia trại 900 hộ; nuôi trang trại 300 hộ.",
     ("48.000", ["12.000", "9.500"])),
]


@pytest.mark.parametrize(("text", "subset"), OWN_LIST)
def test_a_later_clause_that_opens_its_own_list_keeps_its_semicolons(text: str, subset: tuple[str, list[str]]) -> None:
    assert subset in text_sums(text, "subset")
    assert errors(passage(text)) == []
