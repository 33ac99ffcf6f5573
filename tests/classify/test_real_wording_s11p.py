"""Wording of real bilateral news, a class at a time (each seen in several passages of
the real-text dev split): statements of support between states that were missed, such as
one side naming the other its friend, partner or ally."""

from __future__ import annotations

from coded_events import coded_in


def _s11p_support(text: str) -> list[tuple[str, str | None]]:
    return [(a1, a2) for kind, a1, a2 in coded_in(text) if kind == "support_statement"]


def test_naming_the_other_side_a_friend_partner_or_ally_is_support() -> None:
    """ "described Poland as a reliable friend", "calling Uzbekistan a reliable partner",
    "said China had been a true friend", "views Turkey as one of its most important
    partners": a side that calls another its friend, partner, ally or brother speaks for
    it (SUPPORT, coded by the guidelines as a support statement). A cold word ("a bad
    neighbour") is no praise, and a tie told by no one is no statement."""
    assert ("IND", "JPN") in _s11p_support(
        "Indian Prime Minister Narendra Modi described Japan as a trusted and valued partner.")
    assert ("BRA", "ARG") in _s11p_support(
        "Lula praised the trade figures on Tuesday, calling Argentina a strategic ally.")
    assert ("KEN", "ETH") in _s11p_support(
        "Kenyan President William Ruto said Ethiopia had always been \"a true brother\" "
        "in hard times.")
    assert ("EGY", "SAU") in _s11p_support(
        "Egypt regards Saudi Arabia as one of its closest and most reliable partners.")
    assert ("GHA", "CIV") in _s11p_support(
        "Ghana's President has described Ivory Coast, which borders it to the west, "
        "as Ghana's best friend.")
    assert not _s11p_support("The Burundian minister called Rwanda a bad neighbour.")
    assert not _s11p_support("Venezuela is Cuba's closest ally in the region.")
