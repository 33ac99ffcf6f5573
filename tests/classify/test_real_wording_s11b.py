"""Wording of real conflict news, a class at a time (each seen in several passages of the
real-text dev split, first studied in the batch of worldwide conflict news real20b)."""

from __future__ import annotations

from coded_events import coded_in


def _s11b_coded(text: str, date: str | None = "2024-03-14") -> list[tuple[str, str, str | None]]:
    return coded_in(text, date)


def test_a_charge_told_as_a_noun_of_its_side_is_that_sides_accusation() -> None:
    """ "over Tokyo's charges that its boats entered Chinese waters", "the Georgian
    allegations", "Russia's repeated accusations": the side that owns the charge accuses
    the other (ACCUSE), whatever the sentence then does with the charge. "Charges" are a
    charge only with "that" (criminal charges, port charges), and a side's "claims" are
    never one (a claim to land; "the minister claims that" is a verb)."""
    assert ("criticism_hostility", "ARM", "AZE") in _s11b_coded(
        "Armenia's accusations of ceasefire breaches angered Azerbaijan.")
    assert ("criticism_hostility", "GEO", "RUS") in _s11b_coded(
        "The Georgian allegations infuriated Moscow, officials said.")
    assert ("criticism_hostility", "JPN", "CHN") in _s11b_coded(
        "Tokyo's charges that Chinese boats entered Japanese waters drew an angry reply "
        "from Beijing.")
    assert not [c for c in _s11b_coded(
        "Chinese charges for port use rose sharply, Vietnam said.")
        if c[0] == "criticism_hostility"]
    assert not [c for c in _s11b_coded(
        "China's claims in the South China Sea overlap with those of Vietnam.")
        if c[0] == "criticism_hostility"]
