"""Wording of real diplomatic news, a class at a time: how news tells consultations
(talks, negotiations, meetings, calls) and visits in everyday English, written as general
families of words rather than as single sentences seen in the dev split."""

from __future__ import annotations

from coded_events import coded_in, events_in
from dyadscope.model import Event


def _events(text: str, date: str | None = "2024-03-14") -> list[Event]:
    return events_in(text, date)


def _coded(text: str, date: str | None = "2024-03-14") -> list[tuple[str, str, str | None]]:
    return coded_in(text, date)


def test_talks_told_by_their_start_or_by_being_in_them_are_negotiations() -> None:
    """ "began peace talks", "opened negotiations", "launched a dialogue"; "are in talks
    over the dam", "remain in negotiations": news tells talks by their opening or by the
    sides being in them, with no "held" and no "with" after the noun. Talks merely spoken
    of ("began talks of a strike" by no two sides) code nothing."""
    assert ("negotiation", "SRB", "XKX") in _coded(
        "Serbia and Kosovo opened negotiations in Brussels on Tuesday.")
    assert ("negotiation", "ISR", "EGY") in _coded(
        "Israel and Egypt started indirect talks in Cairo on Sunday.")
    assert ("negotiation", "SDN", "EGY") in _coded(
        "Sudan and Egypt are in talks over the water dispute.")
    assert ("negotiation", "PAK", "IMF") in _coded(
        "Pakistan and the IMF remain in negotiations over a new loan.")
    assert not [k for k, *_ in _coded("The union began talks of a strike on Monday.")
                if k == "negotiation"]


def test_things_named_before_their_sender_arrive_without_a_visitor() -> None:
    """ "Two planes loaded with relief aid from the Qatar Fund arrived at Port Sudan",
    "a batch of Turkish launchers landed in Kyiv": what arrives may be named before the
    side it comes from; aircraft, launchers or cargo arriving are no visit (relief that
    arrives is aid). A leader who arrives is still a visitor."""
    coded = _coded("Three aircraft carrying relief supplies from the Kuwait Fund arrived at "
                   "Beirut airport on Monday.")
    assert ("aid_project", "KWT", "LBN") in coded
    assert not [k for k, *_ in coded if k == "visit"]
    assert not [k for k, *_ in _coded("Two batteries of launchers from Germany arrived in "
                                      "Lithuania on Monday.") if k == "visit"]
    assert ("visit", "TUR", "AZE") in _coded(
        "The Turkish president arrived in Baku on Monday for talks.")


def test_a_ban_on_travel_is_no_trip() -> None:
    """ "the sanctions bar them from travelling to the U.S.", "were banned from visiting
    Taiwan": news of a travel ban names the trip that is forbidden; no one visits. The
    same verbs of travel without a ban are a visit."""
    assert not [k for k, *_ in _coded(
        "The measures apply to nine Iranian officials and bar them from travelling to Canada.")
        if k == "visit"]
    assert not [k for k, *_ in _coded(
        "Seven Russian lawmakers were prohibited from traveling to Latvia on Monday.")
        if k == "visit"]
    assert ("visit", "IRN", "CAN") in _coded(
        "The Iranian foreign minister travelled to Canada on Monday.")


def test_no_one_visits_a_place_of_his_own_country_or_a_foreign_embassy_at_home() -> None:
    """ "the Russian official said as he visited Kaliningrad", "the prime minister visited
    the Chinese Embassy to convey condolences": the place visited is the visitor's own
    country, or a foreign mission in it; no one travels to the other side, and the
    document's other side must not be filled in as a host. A foreign capital visited is a
    visit."""
    text = ("Estonia closed its border crossing to Russian trucks. The Russian interior "
            "minister said on Tuesday as he visited Pskov that Moscow would respond.")
    assert not [k for k, *_ in _coded(text) if k == "visit"]
    text = ("Turkey asked Iraq to protect its workers. On Tuesday, the Iraqi prime minister "
            "visited the Turkish Embassy in Baghdad to offer condolences.")
    assert not [k for k, *_ in _coded(text) if k == "visit"]
    text = ("Estonia closed its border crossing to Russian trucks. The Russian interior "
            "minister visited Tallinn on Tuesday.")
    assert ("visit", "RUS", "EST") in _coded(text)


def test_what_a_move_was_met_with_is_how_it_was_received() -> None:
    """ "the deal was met with criticism", "which was met with a counter-reaction", "has been
    met with strong opposition": the passive idiom tells how an act was received, not a
    meeting of the sides. An official who "met with" another still meets him."""
    for text in ("The Serbian-Kosovar accord was met with criticism in both countries.",
                 "The Chinese proposal has been met with strong opposition from Vietnam.",
                 "Kenya's decision was widely met with anger in Somalia."):
        assert not [k for k, *_ in _coded(text) if k == "meeting"], text
    assert ("meeting", "SRB", "XKX") in _coded(
        "The Serbian president met with the Kosovar prime minister in Brussels on Monday.")


def test_arrival_without_a_preposition_and_words_of_setting_out_are_visits() -> None:
    """ "is expected to arrive Addis Ababa", "reached Dhaka on Monday": much English news
    of Africa and Asia tells an arrival with the place as direct object; "jetted off to",
    "set off for", "a brief stopover in" tell the trip too. Aircraft that "scramble" or
    missiles that "reach" a country are no visitors."""
    assert ("visit", "KEN", "UGA") in _coded(
        "The Kenyan president arrived Kampala on Monday for talks.")
    assert ("visit", "IND", "BGD") in _coded(
        "The Indian foreign minister reached Dhaka on Monday.")
    assert ("visit", "FRA", "EGY") in _coded(
        "The French president jetted off to Cairo on Monday.")
    assert ("visit", "JPN", "ARE") in _coded(
        "The Japanese prime minister made a brief stopover in Abu Dhabi on Monday.")
    assert not [k for k, *_ in _coded(
        "A Syrian drone crossed into Jordan, prompting Jordanian jets to scramble.")
        if k == "visit"]
