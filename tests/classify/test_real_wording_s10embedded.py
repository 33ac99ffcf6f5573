"""Wording of real conflict news, a class at a time (each seen in several passages of the
real-text dev split): acts told only as what another act reacts to or is about, which are
events of their own beside the reaction."""

from __future__ import annotations

from coded_events import coded_in


def _emb_coded(text: str, date: str | None = "2024-03-14") -> list[tuple[str, str, str | None]]:
    return coded_in(text, date)


def test_the_decision_by_a_named_side_to_act_is_that_sides_act() -> None:
    """ "regretted the decision by X to expel its ambassador", "summoned over the decision
    of the X authorities to expel diplomats": the infinitive after a decision noun whose
    taker a "by"/"of" phrase names is the act decided, done by that taker, beside the
    reaction; it is no purpose of the reaction. A bare "the decision to" or "any decision
    to" names no taker and stays uncoded."""
    coded = _emb_coded("Norway deplored the decision by Hungary to expel the Norwegian "
                       "consul on Monday.")
    assert ("sanction", "HUN", "NOR") in coded
    assert ("criticism_hostility", "NOR", "HUN") in coded
    coded = _emb_coded("Chile summoned the Peruvian envoy over the decision of the Peruvian "
                       "government to expel two Chilean diplomats.")
    assert ("sanction", "PER", "CHL") in coded
    assert not [c for c in _emb_coded(
        "Norway deplored any decision to expel the Norwegian consul from Hungary.")
        if c[0] == "sanction"]


def test_the_side_after_by_did_the_act_a_reaction_is_about() -> None:
    """ "condemned the ceasefire violations on November 8 by Indian forces": when a date
    or place stands between the act's noun and "by X", X is still the doer and the
    reacting side the one struck; it gave the act the reacting side's direction."""
    coded = _emb_coded("Kyrgyzstan condemned the ceasefire violations on Tuesday by Tajik "
                       "troops near Batken.")
    assert ("armed_clash", "TJK", "KGZ") in coded
    assert ("armed_clash", "KGZ", "TJK") not in coded
    coded = _emb_coded("Pakistan condemned the ceasefire violations on Sunday by Indian "
                       "forces on the Line of Control.")
    assert ("armed_clash", "IND", "PAK") in coded
    assert ("armed_clash", "PAK", "IND") not in coded


def test_a_time_phrase_between_the_act_noun_and_its_of_phrase() -> None:
    """ "protested the expulsion this month of a Russian diplomat in Estonia", "retaliation
    for the expulsion last week of a Russian diplomat": news puts the act's date between
    its noun and its "of" phrase; the expulsion is still an event of its own (the host
    expels the other's diplomat), not a date for the protest about it."""
    coded = _emb_coded("Belgrade protested the expulsion last week of a Serbian diplomat "
                       "from Croatia.", "2024-03-14")
    assert ("sanction", "HRV", "SRB") in coded
    assert ("criticism_hostility", "SRB", "HRV") in coded
    coded = _emb_coded("Hungary retaliated for the expulsion on Monday of two Hungarian "
                       "diplomats by Ukraine.", "2024-03-14")
    assert ("sanction", "UKR", "HUN") in coded
    # a time phrase alone, with no "of" after it, names no one sent away
    assert not [c for c in _emb_coded("Belgrade protested the expulsion last week.")
                if c[0] == "sanction"]
