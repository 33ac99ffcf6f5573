"""Wording of real news, a class at a time (each seen in several passages of the real-text
dev split): an incident told first with no date of its own, then named again later by
its day ("the June 15 confrontation", "Saturday's attack", "the incident last month")."""

from __future__ import annotations

from coded_events import events_in
from dyadscope.model import Event


def _s17b_days(text: str, kind: str, date: str = "2024-03-14") -> list[str | None]:
    events: list[Event] = events_in(text, date)
    return [e.date.start for e in events if e.kind == kind]


def test_a_later_named_day_dates_the_incident_told_before() -> None:
    """A lede that tells a clash with no day takes the publication day; a later sentence
    that names the same incident by its day ("since the March 9 confrontation",
    "Saturday's attack", "the incident last month") gives the incident that day. Only
    a force noun dates force (not the troops sent in answer); a day the text gave the
    event itself stays."""
    assert "2024-03-09" in _s17b_days(
        "Thai and Cambodian army commanders agreed to pull back troops after a clash that "
        "killed four soldiers. The commanders met for the first time since the March 9 "
        "confrontation.", "armed_clash")
    assert "2024-03-09" in _s17b_days(
        "Venezuela has sent troops to its border with Guyana after a Guyanese raid on a "
        "mining camp inside Venezuela. Caracas asked the United Nations to discuss "
        "Saturday's raid.", "armed_clash")
    assert "2024-02" in _s17b_days(
        "Hungary has admitted to briefly invading Slovakia by mistake after Hungarian "
        "border guards crossed over the border. The Hungarian ministry has described the "
        "incident last month as a misunderstanding.", "mobilize")
    # troops sent in answer are not the raid that Saturday names
    assert "2024-03-14" in _s17b_days(
        "Venezuela has sent troops to its border with Guyana after a Guyanese raid on a "
        "mining camp inside Venezuela. Caracas asked the United Nations to discuss "
        "Saturday's raid.", "mobilize")
    # an incident dated by its own sentence keeps its day
    assert _s17b_days(
        "Thai troops fired on Cambodian soldiers on March 12. Both sides met after the March "
        "9 confrontation.", "armed_clash")[0] == "2024-03-12"
