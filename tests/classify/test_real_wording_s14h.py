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


def test_s14h_recall_told_with_everyday_verbs() -> None:
    """ "called home its ambassador", "brought its envoy home", "pulled its diplomats out of
    Tehran": a recall of the state's own envoy, a sanction against the host (not a retreat of
    forces); troops pulled out stay a retreat, and people brought home are no envoy."""
    assert ("sanction", "COL", "VEN") in _s14h_coded(
        "Colombia called home its ambassador to Venezuela on Tuesday.")
    assert ("sanction", "ISR", "TUR") in _s14h_coded(
        "Israel brought home its ambassador from Turkey.")
    assert _s14h_coded("France pulled its ambassador out of Mali last week.") == [
        ("sanction", "FRA", "MLI")]
    assert ("sanction", "DZA", "ESP") in _s14h_coded(
        "Algeria called its ambassador home from Spain.")
    assert ("sanction", "SWE", "IRN") in _s14h_coded("Sweden pulled its diplomats out of Iran.")
    assert ("sanction", "MAR", "DEU") in _s14h_coded(
        "Morocco has called home its envoy to Germany.")
    assert _s14h_coded("France pulled its troops out of Mali.") == [("retreat", "FRA", "MLI")]
    assert not _s14h_coded("Israel brought home hostages from Gaza.")
    assert not _s14h_coded("The ambassador called home to speak to his family.")


def test_s14h_demarche_handed_and_countermeasures_against() -> None:
    """ "issued a demarche to Moscow", "delivered a démarche to Beijing": a formal protest
    to that side (ACCUSE); "announced countermeasures against", "imposed countermeasures on":
    a sanction against that side. Countermeasures only discussed code nothing."""
    assert ("criticism_hostility", "LTU", "RUS") in _s14h_coded(
        "Lithuania issued a demarche to Russia on Tuesday.")
    assert ("criticism_hostility", "JPN", "CHN") in _s14h_coded(
        "Japan delivered a demarche to China.")
    assert ("sanction", "CHN", "USA") in _s14h_coded(
        "China announced countermeasures against the United States.")
    assert ("sanction", "CHN", "LTU") in _s14h_coded(
        "Beijing imposed countermeasures on Lithuania last week.")
    assert ("sanction", "RUS", "JPN") in _s14h_coded(
        "Russia announced countermeasures against Japan on Monday.")
    assert ("sanction", "CHN", "USA") in _s14h_coded(
        "Beijing slapped countermeasures on Washington.")
    assert not _s14h_coded("The EU discussed countermeasures.")


def test_s14h_measures_told_with_everyday_verbs() -> None:
    """ "blocked exports of gallium to the United States", "banned Chinese apps", "ended its
    military cooperation with France": measures against the other side (SANCTION); a ban or
    an end with no other side in it codes nothing."""
    assert ("sanction", "CHN", "USA") in _s14h_coded(
        "China blocked exports of gallium to the United States.")
    assert ("sanction", "CHN", "AUS") in _s14h_coded("China blocked imports of Australian wine.")
    assert ("sanction", "IND", "CHN") in _s14h_coded("India banned Chinese apps on Monday.")
    assert ("sanction", "USA", "CHN") in _s14h_coded("The US banned Chinese telecom equipment.")
    assert ("sanction", "UKR", "RUS") in _s14h_coded("Ukraine banned Russian books.")
    assert ("sanction", "RUS", "NOR") in _s14h_coded(
        "Russia ended its military cooperation with Norway.")
    assert ("sanction", "NER", "FRA") in _s14h_coded(
        "Niger ended its military cooperation with France last week.")
    assert ("sanction", "MLI", "FRA") in _s14h_coded(
        "Mali ended its defence agreement with France.")
    assert not _s14h_coded("China ended its lockdown.")
    assert not _s14h_coded("India banned plastic bags.")
    assert not _s14h_coded("The two sides ended talks with a joint statement.")
