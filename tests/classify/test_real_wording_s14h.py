"""Audit of sanction and protest wording, a class at a time (sentences written for the audit,
not taken from gold): who imposes a sanction told by its adjective, recalls told with
everyday verbs, demarches and countermeasures, everyday measures, and near-misses."""

from __future__ import annotations

from coded_events import coded_in


def test_s14h_sanctions_named_by_their_imposers_adjective() -> None:
    """ "Iran was hit with new US sanctions", "Belarus faces new EU sanctions", "was
    subjected to French sanctions": the side that suffers them is the subject, the demonym
    (or "US"/"EU") before "sanctions" is who imposes them; a sanction that only may come
    ("could face", "may face") codes nothing."""
    assert ("sanction", "USA", "IRN") in coded_in(
        "Iran was hit with new US sanctions on Tuesday.")
    assert ("sanction", "EU", "RUS") in coded_in(
        "Russian banks were hit by EU sanctions last week.")
    assert ("sanction", "JPN", "PRK") in coded_in(
        "North Korea was slapped with fresh Japanese sanctions.")
    assert ("sanction", "EU", "BLR") in coded_in("Belarus faces new EU sanctions.")
    assert ("sanction", "AUS", "RUS") in coded_in(
        "Russia was hit with new Australian sanctions.")
    assert ("sanction", "CAN", "MMR") in coded_in(
        "Myanmar's generals were hit with Canadian sanctions on Monday.")
    assert coded_in("Venezuela has been targeted by American sanctions.") == [
        ("sanction", "USA", "VEN")]
    assert not coded_in("Iran could face new US sanctions if it enriches further.")
    assert not coded_in("Analysts said Belarus may face EU sanctions.")
    assert not coded_in("Russia fears new EU sanctions.")


def test_s14h_recall_told_with_everyday_verbs() -> None:
    """ "called home its ambassador", "brought its envoy home", "pulled its diplomats out of
    Tehran": a recall of the state's own envoy, a sanction against the host (not a retreat of
    forces); troops pulled out stay a retreat, and people brought home are no envoy."""
    assert ("sanction", "COL", "VEN") in coded_in(
        "Colombia called home its ambassador to Venezuela on Tuesday.")
    assert ("sanction", "ISR", "TUR") in coded_in(
        "Israel brought home its ambassador from Turkey.")
    assert coded_in("France pulled its ambassador out of Mali last week.") == [
        ("sanction", "FRA", "MLI")]
    assert ("sanction", "DZA", "ESP") in coded_in(
        "Algeria called its ambassador home from Spain.")
    assert ("sanction", "SWE", "IRN") in coded_in("Sweden pulled its diplomats out of Iran.")
    assert ("sanction", "MAR", "DEU") in coded_in(
        "Morocco has called home its envoy to Germany.")
    assert coded_in("France pulled its troops out of Mali.") == [("retreat", "FRA", "MLI")]
    assert not coded_in("Israel brought home hostages from Gaza.")
    assert not coded_in("The ambassador called home to speak to his family.")


def test_s14h_demarche_handed_and_countermeasures_against() -> None:
    """ "issued a demarche to Moscow", "delivered a démarche to Beijing": a formal protest
    to that side (ACCUSE); "announced countermeasures against", "imposed countermeasures on":
    a sanction against that side. Countermeasures only discussed code nothing."""
    assert ("criticism_hostility", "LTU", "RUS") in coded_in(
        "Lithuania issued a demarche to Russia on Tuesday.")
    assert ("criticism_hostility", "JPN", "CHN") in coded_in(
        "Japan delivered a demarche to China.")
    assert ("sanction", "CHN", "USA") in coded_in(
        "China announced countermeasures against the United States.")
    assert ("sanction", "CHN", "LTU") in coded_in(
        "Beijing imposed countermeasures on Lithuania last week.")
    assert ("sanction", "RUS", "JPN") in coded_in(
        "Russia announced countermeasures against Japan on Monday.")
    assert ("sanction", "CHN", "USA") in coded_in(
        "Beijing slapped countermeasures on Washington.")
    assert not coded_in("The EU discussed countermeasures.")


def test_s14h_measures_told_with_everyday_verbs() -> None:
    """ "blocked exports of gallium to the United States", "banned Chinese apps", "ended its
    military cooperation with France": measures against the other side (SANCTION); a ban or
    an end with no other side in it codes nothing."""
    assert ("sanction", "CHN", "USA") in coded_in(
        "China blocked exports of gallium to the United States.")
    assert ("sanction", "CHN", "AUS") in coded_in("China blocked imports of Australian wine.")
    assert ("sanction", "IND", "CHN") in coded_in("India banned Chinese apps on Monday.")
    assert ("sanction", "USA", "CHN") in coded_in("The US banned Chinese telecom equipment.")
    assert ("sanction", "UKR", "RUS") in coded_in("Ukraine banned Russian books.")
    assert ("sanction", "RUS", "NOR") in coded_in(
        "Russia ended its military cooperation with Norway.")
    assert ("sanction", "NER", "FRA") in coded_in(
        "Niger ended its military cooperation with France last week.")
    assert ("sanction", "MLI", "FRA") in coded_in(
        "Mali ended its defence agreement with France.")
    assert not coded_in("China ended its lockdown.")
    assert not coded_in("India banned plastic bags.")
    assert not coded_in("The two sides ended talks with a joint statement.")
