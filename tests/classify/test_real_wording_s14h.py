"""Audit of sanction and protest wording, a class at a time (sentences written for the audit,
not taken from gold): who imposes a sanction told by its adjective, recalls told with
everyday verbs, demarches and countermeasures, everyday measures, and near-misses."""

from __future__ import annotations

from coded_events import coded_in


def _s14h_coded(text: str) -> list[tuple[str, str, str | None]]:
    return coded_in(text, "2024-03-14")


def test_s14h_sanctions_named_by_their_imposers_adjective() -> None:
    """ "Iran was hit with new US sanctions", "Belarus faces new EU sanctions", "was
    subjected to French sanctions": the side that suffers them is the subject, the demonym
    (or "US"/"EU") before "sanctions" is who imposes them; a sanction that only may come
    ("could face", "may face") codes nothing."""
    assert ("sanction", "USA", "IRN") in _s14h_coded(
        "Iran was hit with new US sanctions on Tuesday.")
    assert ("sanction", "EU", "RUS") in _s14h_coded(
        "Russian banks were hit by EU sanctions last week.")
    assert ("sanction", "JPN", "PRK") in _s14h_coded(
        "North Korea was slapped with fresh Japanese sanctions.")
    assert ("sanction", "EU", "BLR") in _s14h_coded("Belarus faces new EU sanctions.")
    assert ("sanction", "AUS", "RUS") in _s14h_coded(
        "Russia was hit with new Australian sanctions.")
    assert ("sanction", "CAN", "MMR") in _s14h_coded(
        "Myanmar's generals were hit with Canadian sanctions on Monday.")
    assert _s14h_coded("Venezuela has been targeted by American sanctions.") == [
        ("sanction", "USA", "VEN")]
    assert not _s14h_coded("Iran could face new US sanctions if it enriches further.")
    assert not _s14h_coded("Analysts said Belarus may face EU sanctions.")
    assert not _s14h_coded("Russia fears new EU sanctions.")
