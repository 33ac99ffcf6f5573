"""Wording of real conflict news, a class at a time (each seen in several passages of the
real-text dev split): force whose target is told as a place, a thing or a group on another
state's ground rather than as a state."""

from __future__ import annotations

from coded_events import coded_in


def _s8target_coded(
    text: str, date: str | None = "2024-03-14"
) -> list[tuple[str, str, str | None]]:
    return coded_in(text, date)


def test_the_other_nouns_of_a_military_attack_take_their_target() -> None:
    """ "launched a ground offensive against ...", "an assault on ...", "its incursion into
    ...": the nouns of a military attack besides "attack" itself, told with what they are
    aimed at, are force on it (as "attack on" is). "An assault on sovereignty" names an
    affront, not a strike."""
    assert ("armed_clash", "ARM", "AZE") in _s8target_coded(
        "Baku said Armenian units had begun a night offensive against Azerbaijani positions.")
    assert ("armed_clash", "UKR", "RUS") in _s8target_coded(
        "Kyiv's incursion into Russia's Kursk region entered its second week on Monday.")
    assert ("armed_clash", "AZE", "ARM") in _s8target_coded(
        "Yerevan reported a fresh Azerbaijani assault on Armenian border posts on Tuesday.")
    assert not [k for k, *_ in _s8target_coded(
        "Qatar called the blockade by Saudi Arabia an assault on its sovereignty.")
        if k == "armed_clash"]


def test_the_sudan_peoples_liberation_army_is_south_sudans_not_chinas() -> None:
    """ "the Sudan People's Liberation Army (SPLA)": South Sudan's army (since 2011), whose
    name holds China's "People's Liberation Army" and must not be read as it; China's own
    PLA stays China's."""
    coded = _s8target_coded(
        "Khartoum said units of the Sudan People's Liberation Army (SPLA) shelled Sudanese "
        "army posts on Monday.")
    assert ("armed_clash", "SSD", "SDN") in coded
    assert not [c for c in coded if "CHN" in c]
    assert ("armed_clash", "SSD", "SDN") in _s8target_coded(
        "The SPLA attacked Sudanese positions near the border on Monday.")
    assert ("military_exercise", "PAK", "CHN") in _s8target_coded(
        "The People's Liberation Army held joint drills with Pakistan's navy on Monday.")


def test_force_on_the_speakers_own_craft_or_post_strikes_the_speaker() -> None:
    """ "X said Y shot down one of its surveillance drones", "fired on its checkpoint":
    force on what "its" owns, told in the speaker's report, struck the speaker's state, also
    when the owner stands a few words past the trigger ("one of its ... drones") and the
    thing is a craft, a post or its people. A state downing its own craft strikes no one."""
    assert ("armed_clash", "IRN", "IRQ") in _s8target_coded(
        "Iraq charged that Iran had shot down one of its military reconnaissance drones.")
    assert ("armed_clash", "CHN", "PHL") in _s8target_coded(
        "Manila said Chinese vessels rammed two of its coast guard patrol ships on Sunday.")
    assert ("armed_clash", "AFG", "PAK") in _s8target_coded(
        "Pakistan said Afghan forces opened fire on a remote checkpoint of its border police.")
    assert not [c for c in _s8target_coded(
        "Iran said its air defences shot down one of its own surveillance drones by mistake.")
        if c[0] == "armed_clash"]


def test_fire_told_by_the_side_it_came_from_is_that_sides() -> None:
    """ "heavy shelling from Tajik forces", "firing from the Indian side": the side named
    after "from" fired; the target is found as usual (named, or the reporting state). Fire
    with no side after "from" ("shelling from the hills") gives no actor of its own."""
    assert ("armed_clash", "TJK", "KGZ") in _s8target_coded(
        "Bishkek said intense mortar shelling from Tajik forces damaged a Kyrgyz border post.")
    assert ("armed_clash", "IND", "PAK") in _s8target_coded(
        "Islamabad said sustained firing from the Indian side wounded three Pakistani "
        "soldiers on Friday.")
    assert not [c for c in _s8target_coded(
        "Kabul said shelling from the hills wounded two villagers on Friday.")
        if c[0] == "armed_clash"]
