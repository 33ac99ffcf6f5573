"""``tell_once`` and ``complete_counterparts`` look earlier events up in indexes rather
than scanning all of them (which made long documents quadratic); they must decide
exactly as the scan did. The scans are kept here as the reference."""

from __future__ import annotations

import dataclasses
import random
from collections.abc import Sequence
from pathlib import Path

import pytest

from dyadscope import pipeline as pipeline_module
from dyadscope.classify import discourse
from dyadscope.classify.discourse import (
    _ABOUT_THINGS,
    HOSTILE_KINDS,
    _bare,
    _days_between,
    _doer_of_last_act,
    _refers_to,
    _reported_after,
    _retells,
    _same_conflict,
    _third_party_reaction,
    _told_before_main,
    complete_counterparts,
    one_sided,
    sharper,
    tell_once,
)
from dyadscope.ingest import load_path, load_text
from dyadscope.model import Actor, Event, Source
from dyadscope.pipeline import Pipeline

CORPUS = Path(discourse.__file__).parents[1] / "demo" / "corpus"


def _last(event: Event) -> int | None:
    told = [s.start for s in (event.sources or (event.source,)) if s.start is not None]
    return max(told) if told else None


def _merged(first: Event, later: Event) -> Event:
    sources: tuple[Source, ...] = first.sources or (first.source,)
    if later.source not in sources:
        sources = (*sources, later.source)
    quantities = first.quantities + tuple(
        q for q in later.quantities
        if not any(p.value == q.value and p.unit == q.unit for p in first.quantities)
    )
    date = first.date
    if later.status == first.status and sharper(later.date, first.date):
        date = later.date
    return dataclasses.replace(first, sources=sources, quantities=quantities, date=date)


def _scan_tell_once(events: Sequence[Event]) -> list[Event]:
    kept: list[Event] = []
    for event in events:
        first = next((k for k in reversed(kept) if _retells(event, k, _last(k))), None)
        if first is None and event.extra.get("anaphoric"):
            first = next((k for k in reversed(kept) if _refers_to(event, k, _last(k))), None)
        if first is None:
            kept.append(event)
            continue
        index = next(i for i, k in enumerate(kept) if k is first)
        kept[index] = _merged(first, event)
        if (
            _reported_after(event, first, _last(first)) and _days_between(first, event) < 0
        ) or (
            _told_before_main(event, first, _last(first)) and event.extra.get("after_main") is None
        ):
            kept[index] = dataclasses.replace(kept[index], date=event.date)
    return kept


def _scan_counterpart(
    actor: Actor, earlier: Sequence[Event], dyad: tuple[Actor, Actor] | None
) -> Actor | None:
    for event in reversed(earlier):
        if one_sided(event):
            continue
        sides = list(event.parties())
        if any(a.code == actor.code for a in sides):
            other = next((a for a in sides if a.code != actor.code), None)
            if other is not None:
                return _bare(other)
    if dyad is not None and actor.code in (dyad[0].code, dyad[1].code):
        return _bare(dyad[1] if actor.code == dyad[0].code else dyad[0])
    return None


def _scan_complete(events: Sequence[Event], dyad: tuple[Actor, Actor] | None) -> list[Event]:
    out: list[Event] = []
    for event in events:
        if event.actor1 is not None and one_sided(event) and not event.extra.get("reflexive"):
            hostile = event.kind in HOSTILE_KINDS
            about_things = event.kind in _ABOUT_THINGS
            if hostile:
                earlier = [e for e in out if _same_conflict(e.kind, event.kind)]
            elif about_things or event.extra.get("others_named"):
                earlier = [e for e in out if e.source.start == event.source.start]
            else:
                earlier = out
            no_pair = (hostile and event.kind != "sanction") or about_things or (
                event.extra.get("others_named")
            )
            partner = _scan_counterpart(event.actor1, earlier, None if no_pair else dyad)
            if partner is None and _third_party_reaction(event):
                partner = _doer_of_last_act(event, out)
            if partner is not None:
                event = dataclasses.replace(
                    event, actor2=partner, confidence=min(event.confidence, 0.6),
                    extra={**event.extra, "counterpart": "context"},
                )
        out.append(event)
    return out


COUNTRIES = ["Azerbaijan", "Pakistan", "Turkey", "Armenia"]
TEMPLATES = [
    "{a} and {b} signed a defence cooperation agreement on {day} May 2003.",
    "The agreement was signed by {a} and {b} in Baku.",
    "The foreign minister of {a} visited {b} on {day} May 2003 for talks.",
    "The visit comes amid closer ties.",
    "{a} condemned the attack and urged {b} to show restraint.",
    "{a} condemned the shelling.",
    "Troops of {a} clashed with forces of {b} near the border.",
    "{a} reported clashes near the border on {day} May 2003.",
    "The sides agreed to hold the next round of talks in Ankara.",
    "{a} expressed its support for the proposal.",
    "{a} and {b} held a joint naval exercise involving {n} warships in May 2003.",
    "The joint exercise involved {n} aircraft.",
]


def _generated(seed: int, sentences: int) -> str:
    rng = random.Random(seed)
    said = []
    for _ in range(sentences):
        a, b = rng.sample(COUNTRIES, 2)
        said.append(rng.choice(TEMPLATES).format(a=a, b=b, day=rng.randint(1, 3),
                                                 n=rng.randint(2, 30)))
    return "\n\n".join(" ".join(said[i:i + 4]) for i in range(0, len(said), 4))


@pytest.mark.parametrize("source", ["generated-1", "generated-2", "corpus"])
def test_indexed_lookups_decide_as_the_scans_did(
    source: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[tuple[list[Event], tuple[Actor, Actor] | None]] = []

    def recording(events: Sequence[Event], dyad: tuple[Actor, Actor] | None) -> list[Event]:
        seen.append((list(events), dyad))
        return complete_counterparts(events, dyad)

    monkeypatch.setattr(pipeline_module, "complete_counterparts", recording)
    pipe = Pipeline()
    if source == "corpus":
        docs = [load_path(p) for p in sorted(CORPUS.iterdir()) if p.name != "README.md"]
    else:
        seed = int(source.rsplit("-", 1)[1])
        docs = [load_text(_generated(seed, 400), date="2003-05-02")]
    for doc in docs:
        pipe.process(doc)
    assert seen
    for events, dyad in seen:
        completed = complete_counterparts(events, dyad)
        assert completed == _scan_complete(events, dyad)
        told = tell_once(completed)
        assert told == _scan_tell_once(completed)
        assert [e.sources for e in told] == [e.sources for e in _scan_tell_once(completed)]
    if source != "corpus":
        # the generated text does retell events and leave sides open: both paths ran
        events, dyad = seen[0]
        assert len(tell_once(complete_counterparts(events, dyad))) < len(events)
        assert any(e.extra.get("counterpart") == "context" for e in completed)


def test_an_event_told_many_times_is_one_event_with_every_source() -> None:
    text = " ".join(
        f"Pakistan and Azerbaijan signed an agreement on 5 May 2003 in Baku, report {i}."
        for i in range(300)
    )
    records = Pipeline().process(load_text(text, date="2003-05-06")).events
    (signed,) = [e for e in records if e.kind == "agreement_signed"]
    assert len(signed.sources) == 300
    assert [s.start for s in signed.sources] == sorted({s.start for s in signed.sources})
