"""Wording of real news, a class at a time (each seen in several passages of the real-text
dev split): the date of an act told through another act. A report's own act (the charge a
side makes by telling of force done to it) is dated by the report, not by the act it
tells; a plan is not dated by the day it was announced."""

from __future__ import annotations

from coded_events import events_in
from dyadscope.model import Event


def _s13g_accusations(text: str, date: str) -> list[Event]:
    return [e for e in events_in(text, date) if e.kind == "criticism_hostility"]


def test_a_charge_told_by_reporting_force_has_the_report_day() -> None:
    """ "X said that Y's troops had shelled its posts on Monday": the shelling is
    Monday's, the charge is the report's, on the day the report itself gives ("on
    Wednesday said") or, with none, the story's day; the force keeps its own day."""
    events = events_in(
        "A spokesman for the Indian army said that Chinese troops had shelled Indian posts "
        "on Monday.", "2024-03-14")
    charge = next(e for e in events if e.kind == "criticism_hostility")
    assert (charge.actor1.code, charge.actor2.code) == ("IND", "CHN")
    assert charge.date.start == "2024-03-14"
    force = next(e for e in events if e.kind == "armed_clash")
    assert force.date.start == "2024-03-11"
    dated = _s13g_accusations(
        "Armenia's defence ministry on Wednesday said that Azerbaijani forces had fired on "
        "its positions on Monday.", "2024-03-14")
    assert [e.date.start for e in dated] == ["2024-03-13"]
    # a day told after the force is the force's, not the report's
    later = _s13g_accusations(
        "Kabul said that Pakistani jets bombed two villages in Khost on Sunday.", "2024-03-14")
    assert [e.date.start for e in later] == ["2024-03-14"]


def test_a_time_ahead_in_what_was_decided_does_not_date_the_decision() -> None:
    """ "issued a ban on flights to take effect next month", "agreed to name 2026 the Year
    of Culture": the time ahead belongs to the infinitive that tells what was decided; the
    decision itself (a past verb) was made on the story's day and stays actual. A plan
    told with its own future verb keeps its time ahead."""
    events = events_in(
        "Moscow has ordered a ban on Georgian wine imports to take effect next month.",
        "2024-03-14")
    ban = next(e for e in events if e.kind == "sanction")
    assert (ban.actor1.code, ban.actor2.code) == ("RUS", "GEO")
    assert (ban.date.start, ban.status) == ("2024-03-14", "actual")
    pledge = next(e for e in events_in(
        "Kazakhstan and Kyrgyzstan agreed to name 2026 the Year of Cultural Exchange.",
        "2024-03-14") if e.kind == "pledge")
    assert pledge.date.start == "2024-03-14"
    visit = next(e for e in events_in(
        "The Kazakh president will travel to Bishkek next month.", "2024-03-14")
        if e.kind == "visit")
    assert visit.date.start == "2024-04"
