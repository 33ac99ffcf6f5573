"""Dates along a news story, a structure at a time (real-text dev split): the day a
"comes a day after" is counted from, and a past "not ... until <date>" that tells the
act took place at that date."""

from __future__ import annotations

from coded_events import events_in
from dyadscope.model import Event


def _s20a_dates(text: str, kind: str, date: str = "2024-03-14") -> list[str | None]:
    events: list[Event] = events_in(text, date)
    return [e.date.start for e in events if e.kind == kind]


def test_comes_a_day_after_counts_from_the_day_the_story_gave_its_act() -> None:
    """ "X met Y yesterday. ... The visit comes a day after Z ...": the count starts
    from the day the story dated the act it retells, not from the publication day;
    with no such day told the publication day stays the start."""
    dated = (
        "Pakistan's foreign minister held talks with Wang Yi in Beijing yesterday. "
        "The visit comes a day after China publicly declared that it strongly supports "
        "Pakistan's bid for membership."
    )
    assert "2024-03-12" in _s20a_dates(dated, "support_statement")
    undated = (
        "The visit comes a day after China publicly declared that it strongly supports "
        "Pakistan's bid for membership."
    )
    assert "2024-03-13" in _s20a_dates(undated, "support_statement")


def test_past_not_until_a_date_tells_the_act_at_that_date() -> None:
    """ "an accord was not reached until 1991", "did not sign the treaty until 1960",
    "It was not until 1995 that X signed": the act took place at the date, neither a
    failure nor a condition; a future "will not sign until ..." still sets one."""
    assert "1991" in _s20a_dates(
        "Russia and Japan clashed in 1945. A formal agreement was not reached until 1991.",
        "agreement_signed")
    assert _s20a_dates("India and Nepal did not sign the treaty until 1960.",
                       "agreement_signed") == ["1960"]
    assert _s20a_dates("It was not until 1995 that Peru and Ecuador signed the accord.",
                       "agreement_signed") == ["1995"]
    assert not _s20a_dates("India will not sign the treaty until 2030.", "agreement_signed")
    assert not _s20a_dates("India will not sign the treaty until Nepal ends the blockade.",
                           "agreement_signed")
