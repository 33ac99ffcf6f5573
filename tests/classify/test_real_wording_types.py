"""Wording of real news whose parties the coder found but whose kind it mistook, a class at
a time (each seen in several passages of the real-text dev split): which act a clause
tells when its words could tell more than one."""

from __future__ import annotations

from coded_events import coded_in, events_in
from dyadscope.model import Event


def _events(text: str, date: str | None = "2024-03-14") -> list[Event]:
    return events_in(text, date)


def _coded(text: str, date: str | None = "2024-03-14") -> list[tuple[str, str, str | None]]:
    return coded_in(text, date)


def test_force_a_side_claims_was_done_to_it_is_its_charge() -> None:
    """ "Georgia claimed that Russian jets bombed its villages", "Hanoi alleged that Chinese
    boats rammed its trawlers": a side that claims or alleges the other used force on it
    accuses the other (ACCUSE), besides the force told, as a side reporting it does
    (test_real_wording_verbal); a third state's claim accuses no one."""
    coded = _coded("Georgia claimed on Monday that Russian jets bombed villages near Gori.")
    assert ("criticism_hostility", "GEO", "RUS") in coded
    coded = _coded("Vietnam alleged that Chinese vessels had rammed its fishing boats.")
    assert ("criticism_hostility", "VNM", "CHN") in coded
    coded = _coded("Turkey claimed on Monday that Russian jets bombed Georgian villages.")
    assert not [c for c in coded if c[0] == "criticism_hostility"]


def test_the_others_decision_judged_in_ill_words_is_a_criticism() -> None:
    """ "called Trump's decision to place tariffs on Canadian steel totally unacceptable":
    a side that calls the other's decision, move or plan unacceptable, unjustified or
    catastrophic criticises it (ACCUSE), however long the telling of the decision; the
    decision is what is criticised, not an act of its own here. Praise in the same frame
    is no criticism."""
    coded = _coded("Seoul called Tokyo's decision to curb exports of three chemicals used by "
                   "South Korean chipmakers deeply regrettable and unjustified.")
    assert ("criticism_hostility", "KOR", "JPN") in coded
    coded = _coded("Minsk called Vilnius's move to shut two of the crossings on the shared "
                   "border a grave mistake.")
    assert ("criticism_hostility", "BLR", "LTU") in coded
    coded = _coded("Seoul called Tokyo's decision to resume the talks on export controls a "
                   "welcome step.")
    assert not [k for k, *_ in coded if k == "criticism_hostility"]


def test_a_visit_or_talks_told_as_called_off_are_a_sanction() -> None:
    """ "a planned visit by a parliamentary delegation to Moscow was cancelled", "all
    high-level visits between the two have been suspended": the contacts called off, told
    in the passive, are a diplomatic sanction (SANCTION), done, not the visit planned. A
    visit merely put off ("postponed") is not one: dates move for reasons of their own."""
    events = _events("A planned visit by the Azerbaijani foreign minister to Moscow was "
                     "cancelled on Sunday.")
    (sanction,) = [e for e in events if e.kind == "sanction"]
    assert (sanction.actor1.code, sanction.actor2.code, sanction.status) == ("AZE", "RUS",
                                                                            "actual")
    assert not [e for e in events if e.kind == "visit"]
    coded = _coded("All high-level visits between Pakistan and Iran have been suspended.")
    assert ("sanction", "PAK", "IRN") in coded
    coded = _coded("The visit of the Kenyan president to Somalia was postponed because of "
                   "the weather.")
    assert not [k for k, *_ in coded if k == "sanction"]
