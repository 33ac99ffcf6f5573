"""Wording of real conflict news, a class at a time (each seen in several passages of the
real-text dev split): several measures of one kind told together, each its own event."""

from __future__ import annotations

from coded_events import events_in


def _multi_sanctions(text: str, date: str = "2024-03-14") -> list[tuple[str, str | None]]:
    return [
        (e.actor1.code if e.actor1 else "", e.actor2.code if e.actor2 else None)
        for e in events_in(text, date)
        if e.kind == "sanction"
    ]


def test_measures_on_different_things_are_different_sanctions() -> None:
    """ "banned its airlines and froze the assets of its bank", "downgraded ties ... it
    also decided to suspend trade": measures that act on different things (ties, trade,
    the border, airspace, assets, visits, treaties, envoys) are one sanction each, even
    where CAMEO gives them one code. The same measure told again ("closed the border ...
    the closure of the frontier"), a step told as how ties were cut ("severed ties,
    recalling its envoy and shutting its embassy") and a name for the whole ("in an
    abrupt rupture of relations") stay one."""
    assert _multi_sanctions(
        "Ghana also banned Togolese airlines from flying to Ghana and froze the assets of a "
        "Togolese state bank.") == [("GHA", "TGO"), ("GHA", "TGO")]
    assert _multi_sanctions(
        "Peru on Monday decided to downgrade its diplomatic ties with Bolivia. At the same "
        "cabinet session Peru also decided to suspend the bilateral trade with Bolivia."
    ) == [("PER", "BOL"), ("PER", "BOL")]
    # one measure told twice
    assert _multi_sanctions(
        "Ghana said on Monday it was closing its border with Togo. The government ordered "
        "the complete closure of the frontier with Togo.") == [("GHA", "TGO")]
    # the way ties were cut
    assert _multi_sanctions(
        "Ghana severed diplomatic ties with Togo, withdrawing its ambassador and shutting "
        "its embassy in Lome.") == [("GHA", "TGO")]
