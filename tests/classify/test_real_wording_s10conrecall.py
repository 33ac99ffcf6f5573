"""Wording of real conflict news, a class at a time: acts of force, coercion and
sanction told in the everyday words of news reports (recall in the conflict batches)."""

from __future__ import annotations

from coded_events import coded_in


def _s10conrecall_coded(text: str) -> list[tuple[str, str, str | None]]:
    return coded_in(text, "2024-03-14")


def test_relations_ended_or_ruptured_are_a_break_in_ties() -> None:
    """ "ended diplomatic ties with X", "terminated relations", "a rupture of diplomatic
    relations", "the end of diplomatic relations": relations brought to an end are a
    diplomatic sanction by the side that ends them, like "severed" or "broke off"; talks
    that ended, or ties merely mentioned, are none."""
    assert ("sanction", "PER", "BOL") in _s10conrecall_coded(
        "Peru ended diplomatic ties with Bolivia on Tuesday after a row over the border.")
    assert ("sanction", "PER", "BOL") in _s10conrecall_coded(
        "Lima terminated its diplomatic relations with Bolivia on Tuesday.")
    assert ("sanction", "PER", "BOL") in _s10conrecall_coded(
        "Peru announced a rupture of diplomatic relations with Bolivia on Tuesday.")
    assert not [k for k, *_ in _s10conrecall_coded(
        "The talks between Peru and Bolivia ended on Tuesday with a statement on their ties.")
        if k == "sanction"]


def test_diplomatic_staff_withdrawn_is_a_recall() -> None:
    """ "withdrew its diplomatic staff from X", "the recall of its embassy staff in X": an
    embassy's people pulled out is a diplomatic sanction like an envoy recalled (GUIDELINES:
    sanction "recalls an envoy"); staff merely named, or troops withdrawn, are none."""
    assert ("sanction", "NOR", "BLR") in _s10conrecall_coded(
        "Norway withdrew its diplomatic staff from Belarus on Tuesday after the incident.")
    assert ("sanction", "NOR", "BLR") in _s10conrecall_coded(
        "Oslo announced the recall of its embassy staff in Belarus on Tuesday.")
    assert not [k for k, *_ in _s10conrecall_coded(
        "Norway praised the diplomatic staff of Belarus for their help on Tuesday.")
        if k == "sanction"]


def test_doer_named_after_a_patient_nouns_of_phrase() -> None:
    """ "the arrest of three Indian fishermen by Bangladesh", "the seizure of two tankers by
    Iran": after a noun whose "of" names who undergoes the act, "by" further on names who
    does it, even when the "of" phrase is longer than the usual few words; a "by" past the
    end of that phrase ("..., said by officials") names no doer."""
    assert ("coerce", "BGD", "IND") in _s10conrecall_coded(
        "India protested the arrest of three Indian fishermen by Bangladesh on Monday.")
    assert ("coerce", "IRN", "GBR") in _s10conrecall_coded(
        "London condemned the seizure of two British oil tankers by Iran last week.")
    assert ("coerce", "IND", "BGD") not in _s10conrecall_coded(
        "India protested the arrest of three Indian fishermen by Bangladesh on Monday.")
