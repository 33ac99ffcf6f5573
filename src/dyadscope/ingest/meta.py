"""Document metadata helpers: dates to ISO 8601 (truncated), clean short strings."""

from __future__ import annotations

import re

from dyadscope.periods import parse_partial_date

_ISO = re.compile(r"^\s*(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?(?:[T\s].*)?$")
_PDF = re.compile(r"^D:(\d{4})(\d{2})?(\d{2})?")
_MONTHS = {
    name: i
    for i, names in enumerate(
        (
            ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
            ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
            ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
_DAY_MONTH_YEAR = re.compile(r"^(\d{1,2})\s+([A-Za-z]+)\.?,?\s+(\d{4})\b")
_MONTH_DAY_YEAR = re.compile(r"^([A-Za-z]+)\.?\s+(?:(\d{1,2}),?\s+)?(\d{4})\b")


def _iso(year: int, month: int | None = None, day: int | None = None) -> str | None:
    if not 1000 <= year <= 2999:
        return None
    if month is None:
        return f"{year:04d}"
    if not 1 <= month <= 12:
        return f"{year:04d}"
    if day is None or not 1 <= day <= 31:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


def validate_date_arg(value: str) -> str:
    """A user-given date must be YYYY, YYYY-MM or YYYY-MM-DD; returns it zero-padded."""
    return parse_partial_date(value).iso


def normalise_date(value: object) -> str | None:
    """Metadata dates in their many spellings -> "2017-11-03" / "2017-11" / "2017"."""
    if value is None:
        return None
    if hasattr(value, "year") and hasattr(value, "month"):
        return _iso(int(value.year), int(value.month), int(getattr(value, "day", 0)) or None)
    text = str(value).strip()
    if not text:
        return None
    pdf = _PDF.match(text)
    if pdf:
        y, m, d = pdf.groups()
        return _iso(int(y), int(m) if m else None, int(d) if d else None)
    iso = _ISO.match(text)
    if iso:
        y, m, d = iso.groups()
        return _iso(int(y), int(m) if m else None, int(d) if d else None)
    dmy = _DAY_MONTH_YEAR.match(text)
    if dmy and dmy.group(2).lower() in _MONTHS:
        return _iso(int(dmy.group(3)), _MONTHS[dmy.group(2).lower()], int(dmy.group(1)))
    mdy = _MONTH_DAY_YEAR.match(text)
    if mdy and mdy.group(1).lower() in _MONTHS:
        day = int(mdy.group(2)) if mdy.group(2) else None
        return _iso(int(mdy.group(3)), _MONTHS[mdy.group(1).lower()], day)
    return None


def clean_meta(value: object, limit: int = 500) -> str | None:
    """A metadata string on one line, or None when empty."""
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text[:limit] or None
