"""Wording of real news about international organisations and go-betweens, a class at a
time (each seen in several passages of the real-text dev split): talks retold with
who brokered them, and an organisation told by its officers and bodies."""

from __future__ import annotations

from coded_events import events_in
from dyadscope.model import Event


def _s10orgs_events(text: str, date: str | None = "2024-03-14") -> list[Event]:
    return events_in(text, date)


def _s10orgs_of_kind(text: str, kind: str) -> list[tuple[str, str | None, frozenset[str]]]:
    return [
        (e.actor1.code, e.actor2.code if e.actor2 else None, frozenset(a.code for a in e.others))
        for e in _s10orgs_events(text)
        if e.kind == kind
    ]


def test_talks_retold_with_their_go_betweens_are_one_event_with_them() -> None:
    """ "X and Y held talks in Z ... The talks were mediated by A and B": the later
    mention adds only who brokered the talks, so it retells them; the one event takes
    the go-betweens as further parties. A retelling that adds a side of the act (a third
    state "between" whom the talks were) is still another event."""
    assert _s10orgs_of_kind(
        "Sudan and South Sudan held negotiations in Addis Ababa on Monday. "
        "The talks were brokered by Ethiopia.", "negotiation",
    ) == [("SDN", "SSD", frozenset({"ETH"}))]
    assert _s10orgs_of_kind(
        "Ethiopia and Eritrea held talks in Algiers on Monday. "
        "The talks were mediated by Algeria and Djibouti.", "negotiation",
    ) == [("ETH", "ERI", frozenset({"DZA", "DJI"}))]
    assert len(_s10orgs_of_kind(
        "Ethiopia and Eritrea held talks in Algiers on Monday. "
        "The talks between Ethiopia, Eritrea and Djibouti focused on the border.",
        "negotiation",
    )) == 2


def test_an_organisation_told_by_its_head_or_kind_is_that_organisation() -> None:
    """ "The Secretary-General urged both governments", "The alliance condemned ...",
    "the 27-nation bloc": news names an international organisation once, then by its
    head or its kind alone; that subject is the organisation named last, and the
    Secretary-General with none named is the UN's. A party's own Secretary-General
    (a possessive before the title) is no organisation."""
    assert ("request", "UN", "SDN") in [
        (e.kind, e.actor1.code, e.actor2.code if e.actor2 else None)
        for e in _s10orgs_events(
            "The Secretary-General called on Sudan to allow aid convoys into Darfur.")
    ]
    story = _s10orgs_events(
        "NATO foreign ministers gathered in Brussels on Tuesday. "
        "The alliance condemned Russia for the missile strike on Kyiv.")
    assert ("NATO", "RUS") in [(e.actor1.code, e.actor2.code if e.actor2 else None)
                               for e in story if e.kind == "criticism_hostility"]
    other_head = _s10orgs_events(
        "The African Union held a summit in Addis Ababa. "
        "The Secretary-General urged Niger to free the detained president.")
    assert [e.actor1.code for e in other_head if e.kind == "request"] == ["AU"]
    assert not [e for e in _s10orgs_events(
        "The party's Secretary-General urged Kenya to hold talks.") if e.actor1.code == "UN"]


def test_an_organisation_told_by_its_kind_is_that_organisation_in_any_place() -> None:
    """ "Belgrade urged the 27-member bloc", "met the bloc's commission chairman",
    "called on the organisation": the bare kind is the organisation named before, as
    object or owner too (and so as the antecedent of a later "they"), not only as
    subject. A Secretary-General told
    with his own body after him ("of the Foreign Ministry of Kenya") is that body's."""
    def sides(text: str) -> list[tuple[str, str, str | None]]:
        return [(e.kind, e.actor1.code, e.actor2.code if e.actor2 else None)
                for e in _s10orgs_events(text)]

    assert ("request", "SRB", "EU") in sides(
        "The European Union has frozen talks with Serbia. "
        "Belgrade urged the 27-member bloc to resume the talks.")
    assert ("meeting", "KEN", "AU") in sides(
        "The African Union held a summit in Addis Ababa. "
        "Kenya's president met the bloc's commission chairman on Monday.")
    assert ("request", "PAK", "OIC") in sides(
        "The OIC met in Jeddah. Pakistan called on the organisation to condemn India.")
    assert ("request", "KEN", "SOM") in sides(
        "The Secretary-General of the Foreign Ministry of Kenya urged Somalia to talk.")


def test_a_meeting_retold_with_who_attended_it_is_one_meeting() -> None:
    """ "X's and Y's ministers met in Moscow ... X's minister met with Y's minister
    along with Z's minister": a party named as attending ("along with", "in the
    presence of") is no new side, so the retelling is the same meeting, which takes
    the attendee; a later sitting that names a third side among its own is another."""
    meetings = _s10orgs_of_kind(
        "Serbian and Kosovar negotiators met in Brussels on Thursday. The Serbian "
        "negotiator met with the Kosovar negotiator in Brussels along with Germany's "
        "foreign minister.", "meeting")
    assert meetings == [("SRB", "XKX", frozenset({"DEU"}))]
    assert len(_s10orgs_of_kind(
        "Serbia and Kosovo held talks in Brussels on Thursday. "
        "Serbia and Kosovo and France held talks in Paris on Thursday.", "negotiation")) == 2
