"""Audit of force wording in the harder forms real reporting uses (passives with no doer
named, reported speech, datelines, attributions), a class at a time; sentences written
for the audit, not taken from gold."""

from __future__ import annotations

from coded_events import coded_in


def test_a4force_munitions_launched_in_the_passive_are_their_sides_fire() -> None:
    """ "Iranian drones were launched at Israel": munitions named with their side right
    before a passive verb of sending them off were fired by that side at the one named
    after them (the passive with no "by" used to make the target the attacker, or code
    nothing); "were shot down" is what befell them, and bare "the rockets" names no side."""
    assert ("armed_clash", "IRN", "ISR") in coded_in(
        "Iranian drones were launched at Israel on Saturday night, the army said.")
    assert ("armed_clash", "RUS", "UKR") in coded_in(
        "Dozens of Russian cruise missiles were launched at Ukraine overnight.")
    assert ("armed_clash", "PRK", "KOR") in coded_in(
        "North Korean artillery shells were fired toward South Korea on Friday.")
    assert ("armed_clash", "ISR", "IRN") not in coded_in(
        "Iranian drones were fired at Israel late on Saturday, Israeli officials said.")
    assert not [c for c in coded_in("According to Kyiv, the rockets were fired at Kharkiv.")
                if c[0] == "armed_clash"]


def test_a4force_hitting_or_destroying_the_others_military_things_is_force() -> None:
    """ "Ukraine said it had hit a Russian warship", "its forces destroyed a Ukrainian
    ammunition depot": a side hitting, destroying or sinking the other's warships, depots,
    positions, radars or tanks uses force on it, in reported speech too; an economy "hit"
    by sanctions or a fire destroying things is no side's attack."""
    assert ("armed_clash", "UKR", "RUS") in coded_in(
        "Kyiv said it had hit a Russian landing ship off Crimea last week.")
    assert ("armed_clash", "RUS", "UKR") in coded_in(
        "Moscow said its forces had destroyed a Ukrainian fuel depot near Odesa.")
    assert ("armed_clash", "AZE", "ARM") in coded_in(
        "Azerbaijan destroyed an Armenian radar station on Tuesday, its defence ministry said.")
    assert not [c for c in coded_in("Iran's oil exports were hit by American sanctions.")
                if c[0] == "armed_clash"]
    assert not [c for c in coded_in("A blaze destroyed the Turkish consulate's archive.")
                if c[0] == "armed_clash"]
