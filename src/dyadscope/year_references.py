"""Words that name a year by reference to the story's ("that year", "the following
year"): the date finder reads them against the last year written out, and the coder
knows a date so named belongs to the story's past, as one written out does. Shared
because the two stages may not import each other."""

from __future__ import annotations

import re

from dyadscope.calendar_words import SMALL_NUMBERS

# "(later|earlier|in|by) that year", "the same year", "the following year", "that same
# year", "a year later", "three years later", ...
YEAR_REFERENCE = re.compile(
    r"\b(?:(?:later|earlier|in|by|during|of)\s+)?(that|the\s+same|that\s+same|the\s+following"
    r"|the\s+next|the\s+previous|the\s+preceding)\s+year\b"
    r"|\b(?P<count>an?|one|two|three|four|five|six|seven|eight|nine|ten|[0-9]{1,2})\s+years?\s+"
    r"(?P<way>later|earlier)\b",
    re.IGNORECASE,
)
# years after (or before) the story's year that each reference names
SHIFT = {"that": 0, "the same": 0, "that same": 0, "the following": 1, "the next": 1,
         "the previous": -1, "the preceding": -1}  # fmt: skip
_COUNTS = {**SMALL_NUMBERS, "a": 1, "an": 1}


def year_shift(found: re.Match[str]) -> int:
    """How many years after the story's year a ``YEAR_REFERENCE`` match names ("the
    following year": 1, "three years earlier": -3)."""
    count = found.group("count")
    if count is None:
        return SHIFT[" ".join(found.group(1).lower().split())]
    number = int(count) if count.isdigit() else _COUNTS[count.lower()]
    return number if found.group("way").lower() == "later" else -number
