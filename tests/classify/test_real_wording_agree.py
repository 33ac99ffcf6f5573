"""Wording of real news for agreements, pledges, aid, economic and military cooperation
and recognition, a class at a time (each class seen in several passages of the real-text
dev split). The sentences are written for these tests, not copied from the gold."""

from __future__ import annotations

from coded_events import events_in
from dyadscope.model import Event


def _events(text: str, date: str | None = "2024-05-01") -> list[Event]:
    return events_in(text, date)


def _kinds(text: str, date: str | None = "2024-05-01") -> dict[str, Event]:
    """The first event of each kind."""
    found: dict[str, Event] = {}
    for event in _events(text, date):
        found.setdefault(event.kind, event)
    return found


def _sides(event: Event) -> tuple[str, str | None]:
    return event.actor1.code, event.actor2.code if event.actor2 else None


def test_a_deal_named_for_an_arms_supply_tells_the_supply_too() -> None:
    """ "signed an arms export agreement with Chile", "a contract for the supply of
    howitzers": the deal, and the transfer it is for, from the supplier; a deal for a
    purchase names no supplier of its own and stays the deal."""
    found = _kinds("Spain signed a defence export agreement with Chile on Tuesday.")
    assert _sides(found["agreement_signed"]) == ("ESP", "CHL")
    transfer = found["arms_transfer"]
    assert (_sides(transfer), transfer.date.start) == (("ESP", "CHL"), "2024-04-30")
    found = _kinds("Italy and Peru have signed a contract for the supply of Italian "
                   "coastal patrol vessels.")
    assert _sides(found["arms_transfer"]) == ("ITA", "PER")
    assert "agreement_signed" in found
    found = _kinds("Egypt and Germany signed a cooperation agreement on Tuesday.")
    assert "arms_transfer" not in found


def test_a_joint_decision_is_a_pledge_and_a_decided_act_is_the_act() -> None:
    """ "Peru and Chile decided on Friday to double their trade": a decision the two
    sides take together commits them (a pledge); one side's decision is no pledge, and a
    decided act that is itself coded ("decided to recall its ambassador") is that act."""
    found = _kinds("Peru and Chile decided on Friday to double their bilateral trade.")
    pledge = found["pledge"]
    assert ({pledge.actor1.code, pledge.actor2.code}, pledge.date.start) == (
        {"PER", "CHL"}, "2024-04-26")
    found = _kinds("The presidents of Peru and Chile met in Lima, where they decided to "
                   "set up a joint working group on mining.")
    assert {found["pledge"].actor1.code, found["pledge"].actor2.code} == {"PER", "CHL"}
    found = _kinds("Peru decided on Friday to recall its ambassador to Chile.")
    assert "pledge" not in found
    assert (_sides(found["sanction"]), found["sanction"].status) == (("PER", "CHL"), "actual")
    assert "pledge" not in _kinds("Peru has decided to build a new port near the border "
                                  "with Chile.")


def test_the_two_sides_are_the_last_pair_told() -> None:
    """ "Kenya's president met his Ugandan counterpart in Kampala. The two sides renewed
    their commitment to ...": in a text naming more than two states once each (no pair
    of its own), "the two sides" are the two sides of the last two-sided event."""
    found = _kinds("ASTANA: Kenya's president on Monday met the President of Uganda at a "
                   "summit. The two sides renewed their commitment to deepen trade.")
    pledge = found["pledge"]
    assert ({pledge.actor1.code, pledge.actor2.code}, pledge.date.start) == (
        {"KEN", "UGA"}, "2024-04-29")


def test_a_commitment_told_again_as_a_signing_is_the_agreement() -> None:
    """ "Ghana and Togo agreed to build a railway. The parties signed a corresponding
    agreement on Monday": the commitment, told again as its signing, is one act, the
    agreement signed; told side by side in one sentence ("agreed to ..., signing six
    memoranda") they are two acts."""
    found = _kinds("Ghana and Togo have agreed to cooperate in building a coastal railway. "
                   "The parties signed a corresponding agreement on Monday.")
    assert "pledge" not in found
    deal = found["agreement_signed"]
    assert {deal.actor1.code, deal.actor2.code} == {"GHA", "TGO"}
    found = _kinds("Ghana and Togo on Monday agreed to double bilateral trade, signing six "
                   "memoranda of understanding.")
    assert {"pledge", "agreement_signed"} <= set(found)


def test_the_last_pair_told_does_not_outlive_its_run() -> None:
    """The same text extracted twice gives the same events: "the two sides" before any
    pair is told stay unresolved, whatever a previous run over the text told later."""
    text = ("The two sides renewed their commitment to deepen trade. ASTANA: Kenya's "
            "president on Monday met the President of Uganda at a summit.")
    first = [(e.kind, _sides(e)) for e in _events(text)]
    assert [(e.kind, _sides(e)) for e in _events(text)] == first
    assert "pledge" not in {kind for kind, _ in first}
