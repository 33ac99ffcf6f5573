"""Wording of real news, a class at a time: the status of an act (actual, planned,
intent, negated), and acts a sentence names without telling them as done."""

from __future__ import annotations

from coded_events import events_in
from dyadscope.model import Event


def _r6status_events(text: str, date: str | None = "2024-03-14") -> list[Event]:
    return events_in(text, date)


def _r6status_of(text: str, kind: str) -> list[tuple[str | None, str | None, str]]:
    return [
        (e.actor1 and e.actor1.code, e.actor2 and e.actor2.code, e.status)
        for e in _r6status_events(text)
        if e.kind == kind
    ]


def test_a_possible_cooperative_act_is_an_act_in_view() -> None:
    """ "ahead of a possible visit by the foreign minister", "approved the possible sale
    of tanks": an adjective of possibility on a cooperative act's noun tells it as in view
    (intent), as "plans to visit" does; it is not merely mused about and dropped. Force or
    a measure named so ("fears a possible attack") stays no event."""
    assert ("JPN", "KOR", "intent") in _r6status_of(
        "Officials of Seoul and Tokyo met on Monday ahead of a possible visit by Japan's "
        "prime minister to South Korea in May.", "visit")
    assert ("USA", "TWN", "intent") in _r6status_of(
        "Washington has cleared the potential sale of fighter jets to Taiwan.",
        "arms_transfer")
    assert not _r6status_of(
        "Kyiv fears a possible attack by Russia on Ukraine's power plants.", "armed_clash")


def test_a_truce_told_only_as_lasting_is_no_act() -> None:
    """ "the ceasefire between X and Y remains fragile", "the truce has largely held": the
    sentence describes a state of affairs, not the act of agreeing a truce; a truce whose
    making the sentence tells ("agreed ... in October remains fragile") keeps its act, and
    so does one agreed outright."""
    assert not _r6status_of(
        "The truce between Sudan and South Sudan remains shaky after weeks of skirmishes.",
        "ceasefire")
    assert not _r6status_of(
        "The ceasefire between Thailand and Cambodia is largely holding, officials said.",
        "ceasefire")
    assert _r6status_of(
        "The ceasefire agreed by Thailand and Cambodia in July remains fragile.", "ceasefire")
    assert _r6status_of(
        "Thailand and Cambodia agreed a ceasefire on Saturday.", "ceasefire")
