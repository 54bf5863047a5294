"""A share whose sentence's subject points back to the figure of the sentence before ("Ngành này chiếm tỷ
trọng 54,4%"; issue 12, prose18a): the paraphrase-dev sentence (its file named) and two wordings of our own
with another pointer or order; the broken form is flagged.
"""

from __future__ import annotations

import pytest

from tests.test_prose_links import errors, passage, text_triples

POINTING_BACK = [
    # mdrak-dak-lak_1_p2
    ("Tổng giá trị sản xuất đạt 4.154,278 tỷ đồng, bằng 97,43% kế hoạch. Nông – lâm nghiệp vẫn là ngành chủ lực, thực "
     "hiện được 2.258,458 tỷ đồng, bằng 97,9% kế hoạch và tăng 5,7%. Ngành này chiếm tỷ trọng {share} trong cơ cấu "
     "kinh tế.", "54,4%", None, ("2.258,458", "4.154,278")),
    # our wording: "khoản này", the share first named by "chiếm" and the whole after it
    ("Tổng thu ngân sách trên địa bàn năm 2023 đạt 612 tỷ đồng. Thu nội địa ước đạt 428,4 tỷ đồng, tăng 6%. Khoản "
     "này chiếm {share} tổng thu ngân sách.", "70%", "77%", ("428,4", "612")),
    # our wording: a sector's area, "lĩnh vực này hiện chiếm"
    ("Diện tích tự nhiên của huyện là 52.000 ha. Đất lâm nghiệp có 31.200 ha, phần lớn là rừng phòng hộ. Diện tích "
     "này hiện chiếm {share} diện tích tự nhiên.", "60%", "66%", ("31.200", "52.000")),
]


@pytest.mark.parametrize(("text", "good", "bad", "operands"), POINTING_BACK)
def test_a_share_whose_sentence_points_back(text: str, good: str, bad: str | None, operands: tuple[str, str]) -> None:
    ok = text.format(share=good)
    assert (*operands, good) in text_triples(ok, "share", ("part", "total", "share"))
    assert errors(passage(ok)) == []
    if bad is not None:
        assert any(bad in f.message for f in errors(passage(text.format(share=bad))))
    # (a share that names its whole, "trong cơ cấu kinh tế", is recomputed on a whole guessed by place only when
    # it holds there: mdrak's broken form is not read at all, as before)


def test_a_pointer_with_two_figures_before_it_names_neither() -> None:
    # two figures in the sentence before: which one "this" points to is not said, so nothing is read
    text = ("Tổng giá trị sản xuất đạt 4.000 tỷ đồng. Nông nghiệp đạt 1.200 tỷ đồng, lâm nghiệp 400 tỷ đồng. Ngành này "
            "chiếm tỷ trọng 30%.")
    assert [t for t in text_triples(text, "share", ("part", "total", "share")) if t[2] == "30%"] == []
