"""Dates of planned and future acts in real news, a class at a time (each seen in several
passages of the real-text dev split): a plan takes the day that the story gives the plan,
not the day it was announced or the publication day."""

from __future__ import annotations

from coded_events import events_in
from dyadscope.model import Event


def _s11y_events(text: str, date: str | None = "2024-03-14") -> list[Event]:
    return events_in(text, date)


def _s11y_date(events: list[Event], kind: str) -> str | None:
    return next(e.date.start for e in events if e.kind == kind)


def test_a_plan_told_without_a_day_takes_the_day_the_next_sentence_gives_the_plan() -> None:
    """ "X will commission a frigate built by Japan when he reaches Tokyo. X will be in
    Japan on March 18 and 19": a lede that tells a plan with no day of its own is dated
    by the plan of the same two sides that the next sentence dates; the publication day
    is only when it was announced. A day already past, or the day the guest leaves, is
    no such plan's day."""
    events = _s11y_events(
        "Indian Prime Minister Narendra Modi will commission a frigate built by Japan for "
        "the Indian Navy when he reaches Tokyo. Modi will be in Japan on March 18 and 19 "
        "at the invitation of the Japanese prime minister.")
    assert (_s11y_date(events, "arms_transfer") or "").startswith("2024-03-18")
    events = _s11y_events(
        "Japan will sign a defence pact with the Philippines. Philippine President Marcos "
        "will arrive in Japan on March 20.")
    assert _s11y_date(events, "agreement_signed") == "2024-03-20"
    # a day past: a meeting already held does not date the plan
    events = _s11y_events(
        "Japan will sign a defence pact with the Philippines. Philippine President Marcos "
        "met Japanese officials on March 12.")
    assert _s11y_date(events, "agreement_signed") == "2024-03-14"
    # the day the guest leaves ends the trip: the talks fall on a day before it
    events = _s11y_events(
        "During his visit to Vietnam, Malaysian Prime Minister Anwar Ibrahim is scheduled "
        "to hold talks with Vietnamese President Vo Van Thuong in the evening. Anwar will "
        "leave for Kuala Lumpur on Friday after a news conference with the Malaysian press.")
    assert _s11y_date(events, "negotiation") == "2024-03-14"


def test_a_date_before_a_hyphened_adjective_dates_the_act_its_noun_names() -> None:
    """ "Monday's top-level summit between X and Y will be held at ...", "the March 3
    high-level talks": a hyphened compound before the act's noun is one word, so the date
    before it still dates that act (a plan's weekday the coming one); a date before a
    noun that is not the act ("the 2005 border agreement" signed now) still names a
    thing."""
    events = _s11y_events(
        "Officials said that Tuesday's high-level meeting between Japan and China would "
        "take place in Beijing.")
    assert _s11y_date(events, "meeting") == "2024-03-19"
    events = _s11y_events(
        "Modi and Sharif held the March 3 long-awaited talks in Islamabad, officials said.")
    assert _s11y_date(events, "negotiation") == "2024-03-03"
    events = _s11y_events("India and China signed the 2005 border agreement in Beijing.")
    assert _s11y_date(events, "agreement_signed") == "2024-03-14"


def test_a_contracted_will_tells_a_plan() -> None:
    """ "He'll also meet the head of state", "we’ll sign a deal": "'ll" is "will", so the
    act is planned and takes the day the story gave the trip, not the publication day,
    and the pronoun before it stands for its side; "he's met" is no plan."""
    events = _s11y_events(
        "Australia's foreign minister will arrive in Fiji on Saturday. She'll also meet "
        "Fiji's prime minister and the leader of the opposition.")
    meeting = next(e for e in events if e.kind == "meeting")
    assert meeting.status == "planned"
    assert meeting.date.start == "2024-03-16"
    events = _s11y_events("Fiji's prime minister said they’ll sign a trade deal with Australia.")
    assert next(e for e in events if e.kind == "agreement_signed").status == "planned"
    events = _s11y_events("Australia's foreign minister arrived in Fiji. She's met Fiji's "
                          "prime minister.")
    assert all(e.status != "planned" for e in events)
