"""Wording of real news, a class at a time: places that stand for a state in the story's
frame (a trip told by the return from it)."""

from __future__ import annotations

from coded_events import coded_in


def _r6here_coded(text: str) -> list[tuple[str, str, str | None]]:
    return coded_in(text, "2024-03-14")


def test_r6here_a_return_from_a_place_tells_the_trip_there() -> None:
    """ "returned from Beijing", "on his return from Germany", "returned home from Hanoi":
    whoever comes back from a state (or its capital) went there, so the return tells the
    visit; things or people coming back from captivity are no visitors."""
    assert ("visit", "IND", "JPN") in _r6here_coded(
        "Indian Prime Minister Narendra Modi returned from Tokyo on Monday with a "
        "package of loans.")
    assert ("visit", "FRA", "VNM") in _r6here_coded(
        "French President Emmanuel Macron returned home from Vietnam on Sunday.")
    assert ("visit", "KEN", "DEU") in _r6here_coded(
        "Kenyan President William Ruto, on his return from Germany, told reporters the "
        "trip had been a success.")
    assert not [c for c in _r6here_coded(
        "Twelve Ukrainian soldiers were returned from Russian captivity on Monday.")
        if c[0] == "visit"]
