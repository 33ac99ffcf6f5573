"""Wording of real conflict news, a class at a time (each seen in several passages of the
real-text dev split): an act told as what another act answers ("recalled its envoy after
an Iranian air strike", "sanctions against Turkey over the downing of a Russian jet") is
an event of its own, between the answering act's sides, and came before the answer."""

from __future__ import annotations

from coded_events import events_in
from dyadscope.model import Event


def _events(text: str, date: str | None = "2024-03-14") -> list[Event]:
    return events_in(text, date)


def _force(events: list[Event], kind: str = "armed_clash") -> list[tuple[str, str | None, str]]:
    return [(e.actor1.code, e.actor2.code if e.actor2 else None, e.date.start or "")
            for e in events if e.kind == kind]


def test_the_answered_act_is_between_the_answering_acts_sides() -> None:
    """An act after "after", "over", "in response to" an act of protest or a measure is
    the other side's act on the side that answers: the side the clause leaves out is the
    answering act's ("after an Iranian drone strike killed three soldiers": on the side
    that recalls its envoy; "over the seizure of a Greek tanker": by the side sanctioned).
    It came before the answer: a day counted back ("a day earlier", "the day before"), a
    day of its own, else the answer's month. A terror attack, which no state is named for,
    is no state's act, and a clause's subject is not the answered act's doer."""
    events = _events("Jordan recalled its ambassador from Syria on Tuesday after a Syrian "
                     "drone strike killed three soldiers a day earlier.")
    assert ("SYR", "JOR", "2024-03-11") in _force(events)
    events = _events("Athens imposed sanctions on Iran over the seizure of a Greek tanker "
                     "on March 2.")
    assert ("IRN", "GRC", "2024-03-02") in _force(events, "coerce")
    events = _events("Chile summoned Peru's ambassador on Wednesday in protest at new Peruvian "
                     "air strikes.")
    assert ("PER", "CHL", "2024-03") in _force(events)
    events = _events("Vietnamese jets struck militant camps in Laos after Vientiane launched "
                     "rocket attacks the day before.")
    assert ("LAO", "VNM", "2024-03-13") in _force(events)
    # a terror attack names no state's act, whoever the answer is aimed at
    events = _events("India closed its border with Pakistan after a terrorist attack on "
                     "Indian pilgrims.")
    assert not _force(events)


def test_the_answered_act_keeps_the_clause_of_the_answer() -> None:
    """The answered act's doer is not the subject of what follows in the clause ("...
    over Indian shelling, calling on New Delhi to ...": Islamabad calls), nor is its month
    the date of the clause's next act."""
    events = _events("Islamabad summoned the Indian envoy on Tuesday and lodged a protest "
                     "over Indian shelling, calling on New Delhi to respect the truce.")
    calls = [e for e in events if e.kind == "request"]
    assert calls
    assert (calls[0].actor1.code, calls[0].actor2.code) == ("PAK", "IND")
    assert calls[0].date.start == "2024-03-12"
