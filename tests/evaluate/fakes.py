"""Fake coders and hand-built events for evaluation tests: coders whose mistakes we choose."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from dyadscope.evaluate import ExpectedActor, ExpectedEvent, GoldItem
from dyadscope.evaluate.actors import petrarch_gold
from dyadscope.model import UNKNOWN_DATE, Actor, DateRef, Event, Quantity, Source

GOLDEN = Path(__file__).resolve().parent.parent / "golden" / "evaluate"


def make_event(
    *,
    kind: str = "other",
    plover: str | None = None,
    cameo: str | None = None,
    actor1: Actor | None = None,
    actor2: Actor | None = None,
    date: str | None = None,
    status: str = "actual",
    quantities: tuple[Quantity, ...] = (),
    extra: dict[str, object] | None = None,
    others: tuple[Actor, ...] = (),
) -> Event:
    """An event built by hand, only the fields the scorer looks at."""
    return Event(
        id="test",
        kind=kind,
        plover=plover,
        cameo=cameo,
        goldstein=None,
        domain="other",
        status=status,
        actor1=actor1,
        actor2=actor2,
        date=DateRef(start=date) if date else UNKNOWN_DATE,
        source=Source(),
        quantities=quantities,
        extra=dict(extra or {}),
        others=others,
    )


def _actor(expected: ExpectedActor | None, scheme: str) -> Actor | None:
    if expected is None:
        return None
    # PETRARCH gold codes are compared after normalisation: use the normalised code
    code = petrarch_gold(expected.code) if scheme == "petrarch" else expected.code
    return Actor(code=code, name=code, sector=expected.sector)


def event_for(expected: ExpectedEvent, scheme: str = "iso") -> Event:
    """The event a perfect coder would produce for one expected record."""
    quantities = tuple(
        Quantity(value=q.value, unit=q.unit or "count", currency=q.currency)
        for q in expected.quantities or ()
    )
    return make_event(
        kind=expected.kind or "other",
        plover=expected.plover,
        cameo=expected.cameo,
        actor1=_actor(expected.actor1, scheme),
        actor2=_actor(expected.actor2, scheme),
        date=expected.date,
        status=expected.status or "actual",
        quantities=quantities,
    )


Coder = Callable[[str, str | None], list[Event]]


def replay_coder(
    items: Sequence[GoldItem], transform: Callable[[Event], Event] | None = None
) -> Coder:
    """A coder that answers each call with the next scored item's expected events.

    The scorer calls the coder once per non-skipped item, in order, so this is
    a perfect coder even when two gold items share a sentence. ``transform``
    alters each event (to test what a given mistake costs).
    """
    queue: Iterator[GoldItem] = iter([item for item in items if item.skip is None])

    def code(text: str, date: str | None) -> list[Event]:
        item = next(queue)
        assert item.text == text, "scorer called the coder out of order"
        events = [event_for(e, item.scheme) for e in item.expected]
        return [transform(e) for e in events] if transform else events

    return code


def empty_coder(text: str, date: str | None) -> list[Event]:
    return []
