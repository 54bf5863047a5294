""""chiếm tới" / "chiếm đến" read as "chiếm" (issue 12, round 37).

ninh-kieu-can-tho_1 prints "đất chưa sử dụng còn 598,36 ha, chiếm đến 20,39%", yen-khanh-ninh-binh_2 "dân cư
nông thôn lên tới 125.576 người, chiếm tới 90,32%", phung-hiep-hau-giang_3 "vốn nhân dân đóng góp chiếm đến
78,87%": "tới"/"đến" after the verb stress the figure, which is as exact as after the verb alone. Round 37's
rewrite chiem_toi ("chiếm tới" for "chiếm" before a percentage) cost 232 relations and 99 inconsistencies found
over 358 development passages (130 broken): the figure after "chiếm tới" had no share's role. Each sentence below
is a development passage's, as printed and with the intensifier: both must give the same relations and errors.
"""

from __future__ import annotations

import re

import pytest

from extractor.model import Document
from tests.test_prose_links import errors, passage, printed, relations

SENTENCES = {
    # chuong-my-ha-noi_1: a whole's parts, each with its share
    "land": "Theo số liệu thống kê đất đai năm 2016, tổng diện tích đất tự nhiên của huyện Chương Mỹ là 23.798 ha; "
            "trong đó diện tích đất nông nghiệp là 16491,31ha chiếm 69,47%, đất phi nông nghiệp là 6872,00ha chiếm "
            "28,57% và đất chưa sử dụng còn lại 464,67 ha chiếm 1,96% tổng diện tích tự nhiên.",
    # ninh-kieu-can-tho_1: parts after a colon-less "gồm", the last already "chiếm đến"
    "ninh_kieu": "Theo Niên giám thống kê 2013, diện tích tự nhiên của quận là 2.934,99 ha, gồm đất nông nghiệp "
                 "946,66 ha chiếm 32,25% diện tích đất tự nhiên; đất phi nông nghiệp 1.389,97 ha, chiếm 47,36%; "
                 "đất chưa sử dụng còn 598,36 ha, chiếm 20,39%, cho thấy đất của quận chưa được tận dụng hết.",
    # yen-khanh-ninh-binh_2: shares of the population, as printed with "chiếm tới"
    "yen_khanh": "Tính tới năm 2016, dân cư nông thôn lên 125.576 người, chiếm 90,32%, trong khi dân cư thành thị chỉ "
                 "chiếm 9,68%.",
}


def reading(doc: Document) -> list[tuple[str, str, tuple[tuple[str, tuple[str, ...]], ...]]]:
    """Every relation of the passage: its kind, its form and the figures each of its roles prints."""
    return sorted((r.kind, r.form or "", tuple((role, tuple(printed(doc, r, role)))
                                              for role in sorted({rr for rr, _ in r.figures})))
                  for kind in ("share", "shares_sum", "partition", "subset", "growth", "difference")
                  for r in relations(doc, kind))


@pytest.mark.parametrize("word", ["tới", "đến"])
@pytest.mark.parametrize("name", sorted(SENTENCES))
def test_an_intensifier_after_chiem_reads_as_chiem(name: str, word: str) -> None:
    text = SENTENCES[name]
    reworded = re.sub(r"\bchiếm (?=\d)", f"chiếm {word} ", text)
    assert reworded != text
    plain, stressed = passage(text), passage(reworded)
    assert reading(plain) or name == "yen_khanh"  # "chỉ chiếm 9,68%": the reader sums no shares there
    assert reading(stressed) == reading(plain)
    assert [f.message for f in errors(stressed)] == [f.message for f in errors(plain)]

