"""Wording of real news, a class at a time: sentences that tell more than one act, and
calls told by their bare verb ("phoned his counterpart", "called the president on
Tuesday to congratulate him")."""

from __future__ import annotations

from coded_events import coded_in


def test_a_call_told_by_its_bare_verb_is_a_meeting() -> None:
    """ "phoned his Iranian counterpart late on Wednesday", "called the Ukrainian president
    on Tuesday to congratulate him": a telephone call between the two (CONSULT), told by
    the verb alone; "called X a terrorist state" names, it calls no one."""
    assert ("meeting", "NOR", "SWE") in coded_in(
        "Norway's foreign minister phoned her Swedish counterpart Tobias Billstrom on "
        "Sunday evening.")
    assert ("meeting", "ESP", "MAR") in coded_in(
        "The Spanish prime minister called Moroccan Prime Minister Aziz Akhannouch on "
        "Friday to offer help after the earthquake.")
    assert ("meeting", "BRA", "ARG") in coded_in(
        "Brazil's president called his Argentine counterpart to discuss the trade row.")
    assert not [k for k, *_ in coded_in(
        "The Bolivian president called Chile a bad neighbour in a speech.") if k == "meeting"]
