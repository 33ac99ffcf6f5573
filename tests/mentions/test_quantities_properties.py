"""Property tests: amounts x scales x currency forms give the right base value; counts
keep their number and item; no text makes find_quantities raise."""

from __future__ import annotations

import math
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from dyadscope.mentions.quantities import find_quantities

SCALES = {
    "": 1,
    " thousand": 10**3,
    " million": 10**6,
    " billion": 10**9,
    " trillion": 10**12,
    " bn": 10**9,
    "bn": 10**9,
    " mn": 10**6,
    " crore": 10**7,
}
PREFIXES = {
    "$": "USD",
    "US$": "USD",
    "US$ ": "USD",
    "\\$": "USD",
    "USD ": "USD",
    "€": "EUR",
    "£": "GBP",
    "PKR ": "PKR",
    "Rs ": "PKR",
    "AZN ": "AZN",
}
SUFFIXES = {
    " dollars": "USD",
    " USD": "USD",
    " manat": "AZN",
    " yen": "JPY",
    " euros": "EUR",
    " Turkish lira": "TRY",
}
NOUNS = {
    "warships": "warship",
    "countries": "country",
    "aircraft": "aircraft",
    "tanks": "tank",
    "military units": "military unit",
    "helicopters": "helicopter",
}
NOISE = st.sampled_from(
    [
        "$",
        "US$",
        "\\$",
        "10",
        "1,500",
        "2014",
        "million",
        "bn",
        "%",
        "per",
        "cent",
        "around",
        "warships",
        "AMAN-2013",
        "JF-17",
        "No.",
        "twenty",
        "a dozen",
        "-",
        ".",
        ",",
        "Rs",
        "m",
    ]
)


def _render(amount: Decimal) -> str:
    whole, _, frac = f"{amount:f}".partition(".")
    grouped = f"{int(whole):,}"
    return grouped + ("." + frac if frac else "")


amounts = st.decimals(min_value=Decimal("0.001"), max_value=Decimal("99999"), places=3)


@settings(deadline=None)  # the first example also compiles the patterns
@given(
    amount=amounts, scale=st.sampled_from(sorted(SCALES)), prefix=st.sampled_from(sorted(PREFIXES))
)
def test_prefixed_money(amount: Decimal, scale: str, prefix: str) -> None:
    surface = f"{prefix}{_render(amount)}{scale}"
    [mention] = find_quantities(f"The deal is worth {surface} in total.")
    q = mention.quantity
    assert (q.text, q.unit, q.currency) == (surface, "money", PREFIXES[prefix])
    assert math.isclose(q.value, float(amount * SCALES[scale]), rel_tol=1e-9)


@settings(deadline=None)  # the first example also compiles the patterns
@given(
    amount=amounts, scale=st.sampled_from(sorted(SCALES)), suffix=st.sampled_from(sorted(SUFFIXES))
)
def test_suffixed_money(amount: Decimal, scale: str, suffix: str) -> None:
    surface = f"{_render(amount)}{scale}{suffix}"
    [mention] = find_quantities(f"The deal is worth {surface} in total.")
    q = mention.quantity
    assert (q.text, q.unit, q.currency) == (surface, "money", SUFFIXES[suffix])
    assert math.isclose(q.value, float(amount * SCALES[scale]), rel_tol=1e-9)


@settings(deadline=None)  # the first example also compiles the patterns
@given(count=st.integers(2, 999_999), noun=st.sampled_from(sorted(NOUNS)), comma=st.booleans())
def test_counts_keep_number_and_item(count: int, noun: str, comma: bool) -> None:
    number = f"{count:,}" if comma else str(count)
    [mention] = find_quantities(f"They deployed {number} {noun} to the border.")
    q = mention.quantity
    assert (q.value, q.unit, q.item, q.text) == (count, "count", NOUNS[noun], f"{number} {noun}")


@settings(deadline=None)  # the first example also compiles the patterns
@given(value=st.integers(0, 100), form=st.sampled_from(["%", " %", " percent", " per cent"]))
def test_percentages(value: int, form: str) -> None:
    [mention] = find_quantities(f"Trade grew by {value}{form} last year.")
    assert (mention.quantity.value, mention.quantity.unit) == (value, "percent")


@settings(max_examples=300, deadline=None)
@given(parts=st.lists(st.one_of(NOISE, st.text(max_size=12)), max_size=25))
def test_never_raises_and_offsets_slice(parts: list[str]) -> None:
    text = " ".join(parts)
    previous_end = 0
    for mention in find_quantities(text):
        assert text[mention.start : mention.end] == mention.quantity.text
        assert mention.start >= previous_end and mention.end > mention.start
        previous_end = mention.end
