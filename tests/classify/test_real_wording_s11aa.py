"""Wording of real conflict news, a class at a time: force told with a weapon, craft or
unit as the subject, its side given only by an adjective ("Israeli jets hit targets in
Syria"), and captives released with no holder named."""

from __future__ import annotations

from coded_events import coded_in


def _s11aa_coded(text: str, date: str | None = "2024-03-14") -> list[tuple[str, str, str | None]]:
    return coded_in(text, date)


def test_s11aa_a_weapon_or_unit_that_hits_is_force_of_its_side() -> None:
    """ "Syrian warplanes hit rebel-held towns in Turkey", "a salvo of Iranian rockets that
    hit Israeli territory", "Chinese coast guard vessels hit a Philippine boat": the craft,
    weapon or unit that hits is its adjective's side's force on the target; troops "hit
    hard" or "hit by" something are what befell them, not a blow struck."""
    assert ("armed_clash", "SYR", "TUR") in _s11aa_coded(
        "Syrian warplanes hit two villages inside Turkey on Monday.")
    assert ("armed_clash", "IRN", "ISR") in _s11aa_coded(
        "Officials described a salvo of Iranian rockets which hit Israeli territory overnight.")
    assert ("armed_clash", "CHN", "PHL") in _s11aa_coded(
        "Two Chinese coast guard vessels hit a Philippine supply boat on Saturday.")
    assert not [k for k, *_ in _s11aa_coded(
        "Russian troops hit hard by the Ukrainian winter retreated on Monday.")
        if k == "armed_clash"]
