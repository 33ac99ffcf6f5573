"""Wording of real conflict news, a class at a time (each seen in several passages of the
real-text dev split): coercion, retreat, mobilisation and their near neighbours. Every
sentence here is written for the test, not copied from a gold passage."""

from __future__ import annotations

from coded_events import coded_in


def _coerce_kinds(text: str, date: str = "2024-03-14") -> list[tuple[str, str, str | None]]:
    return coded_in(text, date)


def test_expelling_a_states_officials_or_envoys_named_before_is_a_sanction() -> None:
    """ "expelled a Ghanaian official", "expelling an employee of the Latvian embassy",
    "accused two of Chile's consuls of spying and expelled them": a state's officials
    and embassy staff sent away are expelled envoys (SANCTION), as a named diplomat is;
    people sent away are deported (COERCE) only when they are no envoys."""
    assert ("sanction", "NGA", "GHA") in _coerce_kinds(
        "On Monday Nigeria expelled a Ghanaian official for alleged espionage.")
    assert ("sanction", "BLR", "LVA") in _coerce_kinds(
        "Belarus said on Monday it was expelling an employee of the Latvian embassy in Minsk.")
    assert ("sanction", "PER", "CHL") in _coerce_kinds(
        "Peru last week accused two of Chile's consuls of spying and expelled them.")
    kinds = [k for k, *_ in _coerce_kinds(
        "Thai police arrested forty Cambodian migrants on Monday and expelled them.")]
    assert "sanction" not in kinds
