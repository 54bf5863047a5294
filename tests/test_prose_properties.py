"""Property tests of the passage-level prose readings (issue 12): figures that agree, written with
any values in the constructions the rules read, never give an error; a result printed off by more
than rounding always does. The sentences are the constructions of tests/test_prose_links.py with
their figures drawn by hypothesis, printed the Vietnamese way (``format_vi``)."""

from __future__ import annotations

import math
from decimal import ROUND_HALF_UP, Decimal

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from normalizers.numbers import format_vi
from tests.test_prose_links import errors, passage

PROPERTY = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def pct(value: float, decimals: int = 1) -> float:
    """Half-up rounding as a report prints it."""
    return float(Decimal(repr(value)).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP))


amounts = st.integers(min_value=120, max_value=90_000)


@PROPERTY
@given(actual=amounts, plan=amounts)
def test_a_plan_in_a_later_clause_agrees_or_is_an_error(actual: int, plan: int) -> None:
    ratio = pct(actual / plan * 100)
    text = "Doanh thu đạt {a} tỷ đồng, bằng {r}% kế hoạch; kế hoạch năm là {p} tỷ đồng."
    assert errors(passage(text.format(a=format_vi(actual, 0), r=format_vi(ratio, 1), p=format_vi(plan, 0)))) == []
    wrong = ratio + max(1.0, ratio * 0.05)
    found = errors(passage(text.format(a=format_vi(actual, 0), r=format_vi(wrong, 1), p=format_vi(plan, 0))))
    assert [f.kind for f in found] == ["ratio_mismatch"]


@PROPERTY
@given(start=amounts, end=amounts, years=st.integers(min_value=2, max_value=10))
def test_an_average_yearly_growth_agrees_or_is_an_error(start: int, end: int, years: int) -> None:
    rate = pct((math.exp(math.log(end / start) / years) - 1) * 100)
    if abs(rate) < 0.5:
        return  # "tăng 0,0%/năm" is not how a report writes it
    first = 2010
    text = ("Giai đoạn {y0} - {y1}, thu ngân sách trên địa bàn tăng từ {s} lên {e} tỷ đồng, bình quân {r}%/năm.")
    fields = {"y0": first, "y1": first + years, "s": format_vi(start, 0), "e": format_vi(end, 0)}
    assert errors(passage(text.format(r=format_vi(abs(rate), 1), **fields))) == [] or rate < 0
    if rate > 0:
        found = errors(passage(text.format(r=format_vi(rate * 1.25 + 2.0, 1), **fields)))
        assert [f.kind for f in found] == ["ratio_mismatch"]


@PROPERTY
@given(before=amounts, after=amounts)
def test_a_change_between_two_levels_agrees_or_is_an_error(before: int, after: int) -> None:
    if before == after:
        return
    word_from, word_to = ("tăng", "lên") if after > before else ("giảm", "xuống còn")
    text = "Số hộ {w} từ {a} hộ {t} {b} hộ, {w} {d} hộ."
    fields = {"w": word_from, "t": word_to, "a": format_vi(before, 0), "b": format_vi(after, 0)}
    assert errors(passage(text.format(d=format_vi(abs(after - before), 0), **fields))) == []
    found = errors(passage(text.format(d=format_vi(abs(after - before) + 10, 0), **fields)))
    assert [f.kind for f in found] == ["sum_mismatch"]


@PROPERTY
@given(whole=st.integers(min_value=3, max_value=400), data=st.data())
def test_a_rate_with_its_count_fraction_agrees_or_is_an_error(whole: int, data: st.DataObject) -> None:
    part = data.draw(st.integers(min_value=1, max_value=whole))
    rate = pct(part / whole * 100)
    text = "Tỷ lệ thôn đạt chuẩn nông thôn mới {r}% ({p}/{w} thôn)."
    assert errors(passage(text.format(r=format_vi(rate, 1), p=part, w=whole))) == []
    found = errors(passage(text.format(r=format_vi(rate + 3.0, 1), p=part, w=whole)))
    assert [f.kind for f in found] == ["ratio_mismatch"]


@PROPERTY
@given(voluntary=st.integers(min_value=1, max_value=900), compulsory=st.integers(min_value=1, max_value=900))
def test_a_rate_split_by_chia_ra_agrees_or_is_an_error(voluntary: int, compulsory: int) -> None:
    a, b = voluntary / 100, compulsory / 100  # two decimals, as dak-doa-gia-lai_1 prints them
    text = ("Tỷ lệ lực lượng lao động tham gia bảo hiểm xã hội đạt {t}%, chia ra bảo hiểm xã hội tự nguyện chiếm {a}% "
            "và bảo hiểm xã hội bắt buộc {b}%.")
    fields = {"a": format_vi(a, 2), "b": format_vi(b, 2)}
    assert errors(passage(text.format(t=format_vi(a + b, 2), **fields))) == []
    found = errors(passage(text.format(t=format_vi(a + b + 0.1, 2), **fields)))
    assert [f.kind for f in found] == ["sum_mismatch"]


@PROPERTY
@given(district=st.integers(min_value=20, max_value=2_000), province=st.integers(min_value=20, max_value=2_000))
# 74 / 94 = 0,79; the planted 0,79 · 1,2 + 0,05 prints "1,00", which is no rounding of 0,79.
@example(district=74, province=94)
def test_a_factor_with_its_base_in_parentheses_agrees_or_is_an_error(district: int, province: int) -> None:
    factor = pct(district / province, 2)
    text = "Mật độ dân số là {d} người/km2, gấp {f} lần mật độ dân số bình quân của tỉnh ({p} người/km2)."
    fields = {"d": format_vi(district, 0), "p": format_vi(province, 0)}
    assert errors(passage(text.format(f=format_vi(factor, 2), **fields))) == []
    found = errors(passage(text.format(f=format_vi(factor * 1.2 + 0.05, 2), **fields)))
    assert [f.kind for f in found] == ["ratio_mismatch"]
