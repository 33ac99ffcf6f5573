"""What dyadscope codes from a text, in the shapes the wording tests assert on: one place
for the few lines every test file of real wording would otherwise write again."""

from __future__ import annotations

import dyadscope
from dyadscope.model import Event


def events_in(text: str, date: str | None) -> list[Event]:
    """The events extracted from ``text`` published on ``date``, figures left out."""
    return [r for r in dyadscope.extract(text, date=date) if isinstance(r, Event)]


def sides_of(events: list[Event], kind: str) -> tuple[str, str | None]:
    """actor1 and actor2 of the first event of ``kind``."""
    event = next(e for e in events if e.kind == kind)
    return event.actor1.code, event.actor2.code if event.actor2 else None


# the day most wording tests publish their sentences on (a Thursday)
NEWS_DAY = "2024-03-14"


def coded_in(text: str, date: str | None = NEWS_DAY) -> list[tuple[str, str, str | None]]:
    """(kind, actor1, actor2) of every event extracted from ``text``: what most wording
    tests assert on."""
    return [(e.kind, e.actor1.code, e.actor2.code if e.actor2 else None)
            for e in events_in(text, date)]
