"""Wording of real news, a class at a time: guards that give back right events which
rules of this session took (s19h), each general in form."""

from __future__ import annotations

from coded_events import coded_in


def test_a_stance_on_the_ties_between_two_sides_targets_the_storys_partner() -> None:
    """ "voiced concern about the defence cooperation between France and Greece" in a story
    of Turkey and Greece: of the two sides of the relation a stance is about, the one the
    story pairs with the speaker is its target, not the first named; the story's pair is
    what the passage is about (the summoned envoy). Without such a story the first side
    named stays the target."""
    coded = coded_in(
        "Turkey summoned the Greek ambassador. Turkey expressed concerns about the growing "
        "defence cooperation between France and Greece and requested a review of the deal.")
    assert ("criticism_hostility", "TUR", "GRC") in coded
    assert ("criticism_hostility", "TUR", "FRA") not in coded
    coded = coded_in(
        "Japan summoned the Chinese envoy on Monday. Tokyo voiced alarm over the deepening "
        "military ties between Russia and China and urged Beijing to show restraint.")
    assert ("criticism_hostility", "JPN", "RUS") not in coded
    # no story pairing the speaker with either side: the first side named stays
    assert ("criticism_hostility", "TUR", "FRA") in coded_in(
        "Turkey voiced concern about the growing defence cooperation between France and "
        "Greece and asked for a review of the deal.")
