"""Wording of real conflict news, a class at a time: condemnations of attacks, where the
side the condemned act names may be the one struck (sympathy) rather than the one that
struck (an accusation)."""

from __future__ import annotations

from coded_events import events_in, sides_of


def _s11x_accused(text: str) -> list[tuple[str, str | None]]:
    """(accuser, accused) of every ACCUSE coded from ``text``."""
    return [
        (e.actor1.code, e.actor2.code if e.actor2 else None)
        for e in events_in(text, "2024-03-14")
        if e.kind == "criticism_hostility" and (e.plover or "").upper() == "ACCUSE"
    ]


def test_a_condemned_attack_accuses_its_doer_not_the_side_it_struck() -> None:
    """ "Pakistan condemned the Pahalgam attack", "condemned the attack on the Azerbaijani
    embassy", "its condemnation of the coup attempt in Turkey": when the only side the
    condemned act's phrase names is where it happened or what it hit, the condemner sides
    with that side rather than accusing it; and a side named after the phrase's comma
    belongs to the next clause. An attack whose doer is named ("the Indian attack",
    "attacks by Indian troops") is still an accusation of the doer, and one on the
    condemner's own people or premises abroad is held against the host."""
    assert _s11x_accused("Islamabad condemned the Srinagar bombing on Monday.") == []
    assert _s11x_accused(
        "Tehran strongly condemned the shooting at the Azerbaijani embassy.") == []
    assert _s11x_accused(
        "Islamabad reiterated its firm condemnation of the failed coup attempt in Turkey.") == []
    assert ("IRN", "TUR") not in _s11x_accused(
        "Iran and Azerbaijan traded blame. After Iranian officials condemned yesterday's "
        "incident, the Turkish foreign ministry recalled its staff.")
    # the doer named, or the condemner's own struck abroad: accusations as before
    assert sides_of(events_in("Pakistan condemned the Indian attack on Monday.", "2024-03-14"),
                    "criticism_hostility") == ("PAK", "IND")
    assert ("AZE", "IRN") in _s11x_accused(
        "Azerbaijan condemned the attack on its embassy in Tehran.")
    assert ("MEX", "ECU") in _s11x_accused(
        "Mexico condemned the police raid on the embassy in Quito.")
