"""Where a dyad's series changes level: change points with ``ruptures``, said in words
only when the numbers carry it.

Method (stated with every result, so that a reader can weigh a sentence):

- PELT (Killick et al. 2012, exact search) with the L2 cost, i.e. a change in the
  mean: the claim "cooperation rose after 2013" is a claim about means, and the
  sentence gives both.
- Penalty per change point: ``2 * sigma2 * ln(n)``, the BIC of a change in mean
  (one mean and one location per change) for Gaussian noise of variance
  ``sigma2``, over ``n`` periods. ``sigma2`` is estimated from successive
  differences, ``var(diff(x)) / 2``: a level shift moves one difference only, so
  the estimate is the noise around the levels, not the shifts themselves (the
  series' plain variance would grow with every real change and hide it).
- Minimum segment: ``MIN_SIZE`` (3) periods; fewer than ``2 * MIN_SIZE`` periods
  with a value, a series with no variation or all zeros: no change point, and the
  result says why.
- Periods without a value (no story with a Goldstein score, no trade figure) are
  left out of the search rather than read as 0; the segments then name the
  periods with values, and the sentence says so.
- A change point is *said* ("rose"/"fell") only when the two means differ by at
  least twice the standard error of their difference
  (``sigma * sqrt(1/n1 + 1/n2)``) and by at least a quarter of the larger mean in
  absolute value; PELT's other change points are listed with their numbers as too
  small to call.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

import numpy as np

MIN_SIZE = 3
Z_TO_SAY = 2.0
SHARE_TO_SAY = 0.25
METHOD = (f"PELT (ruptures), L2 cost (change in mean), penalty 2·σ²·ln(n) with "
          f"σ² = var(Δx)/2, minimum segment {MIN_SIZE} periods")


@dataclass(frozen=True, slots=True)
class ChangePoint:
    """A change of level in one series: the new level starts at ``period``."""

    series: str
    period: str
    last_before: str
    before: tuple[str, str]  # first and last period (with a value) of the segment before
    after: tuple[str, str]
    mean_before: float
    mean_after: float
    se: float
    said: bool
    sentence: str

    @property
    def difference(self) -> float:
        return self.mean_after - self.mean_before

    def to_record(self) -> dict[str, Any]:
        return {
            "record": "change_point",
            "series": self.series,
            "period": self.period,
            "after_period": self.last_before,
            "before": list(self.before),
            "after": list(self.after),
            "mean_before": self.mean_before,
            "mean_after": self.mean_after,
            "difference": self.difference,
            "se": self.se,
            "said": self.said,
            "sentence": self.sentence,
        }


@dataclass(frozen=True, slots=True)
class Trend:
    """The change-point search on one series: its method and penalty, the change
    points found, or why none could be."""

    series: str
    periods: int
    penalty: float | None
    change_points: tuple[ChangePoint, ...]
    note: str | None = None
    method: str = METHOD

    def to_record(self) -> dict[str, Any]:
        return {
            "record": "trend",
            "series": self.series,
            "method": self.method,
            "penalty": self.penalty,
            "min_size": MIN_SIZE,
            "periods": self.periods,
            "change_points": len(self.change_points),
            "note": self.note,
        }


@dataclass(frozen=True, slots=True)
class Wording:
    """How a series is written about: "cooperation" in "stories a year"."""

    name: str
    unit: str = ""  # "stories": "1.2 stories a year"; "" for levels (Goldstein)
    per_period: bool = True
    signed: bool = False
    only_known: str = ""  # what the periods with a value are ("years with figures")


def _number(value: float, signed: bool) -> str:
    size = abs(value)
    for limit, word in ((1e9, " billion"), (1e6, " million")):
        if size >= limit:
            return f"{value / limit:{'+' if signed else ''}.1f}{word}"
    if size >= 1000:
        return f"{value:{'+' if signed else ''},.0f}"
    return f"{value:{'+' if signed else ''}.1f}"


def _span(first: str, last: str) -> str:
    return first if first == last else f"{first}-{last}"


def _sentence(w: Wording, by: str, cp: ChangePoint) -> str:
    how = "rose" if cp.mean_after > cp.mean_before else "fell"
    unit = f" {w.unit}" if w.unit else ""
    rate = f"{unit} a {by}" if w.per_period else unit
    tail = f" ({w.only_known})" if w.only_known else ""
    numbers = (f"{_number(cp.mean_before, w.signed)}{rate} in {_span(*cp.before)}, "
               f"{_number(cp.mean_after, w.signed)} in {_span(*cp.after)}{tail}")
    if cp.said:
        return f"{w.name} {how} after {cp.last_before}: {numbers}"
    return (f"{w.name}: a shift after {cp.last_before} too small to call "
            f"({numbers}; difference {_number(cp.difference, True)}, "
            f"standard error {_number(cp.se, False)})")


def noise_variance(values: np.ndarray) -> float:
    """Variance of the noise around the levels, from successive differences."""
    if len(values) < 2:
        return 0.0
    return float(np.var(np.diff(values)) / 2)


def detect(
    series: str, labels: Sequence[str], values: Sequence[float], wording: Wording, by: str
) -> Trend:
    """Change points of one series over ``labels`` (missing values skipped)."""
    import ruptures

    pairs = [(lab, float(v)) for lab, v in zip(labels, values, strict=True)
             if v is not None and not math.isnan(float(v))]
    n = len(pairs)
    if n < 2 * MIN_SIZE:
        return Trend(series, n, None, (), f"{n} periods with a value: too short "
                     f"(at least {2 * MIN_SIZE} needed)")
    x = np.array([v for _, v in pairs])
    if not x.any():
        return Trend(series, n, None, (), "zero in every period: nothing to detect")
    sigma2 = noise_variance(x)
    if sigma2 == 0.0:
        return Trend(series, n, None, (), "the same value in every period: no change")
    penalty = 2 * sigma2 * math.log(n)
    ends = ruptures.Pelt(model="l2", min_size=MIN_SIZE, jump=1).fit(x).predict(pen=penalty)
    bounds = [0, *ends]
    sigma = math.sqrt(sigma2)
    found: list[ChangePoint] = []
    for i in range(1, len(bounds) - 1):
        lo, mid, hi = bounds[i - 1], bounds[i], bounds[i + 1]
        before, after = x[lo:mid], x[mid:hi]
        mean_b, mean_a = float(before.mean()), float(after.mean())
        se = sigma * math.sqrt(1 / len(before) + 1 / len(after))
        diff = abs(mean_a - mean_b)
        said = diff >= Z_TO_SAY * se and diff >= SHARE_TO_SAY * max(abs(mean_a), abs(mean_b))
        cp = ChangePoint(
            series=series, period=pairs[mid][0], last_before=pairs[mid - 1][0],
            before=(pairs[lo][0], pairs[mid - 1][0]), after=(pairs[mid][0], pairs[hi - 1][0]),
            mean_before=mean_b, mean_after=mean_a, se=se, said=said, sentence="",
        )  # fmt: skip
        found.append(replace(cp, sentence=_sentence(wording, by, cp)))
    note = None if found else "no change of level larger than the penalty"
    return Trend(series, n, penalty, tuple(found), note)

