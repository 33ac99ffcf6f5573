"""Wording of real diplomatic news, a class at a time (each seen several times in the
real-text dev split): who the parties are. Both sides named together ("the two
leaders", "the presidents", "the neighbours"), officials named by title or surname
alone, and the document's pair standing in for them."""

from __future__ import annotations

from coded_events import events_in
from dyadscope.model import Event


def _events(text: str, date: str | None = "2023-11-17") -> list[Event]:
    return events_in(text, date)


def _coded(events: list[Event], kind: str) -> list[tuple[str, str | None, str | None]]:
    """(actor1, actor2, date) of every event of ``kind``, in order."""
    return [
        (e.actor1.code, e.actor2.code if e.actor2 else None, e.date.start)
        for e in events
        if e.kind == kind
    ]


def test_both_sides_also_signing_is_a_second_deal() -> None:
    """ "X and Y signed a treaty. The two leaders also signed a joint statement": "also"
    adds an act, so the second signing is not the first one told again; "also
    discussed" after talks stays the same talks."""
    events = _events(
        "Armenian President Vahagn Khachaturyan and Georgian President Salome "
        "Zourabichvili signed a transit treaty in Tbilisi on Tuesday. The two leaders "
        "also signed a joint statement on railway links."
    )
    assert _coded(events, "agreement_signed") == [
        ("ARM", "GEO", "2023-11-14"), ("ARM", "GEO", "2023-11-14")]
    talks = _events(
        "Armenia and Georgia held talks in Tbilisi on Tuesday. The two sides also "
        "discussed railway links."
    )
    assert len([e for e in talks if e.kind in ("meeting", "negotiation")]) == 1


def test_both_sides_told_again_in_another_status_is_another_act() -> None:
    """ "X and Y will hold a third round of talks ... The two sides have held two rounds
    so far": the sides named together again do not retell the planned talks when
    what they tell has already happened."""
    events = _events(
        "Envoys of Serbia and Kosovo will hold a third round of talks in Brussels on May 3, "
        "the Serbian government said on Thursday. The two sides have held two rounds of "
        "talks so far.",
        date="2024-04-25",
    )
    assert [(e.kind, e.status) for e in events] == [
        ("negotiation", "planned"), ("negotiation", "actual")]


def test_the_host_named_as_a_place_is_not_one_of_the_two_sides() -> None:
    """A document that names its host country more often than the two sides, but only
    as where things happened ("signed in Moscow ... talks held in Russia"), is about the
    two sides: "the two sides" are not the host."""
    events = _events(
        "Kyrgyzstan and Tajikistan signed a border deal in Moscow on Monday, after talks "
        "held in Russia last month and in Moscow in March. Kyrgyzstan's president said "
        "Tajikistan had shown goodwill. The two sides agreed to reopen their border "
        "crossings.",
        date="2024-04-25",
    )
    assert events
    assert all({e.actor1.code, e.actor2 and e.actor2.code} == {"KGZ", "TJK"} for e in events)


def test_the_presidents_leaders_or_neighbours_are_the_two_sides() -> None:
    """ "The presidents signed five agreements", "The neighbours signed a fishing accord":
    plural titles and "the neighbours" with no "two" stand for the document's pair, as
    "the two leaders" does, even where the sentence names a third state; "the leaders
    of X and Y" names its sides itself."""
    signed = _events(
        "Kenyan President William Ruto received Ugandan President Yoweri Museveni in "
        "Nairobi on Monday. The presidents signed five agreements, including one on a "
        "railway to South Sudan."
    )
    assert _coded(signed, "agreement_signed") == [("KEN", "UGA", "2023-11-13")]
    accord = _events(
        "Kenya and Uganda have long quarrelled over Migingo island, and Kenya accused "
        "Uganda of harassing its fishermen. The neighbours signed a fishing accord on "
        "Monday, ending a row that had worried Tanzania."
    )
    assert _coded(accord, "agreement_signed") == [("KEN", "UGA", "2023-11-13")]
    named = _events(
        "The leaders of Kenya and Uganda agreed on Monday to build a railway, while "
        "Tanzania stayed away."
    )
    assert [(e.actor1.code, e.actor2 and e.actor2.code) for e in named] == [("KEN", "UGA")]


def test_a_relation_between_the_two_sides_names_the_other_side() -> None:
    """ "issued a warning to a second vessel, amid a row between the neighbours": one side
    acting within a relation "between" the two is acting on the other, not on itself."""
    events = _events(
        "Norway seized a Russian trawler on Thursday and issued a verbal warning to a "
        "second boat, amid a bitter row between the two neighbours over fishing rights."
    )
    assert _coded(events, "criticism_hostility") == [("NOR", "RUS", "2023-11-16")]


def test_also_in_a_relative_clause_on_the_subject_adds_no_act() -> None:
    """ "Mirziyoyev, who is also the chairman of the security council, discussed ...":
    the "also" describes the speaker, so the talks are the call told before, not
    another act added to it."""
    events = _events(
        "Kazakh President Kassym-Jomart Tokayev spoke by phone with Uzbek President Shavkat "
        "Mirziyoyev on Monday. Mirziyoyev, who is also the chairman of the security "
        "council, discussed water sharing between the two countries."
    )
    assert [(e.kind, e.actor1.code, e.actor2 and e.actor2.code) for e in events] == [
        ("meeting", "KAZ", "UZB")]


def test_go_betweens_take_part_without_being_a_side() -> None:
    """ "talks mediated by Kenya and Uganda", "a ceasefire brokered by Russia": the
    go-betweens are further parties of the talks, the sides are the two told before
    (even where the text names the go-betweens more often than them)."""
    events = _events(
        "Ethiopia and Eritrea agreed to a ceasefire on Sunday, Kenya's foreign ministry "
        "said. The deal was reached during talks mediated by Kenya and Uganda."
    )
    talks = next(e for e in events if e.kind == "negotiation")
    assert (talks.actor1.code, talks.actor2 and talks.actor2.code) == ("ETH", "ERI")
    assert [a.code for a in talks.others] == ["KEN", "UGA"]
    assert all({e.actor1.code, e.actor2 and e.actor2.code} == {"ETH", "ERI"} for e in events)
    truce = _events(
        "A ceasefire between Armenia and Azerbaijan, brokered by Russia, took effect on "
        "Saturday."
    )
    assert [(e.kind, e.actor1.code, e.actor2 and e.actor2.code, [a.code for a in e.others])
            for e in truce] == [("ceasefire", "ARM", "AZE", ["RUS"])]


def test_a_name_the_gazetteer_does_not_know_acts_for_the_other_side() -> None:
    """ "Sewa Lamsal is on a two-day visit to Bangladesh" in a text on Nepal and
    Bangladesh: an official named without title or state is the other side's; a day
    that opens the sentence ("On Monday, ... arrived in Finland") names no one."""
    events = _events(
        "Relations between Nepal and Bangladesh have improved this year. Sewa Lamsal is "
        "currently on a two-day visit to Bangladesh."
    )
    assert [(e.kind, e.actor1.code, e.actor2 and e.actor2.code) for e in events] == [
        ("visit", "NPL", "BGD")]
    arrivals = _events(
        "Finland closed its border with Russia last week. On Monday, only three asylum "
        "seekers arrived in Finland through the last open crossing."
    )
    assert [e.kind for e in arrivals] == ["sanction"]


def test_a_titled_person_acts_in_the_office_held_at_the_time() -> None:
    """ "Commission President Ursula von der Leyen" in 2022 is the EU's, though the title's
    sector (government) fits the German defence ministry she once held."""
    events = _events(
        "Commission President Ursula von der Leyen met Azerbaijani President Ilham Aliyev "
        "in Baku on Monday.",
        date="2022-07-20",
    )
    assert [(e.kind, e.actor1.code, e.actor2 and e.actor2.code) for e in events] == [
        ("meeting", "EU", "AZE")]
