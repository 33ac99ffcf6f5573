"""How each matched date expression becomes a ``DateRef``: the rules behind ``dates.py``.

``dates.py`` finds the expressions (patterns, windows, longest match); each function
here reads one kind of match, against the document's ``Context`` (its date and the
first month of the fiscal year), and returns a ``DateRef`` or None when the match
is not a valid date after all ("31 February 2017").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from dyadscope.mentions.numbers import WEEKDAYS, month_number, reads_as_year, words_to_number
from dyadscope.model import DateRef


@dataclass(frozen=True, slots=True)
class Context:
    """What relative and fiscal dates are read against (one per document)."""

    anchor: tuple[int, int | None, int | None] | None  # doc date: year, month, day
    fiscal_month: int | None  # first month of the fiscal year; None: not known


Rule = Callable[[re.Match[str], Context], DateRef | None]

# --- building blocks --------------------------------------------------------------------

_PARTS = {
    "early": (0, 3), "mid": (4, 6), "middle": (4, 6), "late": (7, 9), "beginning": (0, 2),
    "start": (0, 2), "end": (7, 9), "first half": (0, 4), "second half": (5, 9),
}
_YEAR_PARTS = {
    "early": (1, 4), "mid": (5, 8), "middle": (5, 8), "late": (9, 12), "beginning": (1, 3),
    "start": (1, 3), "end": (10, 12), "first half": (1, 6), "second half": (7, 12),
}
_MAX_AGO = 500  # "n years ago" beyond this is not a date we can write in ISO 8601
_VAGUE = {"few": 3, "couple of": 2, "several": 5}


def iso(year: int, month: int | None = None, day: int | None = None) -> str:
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


def valid_day(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def _day_ref(year: int, month: int, day: int) -> DateRef | None:
    if not valid_day(year, month, day):
        return None
    return DateRef(iso(year, month, day), precision="day")


def _int(text: str) -> int:
    return int(re.sub(r"[^0-9]", "", text))


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    y, m = divmod(year * 12 + month - 1 + delta, 12)
    return y, m + 1


# --- rules: each turns one match into a DateRef (text filled in later) -----------------


def day_month_year(m: re.Match[str], ctx: Context) -> DateRef | None:
    year, month, day = int(m["y"]), month_number(m["m"]), _int(m["dd"])
    return _day_ref(year, month, day)


def iso_date(m: re.Match[str], ctx: Context) -> DateRef | None:
    year, month, day = int(m["y"]), int(m["mm"]), int(m["dd"])
    return _day_ref(year, month, day)


def numeric_date(m: re.Match[str], ctx: Context) -> DateRef | None:
    """24.10.2017 / 24/10/2017: day first (the usage outside the US) unless impossible."""
    year, first, second = int(m["y"]), int(m["a"]), int(m["b"])
    day, month = (second, first) if second > 12 >= first else (first, second)
    return _day_ref(year, month, day)


def _relative_year(m: re.Match[str], ctx: Context) -> int | None:
    if ctx.anchor is None:
        return None
    offsets = {None: 0, "this": 0, "last": -1, "next": 1}
    return ctx.anchor[0] + offsets[m["which"]]


# a day or a month with no year more than this many months after the document's month
# is last year's: "detained in Moscow on Dec 28" in January, "shot down on November
# 24" in June; news names the days it looks ahead to in the coming weeks
_MONTHS_AHEAD = 4


def day_month(m: re.Match[str], ctx: Context) -> DateRef | None:
    year = _relative_year(m, ctx)
    month, day = month_number(m["m"]), _int(m["dd"])
    if year is None:
        return DateRef(None) if valid_day(2000, month, day) else None
    doc_month = ctx.anchor[1] if ctx.anchor is not None else None
    if m["which"] is None and doc_month is not None and month - doc_month > _MONTHS_AHEAD:
        year -= 1
    return _day_ref(year, month, day)


def month_year(m: re.Match[str], ctx: Context) -> DateRef:
    return DateRef(iso(int(m["y"]), month_number(m["m"])), precision="month")


def month_relative(m: re.Match[str], ctx: Context) -> DateRef:
    year = _relative_year(m, ctx)
    if year is None:
        return DateRef(None)
    return DateRef(iso(year, month_number(m["m"])), precision="month")


def bare_month(m: re.Match[str], ctx: Context) -> DateRef:
    """"in October", "last October": the doc's year, or the one before/after it."""
    if ctx.anchor is None:
        return DateRef(None)
    year, doc_month, _ = ctx.anchor
    month = month_number(m["m"])
    rel = (m["rel"] or "").lower()
    if rel in ("last", "next"):
        if doc_month is None:
            return DateRef(None)
        if rel == "last":
            year = year if month < doc_month else year - 1
        else:
            year = year if month > doc_month else year + 1
    elif doc_month is not None and month - doc_month > _MONTHS_AHEAD:
        year -= 1
    return DateRef(iso(year, month), precision="month")


def month_range(m: re.Match[str], ctx: Context) -> DateRef | None:
    y1 = int(m["y1"]) if m["y1"] else int(m["y"])
    m1, m2, y2 = month_number(m["m1"]), month_number(m["m2"]), int(m["y"])
    if (y2, m2) <= (y1, m1):
        return None
    return DateRef(iso(y1, m1), iso(y2, m2), "range")


def day_range(m: re.Match[str], ctx: Context) -> DateRef | None:
    year, month, d1, d2 = int(m["y"]), month_number(m["m"]), _int(m["d1"]), _int(m["d2"])
    if d2 <= d1 or not valid_day(year, month, d2):
        return None
    return DateRef(iso(year, month, d1), iso(year, month, d2), "range")


def day_range_this_year(m: re.Match[str], ctx: Context) -> DateRef | None:
    """"May 5-6", "15-16 June", "18 and 19 March", "from 6 to 7 May", "Nov. 29-30 last
    year": days of the document's year, or of the year named relative to it."""
    if m["m"]:
        month, d1, d2 = month_number(m["m"]), _int(m["d1"]), _int(m["d2"])
    else:
        month, d1, d2 = month_number(m["n"]), _int(m["e1"] or m["w1"]), _int(m["e2"])
    if d2 <= d1 or not valid_day(2000, month, d2):
        return None
    year = _relative_year(m, ctx)
    if year is None:
        return DateRef(None)
    if not valid_day(year, month, d2):
        return None
    return DateRef(iso(year, month, d1), iso(year, month, d2), "range")


def year_range(m: re.Match[str], ctx: Context) -> DateRef | None:
    y1, y2 = int(m["y1"]), int(m["y2"])
    return DateRef(str(y1), str(y2), "range") if y2 > y1 else None


def _fiscal(first_year: int, ctx: Context, explicit: bool) -> DateRef:
    month = ctx.fiscal_month if ctx.fiscal_month is not None else (7 if explicit else None)
    if month is None or month == 1:
        return DateRef(str(first_year), str(first_year + 1), "fiscal_year")
    end_year, end_month = add_months(first_year + 1, month, -1)
    return DateRef(iso(first_year, month), iso(end_year, end_month), "fiscal_year")


def year_pair(m: re.Match[str], ctx: Context) -> DateRef | None:
    """"2013-14", "2014-2015" (fiscal years), "2004-2012", "1994-96" (ranges)."""
    y1, raw = int(m["y1"]), m["y2"]
    y2 = int(raw)
    if len(raw) == 2:
        y2 += y1 // 100 * 100
        if y2 <= y1:
            y2 += 100
    if y2 == y1 + 1:
        return _fiscal(y1, ctx, explicit=bool(m["fy"]))
    if y2 > y1 and (len(raw) == 4 or y2 - y1 <= 20) and m["sep"] != "/" and not m["fy"]:
        return DateRef(str(y1), str(y2), "range")
    return None


def fiscal_single(m: re.Match[str], ctx: Context) -> DateRef:
    """"FY2014" / "fiscal year 2014": the fiscal year that ends in 2014."""
    raw = m["y"] or m["y2"]
    year = int(raw) + (2000 if len(raw) == 2 else 0)
    fiscal_month = ctx.fiscal_month if ctx.fiscal_month is not None else 7
    if fiscal_month == 1:
        return DateRef(iso(year, 1), iso(year, 12), "fiscal_year")
    return _fiscal(year - 1, Context(ctx.anchor, fiscal_month), explicit=True)


_PART_WORD = re.compile(r"first\s+half|second\s+half|beginning|middle|start|early|late|mid|end")


def _part_key(raw: str | None) -> str:
    match = _PART_WORD.search((raw or "").lower())
    return re.sub(r"\s+", " ", match.group()) if match else ""


def decade(m: re.Match[str], ctx: Context) -> DateRef:
    base = int(m["dec"])
    low, high = _PARTS.get(_part_key(m["part"]), (0, 9))
    return DateRef(str(base + low), str(base + high), "range")


def year_part(m: re.Match[str], ctx: Context) -> DateRef:
    year = int(m["y"])
    low, high = _YEAR_PARTS[_part_key(m["part"])]
    return DateRef(iso(year, low), iso(year, high), "range")


def bare_year(m: re.Match[str], ctx: Context) -> DateRef | None:
    if not reads_as_year(m.string, m.start("y"), m.end("y")):
        return None
    return DateRef(m["y"], precision="year")


_PARTS_OF_DAY = frozenset({"night", "evening", "morning", "afternoon"})


def deictic(m: re.Match[str], ctx: Context) -> DateRef:
    """today, yesterday, this/last/next year|month|week, earlier this month, last night,
    this morning."""
    word = m["w"].lower()
    if ctx.anchor is None:
        return DateRef(None)
    year, month, day = ctx.anchor
    if word.endswith(" in the day"):
        word = "today"  # "earlier in the day": the day the news tells, if its sentence names none
    if word in ("today", "yesterday", "tomorrow", "tonight"):
        if month is None or day is None:
            return DateRef(None)
        offset = {"yesterday": -1, "tomorrow": 1}.get(word, 0)
        return DateRef((date(year, month, day) + timedelta(days=offset)).isoformat(), None, "day")
    which, unit = word.split()[-2:]
    step = {"this": 0, "last": -1, "next": 1, "coming": 1}[which]
    if unit in _PARTS_OF_DAY:
        # "last night" in the news is the evening before the day of publication
        if month is None or day is None:
            return DateRef(None)
        return DateRef((date(year, month, day) + timedelta(days=step)).isoformat(), None, "day")
    if unit == "year":
        return DateRef(iso(year + step), precision="year")
    if month is None:
        return DateRef(None)
    if unit == "month":
        return DateRef(iso(*add_months(year, month, step)), precision="month")
    if day is None:
        return DateRef(None)
    monday = date(year, month, day) - timedelta(days=date(year, month, day).weekday())
    monday += timedelta(weeks=step)
    return DateRef(monday.isoformat(), (monday + timedelta(days=6)).isoformat(), "range")


def weekday(m: re.Match[str], ctx: Context) -> DateRef:
    """"on Monday": the latest Monday on or before the doc date; "next Monday" after it;
    "this Monday" the Monday of the document's week (Monday to Sunday), either side;
    "Monday next week" the Monday of the week after it."""
    if ctx.anchor is None:
        return DateRef(None)
    year, month, day = ctx.anchor
    if month is None:
        return DateRef(None)
    if day is None:  # a document dated to the month: the day falls in that month
        return DateRef(iso(year, month), precision="month")
    doc = date(year, month, day)
    target = WEEKDAYS[m["wd"].lower()]
    rel = (m["rel"] or "").lower()
    if week := m.groupdict().get("wk"):
        # "on Friday next week", "on Monday last week": that day of the week after (or
        # before) the document's, weeks running Monday to Sunday
        delta = target - doc.weekday() + (7 if week == "next" else -7)
    elif rel == "next":
        delta = (target - doc.weekday()) % 7 or 7
    elif rel == "this":
        delta = target - doc.weekday()
    else:
        delta = -((doc.weekday() - target) % 7 or (7 if rel == "last" else 0))
    return DateRef((doc + timedelta(days=delta)).isoformat(), None, "day")


def day_of_month(m: re.Match[str], ctx: Context) -> DateRef | None:
    """ "met them on the 8th", "on the 22nd of this month": that day of the document's
    month, or of the month before when the day is still to come."""
    if ctx.anchor is None:
        return DateRef(None)
    year, month, day = ctx.anchor
    if month is None:
        return DateRef(None)
    wanted = _int(m["dd"])
    if (m["which"] or "this").lower() == "last" or (
        m["which"] is None and day is not None and wanted > day
    ):
        year, month = add_months(year, month, -1)
    return _day_ref(year, month, wanted)


def weekend(m: re.Match[str], ctx: Context) -> DateRef:
    """ "over the weekend", "at the weekend", "last weekend": the Saturday and Sunday
    just past; in a document of that weekend, its own day; in one dated to the month,
    that month."""
    year, month, day = ctx.anchor or (0, None, None)
    if month is None:
        return DateRef(None)
    if day is None:
        return DateRef(iso(year, month), precision="month")
    doc = date(year, month, day)
    back = (doc.weekday() - 5) % 7  # days since the last Saturday
    if back < 2 and not m["last"]:
        return DateRef(doc.isoformat(), None, "day")  # "over the weekend", said on Sunday
    if back < 2:
        back += 7  # "last weekend" on a Sunday is the one before
    saturday = doc - timedelta(days=back)
    return DateRef(saturday.isoformat(), (saturday + timedelta(days=1)).isoformat(), "range")


def _count(raw: str) -> int | None:
    lower = raw.lower()
    if lower in ("a", "an"):
        return 1
    return int(lower) if lower.isdigit() else words_to_number(lower)


def ago(m: re.Match[str], ctx: Context) -> DateRef | None:
    n = _count(m["n"])
    unit = m["unit"].lower().rstrip("s")
    if n is None or n > _MAX_AGO:
        return None
    if ctx.anchor is None:
        return DateRef(None)
    year, month, day = ctx.anchor
    if unit in ("year", "decade"):
        return DateRef(iso(year - n * (10 if unit == "decade" else 1)), precision="year")
    if month is None:
        return DateRef(None)
    if unit == "month":
        return DateRef(iso(*add_months(year, month, -n)), precision="month")
    if day is None:
        return DateRef(None)
    days = n * (7 if unit == "week" else 1)
    return DateRef((date(year, month, day) - timedelta(days=days)).isoformat(), None, "day")


def recent_span(m: re.Match[str], ctx: Context) -> DateRef | None:
    """"the past decade", "the last five years", "the last several years": a range of years."""
    if ctx.anchor is None:
        return DateRef(None)
    raw = (m["n"] or "").lower()
    n = _VAGUE.get(re.sub(r"\s+", " ", raw)) if raw and not raw[0].isdigit() else None
    n = n or (_count(raw) if raw else 1)
    if n is None or n > _MAX_AGO:
        return None
    years = n * (10 if m["unit"].lower().startswith("decade") else 1)
    return DateRef(str(ctx.anchor[0] - years), str(ctx.anchor[0]), "range")


def recent_weeks(m: re.Match[str], ctx: Context) -> DateRef | None:
    """"over the past week", "in the last few days", "in recent weeks": the document's
    month, when the span lies inside it (else its year); "the last few months", "in
    recent months": the document's year."""
    if ctx.anchor is None:
        return DateRef(None)
    year, month, day = ctx.anchor
    unit = m["unit"].lower()
    raw = (m["n"] or "").lower()
    n = _VAGUE.get(re.sub(r"\s+", " ", raw)) if raw and not raw[0].isdigit() else None
    n = n or (_count(raw) if raw else (1 if unit in ("week", "month") else 3))
    if n is None or unit.startswith("month") or month is None or day is None:
        return DateRef(iso(year), precision="year")
    days = n * (7 if unit.startswith("week") else 1)
    if day > days:
        return DateRef(iso(year, month), precision="month")
    return DateRef(iso(year), precision="year")


_ORDINAL_CENTURIES = {"eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21}
_QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4}


def century(m: re.Match[str], ctx: Context) -> DateRef | None:
    """"the 19th century" -> 1800..1899; "the late 20th century" -> 1970..1999."""
    raw = m["c"].lower()
    number = _ORDINAL_CENTURIES.get(raw) or (_int(raw) if raw[0].isdigit() else 0)
    if not 1 <= number <= 30:
        return None
    base = (number - 1) * 100
    low, high = _PARTS.get(_part_key(m["part"]), (0, 9))
    return DateRef(str(base + low * 10), str(base + high * 10 + 9), "range")


def quarter(m: re.Match[str], ctx: Context) -> DateRef:
    """"Q3 2016", "the first quarter of 2017": three months."""
    number = int(m["q"]) if m["q"] else _QUARTERS[m["qw"].lower()]
    year = int(m["y"])
    return DateRef(iso(year, number * 3 - 2), iso(year, number * 3), "range")
