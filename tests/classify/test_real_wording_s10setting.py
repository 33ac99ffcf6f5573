"""Wording of real news that names the acts of third states only as the setting of the
story's act ("against the background of fighting between X and Y", "in the midst of
hostilities between X and Y"): the states of such a phrase are not the sides of the act
it follows."""

from __future__ import annotations

from coded_events import coded_in, events_in


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


def _setting_wars(text: str) -> list[tuple[str, str, str | None]]:
    return [(e.actor1.code, e.actor2.code if e.actor2 else "", e.date.start)
            for e in events_in(text, "2024-03-14") if e.kind == "armed_clash"]


def test_a_named_war_in_a_time_phrase_is_a_war_when_it_names_who_fought() -> None:
    """ "In the aftermath of the Sino-Indian war", "during the 44-day war against Armenia":
    the war is the setting of the act, but its name (or the foe named right after it)
    says which two states fought, and an analyst codes that war, dated as history dates
    it. A name that says only when ("during the 44-day Patriotic War", "since the end of
    the Kargil war") stays a time."""
    assert ("CHN", "IND", "1962-10") in _setting_wars(
        "In the aftermath of the Sino India war, Nepal settled its northern border with "
        "Beijing.")
    assert ("AZE", "ARM", "2020-09") in _setting_wars(
        "Turkish drones were decisive during the 44-day war with Armenia.")
    assert not _setting_wars(
        "Aliyev thanked Ankara for its help during the 44-day Patriotic War.")
    assert not _setting_wars(
        "Trade between the neighbours has grown since the end of the Kargil war.")
