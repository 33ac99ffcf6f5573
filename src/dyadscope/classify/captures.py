"""The capture a release tells: "freed 10 Armenian soldiers captured last month",
"releasing 32 Armenians mostly captured in late 2020", "were released on Monday after
being detained on November 16". Whoever releases someone had detained him: the
detention is an event of its own (CAMEO 173, PLOVER COERCE), on the day the sentence
gives it. Only a capture dated in the sentence is told; an undated one ("a month after
they were arrested") says no more than the release does."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from dyadscope.classify.analysis import SentenceAnalysis
from dyadscope.model import DateRef, Event, stable_id

_CAPTURED = frozenset({"captured", "detained", "arrested", "held", "seized", "apprehended",
                       "abducted", "kidnapped", "taken"})
_DATE_REACH = 5  # tokens from the participle to its date: "detained on November 16"
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
        for index, mention in analysis.date_at:
            if i < index <= i + _DATE_REACH and mention.date.start is not None:
                return mention.date
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
        extra={**release.extra, "capture_of": release.id},
    )
