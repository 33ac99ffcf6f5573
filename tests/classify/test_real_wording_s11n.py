"""Wording of real conflict news, a class at a time (each seen in several passages of the
real-text dev split): force told with its doer but no target, whose other side is the
story's other state."""

from __future__ import annotations

from coded_events import coded_in


def test_s11n_force_told_with_its_doer_and_no_target_strikes_the_other_side() -> None:
    """ "Thai soldiers opened fire", "Eritrean troops have shelled villages", "German
    bombardments", "stormed by Russian marines": a state's armed act whose doer is written
    right next to the act's word (or as its agent) and whose sentence names no target
    state is aimed at the story's other side; a side only named elsewhere in the sentence
    (the speaker, the victims) is not the doer, and the act keeps no target."""
    assert ("armed_clash", "THA", "KHM") in coded_in(
        "Thailand and Cambodia have quarrelled over the temple for decades. Thai soldiers "
        "opened fire near the temple on Tuesday.")
    assert ("armed_clash", "ERI", "ETH") in coded_in(
        "Ethiopia has long accused Eritrea of meddling. Eritrean troops have shelled several "
        "villages overnight, residents said.")
    assert ("armed_clash", "RUS", "UKR") in coded_in(
        "Tension between Ukraine and Russia rose on Sunday. Two patrol boats were boarded "
        "and stormed by Russian marines, officials said.")
    assert ("armed_clash", "AZE", "ARM") in coded_in(
        "Armenia and Azerbaijan resumed talks last month. Heavy Azerbaijani shelling was "
        "reported near the town on Monday.")
    # the speaker and the victims are not the doers
    assert not [k for k, *_ in coded_in(
        "Pakistan and Afghanistan held talks on trade. Pakistani officials said the attack "
        "near the market killed ten people.") if k == "armed_clash"]
    assert not [k for k, *_ in coded_in(
        "India and China met on Monday. Indian tourists were caught in an attack at the "
        "resort on Tuesday.") if k == "armed_clash"]


def test_s11n_force_a_protest_is_about_is_the_protested_sides_on_the_protester() -> None:
    """ "summoned X's envoy to protest the airstrikes", "lodged a strong protest over the
    killing of two policemen in a border clash": force told, with no target, in the
    sentence of one side's protest or summons of the other is the protested side's act
    against the protester, whichever of the two the sentence names near it; an attack the
    sentence calls terrorism is no state's force."""
    assert ("armed_clash", "SOM", "KEN") in coded_in(
        "Kenya summoned Somalia's envoy on Friday and lodged a strong protest over the "
        "killing of two policemen in a border clash.")
    assert ("armed_clash", "CHN", "PHL") in coded_in(
        "Manila summoned the Chinese ambassador after the shelling.")
    assert ("armed_clash", "TUR", "IRQ") in coded_in(
        "The Iraqi foreign ministry summoned the Turkish envoy to protest the airstrikes.")
    assert not [k for k, *_ in coded_in(
        "Bangladesh summoned Myanmar's envoy to protest a terrorist attack on a border post.")
        if k == "armed_clash"]
