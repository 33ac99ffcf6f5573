"""Wording of real news that tells a second event of one kind in the clause of the first
(seen in dev passages whose gold holds two events where one phrase told both)."""

from __future__ import annotations

from coded_events import events_in
from dyadscope.model import Event


def _s8second_events(text: str, date: str | None = "2024-03-14") -> list[Event]:
    return events_in(text, date)


def _s8second_pairs(text: str, kind: str) -> set[tuple[str, str | None, tuple[str, ...]]]:
    return {
        (e.actor1.code, e.actor2.code if e.actor2 else None, tuple(o.code for o in e.others))
        for e in _s8second_events(text) if e.kind == kind
    }  # fmt: skip


def test_separate_acts_with_several_partners_are_one_each() -> None:
    """ "held separate talks with X and Y", "met separately with X and Y", "separate joint
    exercises with X and Y": one bilateral act per partner, as "held bilateral talks with
    X and Y" already is, not one act of three parties. Partners named without "separate"
    stay one joint act, and a joint subject ("X and Y separately signed ... with Z") is not
    split into partners one by one."""
    assert _s8second_pairs(
        "The Russian foreign minister held separate talks with Kazakhstan and Uzbekistan "
        "on Monday.", "negotiation") == {("RUS", "KAZ", ()), ("RUS", "UZB", ())}
    assert _s8second_pairs(
        "Blinken met separately with the foreign ministers of Armenia and Azerbaijan in "
        "Washington.", "meeting") == {("USA", "ARM", ()), ("USA", "AZE", ())}
    assert _s8second_pairs(
        "The Indian frigate held separate naval drills with Oman and Egypt last month.",
        "military_exercise") == {("IND", "OMN", ()), ("IND", "EGY", ())}
    # no "separate": one meeting of the three
    assert _s8second_pairs(
        "Blinken met with the foreign ministers of Armenia and Azerbaijan in Washington.",
        "meeting") == {("USA", "ARM", ("AZE",))}
    # a joint subject told "separately": not its partners one by one
    assert ("ARM", "RUS", ()) not in _s8second_pairs(
        "Armenia and Azerbaijan separately signed the deal with Russia.", "agreement_signed")
