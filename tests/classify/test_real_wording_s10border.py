"""Wording of real conflict news, a class at a time (each seen in several passages of the
real-text dev split): fighting told through the border it happened on rather than through
who fought ("a firefight erupted along the X–Y border")."""

from __future__ import annotations

from coded_events import coded_in, events_in


def _border_clashes(text: str) -> list[tuple[str, str | None]]:
    return [(a, b) for k, a, b in coded_in(text, "2024-03-14") if k == "armed_clash"]


def test_fighting_on_a_border_named_by_two_states_is_between_them() -> None:
    """ "a gunfight broke out on the Kenya-Somalia border", "a shootout on the frontier
    between Chad and Sudan": fighting with no side named of its own is between the two
    states whose border it is placed on, in the order named. A border named only as a
    place ("trade across the X–Y border") makes no clash."""
    assert ("KEN", "SOM") in _border_clashes(
        "A fierce gunfight broke out along the Kenya–Somalia border on Tuesday, leaving "
        "three soldiers dead.")
    assert ("CHN", "IND") in _border_clashes(
        "Officials said a brief skirmish took place on the China-India border overnight.")
    assert ("TCD", "SDN") in _border_clashes(
        "A firefight erupted at the frontier between Chad and Sudan on Monday.")
    assert not _border_clashes("Trade across the Kenya–Somalia border grew last year.")
    assert not _border_clashes("Traders in the Chad-Sudan border town reopened their shops.")


def test_one_sides_account_after_border_fighting_stays_its_own_attack() -> None:
    """ "A firefight erupted along the X–Y border ... a Y official said X forces launched a
    surprise attack": the side's account of who fired after fighting only placed on the
    border is an attack of its own, not a retelling of the fighting."""
    events = events_in(
        "A deadly firefight erupted along the Kenya–Somalia border on Tuesday. Kenya said "
        "Somali troops attacked its soldiers in what it called a surprise assault.",
        "2024-03-14",
    )
    sides = {(e.actor1.code, e.actor2.code) for e in events
             if e.kind == "armed_clash" and e.actor1 and e.actor2}  # fmt: skip
    assert {("KEN", "SOM"), ("SOM", "KEN")} <= sides


def test_firing_back_is_an_attack_on_whoever_fired_first() -> None:
    """ "Israel's army said it is firing back after rockets were fired from Lebanon", "the
    Azerbaijani soldiers fired back": fire answering fire, in the everyday words beside
    "returned fire", is the answering side's attack on the side that fired first. "Fired
    back at critics" in words is no force."""
    assert ("IND", "PAK") in _border_clashes(
        "The Indian army said it was firing back after mortar rounds were fired from "
        "Pakistan into Indian territory.")
    assert ("AZE", "ARM") in _border_clashes(
        "Armenian troops fired at Azerbaijani positions on Monday and Azerbaijani soldiers "
        "fired back.")
    assert not _border_clashes("The Indian minister fired back at his critics in parliament.")
