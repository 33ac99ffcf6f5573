"""Wording of real conflict news, a class at a time (each seen in several passages of the
real-text dev split): force told twice, once as both sides' fighting and again as one
side's account of who fired."""

from __future__ import annotations

from coded_events import events_in
from dyadscope.model import Event


def _s9clash_force(text: str, date: str = "2024-03-14") -> list[Event]:
    return [e for e in events_in(text, date) if e.kind == "armed_clash"]


def test_one_sides_account_of_a_mutual_clash_is_that_clash() -> None:
    """ "Indian and Chinese troops clashed on Monday ... India says Chinese soldiers opened
    fire on its patrol": fighting first told as both sides' act ("clashed", "exchanged
    fire", "a shootout") and then as one side firing on the other, the same day, is one
    clash, not a second attack in the other direction. Two blows told one after the other
    ("X shelled Y ... Y returned fire") stay two."""
    once = _s9clash_force(
        "Kenyan and Somali border guards exchanged fire on Tuesday near Mandera. A Kenyan "
        "patrol was attacked by Somali guards on Tuesday, the Kenyan interior ministry said.")
    assert len(once) == 1
    assert {once[0].actor1.code, once[0].actor2.code} == {"KEN", "SOM"}
    once = _s9clash_force(
        "Troops of Sudan and Chad clashed along the border on Monday. Chad says Sudanese "
        "soldiers fired on its positions near Adre on Monday.")
    assert len(once) == 1
    twice = _s9clash_force(
        "Kenyan troops shelled Somali positions near Mandera on Tuesday. Somali forces "
        "returned fire at the Kenyan troops on Tuesday.")
    assert len(twice) == 2
