"""Wording of real bilateral news about material and institutional cooperation, a class at a
time (each seen in several passages of the real-text dev split): relations opened or
restored, told by the act's noun as well as by its verb."""

from __future__ import annotations

from coded_events import coded_in


def test_relations_established_told_by_the_noun_or_the_pairs_own_relations() -> None:
    """ "the re-establishment of diplomatic relations between A and B in 2022", "the two
    countries resumed their bilateral relations", "A and B exchanged ambassadors": the act
    that opens relations (other, COOPERATE), as "established diplomatic relations" is; an
    anniversary of that act, or a step towards it, is no act of the day told."""
    assert ("other", "CHL", "PER") in coded_in(
        "Trade grew quickly after the establishment of diplomatic relations between Chile "
        "and Peru in 1993.")
    assert ("other", "EGY", "QAT") in coded_in(
        "Egypt and Qatar resumed their diplomatic relations in January 2021.")
    assert ("other", "ECU", "BOL") in coded_in(
        "Ecuador and Bolivia exchanged ambassadors last spring.")
    assert not [k for k, *_ in coded_in(
        "Chile and Peru are marking the 30th anniversary of the establishment of "
        "diplomatic relations.") if k == "other"]
    assert not [k for k, *_ in coded_in(
        "The visit is seen as a step towards the restoration of relations between Chile "
        "and Peru.") if k == "other"]


def test_a_weapon_told_with_whom_it_was_built_for_or_went_to_is_a_supply() -> None:
    """ "the frigate built for the Egyptian Navy by Italy", "the navy inducted two
    Korean-built submarines", "Israeli drones entered service with the Moroccan army", "the
    sale to Oman of fighter jets": a weapon made for, taken into service by or sold to the
    other side is the supplier's arms transfer (COOPERATE), told by the weapon rather than
    by a verb of selling; a weapon a state builds for its own navy is none."""
    assert ("arms_transfer", "ITA", "EGY") in coded_in(
        "Sisi attended the launching ceremony of the second frigate built for Egypt by Italy.")
    assert ("arms_transfer", "KOR", "IDN") in coded_in(
        "Last year the Indonesian navy inducted two South Korean submarines.")
    assert ("arms_transfer", "ISR", "MAR") in coded_in(
        "Israeli drones have entered service with Morocco's air force, the ministry said.")
    assert not [k for k, *_ in coded_in(
        "Italy launched a frigate built for its own navy at the Genoa shipyard.")
        if k == "arms_transfer"]
