"""Wording of real conflict news, a class at a time (each seen in several passages of the
real-text dev split): a ceasefire told as an agreement reached on it ("reached an
agreement on a ceasefire", "agreements were reached on a complete ceasefire") is the
ceasefire, with no signed agreement coded beside it."""

from __future__ import annotations

from coded_events import events_in, sides_of


def _s10fresh_kinds(text: str) -> list[str]:
    return [e.kind for e in events_in(text, "2024-03-14")]


def test_an_agreement_reached_on_a_ceasefire_is_the_ceasefire() -> None:
    """An agreement, deal or understanding reached "on" or "for" a ceasefire or truce (in
    the active or the passive, or "reached a truce deal") is the ceasefire itself, as
    "agreed on a ceasefire" is: the annotators code one ceasefire, not an agreement signed
    beside it. An agreement reached on something else stays a signed agreement."""
    events = events_in("Armenia and Azerbaijan reached an agreement on an immediate and "
                       "lasting ceasefire on Tuesday after talks in Moscow.", "2024-03-14")
    assert sides_of(events, "ceasefire") == ("ARM", "AZE")
    assert "agreement_signed" not in [e.kind for e in events]
    kinds = _s10fresh_kinds("The Ethiopian foreign ministry said agreements had been reached "
                            "with Eritrea on a full ceasefire along the frontier.")
    assert "ceasefire" in kinds and "agreement_signed" not in kinds
    kinds = _s10fresh_kinds("Thailand and Cambodia reached a truce deal on Monday.")
    assert "ceasefire" in kinds and "agreement_signed" not in kinds
    # near miss: an agreement reached on trade is a signed agreement, and no ceasefire
    kinds = _s10fresh_kinds("Chile and Peru reached an agreement on fishing quotas on Monday.")
    assert "agreement_signed" in kinds and "ceasefire" not in kinds
