"""Wording of real conflict news, a class at a time (each seen in several passages of the
real-text dev split): criticism and hostility (PLOVER ACCUSE, THREATEN)."""

from __future__ import annotations

from coded_events import coded_in


def _r1host_accusations(text: str) -> list[tuple[str, str | None]]:
    return [(a1, a2) for kind, a1, a2 in coded_in(text) if kind == "criticism_hostility"]


def test_a_measure_whose_ground_is_a_charge_accuses_the_side_it_hits() -> None:
    """ "expelled three diplomats accused of spying", "cut ties with X for allegedly arming
    rebels", "shut the border following accusations that X shelters militants": a
    measure told with its ground as a charge (a participle "accused of" or "suspected of",
    "allegedly", "over / after / following accusations that") is the measuring side's
    accusation of the side it hits (ACCUSE), beside the measure itself; a measure with
    another ground, or one taken after the measuring side was itself accused, is none."""
    assert ("NLD", "IRN") in _r1host_accusations(
        "The Netherlands expelled two Iranian diplomats suspected of plotting attacks.")
    assert ("KEN", "SOM") in _r1host_accusations(
        "Kenya cut diplomatic ties with Somalia, for allegedly arming militias in the north.")
    assert ("UGA", "RWA") in _r1host_accusations(
        "Uganda shut its border with Rwanda following accusations that Kigali shelters "
        "rebel commanders.")
    assert ("NLD", "IRN") not in _r1host_accusations(
        "The Netherlands expelled two Iranian diplomats after a dispute over visas.")
    assert ("NLD", "IRN") not in _r1host_accusations(
        "The Netherlands expelled two Iranian diplomats after being accused of spying.")


def test_a_side_saying_the_other_spies_meddles_or_plots_against_it_accuses_it() -> None:
    """ "claimed the U.S. was trying to depose him", "said Rabat had spied on its
    officials", "charged that Moscow was meddling in the vote": covert hostility (spying,
    meddling, interfering, plotting, toppling, destabilising, sabotage) that one side says,
    claims or charges the other does is told only as a charge, the speaker's accusation of
    the other (ACCUSE); a side saying the other did an ordinary act accuses no one."""
    assert ("BOL", "USA") in _r1host_accusations(
        "Bolivia claimed the U.S. was trying to topple its government.")
    assert ("LTU", "RUS") in _r1host_accusations(
        "Lithuania said Russia had spied on its diplomats for years.")
    assert ("MDA", "RUS") in _r1host_accusations(
        "Moldova charged that Russia was meddling in the referendum.")
    assert ("LTU", "RUS") not in _r1host_accusations(
        "Lithuania said Russia had reopened its consulate in Klaipeda.")


def test_describing_a_long_telling_of_the_other_sides_act_in_ill_words_accuses_it() -> None:
    """ "after describing comments from the French foreign minister about its government as
    hostile": what a side describes "as" ill may be a long noun phrase (the other side's
    words or act with its "from", "about", "on" tails), longer than the ten words the plain
    "called ... illegal" line reaches; the "as" that introduces the ill word bounds it."""
    assert ("BFA", "FRA") in _r1host_accusations(
        "Burkina Faso expelled the French envoy on Monday after describing remarks from the "
        "French defence minister about its military government and its army as “insulting”.")
    assert ("BFA", "FRA") not in _r1host_accusations(
        "Burkina Faso described the talks with the French defence minister about its "
        "military government and its army as useful.")
