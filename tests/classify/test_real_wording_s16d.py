"""Wording of real friction news, a class at a time (real-text dev split, batch
real22b and the batches before it): the dates of statements told along a story."""

from __future__ import annotations

from coded_events import events_in
from dyadscope.model import Event


def _s16d_events(text: str, date: str = "2024-03-14") -> list[Event]:
    return events_in(text, date)


def _s16d_dated(events: list[Event], kind: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (e.actor1.code, e.actor2.code if e.actor2 else None, e.date.start)
        for e in events
        if e.kind == kind
    ]


def test_a_dated_saying_with_no_event_dates_the_statement_told_after_it() -> None:
    """ "The minister said on Monday that X was out of control. He also called it
    illegitimate.": the first sentence tells no coded act, but its report verb carries the
    day of the saying; the statement that goes on with it ("He also called ...") was made
    then, not on the page's date. A day told of something else (a relative clause) does
    not."""
    events = _s16d_events(
        "Senegal on Thursday ordered the Gambian envoy to leave within 48 hours. "
        "Gambian Foreign Minister Mamadou Tangara said on Monday that Senegal's leaders "
        "were behaving recklessly. He also accused Senegal of arming separatists.")
    assert ("GMB", "SEN", "2024-03-11") in _s16d_dated(events, "criticism_hostility")
    # no saying in the sentence before: the statement keeps the page's day
    events = _s16d_events(
        "Senegal on Thursday ordered the Gambian envoy to leave within 48 hours. "
        "Gambian Foreign Minister Mamadou Tangara, who took office on Monday, was in "
        "Banjul. He also accused Senegal of arming separatists.")
    assert ("GMB", "SEN", "2024-03-11") not in _s16d_dated(events, "criticism_hostility")
