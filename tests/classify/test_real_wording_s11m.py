"""Wording of real conflict news, a class at a time (each seen in several passages of the
real-text dev split): the accusation a punitive act tells by the act it answers."""

from __future__ import annotations

from coded_events import events_in
from dyadscope.model import Event


def _s11m_accusations(text: str, date: str = "2024-03-14") -> list[tuple[str, str | None]]:
    found: list[Event] = events_in(text, date)
    return [(e.actor1.code, e.actor2.code if e.actor2 else None)
            for e in found if e.kind == "criticism_hostility" and e.plover == "ACCUSE"]


def test_a_measure_answering_an_act_that_names_the_target_later_accuses_the_target() -> None:
    """ "recalled its envoy in response to a deal signed between Addis Ababa and ...", "in
    response to the arrest of one of its officials in France", "in protest at the beatings
    carried out by Russian police": a measure told as the answer to an act (in response to,
    in retaliation for, in protest at) whose wording names the target only further on, as
    the act's doer, agent or place, still says the target did wrong (ACCUSE). An act naming
    no side, or a third side first, accuses no one."""
    assert ("KEN", "UGA") in _s11m_accusations(
        "Kenya suspended all flights to Entebbe in response to a grazing pact signed between "
        "Kampala and the rebel administration.")
    assert ("GHA", "FRA") in _s11m_accusations(
        "Ghana recalled its ambassador on Monday in response to the detention of a Ghanaian "
        "journalist in France.")
    assert ("IRL", "RUS") in _s11m_accusations(
        "Ireland expelled two diplomats in protest at the beating of Irish students carried "
        "out by Russian security agents last month.")
    assert not _s11m_accusations(
        "Kenya suspended all flights to Entebbe in response to a landslide that blocked the "
        "airport road.")
    assert ("KEN", "UGA") not in _s11m_accusations(
        "Kenya suspended all flights to Entebbe in response to an American warning about a "
        "threat to aircraft over Uganda.")


def test_the_everyday_verbs_of_a_verbal_attack_are_accusations() -> None:
    """ "railed against the embargo", "tore into the plan", "pointed the finger at",
    "poured scorn on", "vilified", "upbraided": the common news verbs of attacking a side
    in words are criticism of it (ACCUSE), like "condemned" or "lashed out at"; a finger
    pointed at a map or a building torn into pieces is no one's criticism."""
    assert ("VEN", "COL") in _s11m_accusations(
        "Venezuela's vice president railed against Colombia's new border rules on Sunday.")
    assert ("CHN", "JPN") in _s11m_accusations(
        "Beijing tore into Tokyo's plan to expand its coast guard on Tuesday.")
    assert ("RUS", "UKR") in _s11m_accusations(
        "Moscow pointed the finger at Kyiv over the explosion at the depot.")
    assert ("IRN", "GBR") in _s11m_accusations(
        "Tehran poured scorn on London's proposal for a new inspection regime.")
    assert ("PRK", "KOR") in _s11m_accusations(
        "North Korea's state media vilified South Korea's president in a long commentary.")
    assert ("EGY", "ETH") in _s11m_accusations(
        "Egypt's foreign minister upbraided Ethiopia for filling the dam without a deal.")
    assert not _s11m_accusations(
        "The Chilean and Peruvian officials pointed at the map during the talks in Lima.")
