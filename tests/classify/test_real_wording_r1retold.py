"""Wording of real conflict news, a class at a time (each seen in several passages of the
real-text dev split): acts told as retold or background, and people of one side leaving
the other's ground."""

from __future__ import annotations

from coded_events import coded_in


def test_an_envoy_police_or_warship_leaving_the_other_side_is_a_retreat() -> None:
    """ "France's ambassador has left the country", "Australian police departed Vanuatu",
    "the envoy was flown out of the country": a side's own envoy, police or warship leaving
    (or flown out of) the other's ground is that side's retreat from it, named by the state
    that opens the leavers' name, not the ground they leave; setting out "for" a place and
    leaving a meeting are no retreat."""
    assert ("retreat", "DEU", "MLI") in coded_in(
        "Germany's envoy in Mali has left the country, Berlin said on Tuesday.")
    assert ("retreat", "NZL", "FJI") in coded_in(
        "Thirty New Zealand police officers departed Fiji on Monday.")
    coded = coded_in(
        "Italy's ambassador in Libya was flown out of the North African country on Monday.")
    assert ("retreat", "ITA", "LBY") in coded
    assert ("retreat", "LBY", "ITA") not in coded
    assert not [k for k, *_ in coded_in(
        "The Dutch ambassador left for Indonesia on Monday.") if k == "retreat"]
    assert not [k for k, *_ in coded_in(
        "The Spanish ambassador left the meeting with Moroccan officials early.")
        if k == "retreat"]


def test_clashes_named_as_what_came_before_are_no_new_clash() -> None:
    """ "the crossing between X and Y was reopened following deadly clashes": fighting
    named as what came before the story's act, with no day and no sides of its own, is
    told as its cause (another sentence tells it, with its day), not a clash on the story
    day; one named with its sides ("following clashes between X and Y troops") is still
    coded."""
    assert not [k for k, *_ in coded_in(
        "The main crossing between India and Nepal was reopened on Tuesday following "
        "heavy fighting.") if k == "armed_clash"]
    assert ("armed_clash", "IND", "NPL") in coded_in(
        "The main crossing was reopened on Tuesday following clashes between Indian and "
        "Nepali troops.")
