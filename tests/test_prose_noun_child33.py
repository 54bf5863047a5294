"""One count of another noun after "trong đó" is some of the count before it (issue 12, round 33).

"Toàn huyện có 54 cơ sở lưu trú, trong đó có 26 nhà nghỉ homestay" (bac-ha-lao-cai_2), "180 doanh nghiệp sản xuất
kinh doạch, trong đó có 16 nhà máy chế biến thủy sản" (gia-rai-bac-lieu_3), "đón 17.500 lượt du khách, trong đó có
4.300 khách quốc tế" (phu-quoc-kien-giang_3): the whole and its one child count two nouns, so the list reader, which
looks for a whole of the child's unit, read nothing. Near misses: households and people are two measures of one
population, not a whole and a part; a whole whose words run past a clause mark or another figure is not the one the
child is set apart from; two children need the whole's unit as before.
"""

from __future__ import annotations

from tests.test_prose_links import errors, passage, relations, sums


def test_one_child_of_another_count_noun_is_a_subset() -> None:
    for text, whole, part in (
        ("Toàn huyện có 54 cơ sở lưu trú, trong đó có 26 nhà nghỉ homestay cơ bản đáp ứng nhu cầu của khách.", "54", "26"),
        ("Toàn hyện có 180 doanh nghiệp sản xuất kinh doạch, trong đó có 16 nhà máy chế biến thủy sản.", "180", "16"),
        ("Trong 4 ngày Tết, đảo Phú Quốc đã đón 17.500 lượt du khách, trong đó có 4.300 khách quốc tế.", "17.500", "4.300"),
    ):
        doc = passage(text)
        assert sums(doc, "subset") == [(whole, [part])], text
        assert errors(doc) == []


def test_a_child_above_its_whole_is_no_error() -> None:
    # another noun is another measure: exceeding the whole is at most a warning (prose_arith.subset_doubt)
    doc = passage("Toàn huyện có 54 cơ sở lưu trú, trong đó có 76 nhà nghỉ homestay.")
    assert sums(doc, "subset") == [("54", ["76"])]
    assert errors(doc) == []


def test_households_and_people_are_no_whole_and_part() -> None:
    doc = passage("Toàn huyện có 44.241 hộ, trong đó 5.234 người là dân tộc Khmer.")
    assert relations(doc, "subset") == []


def test_a_whole_past_a_clause_mark_is_not_read() -> None:
    doc = passage("Huyện có 13 đơn vị hành chính; dân cư sống tập trung, trong đó có 86 ấp thuộc vùng sâu.")
    assert relations(doc, "subset") == []


def test_one_child_in_parentheses_after_its_whole() -> None:
    """The rewording benchmark's trongdo_paren (round 34): the same three passages with the child in parentheses
    after its whole ("54 cơ sở lưu trú (trong đó có 26 nhà nghỉ homestay …)") lost their subsets."""
    for text, whole, part in (
        ("Toàn huyện có 54 cơ sở lưu trú (trong đó có 26 nhà nghỉ homestay cơ bản đáp ứng nhu cầu của khách).", "54", "26"),
        ("Toàn hyện có 180 doanh nghiệp sản xuất kinh doạch (trong đó có 16 nhà máy chế biến thủy sản).", "180", "16"),
        ("Trong 4 ngày Tết, đảo Phú Quốc đã đón 17.500 lượt du khách (trong đó 4.300 khách quốc tế).", "17.500", "4.300"),
    ):
        doc = passage(text)
        assert sums(doc, "subset") == [(whole, [part])], text
        assert errors(doc) == []
