"""Who the sides of real news acts are, a class at a time (each seen in several passages
of the real-text dev split): go-betweens named in an earlier sentence of the story."""

from __future__ import annotations

from coded_events import events_in
from dyadscope.model import Event


def _events(text: str, date: str | None = "2024-03-14") -> list[Event]:
    return events_in(text, date)


def _parties(events: list[Event], kind: str) -> list[set[str]]:
    return [{a.code for a in e.parties()} for e in events if e.kind == kind]


def test_a_go_between_named_before_takes_part_in_the_act_told_after() -> None:
    """ "a truce brokered by Egypt ... The truce took hold on Sunday", "a treaty brokered by
    the World Bank ... The treaty was signed in 1960", "a phone call brokered by the US
    president ... the call between X and Y": a story names the go-between of a joint act
    once and tells the act in a later sentence; the go-between is a further party there
    as it is where the same sentence names it (annotators list it; extra parties do not
    change the two sides)."""
    events = _events(
        "Ethiopia and Eritrea traded accusations on Monday despite a truce brokered by "
        "Egypt last week. The truce took hold on Sunday, but shelling resumed within hours.")
    assert {"ETH", "ERI", "EGY"} in _parties(events, "ceasefire")
    events = _events(
        "The Mekong accord is a water treaty between Laos and Thailand which was brokered "
        "by the United Nations in 1995. The treaty was signed in Vientiane on April 5, 1995 "
        "by the foreign ministers of Laos and Thailand.")
    assert {"LAO", "THA", "UN"} in _parties(events, "agreement_signed")
    # a go-between named for nothing before: the act keeps its own two sides only
    events = _events(
        "Ethiopia and Eritrea traded accusations on Monday. The foreign ministers of "
        "Ethiopia and Eritrea held talks in Nairobi on Sunday.")
    assert _parties(events, "negotiation") == [{"ETH", "ERI"}]
    # a go-between is never added to an act it is itself a side of
    events = _events(
        "Talks between Sudan and South Sudan were mediated by Ethiopia on Monday. Later, "
        "Ethiopia and Sudan held talks on Tuesday in Khartoum.")
    assert {"ETH", "SDN"} in _parties(events, "negotiation")


def test_a_fathers_name_after_bin_is_no_surname_alone() -> None:
    """ "Bandar bin Sultan", "Zayed bin Sultan Al Nahyan": the word after "bin" or "ibn" is a
    father's name, not a family name, so it names no one alone; "Sultan" before a Brunei or
    Omani ruler's name, or "the Sultan" of a story about him, is his title, not a Saudi
    intelligence chief."""
    events = _events(
        "Brunei's Sultan Hassanal Bolkiah arrived in Malaysia on Monday for a state visit. "
        "The Sultan held talks with Prime Minister Anwar Ibrahim on Tuesday.")
    assert _parties(events, "visit") == [{"BRN", "MYS"}]
    assert _parties(events, "negotiation") == [{"BRN", "MYS"}]
    events = _events(
        "The Brunei Sultan began a state visit to Singapore on Monday. The Sultan paid a "
        "courtesy call on President Tharman Shanmugaratnam.")
    assert _parties(events, "meeting") == [{"BRN", "SGP"}]


def test_a_leader_and_his_counterpart_are_one_subject_in_the_order_told() -> None:
    """ "President Magufuli and his Rwandan counterpart agreed", "Tanzania and its
    Rwandan counterpart signed": "and his" joins the two sides of one subject, the one
    named first first; the counterpart alone was taken as the subject and the document's
    other side made his partner, the sides the wrong way round."""
    pledged = [(e.actor1.code, e.actor2.code) for e in events_in(
        "Tanzanian President John Magufuli and his Rwandan counterpart, Paul Kagame, have "
        "agreed to build a railway.", "2018-03-15") if e.kind == "pledge"]
    assert pledged == [("TZA", "RWA")]
    drills = [(e.actor1.code, e.actor2.code) for e in events_in(
        "The Egyptian air force and their Sudanese counterparts began joint drills near "
        "Khartoum.", "2020-11-15") if e.kind == "military_exercise"]
    assert drills == [("EGY", "SDN")]
