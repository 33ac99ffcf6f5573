"""Wording of real conflict news, a class at a time (each seen in several passages of the
real-text dev split): an act named as what a reaction is about ("condemned Cambodia's
attacks on Thailand", "protest the violation of its airspace by a Russian helicopter on
June 18") took place; told with its own phrase, it is an event of its own, done by the
side the reaction is aimed at to the reacting side, on its own date or about the
reaction's time."""

from __future__ import annotations

from coded_events import events_in
from dyadscope.model import Event


def _events(text: str, date: str | None = "2024-03-14") -> list[Event]:
    return events_in(text, date)


def _acts(text: str, kind: str) -> list[tuple[str, str | None, str]]:
    return [(e.actor1.code, e.actor2.code if e.actor2 else None, e.date.start or "")
            for e in _events(text) if e.kind == kind]


def test_an_act_a_reaction_is_about_is_an_event_of_its_own() -> None:
    """ "condemned X's attacks on Y", "denounced the Chinese seizure of a Vietnamese
    trawler", "decried an Indian drone strike on its border posts": the act condemned or
    protested was done, by the side named for it (possessive, demonym, "by X") or else the
    side the reaction is aimed at, to the reacting side; it takes a date of its own phrase,
    else the reaction's month (it came about when the reaction did). The reaction is
    coded too."""
    text = "Hanoi on Tuesday condemned Beijing's attacks on Vietnamese fishermen."
    assert [a[:2] for a in _acts(text, "armed_clash")] == [("CHN", "VNM")]
    assert ("criticism_hostility", "VNM", "CHN") in [
        (e.kind, e.actor1.code, e.actor2.code if e.actor2 else None) for e in _events(text)]
    assert [a[:2] for a in _acts(
        "London denounced the Iranian seizure of a British cargo ship in the Gulf.",
        "coerce")] == [("IRN", "GBR")]
    assert _acts("Islamabad decried an Afghan drone strike on its border posts last night.",
                 "armed_clash") == [("AFG", "PAK", "2024-03-13")]
    assert _acts("Latvia summoned the Belarusian envoy on Tuesday to protest the violation "
                 "of its airspace by a Belarusian helicopter on March 9.",
                 "mobilize") == [("BLR", "LVA", "2024-03-09")]


def test_an_act_only_named_threatened_or_planned_is_no_event() -> None:
    """A reaction to an act only named ("condemned the Indian air strikes and warned of
    a response": news told elsewhere), threatened, planned or attempted ("any attempt to
    ...", "the threat of strikes", "the planned strikes"), or a standing policy ("the
    sanctions policy of the EU") codes the reaction alone as done."""
    for text in (
        "Tokyo condemned any attempt by Beijing to blockade its islands.",
        "Minsk criticised the sanctions policy of the European Union on Belarus.",
        "Kabul condemned the planned Pakistani strikes on its border districts.",
        "Pakistan condemned the Indian air strikes and warned of a response.",
    ):
        kinds = {e.kind for e in _events(text) if e.status == "actual"}
        assert kinds == {"criticism_hostility"}, (text, kinds)
    # an accusation only alleges: its charge codes the act, not the reaction rule
    assert ("criticism_hostility", "IRN", "ISR") in [
        (e.kind, e.actor1.code, e.actor2.code if e.actor2 else None)
        for e in _events("Iran accused Israel of an air strike on its consulate.")]
