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


def test_a_weekday_of_next_or_last_week_is_that_weeks_day() -> None:
    """ "will host Ramaphosa on Thursday next week", "hosted him on Tuesday last week":
    the weekday is that day of the week after (before) the paper's, weeks running Monday
    to Sunday; "next week" was dropped and the day read as this week's. An act the
    clause is "ahead of" ("ahead of the signing of the accord") comes after that day and
    is not dated by it, so it stays one with the signing told for next week."""
    (meeting,) = events_in(
        "President Emmanuel Macron will host South African President Cyril Ramaphosa in "
        "Paris on Thursday next week.", "2024-05-06")
    assert meeting.date.start == "2024-05-16"
    (plain,) = events_in(
        "President Emmanuel Macron will host South African President Cyril Ramaphosa in "
        "Paris on Thursday.", "2024-05-06")
    assert plain.date.start == "2024-05-09"
    (past,) = events_in(
        "President Emmanuel Macron hosted South African President Cyril Ramaphosa in Paris "
        "on Tuesday last week.", "2024-05-06")
    assert past.date.start == "2024-04-30"
    told = events_in(
        "France and South Africa are to sign a trade accord next week. President Emmanuel "
        "Macron will host South African President Cyril Ramaphosa in Paris on Thursday next "
        "week ahead of the signing of the accord.", "2024-05-06")
    assert sorted((e.kind, e.date.start) for e in told) == [
        ("agreement_signed", "2024-05-13"), ("meeting", "2024-05-16")]
