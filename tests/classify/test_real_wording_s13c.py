"""Wording of real news, a class at a time (each seen in several passages of the
real-text dev split): dates that belong to another clause or thing of the sentence, not
to the act it tells."""

from __future__ import annotations

from coded_events import events_in

S13C_DAY = "2024-03-14"


def _s13c_dates(text: str, kind: str) -> list[str | None]:
    return [e.date.start for e in events_in(text, S13C_DAY) if e.kind == kind]


def test_a_participle_describing_another_noun_keeps_its_date_from_the_act() -> None:
    """ "completed the delivery of jets under a deal signed in 2015", "met him in the
    town, also captured by the army in the spring of 2016": the date dates the deal or
    the town (a participle phrase describing a noun after the act), not the delivery or
    meeting, which is news of the day. A date told for the act itself keeps it."""
    assert S13C_DAY in _s13c_dates(
        "Recently, France has completed the delivery of Rafale jets to Greece under a "
        "contract signed in 2019.", "arms_transfer")
    assert "2019" not in _s13c_dates(
        "Recently, France has completed the delivery of Rafale jets to Greece under a "
        "contract signed in 2019.", "arms_transfer")
    assert S13C_DAY in _s13c_dates(
        "Ukrainian President Volodymyr Zelensky met his Polish counterpart in the Kharkiv "
        "region, also liberated as a result of the counteroffensive in the fall of 2022.",
        "meeting")
    # the act's own date stays
    assert "2024-03-11" in _s13c_dates(
        "Ukrainian President Volodymyr Zelensky met his Polish counterpart in Kyiv on "
        "Monday.", "meeting")
    assert "2022" in _s13c_dates(
        "France delivered Rafale jets to Greece in 2022 under a contract.", "arms_transfer")
