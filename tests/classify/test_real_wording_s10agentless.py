"""Wording of real conflict news, a class at a time (each seen in several passages of the
real-text dev split): force told in the passive with no doer named, whose victims are
named by their nationality."""

from __future__ import annotations

from coded_events import coded_in


def _agentless_force(text: str) -> list[tuple[str, str | None]]:
    coded = coded_in(text, "2024-03-14")
    return [(a1, a2) for kind, a1, a2 in coded if kind == "armed_clash"]


def test_people_of_one_side_killed_with_no_doer_named_were_struck_by_the_other() -> None:
    """ "An Azerbaijani serviceman has been killed on the frontier", "three Algerians were
    killed by a strike on their trucks": force on people named by their nationality, told
    in the passive with no side as its doer, in a text on that side and another, was done
    by the other (as people of a side held with no captor named were held by the other);
    and a passive whose doer is named keeps it."""
    assert ("ARM", "AZE") in _agentless_force(
        "Armenia and Azerbaijan blamed each other for the tension. Two Azerbaijani soldiers "
        "were killed on Tuesday near the village of Sofulu, the ministry in Baku said.")
    assert ("IND", "PAK") in _agentless_force(
        "India and Pakistan traded charges on Monday. Four Pakistani civilians have been "
        "wounded on Sunday in the Neelum valley, the army said.")
    assert ("IRN", "AFG") in _agentless_force(
        "Iran and Afghanistan held talks on the river. Two Afghans were shot dead on Friday "
        "near the border crossing, Afghan officials said.")
    # the doer named after "by" keeps the act
    assert ("AFG", "IRN") in _agentless_force(
        "Iran and Afghanistan held talks on the river. Two Iranian guards were killed on "
        "Friday by Afghan forces, Iranian officials said.")


def test_force_told_by_a_nationality_elsewhere_or_in_an_after_clause_is_not_coded() -> None:
    """Near misses: the nationality named is the speaker's, not the victims' ("the Azerbaijani
    side said two of its citizens were killed"), the verb is active ("a clash with Eritrean
    troops killed two"), or the killing is what an act told after "after" did ("were killed
    after armed men crossed"), which codes itself if anyone is named."""
    assert not _agentless_force(
        "Armenia and Azerbaijan blamed each other. The Azerbaijani side said on Monday that "
        "two of its citizens were killed.")
    assert ("AFG", "TJK") not in _agentless_force(
        "Tajikistan and Afghanistan held talks. Three Tajik guards were killed on Monday after "
        "gunmen attacked a post near the river.")
