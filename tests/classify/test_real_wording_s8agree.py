"""Wording of real news of deals, loans and aid, a class at a time (each seen in several
passages of the real-text dev split): agreements signed and what they are for."""

from __future__ import annotations

from coded_events import events_in, sides_of
from dyadscope.model import Event


def _s8agree_events(text: str, date: str | None = "2024-03-14") -> list[Event]:
    return events_in(text, date)


def _s8agree_kinds(text: str, date: str | None = "2024-03-14") -> list[str]:
    return [e.kind for e in _s8agree_events(text, date)]


def test_a_loan_or_aid_deal_signed_is_also_the_aid_given() -> None:
    """ "Kenya and China signed a loan agreement to support Kenya's railway", "the
    Export-Import Bank of Korea and Vietnam's finance ministry signed a concessional loan
    agreement": a deal named for a loan, a credit line, a grant or a deposit is the
    agreement and the money given, from the side named by its lending body (a fund, an
    export-import or development bank) or not named as the side helped, to the other.
    Where the sentence does not tell who gives, only the agreement is coded."""
    events = _s8agree_events(
        "Kenya and China on Monday signed a loan agreement worth $600 million to support "
        "Kenya's railway expansion.")
    assert sides_of(events, "agreement_signed") == ("KEN", "CHN")
    assert sides_of(events, "aid_project") == ("CHN", "KEN")
    events = _s8agree_events(
        "The Kuwait Fund for Arab Economic Development and Jordan's planning ministry "
        "signed a $50 million concessional loan agreement on Tuesday.")
    assert sides_of(events, "aid_project") == ("KWT", "JOR")
    events = _s8agree_events(
        "The Central Bank of Egypt and the Abu Dhabi Fund for Development signed a deposit "
        "agreement worth $1 billion.")
    assert sides_of(events, "aid_project") == ("ARE", "EGY")
    # a deal between two sides that names no giver: the agreement only
    kinds = _s8agree_kinds("Nepal and India signed a grant agreement on Sunday.")
    assert "agreement_signed" in kinds and "aid_project" not in kinds
    # a deal on something else is no aid
    kinds = _s8agree_kinds(
        "Ghana and Spain signed a trade agreement to support Ghana's cocoa exports.")
    assert "aid_project" not in kinds
