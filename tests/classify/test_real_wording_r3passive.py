"""Structural errors in who acts and when (round 3, "r3passive"): grammar facts about the
clause an act sits in, each seen in real dev passages."""

from __future__ import annotations

from coded_events import events_in
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
