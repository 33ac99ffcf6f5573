"""Copies: a near-duplicate document and its original are one source, not two.

Ingest marks a document that repeats an earlier one (``documents.copy_of``); the
check says so once per copy that tells the pair anything, quoting a claim the two
share, so a reader sees why the copy's claims never corroborate the original's.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence

from dyadscope.analyse.findings.common import event_claim, observation_claim, root
from dyadscope.model import Claim, Event, Finding, Observation


def _signature(record: Event | Observation) -> tuple[object, ...]:
    """What a repeated claim keeps: its kind (or indicator), date and figures."""
    if isinstance(record, Event):
        return ("event", record.kind, record.date.start,
                tuple(sorted((q.unit, q.value) for q in record.quantities)))  # fmt: skip
    return ("figure", record.indicator, record.period.start, record.value)


def _claim(record: Event | Observation) -> Claim:
    return event_claim(record) if isinstance(record, Event) else observation_claim(record)


def duplicates(
    pair: tuple[str, str],
    events: Sequence[Event],
    observations: Sequence[Observation],
    copies: Mapping[str, str],
) -> list[Finding]:
    """One ``duplicate`` finding per copy whose original also tells the pair something."""
    if not copies:
        return []
    by_doc: dict[str, list[Event | Observation]] = defaultdict(list)
    everything: list[Event | Observation] = [*events, *observations]
    for record in everything:
        if record.source.dataset is None and record.source.doc:
            by_doc[record.source.doc].append(record)
    findings = []
    for copy, records in sorted(by_doc.items(), key=lambda item: item[0]):
        if copy not in copies:
            continue
        original = root(records[0].source, copies).removeprefix("doc:")
        theirs = by_doc.get(original)
        if not theirs:
            continue
        known = {_signature(r): r for r in theirs}
        shared = [(r, known[_signature(r)]) for r in records if _signature(r) in known]
        mine, first = shared[0] if shared else (records[0], theirs[0])
        findings.append(Finding(
            type="duplicate",
            pair=pair,
            subject=f"{mine.source.title or copy} repeats {first.source.title or original}",
            claims=(_claim(mine), _claim(first)),
            field=None,
            note=f"Ingest found document {copy} to be a near-duplicate of {original}: "
            f"{len(shared)} of its {len(records)} claims about the pair repeat the original's. "
            "A copy is one source with its original: its claims never corroborate the "
            "original's, and counts count them once.",
        ))  # fmt: skip
    return findings
