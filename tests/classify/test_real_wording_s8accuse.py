"""Wording of real conflict news about accusations, a class at a time (each class seen in
three or more passages of the real-text dev split); the sentences are written for the
tests, not copied from the gold."""

from __future__ import annotations

from coded_events import events_in
from dyadscope.model import Event


def _accusations(text: str, date: str | None = "2024-06-12") -> list[tuple[str, str | None]]:
    """(actor1, actor2) of every ACCUSE coded from ``text``."""
    events: list[Event] = events_in(text, date)
    return [(e.actor1.code, e.actor2.code if e.actor2 else None)
            for e in events if e.plover == "ACCUSE"]


def test_a_measure_told_with_the_targets_act_it_answers_accuses_the_target() -> None:
    """ "recalled its ambassador after Iran violated its airspace", "expelled the envoy
    over an alleged land grab by Somalia", "cut ties with Qatar for allegedly supporting
    terrorism", "citing X's hostile remarks": a diplomatic or economic measure told with
    the act of its target that it answers charges the target with that act (ACCUSE, the
    measure's side on its target), as the annotators code it beside the measure. The act
    must be the target's: named first after the link, or, with no side named, told with a
    word of blame; a measure "for consultations" or "for NATO convoys" blames no one, nor
    does one answering a third side's act."""
    assert ("HUN", "SVK") in _accusations(
        "Hungary recalled its ambassador from Bratislava on Tuesday after Slovakia's prime "
        "minister made insulting remarks about the Hungarian minority.")
    assert ("GHA", "TGO") in _accusations(
        "Ghana expelled two Togolese diplomats over a smuggling ring run by Togo.")
    assert ("JOR", "SYR") in _accusations(
        "Jordan closed its northern border with Syria, citing repeated violations of its "
        "territory.")
    assert ("KEN", "UGA") in _accusations(
        "Kenya suspended trade with Uganda for allegedly backing rebel groups.")
    assert not _accusations(
        "Chile recalled its ambassador to Peru for consultations on Monday.")
    assert not _accusations(
        "Egypt closed the crossing with Libya after a sandstorm hit the region.")
    assert ("NOR", "DNK") not in _accusations(
        "Norway recalled its ambassador from Denmark after Sweden's remarks on fishing.")
    assert not _accusations("Pakistan shut the supply route for NATO convoys.")


def test_the_charge_a_grievance_answers_stays_the_other_sides() -> None:
    """ "France recalled its envoy after Italy's deputy premier met protesters and critical
    Italian comments": the recall's grievance (France on Italy) and the comments it answers
    (Italy on France) are two acts; the grievance does not fold the other side's charge,
    whose target is found only later, into itself."""
    coded = _accusations(
        "France recalled its ambassador to Italy after Italy's deputy premier met French "
        "protesters and a string of critical Italian comments toward the French government.")
    assert ("FRA", "ITA") in coded
    assert ("ITA", "FRA") in coded


def test_a_denied_charge_named_as_the_other_sides_was_made_by_it() -> None:
    """ "Venezuela rejected Guyana's claims", "Armenia denies the accusations of the
    Azerbaijani side": a denial of a charge it names as the other side's tells that the
    other side made the charge (ACCUSE, from its owner to the denier), beside the
    rejection. A charge no side owns ("denied the allegations") and a rejected proposal
    accuse no one."""
    assert ("CHN", "VNM") in _accusations(
        "Hanoi rejected Beijing's accusations of provoking the collision.")
    assert ("PRK", "KOR") in _accusations(
        "Seoul dismissed the allegations made by Pyongyang.")
    assert ("COD", "RWA") in _accusations(
        "Kigali dismissed the claims of the Congolese government as baseless.")
    assert not _accusations("Tehran rejected the proposal by Baku.")
    assert not _accusations("Minsk rejected the allegations as lies.")


def test_a_charge_told_then_denied_in_one_sentence_is_the_first_sides() -> None:
    """ "Helsinki says Russia is funnelling migrants, a charge denied by Moscow", "Georgian
    officials insisted that Russia kept bombing, but Russia denied that": the sentence
    tells the charge before its denial; the charge is made by the side the sentence names
    first other than the denier (ACCUSE, to the denier), beside the rejection. A denial
    with no charge told before it ("Russia denied the report") accuses no one."""
    assert ("FIN", "RUS") in _accusations(
        "Helsinki said Moscow was funnelling migrants to the border, a charge denied by "
        "Russia.")
    assert ("UKR", "RUS") in _accusations(
        "Ukrainian officials insisted that Russia had kept shelling the town, but Russia "
        "denied that.")
    assert not _accusations("Russia denied the report on Monday.")
