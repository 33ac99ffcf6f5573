"""Everyday news wording of an agreement concluded (s13e): the verbs and nouns for
striking, renewing, brokering and sealing a deal, written as a vocabulary family rather
than as single dev sentences."""

from __future__ import annotations

from coded_events import coded_in


def _s13e_kinds(text: str) -> set[tuple[str, str, str | None]]:
    return set(coded_in(text, "2024-03-14"))


def test_s13e_concluded_agreement_vocabulary() -> None:
    """A deal renewed, extended, hammered out, brokered by its own parties, sealed with a
    long modifier chain, told in a reduced relative ("the pact, clinched in X") or as a
    noun ("the renewal of the accord", "the sealing of six deals") is an agreement
    concluded (AGREE 057); a deal that fell through, or one only close, is not."""
    assert ("agreement_signed", "DEU", "FRA") in _s13e_kinds(
        "Germany and France renewed their defence agreement on Monday.")
    assert ("agreement_signed", "KOR", "USA") in _s13e_kinds(
        "South Korea and the United States extended their cost-sharing agreement on Monday.")
    assert ("agreement_signed", "USA", "MEX") in _s13e_kinds(
        "The United States and Mexico hammered out a deal on migration on Friday.")
    assert ("agreement_signed", "CHL", "ARG") in _s13e_kinds(
        "Chile and Argentina put pen to paper on a gas deal on Monday.")
    assert ("agreement_signed", "KEN", "ETH") in _s13e_kinds(
        "Kenya and Ethiopia have brokered a deal to share a railway line, officials said "
        "on Monday.")
    assert ("agreement_signed", "JPN", "PHL") in _s13e_kinds(
        "Japan and the Philippines on Tuesday finalised the long-awaited UN-backed reciprocal "
        "troop access agreement.")
    assert ("agreement_signed", "VNM", "KOR") in _s13e_kinds(
        "Vietnam and South Korea watched the renewal of the 2009 fisheries accord on Monday.")
    coded = _s13e_kinds("The deal between Russia and Ukraine fell through on Monday.")
    assert not [k for k, *_ in coded if k == "agreement_signed"]
    coded = _s13e_kinds("China and the United States are close to a trade deal.")
    assert not [k for k, *_ in coded if k == "agreement_signed"]
    coded = _s13e_kinds("At the conclusion of the session, a joint declaration is expected, "
                        "Kenya and Uganda said on Monday.")
    assert ("agreement_signed", "KEN", "UGA") not in coded


def test_s13e_meeting_the_visiting_guest_is_the_guest_s_visit() -> None:
    """ "met visiting South Korean President Yoon", "greeted the visiting Ghanaian
    minister": the word "visiting" tells the guest's visit to the host (guest actor1),
    which is an act of its own beside the meeting, not only whom the host met; a host
    who "visited" somewhere himself is not turned around."""
    coded = _s13e_kinds("Modi met visiting Australian Prime Minister Anthony Albanese in "
                        "New Delhi on Monday.")
    assert ("visit", "AUS", "IND") in coded
    assert ("meeting", "IND", "AUS") in coded
    assert ("visit", "IND", "AUS") not in coded
    coded = _s13e_kinds("The Nigerian president welcomed visiting Ghanaian Foreign Minister "
                        "Samuel Ablakwa in Abuja on Tuesday.")
    assert ("visit", "GHA", "NGA") in coded
    coded = _s13e_kinds("Modi is visiting Moscow on Monday.")
    assert ("visit", "IND", "RUS") in coded
    assert ("visit", "RUS", "IND") not in coded
