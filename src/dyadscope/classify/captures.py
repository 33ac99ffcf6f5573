"""The capture a release tells: "freed 10 Armenian soldiers captured last month",
"releasing 32 Armenians mostly captured in late 2020", "were released on Monday after
being detained on November 16". Whoever releases someone had detained him: the
detention is an event of its own (CAMEO 173, PLOVER COERCE), on the day the sentence
gives it: a date in the participle's own clause ("taken prisoner in the border region in
May"), or one counted back from the release ("freed on Thursday, two days after he was
captured", "a month after they were arrested"). Only a capture so dated is told; an
undated one ("who had been held in captivity") says no more than the release does."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from dyadscope.calendar_words import SMALL_NUMBERS
from dyadscope.classify.analysis import SentenceAnalysis
from dyadscope.classify.event_dates import days_counted
from dyadscope.classify.tokens import Token
from dyadscope.model import DateRef, Event, stable_id
from dyadscope.periods import day_moved, month_moved

_CAPTURED = frozenset({"captured", "detained", "arrested", "held", "seized", "apprehended",
                       "abducted", "kidnapped", "taken"})
_DATE_REACH = 8  # tokens from the participle to its date: "taken prisoner in the X region in May"
_CLAUSE_ENDS = frozenset({",", ";", ".", ":", "and", "but", "while", "when", "after", "before"})
_COUNT_REACH = 4  # tokens from "two days after" to the participle: "after he was captured"
_MONTHS = frozenset({"month", "months"})
_RELEASE_CODES = frozenset({"0841"})
_SWAPS = ("swap", "exchang")


def captures_behind(events: Sequence[Event], analysis: SentenceAnalysis) -> list[Event]:
    """The events, each release followed by the dated capture it ends."""
    out: list[Event] = []
    for event in events:
        out.append(event)
        if event.kind != "retreat" or event.cameo not in _RELEASE_CODES:
            continue
        trigger = str(event.extra.get("trigger", "")).lower()
        if event.actor2 is None or event.status != "actual" or trigger.startswith(_SWAPS):
            continue  # a swap's captures go both ways
        when = _capture_date(analysis, event)
        if when is not None:
            out.append(_capture(event, when))
    return out


def _capture_date(analysis: SentenceAnalysis, release: Event) -> DateRef | None:
    tokens = analysis.tokens
    trigger = release.extra.get("trigger")
    start = analysis.sentence.text.find(trigger) if isinstance(trigger, str) else -1
    for i, token in enumerate(tokens):
        if token.start < start or token.low not in _CAPTURED:
            continue
        if token.low == "taken" and (i + 1 >= len(tokens) or tokens[i + 1].low not in (
                "prisoner", "captive", "hostage")):  # fmt: skip
            continue
        end = next((j for j in range(i + 1, min(len(tokens), i + _DATE_REACH + 1))
                    if tokens[j].low in _CLAUSE_ENDS), i + _DATE_REACH + 1)  # fmt: skip
        for index, mention in analysis.date_at:
            if i < index < end and mention.date.start is not None:
                return mention.date
        counted = _counted_back(tokens, i, release.date)
        if counted is not None:
            return counted
    return None


def _counted_back(tokens: Sequence[Token], participle: int, released: DateRef) -> DateRef | None:
    """The capture's date counted back from the release's: "two days after he was
    captured" (a day), "a month after they were arrested" (a month)."""
    if not released.start:
        return None
    for at in range(participle - 1, max(1, participle - _COUNT_REACH) - 1, -1):
        if tokens[at].low != "after":
            continue
        days = days_counted(tokens, at)
        if days is not None and released.precision == "day":
            return DateRef(day_moved(released.start, -days), precision="day", basis="relative")
        if tokens[at - 1].low in _MONTHS and len(released.start) >= 7:
            count = tokens[at - 2].low
            months = int(count) if count.isdigit() else {**SMALL_NUMBERS, "a": 1}.get(count)
            if months is None:
                return None
            month = month_moved(released.start, -months)
            return DateRef(month, precision="month", basis="relative")
        return None
    return None


def _capture(release: Event, date: DateRef) -> Event:
    return replace(
        release,
        id=stable_id(release.id, "capture"),
        kind="coerce",
        plover="COERCE",
        cameo="173",
        goldstein=-5.0,
        date=date,
        quantities=(),
        # the capture is of the people the release names: told again with another
        # release of theirs ("captured last month ... captured on November 16"), one act
        extra={**release.extra, "capture_of": release.id, "definite": True},
    )
