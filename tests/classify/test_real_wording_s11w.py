"""Wording of real news, a class at a time: acts told with one side only, which the end
step used to drop as saying nothing about two countries."""

from __future__ import annotations

from coded_events import events_in, sides_of


def test_s11w_a_holding_told_with_its_doer_next_to_it_is_aimed_at_the_other_side() -> None:
    """ "Serbia detained three people", "was arrested by Beijing": a detention, arrest or
    seizure whose holder is written right before its word, or as its agent, and whose
    sentence names no one held of the other side, is that side's act on the document's
    other side (as force told so is). A side only telling of it ("Russia said that ... had
    been arrested") or condemning it is no holder."""
    events = events_in(
        "Tensions rose between Vietnam and China over the islands. Vietnam detained two "
        "fishing boats and their crews on Monday.", "2024-03-14")
    assert sides_of(events, "coerce") == ("VNM", "CHN")
    events = events_in(
        "Tensions rose between Latvia and Russia this month. A local businessman was "
        "arrested by Russia on Friday on spying charges.", "2024-03-14")
    assert sides_of(events, "coerce") == ("RUS", "LVA")
    for told in (
        "Russia said on Friday that a local businessman had been arrested on spying charges.",
        "Russia condemned the arrest of a journalist in the capital.",
    ):
        events = events_in(f"Tensions rose between Latvia and Russia this month. {told}",
                           "2024-03-14")
        assert not [e for e in events if e.kind == "coerce"], told
