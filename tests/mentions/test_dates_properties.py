"""Property tests: any valid date in any supported format parses back to itself;
fiscal years get their country's months; no text makes find_dates raise."""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from dyadscope.mentions.dates import find_dates

FORMATS = (
    lambda d: f"{d.day} {calendar.month_name[d.month]} {d.year}",
    lambda d: f"{calendar.month_name[d.month]} {d.day}, {d.year}",
    lambda d: f"{d.day}th of {calendar.month_name[d.month]} {d.year}",
    lambda d: d.isoformat(),
    lambda d: f"{d.day:02d}.{d.month:02d}.{d.year}",
    lambda d: f"{d.day}-{calendar.month_abbr[d.month]}-{d.year}",
)
ISO = re.compile(r"[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?")
FISCAL_MONTHS = {"PAK": 7, "IND": 4, "USA": 10, "GBR": 4, "AUS": 7}
DATEISH = st.sampled_from(
    [
        "2013-14",
        "May",
        "1995",
        "FY",
        "the",
        "mid-",
        "1990s",
        "last",
        "year",
        "on",
        "Monday",
        "between",
        "and",
        "$",
        "24",
        "October",
        "%",
        "-",
        "/",
        ".",
        "ago",
        "two",
        "fiscal",
        "\\",
    ]
)


@settings(deadline=None)  # the first example also compiles the patterns
@given(
    day=st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)),
    fmt=st.sampled_from(FORMATS),
)
def test_full_dates_round_trip(day: date, fmt: Callable[[date], str]) -> None:
    surface = fmt(day)
    text = f"The accord was signed on {surface} in the capital."
    [mention] = find_dates(text)
    assert mention.date.text == surface
    assert (mention.date.start, mention.date.precision) == (day.isoformat(), "day")


@settings(deadline=None)  # the first example also compiles the patterns
@given(year=st.integers(1900, 2099), month=st.integers(1, 12))
def test_month_year_round_trip(year: int, month: int) -> None:
    [mention] = find_dates(f"Talks took place in {calendar.month_name[month]} {year}.")
    assert (mention.date.start, mention.date.precision) == (f"{year}-{month:02d}", "month")


@settings(deadline=None)  # the first example also compiles the patterns
@given(
    year=st.integers(1950, 2090),
    country=st.sampled_from(sorted(FISCAL_MONTHS)),
    style=st.sampled_from(["{a}-{b2}", "{a}-{b}", "{a}/{b2}", "FY {a}-{b2}", "FY{b}"]),
)
def test_fiscal_years_by_country(year: int, country: str, style: str) -> None:
    surface = style.format(a=year, b=year + 1, b2=f"{(year + 1) % 100:02d}")
    [mention] = find_dates(f"Exports rose in {surface}.", fiscal_country=country)
    first = FISCAL_MONTHS[country]
    assert mention.date.text == surface
    assert mention.date.precision == "fiscal_year"
    assert mention.date.start == f"{year}-{first:02d}"
    assert mention.date.end == f"{year + 1}-{first - 1:02d}"


@settings(deadline=None)  # the first example also compiles the patterns
@given(year=st.integers(1950, 2090))
def test_fiscal_pair_without_country_gives_the_years(year: int) -> None:
    [mention] = find_dates(f"Exports rose in {year}-{(year + 1) % 100:02d}.")
    assert (mention.date.start, mention.date.end) == (str(year), str(year + 1))


@settings(max_examples=300, deadline=None)
@given(
    parts=st.lists(st.one_of(DATEISH, st.text(max_size=12)), max_size=25),
    doc_date=st.one_of(
        st.none(),
        st.text(max_size=12),
        st.sampled_from(["2017", "2017-10", "2017-10-25", "2017-13-40"]),
    ),
    country=st.one_of(st.none(), st.sampled_from(["PAK", "usa", "XXX", ""])),
)
def test_never_raises_and_offsets_slice(
    parts: list[str], doc_date: str | None, country: str | None
) -> None:
    text = " ".join(parts)
    mentions = find_dates(text, doc_date, fiscal_country=country)
    previous_end = 0
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.date.text
        assert mention.start >= previous_end and mention.end > mention.start
        previous_end = mention.end
        ref = mention.date
        if ref.start is None:
            assert ref.precision == "unknown"
            continue
        assert ISO.fullmatch(ref.start) and (ref.end is None or ISO.fullmatch(ref.end))
        assert ref.end is None or ref.end >= ref.start


def test_many_mentions_in_one_long_text() -> None:
    text = "Trade rose in 2013-14 and in May 2003. " * 2000
    mentions = find_dates(text, fiscal_country="PAK")
    assert len(mentions) == 4000
    assert {m.date.text for m in mentions} == {"2013-14", "May 2003"}
