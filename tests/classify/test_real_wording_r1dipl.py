"""Wording of real diplomatic-contact news, a class at a time (each seen in several passages
of the real-text dev split): meetings, visits and talks between states, and what only looks
like one."""

from __future__ import annotations

from coded_events import coded_in


def _r1dipl_kinds(text: str) -> list[str]:
    return [kind for kind, *_ in coded_in(text)]


def test_r1dipl_a_meeting_held_within_one_side_is_no_contact() -> None:
    """ "after an emergency meeting", "called a crisis meeting", "an internal meeting of the
    party": a body meeting by itself is no meeting between the two states of the story,
    however near their names stand; one held with the other side still is."""
    assert "meeting" not in _r1dipl_kinds(
        "Athens accused Ankara of provocation on Monday and convened a crisis meeting after "
        "Turkey sent a survey ship near a Greek island.")
    assert "meeting" not in _r1dipl_kinds(
        "Baghdad's security council took the decision after an emergency meeting. Iraq then "
        "summoned the Turkish ambassador over the shelling.")
    assert "meeting" not in _r1dipl_kinds(
        "Pakistan's prime minister chaired an internal meeting of the party on Tuesday as "
        "India tested a missile.")
    assert ("meeting", "TUR", "GRC") in coded_in(
        "Turkey held an emergency meeting with Greece on Monday.")


def test_r1dipl_a_visit_in_a_place_names_where_the_trip_went() -> None:
    """ "on her first official visit in Uganda", "during a three-day trip in Vietnam": the
    place "in" names right after the trip's noun is its destination, just as "visit to"
    does, so the visitor is the other side even when the host stands first in the
    sentence."""
    assert ("visit", "KEN", "ETH") in coded_in(
        "Ethiopian Prime Minister Abiy Ahmed, and Kenya's President William Ruto, on his "
        "first state visit in Ethiopia, opened the new border post on Sunday.")
    assert ("visit", "ETH", "KEN") not in coded_in(
        "Ethiopian Prime Minister Abiy Ahmed, and Kenya's President William Ruto, on his "
        "first state visit in Ethiopia, opened the new border post on Sunday.")


def test_r1dipl_a_described_place_before_the_trip_is_its_destination() -> None:
    """ "the Egyptian leader's first-ever Turkey visit", "the Kenyan president's maiden
    official China visit": words describing the trip may stand between the traveller and
    the place that names where he went, which still makes the place the host and the
    owner the visitor, also when the host is named first in the sentence."""
    coded = coded_in("Ethiopia's prime minister on Tuesday hosted William Ruto during the "
                     "Kenyan leader's first-ever Ethiopia visit.")
    assert ("visit", "KEN", "ETH") in coded
    assert ("visit", "ETH", "KEN") not in coded
    assert ("visit", "KEN", "CHN") in coded_in(
        "The Kenyan president's maiden official China visit began on Tuesday.")


def test_r1dipl_a_visit_a_rule_allows_is_no_trip() -> None:
    """ "visa rules which allow its ministers to visit Fiji", "a pact facilitating mutual
    visits": a visit told as what a rule, visa or pact permits is no trip anyone made;
    a visit someone makes or plans still is."""
    assert "visit" not in _r1dipl_kinds(
        "New Zealand is reviewing the visa scheme which permits Tongan officials to visit "
        "New Zealand at short notice.")
    assert "visit" not in _r1dipl_kinds(
        "India and Vietnam signed a defence accord on Monday facilitating reciprocal visits "
        "by their navies.")
    assert ("visit", "NZL", "FJI") in coded_in(
        "New Zealand's foreign minister will visit Fiji on Friday.")
