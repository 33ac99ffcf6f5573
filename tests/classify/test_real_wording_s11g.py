"""Wording of real news that the coder must not take for an event of its own (false
events, precision), a class at a time: the setting a sentence's news is set against."""

from __future__ import annotations

from coded_events import events_in
from dyadscope.model import Event


def _s11g_events(text: str, date: str | None = "2024-03-14") -> list[Event]:
    return events_in(text, date)


def _s11g_clashes(text: str) -> list[tuple[str, str | None]]:
    return [
        (e.actor1.code if e.actor1 else "", e.actor2.code if e.actor2 else None)
        for e in _s11g_events(text) if e.kind == "armed_clash"
    ]  # fmt: skip


def test_a_war_named_as_the_setting_of_the_news_is_not_an_act_told() -> None:
    """ "amid Russia's war in Ukraine", "in the face of Russia's invasion of Ukraine",
    "against the backdrop of ...": a war or invasion named as the setting an act is set
    against is background, not force the sentence tells (it would be dated as the news);
    the same war told as the sentence's own news is still coded."""
    assert _s11g_clashes(
        "Finland asked to join the alliance on Monday amid Russia's war in Ukraine.") == []
    assert _s11g_clashes(
        "Warsaw is buying more artillery in the face of Russia's invasion of Ukraine.") == []
    assert _s11g_clashes(
        "Berlin promised new air defences to Warsaw against the backdrop of Russia's "
        "invasion of Ukraine.") == []
    assert ("RUS", "UKR") in _s11g_clashes("Russia's invasion of Ukraine began in February 2022.")


def test_a_war_told_as_ended_or_renounced_is_no_fighting_told() -> None:
    """ "the state of war between them has come to an end", "the war between them is
    over", "signed a deal to end the war", "put an end to the conflict", "renounced
    military confrontation": what ends is named, no force is told (nor dated by the
    news); a war told as fought is still coded."""
    assert _s11g_clashes(
        "The state of war between Ethiopia and Eritrea has come to an end, Asmara said "
        "on Monday.") == []
    assert _s11g_clashes(
        "Djibouti and Eritrea said on Monday that the war between them is over.") == []
    assert _s11g_clashes(
        "Peru and Ecuador signed a treaty on Monday to end the border war between them.") == []
    assert _s11g_clashes(
        "Armenia and Azerbaijan formally renounced military confrontation on Monday.") == []
    assert ("ETH", "ERI") in _s11g_clashes(
        "Ethiopia and Eritrea fought a border war from 1998 to 2000.")


def _s11g_accusations(text: str) -> list[tuple[str, str | None]]:
    return [
        (e.actor1.code if e.actor1 else "", e.actor2.code if e.actor2 else None)
        for e in _s11g_events(text) if e.plover == "ACCUSE"
    ]  # fmt: skip


def test_an_attack_condemned_with_sympathy_for_the_other_accuses_no_one() -> None:
    """ "offered condolences to the Afghan government, condemning the bombing in Kabul",
    "denounced the attack, expressing sympathy to the Turkish people": a side that
    condemns an attack while consoling the other condemns what was done to the other,
    not the other; a condemnation with no sympathy for the condemned still accuses."""
    assert _s11g_accusations(
        "Tehran offered its condolences to the Afghan government on Monday, condemning "
        "a suicide bombing in Kabul.") == []
    assert _s11g_accusations(
        "Greek officials denounced the attack on Monday, expressing their sympathy to "
        "the Turkish government and people.") == []
    assert ("PAK", "IND") in _s11g_accusations(
        "Pakistan condemned the Indian strikes on Monday.")
