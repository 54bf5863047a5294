"""Figures whose thousands are grouped by a space ("137 312 người", issue 12, findings13).

tan-ky-nghe-an_1 prints "dân số trung bình năm 2018 là 137 312 người": the prose tokenizer cut it in two, the
density check read 312 people on 725,815 km² and raised a false error. A run of three-digit groups after a head
of one to three digits is one figure when it stands alone in its context; a number right before it (a year, a
list "11, 12 312") or right after it ("12 312 45") keeps the numbers apart.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.prose_patterns import patterns
from normalizers.numbers import parse_value
from tests.test_prose_links import errors, passage, text_sums, text_triples

SPACES = st.sampled_from([" ", "\u00a0", "\u202f"])
DENSITY = ("total", "base", "rate")


def tokens(text: str) -> list[str]:
    return [t.text for t in patterns().nlp(text)]


def spaced(n: int, space: str) -> str:
    return f"{n:,}".replace(",", space)


@settings(max_examples=200, deadline=None)
@given(n=st.integers(min_value=1000, max_value=10**12), space=SPACES)
def test_a_figure_grouped_by_spaces_is_one_token_of_its_value(n: int, space: str) -> None:
    printed = spaced(n, space)
    assert tokens(f"dân số năm 2018 là {printed} người.")[5] == printed
    assert parse_value(printed).value == n


@settings(max_examples=200, deadline=None)
@given(year=st.integers(min_value=1990, max_value=2030), small=st.integers(min_value=1, max_value=999),
       group=st.integers(min_value=0, max_value=999), space=SPACES)
def test_numbers_after_a_year_or_in_a_list_are_not_glued(year: int, small: int, group: int, space: str) -> None:
    three = f"{group:03d}"
    # a year before: "năm 2018 312 hộ" is no figure 2.018.312
    assert tokens(f"năm {year}{space}{three} hộ")[1:3] == [str(year), three]
    # a list of small numbers: "lớp 11, 12 312 học sinh" and "12 312 45"
    assert tokens(f"các lớp 10, {small}{space}{three} học sinh")[-4:-2] == [str(small), three]
    assert tokens(f"các mức {small}{space}{three}{space}45 điểm")[2:5] == [str(small), three, "45"]


def test_a_label_number_before_the_groups_stays_apart() -> None:
    assert tokens("tháng 6 312 hộ")[1:3] == ["6", "312"]
    assert tokens("Quyết định số 123 456")[-2:] == ["123", "456"]
    assert tokens("tăng 25 100%")[1:3] == ["25", "100"]  # never a percentage
    # a table row printed as text (seed 002): a unit column, then the targets of each year
    assert tokens("Phủ sóng 5G trên dân số % >60 100 100 100 100 Các doanh nghiệp")[8:13] == ["60", "100", "100", "100", "100"]
    assert tokens("137 312 người")[0] == "137"  # nothing before it to say it is a figure of the sentence
    assert tokens("dân số 137 312người")[2:4] == ["137 312", "người"]  # a glued unit still splits off


def test_the_density_of_tan_ky_reads_the_whole_population() -> None:
    text = ("Tân Kỳ là huyện miền núi phía tây tỉnh Nghệ An, có tổng diện tích tự nhiên 725,815 km2; dân số trung "
            "bình năm 2018 là 137 312 người, mật độ dân số trung bình 189 người/km2.")
    assert ("137 312", "725,815", "189") in text_triples(text, "per_capita", DENSITY)
    assert errors(passage(text)) == []


def test_reworded_densities_with_spaced_groups_agree_or_are_errors() -> None:
    # the same figures, said the other way round and with a no-break space
    first = ("Huyện có 137\u00a0312 nhân khẩu sinh sống trên 725,815 km2 đất tự nhiên, bình quân 189 người/km2.")
    assert errors(passage(first)) == []
    second = ("Năm 2018 toàn huyện có 137 312 người; diện tích tự nhiên 725,815 km2; mật độ dân số 189 người/km2.")
    assert errors(passage(second)) == []
    wrong = second.replace("189 người/km2", "289 người/km2")
    assert [f.kind for f in errors(passage(wrong))] == ["ratio_mismatch"]


def test_the_rural_population_is_no_hamlet_number() -> None:
    # ham-tan-binh-thuan_1 (wave 44): "thôn" labels a hamlet's number ("thôn 12 312 hộ" stays two numbers), but in
    # "nông thôn 51 858 người" it ends the rural category: the tokenizer cut 51 from 858 and the partition of
    # the population raised a false error (18 839 + 51 against 70 697). Written with other figures.
    text = ("Dân số năm 2019 tổng cộng 64 210 người, trong đó thành thị 17 405 người, nông thôn 46 805 người; "
            "mật độ 87 người/km².")
    words = tokens(text)
    assert words[words.index("thôn") + 1] == "46 805"
    assert ("64 210", ["17 405", "46 805"]) in text_sums(text, "count_sum") + text_sums(text, "partition")
    assert errors(passage(text)) == []
    wrong = text.replace("46 805 người", "47 805 người")
    assert [f.kind for f in errors(passage(wrong))] != []
    assert tokens("thôn 12 312 hộ")[1:3] == ["12", "312"]
