"""Wording that coded mostly false events on the real-text dev split, a class at a time:
senses of an act's word that tell no act, or tell another kind than the pattern coded."""

from __future__ import annotations

from coded_events import coded_in


def _coded(text: str, date: str | None = "2024-03-14") -> list[tuple[str, str, str | None]]:
    return coded_in(text, date)


def _kinds(text: str, date: str | None = "2024-03-14") -> list[str]:
    return [kind for kind, *_ in _coded(text, date)]


def test_aggression_against_any_side_is_a_case_provided_for() -> None:
    """ "any aggression against either country will be considered aggression against
    both", "to treat an attack on one as an attack on all": hostility against no side in
    particular is what a defence pact provides for, not a threat or an attack. Aggression
    against a named side still codes."""
    assert "criticism_hostility" not in _kinds(
        "Egypt and Sudan signed a defence pact on Monday, pledging to treat aggression "
        "against either state as aggression against both.")
    assert "armed_clash" not in _kinds(
        "Under the treaty Kenya and Ethiopia will treat any attack on one as an attack on both.")
    assert ("criticism_hostility", "RUS", "UKR") in _coded(
        "Kyiv said Russia's hostility towards Ukraine had not changed.")


def test_energy_supplies_as_terms_or_a_trade_relation_are_no_delivery() -> None:
    """ "will sign an agreement on supplies of LNG", "a pipeline that will see Nigeria
    supplying gas", "Russia sells most of its oil to": the plural noun, the gerund and the
    habitual present tell an agreement's terms or a standing trade relation, not cooperation
    carried out. Energy told as delivered, or to be ("shipped two LNG cargoes to", "will
    supply LNG to"), still codes."""
    coded = _coded("Oman and India will sign an agreement on Monday on supplies of liquefied "
                   "natural gas.")
    assert "economic_cooperation" not in [k for k, *_ in coded]
    coded = _coded("The deal includes a pipeline that will see Algeria supplying gas to Italy.")
    assert "economic_cooperation" not in [k for k, *_ in coded]
    assert ("economic_cooperation", "QAT", "PAK") in _coded(
        "Qatar shipped two LNG cargoes to Pakistan last week.")
    assert ("economic_cooperation", "QAT", "PAK") in _coded(
        "Qatar will supply LNG to Pakistan from next year.")
