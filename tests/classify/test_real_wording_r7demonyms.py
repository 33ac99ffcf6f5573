"""Wording of real news, a class at a time: several states named by a list of demonyms
before one shared noun ("the Saudi, Kuwaiti and French embassies"), each a state of the
same side, and crowds in the street acting on them."""

from __future__ import annotations

from coded_events import events_in, sides_of


def test_a_crowd_at_several_states_missions_protests_against_all_of_them() -> None:
    """ "Mobs attacked the Saudi, Kuwaiti and Iraqi embassies in Tehran": every demonym
    of the list owns a mission; the first named is the target, the others join it, and
    the people of the place (after the list, or the place the sentence opens with: "In
    Tehran, mobs ...") protest. Rioters and mobs are a crowd like protesters."""
    events = events_in(
        "Rioters stormed the Danish, Swedish and Norwegian embassies in Damascus.",
        "2024-03-14")
    assert sides_of(events, "protest") == ("SYR", "DNK")
    protest = next(e for e in events if e.kind == "protest")
    assert {a.code for a in protest.others} == {"SWE", "NOR"}
    events = events_in(
        "In Islamabad, mobs attacked the American and British consulates on Friday.",
        "2024-03-14")
    assert sides_of(events, "protest") == ("PAK", "USA")
    assert [a.code for a in next(e for e in events if e.kind == "protest").others] == ["GBR"]
    # one embassy, as before
    events = events_in("Protesters gathered outside the Chinese embassy in Hanoi.", "2024-03-14")
    assert sides_of(events, "protest") == ("VNM", "CHN")
    # an opening that is no place names no protester
    assert not [e for e in events_in(
        "In a statement, mobs gathered outside the Chinese and Russian embassies.",
        "2024-03-14") if e.kind == "protest" and e.actor1 and e.actor1.code not in ("CHN",)]


def test_what_a_crowd_cries_is_its_protest_not_a_states_criticism() -> None:
    """ "Thousands rallied in Seoul, condemning Tokyo's decision", "protesters marched to
    the square denouncing Israel": the participle tells what the crowd in the street
    cries; it is their protest, told once, not a criticism by their state besides it
    (seen in several dev passages as a second, wrong event). A state's own participle
    ("Pakistan condemned the strikes, accusing India") stays a criticism."""
    events = events_in(
        "Hundreds of students demonstrated in Dhaka on Sunday, condemning Myanmar's treatment "
        "of refugees.", "2024-03-14")
    assert [e.kind for e in events if e.kind == "criticism_hostility"] == []
    events = events_in(
        "Angry protesters marched past the parliament in Athens, denouncing Turkey's claims.",
        "2024-03-14")
    assert [e.kind for e in events if e.kind == "criticism_hostility"] == []
    events = events_in(
        "Egypt condemned the raid on Tuesday, accusing Israel of violating the truce.",
        "2024-03-14")
    assert sides_of(events, "criticism_hostility") == ("EGY", "ISR")
