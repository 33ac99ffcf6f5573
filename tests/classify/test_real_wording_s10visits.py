"""Wording of real visit news, a class at a time (each seen in several passages of the
real-text dev split): how a visit (CONSULT, visitor -> host) is dated and who its sides are."""

from __future__ import annotations

from coded_events import events_in
from dyadscope.model import Event


def _s10v_visits(text: str, date: str) -> list[Event]:
    return [e for e in events_in(text, date) if e.kind == "visit"]


def test_an_undated_visit_takes_the_day_of_the_talks_told_beside_it() -> None:
    """ "during a trip to X by Y, who held talks with Z on Tuesday", "Y was touring X, and Z
    received him on the 3rd": the sentence dates the talks, not the visit, yet the visit
    was under way on that day, so it has the talks' date rather than the day of the
    report. A visit told with a day of its own keeps it."""
    visits = _s10v_visits(
        "The loan was announced during a visit to Ankara by Hungarian Prime Minister "
        "Viktor Orban, who held talks with Turkish President Recep Tayyip Erdogan on "
        "Tuesday.", "2024-03-14")
    assert [(e.actor1.code, e.actor2.code, e.date.start) for e in visits] == [
        ("HUN", "TUR", "2024-03-12")]
    visits = _s10v_visits(
        "Greek Foreign Minister Giorgos Gerapetritis was visiting the Egyptian capital "
        "Cairo, and Egyptian President Abdel Fattah al-Sisi met with him on the 11th.",
        "2024-03-14")
    assert [(e.actor1.code, e.actor2.code, e.date.start) for e in visits] == [
        ("GRC", "EGY", "2024-03-11")]
    # its own day: "arrived on Monday", whatever day the talks were
    visits = _s10v_visits(
        "Hungarian Prime Minister Viktor Orban arrived in Ankara on Monday and held talks "
        "with Turkish President Recep Tayyip Erdogan on Tuesday.", "2024-03-14")
    assert [e.date.start for e in visits] == ["2024-03-11"]


def test_a_trip_to_several_places_named_together_is_a_visit_to_each() -> None:
    """ "will travel to X and Y", "visited X, Y and Z": one trip, but each state named
    with the first host right after the trip's word received the visitor, so each is a
    visit of its own. Those named later in the sentence (what the trip was for) or who
    came along are no hosts."""
    visits = _s10v_visits(
        "Japanese Foreign Minister Yoko Kamikawa will travel to Fiji and Samoa next week.",
        "2024-03-14")
    assert {(e.actor1.code, e.actor2.code) for e in visits} == {("JPN", "FJI"), ("JPN", "WSM")}
    visits = _s10v_visits(
        "Saudi Foreign Minister Prince Faisal bin Farhan visited Jordan, Egypt and Iraq "
        "last month.", "2024-03-14")
    assert {e.actor2.code for e in visits} == {"JOR", "EGY", "IRQ"}
    # what the trip was for names no further host
    visits = _s10v_visits(
        "Turkish Foreign Minister Hakan Fidan is on a visit to Azerbaijan to attend a "
        "meeting of the foreign ministers of Azerbaijan, Georgia and Turkey.", "2024-03-14")
    assert {e.actor2.code for e in visits} == {"AZE"}


def test_a_stop_in_a_state_is_a_visit() -> None:
    """ "made a stop in X", "stopped in X on his way home", "followed stops in X": a
    leader's stop in a state is a visit there (CONSULT), as a stopover is; a stop in
    something that is no state ("no stop in the fighting") is none."""
    visits = _s10v_visits(
        "Indian Prime Minister Narendra Modi made a brief stop in Egypt on his way home.",
        "2024-03-14")
    assert [(e.actor1.code, e.actor2.code) for e in visits] == [("IND", "EGY")]
    visits = _s10v_visits(
        "Chinese Foreign Minister Wang Yi stopped in Kazakhstan on Monday.", "2024-03-14")
    assert [(e.actor1.code, e.actor2.code) for e in visits] == [("CHN", "KAZ")]
    assert not _s10v_visits(
        "Israeli officials said there would be no stop in the fighting.", "2024-03-14")


def test_a_list_of_states_inside_the_trip_phrase_is_a_visit_to_each() -> None:
    """ "made stops in X, Y and Z", "toured X and Y": the trip's phrase names the list
    itself, and each state listed hosts the visitor, not only the first of them."""
    visits = _s10v_visits(
        "Iranian Foreign Minister Hossein Amir-Abdollahian made stops in Qatar, Kuwait "
        "and Oman on Tuesday.", "2024-03-14")
    assert sorted((e.actor2.code, e.others) for e in visits) == [
        ("KWT", ()), ("OMN", ()), ("QAT", ())]
