"""A rate followed by what was done over what was due, in parentheses: "đạt 58,5% diện tiêm (8.326/12.096
con)" is 8.326 / 12.096 (issue 12, prose18a). The paraphrase-dev sentence (its file named) and two wordings
of our own (another verb, words between the rate and the parenthesis); the broken form is an error.
"""

from __future__ import annotations

import pytest

from tests.test_prose_links import errors, passage, text_triples

RATE_THEN_FRACTION = [
    # thach-thanh-thanh-hoa_3_p1 (its published rates do not recompute: 68,83 % is printed 58,5)
    ("Tiêm phòng đợt 1 cho đàn gia súc, gia cầm: trâu, bò, dê đạt {rate} diện tiêm (8.326/12.096 con), lợn đạt 59,9% "
     "(6.011/10.032 con), gia cầm đạt 54,1% (163.667/302.366 con).", "68,8%", "58,5%", ("8.326", "12.096")),
    # our wording: "hoàn thành", a plan of households
    ("Công tác cấp nước sạch hoàn thành {rate} kế hoạch năm (1.530/2.000 hộ).", "76,5%", "67,5%", ("1.530", "2.000")),
    # our wording: "bằng", a length
    ("Đường giao thông nông thôn được cứng hóa bằng {rate} tổng chiều dài (84/120 km), tăng 12 km so với năm trước.",
     "70%", "75%", ("84", "120")),
]


@pytest.mark.parametrize(("text", "good", "bad", "operands"), RATE_THEN_FRACTION)
def test_a_rate_with_its_fraction_in_parentheses(text: str, good: str, bad: str, operands: tuple[str, str]) -> None:
    ok = text.format(rate=good)
    assert (*operands, good) in text_triples(ok, "ratio", ("actual", "plan", "ratio"))
    assert errors(passage(ok)) == []
    assert any(bad in f.message for f in errors(passage(text.format(rate=bad))))
