"""Dates in a sentence: absolute, partial, ranges, fiscal years, decades and relative ones.

Covered: "24 October 2017", "October 24, 2017", "2017-10-24", "24.10.2017",
"13-Feb-2014" (day); "May 2003" (month); "in 1995", "the year 2008" (year);
"between 2004 and 2012", "2004-2012", "May-June 2017", "24-26 October 2017",
"the mid-1990s", "the late 20th century", "Q3 2016", "mid-2005" (range);
"2013-14", "FY2014", "fiscal year 2013/14" (fiscal_year); "last year", "on
Monday", "two years ago", "in the past decade" (relative, against ``doc_date``).

``find_dates`` returns every date expression as a ``DateMention`` (offsets into the
text, sorted, non-overlapping, longest match wins). The mention covers the date
words only, not a leading preposition ("in May 2003" -> "May 2003"), except where
the preposition makes the range ("between 2004 and 2012").

Fiscal years ("2013-14", "FY2014", "fiscal year 2013/14") have precision
``fiscal_year``. A fiscal year is named by the calendar year it ends in. Its months
come from ``data/fiscal_years.tsv`` for ``fiscal_country`` (unlisted countries use
the calendar year); with no country, July-June when the text says "fiscal"/"FY",
and otherwise only the two years ("2013-14" -> start "2013", end "2014").

Relative dates ("last year", "on Monday", "two years ago") are resolved against
``doc_date``; without one (or when it is too coarse, e.g. "yesterday" against
"2017-10") they come back with ``start=None`` and precision ``unknown``.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from dyadscope.mentions import date_rules as rules
from dyadscope.mentions.historical import find_moments
from dyadscope.mentions.numbers import MONTH, MONTHS, NUMBER_WORDS, WEEKDAY, load_table
from dyadscope.model import DateMention, DateRef
from dyadscope.periods import days_after, parse_partial_date

__all__ = ["find_dates", "fiscal_first_month", "normalise_date_arg"]


_DAY = r"(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?(?![0-9])"
_YEAR = r"[12][0-9]{3}(?![0-9])"
_DASH = r"\s?[-–—]\s?"
_REL_YEAR = r"(?:,?\s+(?:of\s+)?(?P<which>this|last|next)\s+year)?"
_PART = r"(?:early|mid|late)[\s-]+|(?:[Tt]he\s+)?(?:beginning|start|end|middle|first\s+half|second\s+half)\s+of\s+(?:the\s+)?"  # noqa: E501


def _span(match: re.Match[str]) -> tuple[int, int]:
    return match.span("d") if "d" in match.re.groupindex else match.span()


# --- the rule table ---------------------------------------------------------------------
# Scanning a whole sentence once per rule is too slow (each scan costs microseconds), so
# every rule has a scope: "year" rules only run in a window around each 4-digit number,
# "month" rules around each month name, "text" rules over the sentence. Cues (groups of
# lower-case substrings; each group needs one present in the window) skip rules that
# cannot match. Each pattern opens with a lookahead on its possible first characters,
# which makes the regex engine give up quickly at all other positions.

_MONTH_CUES = tuple({m[:3].title() for m in MONTHS} | {m[:3].upper() for m in MONTHS})
_WINDOW_BEFORE, _WINDOW_AFTER, _MARGIN = 48, 48, 12


@dataclass(frozen=True, slots=True)
class _Spec:
    pattern: re.Pattern[str]
    rule: rules.Rule
    scope: str  # "year" | "month" | "text"
    cues: tuple[tuple[str, ...], ...] = ()
    needs: str = ""  # a flag its year window must carry (see _year_windows)


def _spec(
    pattern: str,
    rule: rules.Rule,
    scope: str,
    *cues: tuple[str, ...],
    needs: str = "",
) -> _Spec:
    return _Spec(re.compile(pattern), rule, scope, cues, needs)


_SEPARATORS = ("-", "–", "—", "/")
_DEICTIC_WHICH = ("today", "yesterday", "tomorrow", "tonight", "this ", "last ", "next ", "coming ",
                  " in the day")
_DEICTIC_UNIT = ("today", "yesterday", "tomorrow", "tonight", "year", "month", "week", "night",
                 "evening", "morning", "afternoon", " in the day")
_PART_CUES = ("early", "mid", "late", "beginning", "start", "end", "middle", "half")


@lru_cache(maxsize=1)
def _specs() -> tuple[_Spec, ...]:
    return (
        _spec(rf"(?=[0-9])(?<![A-Za-z0-9_.])(?P<dd>{_DAY})(?:\s+of)?(?:\s+|-)(?P<m>{MONTH}),?(?:\s+|-)(?P<y>{_YEAR})", rules.day_month_year, "year", needs="month"),  # noqa: E501
        _spec(rf"(?=[JFMASOND])(?P<m>{MONTH})\s+(?P<dd>{_DAY}),?\s+(?P<y>{_YEAR})", rules.day_month_year, "year", needs="month"),  # noqa: E501
        _spec(r"(?=[12])(?<![A-Za-z0-9_./-])(?P<y>[12][0-9]{3})(?P<s>[-/])(?P<mm>0[1-9]|1[0-2])(?P=s)(?P<dd>[0-3][0-9])(?![A-Za-z0-9_/-])", rules.iso_date, "year", needs="dash_after"),  # noqa: E501
        _spec(r"(?=[0-9])(?<![A-Za-z0-9_./-])(?P<a>[0-3]?[0-9])(?P<s>[./])(?P<b>[0-3]?[0-9])(?P=s)(?P<y>[12][0-9]{3})(?![A-Za-z0-9_/-]|\.[0-9])", rules.numeric_date, "year", needs="sep_before"),  # noqa: E501
        _spec(rf"(?=[JFMASOND])(?P<m>{MONTH})(?:\s+of)?,?\s+(?P<y>{_YEAR})", rules.month_year, "year", needs="month"),  # noqa: E501
        _spec(rf"(?=[JFMASONDBbFf])(?P<d>(?:(?i:between|from)\s+)?(?P<m1>{MONTH})(?:,?\s+(?P<y1>{_YEAR}))?(?:{_DASH}|\s+(?i:to|and|until|through)\s+)(?P<m2>{MONTH}),?\s+(?P<y>{_YEAR}))", rules.month_range, "year", needs="month"),  # noqa: E501
        _spec(rf"(?=[0-9BbFf])(?<![A-Za-z0-9_.])(?P<d>(?:(?i:between|from)\s+)?(?P<d1>{_DAY})(?:{_DASH}|\s+(?:to|and)\s+)(?P<d2>{_DAY})\s+(?P<m>{MONTH}),?\s+(?P<y>{_YEAR}))", rules.day_range, "year", needs="month"),  # noqa: E501
        _spec(rf"(?=[JFMASOND])(?P<d>(?P<m>{MONTH})\s+(?P<d1>{_DAY}){_DASH}(?P<d2>{_DAY}),?\s+(?P<y>{_YEAR}))", rules.day_range, "year", needs="month"),  # noqa: E501
        _spec(rf"(?=[BbFf])(?<![A-Za-z0-9_.])(?P<d>(?i:between|from)\s+(?i:the\s+years?\s+)?(?P<y1>{_YEAR})\s*(?:(?i:and|to|until|till|through)|[-–—])\s*(?P<y2>{_YEAR}))", rules.year_range, "year", ("between", "from")),  # noqa: E501
        _spec(rf"(?=[12])(?<![A-Za-z0-9_./-])(?P<d>(?P<y1>{_YEAR})\s+(?i:to|until|till|through)\s+(?P<y2>{_YEAR}))", rules.year_range, "year", (" to ", "until", "till", "through")),  # noqa: E501
        _spec(r"(?=[12FfTt])(?<![A-Za-z0-9_./\\-])(?P<d>(?P<fy>(?:FY|F\.Y\.)\s?|(?i:(?:the\s+)?(?:fiscal|financial)\s+(?:year\s+)?))?(?P<y1>[12][0-9]{3})\s?(?P<sep>[-–—/])\s?(?P<y2>[0-9]{4}|[0-9]{2}))(?![A-Za-z0-9_%/]|[-.,][0-9])", rules.year_pair, "year", needs="dash_after"),  # noqa: E501
        _spec(rf"(?=[12TtEeMmLlBbSsFf])(?<![A-Za-z0-9_.-])(?P<d>(?:[Tt]he\s+)?(?:(?P<part>(?i:{_PART})))?(?P<dec>[12][0-9]{{2}}0)'?s)(?![A-Za-z0-9_])", rules.decade, "year", needs="s_after"),  # noqa: E501
        _spec(rf"(?=[EeMmLlBbSsFfTt])(?<![A-Za-z0-9_.-])(?P<d>(?P<part>(?i:{_PART}))(?P<y>{_YEAR}))(?![A-Za-z0-9_%-]|[.,][0-9])", rules.year_part, "year", _PART_CUES),  # noqa: E501
        _spec(r"(?=[12Tt])(?<![A-Za-z0-9_$€£¥₹₨₼₺₽₩./\\-])(?<![0-9][.,])(?P<d>(?:(?i:the\s+year)\s+)?(?P<y>[12][0-9]{3}))(?![A-Za-z0-9_%/-]|[.,][0-9])", rules.bare_year, "year"),  # noqa: E501
        _spec(rf"(?=[QqTtFf])(?<![A-Za-z0-9_.-])(?P<d>(?:Q(?P<q>[1-4])|(?:[Tt]he\s+)?(?P<qw>(?i:first|second|third|fourth))\s+(?i:quarter)(?:\s+of)?)[\s/-]*,?\s*(?P<y>{_YEAR}))", rules.quarter, "year", ("q", "quarter")),  # noqa: E501
        _spec(rf"(?=[0-9])(?<![A-Za-z0-9_.])(?P<d>(?P<dd>{_DAY})(?:\s+of)?\s+(?P<m>{MONTH}){_REL_YEAR})", rules.day_month, "month"),  # noqa: E501
        _spec(rf"(?=[JFMASOND])(?P<d>(?P<m>{MONTH})\s+(?P<dd>{_DAY}){_REL_YEAR})(?![A-Za-z0-9_-]|\s+(?!{WEEKDAY}|{MONTH})[A-Z][a-z])", rules.day_month, "month"),  # noqa: E501
        # "On February 17 President X met ...", "an April 1 Israeli strike": after "on",
        # "a" or "an", a capitalised word goes on with the sentence; after "the" it may
        # end a name ("the March 23 Movement")
        _spec(rf"(?=[JFMASOND])(?:(?<=\b[Oo]n\s)|(?<=\ban\s)|(?<=\b[Aa]\s))(?P<d>(?P<m>{MONTH})\s+(?P<dd>{_DAY}){_REL_YEAR})(?![A-Za-z0-9_-])", rules.day_month, "month"),  # noqa: E501
        _spec(rf"(?=[JFMASOND0-9BbFf])(?<![A-Za-z0-9_.])(?P<d>(?:(?P<m>{MONTH})\s+(?P<d1>{_DAY}){_DASH}(?P<d2>{_DAY})|(?:(?P<e1>{_DAY})(?:{_DASH}|\s+(?i:and|to)\s+)|(?i:between|from)\s+(?P<w1>{_DAY})\s+(?i:to|and)\s+)(?P<e2>{_DAY})\s+(?P<n>{MONTH})){_REL_YEAR})(?!,?\s+[12][0-9]{{3}}|[0-9])", rules.day_range_this_year, "month"),  # noqa: E501
        _spec(rf"(?=[JFMASOND])(?P<d>(?P<m>{MONTH})(?:\s+of)?\s+(?P<which>this|last|next)\s+year)(?![A-Za-z0-9_])", rules.month_relative, "month", ("year",)),  # noqa: E501
        _spec(rf"(?=[IiSsDdBbUuTtFfAaOoLlNn])(?:\b(?i:in|since|during|by|until|till|from|before|after|of)\s+(?:(?i:early|late|mid)[\s-]+)?|\b(?=(?:[Ll]ast|[Nn]ext|[Tt]his)\s))(?P<d>(?:(?P<rel>[Ll]ast|[Nn]ext|[Tt]his)\s+)?(?P<m>{MONTH}))(?![\s,]*[0-9]|-)", rules.bare_month, "month"),  # noqa: E501
        _spec(rf"(?=[TtEeMmLlBbSsFf0-9])(?<![A-Za-z0-9_.-])(?P<d>(?:[Tt]he\s+)?(?:(?P<part>(?i:{_PART})))?(?P<c>[12]?[0-9](?:st|nd|rd|th)|(?i:eighteenth|nineteenth|twentieth|twenty-first))[\s-]+(?i:century))(?![A-Za-z0-9_])", rules.century, "text", ("century",)),  # noqa: E501
        _spec(r"(?=[FfTt])(?<![A-Za-z0-9_.-])(?P<d>(?:FY|F\.Y\.)\s?(?P<y>[12][0-9]{3}|[0-9]{2})|(?i:(?:the\s+)?(?:fiscal|financial)\s+(?:year\s+)?)(?P<y2>[12][0-9]{3}))(?![A-Za-z0-9_%-]|[/–][0-9])", rules.fiscal_single, "text", ("fy", "f.y.", "fiscal", "financial")),  # noqa: E501
        _spec(r"(?=[TtYyLlNnCcEe])(?<![A-Za-z0-9_./-])(?P<w>(?i:today|yesterday|tomorrow|tonight|(?:earlier|later)\s+in\s+the\s+day|(?:(?:earlier|later)\s+)?this\s+(?:year|month|week|morning|afternoon|evening)|(?:last|next|coming)\s+(?:year|month|week)|(?<!the\s)last\s+(?:night|evening)))(?![A-Za-z0-9_-]|\.[A-Za-z])", rules.deictic, "text", _DEICTIC_WHICH, _DEICTIC_UNIT),  # noqa: E501
        _spec(r"(?=[TtLlPp])\b(?P<d>(?:(?:(?<=[Oo]ver\s)|(?<=[Aa]t\s)|(?<=[Dd]uring\s))the|(?P<last>(?i:last|past)))\s+(?i:weekend))(?![A-Za-z0-9_])", rules.weekend, "text", ("weekend",)),  # noqa: E501
        # "met them on the 8th", "on the 22nd of this month": a day of the document's month
        _spec(r"(?<=\b[Oo]n\s)(?P<d>the\s+(?P<dd>3[01]|[12][0-9]|[1-9])(?:st|nd|rd|th)(?:\s+of\s+(?:the\s+)?(?P<which>this|last|the)\s+month)?)(?=\s*[.,;:)]|\s*$|\s+(?:of|and|at|in|on|to|for|when|after|before|with|during)\b)(?!\s+of\s+(?:this|last|the)\s+month)(?!\s+of\s+[A-Z])", rules.day_of_month, "text", ("th", "st", "nd", "rd")),  # noqa: E501
        _spec(rf"(?:\b(?i:on|since|from|until|till|by|late|early|said|says|announced|told|reported|added|stated)\s+|\b(?=(?:[Ll]ast|[Nn]ext|[Tt]his)\s)|(?<!Black\s)(?<!Cyber\s)(?<!Good\s)(?<!Super\s)(?<!Ash\s)\b(?=(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b))(?P<d>(?:(?P<rel>[Ll]ast|[Nn]ext|[Tt]his)\s+)?(?P<wd>{WEEKDAY})(?:\s+(?P<wk>next|last)\s+week\b)?)(?!,?\s+(?:the\s+)?(?:[0-9](?![0-9]?(?::[0-5][0-9]|\s?(?i:[ap]\.?m\b|hrs\b|hours\b)))|{MONTH}\s+[0-9]))", rules.weekday, "text", ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")),  # noqa: E501
        _spec(rf"\b(?P<d>(?P<n>[0-9]+|{NUMBER_WORDS}|(?i:an?))\s+(?P<unit>(?i:days?|weeks?|months?|years?|decades?))\s+(?i:ago))(?![A-Za-z0-9_])", rules.ago, "text", (" ago",)),  # noqa: E501
        _spec(rf"(?=[IiOoDdFfWw])\b(?i:in|over|during|for|within)\s+(?P<d>(?i:the\s+(?:past|last|previous)\s+(?:(?P<n>[0-9]+|few|several|couple\s+of|{NUMBER_WORDS})\s+)?)(?P<unit>(?i:decades?|years?)))(?![A-Za-z0-9_])", rules.recent_span, "text", ("past", "last", "previous"), ("year", "decade")),  # noqa: E501
        # "over the past week", "in the last few months", "in recent weeks": what happened
        # lately, in the document's month (or year)
        _spec(rf"(?=[IiOoDdWw])\b(?i:in|over|during|within)\s+(?P<d>(?i:the\s+(?:past|last|previous)\s+(?:(?P<n>[0-9]+|few|several|couple\s+of|{NUMBER_WORDS})\s+)?|recent\s+)(?P<unit>(?i:days|weeks?|months?)))(?![A-Za-z0-9_])(?!\s+of\b)", rules.recent_weeks, "text", ("past", "last", "previous", "recent"), ("day", "week", "month")),  # noqa: E501
    )


_SCOPES = {
    scope: tuple(spec for spec in _specs() if spec.scope == scope)
    for scope in ("year", "month", "text")
}
_YEAR_TRIGGER = re.compile(r"[12][0-9]{3}")
_MONTH_GATE = re.compile("|".join(sorted(_MONTH_CUES)))
_MONTH_TRIGGER = re.compile(rf"(?=[JFMASOND]){MONTH}")
_WEEKDAY_BEFORE = re.compile(rf"{WEEKDAY},?\s+(?:the\s+)?$")


@lru_cache(maxsize=1)
def _fiscal_table() -> dict[str, int]:
    return {row[0]: int(row[1]) for row in load_table("fiscal_years.tsv")}


def fiscal_first_month(country: str) -> int:
    """First month (1-12) of ``country``'s fiscal year (ISO3); 1 when not listed."""
    return _fiscal_table().get(country.upper(), 1)


def _parse_anchor(doc_date: str | None) -> tuple[int, int | None, int | None] | None:
    """The document date as (year, month, day); None when absent or not ISO-like."""
    if not doc_date:
        return None
    match = re.match(r"\s*([12][0-9]{3})(?:-([01][0-9])(?:-([0-3][0-9]))?)?", doc_date)
    if match is None:
        return None
    year = int(match[1])
    month = int(match[2]) if match[2] and 1 <= int(match[2]) <= 12 else None
    day = int(match[3]) if match[3] else None
    if day is not None and (month is None or not rules.valid_day(year, month, day)):
        day = None
    return year, month, day


def _windows(spans: list[tuple[int, int]], size: int) -> list[tuple[int, int]]:
    """Merged (start, end) windows reaching ``_WINDOW_*`` characters around each span."""
    windows: list[tuple[int, int]] = []
    for left, right in spans:
        start, end = max(0, left - _WINDOW_BEFORE), min(size, right + _WINDOW_AFTER)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return windows


def _year_windows(
    text: str, months: list[tuple[int, int]]
) -> list[tuple[int, int, set[str]]]:
    """Windows around 4-digit numbers, each with flags that say which rules can apply:
    "month" (a month name inside), "sep_before" ("24.10.2017"), "dash_after"
    ("2013-14", "2017-10-24"), "s_after" ("1990s")."""
    windows: list[tuple[int, int, set[str]]] = []
    for match in _YEAR_TRIGGER.finditer(text):
        left, right = match.span()
        flags = set()
        if text[left - 1 : left] in (".", "/"):
            flags.add("sep_before")
        after = text[right : right + 2]
        if after[:1] in _SEPARATORS or (after[:1] == " " and after[1:2] in _SEPARATORS):
            flags.add("dash_after")
        if after[:1] in ("s", "'"):
            flags.add("s_after")
        start, end = max(0, left - _WINDOW_BEFORE), min(len(text), right + _WINDOW_AFTER)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end, windows[-1][2] | flags)
        else:
            windows.append((start, end, flags))
    for start, end, flags in windows:
        if any(start <= m_start < end for m_start, _ in months):
            flags.add("month")
    return windows


def _cued(spec: _Spec, window: str) -> bool:
    for group in spec.cues:
        for cue in group:
            if cue in window:
                break
        else:
            return False
    return True


def find_dates(
    text: str, doc_date: str | None = None, *, fiscal_country: str | None = None
) -> list[DateMention]:
    """Every date expression in ``text``, in order; overlapping readings keep the longest.

    >>> [m.date.start for m in find_dates("Talks were held in May 2003 and in 2014-15.")]
    ['2003-05', '2014']
    """
    ctx = _context(doc_date, fiscal_country)
    lower = text.lower()
    if len(lower) != len(text):  # lower-casing changed lengths: cue offsets would drift
        lower = text
    months: list[tuple[int, int]] = []
    if _MONTH_GATE.search(text):
        months = [m.span() for m in _MONTH_TRIGGER.finditer(text)]
    candidates: list[tuple[int, int, DateRef]] = []
    for start, end, flags in _year_windows(text, months):
        window = lower[start:end]
        for spec in _SCOPES["year"]:
            if (not spec.needs or spec.needs in flags) and _cued(spec, window):
                _apply(spec, text, start, end, ctx, candidates)
    for start, end in _windows(months, len(text)):
        window = lower[start:end]
        for spec in _SCOPES["month"]:
            if _cued(spec, window):
                _apply(spec, text, start, end, ctx, candidates)
    for spec in _SCOPES["text"]:
        if _cued(spec, lower):
            _apply(spec, text, 0, len(text), ctx, candidates)
    candidates += [(m.start, m.end, m.date) for m in find_moments(text)]
    if not candidates:
        return []
    return _longest_first(text, candidates)


@lru_cache(maxsize=256)
def _context(doc_date: str | None, fiscal_country: str | None) -> rules.Context:
    """The per-document settings (cached: every sentence of a document shares them)."""
    return rules.Context(
        anchor=_parse_anchor(doc_date),
        fiscal_month=fiscal_first_month(fiscal_country) if fiscal_country else None,
    )


def _apply(
    spec: _Spec,
    text: str,
    start: int,
    end: int,
    ctx: rules.Context,
    candidates: list[tuple[int, int, DateRef]],
) -> None:
    """Run one rule over one window and add what it reads to ``candidates``."""
    for match in spec.pattern.finditer(text, start, end):
        s, e = _span(match)
        if e > end - _MARGIN and end < len(text):
            continue  # may be cut short by the window: another window sees it whole
        ref = spec.rule(match, ctx)
        if ref is None:
            continue
        if spec.rule in _RELATIVE_RULES:
            ref = replace(ref, basis="relative")
        if ref.precision == "day" and spec.scope == "year":
            before = _WEEKDAY_BEFORE.search(text, max(0, s - 24), s)
            s = before.start() if before else s
        candidates.append((s, e, ref))


# rules that read a date against the document's own date: their dates are "relative"
_RELATIVE_RULES = frozenset(
    {
        rules.day_month,
        rules.month_relative,
        rules.bare_month,
        rules.deictic,
        rules.weekday,
        rules.day_range_this_year,
        rules.ago,
        rules.recent_span,
        rules.recent_weeks,
    }
)


def _longest_first(text: str, candidates: list[tuple[int, int, DateRef]]) -> list[DateMention]:
    chosen: list[tuple[int, int, DateRef]] = []  # kept sorted by start, disjoint
    starts: list[int] = []
    for start, end, ref in sorted(candidates, key=_length_then_start):
        at = bisect.bisect_left(starts, start)
        if at < len(chosen) and chosen[at][0] < end:
            continue  # overlaps the next chosen span
        if at > 0 and chosen[at - 1][1] > start:
            continue  # overlaps the previous one
        chosen.insert(at, (start, end, ref))
        starts.insert(at, start)
    return [
        DateMention(s, e, DateRef(ref.start, ref.end, ref.precision, text[s:e], ref.basis))
        for s, e, ref in chosen
    ]


def _length_then_start(item: tuple[int, int, DateRef]) -> tuple[int, int]:
    return item[0] - item[1], item[0]


def normalise_date_arg(value: str) -> str:
    """Check a ``--date`` option (YYYY, YYYY-MM or YYYY-MM-DD) and return it zero-padded.

    Raises:
        ValueError: with a message that names the value and the accepted forms.
    """
    return parse_partial_date(value).iso


# "SEOUL, Nov. 1 (Yonhap) --", "PRISTINA/BELGRADE, June 14 (Reuters) –", "Manila, Aug 7
# (EFE).-": a wire story's place and day before its first word
_DATELINE_OPENING = re.compile(
    r"\s*[A-Z][A-Za-z.'/ -]{1,40},\s+"
    r"(?P<day>[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})"
    r"(?:,?\s+\d{4})?\s*(?:\([^()]{1,30}\))?\s*(?:--|[-\u2013\u2014:]|\.-)"
)
DATELINE_DAYS = 7  # how long before the page's own date a dateline's day may be


def dateline_day(text: str, doc_date: str | None) -> str | None:
    """The day a wire story's dateline gives ("SEOUL, Nov. 1 (Yonhap) --"), when it lies
    in the week before the page's date: the story's own today, which "on Wednesday" and
    an act told with no date take, where the page may be dated a day or two later."""
    if doc_date is None or len(doc_date) != 10:
        return None
    opening = _DATELINE_OPENING.match(text)
    if opening is None:
        return None
    found = find_dates(opening["day"], doc_date)
    if len(found) != 1 or found[0].date.precision != "day" or not found[0].date.start:
        return None
    day = found[0].date.start
    gap = days_after(doc_date, day)
    return day if gap is not None and 0 < gap <= DATELINE_DAYS else None
