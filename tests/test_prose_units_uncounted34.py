"""A count of every unit whose names hold one kind's count and a unit with none (issue 12, round 34).

"TP.Bến Cát có 8 đơn vị hành chính cấp xã, gồm 7 phường: An Điền, …, Thới Hòa và xã Phú An" (ben-cat-binh-duong_1),
"Đắk Mil có 10 đơn vị hành chính cấp xã bao gồm 9 xã: Đắk Gằn, …, Thuận An và thị trấn Đắk Mil" (dak-mil-dak-nong_2),
"huyện có 12 đơn vị hành chính cấp xã, gồm thị trấn Hóc Môn là huyện lỵ và 11 xã Xuân Thới Thượng, …"
(hoc-mon-ho-chi-minh_4): the unit with no count of its own is checked by its name (golden/prose/README.md, rule 2),
so every name counts for the whole; before, the kind's count among the names stopped the list being read. When
each kind is counted, in the list or elsewhere in the passage, the units are a sum of counts and are not read so.
"""

from __future__ import annotations

from tests.test_prose_links import errors, passage


def _lists(text: str) -> dict[str, int]:
    doc = passage(text)
    return {c.value.raw: len(c.items) for r in doc.rows for c in r.cells if c.relation == "count_list"}


def test_every_name_counts_for_the_units() -> None:
    assert _lists("Về hành chính, TP.Bến Cát có 8 đơn vị hành chính cấp xã, gồm 7 phường: An Điền, An Tây, Chánh Phú "
                  "Hòa, Hòa Lợi, Mỹ Phước, Tân Định, Thới Hòa và xã Phú An.") == {"8": 8, "7": 7}
    assert _lists("Đắk Mil có 10 đơn vị hành chính cấp xã bao gồm 9 xã: Đắk Gằn, Đắk Lao, Đắk N'Drót, Đắk R'La, Đắk "
                  "Sắk, Đức Mạnh, Đức Minh, Long Sơn, Thuận An và thị trấn Đắk Mil.") == {"10": 10, "9": 9}


def test_a_name_missing_from_the_units_is_an_error() -> None:
    (f,) = errors(passage("Về hành chính, TP.Bến Cát có 9 đơn vị hành chính cấp xã, gồm 7 phường: An Điền, An Tây, "
                          "Chánh Phú Hòa, Hòa Lợi, Mỹ Phước, Tân Định, Thới Hòa và xã Phú An."))
    assert f.reported == "9"


def test_every_kind_counted_is_no_list_of_names() -> None:
    # chi-linh-hai-duong_2: both kinds counted in the list
    assert "19" not in _lists("Thành phố quản lý 19 đơn vị hành chính cấp xã, bao gồm 10 phường: Sao Đỏ, Cộng Hoà, "
                              "Hoàng Tân, Văn An, Chí Minh, Tân Dân, Thái Học, Phả Lại, Bến Tắm, Hoàng Tiến; và 9 xã: Bắc "
                              "An, Cổ Thành, Hưng Đạo, Lê Lợi, Nhân Huệ, Tân Dân, Văn Đức, Đồng Lạc, Hoàng Hoa Thám.")
    # the town counted earlier in the passage: the units are 1 + 10
    assert "11" not in _lists("Huyện chia thành 1 thị trấn, 10 xã; cụ thể, huyện có 11 đơn vị hành chính cấp xã, bao "
                              "gồm 10 xã: Đức Bình Đông, Đức Bình Tây, Ea Bá, Ea Bar, Ea Bia, Ea Lâm, Ea Ly, Ea Trol, Sơn "
                              "Giang, Sông Hinh và thị trấn Hai Riêng.")
