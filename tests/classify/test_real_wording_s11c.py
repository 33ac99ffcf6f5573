"""Wording of real bilateral news, a class at a time (each seen in several passages of the
real-text dev split where nothing was coded for the pair): commitments stated as such,
and the visits that hosting tells."""

from __future__ import annotations

from coded_events import events_in
from dyadscope.model import Event


def _s11c_events(text: str, date: str | None = "2024-03-14") -> list[Event]:
    return events_in(text, date)


def _s11c_kinds(text: str) -> list[tuple[str, str, str | None]]:
    return [(e.kind, e.actor1.code, e.actor2.code if e.actor2 else None)
            for e in _s11c_events(text)]


def test_a_commitment_affirmed_announced_or_made_is_a_pledge() -> None:
    """ "affirmed their commitment to expand trade", "announced their joint commitment to",
    "made a commitment to sign": a commitment stated as such is a promise (AGREE), as
    "pledged to" and "reaffirmed their commitment to" already are; a commitment to a
    value with no act to do ("its commitment to democracy") is none."""
    assert ("pledge", "GHA", "CIV") in _s11c_kinds(
        "Ghana and Ivory Coast have affirmed their commitment to open two new border posts.")
    assert ("pledge", "NOR", "SWE") in _s11c_kinds(
        "Norway and Sweden on Tuesday announced their joint commitment to link their power "
        "grids.")
    assert ("pledge", "CHL", "PER") in _s11c_kinds(
        "Chilean and Peruvian negotiators made a firm commitment to sign a fisheries accord.")
    assert not [k for k, *_ in _s11c_kinds(
        "Uruguay expressed its commitment to democracy.") if k == "pledge"]


def test_a_meeting_told_with_would_and_no_condition_is_scheduled() -> None:
    """ "during his stay in Islamabad, the president would hold talks with the prime
    minister", "the two sides would also discuss the railway": a meeting, talks or a visit
    told with a bare "would" in news is its schedule (planned), as "will" is; with a
    condition ("if", "unless") or a wish ("hoped ... would") it is no event."""
    events = _s11c_events(
        "During his stay in Nairobi, the Tanzanian president would hold talks with the "
        "Kenyan president on the border dispute.")
    talks = [e for e in events if e.kind == "negotiation"]
    assert talks and talks[0].status == "planned"
    assert {talks[0].actor1.code, talks[0].actor2.code} == {"TZA", "KEN"}
    assert not [e for e in _s11c_events(
        "The Tanzanian president would hold talks with the Kenyan president if the border "
        "dispute were settled.") if e.kind == "negotiation"]


def test_formalising_an_agreement_concludes_it() -> None:
    """ "formalised a land boundary agreement", "formalized the maritime accord": to
    formalise a deal is to conclude it, as sealing, clinching or finalising it is; a draft
    talked about ("discussed formal talks on an agreement") is none."""
    assert ("agreement_signed", "SEN", "MRT") in _s11c_kinds(
        "Senegal and Mauritania on Monday formalised a gas-sharing agreement in Dakar.")
    assert ("agreement_signed", "ECU", "COL") in _s11c_kinds(
        "Ecuador and Colombia formalized a new border trade accord on Friday.")
    assert not [k for k, *_ in _s11c_kinds(
        "Ecuador and Colombia discussed the formal status of their old border accord.")
        if k == "agreement_signed"]


def test_a_trip_or_tour_in_a_country_is_a_visit_there() -> None:
    """ "began a working trip in Mexico", "a three-day tour across Vietnam": a trip told by
    where it is under way, as "a trip to Mexico" is told by where it goes (visitor -> host);
    a trip of the country's own leader at home is none."""
    assert ("visit", "FRA", "MAR") in _s11c_kinds(
        "The French foreign minister began a working trip in Morocco on Monday.")
    assert ("visit", "JPN", "VNM") in _s11c_kinds(
        "Japan's prime minister is on a three-day tour across Vietnam.")
    assert not [k for k, *_ in _s11c_kinds(
        "The Moroccan king began a working trip in Morocco's south on Monday.")
        if k == "visit"]
