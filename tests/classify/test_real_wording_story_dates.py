"""Dates along the story, a class at a time (each seen in several passages of the real-text
dev split): which date an act told with none of its own takes from the sentences before."""

from __future__ import annotations

from coded_events import events_in
from dyadscope.model import Event


def _events(text: str, date: str | None = "2024-05-09") -> list[Event]:
    return events_in(text, date)


def _dated(events: list[Event], kind: str) -> list[str | None]:
    return [e.date.start for e in events if e.kind == kind]


def test_a_run_of_days_dates_what_is_told_after_it_by_its_month() -> None:
    """ "paid a state visit to Kazakhstan on March 2-3. The state visit began with ...
    documents were signed": what the story tells after a run of days written out happened
    on one of those days, which one unsaid; it takes the run's month, not the day the
    story was published, and "The visit ..." told again is the same visit. A single day
    still passes on as that day, and "last week" is no run of days written out."""
    events = _events(
        "Uzbek President Shavkat Mirziyoyev paid a state visit to Turkmenistan on May 6-7. "
        "The visit opened with talks between the two presidents in Ashgabat. "
        "The sides signed eleven agreements.", "2024-05-09")
    assert _dated(events, "visit") == ["2024-05-06"]
    assert _dated(events, "negotiation") == ["2024-05"]
    assert _dated(events, "agreement_signed") == ["2024-05"]
    one_day = _events(
        "Uzbek President Shavkat Mirziyoyev paid a state visit to Turkmenistan on May 6. "
        "The presidents held talks in Ashgabat.", "2024-05-09")
    assert _dated(one_day, "negotiation") == ["2024-05-06"]
    last_week = _events(
        "Uzbek President Shavkat Mirziyoyev visited Turkmenistan last week. "
        "The presidents held talks in Ashgabat.", "2024-05-09")
    assert _dated(last_week, "negotiation") != ["2024-05"]


def test_a_visit_told_again_after_its_run_of_days_is_that_visit() -> None:
    """ "On April 15-16, the President of Georgia paid an official visit to Azerbaijan. The
    visit was his first abroad": the second sentence, dated by the run's month, retells
    the visit of the first rather than adding another."""
    events = _events(
        "On May 6-7, the President of Uzbekistan paid an official visit to Turkmenistan. "
        "The visit was his first trip abroad this year.", "2024-05-09")
    assert _dated(events, "visit") == ["2024-05-06"]


def test_a_day_told_of_one_sides_act_dates_only_what_that_side_did() -> None:
    """ "South Korea has lashed out at North Korea's balloon launches ... On Monday night,
    North Korea floated huge balloons": a later sentence that codes no act but gives a
    day of what one side did (the cause of the lede's protest) does not date the other
    side's answer told before it, which stays the story's own day. A sentence naming the
    side that acted in the lede ("The announcement was made by the Saudi finance minister
    on Tuesday") still gives the lede its day."""
    events = _events(
        "Poland has condemned Belarus over the border incident. On Tuesday night, "
        "Belarusian helicopters flew low along the frontier.", "2024-05-09")
    assert _dated(events, "criticism_hostility") == ["2024-05-09"]
    events = _events(
        "Saudi Arabia has agreed to extend its $3 billion deposit with Pakistan. The "
        "announcement was made by the Saudi finance minister on Tuesday.", "2024-05-09")
    assert _dated(events, "pledge") == ["2024-05-07"]


def test_an_act_told_with_no_date_in_a_wire_story_takes_its_datelines_day() -> None:
    """A page dated the day after its wire story: what the story tells with no date of
    its own happened on the dateline's day, not the page's."""
    events = events_in("ALGIERS, Oct. 2 (Xinhua) -- Algeria recalled its ambassador to "
                       "France. Algeria has also rejected the statements of the French "
                       "president.", "2021-10-03")
    assert {(e.kind, e.date.start) for e in events} >= {("reject", "2021-10-02")}
    # the same story with no dateline is the page's
    events = events_in("Algeria recalled its ambassador to France. Algeria has also "
                       "rejected the statements of the French president.", "2021-10-03")
    assert {(e.kind, e.date.start) for e in events} >= {("reject", "2021-10-03")}
