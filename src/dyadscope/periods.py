"""Partial ISO dates (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``): the one parser behind every
``--date``, ``--since`` and ``--until``, store filter and dictionary date column.

A partial date stands for every day it covers: ``--until 2014`` includes 31 December
2014, ``--since 2014-05`` starts on 1 May. Errors say what is wrong with the value, so
that the caller only has to add which option or column it came from.

>>> parse_partial_date("2014-5").iso
'2014-05'
>>> parse_partial_date("2014-02").last_day()
datetime.date(2014, 2, 28)
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

_FORM = re.compile(r"\s*([0-9]{4})(?:-([0-9]{1,2})(?:-([0-9]{1,2}))?)?\s*")
EXPECTED = "expected YYYY, YYYY-MM or YYYY-MM-DD"


@dataclass(frozen=True, slots=True)
class PartialDate:
    """A year, a month or a day."""

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def iso(self) -> str:
        """Zero-padded ISO text at the date's own precision."""
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    @property
    def precision(self) -> str:
        return "year" if self.month is None else "month" if self.day is None else "day"

    def first_day(self) -> date:
        return date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> date:
        month = self.month or 12
        return date(self.year, month, self.day or calendar.monthrange(self.year, month)[1])


def parse_partial_date(value: str) -> PartialDate:
    """``value`` as a partial date; ValueError naming the value and what is wrong."""
    match = _FORM.fullmatch(value)
    if match is None:
        raise ValueError(f"invalid date {value!r}: {EXPECTED}")
    year = int(match[1])
    if match[2] is None:
        return PartialDate(year)
    month = int(match[2])
    if not 1 <= month <= 12:
        raise ValueError(f"invalid date {value!r}: month must be 01-12")
    if match[3] is None:
        return PartialDate(year, month)
    day = int(match[3])
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        raise ValueError(f"invalid date {value!r}: {year}-{month:02d} has no day {day}")
    return PartialDate(year, month, day)


def first_day(value: str) -> date:
    """The first day ``value`` covers (ValueError when it is not a partial date)."""
    return parse_partial_date(value).first_day()


def last_day(value: str) -> date:
    """The last day ``value`` covers (ValueError when it is not a partial date)."""
    return parse_partial_date(value).last_day()


def at_common_precision(first: str, second: str) -> tuple[str, str]:
    """Two ISO dates cut to the coarser one's precision ("2021-06-09", "2021-07" ->
    "2021-06", "2021-07"), so that they compare as far as both say."""
    size = min(len(first), len(second))
    return first[:size], second[:size]


def later_than(first: str, second: str) -> bool:
    """Does ISO date ``first`` lie after ``second``, as far as both say?"""
    one, other = at_common_precision(first, second)
    return one > other


def day_moved(day: str, days: int) -> str:
    """The ISO day ``days`` after ``day`` (before it when negative)."""
    return (date.fromisoformat(day[:10]) + timedelta(days=days)).isoformat()


def month_moved(value: str, months: int) -> str:
    """The month (``YYYY-MM``) ``months`` after the month of ISO ``value`` (before it when
    negative)."""
    at = int(value[:4]) * 12 + int(value[5:7]) - 1 + months
    return f"{at // 12:04d}-{at % 12 + 1:02d}"


def days_after(later: str, earlier: str) -> int | None:
    """Days from ``earlier`` to ``later``, both day-precise ISO dates; None otherwise."""
    if len(later) != 10 or len(earlier) != 10:
        return None
    try:
        return (date.fromisoformat(later) - date.fromisoformat(earlier)).days
    except ValueError:
        return None
