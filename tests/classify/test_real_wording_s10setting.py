"""Wording of real news that names the acts of third states only as the setting of the
story's act ("against the background of fighting between X and Y", "in the midst of
hostilities between X and Y"): the states of such a phrase are not the sides of the act
it follows."""

from __future__ import annotations

from coded_events import coded_in


def _setting_coded(text: str) -> list[tuple[str, str, str | None]]:
    return coded_in(text, "2024-03-14")


def test_the_setting_words_family_keeps_its_states_off_the_act_before_it() -> None:
    """ "amid", "despite", "against the backdrop of" already open the setting of an act;
    "against the background of", "in the wake of", "in the aftermath of", "in the midst
    of", "in the shadow of", "in the face of" are the same phrase: a meeting told before
    "against the background of fighting between Israel and Iran" is no Israel-Iran
    meeting. A meeting whose "between" names its own sides keeps them."""
    skirmish = _setting_coded(
        "The skirmish, which came on the eve of a regional defence meeting and against the "
        "background of fighting between Israel and Iran, began when Kenyan police accused "
        "Somali troops of crossing the line.")
    assert ("meeting", "ISR", "IRN") not in skirmish
    assert ("criticism_hostility", "KEN", "SOM") in skirmish
    midst = _setting_coded(
        "A ministerial meeting in the midst of hostilities between Armenia and Azerbaijan "
        "ended without a statement.")
    assert ("meeting", "ARM", "AZE") not in midst
    assert ("armed_clash", "ARM", "AZE") in midst
    assert ("meeting", "KEN", "SOM") in _setting_coded(
        "A meeting between Kenya and Somalia took place on Monday.")
