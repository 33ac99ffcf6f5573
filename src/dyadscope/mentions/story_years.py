"""Years a story names by reference: "In 2018 ... In December that year, they met in
Tashkent", "the following year", "later that year". Such a year is the last year the
document wrote out, not the document's own; read alone it would be the year of
publication. In a document with no date of its own, a day or month written without
its year ("On July 1, 2019, ... On August 28, Japan ...") is in that year too."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from dyadscope.day_references import COUNTED_DAY, day_offset
from dyadscope.mentions.dates import find_dates
from dyadscope.mentions.numbers import MONTH
from dyadscope.mentions.spans import overlaps_any
from dyadscope.model import DateMention, DateRef
from dyadscope.periods import day_moved
from dyadscope.year_references import YEAR_REFERENCE, year_shift

_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_MONTH = re.compile(MONTH)


HISTORY_REACH = 2  # sentences after a year written out that a bare day may take it


class StoryYear:
    """Per document: the last year written out, which "that year" refers to.

    ``doc_date``: in a page telling history ("recognised Armenia on December 11,
    1991. Days after, on December 17, ..."), a day or month written without its year
    right after an older year is in that year, not the page's."""

    def __init__(self, doc_date: str | None = None) -> None:
        self._year: int | None = None
        self._age = 0  # sentences since the year was written out
        self._doc_year = int(doc_date[:4]) if doc_date and doc_date[:4].isdigit() else None
        self._last_day: DateRef | None = None  # the last day the sentence before named
        self._today = doc_date if doc_date and len(doc_date) == 10 else None

    def new_paragraph(self) -> None:
        """A new paragraph may turn from history to the present ("... in 1992.
        On June 15, the two countries signed ...")."""
        self._age = HISTORY_REACH

    def complete(self, text: str, dates: Sequence[DateMention]) -> list[DateMention]:
        """The sentence's dates with "that year" read as the story's year: a bare month
        right before it takes that year, else the phrase is a date of its own. Then
        remember the last year the sentence writes out."""
        out = self._same_day([self._in_story_year(m) for m in dates], text)
        for found in YEAR_REFERENCE.finditer(text):
            start, end = found.span()
            # "In 1961 they agreed ...; talks began the following year": a year written
            # before it in its own sentence (not a span naming a war, "the 1950-53
            # Korean War"), else the story's
            base = next(
                (int(m.date.start[:4]) for m in reversed(dates)
                 if m.end <= start and m.date.start and _YEAR.search(m.date.text)
                 and m.date.precision != "range" and not _aside(text, m)),
                self._year,
            )  # fmt: skip
            if base is not None:
                year = base + year_shift(found)
                month = next(
                    (i for i, m in enumerate(out)
                     if m.date.precision in ("month", "day") and not _YEAR.search(m.date.text)
                     and 0 <= start - m.end <= 4),
                    None,
                )  # fmt: skip
                if month is not None:
                    # "In December that year", "on Aug. 24 of that year": the month or day
                    # of the story's year
                    mention = out[month]
                    iso = f"{year:04d}{(mention.date.start or '')[4:]}"
                    dated = replace(mention.date, start=iso, end=None,
                                    text=text[mention.start:end])  # fmt: skip
                    out[month] = replace(mention, end=end, date=dated)
                elif not overlaps_any(start, end, out):
                    date = DateRef(f"{year:04d}", None, "year", text[start:end], "relative")
                    out.append(DateMention(start, end, date))
        out.sort(key=lambda m: m.start)
        # the year of the last date written out, not of an aside ("(1979-1985)") nor of
        # a span of years ("killed between 1904 and 1908"): a day told after a span has
        # no one year to take from it
        written = [
            int(m.date.start[:4]) for m in dates
            if m.date.start and _YEAR.search(m.date.text) and not _aside(text, m)
            and not _years_span(m.date)
        ]  # fmt: skip
        if written:
            self._year, self._age = written[-1], 0
        else:
            self._age += 1
        return out

    def _same_day(self, mentions: list[DateMention], text: str) -> list[DateMention]:
        """ "Algeria on Saturday recalled its envoy over remarks made earlier in the day",
        "X said Saturday ... Earlier in the day, Y threatened": "earlier/later in the day"
        is the day its sentence names, else the last the sentence before named, else the
        document's (as read). So is the day "the previous day", "a day earlier", "on the
        eve", "the next day" or "two days later" count from (see ``_counted_days``)."""
        days = [m.date for m in mentions
                if m.date.precision == "day" and not _IN_THE_DAY.search(m.date.text)]  # fmt: skip
        mentions = mentions + self._counted_days(text, mentions)
        mentions.sort(key=lambda m: m.start)
        day = days[0] if days else self._last_day
        told = [m.date for m in mentions if _a_day(m.date) and not _IN_THE_DAY.search(m.date.text)]
        self._last_day = told[-1] if told else None
        if day is None:
            return mentions
        return [
            replace(m, date=replace(m.date, start=day.start)) if _IN_THE_DAY.search(m.date.text)
            else m
            for m in mentions
        ]  # fmt: skip

    def _counted_days(self, text: str, mentions: Sequence[DateMention]) -> list[DateMention]:
        """ "Iran on Tuesday vowed to respond to a strike that destroyed its consulate the
        previous day", "The next day, the ministry summoned the envoy", "prisoners that
        returned on the eve": a day told by its distance from the story's day, which is
        the day its sentence names before it, else the last day the
        sentence before named, else (for a day before) the document's. A day after
        ("the next day", "two days later") needs a day told before it."""
        out: list[DateMention] = []
        for found in COUNTED_DAY.finditer(text):
            start, end = found.span("d")
            if overlaps_any(start, end, mentions):
                continue
            offset = day_offset(found)
            if offset is None:
                continue
            if any(0 <= m.start - end <= _APPOSITION and m.date.start for m in mentions):
                continue  # "two days later, on August 14, 1947": the day written out
            before = [m.date for m in mentions if m.end <= start and _a_day(m.date)]
            anchor = (
                before[-1] if before
                else self._last_day if self._last_day is not None and _a_day(self._last_day)
                else None
            )  # fmt: skip
            base = anchor.start if anchor is not None else self._today if offset <= 0 else None
            if base is None:
                continue
            date = DateRef(day_moved(base, offset), None, "day", text[start:end], "relative")
            out.append(DateMention(start, end, date))
        return out

    def _in_story_year(self, mention: DateMention) -> DateMention:
        """A day or month that nothing placed ("On August 28" with no document date),
        read in the story's year."""
        date = mention.date
        if self._year is None or not _MONTH.search(date.text):
            return mention
        if date.start is not None and not self._told_history(date):
            return mention
        context = f"{self._year:04d}-12-31"
        again = find_dates(date.text, context)
        if not again and date.start is None:
            # a month alone in a page with no date ("In March 1969, ... Talks resumed in
            # September"): the finder reads a month only as the sentence told it, "in
            # September"
            again = find_dates(f"in {date.text}", context)
        if len(again) != 1 or again[0].date.precision not in ("day", "month"):
            return mention
        return replace(mention, date=replace(again[0].date, text=date.text, basis="context"))

    def _told_history(self, date: DateRef) -> bool:
        """Is a day or month the page read in its own year ("on December 17") told
        right after an older year, in the same paragraph of a story of the past?"""
        return (
            self._doc_year is not None
            and self._year is not None
            and self._year < self._doc_year - 1
            and self._age < HISTORY_REACH
            and date.basis == "relative"
            and date.precision in ("day", "month")
            and not _YEAR.search(date.text)
            and not _RELATIVE_WORDS & set(date.text.lower().split())
        )


_IN_THE_DAY = re.compile(r"\bin\s+the\s+day$", re.IGNORECASE)
_APPOSITION = 6  # characters from the phrase to a date that restates it (", on ")
_RELATIVE_WORDS = frozenset({"last", "next", "this", "coming", "past", "early", "late"})


def _a_day(date: DateRef) -> bool:
    """Is ``date`` one day, written out to the day?"""
    return date.precision == "day" and date.start is not None and len(date.start) == 10


def _years_span(date: DateRef) -> bool:
    """Is ``date`` a span over more than one year ("between 1904 and 1908")?"""
    return (
        date.precision == "range" and date.start is not None and date.end is not None
        and date.start[:4] != date.end[:4]
    )  # fmt: skip


def _aside(text: str, mention: DateMention) -> bool:
    return text[max(0, mention.start - 1) : mention.start] == "("
