"""Wording of real friction news, a class at a time (real-text dev split, batch
real22b and the batches before it): the dates of statements told along a story."""

from __future__ import annotations

from coded_events import coded_in, events_in
from dyadscope.model import Event


def _s16d_events(text: str, date: str = "2024-03-14") -> list[Event]:
    return events_in(text, date)


def _s16d_sides(text: str, kind: str) -> list[tuple[str, str | None]]:
    return [(actor1, actor2) for coded, actor1, actor2 in coded_in(text) if coded == kind]


def _s16d_dated(events: list[Event], kind: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (e.actor1.code, e.actor2.code if e.actor2 else None, e.date.start)
        for e in events
        if e.kind == kind
    ]


def test_a_dated_saying_with_no_event_dates_the_statement_told_after_it() -> None:
    """ "The minister said on Monday that X was out of control. He also called it
    illegitimate.": the first sentence tells no coded act, but its report verb carries the
    day of the saying; the statement that goes on with it ("He also called ...") was made
    then, not on the page's date. A day told of something else (a relative clause) does
    not."""
    events = _s16d_events(
        "Senegal on Thursday ordered the Gambian envoy to leave within 48 hours. "
        "Gambian Foreign Minister Mamadou Tangara said on Monday that Senegal's leaders "
        "were behaving recklessly. He also accused Senegal of arming separatists.")
    assert ("GMB", "SEN", "2024-03-11") in _s16d_dated(events, "criticism_hostility")
    # no saying in the sentence before: the statement keeps the page's day
    events = _s16d_events(
        "Senegal on Thursday ordered the Gambian envoy to leave within 48 hours. "
        "Gambian Foreign Minister Mamadou Tangara, who took office on Monday, was in "
        "Banjul. He also accused Senegal of arming separatists.")
    assert ("GMB", "SEN", "2024-03-11") not in _s16d_dated(events, "criticism_hostility")


def test_force_told_inside_a_sides_complaint_was_done_to_the_complainer() -> None:
    """ "X protested the killing of a farmer in a shooting involving Y's soldiers", "X
    denounced the raid and said it wounded three guards": the force told inside a side's
    complaint was done to that side, not by it. With the other side named, it is the
    doer; with none named, the act is the one told before and is not coded again. A new
    act of the complainer's own after "and" keeps it as the doer."""
    coded = _s16d_sides(
        "Honduras on Wednesday protested the killing of a fisherman in a border "
        "shooting involving Nicaraguan soldiers.", "armed_clash")
    assert ("NIC", "HND") in coded and ("HND", "NIC") not in coded
    coded = _s16d_sides(
        "Armenian troops shelled Azerbaijani positions near Lachin on Tuesday. "
        "Baku strongly condemned the shelling and said it killed two soldiers.",
        "armed_clash")
    assert ("ARM", "AZE") in coded and ("AZE", "ARM") not in coded
    # the complainer's own new act of force
    coded = _s16d_sides(
        "Armenia condemned the provocation and then shelled Azerbaijani positions "
        "near Lachin.", "armed_clash")
    assert ("ARM", "AZE") in coded


def test_a_day_between_a_verb_and_its_object_keeps_the_verb_active() -> None:
    """ "Hungary expelled on Monday two Serbian diplomats": the day told between the verb
    and its object does not make the verb a participle of the noun before it ("the
    envoy expelled on Monday was ..."); the subject expels, the envoys' state is
    expelled. A participle with no object after its day stays one."""
    assert _s16d_sides("Hungary expelled on Monday two Serbian diplomats.", "sanction") == [
        ("HUN", "SRB")]
    assert ("SRB", "HUN") not in _s16d_sides(
        "Two Serbian diplomats expelled on Monday by Hungary left Budapest.", "sanction")
