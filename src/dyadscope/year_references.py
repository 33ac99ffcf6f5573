"""Words that name a year by reference to the story's ("that year", "the following
year"): the date finder reads them against the last year written out, and the coder
knows a date so named belongs to the story's past, as one written out does. Shared
because the two stages may not import each other."""

from __future__ import annotations

import re

# "(later|earlier|in|by) that year", "the same year", "the following year", ...
YEAR_REFERENCE = re.compile(
    r"\b(?:(?:later|earlier|in|by|during|of)\s+)?(that|the\s+same|the\s+following|the\s+next"
    r"|the\s+previous|the\s+preceding)\s+year\b",
    re.IGNORECASE,
)
# years after (or before) the story's year that each reference names
SHIFT = {"that": 0, "the same": 0, "the following": 1, "the next": 1, "the previous": -1,
         "the preceding": -1}  # fmt: skip
