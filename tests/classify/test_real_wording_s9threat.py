"""Wording of real conflict news where the PLOVER type inside criticism_hostility matters:
a threat (THREATEN) against a criticism (ACCUSE). Each test is one class of wording seen
in several passages of the real-text dev split; the sentences are written for the test."""

from __future__ import annotations

from coded_events import events_in
from dyadscope.model import Event


def _s9threat_typed(text: str, date: str = "2024-03-14") -> set[tuple[str | None, str, str | None]]:
    """(PLOVER type, actor1, actor2) of every criticism_hostility event in ``text``."""
    events: list[Event] = events_in(text, date)
    return {(e.plover, e.actor1.code if e.actor1 else "", e.actor2.code if e.actor2 else None)
            for e in events if e.kind == "criticism_hostility"}


def test_threats_a_side_reacts_to_are_the_makers_threat() -> None:
    """ "a protest over the threatening rhetoric of X's officials", "a note for the threats
    in the speech of X's president": the reacting side criticises X (ACCUSE), and X had
    threatened it (THREATEN), two acts; "threatening" words are a threat, not a mere
    critical remark. A critical remark that threatens no one stays a criticism."""
    typed = _s9threat_typed(
        "Baku summoned the Russian envoy and conveyed its concern over the threatening "
        "rhetoric of Russia's senior military officials.")
    assert ("THREATEN", "RUS", "AZE") in typed
    assert ("ACCUSE", "RUS", "AZE") not in typed
    typed = _s9threat_typed(
        "Qatar handed a protest note to the Saudi envoy for the threats in the speech of "
        "Saudi Crown Prince Mohammed bin Salman.")
    assert ("THREATEN", "SAU", "QAT") in typed
    typed = _s9threat_typed(
        "Ankara summoned the French ambassador over the insulting remarks of French "
        "President Emmanuel Macron.")
    assert not [t for t in typed if t[0] == "THREATEN"]


def test_threatening_as_an_adjective_threatens_no_one() -> None:
    """ "the wound is not life-threatening", "their reckless, threatening and dangerous
    conduct": "threatening" describing a danger or a quality beside other adjectives is no
    threat made by anyone; the verb ("is threatening X with") still is."""
    assert not [t for t in _s9threat_typed(
        "A Georgian border guard was wounded, but the wound is not life-threatening, the "
        "Georgian interior ministry said of the Russian shooting.") if t[0] == "THREATEN"]
    assert not [t for t in _s9threat_typed(
        "Seoul told Pyongyang to stop its reckless, threatening and dangerous conduct near "
        "the border, a week after talks with Japan.") if t[0] == "THREATEN"]
    assert ("THREATEN", "CHN", "TWN") in _s9threat_typed(
        "China is threatening Taiwan with a naval blockade.")


def test_a_response_already_made_is_no_threat() -> None:
    """ "struck back", "responded appropriately with artillery fire": force already used in
    answer to the other side is told as force, not as a THREATEN; "will strike back" and
    "respond firmly" (a response still to come) stay threats."""
    typed = _s9threat_typed(
        "Greek forces struck back at Turkish positions overnight after the shelling.")
    assert not [t for t in typed if t[0] == "THREATEN"]
    typed = _s9threat_typed(
        "The Thai army responded appropriately with artillery fire on Cambodian posts.")
    assert not [t for t in typed if t[0] == "THREATEN"]
    assert ("THREATEN", "CHN", "JPN") in _s9threat_typed(
        "China will strike back at Japan if Tokyo interferes, the ministry said.")
