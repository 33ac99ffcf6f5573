"""find_dates against hand-checked golden sentences, plus the CLI date validator."""

from __future__ import annotations

import itertools
import json
from pathlib import Path
from typing import Any

import pytest

from dyadscope.mentions.dates import find_dates, fiscal_first_month, normalise_date_arg

GOLDEN = Path(__file__).resolve().parent.parent / "golden" / "mentions" / "dates.jsonl"
FISCAL = Path(__file__).resolve().parents[2] / "src" / "dyadscope" / "data" / "fiscal_years.tsv"


def _cases() -> list[dict[str, Any]]:
    lines = GOLDEN.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@pytest.mark.parametrize("case", _cases(), ids=lambda c: c["text"][:40])
def test_golden(case: dict[str, Any]) -> None:
    mentions = find_dates(
        case["text"], case.get("doc_date"), fiscal_country=case.get("fiscal_country")
    )
    got = [[m.date.text, m.date.start, m.date.end, m.date.precision] for m in mentions]
    assert got == case["expect"]
    for mention in mentions:
        assert case["text"][mention.start : mention.end] == mention.date.text


def test_mentions_are_sorted_and_disjoint() -> None:
    text = "From 2004 to 2012, in May 2003, in 2014-15 and in the mid-1990s."
    mentions = find_dates(text)
    spans = [(m.start, m.end) for m in mentions]
    assert spans == sorted(spans)
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in itertools.pairwise(spans))


def test_longest_reading_wins() -> None:
    [mention] = find_dates("signed on 24th of October 2017")
    assert mention.date.text == "24th of October 2017"


def test_malformed_doc_date_is_ignored() -> None:
    [mention] = find_dates("They met yesterday.", "not a date")
    assert mention.date.precision == "unknown" and mention.date.start is None


def test_fiscal_without_country_but_with_fiscal_word_is_july_june() -> None:
    [mention] = find_dates("in fiscal year 2013-14")
    assert (mention.date.start, mention.date.end) == ("2013-07", "2014-06")


@pytest.mark.parametrize(("country", "month"), [("PAK", 7), ("ind", 4), ("USA", 10), ("AZE", 1)])
def test_fiscal_first_month(country: str, month: int) -> None:
    assert fiscal_first_month(country) == month


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2017", "2017"),
        ("2017-5", "2017-05"),
        ("2017-05-04", "2017-05-04"),
        (" 2016-02-29 ", "2016-02-29"),
    ],
)
def test_normalise_date_arg_accepts(value: str, expected: str) -> None:
    assert normalise_date_arg(value) == expected


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("yesterday", "expected YYYY, YYYY-MM or YYYY-MM-DD"),
        ("2017-13", "month must be 01-12"),
        ("2017-02-29", "has no day 29"),
        ("17-05-04", "expected YYYY"),
    ],
)
def test_normalise_date_arg_rejects(value: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        normalise_date_arg(value)


@pytest.mark.parametrize(
    "text", ["99999999 days ago", "99999999 years ago", "in the past 99999999 years"]
)
def test_absurd_offsets_are_not_dates(text: str) -> None:
    assert find_dates(text, "2017-10-25") == []


def test_ago_units_resolve() -> None:
    text = "a week ago, three months ago and a decade ago"
    got = [(m.date.text, m.date.start) for m in find_dates(text, "2017-10-25")]
    assert got == [
        ("a week ago", "2017-10-18"),
        ("three months ago", "2017-07"),
        ("a decade ago", "2007"),
    ]


def test_fiscal_table_is_well_formed() -> None:
    rows = [line.split("\t") for line in FISCAL.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")][1:]
    assert rows, "no rows"
    for code, month, name in rows:
        assert len(code) == 3 and code.isupper() and name
        assert 1 <= int(month) <= 12
        assert fiscal_first_month(code) == int(month)


def test_a_wire_dateline_gives_the_storys_day_in_the_week_before_the_page() -> None:
    """A wire story filed "SEOUL, Nov. 1 (Yonhap) --" and published a day later happened
    on its dateline's day; a dateline far from the page's date, or none, gives nothing."""
    from dyadscope.mentions.dates import dateline_day

    assert dateline_day("SEOUL, Nov. 1 (Yonhap) -- Talks began.", "2024-11-02") == "2024-11-01"
    assert dateline_day("PRISTINA/BELGRADE, June 14 (Reuters) – Police said.", "2023-06-16") == (
        "2023-06-14")
    assert dateline_day("DOHA, Nov 7: The two agreed.", "2012-11-08") == "2012-11-07"
    assert dateline_day("SEOUL, Nov. 1 (Yonhap) -- Talks began.", "2024-11-01") is None
    assert dateline_day("SEOUL, Aug. 1 (Yonhap) -- Talks began.", "2024-11-02") is None
    assert dateline_day("Seoul and Tokyo, long at odds, agreed on Monday.", "2024-11-02") is None
