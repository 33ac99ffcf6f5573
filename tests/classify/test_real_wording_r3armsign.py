"""Wording of real bilateral news, a class at a time: one sentence that tells two acts
through one anchor word (a switch of diplomatic ties: the side left and the side taken)."""

from __future__ import annotations

from coded_events import events_in, sides_of
from dyadscope.model import Event


def _r3armsign_events(text: str, date: str | None = "2024-03-14") -> list[Event]:
    return events_in(text, date)


def _r3armsign_kinds(text: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (e.kind, e.actor1.code if e.actor1 else None, e.actor2.code if e.actor2 else None)
        for e in _r3armsign_events(text)
    ]


def test_a_switch_of_ties_cuts_one_side_and_recognises_the_other() -> None:
    """ "switched recognition from Taiwan to China", "shifted its allegiance from Taipei to
    Beijing": one verb tells two acts, the ties with the side left are cut (a sanction)
    and the side the ties go to is recognised (recognition), as the annotators code
    every such switch. Cutting ties with no side taken ("severed ties with Taiwan") is
    the sanction alone."""
    events = _r3armsign_events(
        "The island republic of Palau said on Monday it was switching diplomatic "
        "recognition from Taiwan to China.")
    assert sides_of(events, "sanction") == ("PLW", "TWN")
    assert sides_of(events, "recognition") == ("PLW", "CHN")
    coded = _r3armsign_kinds(
        "Costa Rica shifted its ties from Taipei to Beijing in June 2007.")
    assert ("sanction", "CRI", "TWN") in coded
    assert ("recognition", "CRI", "CHN") in coded
    assert not [k for k in _r3armsign_kinds(
        "The Dominican Republic severed diplomatic ties with Taiwan on Tuesday.")
        if k[0] == "recognition"]


def test_a_deal_made_for_a_named_buyer_supplies_that_buyer_whatever_stands_between() -> None:
    """ "signed a contract on Monday for Armenia to purchase howitzers", "inked a deal
    at the summit for India to buy jets": the side after "for" is the buyer and the
    deal's other side the seller, however many words (a day, an occasion) stand between
    the deal and "for"; the deal and the transfer are both coded. A deal "for X" with
    no purchase of weapons after it transfers nothing."""
    events = _r3armsign_events(
        "Sweden signed a contract on Tuesday for Thailand to purchase four Gripen fighter "
        "jets.")
    assert sides_of(events, "agreement_signed") == ("SWE", "THA")
    assert sides_of(events, "arms_transfer") == ("SWE", "THA")
    assert ("arms_transfer", "DEU", "NOR") in _r3armsign_kinds(
        "Germany signed an agreement at the Oslo summit for Norway to buy two submarines.")
    assert not [k for k in _r3armsign_kinds(
        "Sweden signed a contract on Tuesday for Thailand to purchase rice.")
        if k[0] == "arms_transfer"]
