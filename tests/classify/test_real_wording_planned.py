"""Wording of real news that tells an act as planned or intended, a class at a time (each
seen in several passages of the real-text dev split): the grammar of the future and of
schedules, and the day such an act lies ahead on."""

from __future__ import annotations

from coded_events import events_in
from dyadscope.model import Event


def _events(text: str, date: str | None = "2024-03-14") -> list[Event]:
    return events_in(text, date)


def _one(text: str, kind: str, date: str | None = "2024-03-14") -> Event:
    (event,) = [e for e in _events(text, date) if e.kind == kind]
    return event


def test_a_schedule_frame_tells_a_plan_whatever_its_auxiliary() -> None:
    """ "with agreements expected to be signed in April", "the two were due to meet later",
    "is slated to visit": news tells a scheduled act by "expected / slated / poised to"
    with or without a form of "be", and by "set / due / going / about to" after one. Such
    an act is planned, and a month it is set for lies ahead, not last year. "due to" with
    no "be" before it gives a cause ("delayed due to heavy snow"), not a schedule."""
    signing = _one("The talks ended on Tuesday, with a transit agreement between Georgia and "
                   "Kazakhstan expected to be signed in June.", "agreement_signed")
    assert (signing.status, signing.date.start) == ("planned", "2024-06")
    meeting = _one("The Georgian and Armenian foreign ministers were due to meet later on "
                   "Friday.", "meeting")
    assert meeting.status == "planned"
    visit = _one("Ghana's president is slated to visit Togo in May.", "visit")
    assert (visit.status, visit.date.start) == ("planned", "2024-05")
    talks = _one("Georgia and Armenia held talks in Tbilisi on Monday, delayed due to heavy "
                 "snow.", "negotiation")
    assert talks.status == "actual"


def test_a_day_in_a_clause_told_in_the_future_lies_ahead() -> None:
    """ "will take effect immediately after the US imposes tariffs on August 23", "is
    expected in Dhaka on Monday for talks": a day named in a clause that a future verb or
    a schedule governs lies ahead of the document, even where the act itself is told in
    the present or the day comes before the act's noun; told in the past, a month after
    the document's is last year's."""
    (tariffs,) = [e for e in _events("Mexico's duties will take effect immediately after Canada "
                                     "imposes tariffs on Mexican steel on June 3.")
                  if e.actor1.code == "CAN"]
    assert tariffs.date.start == "2024-06-03"
    talks = _one("The Nepalese prime minister is expected in Dhaka on Monday for talks with "
                 "Bangladesh's leaders.", "negotiation")
    assert talks.date.start == "2024-03-18"
    done = _one("Canada imposed tariffs on Mexican steel on June 3.", "sanction")
    assert done.date.start == "2023-06-03"


def test_a_plan_told_in_a_story_is_not_dated_by_an_old_year_before_it() -> None:
    """ "... lifting the measures imposed in June 2017. He added the UAE will work with
    Qatar ...": a plan told in a news story with no date of its own is of the story's
    time; the year-old date of the sentence before dates that sentence's act, not the
    plan. A plan that carries a recent date of the story keeps it."""
    text = ("Ghana announced on Monday that it lifted the sanctions it imposed on Togo in "
            "June 2019. The minister added that Ghana will hold talks with Togo.")
    talks = _one(text, "negotiation")
    assert talks.status == "planned"
    # the lifting is Monday's ("the sanctions it imposed ... in June 2019" dates the
    # sanctions), and the plan carries that recent day of the story, never the old year
    assert talks.date.start == "2024-03-11"
    recent = ("Ghana's foreign minister visited Lome on Monday. Ghana will hold talks with "
              "Togo, he said.")
    assert _one(recent, "negotiation").date.start == "2024-03-11"
