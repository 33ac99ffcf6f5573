"""Wording of real news, a class at a time (each seen in several passages of the
real-text dev split): acts called off, and the status and sides they carry."""

from __future__ import annotations

from coded_events import events_in, sides_of
from dyadscope.model import Event


def _r7cancel_events(text: str, date: str = "2024-03-14") -> list[Event]:
    return events_in(text, date)


def _r7cancel_act(events: list[Event], kind: str) -> Event | None:
    return next((e for e in events if e.kind == kind and e.status == "negated"), None)


def test_a_visit_called_off_with_its_set_day_is_the_visit_not_held() -> None:
    """ "cancelled a visit to Ankara that was planned for Friday", "called off the
    premier's trip, scheduled for Monday": the measure is taken, and the visit it calls
    off is coded too, not held (negated), dated at the day it was set for, from its guest
    (the canceller's own trip, or the side named in the visit's phrase) to its host."""
    own = _r7cancel_events(
        "Greek Foreign Minister Nikos Dendias cancelled a visit to Ankara that was planned "
        "for Friday.")
    visit = _r7cancel_act(own, "visit")
    assert visit is not None and sides_of([visit], "visit") == ("GRC", "TUR")
    assert visit.date.start == "2024-03-15"
    guest = _r7cancel_events(
        "Poland canceled the Hungarian foreign minister's visit to Warsaw, which was "
        "scheduled for Monday.")
    visit = _r7cancel_act(guest, "visit")
    assert visit is not None and sides_of([visit], "visit") == ("HUN", "POL")
    assert visit.date.start == "2024-03-18"
    talks = _r7cancel_events(
        "China cancelled talks with Japan scheduled for June 12.", "2024-05-20")
    called_off = _r7cancel_act(talks, "negotiation")
    assert called_off is not None and called_off.date.start == "2024-06-12"


def test_a_called_off_act_with_no_set_day_is_only_the_measure() -> None:
    """Near misses: with no day the act was set for, only the measure is told; visits
    "suspended" in the plural are a series stopped, not one act called off; "called" is
    no calling off without "off"."""
    for text in (
        "Greek Foreign Minister Nikos Dendias cancelled a visit to Ankara in protest.",
        "All high-level visits between Poland and Hungary have been suspended since March.",
    ):
        assert _r7cancel_act(_r7cancel_events(text), "visit") is None, text


def test_an_act_noun_takes_the_day_it_was_set_for() -> None:
    """ "a summit between X and Y, originally scheduled for June 12, was called off",
    "efforts to save a meeting between the two leaders, planned for June 20": the act's
    own day is the one it was set for, not the story's, whether it was then held, moved
    or called off. Near miss: a day told after a break ("the talks, which ended ...") or
    with no word of setting ("the summit in Beijing on ...") is not read this way."""
    events = _r7cancel_events(
        "Both sides tried to rescue a summit between Chinese President Xi Jinping and "
        "Japanese Prime Minister Fumio Kishida, originally scheduled for June 12 in Tokyo.",
        "2024-05-20")
    summit = next(e for e in events if e.kind == "meeting")
    assert summit.date.start == "2024-06-12"
    later = _r7cancel_events(
        "A meeting between Putin and Xi, planned for June 20, has been postponed.",
        "2024-05-20")
    assert next(e for e in later if e.kind == "meeting").date.start == "2024-06-20"
    plain = _r7cancel_events(
        "Putin and Xi held a meeting in Beijing, the Kremlin said on Monday.", "2024-05-22")
    assert next(e for e in plain if e.kind == "meeting").date.start == "2024-05-20"
