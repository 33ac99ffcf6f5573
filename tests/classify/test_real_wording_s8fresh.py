"""Wording of real news that the newest, blindly collected dev batches showed the coder
missing, a class at a time (each a general English structure, not one sentence's words)."""

from __future__ import annotations

from coded_events import events_in, sides_of


def test_s8fresh_leaving_one_place_for_another_is_a_trip_there() -> None:
    """ "left Kabul for Tehran", "departed from Islamabad for Beijing": the place left
    stands between the verb and "for"; the trip goes to the side named after "for", by
    whoever left (not by the place left). Leaving room for something is no trip."""
    events = events_in("The Kenyan foreign minister left Nairobi for Addis Ababa on Monday "
                       "for consultations.", "2024-03-14")
    assert sides_of(events, "visit") == ("KEN", "ETH")
    events = events_in("A Chilean trade delegation departed from Santiago for Lima on "
                       "Tuesday.", "2024-03-14")
    assert sides_of(events, "visit") == ("CHL", "PER")
    events = events_in("A Polish delegation left Berlin for Vilnius on Tuesday.", "2024-03-14")
    assert sides_of(events, "visit") == ("POL", "LTU")
    assert not [e for e in events_in("The wording of the treaty left room for different "
                                     "readings in Belgrade.", "2024-03-14")
                if e.kind == "visit"]
