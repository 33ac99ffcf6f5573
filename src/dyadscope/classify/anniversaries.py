"""An act named as what an anniversary marks: "the 60th anniversary of the Elysee
Treaty", "July 29 marks 30 years of the signing of the accord". The day told is the
anniversary's; the act itself lies that many years before it, on the same day of the
year where the anniversary's day is told."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from dyadscope.calendar_words import SMALL_NUMBERS
from dyadscope.classify.tokens import Token
from dyadscope.model import DateRef

_ORDINAL_WORDS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
    "fifteenth": 15, "twentieth": 20, "twenty-fifth": 25, "thirtieth": 30, "fortieth": 40,
    "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "seventy-fifth": 75,
    "eightieth": 80, "ninetieth": 90, "hundredth": 100, "centenary": 100,
}  # fmt: skip
_NUMERIC_ORDINAL = re.compile(r"^(\d{1,3})(?:st|nd|rd|th)$")
_ANNIVERSARY_REACH = 8  # tokens from "anniversary of" to the act's word
_ANNIVERSARY_BREAKS = frozenset({",", ".", ";", ":", "and", "which", "that", "when", "as"})


def _ordinal_count(word: str, ordinal: bool) -> int | None:
    if ordinal:
        found = _NUMERIC_ORDINAL.match(word)
        return int(found.group(1)) if found else _ORDINAL_WORDS.get(word)
    return int(word) if word.isdigit() and len(word) <= 3 else SMALL_NUMBERS.get(word)


def years_marked(tokens: Sequence[Token], start: int) -> int | None:
    """The years an anniversary right before the act's words at ``start`` counts: "the
    25th anniversary of the treaty", "marks 30 years of the signing of the accord",
    "the tenth anniversary of their trade agreement"; else None."""
    for at in range(start - 1, max(-1, start - _ANNIVERSARY_REACH - 1), -1):
        low = tokens[at].low
        if low in _ANNIVERSARY_BREAKS:
            return None
        if low not in ("of", "since") or at < 2:
            continue
        head = tokens[at - 1].low
        if head in ("anniversary", "centenary"):
            word = tokens[at - 2].low
            if word in ("st", "nd", "rd", "th") and at >= 3:
                word = tokens[at - 3].low + word  # "60th" is told as "60" "th"
            count = 100 if head == "centenary" else _ordinal_count(word, True)
        elif head == "years":
            count = _ordinal_count(tokens[at - 2].low, False)
        else:
            return None
        return count if count and count > 0 else None
    return None


def years_back(date: DateRef, years: int, doc_date: str | None) -> DateRef:
    """The act's date ``years`` before the anniversary's ``date``; an anniversary with no
    day of its own is the story's, known to the year only."""
    told = date.basis in ("explicit", "relative")
    if date.start and told and date.precision in ("day", "month", "year"):
        year = int(date.start[:4]) - years
        return replace(date, start=f"{year:04d}{date.start[4:]}", end=None, basis="context")
    if not doc_date or not doc_date[:4].isdigit():
        return date
    year = int(doc_date[:4]) - years
    return DateRef(start=f"{year:04d}", precision="year", basis="context")
