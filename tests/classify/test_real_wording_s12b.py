"""Wording of real conflict news, a class at a time (branch s12b): force by a crowd or a
raid on another state's mission, told with the everyday verbs of news reports."""

from __future__ import annotations

from coded_events import coded_in


def _s12b_coded(text: str) -> list[tuple[str, str, str | None]]:
    return coded_in(text, "2024-03-14")


def test_s12b_a_crowd_forcing_its_way_at_a_foreign_mission_is_a_protest() -> None:
    """ "tried to storm the embassy", "besieged the consulate", "ransacked the mission",
    "hurled stones at the embassy": a crowd's force on a foreign state's mission is its
    protest against that state (PROTEST), and the same verbs by police are force on the
    mission's owner; "a storm" or a crowd gathering with no mission is not coded."""
    assert ("protest", "EGY", "ISR") in _s12b_coded(
        "Angry Egyptian protesters tried to storm the Israeli embassy in Cairo on Monday.")
    assert ("protest", "PAK", "IND") in _s12b_coded(
        "Pakistani demonstrators besieged the Indian embassy in Islamabad for hours.")
    assert ("protest", "IRN", "GBR") in _s12b_coded(
        "Iranian students ransacked the British embassy in Tehran on Tuesday.")
    assert ("protest", "SRB", "HRV") in _s12b_coded(
        "Serbian students hurled rocks at the Croatian embassy in Belgrade overnight.")
    assert not _s12b_coded("A powerful storm damaged the Mexican embassy in Quito on Friday.")
    assert not [k for k, *_ in _s12b_coded(
        "Ecuadorian police tried to storm the Mexican embassy in Quito on Friday.")
        if k == "protest"]


def test_s12b_forces_added_at_a_border_are_a_mobilization() -> None:
    """ "ordered troop reinforcement along the border", "beefed up its military presence on
    the frontier", "bolstered its forces along the border", "the deployment of troops to the
    border": more forces sent to the border with another state (MOBILIZE against it), the
    everyday nouns and verbs for it; "bolster military cooperation" (no border) is none."""
    assert ("mobilize", "VEN", "GUY") in _s12b_coded(
        "Caracas ordered troop reinforcement along the border with Guyana on Sunday.")
    assert ("mobilize", "IND", "CHN") in _s12b_coded(
        "India has beefed up its military presence along the frontier with China.")
    assert ("mobilize", "THA", "KHM") in _s12b_coded(
        "Thailand bolstered its forces along the Cambodian border on Tuesday.")
    assert ("mobilize", "AZE", "ARM") in _s12b_coded(
        "Baku announced the deployment of troops to the border with Armenia.")
    assert not [k for k, *_ in _s12b_coded(
        "Thailand and Cambodia agreed to bolster military cooperation on Tuesday.")
        if k == "mobilize"]
