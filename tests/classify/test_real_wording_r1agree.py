"""Wording of real agreement news, a class at a time (branch r1agree): how a deal made
is told, and what an earlier commitment becomes when the deal is told after it."""

from __future__ import annotations

from coded_events import events_in


def _r1agree_kinds(text: str, date: str = "2024-03-14") -> list[tuple[str, str | None, str | None]]:
    return [
        (e.kind, e.actor1.code if e.actor1 else None, e.actor2.code if e.actor2 else None)
        for e in events_in(text, date)
    ]


def test_a_commitment_then_the_deal_struck_is_the_agreement() -> None:
    """ "X agreed to lend Y ... The deal was struck / sealed / clinched at ...": the everyday
    verbs for concluding a deal tell the commitment made an agreement, as "signed" does;
    a commitment with no deal told after it stays a pledge."""
    for verb in ("struck", "sealed", "clinched", "concluded"):
        kinds = _r1agree_kinds(
            "Japan has agreed to lend Kenya $500 million to build a new port. The deal was "
            f"{verb} during the Kenyan president's talks with the Japanese prime minister "
            "in Tokyo on Tuesday.")
        assert ("agreement_signed", "JPN", "KEN") in kinds, (verb, kinds)
    kinds = _r1agree_kinds(
        "Japan has agreed to lend Kenya $500 million to build a new port. The Kenyan "
        "president met the Japanese prime minister in Tokyo on Tuesday.")
    assert not [k for k in kinds if k[0] == "agreement_signed"], kinds


def test_a_deal_for_a_named_buyer_to_buy_arms_runs_from_the_other_side() -> None:
    """ "signed a deal for Greece to buy frigates", "a contract for Manila to acquire
    jets": the side named between "for" and "to buy" is the buyer, whatever order the
    leaders who sign it are named in; the supplier is the other side. A deal to buy
    with no arms named is no arms transfer."""
    kinds = _r1agree_kinds(
        "Spain's prime minister and Egypt's president announced a contract for Egypt to "
        "buy twelve Spanish-built corvettes.")
    assert ("arms_transfer", "ESP", "EGY") in kinds, kinds
    assert ("arms_transfer", "EGY", "ESP") not in kinds, kinds
    kinds = _r1agree_kinds(
        "Spain's prime minister and Egypt's president announced a contract for Egypt to "
        "buy Spanish olive oil.")
    assert not [k for k in kinds if k[0] == "arms_transfer"], kinds
