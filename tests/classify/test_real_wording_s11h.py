"""Wording of real diplomatic news, a class at a time (each seen in several passages of
the real-text dev split): requests and demands, and what they ask for."""

from __future__ import annotations

from coded_events import events_in, sides_of


def _s11h_kinds(text: str) -> list[tuple[str, str, str | None]]:
    return [(e.kind, e.actor1.code, e.actor2.code if e.actor2 else None)
            for e in events_in(text, "2024-03-14")]


def test_every_act_a_request_lists_is_asked_for_not_done() -> None:
    """ "urged Russia to halt the shelling, pull back its troops and sign a truce",
    "called on Georgia to drop the bill and reaffirm its commitment to reforms": the acts
    listed after the first one, joined by "and" or a comma, are asked for as much as the
    first; the request is the event, not a pledge, a recognition or an apology by the
    side asked. A verb in the past after "and" is the asker's own next act, and another
    subject opens a clause of its own."""
    coded = _s11h_kinds(
        "The EU called on Georgia to scrap the bill and reaffirm its commitment to reforms.")
    assert [k for k, *_ in coded] == ["request"]
    assert sides_of(events_in(
        "The EU called on Georgia to scrap the bill and reaffirm its commitment to reforms.",
        "2024-03-14"), "request") == ("EU", "GEO")
    coded = _s11h_kinds(
        "Berlin pressed Belgrade to honour the deal, normalise ties and recognise Kosovo.")
    assert [k for k, *_ in coded] == ["request"]
    coded = _s11h_kinds("Tokyo asked Beijing to free the fishermen and apologise for the raid.")
    assert [k for k, *_ in coded] == ["request"]
    # near misses: the asker's own next act, and the side asked answering
    coded = _s11h_kinds("Tokyo asked Beijing to free the fishermen and condemned the raid.")
    assert ("criticism_hostility", "JPN", "CHN") in coded
    coded = _s11h_kinds("Tokyo asked Beijing to free the fishermen, and Beijing agreed to talks.")
    assert ("pledge", "CHN", "JPN") in coded
