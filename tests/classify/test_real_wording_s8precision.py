"""Wording of real news that made false events, a class at a time (each seen in several
passages of the real-text dev split): one act told twice and coded twice, and other
structures that produce an event no reader would count."""

from __future__ import annotations

from coded_events import events_in
from dyadscope.model import Event


def _s8p_events(text: str, date: str | None = "2024-03-14") -> list[Event]:
    return events_in(text, date)


def _s8p_blame(events: list[Event], first: str, second: str) -> list[Event]:
    return [e for e in events if e.kind == "criticism_hostility" and e.plover == "ACCUSE"
            and e.actor1.code == first and e.actor2 is not None and e.actor2.code == second]


def test_words_of_blame_told_again_the_same_day_are_one_act() -> None:
    """ "Hungary condemned the decision on Monday. Budapest accused Bratislava of ...", "X
    charged that Y's boat rammed ... the Y ambassador was summoned over the incident": a
    state's blame of another told again on the same day, whatever verb tells it (condemn,
    accuse, protest, summon), is one criticism; one told as added to it ("also summoned")
    is a second act."""
    once = _s8p_events("Hungary condemned Slovakia's decision on Monday. Budapest accused "
                       "Bratislava of breaking the treaty.")
    assert len(_s8p_blame(once, "HUN", "SVK")) == 1
    summoned = _s8p_events(
        "Greece on Wednesday charged that a Turkish patrol boat rammed a Greek coast guard "
        "vessel. Hours later, a government spokesman said the Turkish ambassador was "
        "summoned to the foreign ministry over the incident.")
    assert len(_s8p_blame(summoned, "GRC", "TUR")) == 1
    added = _s8p_events("Hungary condemned Slovakia's decision on Monday. The Hungarian "
                        "foreign ministry also summoned the Slovak ambassador on Monday.")
    assert len(_s8p_blame(added, "HUN", "SVK")) == 2
