"""Structural errors in who acts and when (round 3, "r3passive"): grammar facts about the
clause an act sits in, each seen in real dev passages."""

from __future__ import annotations

from coded_events import coded_in, events_in
from dyadscope.model import Event


def _r3passive_dates(text: str, kind: str) -> list[str | None]:
    events: list[Event] = events_in(text, "2024-03-14")
    return [e.date.start for e in events if e.kind == kind]


def test_an_opening_gerund_subject_is_no_participle_clause() -> None:
    """ "Fighting had erupted on October 10, when X accused Y ...": the opening "-ing" word
    is the subject of a finite verb, a noun, so its clause is the main clause and its date
    dates the "when" clause's acts; a real participle clause ("Having closed the
    crossing on March 3, X accused Y ...") still tells another act and its day."""
    assert "2023-11-02" in _r3passive_dates(
        "Shelling resumed on November 2, when Armenia accused Azerbaijan of firing on "
        "its villages.", "criticism_hostility")
    assert "2023-12-05" in _r3passive_dates(
        "Fighting between the two armies had broken out on December 5, when Sudan "
        "accused South Sudan of attacking its border posts.", "criticism_hostility")
    assert "2024-03-03" not in _r3passive_dates(
        "Having closed the crossing on March 3, Armenia accused Azerbaijan of firing on "
        "its villages.", "criticism_hostility")


def test_a_participle_with_an_as_role_is_a_reduced_relative() -> None:
    """ "Four Russian officers arrested as spies in Georgia have returned home": a
    participle right after its noun, giving the role the patient was held in ("as spies",
    "as suspects"), is a reduced relative passive: the officers' side was acted on, by the
    side where it happened. "arrested as many as four officers" is still active, its
    object opened by "as many as"."""
    assert ("coerce", "IRN", "GBR") in coded_in(
        "Three British sailors detained as suspected spies in Iran were flown home on Monday.")
    assert ("coerce", "GBR", "IRN") not in coded_in(
        "Three British sailors detained as suspected spies in Iran were flown home on Monday.")
    assert ("coerce", "IND", "PAK") in coded_in(
        "India detained as many as twelve Pakistani fishermen on Tuesday.")
