"""Wording of real conflict news, a class at a time (each seen in several passages of the
real-text dev split): force and military posture."""

from __future__ import annotations

from coded_events import coded_in


def test_sending_ships_police_or_aircraft_is_a_deployment() -> None:
    """ "deployed patrol vessels", "dispatched coast guard boats", "rushed police to the
    frontier", "sent fighter aircraft": the everyday nouns for what a state deploys are not
    only troops; naval vessels, police and aircraft sent against the other side are a
    show of force (MOBILIZE) too. A state that sends nothing is no deployment."""
    assert ("mobilize", "IDN", "MYS") in coded_in(
        "Malaysia set up an oil platform near the Ambalat block. In response, Indonesia "
        "deployed navy vessels to the area on Tuesday.")
    assert ("mobilize", "GTM", "BLZ") in coded_in(
        "Belize said Guatemalan settlers had crossed into its territory. Guatemala "
        "dispatched armed police to the disputed zone on Tuesday.")
    assert not [k for k, *_ in coded_in(
        "Malaysia set up an oil platform near the Ambalat block. Indonesia said on Tuesday "
        "that its navy vessels had returned to port.") if k == "mobilize"]


def test_one_sides_own_exercise_is_a_show_of_force_not_a_joint_one() -> None:
    """ "will stage naval drills on Monday near its border with X", "included X's islands in
    its military exercise": an exercise one side holds on its own, at the other's door or
    named as its own, is a show of force (MOBILIZE), not cooperation with the other side;
    the place may follow the day. A joint exercise stays a joint one."""
    coded = coded_in(
        "Russia will stage naval drills on Monday near the border with Finland, the Russian "
        "navy said.")
    assert ("mobilize", "RUS", "FIN") in coded
    assert not [k for k, *_ in coded if k == "military_exercise"]
    assert ("military_exercise", "IND", "FRA") in coded_in(
        "India and France began a joint naval exercise off Goa on Monday.")
