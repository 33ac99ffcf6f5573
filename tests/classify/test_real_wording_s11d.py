"""Wording of real conflict news, a class at a time (each seen in several passages of the
real-text dev split): conflict acts that were found in a sentence and then lost because
nothing gave them a second side."""

from __future__ import annotations

from coded_events import events_in, sides_of
from dyadscope.model import Event


def _s11d_events(text: str, date: str | None = "2024-03-14") -> list[Event]:
    return events_in(text, date)


def test_a_withdrawal_naming_no_other_side_is_from_the_documents_other_side() -> None:
    """ "ordered its troops to pull back from the disputed ridge", "its diplomats will
    leave the country": a side that withdraws troops or staff in a story about two sides
    withdraws from the other one (RETREAT), as a closed border or a recalled envoy with no
    target named is aimed at it; the withdrawal gives no target to that side's later
    force, and a story with no pair leaves it one-sided."""
    withdrawn = _s11d_events(
        "Eritrea and Ethiopia traded accusations over the border town on Monday. Eritrea "
        "on Tuesday ordered its troops to pull back from the disputed ridge.")
    assert sides_of(withdrawn, "retreat") == ("ERI", "ETH")
    staff = _s11d_events(
        "Bolivia broke off diplomatic relations with Peru on Monday. Its foreign minister "
        "said Bolivian diplomatic personnel would leave the country within a week.")
    assert sides_of(staff, "retreat") == ("BOL", "PER")
    # the withdrawal told, a later sentence's clash of the same side has no target from it
    clash = _s11d_events(
        "Eritrea and Ethiopia traded accusations over the border town on Monday. Eritrea "
        "ordered its troops to pull back on Tuesday. Reporters visited the clash site.")
    assert not [e for e in clash if e.kind == "armed_clash"]
    alone = _s11d_events("Eritrea ordered its troops to pull back from the ridge on Tuesday.")
    assert not [e for e in alone if e.kind == "retreat"]
