"""Days a story names by their distance from its own day ("the previous day", "a day
earlier", "on the eve", "the next day", "two days later", "hours later"): the date
finder reads them against the story's day, and the coder knows a date so named is
counted from the day of what the story tells, not a day the story sets. Shared
because the two stages may not import each other."""

from __future__ import annotations

import re

from dyadscope.calendar_words import SMALL_NUMBERS

_COUNT_WORDS = "|".join(sorted(SMALL_NUMBERS, key=len, reverse=True))
# "the previous day", "a day earlier", "two days later", "the next day", "on the eve", "a
# week later", "hours later"; "the day before" / "the day after" only where nothing
# follows that they would count from ("the day before the vote" is a day of its own).
# Not "the previous night" or "evening": a night runs into the story's own day, and what
# happened overnight is told as that day's
COUNTED_DAY = re.compile(
    r"(?i)(?<![A-Za-z0-9_-])(?P<d>"
    r"the\s+(?P<prev>previous|preceding)\s+day"
    r"|the\s+(?P<next>next|following)\s+(?:day|morning)"
    r"|(?P<n>a|one|an|[0-9]{1,2}|" + _COUNT_WORDS + r")(?:\s+|-)(?P<unit>days?|weeks?|hours?)"
    r"\s+(?P<dir>earlier|later)"
    r"|(?:(?:a\s+few|several|some)\s+)?hours\s+(?P<hdir>earlier|later)"
    r"|the\s+day\s+(?P<rel>before|after)(?=\s*(?:[,.;:)]|$))"
    r"|(?<=on\s)the\s+eve(?!\s+of\b)(?!\w)"
    r")(?![A-Za-z0-9_-])"
)
DAY_UNITS = {"day": 1, "days": 1, "week": 7, "weeks": 7}  # days in each unit of a count


def day_offset(found: re.Match[str]) -> int | None:
    """The days ``found`` counts from the story's day (negative: before it)."""
    if found["prev"] or found["rel"] == "before" or found["d"].lower().endswith("eve"):
        return -1
    if found["next"] or found["rel"] == "after":
        return 1
    if found["hdir"]:
        return 0
    count = found["n"].lower()
    number = 1 if count in ("a", "an") else int(count) if count.isdigit() else (
        SMALL_NUMBERS.get(count)
    )
    if number is None:
        return None
    unit = found["unit"].lower()
    days = number // 24 if unit.startswith("hour") else number * DAY_UNITS[unit]
    return -days if found["dir"].lower() == "earlier" else days


def counted_day(text: str) -> bool:
    """Is ``text`` (a date's words) a day counted from the story's ("the day before")?"""
    found = COUNTED_DAY.search(f"on {text}")
    return found is not None and found.span("d") == (3, len(text) + 3)
