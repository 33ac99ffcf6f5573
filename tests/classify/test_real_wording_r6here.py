"""Wording of real news, a class at a time: places that stand for a state in the story's
frame (a trip told by the return from it)."""

from __future__ import annotations

from coded_events import coded_in


def test_r6here_a_return_from_a_place_tells_the_trip_there() -> None:
    """ "returned from Beijing", "on his return from Germany", "returned home from Hanoi":
    whoever comes back from a state (or its capital) went there, so the return tells the
    visit; things or people coming back from captivity are no visitors."""
    assert ("visit", "IND", "JPN") in coded_in(
        "Indian Prime Minister Narendra Modi returned from Tokyo on Monday with a "
        "package of loans.")
    assert ("visit", "FRA", "VNM") in coded_in(
        "French President Emmanuel Macron returned home from Vietnam on Sunday.")
    assert ("visit", "KEN", "DEU") in coded_in(
        "Kenyan President William Ruto, on his return from Germany, told reporters the "
        "trip had been a success.")
    assert not [c for c in coded_in(
        "Twelve Ukrainian soldiers were returned from Russian captivity on Monday.")
        if c[0] == "visit"]


def test_r6here_a_crowd_in_a_states_city_against_another_state_is_that_states_protest() -> None:
    """ "Thousands rallied in Seoul against Japan's plan", "protested in the city of Goma,
    denouncing Rwanda's support", "Demonstrators in Manila condemned China's": a crowd
    named only by where it gathered is the people of that place (GUIDELINES: citizens'
    protests are their state's), and the state it turns against is the target. A crowd
    with no place named tells no protester."""
    assert ("protest", "KOR", "JPN") in coded_in(
        "Tens of thousands marched in Seoul on Saturday against Japan's export curbs.")
    assert ("protest", "COD", "RWA") in coded_in(
        "Hundreds demonstrated in the eastern city of Goma on Friday, denouncing Rwanda's "
        "backing of the rebels.")
    assert ("protest", "PHL", "CHN") in coded_in(
        "Demonstrators in Manila condemned China's latest moves in the sea on Friday.")
    assert not [c for c in coded_in(
        "Thousands protested on Friday against Rwanda's backing of the rebels.")
        if c[0] == "protest"]
