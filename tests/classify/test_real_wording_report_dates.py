"""The date of an act told inside a report or after another act, a class at a time (each
seen in several passages of the real-text dev split): which clause a day belongs to, and
what a day told for the same act elsewhere says about it."""

from __future__ import annotations

from coded_events import events_in
from dyadscope.model import Event


def _events(text: str, date: str | None = "2024-03-14") -> list[Event]:
    return events_in(text, date)


def _dated(events: list[Event], kind: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.actor1.code, e.actor2.code if e.actor2 else None, e.date.start)
            for e in events if e.kind == kind]


def test_an_act_told_after_after_keeps_the_day_told_for_it_elsewhere() -> None:
    """ "Kenya closed its border on Wednesday after Somali militiamen attacked a police post
    ... The attack took place on Tuesday": the act told after "after" takes the main
    clause's day, which it preceded; the same deed by the same sides told nearby with a day
    of its own up to a week earlier is that act, once, on its own day (either telling may
    come first). One told weeks before is an earlier deed."""
    attacks = _dated(_events(
        "Greece put its border guards on alert on Wednesday after a clash with Turkish "
        "troops left two soldiers wounded. The fighting between Greek and Turkish troops "
        "broke out on Tuesday near the river."), "armed_clash")
    assert attacks == [("GRC", "TUR", "2024-03-12")]
    attacks = _dated(_events(
        "Greece recalled its ambassador from Ankara on Wednesday after Turkish troops fired "
        "on Greek soldiers. Turkish troops had fired on Greek soldiers on Monday, Athens "
        "said."), "armed_clash")
    assert attacks == [("TUR", "GRC", "2024-03-11")]
    # a deed of the same sides told with a day weeks before is an earlier one
    attacks = _dated(_events(
        "Greece put its border guards on alert on Wednesday after a clash with Turkish "
        "troops left two soldiers wounded. The last fighting between Greek and Turkish "
        "troops broke out on February 2 near the river."), "armed_clash")
    assert ("GRC", "TUR", "2024-03-13") in attacks and len(attacks) == 2
