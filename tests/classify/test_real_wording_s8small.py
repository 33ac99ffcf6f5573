"""Wording of real diplomatic news, a class at a time (each seen in several passages of
the real-text dev split): small structural causes of extra or missing events."""

from __future__ import annotations

from coded_events import events_in, sides_of


def _s8small_sanctions(text: str) -> list[tuple[str, str | None]]:
    return [
        (e.actor1.code if e.actor1 else "", e.actor2.code if e.actor2 else None)
        for e in events_in(text, "2024-03-14")
        if e.kind == "sanction"
    ]


def test_ties_cut_then_how_is_one_sanction() -> None:
    """ "broke off relations, recalling its envoy and closing its embassy": the participles
    after the comma tell how the diplomatic ties were cut, one act with the cutting; acts
    coordinated with "and", or steps that are not diplomatic (a border closed), stay acts
    of their own."""
    events = events_in(
        "Peru said on Monday it was severing diplomatic relations with Bolivia, withdrawing "
        "its ambassador and closing its embassy in La Paz.", "2024-03-14")
    assert _s8small_sanctions(
        "Peru said on Monday it was severing diplomatic relations with Bolivia, withdrawing "
        "its ambassador and closing its embassy in La Paz.") == [("PER", "BOL")]
    assert sides_of(events, "sanction") == ("PER", "BOL")
    assert len(_s8small_sanctions(
        "Ghana downgraded its ties with Togo on Monday, recalling its ambassador from Lome."
    )) == 1
    # coordinated acts, and a border closed, are acts of their own
    assert len(_s8small_sanctions(
        "Ghana on Monday recalled its diplomats from Lome and downgraded relations with Togo."
    )) == 2
    assert len(_s8small_sanctions(
        "Ghana on Monday suspended diplomatic ties with Togo, closing the border crossings."
    )) == 2
