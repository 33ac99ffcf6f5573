"""Wording gaps checked one at a time (s11af): what a crowd burns of another state when
the state is named after the thing, not before it."""

from __future__ import annotations

from coded_events import coded_in


def _s11af_coded(text: str) -> list[tuple[str, str, str | None]]:
    return coded_in(text, "2024-03-14")


def test_s11af_symbol_of_a_state_burned_is_a_protest_against_it() -> None:
    """ "burned effigies of the Indian prime minister in Lahore", "an Egyptian effigy":
    effigies are, like flags, a state's symbols a crowd burns; the state may
    follow "of (the)" after the symbol. The people of the place protest against it."""
    assert ("protest", "PAK", "IND") in _s11af_coded(
        "Angry students burned effigies of the Indian prime minister in Karachi on Friday.")
    assert ("protest", "TUR", "GRC") in _s11af_coded(
        "Crowds in Istanbul torched effigies of the Greek premier.")
    assert ("protest", "PHL", "CHN") in _s11af_coded(
        "Protesters burned a Chinese effigy in Manila on Monday.")
    # a crowd burning its own leader's effigy protests no foreign state
    assert not any(k == "protest" for k, _, _ in _s11af_coded(
        "Protesters in Manila burned effigies of their own president over rising prices."))
