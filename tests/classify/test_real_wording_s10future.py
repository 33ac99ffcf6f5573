"""Dates of acts told in a future or planned context (each class seen in several passages
of the real-text dev split): a weekday that a future verb governs is the coming one, not
the past one, whatever status the act's own noun was given."""

from __future__ import annotations

from coded_events import events_in


def test_a_weekday_a_future_verb_governs_lies_ahead_for_every_act_of_the_clause() -> None:
    """ "In a landmark state visit, the Emir will arrive in Ankara on Sunday", "where the
    two will hold a meeting on Thursday, the first ministerial meeting since ...": the
    fronted or appended noun of the act is read as told (actual), but the weekday sits in
    a clause a future verb governs, so it is the coming day; dating that noun to the past
    weekday made a second, week-old event beside the planned one. A weekday told in the
    past tense stays the past one."""
    visits = events_in(
        "ANKARA, June 10 (AA) – In a landmark state visit, the Emir of Qatar will arrive "
        "in Ankara on Sunday for talks on trade and security.", "2023-06-10")
    assert visits and {e.date.start for e in visits} == {"2023-06-11"}
    meetings = events_in(
        "Penny Wong is flying to Beijing, where Wang Yi and she will hold a long-awaited "
        "meeting on Thursday, the first ministerial meeting since the trade dispute began.",
        "2022-12-19")
    assert meetings and {e.date.start for e in meetings} == {"2022-12-22"}
    held = events_in(
        "Wang Yi and Penny Wong held a long-awaited meeting in Beijing on Thursday, the first "
        "ministerial meeting since the trade dispute began.", "2022-12-19")
    assert [e.date.start for e in held] == ["2022-12-15"]
