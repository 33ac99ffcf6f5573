"""Wording of real news, a class at a time (each seen in several passages of the
real-text dev split): when an act took place, where its own clause gives no date."""

from __future__ import annotations

from coded_events import events_in
from dyadscope.model import Event


def _s8dates_dated(text: str, kind: str, date: str = "2024-03-14") -> list[str | None]:
    """The start dates of the events of ``kind`` coded from ``text``."""
    found: list[Event] = [e for e in events_in(text, date) if e.kind == kind]
    return [e.date.start for e in found]


def test_an_undated_act_told_before_an_after_clause_takes_that_clause_date() -> None:
    """ "X closed the border after bombers struck a mosque in July 2010", "the army
    struck the south after a rocket exploded on Tuesday": an act told in the past with
    no date of its own answered what the "after" clause dates, and took place then,
    not on the day of the story that tells it as background. An act told as it stands
    now ("has reopened the border after it was closed in 2016") keeps the story's day,
    and a count before "after" ("three months after ... in 2020") names another time."""
    assert _s8dates_dated(
        "Kenya shut its border with Somalia after gunmen attacked a bus near Mandera in "
        "June 2019.", "sanction") == ["2019-06"]
    assert _s8dates_dated(
        "The Indian army shelled Pakistani posts after a mortar round landed near an Indian "
        "camp on Tuesday.", "armed_clash", "2024-03-14") == ["2024-03-12"]
    assert _s8dates_dated(
        "Qatar and Bahrain severed ties after a dispute over fishing rights in 2017.",
        "sanction") == ["2017"]
    assert _s8dates_dated(
        "Uzbekistan has reopened its border with Tajikistan after it was closed in 2016.",
        "concede") == ["2024-03-14"]
    assert "2020" not in _s8dates_dated(
        "Chad expelled the Sudanese ambassador three months after the two armies clashed "
        "in 2020.", "sanction")
