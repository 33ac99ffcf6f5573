"""Run a coder over gold items and score it: precision, recall, F1, field accuracies.

The coder is a parameter (``Coder``), so the same scoring serves the real
extractor, fakes in tests and any other system. Scoring overhead is a few
dictionary operations per event: evaluation time is the coder's time.
"""

from __future__ import annotations

import dataclasses
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Protocol, cast

from dyadscope.errors import DyadscopeError
from dyadscope.evaluate.actors import petrarch_gold, petrarch_key, produced_label
from dyadscope.evaluate.gold import Coder, ExpectedEvent, GoldItem, GoldSet, Scheme
from dyadscope.evaluate.matching import (
    FIELDS,
    UNDIRECTED_KINDS,
    coded_fields,
    field_checks,
    field_values,
    match,
    strict_pairs,
)
from dyadscope.evaluate.results import EvalResult, FieldScore, ItemResult, f_score, ratio
from dyadscope.model import Event

MISSED = "(missed)"
SPURIOUS = "(spurious)"

Triple = tuple[str, str, str]


class _TitledCoder(Protocol):
    """A coder that also takes the passage title (``accepts_title = True``)."""

    def __call__(self, text: str, date: str | None, *, title: str | None = None) -> list[Event]:
        ...


@dataclass(slots=True)
class _Tally:
    """Running counts while items are scored."""

    expected: int = 0
    produced: int = 0
    matched: int = 0
    passed: int = 0
    evaluated: int = 0
    skipped: int = 0
    correct: Counter[str] = field(default_factory=Counter)
    judged: Counter[str] = field(default_factory=Counter)
    coded: Counter[str] = field(default_factory=Counter)
    unmatched_produced: int = 0
    pairs_with_actors: int = 0
    pairs_actors_right: int = 0
    pairs_type_judged: int = 0
    pairs_type_right: int = 0
    triples_expected: int = 0
    triples_produced: int = 0
    triples_right: int = 0
    strict_right: int = 0  # expected events strictly matched (type, actors, date)
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    items: list[ItemResult] = field(default_factory=list)


def _type_value(field_name: str, plover: str | None, kind: str | None, cameo: str | None) -> str:
    """The type shown in the confusion table: PLOVER, kind, or CAMEO root."""
    if field_name == "plover":
        return plover or "-"
    if field_name == "kind":
        return kind or "-"
    return cameo[:2] if cameo else "-"


def _gold_type(gold: ExpectedEvent, scheme: Scheme) -> str:
    return _type_value(_type_field(gold, scheme), gold.plover, gold.kind, gold.cameo)


def _event_type(event: Event, gold: ExpectedEvent | None, scheme: Scheme) -> str:
    if gold is not None:
        name = _type_field(gold, scheme)
    else:
        name = "cameo" if scheme == "petrarch" else ("plover" if event.plover else "kind")
    return _type_value(name, event.plover, event.kind, event.cameo)


def event_label(event: Event, scheme: Scheme) -> str:
    """Short form of a produced event for reports: ``PLOVER/cameo actor1->actor2``."""
    kind = event.plover or event.kind
    if event.cameo:
        kind = f"{kind}/{event.cameo}"
    first = produced_label(event.actor1, scheme)
    second = produced_label(event.actor2, scheme) if event.actor2 else "-"
    return f"{kind} {first}->{second}"


def _triples_expected(item: GoldItem) -> set[Triple]:
    return {
        (petrarch_gold(e.actor1.code), petrarch_gold(e.actor2.code), e.cameo or "")
        for e in item.expected
        if e.actor1 is not None and e.actor2 is not None
    }


def _triples_produced(events: Sequence[Event]) -> set[Triple]:
    return {(petrarch_key(e.actor1), petrarch_key(e.actor2), e.cameo or "") for e in events}


def _run_coder(item: GoldItem, coder: Coder) -> tuple[list[Event], str | None]:
    """The coder's events for one passage; a DyadscopeError is recorded, not raised."""
    try:
        if item.title is not None and getattr(coder, "accepts_title", False):
            output = cast(_TitledCoder, coder)(item.text, item.date, title=item.title)
        else:
            output = coder(item.text, item.date)
    except DyadscopeError as exc:
        return [], str(exc)
    events = [record for record in output if isinstance(record, Event)]
    if item.scheme == "petrarch":
        events = _petrarch_view(events, require_dyad=item.options.get("require_dyad", "true"))
    return events, None


def _petrarch_view(events: list[Event], *, require_dyad: str) -> list[Event]:
    """Our events as PETRARCH would code them.

    PETRARCH codes only events with both a source and a target unless
    ``require_dyad`` is false, and codes a reciprocal event once in each
    direction; our undirected kinds (meeting, agreement_signed, ...) are one
    event, so they are compared as two, unless a verb dictionary's pattern
    coded them (``extra["directed"]``): its codes say which directions hold.
    """
    out: list[Event] = []
    for event in events:
        if require_dyad.lower() != "false" and (event.actor1 is None or event.actor2 is None):
            continue
        out.append(event)
        if (
            event.kind in UNDIRECTED_KINDS
            and event.actor1 is not None
            and event.actor2 is not None
            and not event.extra.get("directed")  # a verb dictionary already gave directions
        ):
            out.append(dataclasses.replace(event, actor1=event.actor2, actor2=event.actor1))
    return out


def _score_item(item: GoldItem, events: list[Event], error: str | None, tally: _Tally) -> None:
    scheme = item.scheme
    pairs = match(item.expected, events, scheme)
    matched_expected = {i for i, _ in pairs}
    matched_produced = {j for _, j in pairs}
    wrong: list[str] = []
    for gold in item.expected:
        tally.coded.update(coded_fields(gold))
    for i, j in pairs:
        gold, event = item.expected[i], events[j]
        checks = field_checks(gold, event, scheme)
        for name, right in checks.items():
            tally.judged[name] += 1
            tally.correct[name] += int(right)
            if not right:
                gold_value, got_value = field_values(name, gold, event, scheme)
                wrong.append(f"{name}: expected {gold_value}, got {got_value}")
        actor_fields = [checks[name] for name in ("actor1", "actor2") if name in checks]
        if actor_fields:
            tally.pairs_with_actors += 1
            tally.pairs_actors_right += int(all(actor_fields))
        type_field = _type_field(gold, scheme)
        if type_field in checks and (scheme != "petrarch" or all(actor_fields)):
            tally.pairs_type_judged += 1
            tally.pairs_type_right += int(checks[type_field])
        tally.confusion[(_gold_type(gold, scheme), _event_type(event, gold, scheme))] += 1
    for i, gold in enumerate(item.expected):
        if i not in matched_expected:
            tally.confusion[(_gold_type(gold, scheme), MISSED)] += 1
    for j, event in enumerate(events):
        if j not in matched_produced:
            tally.confusion[(SPURIOUS, _event_type(event, None, scheme))] += 1
    missed = len(item.expected) - len(pairs)
    spurious = len(events) - len(pairs)
    if scheme == "petrarch":
        want, got = _triples_expected(item), _triples_produced(events)
        tally.triples_expected += len(want)
        tally.triples_produced += len(got)
        tally.triples_right += len(want & got)
        passed = want == got
    elif not item.expected:
        passed = not events
    else:
        passed = missed == 0 and not wrong
    tally.strict_right += strict_pairs(item.expected, events, scheme)
    tally.expected += len(item.expected)
    tally.produced += len(events)
    tally.matched += len(pairs)
    tally.unmatched_produced += spurious
    tally.passed += int(passed)
    tally.items.append(
        ItemResult(
            id=item.id,
            text=item.text,
            passed=passed,
            expected=tuple(g.label() for g in item.expected),
            produced=tuple(event_label(e, scheme) for e in events),
            missed=missed,
            spurious=spurious,
            wrong=tuple(wrong),
            error=error,
        )
    )


def _type_field(gold: ExpectedEvent, scheme: Scheme) -> str:
    """Which field is "the type": CAMEO code for PETRARCH, else PLOVER, kind, CAMEO root."""
    if scheme == "petrarch":
        return "cameo"
    if gold.plover is not None:
        return "plover"
    if gold.kind is not None:
        return "kind"
    return "cameo_root"


def evaluate(
    gold: Sequence[GoldItem],
    coder: Coder,
    *,
    fmt: str = "records",
    rejected: int = 0,
    on_item: Callable[[int, int], None] | None = None,
) -> EvalResult:
    """Run ``coder`` on every gold passage and score what it produced.

    Skipped items (``GoldItem.skip``) are counted but not run; ``on_item(done, total)``
    is told after each passage (a progress bar). Example::

        result = evaluate(read_gold(path).items, my_coder)
        result.f1, result.fields["actor1"].accuracy
    """
    tally = _Tally()
    started = time.perf_counter()
    for done, item in enumerate(gold, 1):
        if item.skip is not None:
            tally.skipped += 1
        else:
            tally.evaluated += 1
            events, error = _run_coder(item, coder)
            _score_item(item, events, error, tally)
        if on_item is not None:
            on_item(done, len(gold))
    seconds = time.perf_counter() - started
    return _result(tally, gold, fmt=fmt, rejected=rejected, seconds=seconds)


def evaluate_set(
    gold: GoldSet,
    coder: Coder,
    *,
    limit: int | None = None,
    on_item: Callable[[int, int], None] | None = None,
) -> EvalResult:
    """``evaluate`` over a read gold file, optionally its first ``limit`` items."""
    items = gold.items if limit is None else gold.items[: max(limit, 0)]
    return evaluate(
        items, coder, fmt=gold.format, rejected=len(gold.rejections), on_item=on_item
    )


def _result(
    tally: _Tally, gold: Sequence[GoldItem], *, fmt: str, rejected: int, seconds: float
) -> EvalResult:
    fields: dict[str, FieldScore] = {
        "event": FieldScore(tally.matched, tally.matched, tally.expected, tally.produced),
        # an event counts only when type, actors and date are all right
        "strict": FieldScore(
            tally.strict_right, tally.strict_right, tally.expected, tally.produced
        ),
    }
    for name in FIELDS:
        if tally.coded[name]:
            fields[name] = FieldScore(
                correct=tally.correct[name],
                judged=tally.judged[name],
                expected=tally.coded[name],
                produced=tally.judged[name] + tally.unmatched_produced,
            )
    petrarch = bool(gold) and all(item.scheme == "petrarch" for item in gold)
    extra: dict[str, object] = {}
    if petrarch:
        precision = ratio(tally.triples_right, tally.triples_produced)
        recall = ratio(tally.triples_right, tally.triples_expected)
        extra["triples"] = {
            "expected": tally.triples_expected,
            "produced": tally.triples_produced,
            "correct": tally.triples_right,
        }
    else:
        precision, recall = fields["event"].precision, fields["event"].recall
    confusion: dict[str, dict[str, int]] = {}
    for (want, got), count in sorted(tally.confusion.items()):
        confusion.setdefault(want, {})[got] = count
    return EvalResult(
        format=fmt,
        records=len(gold),
        evaluated=tally.evaluated,
        skipped=tally.skipped,
        rejected=rejected,
        expected=tally.expected,
        produced=tally.produced,
        matched=tally.matched,
        precision=precision,
        recall=recall,
        f1=f_score(precision, recall),
        exact_pass=ratio(tally.passed, tally.evaluated),
        type_accuracy=ratio(tally.pairs_type_right, tally.pairs_type_judged),
        actor_pair_accuracy=ratio(tally.pairs_actors_right, tally.pairs_with_actors),
        fields=fields,
        confusion=confusion,
        items=tuple(tally.items),
        seconds=seconds,
        extra=extra,
    )
