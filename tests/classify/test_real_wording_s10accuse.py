"""Wording of real conflict news, a class at a time (each seen in several passages of the
real-text dev split): criticism and condemnation (ACCUSE) whose target the sentence
does not name."""

from __future__ import annotations

from coded_events import events_in
from dyadscope.model import Event


def _accusations(text: str, date: str = "2024-03-14") -> list[tuple[str, str | None]]:
    return [
        (e.actor1.code, e.actor2.code if e.actor2 else None)
        for e in events_in(text, date)
        if isinstance(e, Event) and e.kind == "criticism_hostility" and e.plover == "ACCUSE"
    ]


def test_a_third_side_condemning_the_act_told_last_condemns_its_doer() -> None:
    """ "The UN also condemned the strikes", "a step which was criticised by the EU": a
    side the text has not yet involved reacts to the act just told, naming only the act
    ("the strikes", "its retaliation"); its target is that act's doer, or, where the act
    told last is itself a condemnation, what that condemned."""
    assert ("EU", "IND") in _accusations(
        "India on Monday banned imports of Chinese electronics. The move, which was "
        "criticised by the European Union, takes effect next week.")
    assert ("UN", "RUS") in _accusations(
        "Russian missiles struck a power plant in Ukraine on Monday. The United Nations "
        "condemned the strikes on Tuesday.")
    assert ("UN", "IRN") in _accusations(
        "Britain and Japan condemned Iran's drone attacks. The United Nations also "
        "denounced the attacks, warning of a wider war.")
    # with no act told before, there is no one to take as the target
    assert not [t for _, t in _accusations(
        "The European Union criticised the decision on Monday.") if t is not None]


def test_a_phrase_after_a_noun_event_opens_its_own_clause() -> None:
    """ "During the meeting the Turkish side voiced a strong protest": a noun ("meeting",
    "talks") takes no object, so a phrase after it opening with "the" or "its" is the
    subject of a clause of its own, whose act is coded, not swallowed as the noun's
    object."""
    assert ("TUR", "GRC") in _accusations(
        "Greek envoy was called in on Monday. During the talks the Turkish side voiced a "
        "strong protest over remarks by Greece.", "2024-03-14")
    assert ("IND", "PAK") in _accusations(
        "After the meeting the Indian government lodged a strong protest with Pakistan.")
    # a plain phrase of time after the noun opens no act of its own
    assert not _accusations("Turkish and Greek ministers held the meeting the day before.")
