"""Wording of force and retreat news, written for an audit of the wording itself rather
than from single dev sentences (branch s15c): withdrawals told from the forces' own name,
shooting "at" someone, and releases."""

from __future__ import annotations

from coded_events import coded_in


def _s15c_kinds(text: str, kind: str) -> list[tuple[str, str, str | None]]:
    return [c for c in coded_in(text) if c[0] == kind]


def test_forces_leaving_the_other_sides_place_withdraw() -> None:
    """ "Russian troops left Kherson", "Armenian troops were pulled back from the border
    with Azerbaijan": a withdrawal told from the forces' own name ("Russian troops") is
    that state's; a city or region the gazetteer places in another state names that state
    as the other side, and forces "pulled back" or "withdrawn" in the passive are withdrawn
    by their own side. Setting out for somewhere ("left Paris for Mali") is no withdrawal,
    nor is leaving one's own city."""
    assert ("retreat", "RUS", "UKR") in coded_in("Russian troops left Kherson.")
    assert ("retreat", "FRA", "MLI") in coded_in("French troops left Mali on Monday.")
    assert ("retreat", "FRA", "MLI") in coded_in("French troops left Bamako on Monday.")
    assert ("retreat", "USA", "IRQ") in coded_in("American troops left Baghdad.")
    assert ("retreat", "ISR", "PSE") in coded_in("Israeli troops left Rafah on Tuesday.")
    assert ("retreat", "ARM", "AZE") in coded_in(
        "Armenian troops were pulled back from the border with Azerbaijan.")
    assert ("retreat", "ARM", "AZE") in coded_in(
        "Armenian troops were withdrawn from the border with Azerbaijan on Tuesday.")
    assert ("retreat", "RUS", "UKR") in coded_in("Russian forces have been withdrawn from Kherson.")
    assert not _s15c_kinds("French troops left Paris for Mali.", "retreat")
    assert not _s15c_kinds("Ukrainian troops left Kyiv for the front.", "retreat")
    assert not _s15c_kinds("Russian tourists left Antalya on Monday.", "retreat")
    assert not _s15c_kinds(
        "Vietnam said China's decision was illegal and demanded that the rig be withdrawn.",
        "retreat")
