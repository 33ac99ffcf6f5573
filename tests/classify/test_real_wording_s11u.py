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
