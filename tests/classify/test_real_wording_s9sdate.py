"""Dates of sanctions and other acts told in a news lede with no day of their own (a
class seen in several passages of the real-text dev split): a later sentence's day dates
the lede only where it retells the lede's act or its side's doing, not where it tells
another side's different act."""

from __future__ import annotations

from coded_events import events_in
from dyadscope.model import Event


def _s9sdate_events(text: str, date: str = "2024-03-14") -> list[Event]:
    return events_in(text, date)


def _s9sdate_day(events: list[Event], kind: str, actor1: str) -> str | None:
    return next(e.date.start for e in events if e.kind == kind and e.actor1.code == actor1)


def test_another_sides_act_told_later_leaves_the_lede_its_report_day() -> None:
    """ "Norway has recalled its ambassador from Iran ... On Tuesday, Iran's minister
    criticised the ambassador": the Tuesday is of what the other side did, the grievance
    or the answer, so the undated lede keeps the day of the report (Thursday's paper)."""
    events = _s9sdate_events(
        "Norway has recalled its ambassador from Iran for consultations, the Norwegian "
        "foreign ministry said. On Tuesday, Iranian Foreign Minister Hossein "
        "Amir-Abdollahian sharply criticised Norway over the remarks of its envoy."
    )
    assert _s9sdate_day(events, "sanction", "NOR") == "2024-03-14"
    assert _s9sdate_day(events, "criticism_hostility", "IRN") == "2024-03-12"


def test_the_same_sides_act_told_later_still_dates_the_lede() -> None:
    """ "Norway has recalled its ambassador ... Norway recalled him on Tuesday": a later
    sentence retelling the lede's own act with its day dates the lede (the near miss the
    rule must leave alone)."""
    events = _s9sdate_events(
        "Norway has recalled its ambassador from Iran for consultations. Oslo recalled "
        "the ambassador from Tehran on Tuesday, the Norwegian foreign ministry said."
    )
    assert {e.date.start for e in events if e.kind == "sanction"} == {"2024-03-12"}
