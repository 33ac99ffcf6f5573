"""The shared helpers in extract/numbers.py: number words, plurals, the year rule."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dyadscope.mentions.numbers import (
    parse_numeral,
    previous_word,
    reads_as_year,
    singularise,
    words_to_number,
)

UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = [
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _spell(n: int) -> str:
    """An independent speller for 1..999 to check the parser against."""
    hundreds, rest = divmod(n, 100)
    parts = [f"{UNITS[hundreds]} hundred"] if hundreds else []
    if 10 <= rest < 20:
        parts.append(TEENS[rest - 10])
    elif rest:
        tens, units = divmod(rest, 10)
        parts.append("-".join(p for p in (TENS[tens], UNITS[units]) if p))
    return " and ".join(parts)


@settings(deadline=None)  # the first example also compiles the patterns
@given(st.integers(1, 999))
def test_words_to_number_round_trips(n: int) -> None:
    assert words_to_number(_spell(n)) == n


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("a dozen", 12),
        ("two dozen", 24),
        ("a thousand", 1000),
        ("five thousand", 5000),
        ("Thirteen", 13),
        ("a", None),
        ("one two x", None),
        ("one two", None),
        ("twenty thirty", None),
        ("twenty five", 25),
        ("two hundred five", 205),
    ],
)
def test_words_to_number_cases(text: str, value: int | None) -> None:
    assert words_to_number(text) == value


@pytest.mark.parametrize(
    ("text", "value"), [("1,500", "1500"), ("18.735", "18.735"), ("2017", "2017")]
)
def test_parse_numeral(text: str, value: str) -> None:
    assert str(parse_numeral(text)) == value


@pytest.mark.parametrize(
    ("plural", "singular"),
    [
        ("aircrafts", "aircraft"),
        ("warships", "warship"),
        ("countries", "country"),
        ("aircraft", "aircraft"),
        ("APCs", "APC"),
        ("classes", "class"),
        ("personnel", "personnel"),
        ("Aircrafts", "Aircraft"),
        ("gas", "gas"),
        ("bus", "bus"),
    ],
)
def test_singularise(plural: str, singular: str) -> None:
    assert singularise(plural) == singular


@pytest.mark.parametrize(
    ("text", "is_year"),
    [
        ("in 1995 tons", True),
        ("1995 tons", False),
        ("the 2014 elections", True),
        ("$2014 was", False),
        ("In 2008, they", True),
        ("2008 was", True),
        ("1850 was", False),
        ("in 1850", True),
        ("2015% of", False),
        ("USD 2014", False),
        ("2014 million", False),
        ("FOR 2014", True),
    ],
)
def test_reads_as_year(text: str, is_year: bool) -> None:
    start = next(i for i, c in enumerate(text) if c.isdigit())
    assert reads_as_year(text, start, start + 4) is is_year


@pytest.mark.parametrize(
    ("text", "word"), [("in 1995", "in"), ("No. 5", "no."), ("x5", ""), ("(5", ""), ("5", "")]
)
def test_previous_word(text: str, word: str) -> None:
    start = next(i for i, c in enumerate(text) if c.isdigit())
    assert previous_word(text, start) == word
