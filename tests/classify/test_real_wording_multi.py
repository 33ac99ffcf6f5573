"""Wording of real news about events with several parties, a class at a time (each seen in
several passages of the real-text dev split): states told as one list that act together,
and the further parties of a joint act."""

from __future__ import annotations

from coded_events import events_in
from dyadscope.model import Event


def _events(text: str, date: str | None = "2024-03-14") -> list[Event]:
    return events_in(text, date)


def _parties(event: Event) -> tuple[str | None, str | None, set[str]]:
    return (
        event.actor1.code if event.actor1 else None,
        event.actor2.code if event.actor2 else None,
        {a.code for a in event.others},
    )


def test_states_listed_as_one_subject_are_not_each_others_target() -> None:
    """ "Saudi Arabia, Bahrain, Egypt and Yemen cut ties with Qatar, accusing the Gulf state
    of ...": three or more states told as one subject of an act one side does to another
    all do it; none of them is the target of the others. The target is the one the clause
    names, else whom the main clause acted on; with none, no member of the list is made
    one ("Kenya, Uganda and Tanzania denounced the vote" accuses no one of them)."""
    events = _events(
        "Norway, Denmark and Finland closed their embassies in Minsk on Monday, accusing "
        "the former Soviet republic of harassing their diplomats.")
    (charge,) = [e for e in events if e.kind == "criticism_hostility"]
    assert _parties(charge) == ("NOR", "BLR", {"DNK", "FIN"})
    denounced = _events("Kenya, Uganda and Tanzania denounced the vote on Monday, calling the "
                        "poll a sham.")
    assert not [e for e in denounced if e.kind == "criticism_hostility"
                and e.actor2 is not None and e.actor2.code in ("KEN", "UGA", "TZA")]
    # a joint act of a list keeps its members as its parties
    (pact,) = [e for e in _events("Kenya, Uganda and Tanzania signed a trade pact on Monday.")
               if e.kind == "agreement_signed"]
    assert _parties(pact) == ("KEN", "UGA", {"TZA"})


def test_a_joint_act_of_a_group_naming_no_state_is_the_group_told_before() -> None:
    """ "The states convened in Islamabad for a trilateral meeting", "signed following the
    trilateral meeting held by speakers of the three countries' parliaments": a meeting,
    talks or a deal told of a group ("trilateral", "three-way", "the three countries") in
    a sentence that names no state of its own is the whole group the text last named as
    one list. Without such a word the sentence tells of no group."""
    told = "Chile, Peru and Bolivia share a long history of border disputes. "
    (summit,) = [e for e in _events(told + "The leaders gathered in Lima on Tuesday for a "
                                    "trilateral summit.") if e.kind == "meeting"]
    assert _parties(summit) == ("CHL", "PER", {"BOL"})
    assert summit.date.start == "2024-03-12"
    (meeting,) = [e for e in _events(
        "Ghana, Togo and Benin have signed a transport protocol. It was signed after a "
        "three-way meeting of their transport ministers on 3 March.") if e.kind == "meeting"]
    assert _parties(meeting) == ("GHA", "TGO", {"BEN"})
    assert not [e for e in _events(told + "The leaders gathered in Lima on Tuesday for a "
                                   "summit.") if e.kind == "meeting"]


def test_they_right_after_a_list_of_states_is_the_list() -> None:
    """ "... the heads of the railway companies of Afghanistan, Kazakhstan, Pakistan, Russia,
    and Uzbekistan. In December that year, they met in Tashkent": "they" in the sentence
    right after one that named three or more states as one list are those states, all of
    them parties of the joint act. A sentence between, naming others, ends that reading."""
    told = ("The energy ministers of Ghana, Togo, Benin and Nigeria drafted a plan for a "
            "regional power grid. ")
    (meeting,) = [e for e in _events(told + "In May, they met in Accra to discuss its "
                                     "financing.") if e.kind == "meeting"]
    assert _parties(meeting) == ("GHA", "TGO", {"BEN", "NGA"})
    later = _events(told + "Ghana and Togo later quarrelled over its route. In May, they met "
                    "in Accra to discuss its financing.")
    assert all(not e.others for e in later if e.kind == "meeting")


def test_a_meeting_of_two_within_a_meeting_of_three_is_two_events() -> None:
    """ "met with Gakharia within the eighth trilateral meeting of the Azerbaijani, Turkish
    and Georgian foreign ministers", "met with Fidan, who is on a visit to participate in
    the 9th trilateral meeting of the foreign ministers of A, B and C": the bilateral
    meeting and the three-party meeting it was held within are two events, neither the
    other told again. One meeting with a third party present stays one."""
    events = _events(
        "The Kenyan foreign minister met with his Ugandan counterpart on Tuesday within the "
        "trilateral meeting of the foreign ministers of Kenya, Uganda and Tanzania in Arusha.")
    meetings = sorted((_parties(e) for e in events if e.kind == "meeting"),
                      key=lambda p: len(p[2]))
    assert [{p[0], p[1], *p[2]} for p in meetings] == [{"KEN", "UGA"}, {"KEN", "UGA", "TZA"}]
    present = _events("The Kenyan foreign minister met with his Ugandan counterpart on "
                      "Tuesday in Arusha, in the presence of the Tanzanian president.")
    assert [_parties(e) for e in present if e.kind == "meeting"] == [("KEN", "UGA", {"TZA"})]


def test_the_three_countries_acting_on_another_are_the_list_told_before() -> None:
    """ "The three European countries have condemned Iran's drone and missile attack",
    "The three countries pulled their ambassadors from Algeria": a count of states ("the
    three countries", "the four Middle Eastern nations") that fits the list the text named
    before is that list, acting on another side: the list's first member is actor1, the
    rest further parties. A count that does not fit the list names no one."""
    told = "Britain, France and Germany issued a joint statement on Monday. "
    (charge,) = [e for e in _events(told + "The three European countries condemned Iran on "
                                    "Tuesday.") if e.kind == "criticism_hostility"]
    assert _parties(charge) == ("GBR", "IRN", {"FRA", "DEU"})
    assert charge.date.start == "2024-03-12"
    (summons,) = [e for e in _events(told + "Iran summoned the ambassadors of the three "
                                     "countries on Tuesday.") if e.kind == "criticism_hostility"]
    assert _parties(summons) == ("IRN", "GBR", {"FRA", "DEU"})
    assert not [e for e in _events(told + "The four European countries condemned Iran on "
                                   "Tuesday.") if e.kind == "criticism_hostility"]
