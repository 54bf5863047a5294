"""Wholes a rewording moved out of place are not guessed (issue 12, round 31).

benchmarks/bench_rewordings.py puts the parts of a development passage in a sentence of their own
(", trong đó" -> ". Trong đó,"), a wording district reports print as often. One misreading that followed, in
passages of several districts: the first figure of a "Trong đó" sentence taken as the whole a later
"chia theo" criterion classifies (song-hinh_1, tra-bong_2, nghia-dan_2 p1): now not read. Real sentences
reworded, figures our own where they differ from the passage's; the refusal beside the readings of the same
shape that stay.
"""

from __future__ import annotations

from tests.test_prose_links import errors, passage, sums


def _wholes_and_parts(text: str) -> list[tuple[str, list[str]]]:
    doc = passage(text)
    return [s for kind in ("partition", "count_sum", "subset") for s in sums(doc, kind)]


POPULATION = ("Sơ bộ năm 2016, dân số trung bình đạt 32.330 người{opener} nam 16.286 người, nữ 16.044 người; "
              "chia theo khu vực, thành thị có 8.064 người, nông thôn 24.266 người.")


def test_a_criterion_in_a_trong_do_sentence_does_not_classify_its_first_part() -> None:
    text = POPULATION.format(opener=". Trong đó,")
    assert not any(total == "16.286" for total, _ in _wholes_and_parts(text))
    assert errors(passage(text)) == []


def test_a_criterion_after_trong_do_in_the_wholes_sentence_classifies_the_whole() -> None:
    text = POPULATION.format(opener=", trong đó")
    found = _wholes_and_parts(text)
    assert ("32.330", ["8.064", "24.266"]) in found
    assert ("32.330", ["16.286", "16.044"]) in found


def test_a_criterion_after_a_sentence_of_parts_keeps_a_wrong_sum_an_error() -> None:
    # nghia-dan_2 p1's words: the criterion's whole is the sentence's first figure when no opener precedes it
    text = ("Tính đến ngày 01/01/2009, dân số toàn huyện 28.772 hộ, 131.134 người, trong đó nữ 67.054 người "
            "(chiếm 51,13%); chia theo khối: nông nghiệp 121.347 người, phi nông nghiệp 9.887 người.")
    assert ("131.134", ["121.347", "9.887"]) in _wholes_and_parts(text)
    assert errors(passage(text))
