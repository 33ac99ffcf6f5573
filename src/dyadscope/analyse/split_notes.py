"""Say which figures an aggregation split across periods, in words.

The SQL reports each split figure as a span of month numbers ("24162:24173",
year * 12 + month - 1) in the hidden ``split_spans`` column, once per period it
counted in; a reader wants one line per figure period:
"FY 2013-14 figures split pro rata by month across 2013 and 2014 (...)".
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_SPAN = re.compile(r"^(\d+):(\d+)$")


def _month(number: int) -> str:
    return f"{number // 12:04d}-{number % 12 + 1:02d}"


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def split_note(first: int, last: int) -> str:
    """The note for a figure covering month numbers ``first`` to ``last``."""
    start, end = first // 12, last // 12
    if last - first == 11:  # twelve months not a calendar year: a fiscal year
        label = f"FY {start}-{(start + 1) % 100:02d}"
    else:
        label = f"{_month(first)} to {_month(last)}"
    years = list(range(start, end + 1))
    months = [min(last, y * 12 + 11) - max(first, y * 12) + 1 for y in years]
    counts = _and([str(m) for m in months])
    return (f"{label} figures split pro rata by month across {_and([str(y) for y in years])} "
            f"({_month(first)} to {_month(last)}: {counts} months)")


def split_notes(cells: Iterable[object]) -> list[str]:
    """One note per distinct split span found in the column's cells (text or NULL)."""
    spans: set[tuple[int, int]] = set()
    for cell in cells:
        if not isinstance(cell, str):
            continue
        for token in cell.split():
            match = _SPAN.match(token)
            if match:
                spans.add((int(match[1]), int(match[2])))
    return [split_note(first, last) for first, last in sorted(spans)]
