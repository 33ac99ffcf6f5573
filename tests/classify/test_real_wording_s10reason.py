"""Wording of real news, a class at a time: a date inside the phrase that tells what an act
is about or answers ("over the incursion ... on January 17", "In view of the break-in ...
on Friday, April 5") belongs to the act named there, not to the act told."""

from __future__ import annotations

from coded_events import events_in
from dyadscope.model import Event

_S10REASON_DAY = "2024-03-12"  # a Tuesday


def _s10reason_dated(text: str, kind: str) -> list[str | None]:
    events: list[Event] = events_in(text, _S10REASON_DAY)
    return [e.date.start for e in events if e.kind == kind]


def test_a_date_in_the_phrase_of_what_an_act_is_about_is_that_acts() -> None:
    """ "demanded explanations over the intrusion of drones ... on Saturday": the phrase
    opened by "over", "regarding", "concerning" or "in view of" names another act by its
    noun, and a date inside it, with no comma before, is that act's day; the demand is
    the story's. A date told before the phrase is the act's own, and a phrase whose noun
    is no act ("over the situation") or an "over" that is a verb's particle ("handed over
    the aid") keeps its date for the act."""
    assert _s10reason_dated(
        "Lithuania summoned the Belarusian envoy to demand an explanation over the intrusion "
        "of drones into Lithuanian airspace on Saturday.", "request") == [_S10REASON_DAY]
    assert _s10reason_dated(
        "Lithuania summoned the Belarusian envoy on Saturday to demand an explanation over "
        "the intrusion of drones into Lithuanian airspace.", "request") == ["2024-03-09"]
    assert _s10reason_dated(
        "Lithuania demanded explanations from Belarus over the situation on the border on "
        "Saturday.", "request") == ["2024-03-09"]
    assert _s10reason_dated(
        "Turkish officials handed over relief aid to Pakistan at Karachi airport on Sunday.",
        "aid_project") == ["2024-03-10"]


def test_a_date_in_a_fronted_phrase_of_what_an_act_answers_is_that_acts() -> None:
    """ "In view of the storming of its consulate ... on Monday, March 11, Spain announces
    that it is breaking relations": the phrase before the main clause names the act
    answered, with its day; the answer is told on the story's day. A date of the main
    clause itself dates the act."""
    assert _s10reason_dated(
        "In view of the storming of its consulate by Venezuelan soldiers on Monday, March 11, "
        "Spain announces that it is breaking diplomatic relations with Venezuela.",
        "sanction") == [_S10REASON_DAY]
    assert _s10reason_dated(
        "Spain announced that it is breaking diplomatic relations with Venezuela on Monday, "
        "March 11.", "sanction") == ["2024-03-11"]


def test_an_act_named_as_what_a_dated_reaction_is_about_keeps_only_its_month() -> None:
    """ "filed a protest on Thursday over the coast guard's reported firing of water
    cannons", "summoned the envoy on Sunday ... regarding Iran's missile strikes": the day
    before "over" / "regarding" is the reaction's; the act it is about came before it, so
    it keeps only that month unless another sentence tells its day. The same act told
    with a day of its own keeps that day; "a recent" act keeps the day as its latest."""
    events = events_in(
        "Manila filed a diplomatic protest on Thursday over the Chinese coast guard's "
        "reported firing of water cannons at a Philippine supply boat.", "2024-03-14")
    assert [e.date.start for e in events if e.kind == "criticism_hostility"] == ["2024-03-14"]
    assert [e.date.start for e in events if e.kind == "coerce"] == ["2024-03"]
    struck = events_in(
        "Tehran summoned the British envoy on Sunday to question London's stance regarding "
        "Iran's missile strikes on Israel.", "2024-03-14")
    assert [e.date.start for e in struck if e.kind == "armed_clash"] == ["2024-03"]
    told = events_in(
        "The Chinese coast guard fired water cannons at a Philippine supply boat on "
        "Thursday.", "2024-03-14")
    assert [e.date.start for e in told if e.kind == "coerce"] == ["2024-03-14"]
