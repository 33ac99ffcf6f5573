"""Wording of real bilateral news about consultations, visits and invitations, a class
at a time (each seen in several passages of the real-text dev split). The sentences
are written for these tests; none is quoted from the gold set."""

from __future__ import annotations

from coded_events import events_in
from dyadscope.model import Event


def _events(text: str, date: str | None = "2024-03-08") -> list[Event]:
    return events_in(text, date)


def _parties(event: Event) -> set[str]:
    return {a.code for a in (event.actor1, event.actor2, *event.others) if a is not None}


def test_talks_an_act_came_after_are_held_by_its_sides() -> None:
    """ "agreed on X following negotiations", "after three days of talks in Geneva",
    "during talks in Ankara": the talks are told only as what the act came out of; the
    sides of the act held them, on its day."""
    found = _events("Armenia and Georgia settled the dispute over the checkpoint on Tuesday "
                    "following negotiations.")
    talks = [e for e in found if e.kind == "negotiation"]
    assert [(_parties(e), e.date.start) for e in talks] == [({"ARM", "GEO"}, "2024-03-05")]
    found = _events("Chile and Peru announced a new fisheries accord after three days of "
                    "intensive talks in Lima.")
    assert {frozenset(_parties(e)) for e in found if e.kind == "negotiation"} == {
        frozenset({"CHL", "PER"})}
    found = _events("Following the talks, the presidents of Kenya and Uganda signed "
                    "five agreements.")
    assert any(e.kind == "negotiation" and _parties(e) == {"KEN", "UGA"} for e in found)


def test_thanks_for_an_invitation_tell_who_invited_whom() -> None:
    """ "A thanked B for the invitation": B invited A; "A thanked B for accepting his
    invitation": A invited B. The thanks are coded as well."""
    found = _events("Nepal's prime minister thanked the Indian president for the kind "
                    "invitation and the warm welcome.")
    kinds = {e.kind: e for e in found}
    assert (kinds["invitation"].actor1.code, kinds["invitation"].actor2.code) == ("IND", "NPL")
    assert kinds["support_statement"].actor1.code == "NPL"
    found = _events("President Ruto thanked the Ethiopian prime minister for accepting "
                    "his invitation.")
    (invitation,) = [e for e in found if e.kind == "invitation"]
    assert (invitation.actor1.code, invitation.actor2.code) == ("KEN", "ETH")


def test_a_visit_and_the_talks_held_during_it_are_two_acts() -> None:
    """ "X arrived in Y ... Following the talks, ...": the talks referred back to are
    held during the visit, not the visit told again; "this visit" after talks is the
    guest's visit, not the talks told again."""
    found = _events("Peru's president arrived in Quito on Monday for a state visit. "
                    "Following the talks, the two presidents signed a border plan.")
    assert {"visit", "negotiation"} <= {e.kind for e in found}
    found = _events("The presidents of Ghana and Togo held talks in Accra on Friday. "
                    "The host stressed the importance of this visit for the region.")
    assert {"visit", "negotiation"} <= {e.kind for e in found}


def test_a_visit_told_again_with_its_sides_reversed_is_the_same_visit() -> None:
    """ "X visited Y on Monday ... Gomez's visit marked the anniversary of relations
    between Y and X", "It is the first visit from a Gulf state since ...": the visit
    told again with no time of its own, its guest unnamed or unknown, is the one visit,
    not a second one by the host."""
    found = _events("Uruguayan President Luis Gomez visited Paraguay on Tuesday, where he "
                    "was received by President Pena. Gomez's visit marked the 100th "
                    "anniversary of relations between Paraguay and Uruguay.")
    assert [(e.actor1.code, e.actor2.code) for e in found if e.kind == "visit"] == [
        ("URY", "PRY")]
    found = _events("Kuwait's emir has arrived in Dhaka for a two-day state visit. President "
                    "Shahabuddin welcomed the monarch at the airport. It is the "
                    "first high-level visit from a Gulf state since the new government "
                    "took office.")
    assert [(e.actor1.code, e.actor2.code) for e in found if e.kind == "visit"] == [
        ("KWT", "BGD")]


def test_meeting_a_need_or_a_standard_is_no_meeting() -> None:
    """ "helped Nepal meet its fuel needs", "on condition that it meet the bloc's
    criteria": "meet" a need, demand or standard consults no one; "met" a person does."""
    for text in ("India has repeatedly helped Nepal meet its fuel needs through new loans.",
                 "The EU offered Serbia talks on condition that it meet the bloc's criteria.",
                 "Japan will help the Philippines meet current and future maritime threats."):
        assert all(e.kind != "meeting" for e in _events(text)), text
    (met,) = _events("Nepal's prime minister met the Indian president on Monday.")
    assert (met.kind, met.actor1.code, met.actor2.code) == ("meeting", "NPL", "IND")


def test_being_in_the_other_country_is_a_visit_however_it_ends() -> None:
    """ "X was in Y from 3 to 5 May", "... while the Greek minister is in Cyprus.", "X is
    currently in Y for ...": being in the other's country, with an adverb before the
    place or nothing after it, is the visit."""
    cases = [
        ("Mongolia's president was in Pyongyang from Oct. 28-31 for talks.", ("MNG", "PRK")),
        ("The shelling took place while the Greek defence minister is in Cyprus.",
         ("GRC", "CYP")),
        ("The Turkish foreign minister is currently in Pakistan on an official visit.",
         ("TUR", "PAK")),
    ]
    for text, sides in cases:
        visits = [(e.actor1.code, e.actor2.code) for e in _events(text) if e.kind == "visit"]
        assert visits == [sides], text


def test_talks_told_as_setting_in_or_leading_to_something_are_held() -> None:
    """ "Negotiations for the pact formally began in May 2019", "the talks took place
    after a welcome ceremony", "the negotiations finally led to the purchase": talks
    the sentence tells by what they did, not by who held them."""
    found = _events("Chile and Bolivia agreed to settle the dispute. Negotiations on the "
                    "treaty formally began in May 2019.")
    assert any(e.kind == "negotiation" and e.date.start == "2019-05" for e in found)
    found = _events("Vietnam and Indonesia agreed to raise their ties. The talks took place "
                    "on Friday following a welcome ceremony for the Indonesian leader.")
    assert any(e.kind == "negotiation" and _parties(e) == {"VNM", "IDN"} for e in found)
    found = _events("Egypt had asked to buy the frigates from Italy in 2019. The negotiations "
                    "finally led to the purchase of two ships.")
    assert any(e.kind == "negotiation" and _parties(e) == {"EGY", "ITA"} for e in found)


def test_an_invitation_from_someone_or_someones_invitation_is_theirs() -> None:
    """ "In response to an invitation from X, Y paid a visit", "an invitation extended to
    him by X", "the visit, at X's invitation", "Y accepted X's invitation": X invited Y."""
    cases = [
        "In response to an invitation from the Chilean president, Peru's president paid a "
        "state visit to Chile on 3 May.",
        "Peru's president will travel to Chile next week at Boric’s invitation, Chilean "
        "officials said.",
        "Peru's president has accepted the Chilean president’s invitation to come to Santiago.",
        "Peru's president is coming to Santiago upon an invitation extended to him by the "
        "Chilean president.",
        "Peru's envoy ignored an invitation by the Chilean foreign ministry.",
    ]
    for text in cases:
        invitations = [(e.actor1.code, e.actor2.code) for e in _events(text)
                       if e.kind == "invitation"]
        assert invitations == [("CHL", "PER")], text


def test_an_invitation_is_dated_by_its_telling_not_by_the_visit_it_asks_for() -> None:
    """ "X invited Y to visit Lome in 2025", reported today: the invitation was made
    today; 2025 is when the visit it asks for would be."""
    found = _events("Togo's president invited the Ghanaian president to visit Lome in 2025.")
    (invitation,) = [e for e in found if e.kind == "invitation"]
    assert invitation.date.start == "2024-03-08"
    (visit,) = [e for e in found if e.kind == "visit"]
    assert visit.date.start == "2025"
