"""Wording of real news, a class at a time: acts whose doer is not a state acting as one.
A demonym or a possessive before a sportsman, an artist or the public ("the Japanese
tennis player", "Pakistan's cricket team", "the Russian people") names whose they are,
not a government acting; what they do is no diplomatic or military act of their state."""

from __future__ import annotations

from coded_events import events_in, sides_of


def _r6nonstate_kinds(text: str) -> list[str]:
    return [e.kind for e in events_in(text, "2024-03-14")]


def test_r6nonstate_sportsmen_artists_and_the_public_do_no_state_act() -> None:
    """Sportsmen, teams, fans, artists and the public travel, meet, refuse and complain
    for themselves: "the Ghanaian sprinter arrived in Lagos" is no Ghanaian visit, "the
    Egyptian football team refused to play" no Egyptian rejection. Their state's own acts
    on them, and acts they do as people (a release, a protest in the street), stay."""
    for text in (
        "The Brazilian volleyball team arrived in Buenos Aires on Tuesday.",
        "Kenya's national team refused to play against Uganda on Tuesday.",
        "Two Croatian footballers met Serbian players in Belgrade on Tuesday.",
        "The Iranian film director visited France on Tuesday.",
        "Argentine fans criticised Chile after the match on Tuesday.",
        "The Russian people thanked Cuba for its solidarity, Putin said on Tuesday.",
    ):
        assert not [k for k in _r6nonstate_kinds(text)
                    if k in ("visit", "meeting", "reject", "criticism_hostility",
                             "support_statement")], text
    # the states themselves still act, also on such people
    events = events_in("The Brazilian foreign minister arrived in Buenos Aires on Tuesday.",
                       "2024-03-14")
    assert sides_of(events, "visit") == ("BRA", "ARG")
    events = events_in("Egypt rejected Ethiopia's proposal on Tuesday.", "2024-03-14")
    assert sides_of(events, "reject") == ("EGY", "ETH")
    events = events_in("Moscow released two American citizens on Tuesday.", "2024-03-14")
    assert sides_of(events, "retreat") == ("RUS", "USA")
