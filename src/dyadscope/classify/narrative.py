"""Dates that carry over from one sentence to the next.

Writers date a story once: "The most recent talks were held in July 2017. A
delegation met the deputy minister in Baku. The parties signed a memorandum."
An event whose own sentence has no date, and that opens with a word tying it
to what came before ("The parties", "During the visit", "They"), takes the last
specific date of the two sentences before it; a figure with no period takes the last period stated
("This period saw exports of rice ($23.4 million)"). Either is marked in
``extra`` so a reader can tell a carried date from a stated one.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Sequence
from dataclasses import replace

from dyadscope.classify.analysis import SentenceAnalysis
from dyadscope.classify.cues import cues
from dyadscope.model import DateRef, Event, Observation

REACH = 2  # sentences
_SPECIFIC = frozenset({"day", "month", "year"})


class NarrativeDates:
    """Per document: the recent dates and periods a sentence may inherit."""

    def __init__(self) -> None:
        self._dates: deque[DateRef | None] = deque(maxlen=REACH)
        self._period: DateRef | None = None
        self._period_age = 0

    def fill_events(self, events: Sequence[Event], analysis: SentenceAnalysis) -> list[Event]:
        carried = next((d for d in reversed(self._dates) if d is not None), None)
        opening = {t.low for t in analysis.tokens[:4]}
        if not opening & cues().narrative_links:
            carried = None  # a sentence that starts afresh starts its own story
        out = []
        for event in events:
            if event.date.start is None and carried is not None:
                event = replace(event, date=carried, extra={**event.extra, "date_carried": True})
            out.append(event)
        return out

    def fill_observations(self, observations: Sequence[Observation]) -> list[Observation]:
        out = []
        for obs in observations:
            if obs.period.start is None and self._period is not None:
                obs = replace(obs, period=self._period, extra={**obs.extra, "period_carried": True})
            out.append(obs)
        stated = [o.period for o in observations if o.period.start is not None]
        if stated:
            self._period, self._period_age = stated[-1], 0
        return out

    def advance(self, analysis: SentenceAnalysis) -> None:
        """Move past a sentence, remembering its last specific date."""
        specific = [
            d.date
            for d in analysis.dates
            if d.date.start is not None and d.date.precision in _SPECIFIC
        ]
        self._dates.append(specific[-1] if specific else None)
        self._period_age += 1
        if self._period_age > REACH:
            self._period = None
