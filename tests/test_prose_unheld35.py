"""Relations the passage does not state, once read and called broken (issue 12, round 35: "unheld errors").

Each passage is quoted from corpus/prose/dev/ (file named above it); a control beside it changes only what
makes the relation stated, so that each test fails if the reader stops reading the construction at all.
"""

from __future__ import annotations

from tests.test_prose_links import errors, passage, printed, relations

# ham-thuan-nam-binh-thuan_1 (planted density), line 4
HAM_THUAN_NAM = ("Hàm Thuận Nam là huyện ven biển của tỉnh Bình Thuận; khung thông tin ghi huyện chia thành 1 thị "
                 "trấn, 12 xã, rộng 1.058,4 km², dân số năm 2016 là 103.290 người, gồm thành thị 13.382 người (13%) "
                 "và nông thôn 89.908 người (87%), mật độ {rate} người/km².")


def test_a_density_that_does_not_fit_its_whole_takes_no_part_that_does() -> None:
    doc = passage(HAM_THUAN_NAM.format(rate="89"))
    assert [printed(doc, r, "total")[0] for r in relations(doc, "per_capita")] == ["103.290"]
    assert any("89" == e.reported for e in errors(doc))


def test_a_density_of_its_whole_stays_read() -> None:
    doc = passage(HAM_THUAN_NAM.format(rate="98"))
    assert [printed(doc, r, "total")[0] for r in relations(doc, "per_capita")] == ["103.290"]
    assert errors(doc) == []
