"""Wording of real sanction news, a class at a time (each seen in several passages of the
real-text dev split): diplomatic measures told in the host state's formal words."""

from __future__ import annotations

from coded_events import coded_in


def _s10sanction_coded(text: str) -> list[tuple[str, str, str | None]]:
    return coded_in(text, "2024-03-14")


def test_withdrawing_consent_for_a_mission_closes_it() -> None:
    """ "withdrew its consent for the operation of the consulate", "revoked permission to
    open a consulate": the host takes back its leave for the other's mission, i.e. closes
    it (SANCTION by the host against the mission's state); consent to an appointment is no
    mission closed."""
    assert ("sanction", "POL", "RUS") in _s10sanction_coded(
        "Warsaw withdrew its consent for the operation of the Russian consulate in Krakow.")
    assert ("sanction", "CHN", "USA") in _s10sanction_coded(
        "Beijing revoked permission for the United States to run a consulate in Wuhan.")
    assert not [k for k, *_ in _s10sanction_coded(
        "Moscow withdrew its consent to the appointment of the Polish ambassador.")
        if k == "sanction"]
