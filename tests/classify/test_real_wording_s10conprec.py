"""Precision on real conflict news, a class at a time (each seen in several passages of
the real-text dev split): acts told in words that also name another act, so that the
wrong kind or a false event was coded."""

from __future__ import annotations

from coded_events import coded_in


def _s10conprec_coded(
    text: str, date: str | None = "2024-03-14"
) -> list[tuple[str, str, str | None]]:
    return coded_in(text, date)


def test_regret_over_a_mishap_is_an_apology_not_a_complaint() -> None:
    """ "expressed regret after its soldiers shot", "voiced his regret to the other's leader",
    "expressed regret over the incident / for the deaths of": the side that voices regret for a
    mishap or a loss of life apologises (CONCEDE); regret over the other side's decision is
    still a complaint (ACCUSE)."""
    coded = _s10conprec_coded(
        "Pyongyang expressed regret on Tuesday after its border guards killed a South Korean "
        "fisherman.")
    assert ("concede", "PRK", "KOR") in coded
    assert ("criticism_hostility", "PRK", "KOR") not in coded
    coded = _s10conprec_coded(
        "The Indian prime minister voiced his regret to the Nepalese prime minister over the raid.")
    assert ("concede", "IND", "NPL") in coded
    assert ("criticism_hostility", "IND", "NPL") not in coded
    assert ("concede", "GRC", "TUR") in _s10conprec_coded(
        "Greece expressed regret for the deaths of two Turkish fishermen in the collision.")
    # near miss: regret over the other side's measure is criticism
    coded = _s10conprec_coded(
        "Japan expressed regret over South Korea's decision to cancel the talks.")
    assert ("criticism_hostility", "JPN", "KOR") in coded
    assert ("concede", "JPN", "KOR") not in coded
