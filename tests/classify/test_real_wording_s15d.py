"""Audit s15d, sentences written for the audit (not taken from gold): a state's stand
against another's act told by "oppose" is an accusation; commentators who speak for no
state (critics, analysts, activists, scholars) are no side of what they say."""

from __future__ import annotations

from coded_events import coded_in


def test_opposing_another_sides_act_is_an_accusation() -> None:
    """ "China firmly opposes the US arms sales to Taiwan", "resolutely opposed Japan's
    release of wastewater", "expressed strong opposition to Tokyo's plan": an objection to
    the other side's act (ACCUSE), as "objected to" is. Only an act owned by a side named
    right after "oppose" counts: "opposed the resolution" or "oppose any foreign investment"
    names no one's act."""
    positives = [
        ("China said it firmly opposed the US arms sale to Taiwan.", "CHN", "USA"),
        ("China resolutely opposed Japan's release of wastewater.", "CHN", "JPN"),
        ("India firmly opposed Pakistan's decision.", "IND", "PAK"),
        ("Beijing strongly opposed Washington's decision to send troops to the region.",
         "CHN", "USA"),
        ("Iran opposes Azerbaijan's plan to build a corridor.", "IRN", "AZE"),
        ("Turkey vehemently opposed Greece's move to extend its territorial waters.",
         "TUR", "GRC"),
        ("Pakistan strongly opposes India's revocation of Kashmir's special status.",
         "PAK", "IND"),
        ("Seoul expressed strong opposition to Japan's release of treated water.",
         "KOR", "JPN"),
        ("Russia voiced its opposition to Finland's accession last week.", "RUS", "FIN"),
        ("Armenia is opposed to Azerbaijan's blockade of the corridor.", "ARM", "AZE"),
        ("China is firmly opposed to the US decision to sell arms to Taiwan.", "CHN", "USA"),
        ("China firmly opposes the Philippine actions in the South China Sea.", "CHN", "PHL"),
        ("Tehran opposed Baku's military drills near the border.", "IRN", "AZE"),
    ]
    for text, one, two in positives:
        assert ("criticism_hostility", one, two) in coded_in(text), text
    for text in (
        "Separatists oppose any foreign investment in Pakistan.",
        "China opposed the resolution at the United Nations.",
        "China opposes all forms of terrorism.",
        "Armenia and Azerbaijan remain opposed on the border question.",
    ):
        assert not [k for k, *_ in coded_in(text) if k == "criticism_hostility"], text


def test_commentators_speak_for_no_state() -> None:
    """ "Critics urged Britain to sanction China", "Scholars have long criticised the treaty
    between Egypt and Israel": critics, analysts, activists, scholars, historians, experts,
    observers, rights groups and lawmakers of no named state are no side, and a state named
    in what they say (the one to be sanctioned, the treaty's parties) does not stand in for
    them; a demonym ("Iranian critics") does not make them a state's voice. A state that
    speaks, with commentators only reporting it, still acts."""
    for text in (
        "Critics urged Britain to sanction China.",
        "Activists urged France to impose sanctions on Iran.",
        "Scholars have long criticised the treaty between Egypt and Israel.",
        "Iranian critics urged Britain to sanction China.",
        "Pakistani analysts accused India of violating the treaty.",
        "Human rights groups called on Egypt to release Italian detainees.",
        "Historians have condemned the pact between Germany and the Soviet Union.",
        "Observers praised the agreement between Armenia and Azerbaijan.",
        "Lawmakers urged the US to sanction Turkey.",
        "Critics of Iran urged France to impose sanctions.",
    ):
        spoken = [k for k, *_ in coded_in(text)
                  if k in ("request", "criticism_hostility", "support_statement")]
        assert not spoken, text
    assert ("criticism_hostility", "IRN", "ISR") in coded_in(
        "Iran accused Israel of attacking its embassy, analysts said.")
    assert ("criticism_hostility", "RUS", "UKR") in coded_in(
        "Analysts said Russia had criticised Ukraine.")
    assert ("request", "EGY", "ETH") in coded_in(
        "Egypt urged Ethiopia to halt the filling of the dam.")
    assert ("protest", "PHL", "CHN") in coded_in(
        "Activists protested outside the Chinese embassy in Manila.")
