"""Wording of real news, a class at a time (each seen in several passages of the real-text
dev split): acts whose sides are told only by a reference to the passage's pair ("the two
leaders signed", "both sides agreed"), and which two parties that reference stands for."""

from __future__ import annotations

from coded_events import events_in, sides_of


def test_the_eu_is_one_side_of_a_documents_pair() -> None:
    """The European Union keeps its members' trade and much of their foreign relations in
    its hands: a report on the EU and Georgia is about those two, and "the two leaders
    signed" there is an act of the EU and Georgia, not of Georgia and the city where they
    met. Another organisation only named (a host, a venue) does not displace the two
    states a report is about."""
    events = events_in(
        "European Commission President Ursula von der Leyen met Georgian Prime Minister "
        "Irakli Kobakhidze in Brussels on Monday to discuss the EU and Georgia's ties. The "
        "two leaders signed a memorandum on energy cooperation.", "2024-03-14")
    assert sorted(sides_of(events, "agreement_signed")) == ["EU", "GEO"]
    hosted = events_in(
        "Armenian Prime Minister Nikol Pashinyan met Azerbaijani President Ilham Aliyev in "
        "Brussels on Monday at a meeting hosted by the EU. Armenia and Azerbaijan have been "
        "at odds for decades. The two countries agreed to resume border talks.", "2024-03-14")
    assert sorted(sides_of(hosted, "pledge")) == ["ARM", "AZE"]


def test_talks_the_pair_held_after_their_meeting_are_an_act_of_their_own() -> None:
    """ "X met Y on Tuesday ... The two presidents held talks on trade": the talks the pair,
    told by a reference to it, held after the meeting or visit told before are counted
    beside that meeting (a meeting and the talks at it are two records for analysts).
    Talks told again as talks stay one act, and so do talks told in the meeting's own
    sentence."""
    kinds = [e.kind for e in events_in(
        "Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in Arusha "
        "on Tuesday. The two presidents then held talks on cross-border trade.", "2024-03-14")]
    assert sorted(kinds) == ["meeting", "negotiation"]
    again = [e.kind for e in events_in(
        "Kenya and Tanzania held talks in Arusha on Tuesday. The two sides held talks on "
        "cross-border trade and fishing rights.", "2024-03-14")]
    assert again == ["negotiation"]
    one_sentence = [e.kind for e in events_in(
        "Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in Arusha "
        "on Tuesday and held talks on cross-border trade.", "2024-03-14")]
    assert one_sentence == ["meeting"]
