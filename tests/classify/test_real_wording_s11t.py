"""Wording of real conflict news, a class at a time (each seen in several passages of the
real-text dev split): a measure the story told before, told again as a noun ("the move",
"this measure", "the decision", "it") that a later clause says answers another side's act."""

from __future__ import annotations

from coded_events import events_in
from dyadscope.model import Event


def _s11t_accusations(text: str) -> list[tuple[str, str | None, str | None]]:
    events: list[Event] = events_in(text, "2024-03-14")
    return [(e.actor1.code if e.actor1 else None, e.actor2.code if e.actor2 else None,
             e.date.start) for e in events if e.plover == "ACCUSE"]


def test_a_retold_measure_answering_the_other_side_accuses_it() -> None:
    """ "X expelled two diplomats. The move comes in response to Y's decision ...", "This
    measure is a forced response to the unilateral actions of the Y side", "Z claims it is
    a response to its neighbour's alleged support ...": the noun retells the story's last
    measure, so the side that took it accuses the side whose act it answers (ACCUSE), dated
    as the measure. Nothing linked the noun to the measure's taker before."""
    assert ("RUS", "POL", "2024-03-12") in _s11t_accusations(
        "Russia on Tuesday expelled two Polish diplomats. The move comes in response to "
        "Poland's decision to close a Russian consulate.")
    assert ("BLR", "LTU", "2024-03-11") in _s11t_accusations(
        "Belarus on Monday closed its border crossings with Lithuania. This measure is a "
        "forced response to the unilateral actions of the Lithuanian side.")
    assert ("KEN", "SOM", "2024-03-08") in _s11t_accusations(
        "Kenya recalled its ambassador to Somalia on Friday. Nairobi says the decision was "
        "taken in retaliation for the neighbour's alleged provocations.")


def test_a_retold_measure_with_no_answer_or_another_time_accuses_no_one() -> None:
    """ "The ban is due to take effect next week" tells a time, not a cause; "The move
    came as talks stalled" answers no one; a measure answering its own taker's act names
    no other side."""
    for text in (
        "Kenya suspended flights to Somalia on Friday. The ban is due to take effect next week.",
        "Russia on Tuesday expelled two Polish diplomats. The move came as talks stalled.",
        "Russia on Tuesday expelled two Polish diplomats. The move comes in response to a "
        "Russian court ruling.",
    ):
        assert not _s11t_accusations(text), text


def test_a_measure_retold_as_an_opening_gerund_accuses_the_side_it_answers() -> None:
    """ "It said that 'recalling our ambassador from X comes in response to X's ...'":
    the measure retold as the -ing act opening its clause is the same retold measure, and
    its taker accuses the side whose act it answers; a gerund that is no measure
    ("visiting") retells none."""
    assert ("DZA", "FRA", "2024-03-09") in _s11t_accusations(
        "Algeria recalled its ambassador to France on Saturday. The presidency said that "
        "recalling the ambassador comes in response to hostile remarks by the French "
        "president.")
    assert not _s11t_accusations(
        "Algeria recalled its ambassador to France on Saturday. The presidency said that "
        "visiting Paris was in response to an invitation by the French president.")


def test_a_retold_measure_may_answer_that_country_after_another_act_is_told() -> None:
    """ "X expelled Y's envoy. Y had offered aid to Z. The expulsion was due to repeated
    remarks by the leaders of that country": the noun retells the story's last measure,
    not the act told in between, and "that country" (or "its neighbour") points back to the
    measure's target, which the taker accuses (ACCUSE). A clause naming no side and
    pointing back to none accuses no one."""
    assert ("PER", "MEX", "2024-03-12") in _s11t_accusations(
        "Peru expelled the Mexican ambassador on Tuesday. On Monday Mexico had granted "
        "asylum to relatives of the former president. The ministry said the expulsion was "
        "due to repeated remarks by the leaders of that country about Peruvian politics.")
    assert not _s11t_accusations(
        "Peru expelled the Mexican ambassador on Tuesday. On Monday Mexico had granted "
        "asylum to relatives of the former president. The ministry said the expulsion was "
        "due to repeated remarks about Peruvian politics.")
