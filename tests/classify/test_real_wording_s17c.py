"""Wording of real news, a class at a time: plural references back to two states already
named ("the two countries", "both sides") and a third state their joint act is done with."""

from __future__ import annotations

from coded_events import events_in
from dyadscope.model import Event


def _s17c_events(text: str, date: str | None = "2024-03-14") -> list[Event]:
    return events_in(text, date)


def _s17c_joint(events: list[Event], kind: str) -> list[tuple[str, str, tuple[str, ...]]]:
    return [
        (e.actor1.code, e.actor2.code, tuple(sorted(a.code for a in e.others)))
        for e in events
        if e.kind == kind and e.actor1 is not None and e.actor2 is not None
    ]


def test_a_third_state_the_pair_acts_with_joins_their_joint_act() -> None:
    """ "The two countries held naval drills with the Egyptian navy": a joint act told of
    "the two countries" / "both sides" is the document's pair's, and a third state the
    clause says they did it "with" is a further party (GUIDELINES: several parties, the
    rest go to others), not dropped; a state merely named elsewhere in the clause (a
    place) does not join."""
    text = (
        "Greece and Cyprus held a joint air force exercise off Crete on Monday, the Greek "
        "defence ministry said. Greek and Cypriot pilots flew together for three days. "
        "In 2022 the two countries held naval drills with the Egyptian navy.")
    joint = _s17c_joint(_s17c_events(text), "military_exercise")
    assert any("EGY" in others and {a, b} == {"GRC", "CYP"} for a, b, others in joint)
    near = (
        "Greece and Cyprus held a joint air force exercise off Crete on Monday, the Greek "
        "defence ministry said. Greek and Cypriot pilots flew together for three days. "
        "In 2022 the two countries held naval drills near Egypt.")
    joint = _s17c_joint(_s17c_events(near), "military_exercise")
    assert joint and not any("EGY" in others for _, _, others in joint)
