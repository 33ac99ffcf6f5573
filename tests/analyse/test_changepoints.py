"""Change points (PELT, L2 cost, BIC-style penalty): found where a series changes
level, said only when large enough, and none (with the reason) on flat, zero, noisy
or short series."""

from __future__ import annotations

import math

import numpy as np
import pytest

from dyadscope.analyse.changepoints import MIN_SIZE, Wording, detect, noise_variance

COOP = Wording("cooperation", "stories")
YEARS = [str(y) for y in range(2003, 2021)]


def _noisy(levels: list[tuple[float, int]], seed: int = 7, sd: float = 0.3) -> list[float]:
    rng = np.random.default_rng(seed)
    return [level + rng.normal(0, sd) for level, n in levels for _ in range(n)]


def test_a_known_break_is_found_and_said_with_the_numbers() -> None:
    values = _noisy([(1.2, 11), (4.5, 7)])  # 2003-2013, then 2014-2020
    trend = detect("cooperation", YEARS, values, COOP, "year")
    (cp,) = trend.change_points
    assert (cp.period, cp.last_before, cp.before, cp.after) == (
        "2014", "2013", ("2003", "2013"), ("2014", "2020"))
    assert cp.said and cp.mean_before == pytest.approx(np.mean(values[:11]))
    assert cp.mean_after == pytest.approx(np.mean(values[11:]))
    assert cp.sentence == (f"cooperation rose after 2013: {cp.mean_before:.1f} stories a year "
                           f"in 2003-2013, {cp.mean_after:.1f} in 2014-2020")
    sigma2 = noise_variance(np.array(values))
    assert trend.penalty == pytest.approx(2 * sigma2 * math.log(18))
    assert "PELT" in trend.method and "2·σ²·ln(n)" in trend.method


def test_a_fall_reads_fell() -> None:
    trend = detect("conflict", YEARS, _noisy([(6.0, 9), (1.0, 9)]), Wording("conflict", "stories"),
                   "year")  # fmt: skip
    (cp,) = trend.change_points
    assert cp.sentence.startswith("conflict fell after 2011: ")


def test_flat_zero_and_short_series_give_none_and_say_why() -> None:
    flat = detect("cooperation", YEARS, [2.0] * 18, COOP, "year")
    zero = detect("cooperation", YEARS, [0] * 18, COOP, "year")
    short = detect("cooperation", YEARS[:5], [0, 5, 0, 5, 9], COOP, "year")
    assert not flat.change_points and "same value" in (flat.note or "")
    assert not zero.change_points and "zero in every period" in (zero.note or "")
    assert not short.change_points and short.penalty is None
    assert short.note == f"5 periods with a value: too short (at least {2 * MIN_SIZE} needed)"


def test_noise_alone_is_no_change() -> None:
    trend = detect("cooperation", [str(y) for y in range(1990, 2030)],
                   _noisy([(3.0, 40)], seed=11, sd=1.0), COOP, "year")  # fmt: skip
    assert trend.change_points == () and trend.note


def test_missing_periods_are_skipped_not_read_as_zero() -> None:
    values: list[float] = [5.0, math.nan, 5.2, 4.9, math.nan, 5.1, -3.0, -3.2, math.nan, -2.9,
                           -3.1]  # fmt: skip
    labels = [str(y) for y in range(2000, 2011)]
    gold = Wording("mean Goldstein", per_period=False, signed=True,
                   only_known="periods with scored events only")
    trend = detect("goldstein_mean", labels, values, gold, "year")
    assert trend.periods == 8
    (cp,) = trend.change_points
    assert (cp.last_before, cp.period, cp.before, cp.after) == (
        "2005", "2006", ("2000", "2005"), ("2006", "2010"))
    assert cp.sentence.startswith("mean Goldstein fell after 2005: +5.0 in 2000-2005, -3.0 in")
    assert cp.sentence.endswith("(periods with scored events only)")


def test_a_shift_too_small_to_call_is_listed_not_said() -> None:
    """A 5% rise is detected (the series hardly moves otherwise) but not worded as one."""
    values = _noisy([(100.0, 9), (105.0, 9)], sd=0.2)
    (cp,) = detect("trade_total", YEARS, values, Wording("trade"), "year").change_points
    assert not cp.said
    assert cp.sentence.startswith("trade: a shift after 2011 too small to call (")
