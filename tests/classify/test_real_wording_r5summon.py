"""Wording of real diplomatic news, a class at a time (each seen in several passages of the
real-text dev split): acts on a state's envoys or diplomats told in the passive with no
doer named ("X's envoy was ordered to leave"), whose doer is the state they serve in,
never their own."""

from __future__ import annotations

from coded_events import coded_in


def _r5summon_sides(text: str, kind: str) -> list[tuple[str, str | None]]:
    return [(a1, a2) for k, a1, a2 in coded_in(text) if k == kind]


def test_envoys_ordered_to_leave_with_no_doer_named_were_sent_away_by_the_host() -> None:
    """ "Canberra's envoy was ordered to leave the country", "two Dutch diplomats were told
    to depart": an envoy sent away, told in the passive with no doer, was expelled by the
    state he serves in (in a text on his state and another, that other), as a summons is;
    a doer named after "by" keeps the act."""
    assert ("FJI", "AUS") in _r5summon_sides(
        "Australia and Fiji have quarrelled for months. Canberra's envoy was ordered to "
        "leave the country on Monday, officials said.", "sanction")
    assert ("RUS", "NLD") in _r5summon_sides(
        "The Netherlands and Russia traded charges over spying. Two Dutch diplomats were "
        "told to depart within a week on Tuesday.", "sanction")
    assert ("NLD", "RUS") not in _r5summon_sides(
        "The Netherlands and Russia traded charges over spying. Two Dutch diplomats were "
        "told to depart within a week on Tuesday.", "sanction")


def test_an_envoy_who_leaves_of_his_own_accord_is_not_sent_away() -> None:
    """Near miss: the envoy is the active subject of "leave" ("the envoy decided to leave
    the country"), so no one expelled him."""
    assert not _r5summon_sides(
        "Australia and Fiji have quarrelled for months. Canberra's envoy decided to leave "
        "the country on Monday for talks at home.", "sanction")


def test_what_a_summoned_envoy_was_then_asked_came_from_his_host() -> None:
    """ "China's ambassador was summoned on Monday and asked to explain the incursion": a
    verb after "and" sharing the "was" of a summons is a passive too, so the envoy was
    asked, by the state that summoned him, not the asker; one he says himself after
    "and" ("was summoned and expressed regret") is his own act and asks nothing."""
    assert ("JPN", "CHN") in _r5summon_sides(
        "Japan and China traded barbs over the islands. China's ambassador was summoned "
        "on Monday and asked to explain the incursion.", "request")
    assert ("CHN", "JPN") not in _r5summon_sides(
        "Japan and China traded barbs over the islands. China's ambassador was summoned "
        "on Monday and asked to explain the incursion.", "request")
    assert ("IND", "PAK") in _r5summon_sides(
        "India and Pakistan traded charges. Pakistan's envoy was summoned to the ministry "
        "and urged to end the firing along the frontier.", "request")
    assert not _r5summon_sides(
        "India and Pakistan traded charges. Pakistan's envoy was summoned to the ministry "
        "and expressed regret.", "request")
