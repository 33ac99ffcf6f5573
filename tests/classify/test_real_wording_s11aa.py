"""Wording of real conflict news, a class at a time: force told with a weapon, craft or
unit as the subject, its side given only by an adjective ("Israeli jets hit targets in
Syria"), and captives released with no holder named."""

from __future__ import annotations

from coded_events import coded_in


def test_s11aa_a_weapon_or_unit_that_hits_is_force_of_its_side() -> None:
    """ "Syrian warplanes hit rebel-held towns in Turkey", "a salvo of Iranian rockets that
    hit Israeli territory", "Chinese coast guard vessels hit a Philippine boat": the craft,
    weapon or unit that hits is its adjective's side's force on the target; troops "hit
    hard" or "hit by" something are what befell them, not a blow struck."""
    assert ("armed_clash", "SYR", "TUR") in coded_in(
        "Syrian warplanes hit two villages inside Turkey on Monday.")
    assert ("armed_clash", "IRN", "ISR") in coded_in(
        "Officials described a salvo of Iranian rockets which hit Israeli territory overnight.")
    assert ("armed_clash", "CHN", "PHL") in coded_in(
        "Two Chinese coast guard vessels hit a Philippine supply boat on Saturday.")
    assert not [k for k, *_ in coded_in(
        "Russian troops hit hard by the Ukrainian winter retreated on Monday.")
        if k == "armed_clash"]


def test_s11aa_captives_released_with_no_holder_named_were_held_by_the_other_side() -> None:
    """ "The Cambodian soldiers have finally been freed", "the Armenian fishermen will be
    released on Friday": people of one side released in the passive with no holder named
    were held by the story's other side, which lets them go; "released by X" keeps X as
    the holder, and a report or document released frees no one."""
    assert ("retreat", "AZE", "ARM") in coded_in(
        "Armenia and Azerbaijan traded fire last spring. The Armenian soldiers were "
        "released on Tuesday.")
    assert ("retreat", "THA", "KHM") in coded_in(
        "Thai troops seized a dozen Cambodian soldiers in July. The Cambodian soldiers have "
        "finally been freed, Phnom Penh said.")
    assert ("retreat", "PAK", "IND") in coded_in(
        "Pakistan and India exchanged threats. The Indian fishermen will be released on Friday.")
    assert ("retreat", "AZE", "ARM") in coded_in(
        "Two Armenian servicemen were released by Azerbaijan on Tuesday.")
    assert not [k for k, *_ in coded_in(
        "Beijing and Manila quarrelled again. The Philippine report was released on Tuesday.")
        if k == "retreat"]


def test_s11aa_people_killed_in_a_quarter_of_a_state_are_that_states() -> None:
    """ "Turkish drones killed three people in northern Iraq", "Pakistani jets killed five
    people in eastern Afghanistan": people named without a state are those of the place
    they were in, whether the sentence names the state or a quarter of it (before, only
    "in Iraq" counted and "in northern Iraq" made them the attacker's own people, so no
    event); a state's force on people in its own quarter is still no dyad."""
    assert ("armed_clash", "TUR", "IRQ") in coded_in(
        "Turkish drones killed four people in northern Iraq on Sunday.")
    assert ("armed_clash", "PAK", "AFG") in coded_in(
        "Pakistani jets killed five people in eastern Afghanistan overnight.")
    assert not coded_in("Iraqi troops killed three militants in northern Iraq on Sunday.")


def test_s11aa_force_blamed_on_or_attributed_to_a_side_is_that_sides() -> None:
    """ "a drone attack blamed on Turkey", "an airstrike widely attributed to Israel": the
    side a blow is laid to struck, the target the other side (before, "Iraq condemned a
    drone attack blamed on Turkey" made Iraq the attacker, and "denounced a raid
    attributed to Israel" coded no force); blame for words is no force."""
    coded = coded_in("Baghdad denounced a drone attack blamed on Turkey.")
    assert ("armed_clash", "TUR", "IRQ") in coded
    assert ("armed_clash", "IRQ", "TUR") not in coded
    assert ("armed_clash", "ISR", "SYR") in coded_in(
        "Damascus condemned an air raid widely attributed to Israel.")
    assert not [k for k, *_ in coded_in(
        "Algeria recalled its envoy over remarks attributed to France's president.")
        if k == "armed_clash"]
