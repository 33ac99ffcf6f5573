"""Attacks done by a group no state owns, in stories on two states, and the condemnations
that take them up in a later sentence."""

from __future__ import annotations

import dyadscope
from coded_events import coded_in


def _lone_attack_coded(
    text: str, pair: list[str] | None = None
) -> list[tuple[str, str, str | None]]:
    return [
        (e.kind, e.actor1.code if e.actor1 else "", e.actor2.code if e.actor2 else None)
        for e in dyadscope.extract(text, date="2024-03-14", pair=pair)
        if hasattr(e, "kind")
    ]


def test_condemning_an_attack_by_a_group_told_before_accuses_no_struck_state() -> None:
    """ "Gunmen opened fire on pilgrims near Jammu. Islamabad condemned the attack.": the
    attack condemned is the one the story told last, done by a group no state owns, in
    the other state's land or on its people; the condemner sides with the struck state,
    so the story's pair does not make the condemnation an accusation of it."""
    text = ("Suspected militants opened fire on a bus of pilgrims near Jammu, killing nine. "
            "Islamabad condemned the attack.")
    assert not [c for c in _lone_attack_coded(text) if c[0] == "criticism_hostility"]
    text = ("A suicide bomber struck a convoy carrying Chinese workers, killing five of them. "
            "Pakistan strongly condemned the bombing.")
    assert not [c for c in _lone_attack_coded(text, ["CHN", "PAK"])
                if c[0] == "criticism_hostility"]
    text = ("Gunmen stormed a hotel in Kabul on Tuesday. "
            "Tehran condemned the attack.")
    assert not [c for c in _lone_attack_coded(text, ["IRN", "AFG"])
                if c[0] == "criticism_hostility"]


def test_condemning_a_states_attack_told_before_still_accuses_it() -> None:
    """The near miss: when the attack told last is a state's ("Indian troops shelled ..."),
    or the condemnation names something else ("the decision"), the condemnation keeps the
    side the story gives it."""
    text = ("Indian troops shelled villages along the Line of Control. "
            "Pakistan condemned the attack.")
    assert ("criticism_hostility", "PAK", "IND") in coded_in(text, "2024-03-14")
    text = ("Militants killed nine pilgrims near Jammu. "
            "Pakistan condemned the decision to suspend the water treaty.")
    assert ("criticism_hostility", "PAK", "IND") in _lone_attack_coded(text, ["IND", "PAK"])


def test_the_condemnation_read_is_the_triggers_own_word() -> None:
    """An earlier word that merely begins like a condemnation ("decreasing") is not the
    condemnation: what follows the trigger itself decides whether it names only "the
    attack", and "decry" is a condemning word while "decree" and "decrease" are not."""
    text = ("Gunmen stormed a hotel in Kabul on Tuesday. "
            "With visitor numbers already decreasing, Tehran condemned the attack.")
    assert not [c for c in _lone_attack_coded(text, ["IRN", "AFG"])
                if c[0] == "criticism_hostility"]
    text = "Gunmen stormed a hotel in Kabul on Tuesday. Tehran decried the attack."
    assert not [c for c in _lone_attack_coded(text, ["IRN", "AFG"])
                if c[0] == "criticism_hostility"]
