"""A document's events read together: the other side named earlier, one event told
several times, and events with a single side.

A sentence often names one side of an act whose other side the text has already
given: "The foreign ministers of Pakistan and Azerbaijan met in Baku. The sides
agreed to ..." and "China summoned the ambassador ... It demanded an inquiry".
Such an event takes, as its other side, the other party of the latest earlier event
of its actor, else the other member of the document's pair. A sentence that names
its own parties keeps them; this only fills a side the sentence left open.

Writers also come back to an event: "signed a memorandum ... The memorandum was
signed by ...", "The exercise involved 24 warships". A later mention of the same
kind and parties, with a compatible date, that refers back (a definite noun, or
the same sentence) adds its sentence to the first mention's ``sources`` instead of
counting as a second event.

An event with one side only, or whose sides are one state ("the government
arrested protesters"), says nothing about how two countries relate; it is kept
only when the run codes as CAMEO and PLOVER do (``one_sided``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from dyadscope.model import UNDIRECTED_KINDS, Actor, DateRef, Event, Quantity, Source

# kinds an analyst counts as one act when the same sides do them at the same time:
# talks held at a meeting; "agreed to ..." and "this agreement was reached"
_FAMILIES = {
    "meeting": "consult",
    "negotiation": "consult",
    "pledge": "agree",
    "agreement_signed": "agree",
}


# kinds that hold several PLOVER types: an accusation and a threat are two acts
_SPLIT_BY_TYPE = frozenset({"criticism_hostility", "other"})


def family(kind: str) -> str:
    return _FAMILIES.get(kind, kind)


def one_sided(event: Event) -> bool:
    """No second side, or both sides of one state."""
    return event.actor2 is None or (
        event.actor1 is not None
        and event.actor2.code == event.actor1.code
        and not any(a.code != event.actor1.code for a in event.others)
    )


def complete_counterparts(
    events: Sequence[Event], dyad: tuple[Actor, Actor] | None
) -> list[Event]:
    """Give each one-sided event the other side the document has named for its actor."""
    out: list[Event] = []
    for event in events:
        if event.actor1 is not None and one_sided(event) and not event.extra.get("reflexive"):
            hostile = event.kind in HOSTILE_KINDS
            about_things = event.kind in _ABOUT_THINGS
            if hostile:
                # force and coercion take their target from the same conflict, never
                # from the document's pair: "clashes", "an attack" told without a side
                earlier = [e for e in out if _same_conflict(e.kind, event.kind)]
            elif about_things or event.extra.get("others_named"):
                # "recognised X, expressing its support": only the same sentence's act
                earlier = [e for e in out if e.source.start == event.source.start]
            else:
                earlier = out
            # a closed border or a recalled envoy is aimed at the document's other side
            fallback = (
                None
                if (hostile and event.kind != "sanction")
                or about_things
                or event.extra.get("others_named")
                else dyad
            )
            partner = _counterpart(event.actor1, earlier, fallback)
            if partner is not None:
                event = dataclasses.replace(
                    event,
                    actor2=partner,
                    confidence=min(event.confidence, 0.6),
                    extra={**event.extra, "counterpart": "context"},
                )
        out.append(event)
    return out


# acts as often about a thing (a policy, a corridor, a proposal) as about a party:
# "policymakers laud the potential of the CPEC" has no other side to look for
_ABOUT_THINGS = frozenset({"support_statement", "reject"})
# acts whose other side is never merely assumed from the document's pair
HOSTILE_KINDS = frozenset({"armed_clash", "coerce", "sanction", "mobilize", "retreat", "protest"})


_FORCE = frozenset({"armed_clash", "retreat", "ceasefire", "mobilize"})


def _same_conflict(earlier: str, kind: str) -> bool:
    """Acts of one conflict: the same coercion, or force and its withdrawal."""
    return earlier == kind or (earlier in _FORCE and kind in _FORCE)


def _counterpart(
    actor: Actor, earlier: Sequence[Event], dyad: tuple[Actor, Actor] | None
) -> Actor | None:
    for event in reversed(earlier):
        if one_sided(event):
            continue
        sides = [a for a in (event.actor1, event.actor2, *event.others) if a is not None]
        if any(a.code == actor.code for a in sides):
            other = next((a for a in sides if a.code != actor.code), None)
            if other is not None:
                return _bare(other)
    if dyad is not None and actor.code in (dyad[0].code, dyad[1].code):
        other = dyad[1] if actor.code == dyad[0].code else dyad[0]
        return _bare(other)
    return None


def _bare(actor: Actor) -> Actor:
    """The state or organisation itself, as a side the sentence did not write."""
    return Actor(code=actor.code, name=actor.name, sector=None, text="")


def tell_once(events: Sequence[Event]) -> list[Event]:
    """Fold each later mention of an event into its first mention's ``sources``."""
    kept: list[Event] = []
    for event in events:
        first = next((k for k in reversed(kept) if _retells(event, k)), None)
        if first is None and event.extra.get("anaphoric"):
            # "The visit comes amid ...": the last such event told, whatever sides the
            # sentence around it happens to name
            first = next((k for k in reversed(kept) if _refers_to(event, k)), None)
        if first is None:
            kept.append(event)
            continue
        index = next(i for i, k in enumerate(kept) if k is first)
        kept[index] = _merged(first, event)
    return kept


_CONSULTATIONS = frozenset({"visit", "meeting", "negotiation"})


def _refers_to(reference: Event, earlier: Event) -> bool:
    same = reference.kind == earlier.kind or (
        reference.kind in _CONSULTATIONS and earlier.kind in _CONSULTATIONS
    )
    return same and not one_sided(earlier) and _near(reference, earlier)


def _parties(event: Event) -> frozenset[str]:
    return frozenset(a.code for a in (event.actor1, event.actor2, *event.others) if a)


def _retells(later: Event, first: Event) -> bool:
    if family(later.kind) != family(first.kind) or one_sided(later) or one_sided(first):
        return False
    if (later.status == "negated") != (first.status == "negated"):
        return False  # "no agreement has been signed" is not the agreement signed later
    if later.kind in _SPLIT_BY_TYPE and later.plover != first.plover:
        return False  # "called the deal illegal and said it would defend itself": two acts
    if later.extra.get("directed") or first.extra.get("directed"):
        # a verb dictionary's codes are its coder's events, in its directions: only
        # the very same coding told again is the same event
        if (later.cameo, later.actor1, later.actor2) != (first.cameo, first.actor1, first.actor2):
            return False
    elif (
        later.kind in UNDIRECTED_KINDS
        or first.kind in UNDIRECTED_KINDS
        or later.extra.get("sides_from_context")
    ):
        if _parties(later) - _parties(first):
            return False
    elif _sides(later) != _sides(first):
        return False
    same_sentence = (later.source.doc, later.source.start) == (first.source.doc, first.source.start)
    # the same act by the same sides on the same day is told again, whatever its article,
    # unless the sentence adds it ("the ministers also signed ...")
    same_day = not later.extra.get("additive") and (
        # "closed its consulates" is another sanction than "expelled its envoy"; talks
        # and a meeting of the same sides on one day are one consultation
        (later.cameo == first.cameo or family(later.kind) == "consult")
        and later.date.start is not None
        and later.date.start == first.date.start
        and len(later.date.start) == 10
    )
    refers_back = bool(later.extra.get("definite")) and _near(later, first)
    # the lede's "has shelled" (dated by the document) and "shelled ... early Sunday"
    restated = (
        later.cameo == first.cameo
        and _sides(later) == _sides(first)
        and "document" in (later.date.known_basis, first.date.known_basis)
        and _near(later, first)
    )
    if not (same_sentence or same_day or refers_back or restated):
        return False  # "a new agreement", "another visit": a second event
    return _dates_fit(later.date, first.date)


REACH_CHARACTERS = 1500  # "the exercise" refers to one told within about ten sentences


def _near(later: Event, first: Event) -> bool:
    told = [s.start for s in (first.sources or (first.source,)) if s.start is not None]
    if later.source.start is None or not told or later.source.doc != first.source.doc:
        return False
    return later.source.start - max(told) <= REACH_CHARACTERS


def _sides(event: Event) -> tuple[str | None, str | None]:
    return (
        event.actor1.code if event.actor1 else None,
        event.actor2.code if event.actor2 else None,
    )


def _dates_fit(later: DateRef, first: DateRef) -> bool:
    """Both dated from the text: they must agree at the coarser precision; a date
    that only came from context or the document says nothing against it."""
    if later.start is None or first.start is None:
        return True
    if later.basis in ("context", "document") or first.basis in ("context", "document"):
        return True
    shorter = min(len(later.start), len(first.start))
    return later.start[:shorter] == first.start[:shorter]


def _merged(first: Event, later: Event) -> Event:
    sources: tuple[Source, ...] = first.sources or (first.source,)
    if later.source not in sources:
        sources = (*sources, later.source)
    quantities = first.quantities + tuple(
        q for q in later.quantities if not _has_quantity(first.quantities, q)
    )
    date = first.date
    if later.status == first.status and _sharper(later.date, first.date):
        date = later.date  # an announcement's date is not its visit's
    return dataclasses.replace(first, sources=sources, quantities=quantities, date=date)


def _has_quantity(quantities: Sequence[Quantity], quantity: Quantity) -> bool:
    return any(q.value == quantity.value and q.unit == quantity.unit for q in quantities)


_STRENGTH = {"explicit": 3, "relative": 3, "context": 2, "document": 1, "none": 0}


def _sharper(candidate: DateRef, current: DateRef) -> bool:
    """Is ``candidate`` better grounded, or as grounded and more precise?"""
    if candidate.start is None:
        return False
    if current.start is None:
        return True
    a, b = _STRENGTH[candidate.known_basis], _STRENGTH[current.known_basis]
    return a > b or (a == b and len(candidate.start) > len(current.start))
