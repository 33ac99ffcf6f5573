"""Wording of policy and history prose that the extractor codes: events told as nouns
and in lists, treaties and declarations with their dates, recognitions and ties set up
in background sentences. The sentences are written here, after classes of wording seen
in the real-text dev gold; none is copied from it."""

from __future__ import annotations

import pytest

from coded_events import events_in
from dyadscope.model import Event


def _events(text: str, date: str = "2024-05-01") -> list[Event]:
    return events_in(text, date)


def _coded(text: str, date: str = "2024-05-01") -> set[tuple[str, str, str | None]]:
    return {
        (e.kind, e.actor1.code, e.actor2.code if e.actor2 else None) for e in _events(text, date)
    }


@pytest.mark.parametrize(
    ("text", "side", "other"),
    [
        ("Ottawa has refused to recognise the military government in Niger.", "CAN", "NER"),
        (
            "Ties soured after the contested 2019 election in Bolivia, which Argentina "
            "declined to recognize.",
            "ARG",
            "BOL",
        ),
    ],
)
def test_refusing_to_recognise_is_non_recognition(text: str, side: str, other: str) -> None:
    """ "refused to recognise X" is non-recognition of X, not a rejection beside it."""
    coded = _coded(text)
    assert ("non_recognition", side, other) in coded
    assert not any(kind in ("reject", "recognition") for kind, _, _ in coded)


def test_normalising_ties_is_an_agreement() -> None:
    """ "normalized ties in 1994": the agreement that ended the rift, dated as told."""
    (event,) = [e for e in _events("Egypt and Jordan normalized ties in 1994 after years of "
                                   "hostility.") if e.actor2 is not None]
    assert (event.kind, event.actor1.code, event.actor2.code) == ("agreement_signed", "EGY", "JOR")
    assert event.date.start == "1994"


@pytest.mark.parametrize(
    ("text", "owner", "host", "year"),
    [
        ("The Japanese Embassy in Hanoi was opened in 1973.", "JPN", "VNM", "1973"),
        ("Norway's diplomatic mission in Kenya was established in 2001.", "NOR", "KEN", "2001"),
        ("The embassy of Brazil was inaugurated in Canberra in 1946.", "BRA", "AUS", "1946"),
    ],
)
def test_a_mission_opened_in_the_passive_is_its_owners(
    text: str, owner: str, host: str, year: str
) -> None:
    """ "The X Embassy in <capital> was opened": X opened it, in the host state."""
    (event,) = _events(text)
    assert event.kind == "other" and event.plover == "COOPERATE"
    assert (event.actor1.code, event.actor2 and event.actor2.code) == (owner, host)
    assert event.date.start == year


@pytest.mark.parametrize(
    "text",
    [
        "In 1979 Cairo and Jerusalem signed a treaty formally ending the state of war between "
        "Egypt and Israel.",
        "The ruling did not end the hostilities between Ghana and Togo.",
    ],
)
def test_a_state_of_war_that_is_ended_is_no_fighting(text: str) -> None:
    """ "a treaty ending the state of war between X and Y": what ended, not a clash told."""
    assert not any(e.kind == "armed_clash" for e in _events(text))


@pytest.mark.parametrize(
    "text",
    [
        "Qatar and Bahrain agreed to restore diplomatic relations and reopen their embassies.",
        "Egypt and Turkey agreed to resume their ties and reopen embassies within a month.",
    ],
)
def test_a_second_thing_agreed_is_no_act_of_its_own(text: str) -> None:
    """ "agreed to restore relations and reopen embassies": one agreement, the embassies
    reopened are part of it, not an act beside it."""
    events = _events(text)
    assert len(events) == 1
    assert events[0].kind in ("agreement_signed", "pledge")


def test_a_signing_that_lists_documents_signs_each() -> None:
    """ "signed a fisheries agreement, a civil aviation agreement and a cultural
    memorandum": three documents signed, one event each, all dated by the signing."""
    events = _events(
        "In 1995 Chile and Peru signed a fisheries agreement, a civil aviation agreement "
        "and a cultural memorandum."
    )
    assert [(e.kind, e.actor1.code, e.actor2 and e.actor2.code, e.date.start) for e in events] == [
        ("agreement_signed", "CHL", "PER", "1995")
    ] * 3


def test_a_listed_document_keeps_its_own_partner() -> None:
    """ "and a trade deal with Bolivia": the second document's other side is its own."""
    coded = _coded("Chile signed a fisheries agreement with Peru and a trade deal with Bolivia.")
    assert coded == {("agreement_signed", "CHL", "PER"), ("agreement_signed", "CHL", "BOL")}


def test_one_document_on_several_topics_is_one_signing() -> None:
    """ "an agreement on trade, investment and energy": one document."""
    events = _events("Chile and Peru signed an agreement on trade, investment and energy.")
    assert len(events) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Ties between Kenya and Somalia soured amid mutual accusations of meddling.",
        "The row between Kenya and Somalia deepened after accusations from both sides.",
    ],
)
def test_accusations_both_sides_make_told_as_a_noun(text: str) -> None:
    """ "mutual accusations", "accusations from both sides": a criticism between the two."""
    assert ("criticism_hostility", "KEN", "SOM") in _coded(text)


def test_a_state_after_a_place_that_acts_is_no_place() -> None:
    """ "opened in Kabul and Afghanistan established its mission in New Delhi": Afghanistan
    opens a clause of its own, it is not a second place of the "in" before it."""
    coded = _coded(
        "The Indian Embassy was opened in Kabul and Afghanistan established its mission "
        "in New Delhi."
    )
    assert coded == {("other", "IND", "AFG"), ("other", "AFG", "IND")}


def test_a_document_named_by_its_two_parties_is_their_agreement() -> None:
    """ "the Jordan-Syria water accord": an agreement the two concluded."""
    coded = _coded("Critics in Amman questioned the Jordan-Syria water accord.")
    assert ("agreement_signed", "JOR", "SYR") in coded


def test_the_british_spelling_of_dispatch_sends_as_dispatch_does() -> None:
    """ "despatched military aid to X": aid, as "dispatched" is."""
    assert ("aid_project", "GBR", "SDN") in _coded("Britain despatched military aid to Sudan.")
