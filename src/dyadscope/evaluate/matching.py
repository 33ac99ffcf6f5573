"""Per-passage matching of produced events to expected ones, and per-field checks.

Matching is greedy and one-to-one: every (expected, produced) pair gets a
score from how much agrees (type, actors, date, ...); pairs are taken best
first. A pair can only match when something essential agrees (a type label or
an actor), unless the gold record codes nothing essential. Field checks are
then made on matched pairs, and only for fields the gold record codes.
"""

from __future__ import annotations

from collections.abc import Sequence

from dyadscope.evaluate.actors import actor_matches, produced_label
from dyadscope.evaluate.gold import ExpectedActor, ExpectedEvent, ExpectedQuantity, Scheme
from dyadscope.model import UNDIRECTED_KINDS, Actor, Event, Quantity
from dyadscope.periods import at_common_precision

FIELDS: tuple[str, ...] = (
    "kind",
    "plover",
    "cameo",
    "cameo_root",
    "actor1",
    "actor2",
    "date_year",
    "date_exact",
    "status",
    "quantities",
)
"""Scored fields, in report order."""


_CORE = ("kind", "plover", "cameo_root", "actor1", "actor2")
_WEIGHTS: dict[str, float] = {
    "kind": 3.0,
    "plover": 3.0,
    "cameo_root": 2.0,
    "cameo": 1.0,
    "actor1": 2.0,
    "actor2": 2.0,
    "date_year": 0.5,
    "date_exact": 0.5,
    "status": 0.25,
    "quantities": 0.25,
}
_REL_TOLERANCE = 1e-6


def is_directed(expected: ExpectedEvent) -> bool:
    """Explicit ``directed`` wins; else undirected kinds per the spec; else directed."""
    if expected.directed is not None:
        return expected.directed
    return expected.kind not in UNDIRECTED_KINDS


def actor_checks(expected: ExpectedEvent, event: Event, scheme: Scheme) -> tuple[bool, bool]:
    """(actor1 right, actor2 right); undirected codings may be swapped.

    An actor the gold record leaves out counts as right here; callers only
    score the actors the gold record codes.
    """

    def one(gold: ExpectedActor | None, got: Actor | None) -> bool:
        return gold is None or actor_matches(gold, got, scheme)

    straight = (one(expected.actor1, event.actor1), one(expected.actor2, event.actor2))
    if is_directed(expected) or all(straight):
        return straight
    swapped = (one(expected.actor1, event.actor2), one(expected.actor2, event.actor1))
    return swapped if sum(swapped) > sum(straight) else straight


def _quantity_found(gold: ExpectedQuantity, produced: Sequence[Quantity]) -> bool:
    tolerance = _REL_TOLERANCE * max(1.0, abs(gold.value))
    for quantity in produced:
        if abs(quantity.value - gold.value) > tolerance:
            continue
        units = {(quantity.unit or "").lower(), (quantity.currency or "").lower()}
        if gold.unit and gold.unit.lower() not in units:
            continue
        if gold.currency and (quantity.currency or "").lower() != gold.currency.lower():
            continue
        return True
    return False


def field_checks(expected: ExpectedEvent, event: Event, scheme: Scheme) -> dict[str, bool]:
    """Right/wrong for each field the gold record codes."""
    out: dict[str, bool] = {}
    if expected.kind is not None:
        out["kind"] = event.kind == expected.kind
    if expected.plover is not None:
        out["plover"] = (event.plover or "").upper() == expected.plover.upper()
    if expected.cameo is not None:
        got = (event.cameo or "").strip()
        out["cameo"] = got == expected.cameo
        out["cameo_root"] = bool(got) and got[:2] == expected.cameo[:2]
    first, second = actor_checks(expected, event, scheme)
    if expected.actor1 is not None:
        out["actor1"] = first
    if expected.actor2 is not None:
        out["actor2"] = second
    if expected.date is not None:
        start = event.date.start or ""
        out["date_year"] = start[:4] == expected.date[:4]
        out["date_exact"] = start == expected.date
    if expected.status is not None:
        out["status"] = event.status == expected.status
    if expected.quantities is not None:
        out["quantities"] = all(_quantity_found(q, event.quantities) for q in expected.quantities)
    return out


def coded_fields(expected: ExpectedEvent) -> list[str]:
    """The fields a gold record codes, i.e. those ``field_checks`` will judge."""
    present = {
        "kind": expected.kind,
        "plover": expected.plover,
        "cameo": expected.cameo,
        "cameo_root": expected.cameo,
        "actor1": expected.actor1,
        "actor2": expected.actor2,
        "date_year": expected.date,
        "date_exact": expected.date,
        "status": expected.status,
        "quantities": expected.quantities,
    }
    return [name for name in FIELDS if present[name] is not None]


def _quantities_text(values: Sequence[tuple[float, str | None]]) -> str:
    """``10 count, 5e+06 USD`` for reports."""
    return ", ".join(f"{value:g} {unit or ''}".strip() for value, unit in values) or "none"


def field_values(
    name: str, expected: ExpectedEvent, event: Event, scheme: Scheme
) -> tuple[str, str]:
    """(expected, produced) value of one field, as text for reports."""
    if name in ("actor1", "actor2"):
        gold = expected.actor1 if name == "actor1" else expected.actor2
        got = event.actor1 if name == "actor1" else event.actor2
        return (gold.label() if gold else "-", produced_label(got, scheme))
    if name == "quantities":
        gold_amounts = [(q.value, q.unit or q.currency) for q in expected.quantities or ()]
        got_amounts = [(q.value, q.currency or q.unit) for q in event.quantities]
        return _quantities_text(gold_amounts), _quantities_text(got_amounts)
    start = event.date.start
    pairs: dict[str, tuple[str | None, str | None]] = {
        "kind": (expected.kind, event.kind),
        "plover": (expected.plover, event.plover),
        "cameo": (expected.cameo, event.cameo),
        "cameo_root": (expected.cameo and expected.cameo[:2], event.cameo and event.cameo[:2]),
        "date_year": (expected.date and expected.date[:4], start and start[:4]),
        "date_exact": (expected.date, start),
        "status": (expected.status, event.status),
    }
    want, have = pairs[name]
    return want or "-", have or "-"


def _has_core(expected: ExpectedEvent) -> bool:
    return bool(set(coded_fields(expected)) & set(_CORE))


# Kinds an analyst would not tell apart when counting events: "held talks" and "met"
# are both a consultation of the two sides (PLOVER CONSULT, undirected).
KIND_FAMILIES: dict[str, str] = {"meeting": "consult", "negotiation": "consult"}


def kind_family(kind: str | None) -> str | None:
    return KIND_FAMILIES.get(kind, kind) if kind else kind


def dates_compatible(gold: str, produced: str | None) -> bool:
    """Do two ISO dates agree at the coarser one's precision ("2021-06" and
    "2021-06-09" do; "2021-06-10" and "2021-06-09" do not)? No date is wrong."""
    if not produced:
        return False
    one, other = at_common_precision(gold, produced)
    return one == other


def _parties_right(expected: ExpectedEvent, event: Event, scheme: Scheme) -> bool:
    """Every party the gold record names is among the event's, and the event's two
    main actors are among the gold's (an undirected several-party event may list
    its parties in any order)."""
    gold = [a for a in (expected.actor1, expected.actor2, *expected.others) if a is not None]
    produced = [a for a in (event.actor1, event.actor2, *event.others) if a is not None]
    if not all(any(actor_matches(g, p, scheme) for p in produced) for g in gold):
        return False
    main = [a for a in (event.actor1, event.actor2) if a is not None]
    return all(any(actor_matches(g, p, scheme) for g in gold) for p in main)


def strictly_right(expected: ExpectedEvent, event: Event, scheme: Scheme) -> bool:
    """The event an analyst would count as this one: the same type (kind family;
    PLOVER type for gold without a kind or of kind "other"; else CAMEO root), the
    right actors (parties as a set when the gold record lists ``others`` or is
    undirected) and, when the gold record has a date, a compatible date."""
    if expected.kind is not None and (expected.kind != "other" or expected.plover is None):
        if kind_family(event.kind) != kind_family(expected.kind):
            return False
    elif expected.plover is not None:  # an "other" act is told by its PLOVER type
        if (event.plover or "").upper() != expected.plover.upper():
            return False
    elif expected.cameo is not None and (event.cameo or "")[:2] != expected.cameo[:2]:
        return False
    if expected.others and not is_directed(expected):
        if not _parties_right(expected, event, scheme):
            return False
    else:
        first, second = actor_checks(expected, event, scheme)
        if not (first and second):
            return False
    return expected.date is None or dates_compatible(expected.date, event.date.start)


def strict_pairs(
    expected: Sequence[ExpectedEvent], produced: Sequence[Event], scheme: Scheme
) -> int:
    """How many expected events a produced one strictly matches, one to one."""
    used: set[int] = set()
    found = 0
    for gold in expected:
        for j, event in enumerate(produced):
            if j not in used and strictly_right(gold, event, scheme):
                used.add(j)
                found += 1
                break
    return found


def pair_score(expected: ExpectedEvent, event: Event, scheme: Scheme) -> float | None:
    """How well a produced event fits an expected one; None when they cannot match."""
    checks = field_checks(expected, event, scheme)
    if _has_core(expected) and not any(checks.get(name, False) for name in _CORE):
        return None
    return sum(_WEIGHTS[name] for name, right in checks.items() if right)


def match(
    expected: Sequence[ExpectedEvent], produced: Sequence[Event], scheme: Scheme
) -> list[tuple[int, int]]:
    """One-to-one (expected index, produced index) pairs, best scores first."""
    candidates: list[tuple[float, int, int]] = []
    for i, gold in enumerate(expected):
        for j, event in enumerate(produced):
            score = pair_score(gold, event, scheme)
            if score is not None:
                candidates.append((-score, i, j))
    candidates.sort()
    used_expected: set[int] = set()
    used_produced: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, i, j in candidates:
        if i in used_expected or j in used_produced:
            continue
        used_expected.add(i)
        used_produced.add(j)
        pairs.append((i, j))
    return sorted(pairs)
