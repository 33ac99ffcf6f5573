"""Wording of real conflict news, a class at a time: material conflict and its end (armed
clashes, sanctions, coercion, mobilisation, retreat, concessions, ceasefires), each class a
general way news tells the act, with sentences written for the test."""

from __future__ import annotations

from coded_events import events_in


def _coded(text: str, date: str | None = "2024-03-14") -> list[tuple[str, str, str | None]]:
    return [(e.kind, e.actor1.code, e.actor2.code if e.actor2 else None)
            for e in events_in(text, date)]


def test_projectiles_fired_by_a_side_at_the_other_are_its_attack() -> None:
    """ "rockets were fired by Hezbollah towards northern Israel": the passive of fire names
    the shooter after "by" and the target after "at", "into" or "towards"; fire by no
    named side codes nothing."""
    assert ("armed_clash", "PSE", "ISR") in _coded(
        "Dozens of rockets were fired by Hamas into southern Israel overnight.")
    assert ("armed_clash", "YEM", "SAU") in _coded(
        "Two ballistic missiles launched by the Houthis towards Saudi Arabia were "
        "intercepted on Monday.")
    assert not [k for k, *_ in _coded("Shots were fired by unknown gunmen in the capital "
                                      "on Monday.") if k == "armed_clash"]
