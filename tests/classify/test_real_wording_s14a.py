"""Audit of diplomatic protest and measures wording (sanctions, expulsions, recalls,
summons, protests), sentences written for the audit, not taken from gold: the structures
the coder missed on general English wording."""

from __future__ import annotations

from coded_events import coded_in


def _s14a_coded(text: str) -> list[tuple[str, str, str | None]]:
    return coded_in(text, "2024-03-14")


def test_s14a_passive_measure_with_no_side_as_subject() -> None:
    """ "Sanctions were imposed on Iran by the European Union": in the passive the
    subject is the measure itself, no side, so the side it was laid on is the one after
    its preposition and the one after "by" imposed it; the subject-as-target rule of the
    passive found no target and coded nothing."""
    assert ("sanction", "EU", "IRN") in _s14a_coded(
        "Sanctions were imposed on Iran by the European Union.")
    assert ("sanction", "USA", "VEN") in _s14a_coded(
        "Fresh sanctions were slapped on Venezuela by the United States last week.")
    assert ("sanction", "GBR", "RUS") in _s14a_coded(
        "An embargo was placed on Russia by Britain on Tuesday.")
    # a passive whose subject is a side keeps that side as the target
    assert ("sanction", "CAN", "IRN") in _s14a_coded(
        "Iranian officials were sanctioned by Canada.")
    # no side imposes anything: a general remark on sanctions
    assert not [k for k, *_ in _s14a_coded(
        "Sanctions are not a solution, the Iranian minister said.") if k == "sanction"]
