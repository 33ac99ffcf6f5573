"""Wording of real news, a class at a time, found among the dev gold events of the batch
real22b for which nothing of the pair was coded: counsel given to a side to act."""

from __future__ import annotations

from coded_events import coded_in


def test_counsel_given_to_a_side_to_act_is_a_request() -> None:
    """ "advised Kenya to", "encouraged Peru to", "counselled Hanoi to", "begged Seoul to":
    the everyday verbs of counsel and entreaty ask the named side to act (REQUEST), like
    "urged" and "pressed"; the same verbs said of a side's own citizens, or with no act asked
    for, are no request to another side."""
    assert ("request", "NOR", "ETH") in coded_in(
        "Norway on Monday advised Ethiopia to seek a negotiated end to the fighting.")
    assert ("request", "JPN", "PHL") in coded_in(
        "Japan encouraged the Philippines to take the maritime dispute to arbitration.")
    assert ("request", "FRA", "SEN") in coded_in(
        "France begged Senegal to reopen the border crossing before the harvest.")
    assert not any(k == "request" for k, *_ in coded_in(
        "Germany advised its citizens to leave Iran as soon as possible."))
    assert not any(k == "request" for k, *_ in coded_in(
        "Chile was encouraged by the progress of the talks with Bolivia."))
