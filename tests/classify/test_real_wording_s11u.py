"""Wording of real news whose sides the gazetteer rules find in a place they do not
expect, a class at a time (each seen in several passages of the real-text dev split)."""

from __future__ import annotations

from coded_events import events_in, sides_of


def test_s11u_force_on_the_subjects_own_thing_strikes_the_subject() -> None:
    """ "X asked its allies to discuss the shooting down of one of its warplanes by Y":
    the force noun's doer is named after "by" even past a particle and a long "of"
    phrase, and the owner of "its" in that phrase (the clause's subject) was struck,
    not a state the sentence names nearer (the allies it turned to)."""
    events = events_in(
        "Greece convened the EU foreign ministers to consider the shooting down of one of "
        "its drones by Turkish forces on Monday.", "2024-03-14")
    assert sides_of(events, "armed_clash") == ("TUR", "GRC")
    events = events_in(
        "Greece called a meeting of EU ministers to discuss the shooting down of one of "
        "its drones by Turkish forces.", "2024-03-14")
    assert sides_of(events, "armed_clash") == ("TUR", "GRC")
    # no "its": the state named in the "of" phrase was struck
    events = events_in(
        "Poland asked NATO to discuss the shooting down of a Russian drone by Ukrainian "
        "forces on Monday.", "2024-03-14")
    assert sides_of(events, "armed_clash") == ("UKR", "RUS")


def test_s11u_a_territory_is_a_place_not_the_state_a_region_word_recalls() -> None:
    """ "X cut ties with Israel over its strikes on Gaza, while Y recalled its envoy to the
    Middle Eastern country": Gaza and the West Bank are places inside a state, like
    Rafah or Crimea, so "the <region> country" recalls the state named before them
    (Israel), not Palestine; a place still names where force struck."""
    events = events_in(
        "Belize suspended relations with Israel over its bombing of Gaza, while Honduras "
        "recalled its ambassador to the Middle Eastern country.", "2024-03-14")
    assert ("HND", "ISR") in [(e.actor1.code, e.actor2.code if e.actor2 else None)
                              for e in events if e.kind == "sanction"]
    assert not [e for e in events if e.kind == "sanction" and e.actor2
                and e.actor2.code == "PSE"]
    # a state that the region word fits, named last, is still the one recalled
    events = events_in(
        "Jordan condemned Israel's raids in the West Bank, and Chile recalled its "
        "ambassador from the Middle Eastern country on Monday.", "2024-03-14")
    assert ("CHL", "ISR") in [(e.actor1.code, e.actor2.code if e.actor2 else None)
                              for e in events if e.kind == "sanction"]
