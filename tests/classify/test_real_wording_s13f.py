"""Acts that a sentence coded alone dates right but that the story around it re-dated
(branch s13f): a denial of a charge told after the incident the charge is about."""

from __future__ import annotations

from coded_events import events_in


def _s13f_reject_day(text: str, date: str) -> str | None:
    event = next(e for e in events_in(text, date) if e.kind == "reject")
    return event.date.start


def test_s13f_a_denied_charge_is_not_dated_by_the_incident_day() -> None:
    """ "X said Y's troops fired on its posts on Tuesday. Y denied the accusations": the
    denial answers the charge, made after the incident, so it takes the report's own day
    (the page's), not the incident day the story carries from the sentence before. An
    undated act of the story that is no answer to a charge still takes the story's day."""
    assert _s13f_reject_day(
        "Russian troops fired at a Georgian police post on Tuesday, Georgia said. "
        "The Russian Defence Ministry denied the Georgian accusations.", "2024-03-16"
    ) == "2024-03-16"
    assert _s13f_reject_day(
        "On Tuesday, Russian troops fired at a Georgian police post near the boundary line. "
        "Moscow rejected the claims as a provocation.", "2024-03-16"
    ) == "2024-03-16"
    # no charge answered: the story's carried day is left as it was
    plain = [
        e for e in events_in(
            "Russian troops fired at a Georgian police post on Tuesday near the boundary "
            "line. They also detained two Georgian farmers.", "2024-03-16")
        if e.kind == "coerce"
    ]
    assert plain and all(e.date.start == "2024-03-12" for e in plain)
