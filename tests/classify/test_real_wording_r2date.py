"""Dates along a news story, a class at a time (each seen in several passages of the
real-text dev split): the day a sentence tells sets the story's day for the undated acts
told after it, even when the only act that sentence coded is a plan told in passing."""

from __future__ import annotations

from coded_events import events_in
from dyadscope.model import Event

# a Monday: "Sunday" is the day before
_R2DATE_PAGE = "2025-01-27"


def _r2date_day(events: list[Event], kind: str) -> str | None:
    return next(e.date.start for e in events if e.kind == kind)


def test_a_day_told_beside_a_passing_plan_still_dates_the_story() -> None:
    """ "X early Sunday turned back flights carried under Y's plan to expel migrants. In
    response, Y ordered tariffs": the plan named in passing is no act of the story's day, so
    the sentence's Sunday still dates the undated answer told after it (not the page's day)."""
    text = ("Colombian President Petro early Sunday stopped two Venezuelan cargo ships "
            "sailing under the Venezuelan plan to expel thousands of Colombian traders.\n\n"
            "In response, Venezuela imposed tariffs on all Colombian exports.")
    events = events_in(text, _R2DATE_PAGE)
    assert _r2date_day(events, "sanction") == "2025-01-26"


def test_a_plans_day_ahead_dates_no_story() -> None:
    """ "A truce will take effect on Wednesday after both sides accepted it": the plan's
    Wednesday is when it may start, not the story's day; an undated act after it keeps the
    page's day."""
    text = ("A truce between Colombia and Venezuela will take effect on Wednesday under a "
            "plan to end the fighting, officials said.\n\n"
            "Venezuela imposed tariffs on all Colombian exports.")
    events = events_in(text, _R2DATE_PAGE)
    assert _r2date_day(events, "sanction") == _R2DATE_PAGE
