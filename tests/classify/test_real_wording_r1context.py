"""Structure of real news passages, a class at a time: acts that a sentence run alone
codes right but the whole passage lost, here by folding a fresh act of the story's day
into an earlier act of the same two sides that the passage told as history."""

from __future__ import annotations

from coded_events import events_in
from dyadscope.model import Event


def _r1context_signings(text: str, date: str) -> list[Event]:
    return [e for e in events_in(text, date) if e.kind == "agreement_signed"]


def test_history_told_first_is_not_the_fresh_act_of_the_story_day() -> None:
    """ "Though X and Y signed the pact in 2017, ... The two countries inked ten agreements":
    an act told first with a time of its own long before the page's day, then an act of the
    same sides placed only on the page's day, are two acts; before, the fresh signing was
    folded into the old one and lost its day. A later mention of the old act itself keeps
    its own time and stays one act."""
    text = ("Although Laos and Thailand signed a transit accord in 2015, little has come of it. "
            "On Tuesday the two prime ministers held talks in Vientiane. "
            "The two countries inked six memorandums on trade and energy.")
    starts = sorted(e.date.start or "" for e in _r1context_signings(text, "2024-03-14"))
    assert starts[0].startswith("2015")
    assert any(s.startswith("2024-03") for s in starts[1:])
    # the old accord told again with its own year is still one act
    again = ("Laos and Thailand signed a transit accord in 2015. "
             "The accord was signed in 2015 in Bangkok.")
    assert len(_r1context_signings(again, "2024-03-14")) == 1


def test_the_meeting_told_with_a_time_long_before_is_not_the_story_meeting() -> None:
    """ "Ministers of X and Y take part in a meeting ... During the meeting ..., suspended
    since 2014, when the last meeting was held": a definite mention that refers back to a
    meeting placed on the page's day, but carries a time of its own long before it, is an
    earlier meeting; before, the story's meeting was folded into it and took its year. A
    definite mention with no time of its own still is the story's meeting."""
    text = ("The defence ministers of Ecuador and Colombia take part in a joint border "
            "commission meeting in Quito. "
            "During the meeting, they review patrols halted since 2019, when the last "
            "meeting was held.")
    starts = sorted(e.date.start or "" for e in events_in(text, "2024-03-14")
                    if e.kind == "meeting")
    assert any(s.startswith("2024-03-14") for s in starts)
    plain = ("The defence ministers of Ecuador and Colombia take part in a joint border "
             "commission meeting in Quito. During the meeting, they review border patrols.")
    assert [e.date.start for e in events_in(plain, "2024-03-14")
            if e.kind == "meeting"] == ["2024-03-14"]
